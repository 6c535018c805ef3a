/**
 * Which pages the e2e tests visit. The sitemap is the list readers and search engines get, so
 * once `sitemap-index.xml` is built it is the source (and a test checks that every built page
 * but 404 is in it). Before it exists, the pages are those reachable from the home page plus
 * every `*.html` file in the build. The 404 page is always added: it is not in any sitemap but
 * readers land on it from mistyped newsletter links.
 */
import { dimensions } from '../../src/schemas/comparison.ts';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { anchorHrefs, startTags } from './markup.ts';

export type PageType = string;

export interface SitePage {
  /** Path under the base: '' (home), 'articles/jalisco-lab/', '404' for the not-found page. */
  path: string;
  /** Address on the test server. The 404 page is visited at a path that does not exist. */
  url: string;
  /** The HTML file in dist. */
  file: string;
  /** 'home', 'article', 'comparison', 'comparison-share', 'data', 'methodology', '404', … */
  type: PageType;
  /** 200, or 404 for the not-found page. */
  status: number;
}

export const NOT_FOUND_PROBE = 'this-page-does-not-exist/';

/**
 * The editions of a build: the default one's language (the home page's `<html lang>`) and the
 * others, from the home page's `hreflang` alternates (each served under `/<lang>/`).
 */
export function editionsOf(distDir: string): { defaultLang: string; others: string[] } {
  const tags = startTags(readFileSync(path.join(distDir, 'index.html'), 'utf8'));
  const defaultLang = tags.find((t) => t.name === 'html')?.attrs.get('lang') ?? '';
  const langs = tags.filter((t) => t.name === 'link' && t.attrs.get('rel') === 'alternate' && t.attrs.has('hreflang')).map((t) => t.attrs.get('hreflang')!);
  return { defaultLang, others: langs.filter((l) => l !== 'x-default' && l !== defaultLang) };
}

/** A path's edition (`fr` for `fr/articles/x/`, null for the default edition's) and its route without it. */
export function splitEdition(p: string, others: readonly string[]): { edition: string | null; route: string } {
  const [first, ...rest] = p.split('/');
  return first && others.includes(first) ? { edition: first, route: rest.join('/') } : { edition: null, route: p };
}

/** The kind of page a path is, from its route: one screenshot and one Lighthouse run per type. */
export function pageType(p: string): PageType {
  if (p === '') return 'home';
  if (p === '404') return '404';
  const parts = p.split('/').filter(Boolean);
  if (parts[0] === 'articles' && parts.length === 2) return 'article';
  if (parts[0] === 'compare' && parts.length === 2) return 'comparison';
  if (parts[0] === 'compare' && parts.length === 3) return `comparison-${parts[2]}`;
  return parts.length === 1 ? parts[0]! : `${parts[0]}-page`;
}

function walk(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(full, out);
    else out.push(full);
  }
  return out;
}

/** Every file in dist, relative and with forward slashes. */
export function distFiles(distDir: string): string[] {
  return walk(distDir)
    .map((f) => path.relative(distDir, f).split(path.sep).join('/'))
    .sort();
}

/** 'articles/x/index.html' → 'articles/x/'; 'index.html' → ''; '404.html' → '404'; 'a.html' → 'a'. */
export function pathOfHtmlFile(rel: string): string {
  if (rel === 'index.html') return '';
  if (rel.endsWith('/index.html')) return rel.slice(0, -'index.html'.length);
  return rel.slice(0, -'.html'.length);
}

/** The dist file a page path is served from. */
export function fileOfPath(distDir: string, p: string): string {
  if (p === '' || p.endsWith('/')) return path.join(distDir, p, 'index.html');
  return path.join(distDir, `${p}.html`);
}

/** Built HTML pages (paths under the base), 404 included. */
export function builtPages(distDir: string): string[] {
  return distFiles(distDir)
    .filter((f) => f.endsWith('.html'))
    .map(pathOfHtmlFile);
}

export interface SitemapListing {
  /** Paths under the base, as listed. */
  paths: string[];
  /** Sitemap files read, relative to dist. */
  files: string[];
  /** Locations that do not start with the site URL (origin + base) or point at no sitemap file. */
  problems: string[];
}

const xml = new XMLParser({ ignoreAttributes: true, isArray: (name) => name === 'sitemap' || name === 'url' });

/** Reads `sitemap-index.xml` and the sitemaps it lists from dist; null when there is none. */
export function readSitemap(distDir: string, siteUrl: string): SitemapListing | null {
  const indexFile = path.join(distDir, 'sitemap-index.xml');
  if (!existsSync(indexFile)) return null;
  const listing: SitemapListing = { paths: [], files: ['sitemap-index.xml'], problems: [] };
  const index = xml.parse(readFileSync(indexFile, 'utf8')) as { sitemapindex?: { sitemap?: { loc: string }[] } };
  for (const { loc } of index.sitemapindex?.sitemap ?? []) {
    if (!loc.startsWith(siteUrl)) {
      listing.problems.push(`sitemap-index.xml lists ${loc}, outside ${siteUrl}`);
      continue;
    }
    const rel = loc.slice(siteUrl.length);
    const file = path.join(distDir, rel);
    if (!existsSync(file)) {
      listing.problems.push(`sitemap-index.xml lists ${loc}, but dist has no ${rel}`);
      continue;
    }
    listing.files.push(rel);
    const map = xml.parse(readFileSync(file, 'utf8')) as { urlset?: { url?: { loc: string }[] } };
    for (const { loc: page } of map.urlset?.url ?? []) {
      if (page.startsWith(siteUrl)) listing.paths.push(decodeURI(page.slice(siteUrl.length)));
      else listing.problems.push(`${rel} lists ${page}, outside ${siteUrl}`);
    }
  }
  if (listing.files.length === 1) listing.problems.push('sitemap-index.xml lists no sitemap');
  return listing;
}

