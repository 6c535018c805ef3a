/**
 * The test server answers like GitHub Pages, so what passes here passes there: directory
 * index, 301 to the slashed address, 404.html with status 404, nothing outside the base path,
 * content types by extension, and no headers Pages would not send.
 */
import { describe, expect, inject, test } from 'vitest';

const baseUrl = inject('baseUrl');
const serverOrigin = inject('serverOrigin');
const basePath = inject('basePath');

async function get(url: string, init: RequestInit = {}) {
  const res = await fetch(url, { redirect: 'manual', ...init });
  const body = await res.text();
  return { status: res.status, headers: res.headers, body };
}

describe('the static server behaves like GitHub Pages', () => {
  test('serves the home page at the base path, as UTF-8 HTML', async () => {
    const res = await get(baseUrl);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.body).toMatch(/^<!doctype html>/i);
  });

  test('redirects a directory without its slash, keeping the query', async () => {
    const root = await get(serverOrigin + basePath.slice(0, -1));
    expect(root.status).toBe(301);
    expect(root.headers.get('location')).toBe(basePath);
    const dir = await get(`${baseUrl}articles?utm_source=newsletter`);
    expect(dir.status).toBe(301);
    expect(dir.headers.get('location')).toBe(`${basePath}articles/?utm_source=newsletter`);
  });

  test('answers a miss with 404.html and status 404', async () => {
    const res = await get(`${baseUrl}no-such-page/`);
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.body).toContain('<title>');
  });

  test('serves nothing outside the base path, and no file outside dist', async () => {
    expect((await get(`${serverOrigin}/index.html`)).status).toBe(404);
    expect((await get(`${baseUrl}..%2f..%2fpackage.json`)).status).toBe(404);
    expect((await get(`${baseUrl}index.html/`)).status).toBe(404);
  });

  test('sends only the headers Pages sends, and gzip when asked', async () => {
    const plain = await get(baseUrl, { headers: { 'accept-encoding': 'identity' } });
    const names = [...plain.headers.keys()].sort();
    const allowed = ['cache-control', 'connection', 'content-length', 'content-type', 'date', 'keep-alive', 'vary'];
    expect(names.filter((n) => !allowed.includes(n))).toEqual([]);
    const gz = await fetch(baseUrl, { headers: { 'accept-encoding': 'gzip' } });
    expect(gz.headers.get('content-encoding')).toBe('gzip');
    expect(await gz.text()).toMatch(/^<!doctype html>/i);
  });

  test('HEAD works and other methods are refused', async () => {
    const head = await fetch(baseUrl, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect((await fetch(baseUrl, { method: 'POST' })).status).toBe(405);
  });

  test('types files by extension', async () => {
    const favicon = await get(`${baseUrl}favicon.svg`);
    expect(favicon.status).toBe(200);
    expect(favicon.headers.get('content-type')).toBe('image/svg+xml');
  });
});
