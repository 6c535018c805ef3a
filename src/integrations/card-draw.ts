/**
 * Draws one link card: satori lays its element tree out as SVG, resvg rasterises it, and
 * node:zlib deflates the pixels into a PNG. The same function serves the build's card worker and
 * `astro dev`, so both give the same bytes. Fonts are the `@fontsource/noto-sans` files
 * (latin + latin-ext); nothing is fetched.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { crc32, deflateSync } from 'node:zlib';
import { Resvg } from '@resvg/resvg-js';
import satori, { type SatoriOptions } from 'satori';
import { CARD_HEIGHT, CARD_WIDTH, type CardTree } from '../lib/og-image.ts';

/** A font as satori takes it, less its bytes: `path` is the file on disk (plain data, for a worker). */
export interface FontFile {
  name: string;
  path: string;
  weight: 400 | 700;
  style: 'normal';
}

/** The card fonts' files, resolved from the project root. */
export function fontFiles(root: string): FontFile[] {
  const require = createRequire(join(root, 'package.json'));
  return (['latin', 'latin-ext'] as const).flatMap((subset) =>
    ([400, 700] as const).map((weight) => ({
      name: 'Noto Sans',
      path: require.resolve(`@fontsource/noto-sans/files/noto-sans-${subset}-${weight}-normal.woff`),
      weight,
      style: 'normal' as const,
    })),
  );
}

export type Fonts = SatoriOptions['fonts'];

export const loadFonts = (files: FontFile[]): Fonts => files.map(({ path, ...font }) => ({ ...font, data: readFileSync(path) }));

/** One PNG chunk: length, type, data, and the CRC of type and data. */
function chunk(type: string, data: Uint8Array): Uint8Array[] {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(data, crc32(head.subarray(4))), 0);
  return [head, data, crc];
}

const STRIDE = CARD_WIDTH * 4 + 1; // each row: filter type 0 (none), then its pixels
/**
 * The filtered rows, one buffer for every card a thread draws: it is filled and deflated in one
 * synchronous stretch (no await between), so two drawings never share it at once. Each row's
 * filter byte stays 0.
 */
const rows = Buffer.alloc(STRIDE * CARD_HEIGHT);

/**
 * The card as an 8-bit RGBA PNG: rows unfiltered, deflated at level 1; this encoder costs about a
 * third of resvg's own `asPng()` (docs/build.md). Every card is opaque (its frame paints it
 * whole), so resvg's premultiplied pixels are a PNG's straight ones.
 */
export async function drawCard(tree: CardTree, fonts: Fonts): Promise<Buffer> {
  const svg = await satori(tree as Parameters<typeof satori>[0], { width: CARD_WIDTH, height: CARD_HEIGHT, fonts });
  const pixels = new Resvg(svg, { font: { loadSystemFonts: false } }).render().pixels;
  for (let y = 0; y < CARD_HEIGHT; y++) pixels.copy(rows, y * STRIDE + 1, y * CARD_WIDTH * 4, (y + 1) * CARD_WIDTH * 4);
  const header = Buffer.alloc(13);
  header.writeUInt32BE(CARD_WIDTH, 0);
  header.writeUInt32BE(CARD_HEIGHT, 4);
  header.set([8, 6, 0, 0, 0], 8); // bit depth 8, colour type RGBA, deflate, no filter, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    ...chunk('IHDR', header),
    ...chunk('IDAT', deflateSync(rows, { level: 1 })),
    ...chunk('IEND', Buffer.alloc(0)),
  ]);
}
