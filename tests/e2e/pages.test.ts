/**
 * The sitemap lists every page readers can reach, and nothing else: every built HTML page but
 * the 404 page and pages marked noindex (the share tool for editors) is in it, every listed page is served (200, final address), and every page the
 * home page leads to is in it.
 */
import { describe, expect, inject, test } from 'vitest';
import { builtPages, crawl, fileOfPath, isNoindex, readSitemap } from './pages.ts';

const distDir = inject('distDir');
const baseUrl = inject('baseUrl');
const siteUrl = inject('siteUrl');
const sitemap = readSitemap(distDir, siteUrl);
const built = builtPages(distDir);
const noindex = new Set(built.filter((p) => p !== '404' && isNoindex(fileOfPath(distDir, p))));

describe('sitemap-index.xml', () => {
  const listed = new Set(sitemap?.paths ?? []);

  test('exists, its locations are absolute, under the site URL and base, and point at built sitemaps', () => {
    expect(sitemap, 'dist has no sitemap-index.xml').not.toBeNull();
    expect(sitemap!.problems).toEqual([]);
    expect(sitemap!.paths.length).toBeGreaterThan(0);
  });

  test('lists every built HTML page except 404 and those marked noindex', () => {
    const missing = built.filter((p) => p !== '404' && !listed.has(p) && !noindex.has(p)).map((p) => `/${p}`);
    expect(missing, `built but not in the sitemap: ${missing.join(', ')}`).toEqual([]);
  });

  test('lists no page marked noindex (the two signals would contradict each other)', () => {
    expect([...noindex].filter((p) => listed.has(p)).map((p) => `/${p}`)).toEqual([]);
  });

  test('does not list the 404 page, nor a page twice', () => {
    expect([...listed].filter((p) => /(^|\/)404(\.html)?\/?$/.test(p))).toEqual([]);
    expect(sitemap!.paths.length).toBe(listed.size);
  });

  test('every listed page is served with 200 at its exact address (no redirect)', async () => {
    const bad: string[] = [];
    for (const p of listed) {
      const res = await fetch(baseUrl + p, { redirect: 'manual' });
      await res.body?.cancel();
      if (res.status !== 200) bad.push(`/${p}: ${res.status} ${res.headers.get('location') ?? ''}`.trim());
    }
    expect(bad).toEqual([]);
  });

  test('every page reachable from the home page is listed', async () => {
    const reachable = await crawl(baseUrl);
    const missing = reachable.filter((p) => built.includes(p) && !listed.has(p));
    expect(missing.map((p) => `/${p}`)).toEqual([]);
  });
});
