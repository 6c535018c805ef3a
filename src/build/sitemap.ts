/**
 * Options for @astrojs/sitemap: leave out pages that are not for search (404, share snippets)
 * and give each dated page the `<lastmod>` its page and JSON-LD show, from the same rules
 * (`datesByRoute`) and the same history, reading content from disk as the content check does.
 */
import { readContent } from './content-files.ts';
import { pageHistoryOf, readHistory } from './history.ts';
import { readEditions } from './i18n-files.ts';
import { readSiteCopy } from './site-file.ts';
import { datesByRoute, lastChanged } from '../lib/seo.ts';

interface SitemapItem {
  url: string;
  lastmod?: string | undefined;
}

type Raw = Record<string, unknown>;

export function sitemapOptions(root: string, base: string, locales: readonly string[]) {
  const { files } = readContent(root);
  const history = readHistory(root);
  // The dates a page's changes give are the same in every edition's words: the default's serve.
  const site = readSiteCopy(root);
  if ('issues' in site) throw new Error('content/site.yaml has errors: run npm run check:content');
  const editions = readEditions(root, site.copy.locales);
  if ('issues' in editions) throw new Error('the catalogues have errors: run npm run check:content');
  const m = editions.messages.get(site.copy.locales[0]!)!;
  const of = (collection: string) => files.filter((f) => f.collection === collection);
  const ownDates = (kind: 'article' | 'comparison') => (f: { id: string; data: unknown }) => ({
    id: f.id,
    published: String((f.data as Raw).published),
    updated: ((f.data as Raw).updated as string | null | undefined) ?? null,
    history: pageHistoryOf(history, kind, f.id, m).dates,
  });
  const dates = datesByRoute({
    articles: of('articles').map(ownDates('article')),
    comparisons: of('comparisons').map(ownDates('comparison')),
    corrections: of('corrections').map((f) => f.data as { date: string; page: { kind: 'article' | 'comparison'; id: string } }),
  });
  const prefix = base.endsWith('/') ? base : `${base}/`;
  // A page's dates are the same in every edition: its route without the edition's language.
  const others = new Set(locales.slice(1));
  const routeOf = (url: string) => {
    const route = new URL(url).pathname.slice(prefix.length);
    const [first, ...rest] = route.split('/');
    return first && others.has(first) ? rest.join('/') : route;
  };
  return {
    ...(locales.length > 1 ? { i18n: { defaultLocale: locales[0]!, locales: Object.fromEntries(locales.map((l) => [l, l])) } } : {}),
    filter: (url: string) => !/\/404\/?$/.test(url) && !/\/share\/$/.test(url),
    serialize: (item: SitemapItem) => {
      const page = dates.get(routeOf(item.url));
      return page ? { ...item, lastmod: lastChanged(page) } : item;
    },
  };
}
