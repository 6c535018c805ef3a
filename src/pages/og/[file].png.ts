/**
 * Card images: `og/<key>-<cardId>.png`. Listing them starts drawing them all in worker threads,
 * while the other pages render; each card's response waits for its own PNG.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { drawCards } from '../../data/seo.ts';

export const getStaticPaths = (async () =>
  (await drawCards()).map(({ file, png }) => ({ params: { file: file.replace(/\.png$/, '') }, props: { png } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ png: Promise<Uint8Array> }> = async ({ props }) =>
  new Response((await props.png) as Uint8Array<ArrayBuffer>, { headers: { 'Content-Type': 'image/png' } });
