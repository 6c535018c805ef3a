/**
 * Shared by cards/feeds/data tests: read a page's head like an unfurler does, its JSON-LD,
 * and map the absolute (deployed) URLs the build writes to the local test server.
 */
import { inject } from 'vitest';
import { rawTextElements, startTags } from './markup.ts';

export const baseUrl = inject('baseUrl');
export const siteUrl = inject('siteUrl');
export const distDir = inject('distDir');
/** The project folder whose content was built (ours, or a fixture's copy). */
export const contentRoot = inject('contentRoot');

/** `https://example.github.io/netflix-initiatives/x` → `http://127.0.0.1:<port>/netflix-initiatives/x`. */
export function local(url: string): string {
  if (!url.startsWith(siteUrl)) throw new Error(`${url} is not under ${siteUrl}`);
  return baseUrl + url.slice(siteUrl.length);
}

export async function get(url: string): Promise<Response> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url} answered ${res.status}`);
  return res;
}

/** `<meta property|name=… content=…>` of a page, first wins. */
export function metaTags(html: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const tag of startTags(html)) {
    if (tag.name !== 'meta') continue;
    const key = tag.attrs.get('property') ?? tag.attrs.get('name');
    const content = tag.attrs.get('content');
    if (key && content !== undefined && !map.has(key)) map.set(key, content);
  }
  return map;
}

export function canonicalOf(html: string): string | undefined {
  return startTags(html)
    .find((t) => t.name === 'link' && t.attrs.get('rel') === 'canonical')
    ?.attrs.get('href');
}

/** Every JSON-LD block of a page, parsed (throws on invalid JSON). */
export function jsonLdOf(html: string): Record<string, unknown>[] {
  return rawTextElements(html, 'script')
    .filter((s) => s.attrs.get('type') === 'application/ld+json')
    .map((s) => JSON.parse(s.text) as Record<string, unknown>);
}

export function types(ld: Record<string, unknown>): string[] {
  const t = ld['@type'];
  return Array.isArray(t) ? (t as string[]) : [String(t)];
}

/** The published and modified dates the page shows (`<time class="published|modified">`). */
export function shownDates(html: string): { published?: string; modified?: string } {
  const tag = (cls: string) =>
    startTags(html)
      .find((t) => t.name === 'time' && t.attrs.get('class') === cls)
      ?.attrs.get('datetime');
  return { published: tag('published'), modified: tag('modified') };
}
