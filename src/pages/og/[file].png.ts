/** Card images: `og/<key>-<hash>.png`, rendered once per build by `allCards()`. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { allCards, type CardFile } from '../../data/seo.ts';

export const getStaticPaths = (async () =>
  [...(await allCards()).values()].map((card) => ({ params: { file: card.file.replace(/\.png$/, '') }, props: { card } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ card: CardFile }> = ({ props }) =>
  new Response(props.card.png as Uint8Array<ArrayBuffer>, { headers: { 'Content-Type': 'image/png' } });
