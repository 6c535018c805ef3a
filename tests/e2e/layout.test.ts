/**
 * Layouts that hold for any content, read from the built HTML: timeline ticks never repeat a
 * label and carry a year whenever the year changes; comparisons link to the other comparisons of
 * their reports, and articles to their comparisons. Runs over our content and the fixture. (No
 * page wider than a 320 px screen, and drawings' labels inside them: site.test.ts, on the phone
 * visit of every page.)
 */
import { readFileSync } from 'node:fs';
import { describe, expect, inject, test } from 'vitest';
import { readContent } from '../../src/build/content-files.ts';
import { startTags } from './markup.ts';
import { discoverPages } from './pages.ts';

const baseUrl = inject('baseUrl');
const basePath = inject('basePath');
const { pages } = await discoverPages(inject('distDir'), baseUrl, inject('siteUrl'));
const content = readContent(inject('contentRoot')).files;
const comparisons = content
  .filter((f) => f.collection === 'comparisons')
  .map((f) => ({ id: f.id, articles: (f.data as { articles: [string, string] }).articles }));

describe.each(pages.filter((p) => p.type === 'comparison').map((p) => [p.path, p] as const))('%s', (path, page) => {
  const html = readFileSync(page.file, 'utf8');
  const id = path.split('/')[1]!;
  const self = comparisons.find((c) => c.id === id)!;

  test('timeline ticks never repeat a label; the first names its year, and all do when the axis crosses a year', () => {
    const svg = /<figure class="chart timeline[^"]*"[\s\S]*?<\/figure>/.exec(html)?.[0] ?? '';
    const ticks = [...svg.matchAll(/<text class="tick"[^>]*>([^<]+)<\/text>/g)].map((m) => m[1]!);
    expect(new Set(ticks).size).toBe(ticks.length);
    if (ticks.length > 0) expect(ticks[0]).toMatch(/\d{4}/);
    const years = new Set(ticks.map((t) => /\d{4}/.exec(t)?.[0]).filter(Boolean));
    if (years.size > 1) for (const t of ticks) expect(t).toMatch(/\d{4}/);
  });

  test('links to every other comparison that shares one of its reports, and to no other', () => {
    const related = comparisons.filter((c) => c.id !== id && c.articles.some((a) => self.articles.includes(a))).map((c) => c.id);
    const nav = /<nav class="related"[\s\S]*?<\/nav>/.exec(html)?.[0] ?? '';
    const linked = startTags(nav)
      .filter((t) => t.name === 'a')
      .map((t) => t.attrs.get('href'));
    expect(linked.sort()).toEqual(related.map((c) => `${basePath}compare/${c}/`).sort());
  });
});

describe.each(pages.filter((p) => p.type === 'article').map((p) => [p.path, p] as const))('%s', (path, page) => {
  test('links to every comparison it is in', () => {
    const id = path.split('/')[1]!;
    const hrefs = new Set(
      startTags(readFileSync(page.file, 'utf8'))
        .filter((t) => t.name === 'a')
        .map((t) => t.attrs.get('href')),
    );
    for (const c of comparisons.filter((x) => x.articles.includes(id))) expect(hrefs.has(`${basePath}compare/${c.id}/`)).toBe(true);
  });
});
