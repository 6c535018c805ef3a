/**
 * Reads the words of a figure (an amount's `stated`: "environ trois millions de pesos", "more
 * than 25,000 jobs", "1.5 billion") into what they give: the hedge, the number with its scale,
 * the currency or what is counted. Every word must be one of these, a connector ("de", "d'",
 * "of"), or for a count a word describing what is counted ("four end-of-year clips"); anything
 * else is refused by name, and so are numbers that are not counts: ordinals ("8th", "huitième"),
 * percentages ("25 pour cent"), fractions ("half", "1/2"), ranges ("20 to 30", "entre 20 et
 * 30"), days of a month ("20 septembre") and lone years ("2025"). In French, "neuf" reads as 9
 * only in number position (before what it counts or a scale word, or in a compound): alone, it
 * may be the adjective "new". In English, "once" is never 11. Pure.
 */
import { isNumberWord, isScaleWord, LANG_NAMES, parseNumberAt, type ParsedNumber } from './numbers.ts';
import { periodAt } from './periods.ts';
import { gapBefore, tokenize, type Lang, type Token, Vocabulary } from './tokens.ts';
import {
  CONNECTORS,
  CURRENCIES,
  FRACTION_WORDS,
  HEDGES,
  MONTHS,
  NEGATIONS,
  ORDINAL_SUFFIXES,
  ORDINAL_WORDS,
  PERCENT,
  RANGE_WORDS,
  TRAILING_HEDGES,
  UNITS,
  WEEKDAYS,
  type CurrencyWords,
  type Hedge,
  type Period,
  type Unit,
} from './vocabulary.ts';
import { YEAR_RANGE } from '../text-rules.ts';

export interface FigureWords {
  hedge: { hedge: Hedge; words: string } | null;
  number: ParsedNumber;
  /** The number as written ("trois millions", "1.5 billion"). */
  numberWords: string;
  currency: { codes: CurrencyWords; words: string } | null;
  unit: { unit: Unit; words: string } | null;
  /** True when the number could be a year (four digits, 1800–2100): a year word before it makes it one. */
  yearLike: boolean;
}

export type FigureResult = FigureWords | { error: string };

const q = (s: string) => `“${s}”`;

/** True when the month word at token `i` is in date position (English months are capitalised). */
export function isMonthAt(text: string, t: readonly Token[], i: number, lang: Lang): boolean {
  const match = MONTHS[lang].match(text, t, i);
  return match !== null && (lang !== 'en' || /^\p{Lu}/u.test(t[i]!.text));
}

/** Why the number at [start, end) is not a count, looking at its own tokens and the ones right after it; or null. */
function notACount(text: string, t: readonly Token[], start: number, end: number, lang: Lang): string | null {
  const words = text.slice(t[start]!.start, t[end - 1]!.end);
  const after = t[end];
  const afterGap = gapBefore(text, t, end);
  // "8th", "1er", "2ème", "1º", and the Spanish "1.º", "2.ª".
  const suffix = (token: Token | undefined) => token !== undefined && (ORDINAL_SUFFIXES.has(token.key) || ORDINAL_SUFFIXES.has(token.text));
  if (after && afterGap === '' && t[end - 1]!.kind === 'digits') {
    if (suffix(after)) return `${q(words + after.text)} is an ordinal (a rank), not a count`;
    if (after.text === '.' && /^[ºª°]/.test(t[end + 1]?.text ?? '') && gapBefore(text, t, end + 1) === '') {
      return `${q(words + '.' + t[end + 1]!.text)} is an ordinal (a rank), not a count`;
    }
  }
  for (let k = start; k < end; k++) {
    if (ORDINAL_WORDS[lang].match(text, t, k)) return `${q(t[k]!.text)} is an ordinal (a rank), not a count`;
  }
  // "vingt et unième", "twenty-first", "veintiuno" as "vigésimo primero": a compound ending in an ordinal.
  const joiner = after && ['et', 'y', 'and', '-'].includes(after.key) ? end + 1 : end;
  if (t[joiner] && ORDINAL_WORDS[lang].match(text, t, joiner)) return `${q(text.slice(t[start]!.start, t[joiner]!.end))} is an ordinal (a rank), not a count`;
  if (PERCENT[lang].match(text, t, end))
    return `${q(text.slice(t[start]!.start, t[PERCENT[lang].match(text, t, end)!.end - 1]!.end))} is a percentage, not a count`;
  // "1/2", "½".
  if (after?.text === '/' && t[end + 1]?.kind === 'digits') return `${q(words + '/' + t[end + 1]!.text)} is a fraction: no fact models one today`;
  const fraction = FRACTION_WORDS[lang].match(text, t, end);
  if (fraction) return `${q(text.slice(t[start]!.start, t[fraction.end - 1]!.end))} is a fraction: no fact models one today`;
  // "20 to 30", "20-30", "entre 20 et 30".
  const range = RANGE_WORDS[lang].match(text, t, end);
  if (range && t[range.end] && (t[range.end]!.kind === 'digits' || isNumberWord(t[range.end]!.key, lang))) {
    return `${q(text.slice(t[start]!.start, t[range.end]!.end))} is a range: no fact models one today (give its bounds as two facts, or quote one figure)`;
  }
  // "20 septembre", "July 12".
  if (after && isMonthAt(text, t, end, lang)) return `${q(text.slice(t[start]!.start, after.end))} is a date (a day of the month), not a count`;
  if (start > 0 && isMonthAt(text, t, start - 1, lang))
    return `${q(text.slice(t[start - 1]!.start, t[end - 1]!.end))} is a date (a day of the month), not a count`;
  return null;
}

