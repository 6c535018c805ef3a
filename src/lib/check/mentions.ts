/**
 * The figures and dates of a free text (a translated field, a gloss), in order, each read with
 * what the located reader reads around a figure in a report's body, in the text's language:
 *
 * - a **figure**: a number in digits or words with its scale (numbers.ts), the hedge right before
 *   or after it ("environ", "more than", "ou plus"), the currency before or after it ("€2bn",
 *   "3 millions de pesos"), what it counts after it, a few describing words allowed between
 *   ("two ambitious film projects", "8 semaines"), a percentage sign, an ordinal suffix ("8th",
 *   "8.ª"), and the period phrase right after it ("par an", "para 2025");
 * - a **date**: a month by name with its day and year beside it ("12 July 2025", "July 12, 2025",
 *   "le 12 juillet 2025", "12 de julio de 2025", "mai 2025") with the weekday before it ("Monday
 *   14 July 2025"), or a year alone. A weekday alone is not read ("ce samedi", "La Tribune Dimanche").
 *
 * A single number word reads as a number ("dos", "quatre", "twelve"), except the article-like
 * "a", "one", "un", "une", "uno", "una" and the French "neuf" (also "new"); "both", "ambos" and
 * "ambas" read as 2 ("les deux"), and "aucun des deux", "ninguna de las dos" as "neither", no count. Where a language writes months in lower case (French,
 * Spanish), a capitalised month inside a sentence is part of a name ("la Belle de Mai"). Pure;
 * linear in the text.
 */
import { YEAR_RANGE } from '../text-rules.ts';
import { hedgeEndingAt, isMonthAt, negationAt, trailingHedgeAt } from './figures.ts';
import { englishNumber, isNumberWord, isScaleWord, numberSpans, parseNumberAt } from './numbers.ts';
import { periodAt } from './periods.ts';
import { gapBefore, tokenize, Vocabulary, type Lang, type Token } from './tokens.ts';
import {
  CONNECTORS,
  COUNT_NOUNS,
  CURRENCIES,
  HEDGE_SUGGESTIONS,
  HEDGES,
  MONTHS,
  ORDINAL_SUFFIXES,
  ORDINAL_WORDS,
  OTHER_PERIODS,
  PERCENT,
  RANGE_WORDS,
  RATIO_WORDS,
  TRAILING_HEDGES,
  UNITS,
  WEEKDAYS,
  ZERO_OF,
  type Hedge,
  type Period,
  type Unit,
} from './vocabulary.ts';

export interface Figure {
  kind: 'figure';
  words: string;
  value: number;
  hedge: Hedge | null;
  /** The ISO 4217 codes the currency words allow ("pesos": MXN, ARS…), or null. */
  currency: readonly string[] | null;
  unit: Unit | 'percent' | null;
  /** Its period; `other` for one no fact models ("par mois", "monthly"). */
  period: Period | 'other' | null;
  /** The word that negates it ("ne dit pas environ 3 millions"), when one does. */
  negated?: string;
}

export type TextFigure =
  | Figure
  | {
      kind: 'date';
      words: string;
      year?: number;
      month?: number;
      day?: number;
      weekday?: number;
      /** A day or part relative to it ("le lendemain du 12 juillet": "day after"; "fin mai": "late"). */
      relative?: string;
    };

/** Words before a date that shift it or take a part of it; a translation keeps each where its original has it. */
const RELATIVE_DATES = {
  en: new Vocabulary<string>([
    ['the day after', 'day after'],
    ['day after', 'day after'],
    ['the day before', 'day before'],
    ['day before', 'day before'],
    ['the eve of', 'day before'],
    ['eve of', 'day before'],
    ['early', 'early'],
    ['mid', 'mid'],
    ['mid-', 'mid'],
    ['late', 'late'],
  ]),
  fr: new Vocabulary<string>([
    ['lendemain', 'day after'],
    ['surlendemain', 'two days after'],
    ['veille', 'day before'],
    ['avant-veille', 'two days before'],
    ['début', 'early'],
    ['mi', 'mid'],
    ['mi-', 'mid'],
    ['fin', 'late'],
  ]),
  es: new Vocabulary<string>([
    ['día siguiente', 'day after'],
    ['día después', 'day after'],
    ['víspera', 'day before'],
    ['día anterior', 'day before'],
    ['principios de', 'early'],
    ['comienzos de', 'early'],
    ['mediados de', 'mid'],
    ['finales de', 'late'],
    ['fines de', 'late'],
  ]),
};
/** Words beside a weekday that move it to another week ("el sábado anterior", "le samedi suivant", "the following Saturday"); "samedi dernier" and "el sábado pasado" are "this past Saturday", a plain weekday. */
const RELATIVE_WEEKS: Record<Lang, { before: Set<string>; after: Set<string> }> = {
  en: { before: new Set(['previous', 'next', 'following']), after: new Set([]) },
  fr: { before: new Set([]), after: new Set(['précédent', 'suivant', 'prochain']) },
  es: { before: new Set([]), after: new Set(['anterior', 'siguiente', 'próximo']) },
};
/** Words that may stand between a relative word and its date ("le lendemain du 12 juillet"). */
const DATE_LINKS = new Set(['du', 'de', 'del', 'd', 'le', 'la', 'el', 'al', 'of', 'the', '-']);

