/**
 * Evidence states the fact: beyond being in the body (see `evidence.ts`), a fact's passage must
 * state what we show of it.
 *
 * - An amount's value, with its scale, is written in its evidence: in digits with any common
 *   grouping ("3,000,000", "11 000", "25.000", "1,5"), in digits with a scale word ("250 millions",
 *   "1.5 billion", "2 mil"), or in English, French or Spanish words ("trois millions", "veinticinco",
 *   "twenty-five"). The amount counts, not how it is split: value 3, scale million is also found
 *   as "3,000,000". A number in the evidence only counts whole: 5 is not found in "25", "1.5",
 *   "5,000", "5 million" or "vingt-cinq".
 *   Not read: number words for figures of more than three significant digits ("mille deux cent
 *   trente-quatre": such figures are written in digits), fractions in words ("one and a half
 *   billion"), approximations ("une dizaine"), abbreviations other than "bn", Roman numerals.
 * - A stated date's year, month and day are each written in its evidence: the year in digits, the
 *   month by name (English, French, Spanish) or in a numeric date, the day next to its month
 *   ("20 septembre", "July 12", "1er mai") or in a numeric date. Inferred dates are not checked:
 *   their evidence points to the date ("ce samedi") and their basis says how we got it.
 * - Every passage identifies one place in the text: at least `MIN_WORDS` words and `MIN_CHARS`
 *   characters ("de", "a" or "à Lyon" identify nothing).
 * - Words the site shows in quotation marks as the report's own (an amount's `hedgeWords` and
 *   `periodWords`, a person's `title`) are in that fact's evidence, as whole words, ignoring case.
 * - Words we put in quotation marks in our own text are in the report's body, or for a
 *   comparison in either compared report's body (`quotedWordIssues`).
 *
 * Pure: works on validated article data and returns errors as field path + message.
 */
import { toCardinal as englishGB } from 'n2words/en-GB';
import { toCardinal as spanish } from 'n2words/es-ES';
import { toCardinal as french } from 'n2words/fr-FR';
import type { Amount } from '../schemas/amount.ts';
import { scales } from '../schemas/amount.ts';
import type { Article } from '../schemas/article.ts';
import type { DateFact } from '../schemas/date.ts';
import { factsOf } from './facts.ts';
import { partialDate } from './partial-date.ts';

/** A passage must have at least this many words (runs of letters or digits)… */
export const MIN_WORDS = 3;
/** …and this many characters, spaces collapsed. */
export const MIN_CHARS = 12;

export interface EvidenceIssue {
  /** Dotted field path in the article's frontmatter, e.g. `amounts.2.value`. */
  field: string;
  message: string;
}

type Scale = keyof typeof scales;

/**
 * Lower case, NFC, every run of whitespace (incl. no-break spaces) one space, hyphens between
 * letters a space ("vingt-cinq" = "vingt cinq"), quote marks and apostrophes unified.
 */
