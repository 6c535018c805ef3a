/**
 * What a first visit to a page costs, read from the built files (no browser): the HTML, then
 * every resource it makes the browser fetch (stylesheets and what they pull in, scripts, icons,
 * images, preloads, internal iframes), with text compressed as GitHub Pages sends it (gzip).
 * Card images (`og/`) are left out: only link previewers fetch them. Used by the budgets test
 * and the benchmark.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { rawTextElements, startTags } from './markup.ts';

export const KB = 1024;

/** The budgets (bytes). HTML per page type; types not named get `default`. */
export const BUDGETS = {
  // Comparison pages carry each cited passage once (a popover with its translation, in the original and ours),
  // and a ClaimReview for each checked claim of both reports besides their folded record, citation and latest change.
  // Article pages carry the report's whole text and every fact with its passage, and the same
  // trust record: an error-report link per fact, a ClaimReview per checked claim, the folded
  // verification record, citation (plain, BibTeX, CSL-JSON) and latest change.
  // Spanish and French run about 5% longer than English, and in their editions every passage of a report in
  // another language carries our translation into theirs (an English report's passages too): about 1 KB more.
  // Comparison pages also list each figure that is not money with what it counts, who says so, period and scope, never
  // a bare number (about 0.8 KB gzip in Spanish). The budget holds every edition.
  htmlGzip: { comparison: 30 * KB, article: 18 * KB, default: 14 * KB } as Record<string, number>,
  cssGzip: 8 * KB,
  /** Raw (uncompressed) bytes of the JavaScript one page loads. */
  jsRaw: 2 * KB,
  /** Raw bytes of all JavaScript, site-wide: the copy-link, copy-snippet and edition-link enhancements. */
  jsSiteRaw: 3 * KB,
  firstVisit: 60 * KB,
  font: 25 * KB,
};

export function htmlBudget(type: string): number {
  return BUDGETS.htmlGzip[type] ?? BUDGETS.htmlGzip.default!;
}

export function gzipSize(data: Buffer | string): number {
  return gzipSync(typeof data === 'string' ? Buffer.from(data) : data).length;
}

const TEXT = /\.(html|css|js|mjs|svg|json|xml|txt|csv|webmanifest)$/i;
const FONT = /\.(woff2?|ttf|otf|eot)$/i;
const JS_TYPES = /^(|text\/javascript|application\/javascript|module)$/i;

export interface Resource {
  /** Path under dist. */
  file: string;
  kind: 'css' | 'js' | 'font' | 'image' | 'document' | 'other';
  /** Why it is fetched: `link[rel=stylesheet]`, `url() in x.css`, … */
  via: string;
  raw: number;
  /** Bytes on the wire (gzip for text). */
  transfer: number;
}

export interface PageWeight {
  /** Path under the base ('' for home). */
  page: string;
  htmlRaw: number;
  htmlGzip: number;
  /** Inline `<style>` + linked stylesheets (and their @imports), gzip. */
  cssGzip: number;
  /** Inline JS + script files, raw bytes (JSON-LD and other data blocks are not JS). */
  jsRaw: number;
  jsGzip: number;
  resources: Resource[];
  /** HTML gzip + every resource's transfer size. */
  firstVisit: number;
  /** Resources that hold up first render, other than the HTML and local stylesheets. */
  renderBlocking: string[];
  /** References to other origins, missing files, or card images fetched by the page. */
  problems: string[];
  /** Card images a page shows itself (not counted, listed). */
  cardImages: string[];
}

interface Ctx {
  distDir: string;
  basePath: string;
  siteOrigin: string;
}

/** A URL in a page or stylesheet → file under dist; or a problem. */
function resolveLocal(ctx: Ctx, raw: string, from: URL): { file: string; url: URL } | { problem: string } | null {
  const value = raw.trim();
  if (value === '' || value.startsWith('#') || /^(data|blob|about|mailto|tel|javascript):/i.test(value)) return null;
  const url = new URL(value, from);
  if (url.origin !== ctx.siteOrigin) return { problem: `loads ${url.href} from another origin` };
  if (!url.pathname.startsWith(ctx.basePath)) return { problem: `loads ${url.pathname}, outside the base path` };
  let rel = decodeURIComponent(url.pathname.slice(ctx.basePath.length));
  if (rel === '' || rel.endsWith('/')) rel += 'index.html';
  const file = path.join(ctx.distDir, rel);
  if (!existsSync(file) || !statSync(file).isFile()) return { problem: `loads ${url.pathname}, which is not in the build` };
  return { file: rel, url };
}