/** Single number words that are articles as often as counts, and the French "neuf" ("new"). */
const NOT_READ_ALONE: Record<Lang, Set<string>> = { en: new Set(['a', 'one']), fr: new Set(['un', 'une', 'neuf']), es: new Set(['un', 'uno', 'una']) };
/** Words after which a lone "neuf" is a count: "zéro sur neuf", "contre neuf". */
const COUNT_LEADS: Record<Lang, Set<string>> = { en: new Set(), fr: new Set(['sur', 'contre']), es: new Set() };
/** True when the lone number word at token `k` follows a count lead or a number and a range word ("huit ou neuf"). */
function countAfter(text: string, t: readonly Token[], k: number, lang: Lang): boolean {
  const previous = t[k - 1];
  if (!previous) return false;
  if (COUNT_LEADS[lang].has(previous.key)) return true;
  const number = t[k - 2];
  return RANGE_WORDS[lang].match(text, t, k - 1)?.end === k && (number?.kind === 'digits' || isNumberWord(number?.key ?? '', lang));
}
/** "Neither" as each language writes it: no count ("aucun des deux articles" is "neither report"). */
const NEITHER = {
  en: new Vocabulary<true>([]),
  fr: new Vocabulary<true>(['aucun des deux', 'aucune des deux', 'ni l’un ni l’autre', "ni l'un ni l'autre"].map((w) => [w, true])),
  es: new Vocabulary<true>(['ninguno de los dos', 'ninguna de las dos', 'ni uno ni otro', 'ni una ni otra'].map((w) => [w, true])),
};
/** Words for "both": a count of two. */
const BOTH: Record<Lang, Set<string>> = { en: new Set(['both']), fr: new Set(), es: new Set(['ambos', 'ambas']) };

const isYear = (token: Token | undefined) =>
  token?.kind === 'digits' && /^\d{4}$/.test(token.text) && +token.text >= YEAR_RANGE.min && +token.text <= YEAR_RANGE.max;
const dayOf = (token: Token | undefined) =>
  token?.kind === 'digits' && /^\d{1,2}$/.test(token.text) && +token.text >= 1 && +token.text <= 31 ? +token.text : null;

