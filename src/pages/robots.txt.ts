/** robots.txt: everything may be crawled; points to the sitemap (absolute, with the base path). */
import type { APIRoute } from 'astro';
import { siteUrl } from '../build/page-meta.ts';
import { routes } from '../lib/urls.ts';

export const GET: APIRoute = () =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${siteUrl(routes.sitemap())}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
