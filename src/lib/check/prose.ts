/**
 * Numbers and dates in our own English prose (titles, deks, verdicts, analysis, fact notes), read
 * with the evidence reader (numbers.ts) so that "three million", "3 million", "€140k" and
 * "25,000" read as they do in a report:
 *
 * - a **date**: a month by name with its day and year when beside it ("12 July 2025", "July 12,
 *   2025", "19 May", "in July", "May 2025"), or a year alone (a four-digit number from 1800 to
 *   2100 that counts nothing: "in 2026", "mid-2025", "2021–2024"). "May" and "March" are months
 *   only beside a day or a year or after a word such as "in" (they are also a verb and a noun);
 * - a **percentage**: a number with "%", "per cent" or "percent";
 * - an **ordinal**: digits with "st", "nd", "rd" or "th" ("8th"), or an ordinal word from "fourth"
 *   up ("eighth"); "first", "second" and "third" are not read (ordinary words as often as ranks,
 *   and "a third" is a fraction);
 * - a **number**: any other number, in digits or words, with its scale ("2 billion", "about eight",
 *   "2.3 times"), "a dozen" (12) and a multiplicative in "-fold" ("tenfold", "hundredfold", read
 *   as a ratio) and the ratio words "twice", "double", "triple", "half" (beside a number in its
 *   phrase: "half of 3m pesos") read as "2 times", "3 times", with the words that follow it in its phrase (where what it counts is named) and,
 *   when it is partitive ("5 of 6"), the words of its sentence. "one" alone and "a"/"an" are not read (articles and pronouns as often as
 *   counts); nor are vague plurals ("thousands of jobs") and fractions in words ("a third"); nor digits that are part of a name (`partOfName`: "Industry 4.0", "G20").
 * - **unread**, and so refused: digits other than 0–9 ("３０m"), "dozens", and digits the number
 *   reader refuses ("12.07.2025").
 *
 * Words inside quotation marks are the reports' (the quote check holds them to the text) and are
 * not read here. Pure; linear in the text.
 */
import { isCurrencyCode } from '../codes.ts';
import { quotedRanges } from '../evidence-values.ts';
import { YEAR_RANGE } from '../text-rules.ts';
import { isMonthAt, unitsIn } from './figures.ts';
import { isNumberWord, parseNumberAt } from './numbers.ts';
import { gapBefore, tokenize, type Lang, type Token } from './tokens.ts';
import { CURRENCIES, MONTHS, PERCENT, UNITS, type Unit } from './vocabulary.ts';

interface Span {
  /** The words as written. */
  words: string;
  /** Offsets in the text (NFC). */
  start: number;
  end: number;
}

export type ProseMention =
  | (Span & {
      kind: 'number';
      value: number;
      /** The words after it, to the end of its phrase: what it counts is named there ("six checked claims"). */
      follows: Words;
      /** The words of its sentence, when it is partitive ("5 of 6", "none of its 9"): what it counts may be named anywhere there. */
      partitive: Words | null;
      /** True for a ratio word ("twice", "tenfold"): it rests only on a ratio computed from the facts. */
      ratio?: true;
    })
  | (Span & { kind: 'percent'; value: number })
  | (Span & { kind: 'ordinal'; value: number })
  | (Span & {
      kind: 'date';
      year?: number;
      month?: number;
      day?: number;
      /** For a year written after a name ("Riverside Lab 2031"), the name and the year: a date unless a report writes them so. */
      named?: string;
    })
  | (Span & { kind: 'unread'; reason: string });

/** English ordinal words read as ranks ("first" to "third" are not: see above). */
const ORDINALS: Record<string, number> = {
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  eleventh: 11,
  twelfth: 12,
  thirteenth: 13,
  fourteenth: 14,
  fifteenth: 15,
  sixteenth: 16,
  seventeenth: 17,
  eighteenth: 18,
  nineteenth: 19,
  twentieth: 20,
  thirtieth: 30,
  fortieth: 40,
  fiftieth: 50,
  hundredth: 100,
};

/** Suffixes of an ordinal in digits, per language ("8th", "8e", "1er", "2º"). */
const ORDINAL_SUFFIXES: Record<Lang, string[]> = {
  en: ['st', 'nd', 'rd', 'th'],
  fr: ['e', 'er', 're', 'eme', 'ere', 'me'],
  es: ['o', 'a', 'º', 'ª', '°'],
};

