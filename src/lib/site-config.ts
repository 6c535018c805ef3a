/**
 * The two deploy settings, checked before anything is built: `SITE_URL`, the absolute http(s)
 * origin every canonical, feed and sitemap URL starts with, and `BASE_PATH`, the path the site
 * lives under (`/` or `/<name>/`). A malformed value would silently point every link elsewhere.
 */
import { webUrlProblem } from './text-rules.ts';

/** Where `astro dev` and `astro preview` serve the site; never a production origin. */
export const LOCAL_SITE = 'http://localhost:4321';

const BASE = /^\/(?:[A-Za-z0-9._~-]+\/)*$/;

export interface SiteSettings {
  site: string;
  base: string;
}

/**
 * The settings from the environment, or throws a message naming the variable. `production`
 * (an `astro build`) requires `SITE_URL`; local commands default to `LOCAL_SITE`.
 */
export function siteSettings(env: { SITE_URL?: string; BASE_PATH?: string }, production: boolean): SiteSettings {
  const site = env.SITE_URL ?? '';
  const base = env.BASE_PATH || '/';
  if (!BASE.test(base) || base.includes('//') || /(^|\/)\.\.?\//.test(base)) {
    throw new Error(`BASE_PATH="${base}" is not a path: use "/" for a root domain or "/<name>/" for a sub-path (e.g. "/netflix-initiatives/")`);
  }
  if (site === '') {
    if (production)
      throw new Error('SITE_URL is not set: a production build needs the absolute origin it is published at, e.g. SITE_URL=https://<owner>.github.io');
    return { site: LOCAL_SITE, base };
  }
  const problem = webUrlProblem(site);
  const url = problem ? null : new URL(site);
  if (!url || url.pathname !== '/' || url.search || url.hash || site.endsWith('#') || site.endsWith('?')) {
    throw new Error(`SITE_URL="${site}" is not an absolute http(s) origin: write it like https://news.example.org (no path: the sub-path goes in BASE_PATH)`);
  }
  return { site: url.origin, base };
}
