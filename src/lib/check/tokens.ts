/**
 * Tokens of a normalised text (see `normalise` in evidence.ts: one space between words, quote
 * marks and apostrophes unified, NFC), with their offsets, for reading figures, dates, hedges,
 * periods and speakers word by word.
 *
 * A token is a run of digits with its inner separators ("25,000", "1,5", "3'000'000"), a word
 * (letters and combining marks: "millions", "Núñez"), or any other single character ("€",
 * "-", "'", "%", "|"). `key` is the token in lower case without accents: what the vocabulary
 * tables are keyed by ("Millón" → "millon"). Pure.
 */

export type Lang = 'en' | 'fr' | 'es';

/** The languages whose figures and dates the check reads. */
const LANGS: readonly Lang[] = ['en', 'fr', 'es'];

/** The language of a BCP 47 tag the check reads (`fr-CA` → `fr`), or null. */
export function langOf(tag: string | null | undefined): Lang | null {
  const primary = (tag ?? '').toLowerCase().split('-')[0];
  return (LANGS as readonly string[]).includes(primary ?? '') ? (primary as Lang) : null;
}

export interface Token {
  /** As written. */
  text: string;
  /** Lower case, accents removed. */
  key: string;
  start: number;
  end: number;
  kind: 'digits' | 'word' | 'other';
}

/** Digits (group 1), a word (group 2), or any other single character. */
const TOKEN = /(\d+(?:[.,']\d+)*)|(\p{L}[\p{L}\p{M}]*)|\S/gu;

const stripAccents = (text: string): string => text.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');

/** `key` of a word: lower case, no accents. */
export const keyOf = (text: string): string => {
  const lower = text.toLowerCase();
  return /^[\x00-\x7f]*$/.test(lower) ? lower : stripAccents(lower); // eslint-disable-line no-control-regex -- ASCII needs no stripping
};

/** The tokens of `text`. Linear in its length. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const value = m[0];
    const kind = m[1] !== undefined ? 'digits' : m[2] !== undefined ? 'word' : 'other';
    tokens.push({ text: value, key: kind === 'word' ? keyOf(value) : value, start: m.index, end: m.index + value.length, kind });
  }
  return tokens;
}

/** What separates token `i` from the one before it in `text` ('' when attached, ' ' after a space). */
export function gapBefore(text: string, tokens: readonly Token[], i: number): string {
  return i <= 0 || i >= tokens.length ? ' ' : text.slice(tokens[i - 1]!.end, tokens[i]!.start);
}

/** True when `ch` is part of a word or number: a letter, a digit or a combining mark. */
export const isWordChar = (ch: string | undefined): boolean => ch !== undefined && /[\p{L}\p{N}\p{M}]/u.test(ch);

/**
 * Words and phrases with what they mean, looked up by their first token. A phrase matches
 * tokens separated by one space or attached ("plus de", "jusqu'à" = jusqu + ' + a, "m²").
 */
export class Vocabulary<T> {
  private readonly byFirst = new Map<string, { keys: string[]; value: T }[]>();

  constructor(entries: Iterable<readonly [string, T]>) {
    for (const [entry, value] of entries) {
      const keys = tokenize(entry).map((t) => t.key);
      if (keys.length === 0) continue;
      const list = this.byFirst.get(keys[0]!) ?? [];
      list.push({ keys, value });
      this.byFirst.set(keys[0]!, list);
    }
  }

  /** The longest entry starting at token `i`, with the index after it; or null. */
  match(text: string, tokens: readonly Token[], i: number): { value: T; end: number } | null {
    const first = tokens[i];
    if (!first) return null;
    let best: { value: T; end: number } | null = null;
    for (const { keys, value } of this.byFirst.get(first.key) ?? []) {
      if (i + keys.length > tokens.length || (best && keys.length <= best.end - i)) continue;
      let ok = true;
      for (let k = 1; k < keys.length && ok; k++) ok = tokens[i + k]!.key === keys[k] && /^ ?$/.test(gapBefore(text, tokens, i + k));
      if (ok) best = { value, end: i + keys.length };
    }
    return best;
  }

  /** True when `key` starts an entry. */
  starts(key: string): boolean {
    return this.byFirst.has(key);
  }
}