export function fold(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[«»“”„‟″"]/g, '"')
    .replace(/[‘’‚‛′`']/g, "'")
    .replace(/(?<=\p{L})[-‐‑–](?=\p{L})/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const stripAccents = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');

/** `fn` with its results kept by argument (the same figures recur across a build's articles). */
function memo<T>(fn: (key: string) => T): (key: string) => T {
  const cache = new Map<string, T>();
  return (key) => {
    if (!cache.has(key)) cache.set(key, fn(key));
    return cache.get(key)!;
  };
}

// ---------------------------------------------------------------------------------------------
// Numbers

const SPELLERS = [englishGB, french, spanish];

/** Words that join number words: "vingt et un", "treinta y uno", "one hundred and one". */
const CONNECTORS = new Set(['and', 'et', 'y']);

/** Scale words as written after a number, per scale. */
const SCALE_WORDS: Record<Exclude<Scale, 'one'>, string[]> = {
  thousand: ['thousand', 'thousands', 'mille', 'mil'],
  million: ['million', 'millions', 'millón', 'millon', 'millones'],
  billion: ['billion', 'billions', 'bn', 'milliard', 'milliards', 'mil millones'],
};
/** Every scale word and abbreviation: a number followed by one of these is a larger number. */
const ANY_SCALE = new Set([...Object.values(SCALE_WORDS).flatMap((w) => w.flatMap((x) => x.split(' '))), 'trillion', 'billón', 'billones', 'mn', 'md', 'k']);

/** Scale abbreviations read only when attached to digits ("3M", "2b"): as words they are letters or metres. */
const ATTACHED_SCALE = new Set(['m', 'b', 'mln', 'mds', 'mrd']);

/** Number words of the article form only ("un", "one"): a text holding no other number word writes no number but 1 in words. */
const ONES = new Set(['un', 'une', 'uno', 'una', 'one', 'a']);

/** Numbers with more significant digits than this are not looked for in words ("deux cent cinquante" has three). */
const WORD_DIGITS = 3;

/**
 * The ways a number is written out in words, folded: "trois millions", "tres millones", "three
 * million", "a million", "one hundred one", "veintiuna".
 */
export const numberWords = (n: number): string[] => spelled(String(n));

const spelled = memo((key) => {
  const n = Number(key);
  if (!Number.isInteger(n) || n < 0 || n > 1e15 || Number(n.toPrecision(WORD_DIGITS)) !== n) return [];
  const forms = new Set<string>();
  for (const speak of SPELLERS) {
    const words = fold(speak(n));
    forms.add(words);
    // American English drops "and"; Spanish agrees in gender and shortens before a noun or a
    // scale word ("veintiún", "un millón"); French "une"; English "a million".
    forms.add(words.replace(/ and /g, ' '));
    forms.add(words.replace(/uno\b/g, 'una').replace(/ientos\b/g, 'ientas'));
    forms.add(words.replace(/\buno$/, 'un').replace(/iuno$/, 'iún'));
    forms.add(words.replace(/\bun$/, 'une'));
    forms.add(words.replace(/^one (?=hundred|thousand|million|billion)/, 'a '));
  }
  return [...forms];
});

/** Every word the spellers use for numbers, in all three languages (connectors and the article "a" excepted). */
const NUMBER_WORDS: Set<string> = (() => {
  const samples = [...Array.from({ length: 101 }, (_, i) => i), ...[2, 3, 4, 5, 6, 7, 8, 9].map((i) => i * 100), 1000, 2000, 1e6, 2e6, 1e9, 2e9, 1e12];
  const words = new Set<string>(ANY_SCALE);
  for (const n of samples) {
    for (const form of numberWords(n)) for (const w of form.split(' ')) words.add(w);
  }
  for (const w of [...CONNECTORS, 'a']) words.delete(w);
  return words;
})();

/** Integer digits grouped by thousands with `sep` ("3000000" → "3,000,000"). */
function group(digits: string, sep: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
}

/** The ways a number is written in digits, folded: "3000000", "3,000,000", "3.000.000", "3 000 000", "1.5", "1,5". */
export function numberDigits(n: number): string[] {
  const [whole, fraction] = String(n).split('.') as [string, string | undefined];
  const forms = new Set<string>();
  for (const sep of ['', ',', '.', ' ', "'"]) {
    const grouped = whole.length > 3 ? group(whole, sep) : whole;
    if (fraction === undefined) forms.add(grouped);
    else for (const point of ['.', ',']) if (point !== sep) forms.add(`${grouped}${point}${fraction}`);
  }
  return [...forms];
}

/**
 * The two words before `at`, nearest first, lower case and without surrounding punctuation;
 * punctuation between words ends the run ("2025, two" has no word before "two").
 */
function wordsBefore(text: string, at: number): [string, string] {
  const run: string[] = [];
  if (text[at - 1] !== ' ') return ['', ''];
  for (const token of text
    .slice(Math.max(0, at - 40), at)
    .split(' ')
    .reverse()
    .slice(1)) {
    if (run.length === 2 || token === '' || /[^\p{L}\p{N}'.]$/u.test(token)) break;
    run.push(token.replace(/^[^\p{L}\p{N}]+/u, ''));
    if (/^[^\p{L}\p{N}]/u.test(token)) break;
  }
  return [run[0] ?? '', run[1] ?? ''];
}

/** The two words after `end`, nearest first, on the same terms as `wordsBefore`. */
function wordsAfter(text: string, end: number): [string, string] {
  const run: string[] = [];
  if (text[end] !== ' ') return ['', ''];
  for (const token of text.slice(end + 1, end + 40).split(' ')) {
    if (run.length === 2 || token === '' || /^[^\p{L}\p{N}]/u.test(token)) break;
    run.push(token.replace(/[^\p{L}\p{N}]+$/u, ''));
    if (/[^\p{L}\p{N}]$/u.test(token)) break;
  }
  return [run[0] ?? '', run[1] ?? ''];
}

/** Words that multiply what comes before them: digits before "mil" or "hundred" make a larger number. */
const MULTIPLIERS = new Set([...ANY_SCALE, 'hundred', 'hundreds', 'cent', 'cents', 'cien', 'ciento', 'cientos']);

/** True when the candidate at [start, end) is a whole number written in digits, not part of a larger one. */
function digitsStandAlone(text: string, start: number, end: number, candidate: string): boolean {
  const before = text.slice(Math.max(0, start - 8), start);
  const after = text.slice(end, end + 8);
  if (/[\p{L}\d]$/u.test(before) || /\d[.,']$/.test(before)) return false;
  // "2 500": a leading group of up to three digits makes 500 part of 2,500.
  if (/(?:^|[^\d.,])\d{1,3} $/.test(before) && /^\d{3}(?!\d)/.test(candidate)) return false;
  if (/^\d/.test(after) || /^[.,']\d/.test(after) || /^ \d{3}(?!\d)/.test(after)) return false;
  if (/\p{L}$/u.test(candidate) && /^\p{L}/u.test(after)) return false;
  const attached = /^\p{L}+/u.exec(after)?.[0];
  if (attached && (ANY_SCALE.has(attached) || ATTACHED_SCALE.has(attached))) return false;
  // "3 million" is not 3, and "2 mil millones" is not 2 thousand.
  return !ANY_SCALE.has(wordsAfter(text, end)[0]);
}

/** True when the word candidate at [start, end) is a whole number, not part of a compound. */
function wordsStandAlone(text: string, start: number, end: number, candidate: string): boolean {
  if (/[\p{L}\d]/u.test(text[start - 1] ?? '') || /[\p{L}\d]/u.test(text[end] ?? '')) return false;
  const [previous, beforePrevious] = wordsBefore(text, start);
  if (NUMBER_WORDS.has(previous) || (CONNECTORS.has(previous) && NUMBER_WORDS.has(beforePrevious))) return false;
  // "3 mil" is 3,000, but "2025 two" is two.
  if (/^\d/.test(previous) && MULTIPLIERS.has(candidate.split(' ')[0]!)) return false;
  const [next, afterNext] = wordsAfter(text, end);
  return !(NUMBER_WORDS.has(next) || (CONNECTORS.has(next) && NUMBER_WORDS.has(afterNext)));
}

function occurrences(text: string, candidate: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(candidate); at >= 0; at = text.indexOf(candidate, at + 1)) found.push(at);
  return found;
}

/** The amount as a bare number, and as a number before each scale word that fits it (3 million: 3000000; 3000 thousand; 3 million). */
function scaledForms(value: number, scale: Scale): { bare: number; scaled: [number, string[]][] } {
  const total = value * scales[scale];
  const scaled: [number, string[]][] = [];
  for (const [name, factor] of Object.entries(scales) as [Scale, number][]) {
    if (name === 'one') continue;
    const n = Number((total / factor).toPrecision(12));
    if (n >= 1 && String(n).replace('.', '').length <= 6) scaled.push([n, SCALE_WORDS[name]]);
  }
  return { bare: total, scaled };
}

const digitSpellings = memo((key) => {
  const [value, scale] = key.split(' ') as [string, Scale];
  const { bare, scaled } = scaledForms(Number(value), scale);
  const forms = new Set(numberDigits(bare));
  for (const [n, words] of scaled) {
    for (const d of numberDigits(n)) for (const word of words) forms.add(`${d} ${word}`).add(`${d}${word}`);
  }
  return [...forms];
});

const wordSpellings = memo((key) => {
  const [value, scale] = key.split(' ') as [string, Scale];
  const { bare, scaled } = scaledForms(Number(value), scale);
  const forms = new Set(numberWords(bare));
  for (const [n, words] of scaled) {
    for (const w of numberWords(n)) for (const word of words) forms.add(`${w} ${word}`);
  }
  return [...forms];
});

/**
 * Every way of writing `value` × `scale` that the check accepts, folded: the amount counts, not
 * how it is split, so 3 million is also "3,000,000", "3 000 thousand" and "trois millions".
 */
export function amountSpellings(value: number, scale: Scale): { digits: string[]; words: string[] } {
  return { digits: digitSpellings(`${value} ${scale}`), words: wordSpellings(`${value} ${scale}`) };
}

/** True when the evidence writes `value` × `scale` as a whole number (in digits or words). */
export function statesAmount(evidence: string, value: number, scale: Scale): boolean {
  const text = fold(evidence);
  const key = `${value} ${scale}`;
  if (/\d/.test(text)) {
    for (const candidate of digitSpellings(key)) {
      if (occurrences(text, candidate).some((at) => digitsStandAlone(text, at, at + candidate.length, candidate))) return true;
    }
  }
  const tokens = text.split(/[^\p{L}]+/u);
  if (!tokens.some((t) => NUMBER_WORDS.has(t) && (!ONES.has(t) || value * scales[scale] === 1))) return false;
  return wordSpellings(key).some((candidate) => occurrences(text, candidate).some((at) => wordsStandAlone(text, at, at + candidate.length, candidate)));
}

const english = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 6 });

/** "5 million", "11,000". */
export function describeAmount(value: number, scale: Scale): string {
  return scale === 'one' ? english.format(value) : `${english.format(value)} ${scale}`;
}

// ---------------------------------------------------------------------------------------------
// Dates

const MONTHS: string[][] = [
  ['january', 'janvier', 'enero'],
  ['february', 'février', 'febrero'],
  ['march', 'mars', 'marzo'],
  ['april', 'avril', 'abril'],
  ['may', 'mai', 'mayo'],
  ['june', 'juin', 'junio'],
  ['july', 'juillet', 'julio'],
  ['august', 'août', 'agosto'],
  ['september', 'septembre', 'septiembre', 'setiembre'],
  ['october', 'octobre', 'octubre'],
  ['november', 'novembre', 'noviembre'],
  ['december', 'décembre', 'diciembre'],
];
const MONTH_NAMES = ['', 'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A regex alternation of month `m`'s names, for `dateText`. */
function monthPattern(m: number): string {
  return MONTHS[m - 1]!.map(stripAccents).join('|');
}

/**
 * The evidence as dates are searched in it: lower case, no accents, spaces collapsed; the verb
 * "may" becomes "modal" first, so that only a capitalised "May" reads as the month.
 */
function dateText(evidence: string): string {
  return stripAccents(evidence.normalize('NFC'))
    .replace(/(?<!\p{L})may(?!\p{L})/gu, 'modal')
    .toLowerCase()
    .replace(/\s+/g, ' ');
}

/** Numeric dates in the evidence as [year, month, day] (ISO, day-first and month-first, `.`/`/`/`-`). */
function numericDates(text: string): [number, number, number][] {
  const dates: [number, number, number][] = [];
  for (const m of text.matchAll(/(?<!\d)(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)/g)) dates.push([+m[1]!, +m[2]!, +m[3]!]);
  for (const m of text.matchAll(/(?<!\d)(\d{1,2})[./-](\d{1,2})[./-](\d{4})(?!\d)/g)) {
    dates.push([+m[3]!, +m[2]!, +m[1]!], [+m[3]!, +m[1]!, +m[2]!]);
  }
  for (const m of text.matchAll(/(?<![\d./-])(\d{1,2})[./](\d{4})(?!\d)/g)) dates.push([+m[2]!, +m[1]!, 0]);
  return dates;
}

/** The parts of a date (year, month, day) that the evidence does not write. */
export function missingDateParts(evidence: string, date: string): ('year' | 'month' | 'day')[] {
  const { year, month, day } = partialDate(date);
  const text = dateText(evidence);
  const numeric = numericDates(text);
  const missing: ('year' | 'month' | 'day')[] = [];
  if (!new RegExp(`(?<!\\d)${year}(?!\\d)`).test(text)) missing.push('year');
  if (month !== undefined) {
    const named = new RegExp(`(?<!\\p{L})(?:${monthPattern(month)})(?!\\p{L})`, 'u');
    if (!named.test(text) && !numeric.some(([y, m]) => y === year && m === month)) missing.push('month');
  }
  if (month !== undefined && day !== undefined) {
    const months = `(?:${monthPattern(month)})`;
    const dayWord = day === 1 ? '(?:0?1|premier|primero|first)' : `0?${day}`;
    const dayFirst = new RegExp(`(?<![\\d.,])${dayWord}(?:er|re|st|nd|rd|th|º|°)? (?:de |of )?${months}(?!\\p{L})`, 'u');
    const monthFirst = new RegExp(`(?<!\\p{L})${months} (?:the )?${dayWord}(?:st|nd|rd|th)?(?![\\d.,]\\d|\\d)`, 'u');
    if (!dayFirst.test(text) && !monthFirst.test(text) && !numeric.some(([y, m, d]) => y === year && m === month && d === day)) missing.push('day');
  }
  return missing;
}

function describeDatePart(part: 'year' | 'month' | 'day', date: string): string {
  const { year, month, day } = partialDate(date);
  if (part === 'year') return `the year ${year}`;
  if (part === 'month') return `the month (${MONTH_NAMES[month!]})`;
  return `the day (${day} ${MONTH_NAMES[month!]})`;
}

// ---------------------------------------------------------------------------------------------
// Passages and quoted words

/** True when the passage has too few words or characters to identify a place in the text. */
export function tooShort(evidence: string): boolean {
  const text = evidence.replace(/\s+/g, ' ').trim();
  const words = text.match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.length < MIN_WORDS || text.length < MIN_CHARS;
}

/** True when `words` appear in the evidence as whole words (case, spacing and quote marks ignored). */
export function containsWords(evidence: string, words: string): boolean {
  return hasWords(fold(evidence), fold(words));
}

/** `containsWords` on folded text. */
function hasWords(text: string, needle: string): boolean {
  if (needle.length === 0) return false;
  const wordChar = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
  return occurrences(text, needle).some(
    (at) => !(wordChar(needle[0]) && wordChar(text[at - 1])) && !(wordChar(needle.at(-1)) && wordChar(text[at + needle.length])),
  );
}

/**
 * Keys whose quotes are not the report's words in our text: passages and the report's headline
 * (its own words), what another source says and the basis of an inference (their quotes are
 * those sources'), and our English glosses (`gloss`, `titleGloss`…: labelled translations).
 */
const NOT_OUR_WORDS = new Set(['evidence', 'headline', 'says', 'basis', 'url']);
const isGloss = (key: string) => /^gloss$|Gloss$/.test(key);

/**
 * The words inside quotation marks: double quotes or guillemets, curly or straight, and curly
 * single quotes (`An ‘elite’ workshop`; a ’ followed by a letter is an apostrophe, not a close):
 * `An “elite” workshop` → `["elite"]`.
 */
export function quotedSpans(text: string): string[] {
  const flat = text.normalize('NFC').replace(/\s+/g, ' ');
  return [...flat.replace(/[«»“”„‟″‹›]/g, '"').matchAll(/"([^"]+)"/g), ...flat.matchAll(/‘(.+?)’(?!\p{L})/gu)]
    .map((m) => m[1]!.trim())
    .filter((q) => q.length > 0);
}

/** Where `needle` occurs in `text` as whole words at or after `from`, or -1. */
function wordsAt(text: string, needle: string, from: number): number {
  const wordChar = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
  return (
    occurrences(text, needle).find(
      (at) => at >= from && !(wordChar(needle[0]) && wordChar(text[at - 1])) && !(wordChar(needle.at(-1)) && wordChar(text[at + needle.length])),
    ) ?? -1
  );
}

/**
 * True when a quoted span is in one block of the text: its parts (split at an ellipsis) in order
 * in the same paragraph, so a quote cannot be stitched from words far apart.
 */
function quoteIn(blocks: string[], span: string): boolean {
  const parts = fold(span)
    .split(/…|\.\.\.|\[…\]/)
    .map((p) => p.replace(/^[\s.,;:!?]+|[\s.,;:!?]+$/gu, ''))
    .filter((p) => p.length > 0);
  if (parts.length === 0) return false;
  return blocks.some((block) => {
    let from = 0;
    for (const part of parts) {
      const at = wordsAt(block, part, from);
      if (at < 0) return false;
      from = at + part.length;
    }
    return true;
  });
}

/** Every text field of raw frontmatter written in our voice, with its dotted path. */
function ourTexts(value: unknown, path: string[] = []): { field: string; text: string }[] {
  if (typeof value === 'string') {
    const key = path.findLast((p) => !/^\d+$/.test(p)) ?? '';
    return NOT_OUR_WORDS.has(key) || isGloss(key) ? [] : [{ field: path.join('.'), text: value }];
  }
  if (Array.isArray(value)) return value.flatMap((v, i) => ourTexts(v, [...path, String(i)]));
  if (typeof value === 'object' && value !== null) return Object.entries(value).flatMap(([k, v]) => ourTexts(v, [...path, k]));
  return [];
}

/**
 * Words we put in quotation marks in our own text (frontmatter fields, and the body's blocks for
 * a comparison) that are not in `sources` (the body blocks of the article, or of both compared
 * articles), as whole words, ignoring case. Quotes in `NOT_OUR_WORDS` fields are skipped: they are the sources'.
 */
export function quotedWordIssues(frontmatter: unknown, sources: string[], ownBody: string[] = [], where = "the report's text"): EvidenceIssue[] {
  const fields = [...ourTexts(frontmatter), ...ownBody.map((text) => ({ field: '(body)', text }))];
  const folded = sources.map(fold);
  return fields.flatMap(({ field, text }) =>
    quotedSpans(text)
      .filter((span) => !quoteIn(folded, span))
      .map((span) => ({
        field,
        message: `“${span}” is shown in quotation marks but is not in ${where} (quote the report's words exactly, or drop the quotation marks and say whose words they are)`,
      })),
  );
}

