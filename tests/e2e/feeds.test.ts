/**
 * Feeds and indexes over the built site: RSS parses and its channel and item links carry the
 * base path and resolve on the server; the sitemap lists every indexable page with its date;
 * robots.txt points to the sitemap; the 404 page helps (links to every comparison and
 * article, under the base path); newsletter links with ?utm_… before the # land on the page.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { startTags } from './markup.ts';
import { readContent } from '../../src/build/content-files.ts';
import { baseUrl, contentRoot, distDir, get, jsonLdOf, local, siteUrl } from './seo-helpers.ts';

const content = readContent(contentRoot).files;
const articleIds = content.filter((f) => f.collection === 'articles').map((f) => f.id);
const comparisonIds = content.filter((f) => f.collection === 'comparisons').map((f) => f.id);

const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => ['item', 'url', 'sitemap', 'category'].includes(name) });

interface RssItem {
  title: string;
  link: string;
  guid: string | { '#text': string };
  description: string;
  pubDate: string;
}

const rssText = await (await get(`${baseUrl}rss.xml`)).text();
const rss = parser.parse(rssText) as { rss: { channel: { title: string; link: string; description: string; item: RssItem[] } } };
const channel = rss.rss.channel;

describe('RSS', () => {
  it('parses as XML with a channel whose link is the site with its base path', () => {
    expect(channel.title).toBeTruthy();
    expect(channel.description).toBeTruthy();
    expect(channel.link).toBe(siteUrl);
  });

  it('has every comparison and every article, each link absolute, under the base path, ending in /', () => {
    const links = channel.item.map((i) => i.link);
    expect(links.filter((l) => l.startsWith(`${siteUrl}compare/`)).sort()).toEqual(comparisonIds.map((id) => `${siteUrl}compare/${id}/`).sort());
    expect(links.filter((l) => l.startsWith(`${siteUrl}articles/`)).sort()).toEqual(articleIds.map((id) => `${siteUrl}articles/${id}/`).sort());
    for (const l of links) expect(l).toMatch(new RegExp(`^${siteUrl}.+/$`));
  });

  it.each(channel.item.map((i) => [i.link, i] as const))(
    '%s resolves; its title and pubDate are the page\u2019s headline and datePublished',
    async (link, item) => {
      const html = await (await get(local(link))).text();
      const ld = jsonLdOf(html)[0]!;
      expect(new Date(item.pubDate).toISOString().slice(0, 10)).toBe(String(ld.datePublished).padEnd(10, '-01').slice(0, 10));
      expect(ld.headline).toBe(item.title);
    },
  );
});

describe('sitemap and robots.txt', () => {
  const index = parser.parse(readFileSync(path.join(distDir, 'sitemap-index.xml'), 'utf8')) as { sitemapindex: { sitemap: { loc: string }[] } };
  const urls = index.sitemapindex.sitemap.flatMap(({ loc }) => {
    const doc = parser.parse(readFileSync(path.join(distDir, loc.slice(siteUrl.length)), 'utf8')) as { urlset: { url: { loc: string; lastmod?: string }[] } };
    return doc.urlset.url;
  });

  it('robots.txt names the sitemap index by its absolute URL with the base path', async () => {
    const robots = await (await get(`${baseUrl}robots.txt`)).text();
    expect(robots).toContain(`Sitemap: ${siteUrl}sitemap-index.xml`);
    await get(local(`${siteUrl}sitemap-index.xml`));
  });

  it('lists home, articles, comparison, data and methodology, but not 404 or share snippets', () => {
    const paths = urls.map((u) => u.loc.slice(siteUrl.length));
    for (const p of ['', ...articleIds.map((id) => `articles/${id}/`), ...comparisonIds.map((id) => `compare/${id}/`), 'data/', 'methodology/'])
      expect(paths).toContain(p);
    expect(paths.some((p) => p.includes('404') || p.endsWith('/share/'))).toBe(false);
  });

  it.each(urls.map((u) => [u.loc, u] as const))('%s resolves and has a lastmod', async (loc, u) => {
    await get(local(loc));
    expect(u.lastmod).toMatch(/^\d{4}-\d{2}-\d{2}/);
  });
});

describe('404 and deep links', () => {
  it('a mistyped address gets the 404 page, which links to the comparisons and the articles under the base path', async () => {
    const res = await fetch(`${baseUrl}compare/${comparisonIds[0]!.slice(0, -1)}/`);
    expect(res.status).toBe(404);
    const hrefs = startTags(await res.text())
      .filter((t) => t.name === 'a')
      .map((t) => t.attrs.get('href') ?? '');
    const base = new URL(baseUrl).pathname;
    for (const id of articleIds) expect(hrefs).toContain(`${base}articles/${id}/`);
    expect(hrefs.some((h) => h.startsWith(`${base}compare/`))).toBe(true);
  });

  it('a newsletter link with ?utm_… before the # serves the page that holds the anchor', async () => {
    for (const [p, anchor] of [
      ['methodology/', 'exchange-rate'],
      ['data/', 'downloads'],
      [`articles/${articleIds[0]}/`, 'fact-initiative'],
    ] as const) {
      const res = await get(`${baseUrl}${p}?utm_source=newsletter&utm_medium=email#${anchor}`);
      const ids = startTags(await res.text()).map((t) => t.attrs.get('id'));
      expect(ids).toContain(anchor);
    }
  });

  it('headings of the data and methodology pages link to themselves', () => {
    for (const p of ['data', 'methodology']) {
      const tags = startTags(readFileSync(path.join(distDir, p, 'index.html'), 'utf8'));
      const h2ids = tags.filter((t) => t.name === 'h2' && t.attrs.get('id') && t.attrs.get('id') !== 'page-record-heading').map((t) => t.attrs.get('id')!);
      expect(h2ids.length).toBeGreaterThan(2);
      const selfLinks = new Set(tags.filter((t) => t.name === 'a').map((t) => t.attrs.get('href')));
      for (const id of h2ids) expect(selfLinks.has(`#${id}`)).toBe(true);
    }
  });
});
