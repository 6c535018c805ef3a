/**
 * A tiny static server that answers like GitHub Pages does for a project site, so the tests and
 * scripts see the site as readers get it:
 *
 * - `dist/` is mounted under the base path (`/netflix-initiatives/`); nothing else is served.
 * - A directory answers with its `index.html`; a directory asked for without its trailing slash
 *   answers 301 to the slashed address (query string kept), as Pages does.
 * - A miss answers `404.html` (from the root of `dist/`) with status 404.
 * - No custom headers: only what Pages always sends (type, length, a 10-minute cache, gzip for
 *   text when asked), so no test can pass thanks to a header we could not set on Pages.
 * - Content types from the file extension, with `charset=utf-8` on text, like Pages.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'application/javascript; charset=utf-8',
  '.mjs': 'application/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.jsonld': 'application/ld+json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.xml': 'application/xml',
  '.rss': 'application/rss+xml',
  '.xsl': 'application/xslt+xml',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.pdf': 'application/pdf',
  '.zip': 'application/zip',
};

/** Types Pages compresses when the client accepts gzip. */
const COMPRESSIBLE = /^(text\/|application\/(javascript|json|ld\+json|manifest\+json|xml|rss\+xml|xslt\+xml)|image\/svg\+xml)/;

export function contentType(file: string): string {
  return TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

export interface StaticServer {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  /** `http://127.0.0.1:<port>/netflix-initiatives/` */
  baseUrl: string;
  port: number;
  close(): Promise<void>;
}

export interface ServeOptions {
  /** The built site (`astro build --outDir`). */
  dist: string;
  /** The base path the site was built for, with slashes: `/netflix-initiatives/`. */
  base: string;
  /** 0 picks a free port. */
  port?: number;
  host?: string;
}

async function fileAt(p: string): Promise<'file' | 'dir' | null> {
  try {
    const s = await stat(p);
    return s.isFile() ? 'file' : s.isDirectory() ? 'dir' : null;
  } catch {
    return null;
  }
}

export async function startServer({ dist, base, port = 0, host = '127.0.0.1' }: ServeOptions): Promise<StaticServer> {
  const root = path.resolve(dist);
  const mount = `/${base.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');

  async function send(req: IncomingMessage, res: ServerResponse, status: number, file: string): Promise<void> {
    let body: Buffer = await readFile(file);
    const type = contentType(file);
    const headers: Record<string, string> = { 'Content-Type': type, 'Cache-Control': 'max-age=600' };
    if (COMPRESSIBLE.test(type)) {
      headers.Vary = 'Accept-Encoding';
      if (/\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
        body = gzipSync(body);
        headers['Content-Encoding'] = 'gzip';
      }
    }
    headers['Content-Length'] = String(body.length);
    res.writeHead(status, headers);
    res.end(req.method === 'HEAD' ? undefined : body);
  }

  async function notFound(req: IncomingMessage, res: ServerResponse, inSite: boolean): Promise<void> {
    const page = path.join(root, '404.html');
    if (inSite && (await fileAt(page)) === 'file') return send(req, res, 404, page);
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
    res.end(req.method === 'HEAD' ? undefined : 'Not found\n');
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' });
      res.end();
      return;
    }
    const url = new URL(req.url ?? '/', 'http://x');
    let pathname: string;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      return notFound(req, res, false);
    }
    // The mount point itself without its slash: Pages redirects it like any directory.
    if (mount !== '/' && pathname === mount.slice(0, -1)) {
      res.writeHead(301, { Location: mount + url.search });
      res.end();
      return;
    }
    if (!pathname.startsWith(mount)) return notFound(req, res, false);
    const rel = pathname.slice(mount.length);
    const target = path.resolve(root, rel);
    if (target !== root && !target.startsWith(root + path.sep)) return notFound(req, res, true);
    const kind = await fileAt(target);
    if (kind === 'file' && !rel.endsWith('/')) return send(req, res, 200, target);
    if (kind === 'dir') {
      if (!pathname.endsWith('/')) {
        res.writeHead(301, { Location: url.pathname + '/' + url.search });
        res.end();
        return;
      }
      const index = path.join(target, 'index.html');
      if ((await fileAt(index)) === 'file') return send(req, res, 200, index);
    }
    // Pages also serves `/x` from `x.html` (how it serves format: 'file' builds).
    if (!rel.endsWith('/') && (await fileAt(`${target}.html`)) === 'file') return send(req, res, 200, `${target}.html`);
    return notFound(req, res, true);
  }

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end(String(error));
    });
  });
  // Keep-alive sockets would hold close() open; Pages' own timeouts don't matter here.
  server.keepAliveTimeout = 1000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  const actual = (server.address() as AddressInfo).port;
  const origin = `http://${host}:${actual}`;
  return {
    origin,
    baseUrl: origin + mount,
    port: actual,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