function sizeOf(ctx: Ctx, rel: string): { raw: number; transfer: number; data: Buffer } {
  const data = readFileSync(path.join(ctx.distDir, rel));
  return { raw: data.length, transfer: TEXT.test(rel) ? gzipSize(data) : data.length, data };
}

function kindOf(rel: string): Resource['kind'] {
  if (/\.css$/i.test(rel)) return 'css';
  if (/\.(m?js)$/i.test(rel)) return 'js';
  if (FONT.test(rel)) return 'font';
  if (/\.(png|jpe?g|gif|webp|avif|svg|ico)$/i.test(rel)) return 'image';
  if (/\.html$/i.test(rel)) return 'document';
  return 'other';
}

/** `url(...)` and `@import` targets of a stylesheet. */
export function cssReferences(css: string): { imports: string[]; urls: string[] } {
  const clean = css.replace(/\/\*[\s\S]*?\*\//g, '');
  const imports = [...clean.matchAll(/@import\s+(?:url\(\s*)?["']?([^"')\s;]+)["']?\s*\)?/gi)].map((m) => m[1]!);
  const urls = [...clean.matchAll(/url\(\s*(?:"([^"]*)"|'([^']*)'|([^)]*?))\s*\)/gi)]
    .map((m) => (m[1] ?? m[2] ?? m[3] ?? '').trim())
    .filter((u) => !imports.includes(u));
  return { imports, urls };
}

export function weighPage(distDir: string, page: string, basePath: string, siteOrigin: string): PageWeight {
  const ctx: Ctx = { distDir, basePath, siteOrigin };
  const htmlFile = page === '' || page.endsWith('/') ? path.join(page, 'index.html') : `${page}.html`;
  const html = readFileSync(path.join(distDir, htmlFile), 'utf8');
  const pageUrl = new URL(basePath + page, siteOrigin);
  const w: PageWeight = {
    page,
    htmlRaw: Buffer.byteLength(html),
    htmlGzip: gzipSize(html),
    cssGzip: 0,
    jsRaw: 0,
    jsGzip: 0,
    resources: [],
    firstVisit: 0,
    renderBlocking: [],
    problems: [],
    cardImages: [],
  };
  const seen = new Set<string>();

  const fetchOnce = (raw: string, from: URL, via: string, onCss?: (css: string, url: URL) => void): void => {
    const hit = resolveLocal(ctx, raw, from);
    if (!hit) return;
    if ('problem' in hit) {
      w.problems.push(`${via}: ${hit.problem}`);
      return;
    }
    if (/^og\//.test(hit.file)) {
      w.cardImages.push(hit.file);
      return;
    }
    if (seen.has(hit.file)) return;
    seen.add(hit.file);
    const { raw: rawSize, transfer, data } = sizeOf(ctx, hit.file);
    const kind = kindOf(hit.file);
    w.resources.push({ file: hit.file, kind, via, raw: rawSize, transfer });
    if (kind === 'css') {
      w.cssGzip += transfer;
      onCss?.(data.toString('utf8'), hit.url);
    }
    if (kind === 'js') {
      w.jsRaw += rawSize;
      w.jsGzip += transfer;
    }
  };

  // Stylesheets pull in @imports (which block render too) and url()s (fonts, images).
  const readCss = (css: string, from: URL, name: string): void => {
    const { imports, urls } = cssReferences(css);
    for (const i of imports) {
      w.renderBlocking.push(`@import ${i} in ${name}`);
      fetchOnce(i, from, `@import in ${name}`, (c, u) => readCss(c, u, u.pathname));
    }
    for (const u of urls) fetchOnce(u, from, `url() in ${name}`);
  };

  for (const style of rawTextElements(html, 'style')) {
    w.cssGzip += gzipSize(style.text);
    readCss(style.text, pageUrl, 'inline <style>');
  }
  for (const script of rawTextElements(html, 'script')) {
    if (script.attrs.has('src') || !JS_TYPES.test(script.attrs.get('type') ?? '')) continue;
    w.jsRaw += Buffer.byteLength(script.text);
    w.jsGzip += gzipSize(script.text);
  }

  let inHead = true;
  for (const tag of startTags(html)) {
    const a = tag.attrs;
    if (tag.name === 'body') inHead = false;
    if (tag.name === 'link' && a.has('href')) {
      const rel = (a.get('rel') ?? '').toLowerCase().split(/\s+/);
      const href = a.get('href')!;
      if (rel.includes('stylesheet')) {
        const local = resolveLocal(ctx, href, pageUrl);
        if (local && 'problem' in local) w.renderBlocking.push(`stylesheet ${href} (not a local stylesheet)`);
        fetchOnce(href, pageUrl, 'link[rel=stylesheet]', (css, url) => readCss(css, url, url.pathname));
      } else if (rel.some((r) => ['icon', 'apple-touch-icon', 'preload', 'modulepreload', 'manifest'].includes(r))) {
        fetchOnce(href, pageUrl, `link[rel=${rel.join(' ')}]`);
      }
      // canonical, alternate, prefetch, next…: not fetched on a first visit.
    }
    if (tag.name === 'script' && a.has('src')) {
      const type = a.get('type') ?? '';
      if (!JS_TYPES.test(type)) continue;
      const deferred = a.has('defer') || a.has('async') || type.toLowerCase() === 'module';
      if (!deferred) w.renderBlocking.push(`<script src="${a.get('src')}"> without defer/async${inHead ? ' in <head>' : ''}`);
      fetchOnce(a.get('src')!, pageUrl, 'script');
    }
    if (['img', 'source', 'image', 'input', 'video', 'audio', 'iframe', 'embed', 'track'].includes(tag.name)) {
      if (tag.name === 'input' && (a.get('type') ?? '').toLowerCase() !== 'image') continue;
      const srcset = a.get('srcset');
      // The largest candidate: what a dense screen fetches.
      if (srcset) {
        const candidates = srcset
          .split(',')
          .map((c) => c.trim().split(/\s+/)[0]!)
          .filter(Boolean);
        const sized = candidates
          .map((c) => ({ c, hit: resolveLocal(ctx, c, pageUrl) }))
          .map(({ c, hit }) => ({ c, size: hit && !('problem' in hit) ? sizeOf(ctx, hit.file).transfer : 0 }));
        const largest = sized.sort((x, y) => y.size - x.size)[0];
        if (largest) fetchOnce(largest.c, pageUrl, `${tag.name}[srcset]`);
      }
      for (const attr of ['src', 'poster', 'href']) {
        const value = a.get(attr);
        if (value === undefined) continue;
        if (tag.name === 'image' && attr !== 'href') continue;
        fetchOnce(value, pageUrl, `${tag.name}[${attr}]`);
      }
    }
    if (a.has('style')) readCss(a.get('style')!, pageUrl, `style attribute on <${tag.name}>`);
  }

  w.firstVisit = w.htmlGzip + w.resources.reduce((sum, r) => sum + r.transfer, 0);
  return w;
}

/** Every stylesheet and script in the build, whoever loads it: the site-wide CSS and JS totals. */
export function siteAssets(distDir: string, files: string[], htmlPages: string[]): { cssGzip: number; jsRaw: number; jsFiles: string[]; cssParts: string[] } {
  const cssTexts = new Set<string>();
  const jsTexts = new Set<string>();
  const jsFiles: string[] = [];
  const cssParts: string[] = [];
  for (const f of files) {
    if (/\.css$/i.test(f)) {
      cssTexts.add(readFileSync(path.join(distDir, f), 'utf8'));
      cssParts.push(f);
    }
    if (/\.m?js$/i.test(f)) {
      jsTexts.add(readFileSync(path.join(distDir, f), 'utf8'));
      jsFiles.push(f);
    }
  }
  for (const p of htmlPages) {
    const html = readFileSync(path.join(distDir, p), 'utf8');
    for (const s of rawTextElements(html, 'style')) {
      if (cssTexts.has(s.text)) continue;
      cssTexts.add(s.text);
      cssParts.push(`inline <style> in ${p}`);
    }
    for (const s of rawTextElements(html, 'script')) {
      if (s.attrs.has('src') || !JS_TYPES.test(s.attrs.get('type') ?? '') || jsTexts.has(s.text)) continue;
      jsTexts.add(s.text);
      jsFiles.push(`inline <script> in ${p}`);
    }
  }
  return {
    cssGzip: [...cssTexts].reduce((sum, t) => sum + gzipSize(t), 0),
    jsRaw: [...jsTexts].reduce((sum, t) => sum + Buffer.byteLength(t), 0),
    jsFiles,
    cssParts,
  };
}

/** `12.3 KB` */
export function kb(bytes: number): string {
  return `${(bytes / KB).toFixed(1)} KB`;
}
