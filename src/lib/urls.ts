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

/** Routes, so no page spells a path by hand. */
export const routes = {
  home: () => '',
  article: (id: string) => `articles/${id}/`,
  comparison: (id: string) => `compare/${id}/`,
};