/** The evidence as quoted in an error: whole when short, else its first and last words. */
export function excerpt(evidence: string, max = 90): string {
  const text = evidence.replace(/\s+/g, ' ').trim();
  if (text.length <= max) return `"${text}"`;
  const half = Math.floor((max - 3) / 2);
  const head = text.slice(0, half + 1).replace(/\s+\S*$/, '');
  const tail = text.slice(-half - 1).replace(/^\S*\s+/, '');
  return `"${head} … ${tail}"`;
}

// ---------------------------------------------------------------------------------------------
// The check

function amountIssues(a: Amount, i: number): EvidenceIssue[] {
  const issues: EvidenceIssue[] = [];
  if (!statesAmount(a.evidence, a.value, a.scale)) {
    issues.push({
      field: `amounts.${i}.value`,
      message: `${describeAmount(a.value, a.scale)} is not stated in the evidence ${excerpt(a.evidence)} (write the number as the passage does: "trois millions" is value 3, scale million)`,
    });
  }
  for (const key of ['hedgeWords', 'periodWords'] as const) {
    const words = a[key];
    if (words !== null && !containsWords(a.evidence, words)) {
      issues.push({ field: `amounts.${i}.${key}`, message: `"${words}" is shown in quotation marks but is not in the evidence ${excerpt(a.evidence)}` });
    }
  }
  return issues;
}

