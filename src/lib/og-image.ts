/**
 * Link-card images (Open Graph / Twitter): 1200×630 PNGs drawn at build time with satori
 * (layout → SVG) and resvg (SVG → PNG), from plain card models. Fonts come from the
 * `@fontsource/noto-sans` package on disk (latin + latin-ext, so "Cinémathèque" and
 * "Kourtrajmé" render); nothing is fetched. Output is deterministic: same model, same bytes,
 * same content hash in the file name, so link previewers re-fetch only when a card changes.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Resvg, type ResvgRenderOptions } from '@resvg/resvg-js';
import satori from 'satori';

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

/** One side of a comparison card. */
export interface CardSide {
  /** Initiative name, e.g. "Jalisco Lab". */
  name: string;
  /** Country, e.g. "Mexico". */
  place: string;
  /** Key figure as words, e.g. "about 3 million MXN". */
  figure: string;
  /** What the figure is, e.g. "≈ 140,000 EUR · one-off · this programme". */
  figureNote: string;
  /** Sourcing in a few words: "4 named people quoted". */
  sourcing: string;
}

export type CardModel =
  | { kind: 'home'; title: string; subtitle: string; sides: string[] }
  | { kind: 'article'; kicker: string; title: string; lines: string[] }
  | { kind: 'comparison'; kicker: string; title: string; left: CardSide; right: CardSide; footnote: string }
  | { kind: 'page'; kicker: string; title: string; lines: string[] };

export interface RenderedCard {
  png: Uint8Array;
  /** First 10 hex digits of the PNG's SHA-256. */
  hash: string;
}

// Satori takes element trees shaped like React elements; this keeps them readable.
type Node = { type: string; props: { style?: Record<string, unknown>; children?: Child | Child[] } };
type Child = Node | string;
const el = (type: string, style: Record<string, unknown>, ...children: Child[]): Node => ({ type, props: { style, children } });

const INK = '#1c1b19';
const MUTED = '#5b5852';
const PAPER = '#fdfcf9';
const ACCENT = '#8a2b1d';
const LEFT = '#1f5f8b';
const RIGHT = '#8a4b0f';

let fonts: { name: string; data: Buffer; weight: 400 | 700; style: 'normal' }[] | undefined;

/** Reads the font files once. Resolved from the project root, as the build runs there. */
function loadFonts() {
  if (fonts) return fonts;
  const require = createRequire(join(process.cwd(), 'package.json'));
  const file = (subset: string, weight: 400 | 700) =>
    readFileSync(require.resolve(`@fontsource/noto-sans/files/noto-sans-${subset}-${weight}-normal.woff`));
  fonts = (['latin', 'latin-ext'] as const).flatMap((subset) =>
    ([400, 700] as const).map((weight) => ({ name: 'Noto Sans', data: file(subset, weight), weight, style: 'normal' as const })),
  );
  return fonts;
}

function frame(kicker: string, body: Child[], footer: string): Node {
  return el(
    'div',
    { width: CARD_WIDTH, height: CARD_HEIGHT, display: 'flex', flexDirection: 'column', background: PAPER, color: INK, fontFamily: 'Noto Sans' },
    el('div', { height: 14, background: ACCENT, flexShrink: 0 }),
    el(
      'div',
      { display: 'flex', flexDirection: 'column', height: CARD_HEIGHT - 14, padding: '44px 64px 32px' },
      el('div', { fontSize: 26, fontWeight: 700, letterSpacing: 2, color: ACCENT, textTransform: 'uppercase' }, kicker),
      el('div', { display: 'flex', flexDirection: 'column', flexGrow: 1, flexShrink: 1, marginTop: 14, overflow: 'hidden' }, ...body),
      el('div', { display: 'flex', flexShrink: 0, borderTop: `2px solid #dcd8cf`, paddingTop: 14, fontSize: 24, color: MUTED }, footer),
    ),
  );
}

const title = (text: string, size = 56) => el('div', { fontSize: size, fontWeight: 700, lineHeight: 1.15 }, text);
const line = (text: string) => el('div', { fontSize: 30, color: MUTED, marginTop: 16, lineHeight: 1.3 }, text);

function side(s: CardSide, colour: string): Node {
  return el(
    'div',
    { display: 'flex', flexDirection: 'column', width: 520, borderLeft: `8px solid ${colour}`, paddingLeft: 22 },
    el('div', { fontSize: 34, fontWeight: 700, color: colour }, s.name),
    el('div', { fontSize: 22, color: MUTED }, s.place),
    el('div', { fontSize: 40, fontWeight: 700, marginTop: 10, lineHeight: 1.15 }, s.figure),
    el('div', { fontSize: 22, color: MUTED, marginTop: 4, lineHeight: 1.3 }, s.figureNote),
    el('div', { fontSize: 24, marginTop: 10 }, s.sourcing),
  );
}

/** The element tree of a card (exported for tests). */
export function cardTree(model: CardModel, siteName: string): Node {
  switch (model.kind) {
    case 'home':
      return frame('Two reports, checked', [title(model.title, 64), line(model.subtitle), el('div', { display: 'flex', gap: 24, marginTop: 28, fontSize: 30, fontWeight: 700 }, ...model.sides.map((s, i) => el('div', { color: i === 0 ? LEFT : RIGHT }, s)))], siteName);
    case 'article':
    case 'page':
      return frame(model.kicker, [title(model.title), ...model.lines.map(line)], siteName);
    case 'comparison':
      return frame(
        model.kicker,
        [title(model.title, 42), el('div', { display: 'flex', justifyContent: 'space-between', marginTop: 22 }, side(model.left, LEFT), side(model.right, RIGHT)), el('div', { fontSize: 22, color: MUTED, marginTop: 18 }, model.footnote)],
        siteName,
      );
  }
}

/** resvg's options for a card (JSON-safe, so another thread can rasterise with the very same). */
export const RESVG_OPTIONS = { fitTo: { mode: 'width', value: CARD_WIDTH }, font: { loadSystemFonts: false } } as const satisfies ResvgRenderOptions;

/** Step 1 of 2: the card as SVG (satori: layout, text as paths). */
export function cardSvg(model: CardModel, siteName: string): Promise<string> {
  return satori(cardTree(model, siteName) as unknown as Parameters<typeof satori>[0], { width: CARD_WIDTH, height: CARD_HEIGHT, fonts: loadFonts() });
}

/** Step 2 of 2: the SVG as PNG (resvg). */
export function svgToPng(svg: string): Uint8Array {
  return new Uint8Array(new Resvg(svg, RESVG_OPTIONS).render().asPng());
}

/** First 10 hex digits of the PNG's SHA-256: the card's file name changes when its bytes do. */
export function pngHash(png: Uint8Array): string {
  return createHash('sha256').update(png).digest('hex').slice(0, 10);
}

/** Renders a card to PNG with its content hash. */
export async function renderCard(model: CardModel, siteName: string): Promise<RenderedCard> {
  const png = svgToPng(await cardSvg(model, siteName));
  return { png, hash: pngHash(png) };
}

/** Reads width and height from a PNG's IHDR chunk (for tests and checks). */
export function pngSize(png: Uint8Array): { width: number; height: number } {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const signature = [0x89, 0x50, 0x4e, 0x47];
  if (!signature.every((b, i) => png[i] === b)) throw new Error('not a PNG');
  return { width: view.getUint32(16), height: view.getUint32(20) };
}
