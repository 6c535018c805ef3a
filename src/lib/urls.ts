/**
 * The one place internal URLs are made. Every link and asset goes through `href` so the site
 * works under a GitHub Pages sub-path (`/repo/`) and at a root domain alike.
 */

/** Joins a site-relative path to the base: `href('articles/x/')` → `/repo/articles/x/`. */
export function href(path: string, base: string = import.meta.env.BASE_URL): string {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  return prefix + path.replace(/^\/+/, '');
}

/** Absolute URL for feeds, cards and canonical links: `https://owner.github.io/repo/articles/x/`. */
export function absoluteUrl(path: string, site: string | URL, base: string = import.meta.env.BASE_URL): string {
  return new URL(href(path, base), site).href;
}

/**
 * A page's route in an edition: the default edition's at the site's root (`articles/x/`), any
 * other's under its language (`fr/articles/x/`). Downloads, cards, feeds of changes and data
 * files are one set for every edition and keep their route.
 */
export function editionRoute(route: string, lang: string, defaultLang: string): string {
  return lang === defaultLang ? route : `${lang}/${route}`;
}

/** Routes, so no page spells a path by hand. */
export const routes = {
  home: () => '',
  article: (id: string) => `articles/${id}/`,
  comparison: (id: string) => `compare/${id}/`,
  /** The map of one side's country with its places marked, in that side's colour (an SVG image). */
  comparisonMap: (id: string, side: 0 | 1) => `compare/${id}/map-${side}.svg`,
  /** Email-safe snippet of a comparison, for newsletters. */
  share: (id: string) => `compare/${id}/share/`,
  data: () => 'data/',
  /** A download under /data/: `facts.csv`, `facts.json`, `article.schema.json`, `README.txt`, `LICENSE.txt`. */
  dataFile: (name: string) => `data/${name}`,
  methodology: () => 'methodology/',
  rss: () => 'rss.xml',
  sitemap: () => 'sitemap-index.xml',
  /** A card image, by its hashed file name (`comparison-x-1a2b3c4d5e.png`). */
  card: (file: string) => `og/${file}`,
  /** A page as it was on a day, as data: `data/versions/articles/x/2026-11-30.json`. */
  version: (kind: 'article' | 'comparison', id: string, day: string) => `data/versions/${kind === 'article' ? 'articles' : 'comparisons'}/${id}/${day}.json`,
  /** Every published change to an article or a comparison: `articles/x/changes/`. */
  changes: (kind: 'article' | 'comparison', id: string) => `${kind === 'article' ? 'articles' : 'compare'}/${id}/changes/`,
  /** The site-wide changes feed: `changes.xml` (Atom) or `changes.json` (JSON Feed). */
  changesFeed: (format: 'atom' | 'json') => (format === 'atom' ? 'changes.xml' : 'changes.json'),
};
