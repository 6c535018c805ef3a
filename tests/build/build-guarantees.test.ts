/**
 * What a real build guarantees, with one Astro run per kind of failure (the cases themselves are
 * proven in unit tests: every bad-content case through the content check, every malformed deploy
 * setting through `siteSettings`): content that cannot be read, a body holding code and a
 * malformed or missing deploy setting stop `astro build` before anything is written, in plain
 * lines naming their cause; a warm content cache cannot hide a schema change. Over the shared
 * build of our site: a second clean build is byte-identical, nothing loads from another origin,
 * and the CSP holds.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { applyOverlay, build, buildBadCase, buildEnv, projectCopy, repositoryCopy, ROOT, type BuildResult } from '../helpers/project.ts';
import { digest } from '../helpers/digest.ts';

const GOOD = 'tests/fixtures/good-content';
const site = inject('builds').site;

/** Astro's wrapping of an error it did not expect: a deliberate stop never shows it. */
const CRASH = /An unhandled error occurred|Stack trace:|^\s+at /m;

describe('astro build stops before writing anything', () => {
  // Two real runs prove the wiring, one on each side of the early hand-off of valid data (the
  // cards start drawing from it): every bad-content case is proven through the content check
  // itself in tests/unit/bad-content.test.ts, and every body rule in tests/unit/content-safety.test.ts.
  it('on content that cannot be read (yaml-alias-bomb): names file and field, for this fault alone, and writes the full list to a file', () => {
    const { spec, dir, result } = buildBadCase('yaml-alias-bomb');
    expect(result.status).not.toBe(0);
    expect(result.output).toContain(`${spec.expect.file} → ${spec.expect.field}: ${spec.expect.message}`);
    expect(result.output).toMatch(/\d+ content errors? \(full list in/);
    expect(result.output).not.toMatch(CRASH);
    expect(existsSync(result.outDir)).toBe(false);
    expect(readFileSync(join(dir, 'content-errors.txt'), 'utf8')).toContain(`${spec.expect.file} → ${spec.expect.field}: `);
  });

  it('on a body holding code, once the cards have started from valid data: every line of it named, nothing compiled', () => {
    const dir = projectCopy(GOOD);
    applyOverlay(dir, join(ROOT, 'tests/fixtures/hostile-body'));
    const result = build(dir);
    expect(result.status).not.toBe(0);
    expect(existsSync(result.outDir)).toBe(false);
    for (const cause of [
      '`import`/`export` is code',
      'is an expression',
      '<Layout> is a component',
      '<meta> is not allowed',
      '<script> is not allowed',
      '<div hidden>',
      '<span id>',
      '<span style>',
      '<abbr onclick>',
    ]) {
      expect(result.output).toContain(cause);
    }
    expect(result.output).toMatch(/\d+ content errors? \(full list in/);
    expect(result.output).not.toMatch(CRASH);
    expect(result.output).not.toMatch(/page\(s\) built/);
    expect(readFileSync(join(dir, 'content-errors.txt'), 'utf8')).toContain('content/articles/alpha.mdx → ');
  });

  const astroBuild = (env: Record<string, string | undefined>) => {
    const dir = projectCopy(GOOD);
    const outDir = join(dir, 'dist');
    const result = spawnSync(join(ROOT, 'node_modules/.bin/astro'), ['build', '--force', '--outDir', outDir], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...buildEnv(), SITE_URL: undefined, BASE_PATH: undefined, ...env, ASTRO_CACHE_DIR: join(dir, '.cache'), NO_COLOR: '1' },
    });
    return { status: result.status, output: `${result.stdout}\n${result.stderr}`.trim(), wrote: existsSync(outDir) };
  };

  it.each([
    [{ SITE_URL: 'https://example.github.io', BASE_PATH: '//evil.com/' }, 'BASE_PATH="//evil.com/" is not a path'],
    [{ BASE_PATH: '/repo/' }, 'SITE_URL is not set: a production build needs'],
  ])('on a malformed or missing deploy setting %o: one clean line', (env, message) => {
    const result = astroBuild(env);
    expect(result.status).not.toBe(0);
    expect(result.output.split('\n')).toEqual([expect.stringContaining(message)]);
    expect(result.wrote).toBe(false);
  });
});