function dateIssues(d: DateFact, i: number): EvidenceIssue[] {
  if (d.status !== 'stated') return [];
  const missing = missingDateParts(d.evidence, d.date);
  if (missing.length === 0) return [];
  const parts = missing.map((p) => describeDatePart(p, d.date)).join(', ');
  return [
    {
      field: `dates.${i}.date`,
      message: `${parts} of "${d.date}" ${missing.length === 1 ? 'is' : 'are'} not stated in the evidence ${excerpt(d.evidence)} (a date the text only points to, such as "ce samedi", is status: inferred, with its basis)`,
    },
  ];
}

/** Every way the article's evidence fails to state what we show of its facts. */
export function evidenceValueIssues(article: Article): EvidenceIssue[] {
  const issues: EvidenceIssue[] = [];
  for (const fact of factsOf(article)) {
    if (tooShort(fact.evidence)) {
      issues.push({
        field: `${fact.path}.evidence`,
        message: `evidence ${excerpt(fact.evidence)} is too short to identify a passage: quote at least ${MIN_WORDS} words and ${MIN_CHARS} characters of the sentence that states the fact`,
      });
    }
  }
  article.amounts.forEach((a, i) => issues.push(...amountIssues(a, i)));
  article.dates.forEach((d, i) => issues.push(...dateIssues(d, i)));
  article.people.forEach((p, i) => {
    if (p.title !== null && !containsWords(p.evidence, p.title)) {
      issues.push({
        field: `people.${i}.title`,
        message: `"${p.title}" is shown in quotation marks but is not in the evidence ${excerpt(p.evidence)} (give the title as printed, or null)`,
      });
    }
  });
  return issues;
}