/** A word that may describe what a count counts ("end-of-year", "ambitious"): no number, scale, currency or other vocabulary word. */
function isModifier(text: string, t: readonly Token[], from: number, to: number, lang: Lang): string | null {
  for (let k = from; k < to; k++) {
    const token = t[k]!;
    if (token.kind === 'digits') return token.text;
    if (token.kind === 'other') {
      // Hyphens and apostrophes inside a compound ("end-of-year", "aujourd'hui").
      if (!((token.text === '-' || token.text === "'") && gapBefore(text, t, k) === '' && gapBefore(text, t, k + 1) === '' && k + 1 < to)) return token.text;
      continue;
    }
    const key = token.key;
    if (isNumberWord(key, lang) || isScaleWord(key, lang) || ORDINAL_WORDS[lang].match(text, t, k) || FRACTION_WORDS[lang].match(text, t, k)) return token.text;
    // A whole word (not a part of a compound) that is a currency, a hedge or a month.
    const alone = gapBefore(text, t, k) !== '' && (k + 1 >= t.length || gapBefore(text, t, k + 1) !== '');
    if (alone && (CURRENCIES.match(text, t, k) || HEDGES[lang].match(text, t, k) || isMonthAt(text, t, k, lang) || WEEKDAYS[lang].match(text, t, k)))
      return token.text;
  }
  return null;
}

/**
 * Reads the words of a figure in `lang`. `kind` decides what may follow the number: a currency
 * (money) or what is counted (quantity). Returns what the words give, or the first reason they
 * cannot be read as one figure.
 */
