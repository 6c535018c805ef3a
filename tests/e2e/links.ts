/**
 * Link checking for the browser tests: which URLs a page points at, and whether each internal
 * one answers 200 from the test server with the `#fragment` it names. Targets are fetched once
 * per run (cached), external ones never (they are only listed).
 */
import type { Page } from 'playwright-core';
import { idsOf } from './markup.ts';

export interface PageLink {
  /** Where it came from: `a`, `link[rel=icon]`, `img`, … */
  source: string;
  /** The attribute as written. */
  raw: string;
  /** Resolved against the page. */
  href: string;
}

/** Every URL a page's DOM refers to (links, resources, link/meta URLs that readers' apps follow). */
export async function linksOf(page: Page): Promise<PageLink[]> {
  return page.evaluate(() => {
    const out: { source: string; raw: string; href: string }[] = [];
    const add = (source: string, raw: string | null) => {
      if (raw === null || raw.trim() === '') return;
      try {
        out.push({ source, raw, href: new URL(raw.trim(), document.baseURI).href });
      } catch {
        out.push({ source, raw, href: `invalid:${raw}` });
      }
    };
    for (const el of document.querySelectorAll('a[href], area[href]')) add(el.localName, el.getAttribute('href'));
    for (const el of document.querySelectorAll('link[href]')) {
      const rel = (el.getAttribute('rel') ?? '').toLowerCase();
      // Hints name origins, not documents; nothing to fetch.
      if (/\b(preconnect|dns-prefetch)\b/.test(rel)) continue;
      add(`link[rel=${rel}]`, el.getAttribute('href'));
    }
    for (const el of document.querySelectorAll('img[src], source[src], script[src], iframe[src], video[src], audio[src], track[src], embed[src]'))
      add(el.localName, el.getAttribute('src'));
    for (const el of document.querySelectorAll('img[srcset], source[srcset]'))
      for (const part of (el.getAttribute('srcset') ?? '').split(',')) add(`${el.localName}[srcset]`, part.trim().split(/\s+/)[0] ?? null);
    for (const el of document.querySelectorAll('use[href], image[href]')) add(`svg ${el.localName}`, el.getAttribute('href'));
    for (const el of document.querySelectorAll('form[action]')) add('form', el.getAttribute('action'));
    for (const el of document.querySelectorAll('object[data]')) add('object', el.getAttribute('data'));
    // Card and canonical URLs are absolute (site URL): map them onto the test server below.
    for (const el of document.querySelectorAll('meta[property^="og:"][content], meta[name^="twitter:"][content]')) {
      const key = el.getAttribute('property') ?? el.getAttribute('name') ?? '';
      if (/:(url|image|image:url|image:secure_url)$/.test(key)) add(`meta[${key}]`, el.getAttribute('content'));
    }
    return out;
  });
}

export interface Target {
  status: number;
  location: string | null;
  contentType: string;
  /** Ids (and `<a name>`s) in the document, when it is HTML. */
  ids: Set<string> | null;
}

export class LinkChecker {
  private readonly cache = new Map<string, Promise<Target>>();
  /** Links to other origins seen on any page: listed in the report, never fetched. */
  readonly external = new Map<string, Set<string>>();

  constructor(
    private readonly serverOrigin: string,
    private readonly baseUrl: string,
    /** `https://example.github.io/netflix-initiatives/`: absolute links to it are ours. */
    private readonly siteUrl: string,
  ) {}

  /** Where an internal link lands on the test server; null for external ones. */
  localUrl(href: string): URL | null {
    if (href.startsWith(this.siteUrl)) return new URL(this.baseUrl + href.slice(this.siteUrl.length));
    const url = new URL(href);
    return url.origin === this.serverOrigin ? url : null;
  }

  private fetchTarget(url: string): Promise<Target> {
    let pending = this.cache.get(url);
    if (!pending) {
      pending = (async () => {
        const res = await fetch(url, { redirect: 'manual' });
        const contentType = res.headers.get('content-type') ?? '';
        const body = res.status === 200 && contentType.startsWith('text/html') ? await res.text() : null;
        if (body === null) await res.body?.cancel();
        return { status: res.status, location: res.headers.get('location'), contentType, ids: body === null ? null : idsOf(body) };
      })();
      this.cache.set(url, pending);
    }
    return pending;
  }

  /**
   * Problems with a page's links, one line each (empty when all resolve). `currentIds` are the
   * ids of the page as rendered, for same-page `#fragments`.
   */
  async check(pageUrl: string, links: PageLink[], currentIds: Set<string>): Promise<string[]> {
    const problems: string[] = [];
    const here = new URL(pageUrl);
    for (const link of links) {
      const where = `${link.source} "${link.raw}"`;
      if (link.href.startsWith('invalid:')) {
        problems.push(`${where}: not a valid URL`);
        continue;
      }
      const url = new URL(link.href);
      if (url.protocol !== 'http:' && url.protocol !== 'https:') {
        if (url.protocol === 'javascript:') problems.push(`${where}: javascript: URL`);
        else if (url.protocol !== 'data:') this.noteExternal(link.href, pageUrl);
        continue;
      }
      const local = this.localUrl(link.href);
      if (!local) {
        this.noteExternal(link.href, pageUrl);
        continue;
      }
      if (!local.href.startsWith(this.baseUrl)) {
        problems.push(`${where}: outside the base path ${new URL(this.baseUrl).pathname}`);
        continue;
      }
      const fragment = decodeURIComponent(local.hash.slice(1));
      const samePage = local.origin + local.pathname === here.origin + here.pathname;
      let ids: Set<string> | null = currentIds;
      if (!samePage) {
        const target = await this.fetchTarget(local.origin + local.pathname + local.search);
        if (target.status !== 200) {
          const hint = target.status === 301 || target.status === 302 ? ` → ${target.location} (link to the final address)` : '';
          problems.push(`${where}: ${target.status}${hint}`);
          continue;
        }
        ids = target.ids;
      }
      // `#` and `#top` go to the top of any HTML page (HTML "scroll to the fragment").
      if (fragment && fragment.toLowerCase() !== 'top') {
        if (!ids) problems.push(`${where}: #${fragment} on a non-HTML target`);
        else if (!ids.has(fragment)) problems.push(`${where}: no element with id "${fragment}" in ${local.pathname}`);
      }
    }
    return problems;
  }

  private noteExternal(href: string, pageUrl: string): void {
    const pages = this.external.get(href) ?? new Set<string>();
    pages.add(new URL(pageUrl).pathname);
    this.external.set(href, pages);
  }
}
