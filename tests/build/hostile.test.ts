/**
 * Hostile content stays inert: in the shared "fixture" build, an article whose every text field
 * carries markup and script (tests/fixtures/hostile/, with its French translation) is built with
 * the many-reports fixture; no file in its output may turn that text into markup, script, event
 * handlers or javascript: URLs. The `e2e-fixture` browser suites load its pages too.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Element, Nodes } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { describe, expect, inject, it } from 'vitest';

const built = inject('builds').fixture;
const files: string[] = [];
const walk = (d: string) => {
  for (const name of readdirSync(d)) {
    const path = join(d, name);
    if (statSync(path).isDirectory()) walk(path);
    else files.push(path);
  }
};
walk(built.distDir);

/** Text content of a tree, as a reader (or a script element) sees it. */
function toString(tree: Nodes): string {
  let text = '';
  visit(tree, 'text', (node: { value: string }) => {
    text += node.value;
  });
  return text;
}

const URL_ATTRIBUTES = ['href', 'src', 'action', 'formAction', 'poster', 'data'];

function problems(html: string): string[] {
  const found: string[] = [];
  visit(fromHtml(html), 'element', (node: Element) => {
    for (const [name, value] of Object.entries(node.properties)) {
      if (/^on/i.test(name)) found.push(`<${node.tagName}> has event handler ${name}`);
      if (URL_ATTRIBUTES.includes(name) && /^\s*javascript:/i.test(String(value))) found.push(`<${node.tagName} ${name}="${String(value)}">`);
    }
    if (node.tagName === 'script') {
      const type = String(node.properties.type ?? '');
      const text = toString(node);
      if (type === 'application/ld+json') JSON.parse(text);
      else if (text.trim() !== '') found.push(`inline <script> without a hash-able purpose: ${text.slice(0, 60)}`);
    }
    if (node.tagName === 'iframe') {
      // Only a sandboxed, script-less preview of our own HTML (the email snippet) is allowed; check inside it too.
      const sandbox = ([] as unknown[]).concat(node.properties.sandbox ?? []).map(String);
      if (node.properties.sandbox === undefined || sandbox.some((token) => /allow-scripts/.test(token)) || node.properties.src !== undefined) {
        found.push('<iframe> that is not a sandboxed srcdoc preview');
      } else found.push(...problems(String(node.properties.srcDoc ?? '')).map((p) => `inside iframe srcdoc: ${p}`));
    }
    if (['object', 'embed'].includes(node.tagName)) found.push(`<${node.tagName}> element`);
    if (node.tagName === 'img' && node.properties.src === 'x') found.push('<img src=x> from hostile text');
  });
  return found;
}

describe('hostile content', () => {
  it('builds', () => {
    expect(files.some((f) => f.endsWith(join('articles', 'hostile-test', 'index.html')))).toBe(true);
  });

  it('renders the hostile strings as text on the article page, in both editions', () => {
    for (const route of [join('articles', 'hostile-test'), join('fr', 'articles', 'hostile-test')]) {
      const page = files.find((f) => f.endsWith(join(route, 'index.html')));
      expect(page, route).toBeDefined();
      const text = toString(fromHtml(readFileSync(page!, 'utf8')));
      expect(text).toContain("<script>alert('title')</script>");
      expect(text).toContain("Mallory <script>alert('person')</script>");
    }
  });

  it('leaves no markup, script, handler or javascript: URL from it in any HTML file', () => {
    const found = files.filter((f) => f.endsWith('.html')).flatMap((f) => problems(readFileSync(f, 'utf8')).map((p) => `${relative(built.distDir, f)}: ${p}`));
    expect(found).toEqual([]);
  });

  it('keeps feeds and other XML free of raw markup', () => {
    for (const file of files.filter((f) => f.endsWith('.xml'))) {
      expect(readFileSync(file, 'utf8'), relative(built.distDir, file)).not.toMatch(/<(script|img|iframe|svg)\b/i);
    }
  });

  it('keeps JSON files parseable, with the strings as data', () => {
    for (const file of files.filter((f) => f.endsWith('.json'))) expect(() => JSON.parse(readFileSync(file, 'utf8'))).not.toThrow();
  });

  it('defuses spreadsheet formulas in CSV downloads', () => {
    for (const file of files.filter((f) => f.endsWith('.csv'))) {
      expect(readFileSync(file, 'utf8'), relative(built.distDir, file)).not.toMatch(/(^|,)"?=HYPERLINK/m);
    }
  });
});