export function readFigure(stated: string, lang: Lang, kind: 'money' | 'quantity'): FigureResult {
  const text = stated;
  const t = tokenize(text);
  if (t.length === 0) return { error: 'the figure’s words are empty' };
  const slice = (from: number, to: number) => text.slice(t[from]!.start, t[to - 1]!.end);
  let i = 0;
  let hedge: FigureWords['hedge'] = null;
  let currency: FigureWords['currency'] = null;
  let unit: FigureWords['unit'] = null;

  const h = HEDGES[lang].match(text, t, i);
  if (h && h.end < t.length) {
    hedge = { hedge: h.value, words: slice(i, h.end) };
    i = h.end;
  }
  // A currency before the number: "€2bn", "$1.2 million", "US$ 5".
  const before = CURRENCIES.match(text, t, i);
  if (kind === 'money' && before && before.end < t.length && (t[before.end]!.kind === 'digits' || t[i]!.kind === 'other' || /^[A-Z]/.test(t[i]!.text))) {
    currency = { codes: before.value, words: slice(i, before.end) };
    i = before.end;
  }
  // "between 20 and 30", "entre 20 et 30": a range, which no fact models.
  if (['between', 'entre'].includes(t[i]!.key) && t[i + 1] && parseNumberAt(text, t, i + 1, lang, kind === 'money')) {
    return { error: `${q(text)} is a range: no fact models one today (give its bounds as two facts, or quote one figure)` };
  }
  const parsed = parseNumberAt(text, t, i, lang, kind === 'money');
  if (parsed && 'error' in parsed) return parsed;
  if (!parsed) {
    const token = t[i]!;
    if (ORDINAL_WORDS[lang].match(text, t, i)) return { error: `${q(token.text)} is an ordinal (a rank), not a count` };
    if (FRACTION_WORDS[lang].match(text, t, i)) return { error: `${q(token.text)} is a fraction: no fact models one today` };
    if (lang === 'en' && token.key === 'once') return { error: `${q(token.text)} is not a number in English (it is one in Spanish: 11)` };
    return { error: `no number where the figure’s words should give one: ${q(token.text)} is not read as a number in ${LANG_NAMES[lang]}` };
  }
  const reason = notACount(text, t, parsed.start, parsed.end, lang);
  if (reason) return { error: reason };
  const number = parsed;
  const numberWords = slice(number.start, number.end);
  i = number.end;

  // A currency sign or code right after the number ("250 €", "3M€").
  if (kind === 'money' && !currency) {
    const sign = CURRENCIES.match(text, t, i);
    if (sign && (t[i]!.kind === 'other' || /^[A-Z$]/.test(t[i]!.text))) {
      currency = { codes: sign.value, words: slice(i, sign.end) };
      i = sign.end;
    }
  }
  if (i < t.length) {
    // "three-year": what is counted, joined to the number by a hyphen.
    if (kind === 'quantity' && t[i]!.text === '-' && gapBefore(text, t, i) === '' && gapBefore(text, t, i + 1) === '') {
      const u = UNITS[lang].match(text, t, i + 1);
      if (u && u.end === t.length) {
        unit = { unit: u.value, words: slice(i + 1, u.end) };
        i = u.end;
      }
    }
  }
  if (i < t.length && !unit) {
    const connector = CONNECTORS[lang].match(text, t, i);
    const from = connector && connector.end < t.length ? connector.end : i;
    if (kind === 'money' && !currency) {
      const c = CURRENCIES.match(text, t, from);
      if (c) {
        currency = { codes: c.value, words: slice(from, c.end) };
        i = c.end;
      }
    } else if (kind === 'quantity') {
      // What is counted comes last; words between the number and it describe it ("four end-of-year clips").
      for (let k = from; k < t.length && !unit; k++) {
        const u = UNITS[lang].match(text, t, k);
        if (!u || u.end !== t.length) continue;
        const bad = isModifier(text, t, from, k, lang);
        if (bad !== null)
          return { error: `${q(bad)} is not read as part of the figure ${q(text)}: between the number and what it counts, only words describing it` };
        unit = { unit: u.value, words: slice(k, u.end) };
        i = u.end;
      }
    }
  }
  if (i < t.length) {
    const token = t[i]!;
    if (isMonthAt(text, t, i, lang)) return { error: `${q(slice(number.start, i + 1))} is a date (a day of the month), not a count` };
    // "20 de septiembre".
    const of = CONNECTORS[lang].match(text, t, i);
    if (of && isMonthAt(text, t, of.end, lang)) return { error: `${q(slice(number.start, of.end + 1))} is a date (a day of the month), not a count` };
    if (kind === 'quantity' && CURRENCIES.match(text, t, i))
      return { error: `${q(token.text)} names a currency: this fact is a quantity (kind: money for an amount of money)` };
    if (kind === 'money' && UNITS[lang].match(text, t, i))
      return { error: `${q(token.text)} names what is counted: this fact is money (kind: quantity for a count)` };
    return {
      error: `${q(token.text)} is not read as part of the figure ${q(text)}: its words may hold only the hedge, the number with its scale, ${kind === 'money' ? '“de”/“of” and the currency' : '“de”/“of” and what is counted'}`,
    };
  }
  // "neuf" alone may be the adjective "new": 9 only in number position.
  if (lang === 'fr' && !number.digits && number.end - number.start === 1 && t[number.start]!.key === 'neuf' && !unit && !currency) {
    return { error: '“neuf” alone may be the adjective “new”: a count in words reads as one only before what it counts (“neuf entreprises”) or a scale word' };
  }
  const yearLike =
    number.digits &&
    number.end - number.start === 1 &&
    /^\d{4}$/.test(t[number.start]!.text) &&
    number.total >= YEAR_RANGE.min &&
    number.total <= YEAR_RANGE.max;
  if (yearLike && !unit && !currency) return { error: `${q(numberWords)} reads as a year, not a count: a count needs what it counts in its words` };
  return { hedge, number, numberWords, currency, unit, yearLike };
}