/** Whether a page asks search engines not to index it (`<meta name="robots" content="noindex">`). */
export function isNoindex(file: string): boolean {
  return startTags(readFileSync(file, 'utf8')).some(
    (t) => t.name === 'meta' && /^(robots|googlebot)$/i.test(t.attrs.get('name') ?? '') && /\bnoindex\b/i.test(t.attrs.get('content') ?? ''),
  );
}

/** Pages reachable by following links from the home page on the test server (HTML only). */
export async function crawl(baseUrl: string, limit = 2000): Promise<string[]> {
  const seen = new Set<string>(['']);
  const queue = [''];
  while (queue.length > 0 && seen.size < limit) {
    const p = queue.shift()!;
    const res = await fetch(baseUrl + p);
    if (!res.ok || !(res.headers.get('content-type') ?? '').startsWith('text/html')) continue;
    const html = await res.text();
    for (const raw of anchorHrefs(html)) {
      const url = new URL(raw, res.url);
      if (!url.href.startsWith(baseUrl)) continue;
      const next = decodeURI(url.pathname).slice(new URL(baseUrl).pathname.length);
      if (seen.has(next)) continue;
      seen.add(next);
      queue.push(next);
    }
  }
  return [...seen];
}

export interface Discovery {
  /** The default edition's pages, 404 last. */
  pages: SitePage[];
  /** Every page of the other editions. */
  editions: SitePage[];
  source: 'sitemap' | 'crawl+dist';
  sitemap: SitemapListing | null;
}

/**
 * Every page to test, 404 last: from the sitemap when built (plus built pages marked noindex,
 * which a sitemap rightly leaves out but readers still open), else crawl + dist listing.
 */
export async function discoverPages(distDir: string, baseUrl: string, siteUrl: string): Promise<Discovery> {
  const sitemap = readSitemap(distDir, siteUrl);
  let paths: string[];
  if (sitemap) {
    const noindex = builtPages(distDir).filter((p) => p !== '404' && isNoindex(fileOfPath(distDir, p)));
    paths = [...sitemap.paths, ...noindex];
  } else {
    const onDisk = builtPages(distDir).filter((p) => p !== '404');
    const crawled = (await crawl(baseUrl)).filter((p) => existsSync(fileOfPath(distDir, p)));
    paths = [...new Set([...onDisk, ...crawled])];
  }
  // The suites check every page of the default edition; the other editions (the same templates in
  // other words) are in `editions`, and `editionSamples` picks one page of each type per edition
  // for the language-agnostic browser checks. tests/e2e/editions.test.ts checks every page of
  // every edition without a browser.
  const { others } = editionsOf(distDir);
  const all: SitePage[] = [...new Set(paths)]
    .filter((p) => existsSync(fileOfPath(distDir, p)))
    .sort()
    .map((p) => ({ path: p, url: baseUrl + p, file: fileOfPath(distDir, p), type: pageType(splitEdition(p, others).route), status: 200 }));
  const pages = all.filter((p) => splitEdition(p.path, others).edition === null);
  const editions = all.filter((p) => splitEdition(p.path, others).edition !== null);
  if (existsSync(path.join(distDir, '404.html'))) {
    pages.push({ path: '404', url: baseUrl + NOT_FOUND_PROBE, file: path.join(distDir, '404.html'), type: '404', status: 404 });
  }
  return { pages, editions, source: sitemap ? 'sitemap' : 'crawl+dist', sitemap };
}

/** One page of each type per other edition (`Discovery.editions`): where the browser checks look at the editions. */
export function editionSamples(editions: SitePage[], distDir: string): SitePage[] {
  const { others } = editionsOf(distDir);
  const seen = new Set<string>();
  return editions.filter((p) => {
    const key = `${splitEdition(p.path, others).edition} ${p.type}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The first page of each type: what screenshots and Lighthouse look at. */
export function onePerType(pages: SitePage[]): SitePage[] {
  const byType = new Map<string, SitePage>();
  for (const page of pages) if (!byType.has(page.type)) byType.set(page.type, page);
  return [...byType.values()];
}

/** The dimensions of a built comparison page, in the order its sections appear. */
export function sectionOrder(html: string): string[] {
  const known: readonly string[] = dimensions;
  return [...html.matchAll(/<section id="([^"]+)"/g)].map((m) => m[1]!).filter((id) => known.includes(id));
}