/** Words after which "May" and "March" are months ("in May", "mid-March", "between May and July"). */
const MONTH_CONTEXT = new Set([
  'in',
  'on',
  'by',
  'since',
  'until',
  'from',
  'during',
  'early',
  'late',
  'mid',
  'of',
  'and',
  'or',
  'to',
  'between',
  'through',
  'before',
  'after',
  'last',
  'next',
  'this',
  '-',
  '–',
]);

const isYearToken = (token: Token | undefined) =>
  token?.kind === 'digits' && /^\d{4}$/.test(token.text) && +token.text >= YEAR_RANGE.min && +token.text <= YEAR_RANGE.max;

const dayToken = (token: Token | undefined) =>
  token?.kind === 'digits' && /^\d{1,2}$/.test(token.text) && +token.text >= 1 && +token.text <= 31 ? +token.text : null;

/** An ordinal suffix attached to the digits at `i` ("19th"), as the index after it; or `i + 1`. */
function afterSuffix(text: string, t: readonly Token[], i: number, lang: Lang): number {
  const next = t[i + 1];
  return next && gapBefore(text, t, i + 1) === '' && ORDINAL_SUFFIXES[lang].includes(next.key) ? i + 2 : i + 1;
}

/**
 * The dates written with a month by name: "[day] Month [day] [,] [year]". `taken` marks their
 * tokens so the number reader skips them.
 */
function monthDates(text: string, t: readonly Token[], taken: boolean[]): ProseMention[] {
  const found: ProseMention[] = [];
  for (let k = 0; k < t.length; k++) {
    if (taken[k] || !isMonthAt(text, t, k, 'en')) continue;
    const month = MONTHS.en.match(text, t, k)!;
    let first = k;
    let last = month.end - 1;
    let day: number | undefined;
    let year: number | undefined;
    // "19 May", "19th May", "the 5th of May".
    const of = t[k - 1]?.key === 'of' ? 1 : 0;
    for (const at of [k - 1 - of, k - 2 - of]) {
      const d = dayToken(t[at]);
      if (d !== null && !taken[at] && afterSuffix(text, t, at, 'en') === k - of && (at === k - 2 - of || gapBefore(text, t, k - of) === ' ')) {
        day = d;
        first = at;
        break;
      }
    }
    // "July 12", "July 12th".
    let j = month.end;
    if (day === undefined && dayToken(t[j]) !== null && !isYearToken(t[j]) && gapBefore(text, t, j) === ' ') {
      day = dayToken(t[j])!;
      j = afterSuffix(text, t, j, 'en');
      last = j - 1;
    }
    // ", 2025" or " 2025".
    const comma = t[j]?.text === ',' ? 1 : 0;
    if (isYearToken(t[j + comma])) {
      year = +t[j + comma]!.text;
      last = j + comma;
    }
    // "May" and "March" alone are also a verb and a noun: a month only after a word of time.
    const ambiguous = month.value === 3 || month.value === 5;
    if (ambiguous && day === undefined && year === undefined && !MONTH_CONTEXT.has(t[k - 1]?.key ?? '')) continue;
    for (let m = first; m <= last; m++) taken[m] = true;
    found.push({ kind: 'date', year, month: month.value, day, words: text.slice(t[first]!.start, t[last]!.end), start: t[first]!.start, end: t[last]!.end });
  }
  return found;
}

/** True when the number ending before token `end` counts something: a unit or currency after it, or a currency sign before it. */
function countsSomething(text: string, t: readonly Token[], start: number, end: number): boolean {
  return Boolean(
    (t[end] && (UNITS.en.match(text, t, end) || CURRENCIES.match(text, t, end))) ||
    (start > 0 && t[start - 1]!.kind === 'other' && CURRENCIES.match(text, t, start - 1)),
  );
}

/**
 * True when the digits at token `i` may be part of a name written with the word before them: in
 * a dotted name ("lider919.com", "amounts.0"); after a word in capitals, written onto it or after
 * a hyphen ("G20", "SHA-256"), or after a space when it has two letters or more ("ISO 4217");
 * after a space following a word capitalised mid-sentence ("Industry 4.0", "Route 66"). Never
 * after a currency code ("MXN 30m", "EUR1.4m"), nor written onto any other word ("by2027", "x18",
 * "mid-2025"); and the caller reads them all the same when a scale, a currency or a percentage
 * follows them ("Riverside 250m").
 */
