/**
 * Link-card images (Open Graph / Twitter): 1200×630 PNGs drawn at build time with satori
 * (layout → SVG) and resvg (SVG → PNG), from plain card models. This module turns models into
 * element trees and names; the cards integration (src/integrations/cards.ts) draws them, with
 * the fonts of the `@fontsource/noto-sans` package (latin + latin-ext, so accented names such as
 * "Ciudad Juárez" and "Île-de-France" render); nothing is fetched. Output is deterministic: same
 * model, same bytes.
 *
 * A card's file name carries `cardId`, a hash of its element tree (text and layout), so link
 * previewers re-fetch when a card changes, and pages name their card without drawing it.
 */
import { createHash } from 'node:crypto';
import type { ResvgRenderOptions } from '@resvg/resvg-js';

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

/** One side of a comparison card. */
export interface CardSide {
  /** Initiative name, e.g. "Riverside Lab". */
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
  | { kind: 'home'; kicker: string; title: string; subtitle: string; sides: string[] }
  | { kind: 'article'; kicker: string; title: string; lines: string[] }
  | { kind: 'comparison'; kicker: string; title: string; left: CardSide; right: CardSide; footnote: string }
  | { kind: 'page'; kicker: string; title: string; lines: string[] };

// Satori takes element trees shaped like React elements (plain JSON); this keeps them readable.
type Node = { type: string; props: { style?: Record<string, unknown>; children?: Child | Child[] } };
type Child = Node | string;
/** A card as satori's input: plain JSON, so it can be hashed and sent to another thread. */
export type CardTree = Node;
const el = (type: string, style: Record<string, unknown>, ...children: Child[]): Node => ({ type, props: { style, children } });

const INK = '#1c1b19';
const MUTED = '#5b5852';
const PAPER = '#fdfcf9';
const ACCENT = '#8a2b1d';
const LEFT = '#1f5f8b';
const RIGHT = '#8a4b0f';

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
    // A word too long for the column is cut at its edge, never drawn over the other side.
    { display: 'flex', flexDirection: 'column', width: 520, borderLeft: `8px solid ${colour}`, paddingLeft: 22, overflow: 'hidden' },
    el('div', { fontSize: 34, fontWeight: 700, color: colour }, s.name),
    el('div', { fontSize: 22, color: MUTED }, s.place),
    el('div', { fontSize: 40, fontWeight: 700, marginTop: 10, lineHeight: 1.15 }, s.figure),
    el('div', { fontSize: 22, color: MUTED, marginTop: 4, lineHeight: 1.3 }, s.figureNote),
    el('div', { fontSize: 24, marginTop: 10 }, s.sourcing),
  );
}

/** The element tree of a card. */
export function cardTree(model: CardModel, siteName: string): CardTree {
  switch (model.kind) {
    case 'home':
      return frame(model.kicker, [title(model.title, 64), line(model.subtitle), el('div', { display: 'flex', gap: 24, marginTop: 28, fontSize: 30, fontWeight: 700 }, ...model.sides.map((s, i) => el('div', { color: i === 0 ? LEFT : RIGHT }, s)))], siteName);
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

/** 10 hex digits of a SHA-256 over the card's tree: it changes when the card's text or layout changes. */
export function cardId(tree: CardTree): string {
  return createHash('sha256').update(JSON.stringify(tree)).digest('hex').slice(0, 10);
}

/** A card's file name under og/: `<key>-<cardId>.png`. */
export function cardFileName(key: string, tree: CardTree): string {
  return `${key}-${cardId(tree)}.png`;
}

/** Reads width and height from a PNG's IHDR chunk (for tests and checks). */
export function pngSize(png: Uint8Array): { width: number; height: number } {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const signature = [0x89, 0x50, 0x4e, 0x47];
  if (!signature.every((b, i) => png[i] === b)) throw new Error('not a PNG');
  return { width: view.getUint32(16), height: view.getUint32(20) };
}
