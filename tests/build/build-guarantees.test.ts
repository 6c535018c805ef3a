/**
 * Real builds in temporary copies: bad content stops `astro build` before anything is written,
 * naming the file and field; two clean builds of the same sources are byte-identical.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { beforeAll, describe, expect, it } from 'vitest';
import { build, buildBadCase, buildEnv, projectCopy, ROOT, type BuildResult } from '../helpers/project.ts';
import { digest } from '../helpers/digest.ts';

const GOOD = 'tests/fixtures/good-content';

describe('astro build refuses bad content', () => {
  it.each(['evidence-not-in-body', 'amount-value-not-in-evidence', 'reference-to-missing-article', 'missing-required-field', 'malformed-mdx'])(
    '%s: exits non-zero, names file and field, writes no dist/',
    (name) => {
      const { spec, result } = buildBadCase(name);
      expect(result.status).not.toBe(0);
      expect(result.output).toContain(`${spec.expect.file} → ${spec.expect.field}: `);
      expect(result.output).toContain(spec.expect.message);
      expect(existsSync(result.outDir)).toBe(false);
    },
  );

  it('builds the valid fixture (the sample above fails for its fault alone)', () => {
    const result = build(projectCopy(GOOD));
    expect(result.output).not.toMatch(/content error/);
    expect(result.status).toBe(0);
  });
});

describe('the content cache', () => {
  it('cannot hide a schema change: a warm rebuild without --force still fails on newly invalid content', () => {
    const dir = projectCopy(GOOD);
    const env = { ...buildEnv(), BASE_PATH: '/', SITE_URL: 'https://example.github.io', ASTRO_CACHE_DIR: join(dir, '.cache') };
    const astro = join(ROOT, 'node_modules/.bin/astro');
    const warm = spawnSync(astro, ['build', '--outDir', join(dir, 'dist')], { cwd: dir, env, encoding: 'utf8' });
    expect(warm.status, warm.stderr).toBe(0);
    // Tighten a schema outside src/content.config.ts: Astro's store digest does not see this file.
    const schema = join(dir, 'src/schemas/amount.ts');
    writeFileSync(
      schema,
      readFileSync(schema, 'utf8').replace(".nonnegative({ error: 'value must not be negative' })", ".max(2, { error: 'value must be at most 2' })"),
    );
    const again = spawnSync(astro, ['build', '--outDir', join(dir, 'dist2')], { cwd: dir, env, encoding: 'utf8' });
    expect(again.status).not.toBe(0);
    expect(`${again.stdout}${again.stderr}`).toContain('content/articles/alpha.mdx → amounts.0.value: value must be at most 2');
  });
});

describe('a clean build of our content', () => {
  let first: BuildResult;
  let second: BuildResult;

  beforeAll(() => {
    first = build(projectCopy());
    second = build(projectCopy());
  }, 180_000);

  it('is byte-identical when built twice from the same sources', () => {
    expect(first.status, first.output).toBe(0);
    expect(second.status, second.output).toBe(0);
    const a = digest(first.outDir);
    const b = digest(second.outDir);
    expect([...b.keys()].sort()).toEqual([...a.keys()].sort());
    const differing = [...a].filter(([file, hash]) => b.get(file) !== hash).map(([file]) => file);
    expect(differing).toEqual([]);
    console.log(`reproducible: ${a.size} files identical across two clean builds`);
  });

  it('loads nothing from another origin, and every page carries a strict CSP', () => {
    const pages = [...digest(first.outDir).keys()].filter((f) => f.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(3);
    const problems: string[] = [];
    for (const page of pages) {
      const html = readFileSync(join(first.outDir, page), 'utf8');
      visit(fromHtml(html), 'element', (node: Element) => {
        const p = node.properties;
        const loads =
          node.tagName === 'a' || (node.tagName === 'link' && /canonical|alternate/.test(String(p.rel))) ? [] : [p.src, p.href, p.srcSet, p.poster, p.data];
        for (const url of loads.filter(Boolean).map(String)) {
          if (/^(https?:)?\/\//.test(url)) problems.push(`${page}: <${node.tagName}> loads ${url}`);
        }
        if (node.tagName === 'a' && /^https?:/.test(String(p.href))) {
          const rel = ([] as unknown[]).concat(p.rel ?? []).map(String);
          if (!rel.includes('noopener') || !rel.includes('noreferrer'))
            problems.push(`${page}: external link without rel="noopener noreferrer": ${String(p.href)}`);
        }
      });
      const csp = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1];
      if (!csp) problems.push(`${page}: no Content-Security-Policy meta`);
      else {
        const script = /script-src ([^;]+)/.exec(csp)?.[1] ?? '';
        if (/unsafe-inline|unsafe-eval|https?:|\*/.test(script)) problems.push(`${page}: script-src allows ${script}`);
        if (!csp.includes("default-src 'self'")) problems.push(`${page}: default-src is not 'self'`);
      }
      if (!html.includes('<meta name="referrer" content="no-referrer"')) problems.push(`${page}: no referrer policy`);
    }
    for (const css of [...digest(first.outDir).keys()].filter((f) => f.endsWith('.css'))) {
      const text = readFileSync(join(first.outDir, css), 'utf8');
      if (/@import|url\(\s*['"]?(https?:)?\/\//.test(text)) problems.push(`${css}: loads from another origin`);
    }
    expect(problems).toEqual([]);
  });

  it('puts the CSP before everything it governs, allows no inline script, and style attributes only on the share page', () => {
    const pages = [...digest(first.outDir).keys()].filter((f) => f.endsWith('.html'));
    const withStyleAttributes: string[] = [];
    for (const page of pages) {
      const tree = fromHtml(readFileSync(join(first.outDir, page), 'utf8'));
      const elements: Element[] = [];
      visit(tree, 'element', (node: Element) => {
        elements.push(node);
      });
      const policies = elements.filter((e) => e.tagName === 'meta' && String(e.properties.httpEquiv).toLowerCase() === 'content-security-policy');
      expect(policies, page).toHaveLength(1);
      // Only inert elements come before it: metadata, the favicon, links to other representations, JSON-LD data.
      const before = elements.slice(0, elements.indexOf(policies[0]!));
      const inert = (e: Element) =>
        ['html', 'head', 'meta', 'title'].includes(e.tagName) ||
        (e.tagName === 'link' && ['icon', 'canonical', 'alternate'].includes(String(e.properties.rel))) ||
        (e.tagName === 'script' && e.properties.type === 'application/ld+json');
      expect(before.filter((e) => !inert(e)).map((e) => e.tagName), page).toEqual([]);
      // Every script is a file from 'self' or JSON-LD data: no page holds an inline script to run.
      const inline = elements.filter((e) => e.tagName === 'script' && e.properties.src === undefined && e.properties.type !== 'application/ld+json');
      expect(inline, page).toEqual([]);
      const csp = String(policies[0]!.properties.content);
      if (csp.includes('style-src-attr')) withStyleAttributes.push(page);
    }
    expect(withStyleAttributes).toEqual(pages.filter((p) => p.endsWith(join('share', 'index.html'))));
    expect(withStyleAttributes.length).toBeGreaterThan(0);
  });
});