function partOfName(text: string, t: readonly Token[], i: number): boolean {
  if (t[i]!.kind !== 'digits') return false;
  const joined = (k: number) => gapBefore(text, t, k) === '';
  if (t[i - 1]?.kind === 'word' && joined(i) && /^\.\p{L}/u.test(text.slice(t[i]!.end, t[i]!.end + 2))) return true;
  if (t[i - 1]?.text === '.' && t[i - 2]?.kind === 'word' && joined(i) && joined(i - 1)) return true;
  const hyphen = t[i - 1]?.text === '-' && joined(i);
  const k = hyphen ? i - 1 : i;
  const word = t[k - 1];
  if (word?.kind !== 'word' || isCurrencyCode(word.text)) return false;
  if (joined(k)) return /^\p{Lu}+$/u.test(word.text);
  // After a space, a word in capitals is a name's ("ISO 4217") but "A" is an article ("A 30-day…");
  // a year after a capitalised word is a date ("Riverside Lab 2031"), unless a report writes it so (`named`).
  return (
    !hyphen &&
    gapBefore(text, t, k) === ' ' &&
    (/^\p{Lu}{2,}$/u.test(word.text) || (/^\p{Lu}/u.test(word.text) && !sentenceStart(t, k - 1) && !isYearToken(t[i])))
  );
}

/** The first token of the capitalised words right before token `i`, mid-sentence ("Riverside Lab" of "Riverside Lab 2031"); `i` when there are none. */
function nameBefore(t: readonly Token[], i: number): number {
  let k = i;
  while (k > 0 && t[k - 1]!.kind === 'word' && /^\p{Lu}/u.test(t[k - 1]!.text) && !sentenceStart(t, k - 1)) k--;
  return k;
}

/** Multiplicatives written in one word: "tenfold", "hundredfold", "twentyfold" (not "manifold"). */
function foldNumber(key: string): number | null {
  if (!key.endsWith('fold') || key.length <= 4) return null;
  const stem = key.slice(0, -4);
  if (!/^\p{L}+$/u.test(stem) || !isNumberWord(stem, 'en')) return null;
  // "hundredfold" and "thousandfold" read as "a hundred", "a thousand".
  for (const words of [stem, `a ${stem}`]) {
    const t = tokenize(words);
    const parsed = parseNumberAt(words, t, 0, 'en');
    if (parsed && !('error' in parsed) && parsed.end === t.length) return parsed.total;
  }
  return null;
}

/** Words that give a ratio: "twice" (2 times), "triple" (3 times), "half" (the larger is 2 times the smaller). */
const RATIO_WORDS: Record<string, number> = {
  twice: 2,
  double: 2,
  doubles: 2,
  doubled: 2,
  triple: 3,
  triples: 3,
  tripled: 3,
  treble: 3,
  thrice: 3,
  quadruple: 4,
  half: 2,
};

/** True when a number in digits or words stands in the phrase from token `from` ("half of 3m pesos", not "half of what the article describes"). */
function numberInPhrase(t: readonly Token[], from: number): boolean {
  for (let k = from; k < t.length && k < from + 12 && !CLAUSE_END.has(t[k]!.text); k++) {
    if (t[k]!.kind === 'digits' || (t[k]!.kind === 'word' && isNumberWord(t[k]!.key, 'en') && !['a', 'one'].includes(t[k]!.key))) return true;
  }
  return false;
}

/** True when token `k` opens a sentence (the text's first word, or after a sentence's end). */
const sentenceStart = (t: readonly Token[], k: number) => k === 0 || ['.', '!', '?', ':', '"', '“', '('].includes(t[k - 1]!.text);

/** Marks that end the phrase a number stands in. */
const CLAUSE_END = new Set([',', ';', ':', '.', '(', ')', '!', '?', '—', '–']);

/** Words around a number that may say what it counts: their keys, and the units (of a quantity) they name. */
export interface Words {
  keys: string[];
  units: Unit[];
}

const wordsOf = (text: string): Words => ({ keys: tokenize(text).map((t) => t.key), units: [...unitsIn(text, 'en')] });

/** The words after a number, to the end of its phrase (at most twelve tokens): what it counts is among them ("six checked claims"). */
function follows(text: string, t: readonly Token[], from: number): Words {
  let to = from;
  while (to < t.length && to < from + 12 && !CLAUSE_END.has(t[to]!.text)) to++;
  return wordsOf(to > from ? text.slice(t[from]!.start, t[to - 1]!.end) : '');
}