/** True when the month at token `k` is one: capitalised in English; in French and Spanish lower case, or opening a sentence. */
function monthAt(text: string, t: readonly Token[], k: number, lang: Lang): boolean {
  if (!isMonthAt(text, t, k, lang)) return false;
  if (lang === 'en' || !/^\p{Lu}/u.test(t[k]!.text)) return true;
  return k === 0 || /^[.!?;:(]$/.test(t[k - 1]!.text);
}

/** The dates written with a month by name, marking their tokens in `taken`. */
function monthDates(text: string, t: readonly Token[], lang: Lang, taken: boolean[]): (TextFigure & { at: number })[] {
  const found: (TextFigure & { at: number })[] = [];
  // A day with its suffix, if any ("12", "1er", "12th"), ending before token `k`: its first token.
  const dayEndingAt = (k: number) =>
    dayOf(t[k - 1]) !== null ? k - 1 : t[k - 1]?.kind === 'word' && gapBefore(text, t, k - 1) === '' && dayOf(t[k - 2]) !== null ? k - 2 : -1;
  for (let k = 0; k < t.length; k++) {
    if (taken[k] || !monthAt(text, t, k, lang)) continue;
    const month = MONTHS[lang].match(text, t, k)!;
    let first = k;
    let j = month.end;
    let day: number | undefined;
    // "12 juillet", "1er mai", "12 de julio", "12th July".
    const before = dayEndingAt(lang === 'es' && t[k - 1]?.key === 'de' ? k - 1 : k);
    if (before >= 0 && !taken[before]) {
      day = dayOf(t[before])!;
      first = before;
    } else if (lang === 'en' && dayOf(t[j]) !== null) {
      // "July 12", "July 12th".
      day = dayOf(t[j])!;
      j += t[j + 1]?.kind === 'word' && gapBefore(text, t, j + 1) === '' ? 2 : 1;
    }
    // "juillet 2025", "July 12, 2025", "julio de 2025".
    const joiner = [',', 'de', 'del'].includes(t[j]?.key ?? '') ? 1 : 0;
    const year = isYear(t[j + joiner]) ? +t[j + joiner]!.text : undefined;
    if (year !== undefined) j += joiner + 1;
    // "Monday 14 July 2025", "lundi 14 juillet", "el lunes 14 de julio": the weekday is part of the date.
    const weekday = day !== undefined ? WEEKDAYS[lang].match(text, t, first - 1) : null;
    if (weekday) first -= 1;
    for (let m = first; m < j; m++) taken[m] = true;
    found.push({ kind: 'date', words: text.slice(t[first]!.start, t[j - 1]!.end), day, month: month.value, year, weekday: weekday?.value, at: first });
  }
  return found;
}

/**
 * What a figure counts or is paid in, from token `from`: a currency right after it (or after
 * "de", "of"), or what it counts, with at most `describing` words before it ("two ambitious film
 * projects"; a hyphenated compound is one word: "four end-of-year clips", unless it is what is
 * counted: "an 11,000-square-metre building", "a three-year programme").
 */
function countedAfter(
  text: string,
  t: readonly Token[],
  from: number,
  lang: Lang,
  describing: number,
): { currency?: readonly string[]; unit?: Unit; end: number } | null {
  const glued = (k: number) => t[k]?.text === '-' && gapBefore(text, t, k) === '' && t[k + 1] !== undefined && gapBefore(text, t, k + 1) === '';
  const start = CONNECTORS[lang].match(text, t, from)?.end ?? (glued(from) ? from + 1 : from);
  const currency = CURRENCIES.match(text, t, start);
  if (currency) {
    const next = t[currency.end];
    // "pesos en dollars", "pesos (en dólares)", "in dollars": the currency the figure is given in.
    const opened = next?.text === '(' ? currency.end + 1 : currency.end;
    const given = ['en', 'in'].includes(t[opened]?.key ?? '') ? CURRENCIES.match(text, t, opened + 1) : null;
    if (given) return { currency: given.value, end: given.end };
    // "pesos oro", "pesos cubanos convertibles", "pesos-or": a peso qualified by a word the vocabulary does not list is no currency we know.
    const bare = /^pesos?$/.test(t[start]!.key) || /^pesos?$/.test(t[currency.end - 1]!.key);
    if (bare && next && gapBefore(text, t, currency.end) === '' && next.text === '-' && t[currency.end + 1]?.kind === 'word')
      return { currency: [UNKNOWN_CURRENCY], end: currency.end + 2 };
    if (bare && next?.kind === 'word' && !AFTER_CURRENCY[lang].has(next.key) && !followsFreely(text, t, currency.end, lang))
      return { currency: [UNKNOWN_CURRENCY], end: currency.end + 1 };
    return { currency: currency.value, end: currency.end };
  }
  for (let k = start, words = 0; k < t.length && words <= describing; words++) {
    let last = k;
    while (glued(last + 1) && t[last + 2]!.kind === 'word') last += 2;
    const compound = t.slice(k, last + 1).filter((token) => token.text !== '-');
    const phrase = compound.map((token) => token.text).join(' ');
    const unit = last === k ? UNITS[lang].match(text, t, k) : UNITS[lang].match(phrase, tokenize(phrase), 0);
    if (unit && (last === k || unit.end === compound.length)) return { unit: unit.value, end: last === k ? unit.end : last + 1 };
    const token = t[k]!;
    if (token.kind !== 'word' || isNumberWord(token.key, lang) || isScaleWord(token.key, lang) || SET_AGAINST[lang].match(text, t, k)) return null;
    k = last + 1;
  }
  return null;
}

/** What a currency's words read as when they qualify a currency by no country the vocabulary lists ("pesos oro"). */
export const UNKNOWN_CURRENCY = 'an unlisted currency';

/** Words that may follow "pesos" without qualifying it: function words, conjunctions, prepositions. */
const AFTER_CURRENCY: Record<Lang, Set<string>> = {
  en: new Set([
    'and',
    'or',
    'of',
    'for',
    'in',
    'to',
    'from',
    'by',
    'with',
    'without',
    'per',
    'a',
    'an',
    'the',
    'that',
    'which',
    'as',
    'at',
    'on',
    'each',
    'every',
    'is',
    'are',
    'was',
    'were',
  ]),
  fr: new Set([
    'et',
    'ou',
    'de',
    'd',
    'du',
    'des',
    'pour',
    'en',
    'à',
    'au',
    'aux',
    'par',
    'avec',
    'sans',
    'selon',
    'le',
    'la',
    'les',
    'l',
    'un',
    'une',
    'que',
    'qui',
    'dont',
    'chaque',
    'est',
    'sont',
    'soit',
    'sur',
    'dans',
  ]),
  es: new Set([
    'y',
    'e',
    'o',
    'u',
    'de',
    'del',
    'para',
    'por',
    'en',
    'a',
    'al',
    'con',
    'sin',
    'según',
    'el',
    'la',
    'los',
    'las',
    'un',
    'una',
    'que',
    'cada',
    'es',
    'son',
    'sobre',
  ]),
};

/** True when the words at token `k` set off something other than a qualifier: "vs", a period, a hedge. */
const followsFreely = (text: string, t: readonly Token[], k: number, lang: Lang): boolean =>
  SET_AGAINST[lang].match(text, t, k) !== null ||
  OTHER_PERIODS[lang].match(text, t, k) !== null ||
  periodAt(text, t, k, lang) !== null ||
  TRAILING_HEDGES[lang].match(text, t, k) !== null;

/** Words that set one thing against another: what follows them is not what the figure before counts ("MXN 3m vs no project figure"). */
const SET_AGAINST = {
  en: new Vocabulary<true>(['vs', 'versus', 'against'].map((w) => [w, true])),
  fr: new Vocabulary<true>(['contre', 'vs', 'versus', 'face à'].map((w) => [w, true])),
  es: new Vocabulary<true>(['frente a', 'contra', 'vs', 'versus'].map((w) => [w, true])),
};

/** Marks that end the clause a figure stands in (a comma does not: "by 2025, 25,000 jobs" is "para 2025 … 25.000 empleos"). */
const CLAUSE_END = /^[.;:!?()[\]—–]$/;

/** How many words may stand between a figure and a period phrase naming years that is its own ("2 billion euros to the French economy by 2025"). */
const YEAR_PERIOD_REACH = 4;

/**
 * The period of the figure at tokens [start, end): the first period phrase after it in its clause
 * ("250 millions d'euros par an", "2 billion euros to the French economy by 2025"), else the
 * nearest one before it there that names a year ("by 2025, this strategy will create 25,000
 * jobs") or that ends right at it ("a total of 25,000").
 */
function periodInClause(text: string, t: readonly Token[], start: number, end: number, lang: Lang): Period | 'other' | null {
  for (let k = end, words = 0; k < t.length && !CLAUSE_END.test(t[k]!.text); k++) {
    if (OTHER_PERIODS[lang].match(text, t, k)) return 'other';
    const found = periodAt(text, t, k, lang);
    // A phrase naming years ("de 2021 à 2024") is the figure's only near it; further on it dates what the clause says next.
    if (found && (words <= YEAR_PERIOD_REACH || !t.slice(k, found.end).some(isYear))) return found.period;
    if (t[k]!.kind === 'word') words++;
  }
  for (let k = start - 1; k >= 0 && !CLAUSE_END.test(t[k]!.text); k--) {
    const found = periodAt(text, t, k, lang);
    if (found && (found.end === start || t.slice(k, found.end).some(isYear))) return found.period;
  }
  return null;
}

/**
 * A hedge of the figure ending at token `end` written after its period phrase or a comma ("250
 * millions d'euros par an au minimum", "al año, como mínimo"), and not before another number.
 */
function hedgeLaterInClause(text: string, t: readonly Token[], end: number, lang: Lang): Hedge | null {
  let k = end;
  const period = periodAt(text, t, k, lang)?.end ?? OTHER_PERIODS[lang].match(text, t, k)?.end;
  if (period !== undefined) k = period;
  while (t[k]?.text === ',') k++;
  if (k === end) return null;
  const found = TRAILING_HEDGES[lang].match(text, t, k) ?? HEDGES[lang].match(text, t, k);
  if (!found) return null;
  const next = parseNumberAt(text, t, found.end, lang, true);
  return next && !('error' in next) ? null : found.value;
}

/** The value of an upper-case Roman numeral from II to XXXIX, or null. */
function romanValue(word: string): number | null {
  const m = /^(X{0,3})(IX|IV|V?I{0,3})$/.exec(word);
  if (!m || word.length < 2) return null;
  const ones: Record<string, number> = { '': 0, I: 1, II: 2, III: 3, IV: 4, V: 5, VI: 6, VII: 7, VIII: 8, IX: 9 };
  const value = m[1]!.length * 10 + ones[m[2]!]!;
  return value >= 2 ? value : null;
}

/** Prepositions and partitives after which a negation governs another word than the figure that follows. */
const NEGATION_STOPS: Record<Lang, Set<string>> = {
  en: new Set(['of', 'for', 'in', 'on', 'to', 'from', 'with', 'by', 'about']),
  fr: new Set(['de', 'des', 'du', 'd', 'pour', 'sur', 'en', 'à', 'dans', 'avec', 'par']),
  es: new Set(['de', 'del', 'para', 'por', 'en', 'sobre', 'con', 'a']),
};

/** Every figure and date of `input`, read in `lang`, in order; `weekdays` reads a weekday alone as a date too ("ce samedi", a gloss's). */
export function figuresIn(input: string, lang: Lang, opts: { weekdays?: boolean } = {}): TextFigure[] {
  return figuresAt(input, lang, opts).figures.map(({ at: _, end: _end, ...rest }) => rest as TextFigure);
}

/**
 * `figuresIn`, with where each figure stands: `at` and `end` index `tokens`, the tokens of `text`
 * (`input` as read: NFC, typographic spaces and apostrophes made plain).
 */
export function figuresAt(
  input: string,
  lang: Lang,
  { weekdays = false }: { weekdays?: boolean } = {},
): { text: string; tokens: Token[]; figures: (TextFigure & { at: number; end: number })[] } {
  // French typography groups thousands with a no-break or narrow no-break space ("250 000 000"),
  // and apostrophes read as the vocabulary writes them ("d’euros").
  const text = input
    .normalize('NFC')
    .replace(/[\u00a0\u202f\u2009]/g, ' ')
    .replace(/’/g, "'")
    .replace(/[‐‑]/g, '-');
  const t = tokenize(text);
  const taken = new Array<boolean>(t.length).fill(false);
  const found: (TextFigure & { at: number })[] = monthDates(text, t, lang, taken);
  const figure = (at: number, words: string, value: number): Figure & { at: number } => ({
    kind: 'figure',
    words,
    value,
    hedge: null,
    currency: null,
    unit: null,
    period: null,
    at,
  });
  for (let k = 0; k < t.length; k++) {
    const neither = NEITHER[lang].match(text, t, k);
    for (let m = k; m < (neither?.end ?? k); m++) taken[m] = true;
    if (taken[k] || !BOTH[lang].has(t[k]!.key)) continue;
    // "both days": what it counts, as after a number.
    const counted = countedAfter(text, t, k + 1, lang, 0);
    found.push({ ...figure(k, text.slice(t[k]!.start, t[(counted?.unit ? counted.end : k + 1) - 1]!.end), 2), unit: counted?.unit ?? null });
  }
  for (let k = 0; k < t.length; k++) {
    // "une douzaine de clips", "twice", "la mitad": numbers in words that are no number words.
    const words = taken[k] ? null : (COUNT_NOUNS[lang].match(text, t, k) ?? RATIO_WORDS[lang].match(text, t, k));
    if (!words) continue;
    for (let m = k; m < words.end; m++) taken[m] = true;
    const counted = countedAfter(text, t, words.end, lang, 0);
    const last = counted?.unit ? counted.end : words.end;
    found.push({ ...figure(k, text.slice(t[k]!.start, t[last - 1]!.end), words.value), unit: counted?.unit ?? null });
  }
  for (let k = 0; k < t.length; k++) {
    // "huitième édition", "octava edición": a rank in words, read as "8th" is.
    const rank = taken[k] ? null : ORDINAL_WORDS[lang].match(text, t, k);
    if (rank) {
      for (let m = k; m < rank.end; m++) taken[m] = true;
      found.push(figure(k, text.slice(t[k]!.start, t[rank.end - 1]!.end), rank.value));
      continue;
    }
    // "aucun sur 9", "ninguna de 9", "none of 9": a count of 0 set against the number after it.
    const zero = taken[k] ? null : ZERO_OF[lang].match(text, t, k);
    const next = zero ? t[zero.end] : undefined;
    if (zero && next && (next.kind === 'digits' || isNumberWord(next.key, lang))) {
      taken[k] = true;
      found.push(figure(k, t[k]!.text, 0));
    }
  }
  for (let k = 0; k < t.length; k++) {
    // "XII élèves": an upper-case Roman numeral before a lower-case word is a count, unless it
    // follows a capitalised word, whose number it is ("Louis XII", "Plan II").
    const value = taken[k] ? null : romanValue(t[k]!.text);
    const next = t[k + 1];
    const previous = t[k - 1];
    if (value === null || next?.kind !== 'word' || !/^\p{Ll}/u.test(next.text)) continue;
    if (previous?.kind === 'word' && /^\p{Lu}/u.test(previous.text)) continue;
    taken[k] = true;
    const counted = countedAfter(text, t, k + 1, lang, 0);
    found.push({ ...figure(k, text.slice(t[k]!.start, t[(counted?.unit ? counted.end : k + 1) - 1]!.end), value), unit: counted?.unit ?? null });
  }
  for (let k = 0; weekdays && k < t.length; k++) {
    // "ce samedi", "this Saturday": in a gloss, a weekday alone dates what the passage says.
    const day = taken[k] ? null : WEEKDAYS[lang].match(text, t, k);
    if (!day || (lang !== 'en' && /^\p{Lu}/u.test(t[k]!.text) && k > 0 && !/^[.!?;:(]$/.test(t[k - 1]!.text))) continue;
    taken[k] = true;
    found.push({ kind: 'date', words: t[k]!.text, weekday: day.value, at: k });
  }
  for (const [start, spanEnd] of numberSpans(text, t, lang)) {
    if (taken.slice(start, spanEnd).some(Boolean)) continue;
    const parsed = parseNumberAt(text, t, start, lang, true);
    if (!parsed || 'error' in parsed) continue;
    if (
      !parsed.digits &&
      parsed.end - parsed.start === 1 &&
      NOT_READ_ALONE[lang].has(t[start]!.key) &&
      !(t[start]!.key === 'neuf' && countAfter(text, t, start, lang))
    )
      continue;
    const found1 = figure(start, '', parsed.total);
    let end = parsed.end;
    // "€2bn", "US$ 5": a currency sign or code right before the number.
    for (let k = Math.max(0, start - 2); k < start; k++) {
      const sign = CURRENCIES.match(text, t, k);
      if (sign?.end === start && (t[k]!.kind === 'other' || /^[A-Z]/.test(t[k]!.text))) {
        found1.currency = sign.value;
        found1.at = k;
        break;
      }
    }
    // "25.000 y pico empleos", "15-odd companies": a hedge between the number and what it counts.
    let inner: Hedge | null = null;
    if (t[end]?.text === '-' && gapBefore(text, t, end) === '' && t[end + 1]?.key === 'odd') {
      inner = 'more-than';
      end += 2;
    } else if (end < t.length && gapBefore(text, t, end) === ' ') {
      const m = TRAILING_HEDGES[lang].match(text, t, end);
      if (m?.value === 'more-than' && countedAfter(text, t, m.end, lang, 0)) {
        inner = m.value;
        end = m.end;
      }
    }
    const percent = PERCENT[lang].match(text, t, end);
    const suffix = t[end] && gapBefore(text, t, end) === '' ? t[end]! : null;
    if (percent) {
      found1.unit = 'percent';
      end = percent.end;
    } else if (parsed.digits && suffix && ORDINAL_SUFFIXES.has(suffix.key)) {
      // "8th", "8e", "1er": a rank is read as its number ("15th arrondissement" is "distrito 15").
      end += 1;
    } else if (parsed.digits && suffix?.text === '.' && /^[ºª°]$/.test(t[end + 1]?.text ?? '') && gapBefore(text, t, end + 1) === '') {
      // "8.ª", "1.º".
      end += 2;
    } else {
      // A year counts nothing: "2025 empleos" is a count, "en 2025" a year.
      let counted = countedAfter(text, t, end, lang, isYear(t[start]) && parsed.end === start + 1 ? 0 : 3);
      if (!counted && !found1.currency && isYear(t[start]) && parsed.end === start + 1) {
        found.push({ kind: 'date', words: t[start]!.text, year: parsed.total, at: start });
        continue;
      }
      // A figure with its currency before it ("MXN 3m") pays; it counts nothing after it.
      if (counted?.unit && found1.currency) counted = null;
      if (counted?.unit) found1.unit = counted.unit;
      if (counted?.currency && !found1.currency) found1.currency = counted.currency;
      if (counted && (counted.unit || found1.currency === counted.currency)) end = counted.end;
    }
    // A hedge is not read from words that open a period ("over the three years").
    const before = hedgeEndingAt(text, t, found1.at, lang);
    const opensPeriod = before !== null && periodAt(text, t, found1.at - tokenize(before.words).length, lang) !== null;
    found1.hedge =
      (opensPeriod ? null : before)?.hedge ??
      inner ??
      (end < t.length ? trailingHedgeAt(text, t, end, lang) : null)?.hedge ??
      hedgeLaterInClause(text, t, end, lang);
    found1.period = periodInClause(text, t, found1.at, end, lang);
    found1.words = text.slice(t[found1.at]!.start, t[end - 1]!.end);
    found.push(found1);
  }
  const endOf = (f: { at: number; words: string }) => {
    const last = t[f.at]!.start + f.words.length;
    let k = f.at;
    while (k + 1 < t.length && t[k]!.end < last) k++;
    return k + 1;
  };
  const figures = found.sort((a, b) => a.at - b.at).map((f) => ({ ...f, end: endOf(f) }));
  for (const f of figures) {
    if (f.kind !== 'date') continue;
    let k = f.at - 1;
    while (k >= 0 && DATE_LINKS.has(t[k]!.key) && f.at - k <= 3) k--;
    // The relative words end on the date or on the links before it ("a finales de mayo").
    for (let from = Math.max(0, k - 2); from <= k && f.relative === undefined; from++) {
      const word = RELATIVE_DATES[lang].match(text, t, from);
      if (word && word.end > k && word.end <= f.at) f.relative = word.value;
    }
    if (f.weekday !== undefined && f.day === undefined) {
      if (RELATIVE_WEEKS[lang].before.has(t[f.at - 1]?.key ?? '') || RELATIVE_WEEKS[lang].after.has(t[f.end]?.key ?? '')) f.relative ??= 'another week';
    }
  }
  // A period word further off in the sentence ("la part annuelle de StreamCo… environ 3 millions",
  // "(versés chaque mois)") is the period of the figure nearest to it, when that one has none.
  for (let k = 0; k < t.length; k++) {
    const other = OTHER_PERIODS[lang].match(text, t, k);
    const yearly = other ? null : periodAt(text, t, k, lang);
    const end = other?.end ?? (yearly?.period === 'per-year' ? yearly.end : null);
    if (end === null || figures.some((f) => f.at <= k && k < f.end)) continue;
    const sentence = (i: number) => t.slice(0, i).filter((x) => /^[.!?;]$/.test(x.text)).length;
    const distance = (f: { at: number; end: number }) => (f.end <= k ? k - f.end : f.at - end);
    const near = figures.filter((f) => sentence(f.at) === sentence(k)).sort((a, b) => distance(a) - distance(b))[0];
    if (near?.kind === 'figure' && near.period === null) near.period = other ? 'other' : 'per-year';
    k = end - 1;
  }
  for (const f of figures) {
    if (f.kind !== 'figure') continue;
    const k = negationAt(text, t, f.at, lang);
    if (k === null) continue;
    // The negation denies the figure when nothing but its hedge stands between them: not across
    // a clause's end, and not when it governs a word before it ("aucune pour ses 9 chiffres",
    // "aucun des 9", "sa citation n'est pas attribuée), sur deux projets"); a zero read as a
    // figure ("aucun sur 9") counts, it denies nothing.
    const hedge = hedgeEndingAt(text, t, f.at, lang);
    const between = t.slice(k + 1, f.at - (hedge ? tokenize(hedge.words).length : 0));
    if (between.some((x) => /^[,()[\]—–]$/.test(x.text) || NEGATION_STOPS[lang].has(x.key))) continue;
    if (figures.some((g) => g !== f && g.at <= k && k < g.end)) continue;
    f.negated = t[k]!.key === 't' ? text.slice(t[k - 2]!.start, t[k]!.end) : t[k]!.text;
  }
  return { text, tokens: t, figures };
}

/** True when two figures or dates say the same: value, hedge, currency, unit and period; or every part of a date. */
export function sameFigure(a: TextFigure, b: TextFigure): boolean {
  if (a.kind === 'date' || b.kind === 'date') {
    return (
      a.kind === 'date' &&
      b.kind === 'date' &&
      a.year === b.year &&
      a.month === b.month &&
      a.day === b.day &&
      a.weekday === b.weekday &&
      a.relative === b.relative
    );
  }
  const codes = (c: readonly string[] | null) => (c ? [...c].sort().join() : '');
  return (
    Math.abs(a.value - b.value) <= 1e-9 * Math.max(1, Math.abs(a.value)) &&
    a.hedge === b.hedge &&
    codes(a.currency) === codes(b.currency) &&
    a.unit === b.unit &&
    a.period === b.period
  );
}

const MONTH_NAMES = ['', 'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** A figure or date as a message names it: its words, then what they read as (“environ 3 millions de pesos” = about 3,000,000 in MXN/ARS/CLP…). */
export function describeFigure(f: TextFigure): string {
  if (f.kind === 'date') {
    const parts = [f.relative, f.weekday !== undefined ? WEEKDAY_NAMES[f.weekday] : null, f.day, f.month ? MONTH_NAMES[f.month] : null, f.year].filter(
      (p) => p != null,
    );
    return `“${f.words}” = ${parts.join(' ')}`;
  }
  const reading = [
    f.hedge,
    englishNumber(f.value),
    f.unit === 'percent' ? '%' : f.unit,
    f.currency ? (f.currency.length === 1 ? f.currency[0] : `in ${f.currency.slice(0, 3).join('/')}…`) : null,
    f.period,
  ].filter(Boolean);
  return `“${f.words}” = ${reading.join(' ')}`;
}

/**
 * Why a translation's figures and dates (`translated`) are not its original's, compared in order,
 * or null. `original` names the text compared against in the message ("the original", "the passage").
 */
export function figureDrift(original: readonly TextFigure[], translated: readonly TextFigure[], what = 'the original', lang?: Lang): string | null {
  const at = original.findIndex((f, i) => !translated[i] || !sameFigure(f, translated[i]!));
  const rule = 'a translation gives every figure and date of its original, in its order, with its hedge, currency, unit and period';
  if (at < 0 && translated.length === original.length) {
    // A figure keeps its original's denial: "Lima ne dit pas environ 3 millions" is not "Lima: about 3m".
    const denied = (f: TextFigure) => (f.kind === 'figure' ? (f.negated ?? null) : null);
    const i = original.findIndex((f, k) => (denied(f) === null) !== (denied(translated[k]!) === null));
    if (i < 0) return null;
    const [a, b] = [original[i]!, translated[i]!];
    return denied(b)
      ? `negates ${describeFigure(b)} (“${denied(b)}”) where ${what} states it: a translation denies a figure only where its original does`
      : `states ${describeFigure(b)} where ${what} negates it (“${denied(a)}”): a translation denies a figure where its original does`;
  }
  if (at < 0) return `gives ${describeFigure(translated[original.length]!)}, which ${what} does not give: ${rule}`;
  if (!translated[at]) return `leaves out ${describeFigure(original[at]!)} of ${what}: ${rule}`;
  const [a, b] = [original[at]!, translated[at]!];
  const hedge = a.kind === 'figure' && b.kind === 'figure' && a.hedge !== b.hedge ? a.hedge : null;
  const words = hedge && lang ? HEDGE_SUGGESTIONS[lang][hedge] : undefined;
  const hint = words ? ` (for “${hedge}” write ${words.map((w) => `“${w}”`).join(' or ')})` : '';
  return `gives ${describeFigure(b)} where ${what} gives ${describeFigure(a)}${hint}: ${rule}`;
}
