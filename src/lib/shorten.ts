/**
 * The one way the site shortens a text of ours (a description, an alt text, a link's label):
 * at a boundary a reader can see, with an ellipsis, never inside a bracket or a quotation (no
 * quoted words are shown cut short). Pure.
 */
import { SCALE_WORDS } from './money.ts';

/** A number at the end of a text, with its currency sign or our "≈" and any scale word after it ("funds 250", "around 2 billion"). */
const TRAILING_NUMBER = new RegExp(`(^|\\s)[\\p{Sc}≈]?\\d[\\d\\s.,\\u00a0\\u202f]*(?:\\s(?:${SCALE_WORDS.source}))?$`, 'u');

/** Where a shortened text may end: `clause` (whole sentences, else a clause, else a word), or `word` only. */
export type ShortenAt = 'clause' | 'word';

const QUOTES: [string, string][] = [
  ['(', ')'],
  ['“', '”'],
  ['«', '»'],
];

/** The opening marks `text` leaves open: more brackets or quotation marks opened than closed, or an odd number of straight quotes. */
function openMarks(text: string): string[] {
  const count = (mark: string) => text.split(mark).length - 1;
  const open = QUOTES.filter(([o, c]) => count(o) > count(c)).map(([o]) => o);
  return count('"') % 2 === 1 ? [...open, '"'] : open;
}

/** `text` up to before the last bracket or quotation mark it leaves open. */
function beforeOpen(text: string): string {
  let open = openMarks(text);
  while (open.length > 0) {
    text = text.slice(0, Math.max(...open.map((mark) => text.lastIndexOf(mark))));
    open = openMarks(text);
  }
  return text;
}

/**
 * `text` cut to at most `max` characters, ellipsis included. With `at: 'clause'`: whole
 * sentences when more than half of `max` fits in them (no ellipsis); else up to the last clause
 * boundary (a semicolon, colon, comma or dash, or the end of a bracket or quotation) outside any
 * bracket or quotation, past 40 % of `max`; else at a word. A cut at a word ends before any
 * bracket or quotation it would leave open, never inside a figure held by no-break spaces and
 * never right after a number (its unit or scale would be cut off); trailing punctuation goes
 * before the ellipsis.
 */
export function shorten(text: string, max: number, at: ShortenAt = 'clause'): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  if (at === 'clause') {
    const sentence = Math.max(cut.lastIndexOf('. '), cut.lastIndexOf('? '), cut.lastIndexOf('! '));
    if (sentence > max * 0.5 && openMarks(cut.slice(0, sentence + 1)).length === 0) return cut.slice(0, sentence + 1);
    const clauses = [...cut.matchAll(/(?:[;:,]| [—–]|[)”»])(?= )/g)].map((c) => (/[)”»]/.test(c[0]) ? c.index + 1 : c.index)).reverse();
    const clause = clauses.find((end) => end > max * 0.4 && openMarks(cut.slice(0, end)).length === 0);
    if (clause !== undefined) return `${cut.slice(0, clause).trimEnd()}…`;
  }
  // A no-break space holds a figure or a date together: no cut there.
  const space = cut.search(/[^\S\u00a0\u202f](?:\S|[\u00a0\u202f])*$/u);
  const words = space > max * 0.6 || (at === 'word' && space > 0) ? cut.slice(0, space) : cut;
  // Nor after a number whose unit or scale the cut left out ("funds 250…").
  return `${beforeOpen(words)
    .replace(/[\s,;:(.–-]+$/u, '')
    .replace(TRAILING_NUMBER, '')
    .replace(/[\s,;:(.–-]+$/u, '')}…`;
}