/**
 * The words of the sentence of the number at [start, end) when it is partitive: followed by "of"
 * ("5 of 6", "0 of 9") or after "of" and a name ("of the other report's 9", "of its 9"); else null.
 */
function partitive(text: string, t: readonly Token[], start: number, end: number): Words | null {
  let of = t[end]?.key === 'of';
  for (let k = start - 1; !of && k >= Math.max(0, start - 4); k--) {
    if (t[k]!.key === 'of') of = true;
    else if (t[k]!.kind === 'digits' || (t[k]!.kind === 'other' && !["'", '’'].includes(t[k]!.text))) break;
  }
  if (!of) return null;
  return wordsOf(sentenceAround(text, t[start]!.start, t[end - 1]!.end));
}

/** Every number, date, percentage and ordinal of an English text, outside quotation marks, in order. */
export function readProse(input: string): ProseMention[] {
  const text = input.normalize('NFC');
  const t = tokenize(text);
  const taken = new Array<boolean>(t.length).fill(false);
  for (const [a, b] of quotedRanges(text)) for (let k = 0; k < t.length && t[k]!.start < b; k++) if (t[k]!.start >= a && t[k]!.end <= b) taken[k] = true;
  const found = monthDates(text, t, taken);
  const mention = (from: number, to: number) => ({ words: text.slice(t[from]!.start, t[to - 1]!.end), start: t[from]!.start, end: t[to - 1]!.end });
  for (let i = 0; i < t.length; i++) {
    const token = t[i]!;
    if (taken[i]) continue;
    if (token.kind === 'word' && token.key in ORDINALS) {
      found.push({ kind: 'ordinal', value: ORDINALS[token.key]!, ...mention(i, i + 1) });
      continue;
    }
    // Digits other than 0–9 ("３０m", "٣٠"): a reader sees a number the reader below does not.
    if (token.kind === 'other' && /\p{Nd}/u.test(token.text)) {
      let to = i + 1;
      while (t[to] && gapBefore(text, t, to) === '' && (t[to]!.kind !== 'other' || /\p{Nd}/u.test(t[to]!.text))) to++;
      found.push({ kind: 'unread', reason: 'its digits are not 0–9', ...mention(i, to) });
      i = to - 1;
      continue;
    }
    const fold = token.kind === 'word' ? foldNumber(token.key) : null;
    if (fold !== null) {
      // "a hundredfold smaller": a ratio, named as one by the "fold" it is written with.
      const after = follows(text, t, i + 1);
      found.push({ kind: 'number', value: fold, follows: { ...after, keys: ['fold', ...after.keys] }, partitive: null, ratio: true, ...mention(i, i + 1) });
      continue;
    }
    // "twice 3m pesos", "double the budget", "half of 3m pesos": a ratio, which must be computed.
    const ratio = token.kind === 'word' ? RATIO_WORDS[token.key] : undefined;
    if (ratio !== undefined && !(t[i + 1]?.text === '-' && gapBefore(text, t, i + 1) === '') && (token.key !== 'half' || numberInPhrase(t, i + 1))) {
      found.push({ kind: 'number', value: ratio, follows: { keys: ['times'], units: [] }, partitive: null, ratio: true, ...mention(i, i + 1) });
      continue;
    }
    if (token.key === 'dozens') {
      found.push({ kind: 'unread', reason: 'a vague count', ...mention(i, i + 1) });
      continue;
    }
    // "a dozen courses" (after "a", or alone): 12.
    if (token.key === 'dozen') {
      found.push({
        kind: 'number',
        value: 12,
        follows: follows(text, t, i + 1),
        partitive: null,
        ...mention(t[i - 1]?.key === 'a' && !taken[i - 1] ? i - 1 : i, i + 1),
      });
      continue;
    }
    // Only digits and number words (and "a", as in "a million") start a number.
    if (token.kind === 'other' || (token.kind === 'word' && !isNumberWord(token.key, 'en') && token.key !== 'a')) continue;
    const parsed = parseNumberAt(text, t, i, 'en', true);
    if (parsed === null) continue;
    const bare = 'error' in parsed || (parsed.end === i + 1 && !CURRENCIES.match(text, t, i + 1) && !PERCENT.en.match(text, t, i + 1));
    if (bare && partOfName(text, t, i)) continue;
    if ('error' in parsed) {
      found.push({ kind: 'unread', reason: parsed.error, ...mention(i, i + 1) });
      continue;
    }
    let end = parsed.end;
    // "two dozen": the number times 12.
    const dozen = t[end]?.key === 'dozen' && gapBefore(text, t, end) === ' ';
    if (dozen) {
      found.push({ kind: 'number', value: parsed.total * 12, follows: follows(text, t, end + 1), partitive: null, ...mention(i, end + 1) });
      i = end;
      continue;
    }
    const percent = PERCENT.en.match(text, t, end);
    if (percent) {
      found.push({ kind: 'percent', value: parsed.total, ...mention(i, percent.end) });
    } else if (parsed.digits && end === i + 1 && afterSuffix(text, t, i, 'en') === i + 2) {
      found.push({ kind: 'ordinal', value: parsed.total, ...mention(i, i + 2) });
      end = i + 2;
    } else if (parsed.digits && end === i + 1 && isYearToken(token) && !countsSomething(text, t, i, end)) {
      const name = nameBefore(t, i);
      found.push({ kind: 'date', year: parsed.total, ...mention(i, end), ...(name < i ? { named: text.slice(t[name]!.start, token.end) } : {}) });
    } else if (!(parsed.total === 1 && end === i + 1 && !parsed.digits)) {
      // "one" alone (and "a") is an article or a pronoun as often as a count: not read.
      found.push({ kind: 'number', value: parsed.total, follows: follows(text, t, end), partitive: partitive(text, t, i, end), ...mention(i, end) });
    }
    i = Math.max(i, (percent?.end ?? end) - 1);
  }
  return found.sort((a, b) => a.start - b.start);
}

