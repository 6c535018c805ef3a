/**
 * Link cards, as an unfurler reads them: open-graph-scraper against every page on the loopback
 * server finds title, description, an absolute image with its size and type, and the canonical
 * URL (absolute, with the base path, ending in /); every image loads, is a 1200×630 PNG under
 * 300 KB, and names and pictures correspond one to one (a name is a hash of the card's inputs). JSON-LD parses on every page with the fields the
 * issue asks for, and the dates agree between page, JSON-LD, article:*_time and sitemap.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ogs from 'open-graph-scraper';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { pngSize } from '../helpers/png.ts';
import { discoverPages } from './pages.ts';
import { baseUrl, canonicalOf, distDir, get, jsonLdOf, local, metaTags, shownDates, siteUrl, types } from './seo-helpers.ts';

const { pages, editions } = await discoverPages(distDir, baseUrl, siteUrl);
const indexed = pages.filter((p) => p.type !== '404');
const htmlOf = (file: string) => readFileSync(file, 'utf8');

/** Sitemap `<lastmod>` by page path, as YYYY-MM-DD. */
function sitemapDates(): Map<string, string> {
  const xml = new XMLParser({ isArray: (name) => name === 'url' });
  const map = new Map<string, string>();
  const doc = xml.parse(readFileSync(path.join(distDir, 'sitemap-0.xml'), 'utf8')) as { urlset: { url: { loc: string; lastmod?: string }[] } };
  for (const u of doc.urlset.url) if (u.lastmod) map.set(u.loc.slice(siteUrl.length), u.lastmod.slice(0, 10));
  return map;
}