describe('the content cache', () => {
  it('cannot hide a schema change: a build without --force on a warm data store still fails on newly invalid content', () => {
    const dir = projectCopy(GOOD);
    const env = { ...buildEnv(), BASE_PATH: '/', SITE_URL: 'https://example.github.io', ASTRO_CACHE_DIR: join(dir, '.cache') };
    const astro = join(ROOT, 'node_modules/.bin/astro');
    // `astro sync` fills the data store a build would reuse.
    const warm = spawnSync(astro, ['sync'], { cwd: dir, env, encoding: 'utf8' });
    expect(warm.status, warm.stderr).toBe(0);
    expect(existsSync(join(dir, '.cache', 'data-store.json'))).toBe(true);
    // Tighten a schema outside src/content.config.ts: Astro's store digest does not see this file.
    const schema = join(dir, 'src/schemas/amount.ts');
    writeFileSync(
      schema,
      readFileSync(schema, 'utf8').replace(".nonnegative({ error: 'value must not be negative' })", ".max(2, { error: 'value must be at most 2' })"),
    );
    const again = spawnSync(astro, ['build', '--outDir', join(dir, 'dist')], { cwd: dir, env, encoding: 'utf8' });
    expect(again.status).not.toBe(0);
    expect(`${again.stdout}${again.stderr}`).toContain('content/articles/alpha.mdx → amounts.0.value: value must be at most 2');
  });
});

describe('a clean build of our content', () => {
  let second: BuildResult;

  beforeAll(() => {
    second = build(repositoryCopy());
  }, 180_000);

  it('is byte-identical when built again, elsewhere, from the same sources', () => {
    expect(second.status, second.output).toBe(0);
    const a = digest(site.distDir);
    const b = digest(second.outDir);
    expect([...b.keys()].sort()).toEqual([...a.keys()].sort());
    const differing = [...a].filter(([file, hash]) => b.get(file) !== hash).map(([file]) => file);
    expect(differing).toEqual([]);
    console.log(`reproducible: ${a.size} files identical across two clean builds`);
  });

  it('loads nothing from another origin, and every page carries a strict CSP', () => {
    const pages = [...digest(site.distDir).keys()].filter((f) => f.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(3);
    const problems: string[] = [];
    for (const page of pages) {
      const html = readFileSync(join(site.distDir, page), 'utf8');
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
    for (const css of [...digest(site.distDir).keys()].filter((f) => f.endsWith('.css'))) {
      const text = readFileSync(join(site.distDir, css), 'utf8');
      if (/@import|url\(\s*['"]?(https?:)?\/\//.test(text)) problems.push(`${css}: loads from another origin`);
    }
    expect(problems).toEqual([]);
  });

  it('puts the CSP before everything it governs, allows no inline script, and style attributes only on the share page', () => {
    const pages = [...digest(site.distDir).keys()].filter((f) => f.endsWith('.html'));
    const withStyleAttributes: string[] = [];
    for (const page of pages) {
      const elements: Element[] = [];
      visit(fromHtml(readFileSync(join(site.distDir, page), 'utf8')), 'element', (node: Element) => {
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
      expect(
        before.filter((e) => !inert(e)).map((e) => e.tagName),
        page,
      ).toEqual([]);
      // Every script is a file from 'self' or JSON-LD data: no page holds an inline script to run.
      const inline = elements.filter((e) => e.tagName === 'script' && e.properties.src === undefined && e.properties.type !== 'application/ld+json');
      expect(inline, page).toEqual([]);
      if (String(policies[0]!.properties.content).includes('style-src-attr')) withStyleAttributes.push(page);
    }
    expect(withStyleAttributes).toEqual(pages.filter((p) => p.endsWith(join('share', 'index.html'))));
    expect(withStyleAttributes.length).toBeGreaterThan(0);
  });
});