/** Ordinals and percentages written in a report's passage, read in its language ("8th edition", "25 pour cent"). */
export function passageRanksAndShares(passage: string, lang: Lang): { ordinals: number[]; percents: number[] } {
  const text = passage.normalize('NFC');
  const t = tokenize(text);
  const ordinals: number[] = [];
  const percents: number[] = [];
  for (let i = 0; i < t.length; i++) {
    const token = t[i]!;
    if (lang === 'en' && token.key in ORDINALS) ordinals.push(ORDINALS[token.key]!);
    if (token.kind !== 'digits') continue;
    if (/^\d+$/.test(token.text) && afterSuffix(text, t, i, lang) === i + 2) {
      ordinals.push(+token.text);
      continue;
    }
    const parsed = parseNumberAt(text, t, i, lang, true);
    if (!parsed || 'error' in parsed) continue;
    if (PERCENT[lang].match(text, t, parsed.end)) percents.push(parsed.total);
    i = parsed.end - 1;
  }
  return { ordinals, percents };
}

// ---------------------------------------------------------------------------------------------
// Sentences

/** Words that end with a point without ending a sentence. */
const ABBREVIATIONS = new Set(['e.g', 'i.e', 'vs', 'etc', 'mr', 'mrs', 'ms', 'dr', 'st', 'no', 'approx', 'cf', 'pp', 'u.s']);

/** The sentence of `text` around [start, end): from after the last sentence end before it to the first after it. */
export function sentenceAround(text: string, start: number, end: number): string {
  let from = 0;
  let to = text.length;
  for (const m of text.matchAll(/[.!?…]+["”’»)]*(?=\s|$)/g)) {
    const before = /([\p{L}.]+)[.!?…]*["”’»)]*$/u.exec(text.slice(Math.max(0, m.index - 12), m.index + m[0].length))?.[1] ?? '';
    const word = before.replace(/\.$/, '').toLowerCase();
    if (m[0].startsWith('.') && (ABBREVIATIONS.has(word) || /^\p{L}$/u.test(word))) continue;
    const boundary = m.index + m[0].length;
    if (boundary <= start) from = boundary;
    else if (m.index >= end) {
      to = boundary;
      break;
    }
  }
  return text.slice(from, to).trim();
}

/** The words that say a date is ours: "inferred", "we infer", "our inference". */
export const INFERENCE_MARKERS = ['infer', 'inferred', 'infers', 'inferring', 'inference'] as const;

/** True when the text says something in it is inferred (one of `INFERENCE_MARKERS`, as a word). */
export function saysInferred(text: string): boolean {
  return tokenize(text).some((t) => (INFERENCE_MARKERS as readonly string[]).includes(t.key));
}