describe('link cards on every page', () => {
  it('finds the pages (home, both articles, the comparison, data, methodology, share)', () => {
    const found = indexed.map((p) => p.type);
    for (const type of ['home', 'article', 'comparison', 'data', 'methodology', 'comparison-share']) expect(found).toContain(type);
  });

  it.each(indexed.map((p) => [p.path || '(home)', p] as const))('%s unfurls with title, description, absolute image and canonical', async (_, page) => {
    // The page as served on loopback, handed to the unfurler (its URL validator refuses loopback hosts).
    const served = await (await get(page.url)).text();
    const { error, result } = await ogs({ html: served });
    expect(error).toBe(false);
    const expectedUrl = siteUrl + page.path;
    expect(result.ogTitle).toBeTruthy();
    expect(result.ogDescription?.length).toBeGreaterThan(40);
    expect(result.ogType).toMatch(/^(website|article)$/);
    expect(result.ogUrl).toBe(expectedUrl);
    expect(result.twitterCard).toBe('summary_large_image');
    const image = result.ogImage?.[0];
    expect(image?.url).toMatch(new RegExp(`^${siteUrl}og/[a-z0-9-]+-[0-9a-f]{10}\\.png$`));
    expect(String(image?.width)).toBe('1200');
    expect(String(image?.height)).toBe('630');
    expect(image?.type).toBe('image/png');

    const html = htmlOf(page.file);
    const meta = metaTags(html);
    expect(canonicalOf(html)).toBe(expectedUrl);
    expect(expectedUrl.endsWith('/')).toBe(true);
    expect(meta.get('og:image:alt')?.length).toBeGreaterThan(20);
    expect(meta.get('og:image')).toBe(image?.url);
    expect(meta.get('twitter:image:alt')!.length).toBeLessThanOrEqual(420);
  });

  /** Card URL → SHA-256 of its bytes, filled by the test below. */
  const pictures = new Map<string, string>();

  it.each(indexed.map((p) => [p.path || '(home)', p] as const))('%s: its card image loads, 1200×630 PNG < 300 KB, with a hash in its name', async (_, page) => {
    const url = metaTags(htmlOf(page.file)).get('og:image')!;
    expect(url).toMatch(/-[0-9a-f]{10}\.png$/);
    const res = await get(local(url));
    expect(res.headers.get('content-type')).toMatch(/^image\/png/);
    const png = new Uint8Array(await res.arrayBuffer());
    expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
    expect(png.byteLength).toBeLessThan(300 * 1024);
    pictures.set(url, createHash('sha256').update(png).digest('hex'));
  });

  it('og/ holds exactly the cards the pages name: none missing, none left over', () => {
    // Each edition draws its own cards (their words are its language's).
    const named = new Set([...pages, ...editions].map((p) => metaTags(htmlOf(p.file)).get('og:image')!.slice(`${siteUrl}og/`.length)));
    expect(readdirSync(path.join(distDir, 'og')).sort()).toEqual([...named].sort());
  });

  it('card names and pictures correspond one to one: a new picture gets a new name', () => {
    expect(pictures.size).toBeGreaterThan(3);
    const names = new Map<string, string[]>();
    for (const [url, sha] of pictures) names.set(sha, [...(names.get(sha) ?? []), url]);
    expect([...names.values()].filter((urls) => urls.length > 1)).toEqual([]);
  });

  it('the 404 page has a card but no canonical (it has no address of its own) and is noindex', () => {
    const html = htmlOf(path.join(distDir, '404.html'));
    expect(canonicalOf(html)).toBeUndefined();
    expect(metaTags(html).get('robots')).toBe('noindex');
    expect(metaTags(html).get('og:image')).toMatch(/^https?:\/\//);
  });
});

describe('structured data', () => {
  it.each(pages.map((p) => [p.path || '(home)', p] as const))('%s: JSON-LD parses, is inert, and has its type', (_, page) => {
    const html = htmlOf(page.file);
    const blocks = jsonLdOf(html);
    expect(blocks.length).toBeGreaterThan(0);
    for (const raw of html.matchAll(/<script type="application\/ld\+json"[^>]*>([\s\S]*?)<\/script>/g)) expect(raw[1]).not.toMatch(/</);
    const ld = blocks[0]!;
    expect(ld['@context']).toBe('https://schema.org');
    const expected: Record<string, string> = { home: 'WebSite', article: 'NewsArticle', comparison: 'AnalysisNewsArticle', data: 'Dataset' };
    expect(types(ld)).toContain(expected[page.type] ?? 'WebPage');
  });

  it.each(indexed.filter((p) => p.type === 'article' || p.type === 'comparison').map((p) => [p.path, p] as const))(
    '%s: NewsArticle with headline, dates, author, publisher, image and citations of the source reports',
    (_, page) => {
      const ld = jsonLdOf(htmlOf(page.file))[0]!;
      expect(types(ld)).toContain('NewsArticle');
      expect(ld.headline).toBeTruthy();
      expect(ld.datePublished).toMatch(/^\d{4}(-\d{2}){0,2}$/);
      expect(ld.dateModified).toMatch(/^\d{4}(-\d{2}){0,2}$/);
      expect((ld.author as { name: string }).name).toBeTruthy();
      expect((ld.publisher as { name: string }).name).toBeTruthy();
      expect((ld.image as { url: string; width: number; height: number }).width).toBe(1200);
      expect((ld.image as { url: string }).url).toBe(metaTags(htmlOf(page.file)).get('og:image'));
      expect(ld.url).toBe(siteUrl + page.path);
      type Report = { '@type': string; headline?: string; publisher?: { name: string }; translationOfWork?: { publisher?: { name: string } } };
      const citations = ld.citation as Report[];
      const reports = citations.filter((c) => c['@type'] === 'NewsArticle');
      expect(reports.length).toBe(page.type === 'comparison' ? 2 : 1);
      // A translation's outlet published the original: its publisher is the original's, not the translation's.
      for (const r of reports) expect(r.headline && (r.publisher ?? r.translationOfWork?.publisher)?.name).toBeTruthy();
    },
  );

  it.each(indexed.filter((p) => p.type === 'article' || p.type === 'comparison').map((p) => [p.path, p] as const))(
    '%s: dates agree between the page, JSON-LD, article:*_time and the sitemap',
    (_, page) => {
      const html = htmlOf(page.file);
      const ld = jsonLdOf(html)[0]!;
      const meta = metaTags(html);
      const shown = shownDates(html);
      expect(shown.published).toBe(ld.datePublished);
      expect(meta.get('article:published_time')).toBe(ld.datePublished);
      expect(meta.get('article:modified_time')).toBe(ld.dateModified);
      expect(shown.modified ?? shown.published).toBe(ld.dateModified);
      expect(sitemapDates().get(page.path)).toBe(String(ld.dateModified).padEnd(10, '-01').slice(0, 10));
    },
  );
});