/** Hedges named anywhere in `text` (a reading's quoted basis): "Estimated Jobs Created" → estimated. */
export function hedgesIn(text: string, lang: Lang, extra?: Vocabulary<Hedge>): Set<Hedge> {
  const t = tokenize(text);
  const found = new Set<Hedge>();
  for (let k = 0; k < t.length; k++) {
    const m = HEDGES[lang].match(text, t, k) ?? extra?.match(text, t, k);
    if (m) found.add(m.value);
  }
  return found;
}

/** Currencies named anywhere in `text`, each name with its codes. */
export function currenciesIn(text: string): CurrencyWords[] {
  const t = tokenize(text);
  const found: CurrencyWords[] = [];
  for (let k = 0; k < t.length; k++) {
    const m = CURRENCIES.match(text, t, k);
    if (m) {
      found.push(m.value);
      k = m.end - 1;
    }
  }
  return found;
}

/** Units named anywhere in `text`. */
export function unitsIn(text: string, lang: Lang): Set<Unit> {
  const t = tokenize(text);
  const found = new Set<Unit>();
  for (let k = 0; k < t.length; k++) {
    const m = UNITS[lang].match(text, t, k);
    if (m) found.add(m.value);
  }
  return found;
}

// ---------------------------------------------------------------------------------------------
// What the words around a figure give: read the same in a report's body and in our translations.

/** Hedge words ending right before token `first`, after a space ("more than" + "25,000 jobs"), or null. */
export function hedgeEndingAt(text: string, t: readonly Token[], first: number, lang: Lang): FigureWords['hedge'] {
  for (let k = Math.max(0, first - 6); k < first; k++) {
    const m = HEDGES[lang].match(text, t, k);
    if (m && m.end === first && gapBefore(text, t, first) === ' ') return { hedge: m.value, words: text.slice(t[k]!.start, t[first - 1]!.end) };
  }
  return null;
}

/** Hedge words starting at token `k`, after a space, right after a figure ("25,000 jobs" + "at most"), or null. */
export function trailingHedgeAt(text: string, t: readonly Token[], k: number, lang: Lang): FigureWords['hedge'] {
  if (gapBefore(text, t, k) !== ' ') return null;
  const m = TRAILING_HEDGES[lang].match(text, t, k);
  return m ? { hedge: m.value, words: text.slice(t[k]!.start, t[m.end - 1]!.end) } : null;
}

/** A period phrase starting within the three tokens from `k` ("250 million euros" + "per year"), or null. */
export function periodNear(text: string, t: readonly Token[], k: number, lang: Lang): { period: Period; words: string } | null {
  for (let j = k; j < k + 3 && j < t.length; j++) {
    const found = periodAt(text, t, j, lang);
    if (found) return { period: found.period, words: text.slice(t[j]!.start, t[found.end - 1]!.end) };
  }
  return null;
}

/** The tokens of the clause right before token `first`, nearest first: at most six, up to a number or a sentence's or clause's end. */
export function clauseTokensBefore(tokens: readonly Token[], first: number): number[] {
  const out: number[] = [];
  for (let k = first - 1; k >= 0 && k >= first - 6; k--) {
    const token = tokens[k]!;
    if (token.kind === 'digits' || /^[.!?;:|]$/.test(token.text)) break;
    out.push(k);
  }
  return out;
}

/** The word that negates the figure at token `first` ("will not create", "ne créera pas", "won't"), or null. */
export function negationBefore(text: string, tokens: readonly Token[], first: number, lang: Lang): string | null {
  const k = negationAt(text, tokens, first, lang);
  if (k === null) return null;
  return tokens[k]!.key === 't' ? text.slice(tokens[k - 2]!.start, tokens[k]!.end) : tokens[k]!.text;
}

/** The token index of the word that negates the figure at token `first`, or null (see `negationBefore`). */
export function negationAt(text: string, tokens: readonly Token[], first: number, lang: Lang): number | null {
  for (const k of clauseTokensBefore(tokens, first)) {
    const token = tokens[k]!;
    // "won't", "doesn't": n + apostrophe + t.
    if (token.key === 't' && /^['’]$/.test(tokens[k - 1]?.text ?? '') && /n$/i.test(tokens[k - 2]?.text ?? '')) return k;
    if (!NEGATIONS[lang].match(text, tokens, k)) continue;
    // "no fewer than", "pas moins de": a hedge, not a denial; "not only": no denial either.
    if (HEDGES[lang].match(text, tokens, k) || ['only', 'just', 'seulement', 'solo', 'sólo', 'solamente'].includes(tokens[k + 1]?.key ?? '')) continue;
    return k;
  }
  return null;
}
