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

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

/** One side of a comparison card. */
export interface CardSide {
  /** Initiative name, e.g. "Riverside Lab". */
  name: string;
  /** The key figure large, in the comparison's currency: "about €140k", "€250m"; "No figure". */
  big: string;
  /** Country, e.g. "Mexico". */
  place: string;
  /** Key figure as stated, e.g. "about 2 million BRL". */
  figure: string;
  /** What the figure is, beside it: status, whose money and who says so, as stated with the rate, period, scope ("StreamCo’s share, as estimated by … · about 2 million BRL as stated, at 1 EUR = about 6.3 BRL (3 March 2025, Fixture Wire) · this initiative"). */
  figureNote: string;
  /** For a side with no figure of the card's measure: what its report gives instead with its status in brief, its worst aspects alone ("for this initiative; instead: Netflix’s spending, 250 million EUR (per year, national, value not settled)"), for texts with less room. */
  figureNoteBrief?: string;
  /** Sourcing in a few words: "4 named people quoted". */
  sourcing: string;
}

export type CardModel =
  | { kind: 'home'; kicker: string; title: string; subtitle: string; sides: string[] }
  | { kind: 'article'; kicker: string; title: string; lines: string[] }
  | { kind: 'comparison'; kicker: string; title: string; left: CardSide; right: CardSide; footnote: string; verdict: string }
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

/**
 * Feeds and chats show a card 500 px wide or less: the content takes the card's width but for a
 * thin band of each side's colour at either edge, so its text can be large.
 */
const BAND = 20;
const CONTENT = CARD_WIDTH - 2 * BAND;
/**
 * The smallest text on any card: 13 px where a newsletter shows the card 560 px wide (the share
 * snippet, `SNIPPET_WIDTH` less its padding), 11.7 px in a chat's 500 px preview.
 */
export const MIN_TEXT = 28;
// Satori sizes boxes without their padding: each width and height below is the outer size less the padding.

function band(colour: string): Node {
  return el('div', { display: 'flex', width: BAND, height: CARD_HEIGHT, background: colour, flexShrink: 0 });
}

/** The site's name (beside the kicker) and its tagline (the last line), in the card's language. */
export interface CardBands {
  siteName: string;
  tagline: string;
}

function frame(kickerText: string, content: Child[], bands: CardBands, colours: [string, string] = [LEFT, RIGHT]): Node {
  return el(
    'div',
    { width: CARD_WIDTH, height: CARD_HEIGHT, display: 'flex', background: PAPER, color: INK, fontFamily: 'Noto Sans' },
    band(colours[0]),
    el(
      'div',
      {
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'center',
        width: CONTENT - 84,
        height: CARD_HEIGHT - 48,
        padding: '24px 42px',
        flexShrink: 0,
      },
      el(
        'div',
        { display: 'flex', flexWrap: 'wrap', justifyContent: 'space-between', alignItems: 'baseline', fontSize: MIN_TEXT, lineHeight: 1.2 },
        el('div', { fontWeight: 700, letterSpacing: 2, color: ACCENT, textTransform: 'uppercase', marginRight: 24 }, kickerText),
        el('div', { color: MUTED }, bands.siteName),
      ),
      ...content,
      el('div', { fontSize: MIN_TEXT, color: MUTED, marginTop: 12, lineHeight: 1.15 }, bands.tagline),
    ),
    band(colours[1]),
  );
}

const title = (text: string, size = 52) => el('div', { fontSize: size, fontWeight: 700, lineHeight: 1.15, marginTop: 12 }, text);

/**
 * A report or page card's title size: smaller as the title grows, so the kicker above it and the
 * lines below it stay on the card (at 52 px, a 120-character title pushed both off its edges).
 */
export function cardTitleSize(text: string): number {
  const length = [...text].length;
  return length > 90 ? 40 : length > 60 ? 46 : 52;
}
const line = (text: string) => el('div', { fontSize: MIN_TEXT, color: MUTED, marginTop: 14, lineHeight: 1.3 }, text);

/**
 * One side: its name and its figure on one line (the name above when both do not fit), and beside
 * them every note of the figure. Its colour is a bar of its own, not a border: satori draws a
 * border through a clip path and a mask, which cost resvg a layer the size of the card.
 */
function side(s: CardSide, colour: string): Node {
  return el(
    'div',
    { display: 'flex', marginTop: 12 },
    el('div', { width: 10, background: colour, flexShrink: 0 }),
    el(
      'div',
      // A word too long for the column breaks at its edge (`minWidth: 0` lets the boxes be narrower
      // than their longest word): nothing is cut off or drawn over the band. `overflowWrap`, not
      // `wordBreak`: satori then measures no word letter by letter unless it overflows.
      { display: 'flex', flexDirection: 'column', flexGrow: 1, minWidth: 0, paddingLeft: 20, paddingBottom: 6, overflowWrap: 'break-word' },
      el(
        'div',
        { display: 'flex', flexWrap: 'wrap', alignItems: 'baseline' },
        el('div', { fontSize: 32, fontWeight: 700, color: colour, marginRight: 24, minWidth: 0 }, s.name),
        el('div', { fontSize: 42, fontWeight: 700, lineHeight: 1, minWidth: 0 }, s.big),
      ),
      el('div', { fontSize: MIN_TEXT, color: MUTED, lineHeight: 1.15 }, s.figureNote),
    ),
  );
}

/** The element tree of a card. */
export function cardTree(model: CardModel, bands: CardBands): CardTree {
  switch (model.kind) {
    case 'home':
      return frame(
        model.kicker,
        [
          title(model.title, 60),
          line(model.subtitle),
          ...model.sides.map((s, i) => el('div', { fontSize: 30, fontWeight: 700, marginTop: 12, color: i % 2 === 0 ? LEFT : RIGHT }, s)),
        ],
        bands,
        [ACCENT, ACCENT],
      );
    case 'article':
    case 'page':
      return frame(model.kicker, [title(model.title, cardTitleSize(model.title)), ...model.lines.map(line)], bands, [ACCENT, ACCENT]);
    case 'comparison':
      return frame(
        model.kicker,
        [
          // The finding first and largest; then each side's key figure with all its notes.
          title(model.title, 44),
          side(model.left, LEFT),
          side(model.right, RIGHT),
          el('div', { fontSize: MIN_TEXT, color: MUTED, marginTop: 6, lineHeight: 1.15 }, model.footnote),
        ],
        bands,
        [LEFT, RIGHT],
      );
  }
}

/** 10 hex digits of a SHA-256 over the card's tree: it changes when the card's text or layout changes. */
export function cardId(tree: CardTree): string {
  return createHash('sha256').update(JSON.stringify(tree)).digest('hex').slice(0, 10);
}

/** A card's file name under og/: `<key>-<cardId>.png`. */
export function cardFileName(key: string, tree: CardTree): string {
  return `${key}-${cardId(tree)}.png`;
}
