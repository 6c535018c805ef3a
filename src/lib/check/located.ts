/**
 * A figure is located, not searched. Once every passage is found in its article's body
 * (evidence.ts), this proves, for each fact:
 *
 * - its passage starts and ends on word boundaries of the body and cuts no number ("50 million"
 *   inside "250 million", "…à environ trois" before "millions", "5 entreprises" inside "15");
 * - an amount's `stated` words sit inside the passage on the same terms, and read (figures.ts),
 *   in the language of the passage (the report's, or the `<div lang>` it sits in), give the fact's
 *   value and scale, hedge, currency or unit; `hedgeWords` are the figure's own hedge and
 *   `periodWords` mean its period; a field the words do not give is declared in `readings`,
 *   whose quoted basis must be the report's words and must give that value;
 * - a date's `stated` words are one date expression (dates.ts) that gives the date exactly
 *   (stated) or agrees with it (inferred);
 * - who speaks the passage is who the fact says (speakers.ts): a person the passage names as
 *   speaking must be the fact's speaker, a passage inside a quotation is not the report's own
 *   voice, and a speaker the passage does not name is declared in `readings.speaker`.
 *
 * Pure: takes the validated article, its body blocks and where each passage was found.
 */
import type { Amount } from '../../schemas/amount.ts';
import { scales } from '../../schemas/amount.ts';
import type { Article } from '../../schemas/article.ts';
import { READING_KEYS, REPORT_VOICE, UNNAMED_VOICE, type Readings } from '../../schemas/common.ts';
import type { DateFact } from '../../schemas/date.ts';
import { CELL_SEPARATOR, type LangBlock } from '../body-text.ts';
import type { Match } from '../evidence.ts';
import { normaliseText } from '../evidence.ts';
import { containsWords, excerpt, fold, quotedSpans, wordsIn, type EvidenceIssue } from '../evidence-values.ts';
import { recordOf, factsOf, speakerOf, speakerField, type FactRef } from '../facts.ts';
import { partialDate } from '../partial-date.ts';
import { YEAR_RANGE } from '../text-rules.ts';
import { readDate, weekdayOf } from './dates.ts';
import {
  clauseTokensBefore,
  currenciesIn,
  hedgeEndingAt,
  hedgesIn,
  isMonthAt,
  negationBefore,
  periodNear,
  readFigure,
  trailingHedgeAt,
  unitsIn,
  type FigureWords,
} from './figures.ts';
import { englishNumber, LANG_NAMES, numberSpans } from './numbers.ts';
import { periodAt, periodExamples, periodOf, periodsIn } from './periods.ts';
import { namedIn, namesOnly } from './speakers.ts';
import { gapBefore, isWordChar, langOf, tokenize, type Lang, type Token } from './tokens.ts';
import { CONNECTORS, CURRENCIES, CURRENCY_COUNTRIES, HEDGES, PROJECTIONS, UNITS, YEAR_LEADS } from './vocabulary.ts';

/** A block of the body with its tokens and number spans, computed once. */
interface Block {
  text: string;
  lang: Lang | null;
  tokens: Token[];
  /** Character ranges of every number. */
  numbers: [number, number][];
  /** Offsets of its quote marks (normalised to `"`), once asked for. */
  quotes?: number[];
  /** A table row's column headings. */
  headings?: string[];
}

const q = (s: string) => `“${s}”`;
/** Units counted in whole numbers (the others are measures: square metres, days, years…). */
const COUNTED = new Set<string>(['jobs', 'courses', 'companies', 'clips', 'projects', 'productions', 'people']);
const MONTH_NAMES = ['', 'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function blockOf(cache: Map<number, Block>, blocks: readonly LangBlock[], index: number, fallback: Lang | null): Block {
  let block = cache.get(index);
  if (!block) {
    const { text, lang } = blocks[index]!;
    const tokens = tokenize(text);
    const own = lang === null ? fallback : langOf(lang);
    const spans = numberSpans(text, tokens, own ?? 'en');
    block = { text, lang: own, tokens, numbers: spans.map(([a, b]) => [tokens[a]!.start, tokens[b - 1]!.end]), headings: blocks[index]!.cells?.heading };
    cache.set(index, block);
  }
  return block;
}

/**
 * Why the range [start, end) of a block is not on word boundaries, or cuts a number; or null.
 * `what` names it in the message ("the passage", "the figure's words").
 */
export function boundaryProblem(block: Pick<Block, 'text' | 'numbers'>, start: number, end: number, what: string): string | null {
  const { text } = block;
  // "the passage starts", "the figure's words start".
  const [starts, ends] = what.endsWith('words') ? ['start', 'end'] : ['starts', 'ends'];
  const word = (at: number) => {
    let a = at;
    let b = at;
    while (a > 0 && isWordChar(text[a - 1])) a--;
    while (b < text.length && isWordChar(text[b])) b++;
    return text.slice(a, b);
  };
  for (const [a, b] of block.numbers) {
    if (a < start && start < b) return `${what} ${starts} inside the number ${q(text.slice(a, b))} of the body: quote the whole number`;
    if (a < end && end < b)
      return `${what} ${ends} inside the number ${q(text.slice(a, b))} of the body (it goes on “${text.slice(end, b)}”): quote the whole number`;
  }
  // A digit with no space between it and the range's own digits belongs to the same number, whatever
  // stands between them ("2" + an invisible or stray mark + "50 million" is not "50 million").
  const glued = (from: number, step: 1 | -1) => {
    for (let k = from; k >= 0 && k < text.length && !/\s/.test(text[k]!); k += step) if (/\d/.test(text[k]!)) return true;
    return false;
  };
  if (/\d/.test(text[start] ?? '') && glued(start - 1, -1)) {
    return `${what} ${starts} inside a number of the body (“${text.slice(text.lastIndexOf(' ', start) + 1, start)}” comes before it with no space): quote the whole number`;
  }
  if (/\d/.test(text[end - 1] ?? '') && glued(end, 1)) {
    const stop = text.indexOf(' ', end);
    return `${what} ${ends} inside a number of the body (it goes on “${text.slice(end, stop < 0 ? text.length : stop)}” with no space): quote the whole number`;
  }
  // A hyphen between two word characters joins one word ("one-dimensional", "end-of-year").
  const joined = (at: number) => /[-‐‑]/.test(text[at] ?? '') && isWordChar(text[at - 1]) && isWordChar(text[at + 1]);
  const compound = (at: number) => {
    let a = at;
    let b = at;
    while (a > 0 && (isWordChar(text[a - 1]) || joined(a - 1))) a--;
    while (b < text.length && (isWordChar(text[b]) || joined(b))) b++;
    return text.slice(a, b);
  };
  if (joined(start - 1)) return `${what} ${starts} inside ${q(compound(start))} of the body: start it at a word boundary`;
  if (joined(end)) return `${what} ${ends} inside ${q(compound(end - 1))} of the body: end it at a word boundary`;
  if (start > 0 && isWordChar(text[start - 1]) && isWordChar(text[start])) {
    return `${what} ${starts} inside ${q(word(start))} of the body (“…${text.slice(Math.max(0, start - 20), start)}” comes before it): start it at a word boundary`;
  }
  if (end < text.length && isWordChar(text[end - 1]) && isWordChar(text[end])) {
    return `${what} ${ends} inside ${q(word(end))} of the body (it goes on “${text.slice(end, end + 20)}…”): end it at a word boundary`;
  }
  return null;
}

/** Where `needle` sits in [from, to) of the block on word boundaries, cutting no number; else the first problem met. */
function locateWithin(block: Block, from: number, to: number, needle: string, what: string): { start: number; end: number } | { problem: string | null } {
  let problem: string | null = null;
  const region = block.text.slice(from, to);
  for (let at = region.indexOf(needle); at >= 0 && needle.length > 0; at = region.indexOf(needle, at + 1)) {
    const found = boundaryProblem(block, from + at, from + at + needle.length, what);
    if (!found) return { start: from + at, end: from + at + needle.length };
    problem ??= found;
  }
  return { problem };
}

const approx = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

/** The countries an article names: its initiative's, its institutions' and its places'. */
function countriesOf(article: Article): Set<string> {
  return new Set(
    [article.initiative.country, ...article.institutions.map((i) => i.country), ...article.locations.map((l) => l.country)].filter((c): c is string => !!c),
  );
}

interface Context {
  article: Article;
  issues: EvidenceIssue[];
  /** The language the passage is read in: its `<div lang>`'s, or the report's. */
  lang: Lang;
  /** The report's own language (`source.language`), when the check reads it. */
  reportLang: Lang | null;
}

/**
 * Why a `<div lang>` other than the report's decides how words read, or null: words that read
 * in both languages must read the same ("20,000" is 20 in French; "1.5 billion" is 1.5 × 10¹²).
 * Words of one language only ("1,5 milliard") are read in the wrapper's.
 */
function wrapperProblem(ctx: Context, own: string, other: string | null): string | null {
  if (!ctx.reportLang || ctx.reportLang === ctx.lang || other === null) return null;
  return `the words read as ${LANG_NAMES[ctx.lang]} (${own}) and as ${LANG_NAMES[ctx.reportLang]}, the report's language (${other}): a lang wrapper may not decide how a figure or a date reads: quote words that read alike in both languages, or take the wrapper off`;
}

/** Where a figure sits: its block, its own words, and the heading of its table column (null outside a table). */
interface Own {
  block: Block;
  stated: string;
  heading: string | null;
  /** Where the figure's words sit in the block. */
  start: number;
  end: number;
}

/** Lower case and `fold`'s quote marks and hyphens, keeping every offset. */
const foldInPlace = (text: string) =>
  text
    .toLowerCase()
    .replace(/[«»“”„‟″"]/g, '"')
    .replace(/[‘’‚‛′`']/g, "'")
    .replace(/(?<=\p{L})[-‐‑–](?=\p{L})/gu, ' ');

/**
 * True when `quote` occurs in the figure's own clause: in its sentence, with no other number
 * between the quote and the figure's words ("per year" two figures away is that figure's). A
 * hedge is not read from words that open a period ("over" in "$1.2 million over the three years").
 */
function inOwnClause(own: Own, quote: string, key: keyof Readings, lang: Lang): boolean {
  const { block, start, end } = own;
  const text = foldInPlace(block.text);
  const needle = fold(quote);
  const word = (ch: string | undefined) => isWordChar(ch);
  for (let at = text.indexOf(needle); at >= 0 && needle.length > 0; at = text.indexOf(needle, at + 1)) {
    const stop = at + needle.length;
    if ((word(needle[0]) && word(text[at - 1])) || (word(needle.at(-1)) && word(text[stop]))) continue;
    // The text between the quote and the figure's words (none when they overlap).
    const [from, to] = at < end && stop > start ? [start, start] : stop <= start ? [stop, start] : [end, at];
    if (/[.!?;](?:\s|$)/.test(block.text.slice(from, to))) continue;
    if (block.numbers.some(([a, b]) => a < to && b > from && !(a >= start && b <= end))) continue;
    const k = block.tokens.findIndex((token) => token.start >= at);
    if (key === 'hedge' && k >= 0 && periodAt(block.text, block.tokens, k, lang)) continue;
    return true;
  }
  return false;
}

/**
 * A reading must quote the report's words it rests on; returns the quoted spans. The words must
 * be this figure's: a quote may hold no other figure ("environ trois millions de pesos" gives no
 * hedge to 11,000 m²); a table cell's fields are read from its own column's heading (a currency:
 * some quote of it; what is counted, a hedge or a period: every quote); outside a table, a hedge,
 * a period or what is counted is read from the figure's own clause (its block and sentence, with
 * no other number between). A currency may also rest on places the article names elsewhere.
 */
function quotesOf(ctx: Context, path: string, key: keyof Readings, basis: string, own?: Own): string[] {
  const quotes = quotedSpans(basis);
  const field = `${path}.readings.${key}`;
  if (quotes.length === 0) {
    ctx.issues.push({ field, message: `say what this reading rests on with the report's words in quotation marks (“…”): ${q(basis)} quotes none` });
    return quotes;
  }
  if (!own) return quotes;
  const { block, stated, heading } = own;
  for (const quote of quotes) {
    const tokens = tokenize(quote);
    // A year ("by 2025" in a heading) dates a figure; any other number is a figure of its own.
    const year = ([a, b]: [number, number]) =>
      b - a === 1 && /^\d{4}$/.test(tokens[a]!.text) && Number(tokens[a]!.text) >= YEAR_RANGE.min && Number(tokens[a]!.text) <= YEAR_RANGE.max;
    const spans = numberSpans(quote, tokens, ctx.lang).filter((span) => !year(span));
    if (spans.length > 0 && !fold(quote).includes(fold(stated))) {
      const [a, b] = spans[0]!;
      ctx.issues.push({
        field,
        message: `${q(quote)} holds another figure (${q(quote.slice(tokens[a]!.start, tokens[b - 1]!.end))}): a reading rests on this figure's own words, not on another figure's`,
      });
      return [];
    }
  }
  if (heading !== null) {
    const inHeading = (quote: string) => containsWords(heading, quote);
    if (key === 'currency' ? !quotes.some(inHeading) : !quotes.every(inHeading)) {
      ctx.issues.push({ field, message: `the figure is a table cell: its ${key} is read from its own column's heading, ${q(heading)}: quote it` });
      return [];
    }
  } else if (key !== 'currency') {
    const elsewhere = quotes.find((quote) => !containsWords(block.text, quote));
    if (elsewhere !== undefined) {
      ctx.issues.push({
        field,
        message: `${q(elsewhere)} are not in the figure's own paragraph: a ${key} is read from the words around the figure (its sentence, its list item), not from elsewhere in the report`,
      });
      return [];
    }
    const other = quotes.find((quote) => !inOwnClause(own, quote, key, ctx.lang));
    if (other !== undefined) {
      ctx.issues.push({
        field,
        message: `${q(other)} are not in the figure's own clause: another sentence, or another figure, stands between them and ${q(stated)}; a ${key} is read from the figure's own clause`,
      });
      return [];
    }
  }
  return quotes;
}

function checkCurrency(ctx: Context, path: string, a: Extract<Amount, { kind: 'money' }>, words: FigureWords, own: Own) {
  const named = words.currency?.codes ?? null;
  const reading = a.readings.currency;
  if (named && named.length === 1) {
    if (a.currency !== named[0])
      ctx.issues.push({
        field: `${path}.currency`,
        message: `the figure's words ${q(a.stated)} name ${named[0]} (${q(words.currency!.words)}), not ${a.currency}`,
      });
    if (reading)
      ctx.issues.push({
        field: `${path}.readings.currency`,
        message: `the figure's words name the currency (${q(words.currency!.words)}): remove the reading`,
      });
    return;
  }
  if (!reading) {
    ctx.issues.push({
      field: `${path}.currency`,
      message: named
        ? `${q(words.currency!.words)} leaves the currency open (${named.slice(0, 6).join(', ')}${named.length > 6 ? '…' : ''}): declare readings.currency, quoting the report's words that make it ${a.currency}`
        : `the figure's words ${q(a.stated)} name no currency: declare readings.currency, quoting the report's words that give it (a column heading, a sentence around it)`,
    });
    return;
  }
  let allowed: Set<string> | null = named ? new Set(named) : null;
  const quoted = quotesOf(ctx, path, 'currency', reading, own).flatMap((quote) => currenciesIn(quote));
  if (quoted.length > 0) {
    const fromQuotes = new Set(quoted.flat());
    allowed = allowed ? new Set([...allowed].filter((c) => fromQuotes.has(c))) : fromQuotes;
  }
  if (allowed && !allowed.has(a.currency)) {
    ctx.issues.push({
      field: `${path}.currency`,
      message: `${a.currency} is not what the figure's words or the reading's quoted words give (${[...allowed].slice(0, 6).join(', ') || 'nothing in common'})`,
    });
    return;
  }
  // Words that leave it open ("pesos", "$"): the currency of a country the article names.
  if (!allowed || allowed.size > 1) {
    const countries = countriesOf(ctx.article);
    if (!(CURRENCY_COUNTRIES[a.currency] ?? []).some((c) => countries.has(c))) {
      ctx.issues.push({
        field: `${path}.currency`,
        message: `the words leave the currency open, and ${a.currency} is not the currency of any country this article names (${[...countries].join(', ')})`,
      });
    }
  }
}

function checkUnit(ctx: Context, path: string, a: Extract<Amount, { kind: 'quantity' }>, words: FigureWords, own: Own) {
  const reading = a.readings.unit;
  if (words.unit) {
    if (a.unit !== words.unit.unit)
      ctx.issues.push({ field: `${path}.unit`, message: `the figure's words ${q(a.stated)} count ${words.unit.unit} (${q(words.unit.words)}), not ${a.unit}` });
    if (reading)
      ctx.issues.push({ field: `${path}.readings.unit`, message: `the figure's words say what is counted (${q(words.unit.words)}): remove the reading` });
    return;
  }
  if (!reading) {
    ctx.issues.push({
      field: `${path}.unit`,
      message: `the figure's words ${q(a.stated)} do not say what is counted: include it (“25,000 jobs”), or declare readings.unit quoting the report's words that give it`,
    });
    return;
  }
  const found = new Set(quotesOf(ctx, path, 'unit', reading, own).flatMap((quote) => [...unitsIn(quote, ctx.lang)]));
  if (!found.has(a.unit)) {
    ctx.issues.push({
      field: `${path}.unit`,
      message: `${a.unit} is not what the reading's quoted words count (${found.size > 0 ? [...found].join(', ') : 'they name nothing counted'})`,
    });
  }
}

const clauseBefore = (block: Block, first: number): number[] => clauseTokensBefore(block.tokens, first);

/**
 * Hedge words right before the figure's words in the body ("more than" + "25,000 jobs"), whether
 * or not the passage holds them: a figure cannot shed its hedge by starting after it.
 */
const hedgeBefore = (ctx: Context, block: Block, first: number) => hedgeEndingAt(block.text, block.tokens, first, ctx.lang);

/** Hedge words right after the figure's words in the body ("25,000 jobs" + "at most"), or null. */
function hedgeAfter(ctx: Context, block: Block, end: number): FigureWords['hedge'] {
  const k = block.tokens.findIndex((t) => t.start >= end);
  return k < 0 ? null : trailingHedgeAt(block.text, block.tokens, k, ctx.lang);
}

function checkHedge(ctx: Context, path: string, a: Amount, words: FigureWords, own: Own, first: number) {
  const { block } = own;
  const hedge = words.hedge ?? hedgeBefore(ctx, block, first) ?? hedgeAfter(ctx, block, own.end);
  const reading = a.readings.hedge;
  if (hedge) {
    if (a.hedge !== hedge.hedge)
      ctx.issues.push({ field: `${path}.hedge`, message: `the figure's words hedge it with ${q(hedge.words)}: hedge ${hedge.hedge}, not ${a.hedge}` });
    if (a.hedgeWords === null)
      ctx.issues.push({
        field: `${path}.hedgeWords`,
        message: `the figure's words hedge it with ${q(hedge.words)}: set hedgeWords to them, as the page quotes them`,
      });
    else if (fold(a.hedgeWords) !== fold(hedge.words))
      ctx.issues.push({ field: `${path}.hedgeWords`, message: `the figure's hedge is ${q(hedge.words)}, not ${q(a.hedgeWords)}` });
    if (reading) ctx.issues.push({ field: `${path}.readings.hedge`, message: `the figure's words give the hedge (${q(hedge.words)}): remove the reading` });
    return;
  }
  if (a.hedgeWords !== null) {
    ctx.issues.push({
      field: `${path}.hedgeWords`,
      message: `${q(a.hedgeWords)} is not a hedge of the figure's words ${q(a.stated)}: hedge words are part of them, or right before or after them`,
    });
  }
  if (reading) {
    const found = new Set(quotesOf(ctx, path, 'hedge', reading, own).flatMap((quote) => [...hedgesIn(quote, ctx.lang, PROJECTIONS[ctx.lang])]));
    if (!found.has(a.hedge)) {
      ctx.issues.push({
        field: `${path}.hedge`,
        message: `${a.hedge} is not what the reading's quoted words give (${found.size > 0 ? [...found].join(', ') : 'they hedge nothing'})`,
      });
    }
  } else if (a.hedge !== 'exact') {
    ctx.issues.push({
      field: `${path}.hedge`,
      message: `the figure's words ${q(a.stated)} give no hedge: hedge exact, or include the hedge's words in them, or declare readings.hedge quoting the report's words that hedge it`,
    });
  } else {
    const projection = clauseBefore(block, first).find((k) => PROJECTIONS[ctx.lang].match(block.text, block.tokens, k));
    if (projection !== undefined) {
      ctx.issues.push({
        field: `${path}.hedge`,
        message: `the figure is a projection (${q(block.tokens[projection]!.text)}, right before it): hedge estimated, with readings.hedge quoting those words`,
      });
    }
  }
}

/** A period phrase within the three words right after the figure's words ("250 million euros" + "per year"), or null. */
function periodRightAfter(ctx: Context, block: Block, statedEnd: number): { period: string; words: string } | null {
  const next = block.tokens.findIndex((t) => t.start >= statedEnd);
  return next < 0 ? null : periodNear(block.text, block.tokens, next, ctx.lang);
}

function checkPeriod(ctx: Context, path: string, a: Amount, own: Own, statedEnd: number) {
  const { block } = own;
  const reading = a.readings.period;
  // Period words right after the figure ("250 million euros per year") are its period: they cannot
  // be left out, nor outweighed by other period words of the passage ("… by 2025").
  const after = periodRightAfter(ctx, block, statedEnd);
  if (a.periodWords !== null) {
    const period = periodOf(normaliseText(a.periodWords), ctx.lang);
    if (period === null) {
      ctx.issues.push({
        field: `${path}.periodWords`,
        message: `${q(a.periodWords)} is not a period phrase the check reads in ${LANG_NAMES[ctx.lang]} (${periodExamples(ctx.lang)})`,
      });
    } else if (period !== a.period) {
      ctx.issues.push({ field: `${path}.period`, message: `the period words ${q(a.periodWords)} mean ${period}, not ${a.period}` });
    } else if (after && (after.period !== period || fold(after.words) !== fold(a.periodWords))) {
      ctx.issues.push({
        field: `${path}.period`,
        message: `the passage goes on ${q(after.words)} right after the figure's words: that is its period (period ${after.period}, with periodWords ${q(after.words)}), not ${q(a.periodWords)}`,
      });
    }
    if (reading) ctx.issues.push({ field: `${path}.readings.period`, message: 'the passage gives the period words: remove the reading' });
    return;
  }
  if (after) {
    ctx.issues.push({ field: `${path}.period`, message: `the passage goes on ${q(after.words)}: period ${after.period}, with periodWords ${q(after.words)}` });
    return;
  }
  if (reading) {
    const found = new Set(quotesOf(ctx, path, 'period', reading, own).flatMap((quote) => [...periodsIn(quote, ctx.lang)]));
    if (!found.has(a.period))
      ctx.issues.push({
        field: `${path}.period`,
        message: `${a.period} is not what the reading's quoted words give (${found.size > 0 ? [...found].join(', ') : 'they name no period'})`,
      });
    return;
  }
  if (a.period !== 'unspecified') {
    ctx.issues.push({
      field: `${path}.period`,
      message: `the passage's period words are not given: set periodWords to them (${periodExamples(ctx.lang)}), or period unspecified, or declare readings.period`,
    });
  }
}

function checkAmount(ctx: Context, path: string, a: Amount, block: Block, match: Match) {
  const stated = normaliseText(a.stated);
  const where = locateWithin(block, match.start, match.end, stated, "the figure's words");
  if ('problem' in where) {
    ctx.issues.push({
      field: `${path}.stated`,
      message: where.problem ?? `${q(a.stated)} is not in the evidence ${excerpt(a.evidence)}: give the figure's exact words, as printed in it`,
    });
    return;
  }
  const words = readFigure(stated, ctx.lang, a.kind);
  if ('error' in words) {
    ctx.issues.push({ field: `${path}.stated`, message: `${words.error} (read in ${LANG_NAMES[ctx.lang]})` });
    return;
  }
  if (ctx.reportLang && ctx.reportLang !== ctx.lang) {
    const other = readFigure(stated, ctx.reportLang, a.kind);
    const problem =
      'error' in other || approx(other.number.total, words.number.total)
        ? null
        : wrapperProblem(ctx, `${q(words.numberWords)} = ${englishNumber(words.number.total)}`, `= ${englishNumber(other.number.total)}`);
    if (problem) {
      ctx.issues.push({ field: `${path}.stated`, message: problem });
      return;
    }
  }
  // A year after "by", "en", "d'ici"… is a point in time, and a number beside a month a day: never counts.
  const before = block.tokens.findLastIndex((t) => t.end <= where.start);
  const after = block.tokens.findIndex((t) => t.start >= where.end);
  if (words.yearLike && before >= 0 && YEAR_LEADS[ctx.lang].match(block.text, block.tokens, before)) {
    ctx.issues.push({ field: `${path}.stated`, message: `${q(words.numberWords)} follows ${q(block.tokens[before]!.text)}: it reads as a year, not a count` });
    return;
  }
  const month = (k: number) => k >= 0 && isMonthAt(block.text, block.tokens, k, ctx.lang);
  // "20" + "de septiembre".
  const monthAfter = month(after) || (after >= 0 && CONNECTORS[ctx.lang].match(block.text, block.tokens, after) !== null && month(after + 1));
  if (!words.unit && !words.currency && (monthAfter || month(before))) {
    const k = month(after) ? after : monthAfter ? after + 1 : before;
    ctx.issues.push({
      field: `${path}.stated`,
      message: `${q(words.numberWords)} is beside the month ${q(block.tokens[k]!.text)}: it is a date (a day of the month), not a count`,
    });
    return;
  }
  // A negated figure ("will not create 25,000 jobs") is not stated.
  const negation = negationBefore(block.text, block.tokens, before + 1, ctx.lang);
  if (negation !== null) {
    ctx.issues.push({ field: `${path}.stated`, message: `the figure is negated (${q(negation)}, right before it): the report does not state it` });
    return;
  }
  // A number right after a capitalised word, mid-sentence, is part of a name: "Industrie 4.0", "Route 66".
  const numberStart = where.start + tokenize(stated)[words.number.start]!.start;
  const name = block.tokens.findLastIndex((t) => t.end <= numberStart);
  const nameToken = block.tokens[name];
  if (
    nameToken?.kind === 'word' &&
    /^\p{Lu}/u.test(nameToken.text) &&
    gapBefore(block.text, block.tokens, name + 1) === ' ' &&
    name > 0 &&
    !/^[.!?:|"«»“”]$/.test(block.tokens[name - 1]!.text) &&
    !CURRENCIES.match(block.text, block.tokens, name) &&
    !HEDGES[ctx.lang].match(block.text, block.tokens, name) &&
    !month(name)
  ) {
    ctx.issues.push({
      field: `${path}.stated`,
      message: `${q(words.numberWords)} follows the capitalised ${q(nameToken.text)}: it reads as part of the name ${q(`${nameToken.text} ${words.numberWords}`)} (a version, a model, a road), not a count`,
    });
    return;
  }
  const total = a.value * scales[a.scale];
  const { number } = words;
  // Jobs, courses, companies… are counted in whole numbers: "4.0 courses" is no count.
  if (
    a.kind === 'quantity' &&
    COUNTED.has(a.unit) &&
    number.scale === 'one' &&
    (!Number.isInteger(number.total) || (number.digits && Number(words.numberWords.replace(/\D/g, '')) !== number.total))
  ) {
    ctx.issues.push({ field: `${path}.stated`, message: `${q(words.numberWords)} has a decimal part: ${a.unit} are counted in whole numbers` });
    return;
  }
  if (!approx(total, number.total)) {
    ctx.issues.push({
      field: `${path}.value`,
      message: `the figure's words ${q(a.stated)} give ${q(words.numberWords)} = ${englishNumber(number.total)}, not ${englishNumber(a.value)}${a.scale === 'one' ? '' : ` ${a.scale}`} (write value and scale as the words do: “trois millions” is value 3, scale million)`,
    });
  } else if ((number.scale === 'million' || number.scale === 'billion') && a.scale !== number.scale) {
    ctx.issues.push({
      field: `${path}.scale`,
      message: `the figure's words write ${q(words.numberWords)}: value ${englishNumber(number.head)}, scale ${number.scale} (not ${a.scale})`,
    });
  }
  // What the figure is in, right after its words ("250 million" + "euros"), belongs in them.
  const connector = after >= 0 ? CONNECTORS[ctx.lang].match(block.text, block.tokens, after) : null;
  const next = connector?.end ?? after;
  const left =
    next >= 0 &&
    (a.kind === 'money'
      ? !words.currency && CURRENCIES.match(block.text, block.tokens, next)
      : !words.unit && UNITS[ctx.lang].match(block.text, block.tokens, next));
  if (left) {
    const what = block.text.slice(block.tokens[after]!.start, block.tokens[left.end - 1]!.end);
    ctx.issues.push({
      field: `${path}.stated`,
      message: `the body goes on ${q(what)} right after the figure's words: include ${a.kind === 'money' ? 'the currency' : 'what is counted'} in them`,
    });
  }
  // In a table row, the heading of the column the figure's words sit in (cells are joined by " | ").
  const column = block.text.slice(0, where.start).split(CELL_SEPARATOR).length - 1;
  const heading = block.headings?.[column] ?? null;
  const own: Own = { block, stated, heading, start: where.start, end: where.end };
  if (a.kind === 'money') checkCurrency(ctx, path, a, words, own);
  else checkUnit(ctx, path, a, words, own);
  checkHedge(ctx, path, a, words, own, before + 1);
  checkPeriod(ctx, path, a, own, where.end);
}

function checkDate(ctx: Context, path: string, d: Extract<DateFact, { status: 'stated' | 'inferred' }>, block: Block, match: Match) {
  if (d.stated === undefined) return;
  const stated = normaliseText(d.stated);
  const where = locateWithin(block, match.start, match.end, stated, "the date's words");
  if ('problem' in where) {
    ctx.issues.push({
      field: `${path}.stated`,
      message: where.problem ?? `${q(d.stated)} is not in the evidence ${excerpt(d.evidence)}: give the date's exact words`,
    });
    return;
  }
  const words = readDate(stated, ctx.lang);
  if ('error' in words) {
    ctx.issues.push({ field: `${path}.stated`, message: `${words.error} (read in ${LANG_NAMES[ctx.lang]})` });
    return;
  }
  if (ctx.reportLang && ctx.reportLang !== ctx.lang) {
    // Digits read alike or not at all in the report's language ("03/04/2025" is 3 April in French, either way in English).
    const other = readDate(stated, ctx.reportLang);
    const iso = (w: { year?: number; month?: number; day?: number }) => [w.year, w.month, w.day].map((x) => x ?? '?').join('-');
    const differs = 'error' in other ? /\d[/.-]\d/.test(stated) : iso(other) !== iso(words);
    const problem = differs ? wrapperProblem(ctx, `${q(d.stated)} = ${iso(words)}`, 'error' in other ? 'not one date' : `= ${iso(other)}`) : null;
    if (problem) {
      ctx.issues.push({ field: `${path}.stated`, message: problem });
      return;
    }
  }
  const date = partialDate(d.date);
  const given = [words.year, words.month, words.day].filter((x) => x !== undefined).length;
  const gives = [words.year, words.month ? `-${String(words.month).padStart(2, '0')}` : '', words.day ? `-${String(words.day).padStart(2, '0')}` : ''].join('');
  const wrong: string[] = [];
  if (words.year !== undefined && words.year !== date.year) wrong.push(`the year ${words.year}`);
  if (words.month !== undefined && date.month !== undefined && words.month !== date.month) wrong.push(`the month ${MONTH_NAMES[words.month]}`);
  if (words.day !== undefined && date.day !== undefined && words.day !== date.day) wrong.push(`the day ${words.day}`);
  if (words.weekday !== undefined && date.day !== undefined && weekdayOf(date.year, date.month!, date.day) !== words.weekday) {
    wrong.push(`a ${['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'][words.weekday]}`);
  }
  if (wrong.length > 0) {
    ctx.issues.push({ field: `${path}.date`, message: `the date's words ${q(d.stated)} give ${wrong.join(', ')}, which ${d.date} is not` });
    return;
  }
  const precision = 1 + (date.month !== undefined ? 1 : 0) + (date.day !== undefined ? 1 : 0);
  if (d.status === 'stated') {
    const missing = [
      words.year === undefined && 'year',
      date.month !== undefined && words.month === undefined && 'month',
      date.day !== undefined && words.day === undefined && 'day',
    ].filter(Boolean);
    if (missing.length > 0) {
      ctx.issues.push({
        field: `${path}.date`,
        message: `the date's words ${q(d.stated)} do not give the ${missing.join(' and ')} of ${d.date} (a date the text only points to, such as “ce samedi”, is status: inferred, with its basis)`,
      });
    } else if (given > precision) {
      ctx.issues.push({ field: `${path}.date`, message: `the date's words ${q(d.stated)} give ${gives}: write the date at the precision the text gives it` });
    }
  } else if (words.year !== undefined && (date.month === undefined || words.month !== undefined) && (date.day === undefined || words.day !== undefined)) {
    ctx.issues.push({ field: `${path}.status`, message: `the date's words ${q(d.stated)} give the whole date ${d.date}: status stated` });
  }
}

/** Inside a quotation of its block: an odd number of quote marks before it, or it opens with one. */
function quoted(block: Block, match: Match): boolean {
  block.quotes ??= [...block.text.matchAll(/"/g)].map((m) => m.index);
  const before = block.quotes.filter((at) => at < match.start).length;
  return before % 2 === 1 || block.text[match.start] === '"';
}

/** What may stand between an attribution and the words it attributes: "que", "that", a colon, an opening quote. */
const LEAD_GAP = /^[\s,:"]*(?:(?:que|qu'|that)\s*)?"?\s*$/i;

/**
 * The person its sentence names as speaking right before `start` ("Lima a estimé" + the
 * passage), or null: a passage cannot shed its speaker by starting after the attribution.
 */
function speakerRightBefore(ctx: Context, block: Block, start: number): { id: string; words: string } | null {
  const sentence = Math.max(...['.', '!', '?'].map((c) => block.text.lastIndexOf(c, start - 1))) + 1;
  const tokens = block.tokens.filter((t) => t.start >= sentence && t.end <= start);
  if (tokens.length === 0) return null;
  for (const [id, words] of namedIn(block.text, ctx.lang, ctx.article.people, tokens).speaking) {
    const at = block.text.lastIndexOf(words, start);
    if (at >= 0 && LEAD_GAP.test(block.text.slice(at + words.length, start))) return { id, words };
  }
  return null;
}

function checkSpeaker(ctx: Context, fact: FactRef, block: Block, match: Match, previous: string | null) {
  const field = speakerField(fact);
  const id = speakerOf(ctx.article, fact);
  const record = recordOf(ctx.article, fact) as { readings?: Readings } | null;
  const reading = record?.readings?.speaker;
  const people = ctx.article.people;
  const passageTokens = block.tokens.filter((t) => t.start >= match.start && t.end <= match.end);
  const { named, speaking } = namedIn(block.text, ctx.lang, people, passageTokens);
  const nameOf = (pid: string) => people.find((p) => p.id === pid)?.name ?? pid;
  if (speaking.size > 0 && !speaking.has(id)) {
    const [who, words] = [...speaking][0]!;
    ctx.issues.push({
      field: `${fact.path}.${field}`,
      message: `the passage names ${nameOf(who)} as the one speaking (${q(words)}): ${field} ${speaking.size > 1 ? `one of ${[...speaking.keys()].join(', ')}` : who}, not ${id}`,
    });
    return;
  }
  const lead = speaking.size === 0 ? speakerRightBefore(ctx, block, match.start) : null;
  if (lead && lead.id !== id) {
    ctx.issues.push({
      field: `${fact.path}.${field}`,
      message: `the passage follows ${q(lead.words)} in its sentence: ${field} ${lead.id}, not ${id} (or start the passage at the attribution)`,
    });
    return;
  }
  // Its sentence names the speaker right before it: proven, with or without a reading.
  if (lead) return;
  if (id === REPORT_VOICE) {
    if (quoted(block, match)) {
      ctx.issues.push({
        field: `${fact.path}.${field}`,
        message: `the passage is inside a quotation: its words are not the report's own voice; ${field} is the person quoted (with readings.speaker when the passage does not name them), or ${UNNAMED_VOICE} with readings.speaker`,
      });
    }
    if (reading) ctx.issues.push({ field: `${fact.path}.readings.speaker`, message: "the report's own voice needs no reading: remove it" });
    return;
  }
  if (speaking.has(id)) {
    if (reading)
      ctx.issues.push({ field: `${fact.path}.readings.speaker`, message: `the passage names the speaker (${q(speaking.get(id)!)}): remove the reading` });
    return;
  }
  if (id !== UNNAMED_VOICE && named.has(id)) return;
  if (!reading) {
    ctx.issues.push({
      field: `${fact.path}.${field}`,
      message:
        id === UNNAMED_VOICE
          ? `an unnamed speaker is our reading: declare readings.speaker, quoting the report's words that show someone other than the report speaks`
          : `the passage does not name ${nameOf(id)}: declare readings.speaker, quoting the report's words that show they speak (“a-t-il déclaré” after their name…)`,
    });
    return;
  }
  const quotes = quotesOf(ctx, fact.path, 'speaker', reading);
  if (id === UNNAMED_VOICE) {
    // An unnamed speaker's basis cannot name a person of the article as the one speaking.
    const named = quotes.flatMap((quote) => [...namedIn(quote, ctx.lang, people).speaking]);
    if (named.length > 0) {
      ctx.issues.push({
        field: `${fact.path}.${field}`,
        message: `the reading's quoted words name ${nameOf(named[0]![0])} as the one speaking (${q(named[0]![1])}): ${field} ${named[0]![0]}, not ${id}`,
      });
    }
  } else if (quotes.length > 0) {
    // The words naming the speaker stand in the passage's paragraph or the one right before it: a
    // name three paragraphs up ("Pierre Vandoorne a réitéré") does not make "Il a ajouté" theirs.
    const naming = quotes.filter((quote) => namesOnly(quote, id, people));
    if (naming.length === 0) {
      ctx.issues.push({
        field: `${fact.path}.readings.speaker`,
        message: `the quoted words do not name ${nameOf(id)} (by a name no other person of the article shares): quote the words of the report that do`,
      });
    } else if (!naming.some((quote) => containsWords(block.text, quote) || (previous !== null && containsWords(previous, quote)))) {
      ctx.issues.push({
        field: `${fact.path}.readings.speaker`,
        message: `${q(naming[0]!)} are not in the passage's paragraph or the one before it: a speaker the passage does not name is read from the words right around it`,
      });
    }
  }
}

/**
 * Whose money it is. When the passage's sentence (for a table row: the paragraph before its
 * table) names institutions of the article, by name, English name or alias, the payer is one of
 * them ("…250 million euros per year…, Netflix's commitment": not the school named a sentence
 * before). When it names none ("La ayuda suma 600.000 euros"), the payer is our reading of the
 * text around it, not proven.
 */
function checkPayer(ctx: Context, path: string, a: Amount, blocks: readonly LangBlock[], match: Match) {
  if (a.kind !== 'money' || a.payer === null) return;
  const payer = ctx.article.institutions.find((i) => i.id === a.payer);
  if (!payer) return;
  let sentence: string;
  if (blocks[match.block]!.cells) {
    let k = match.block;
    while (k > 0 && blocks[k]!.cells) k--;
    sentence = blocks[k]!.cells ? '' : blocks[k]!.text;
  } else {
    const text = blocks[match.block]!.text;
    const ends = [...text.matchAll(/[.!?](?=\s|$)/g)].map((m) => m.index + 1);
    sentence = text.slice(Math.max(0, ...ends.filter((e) => e <= match.start)), ends.find((e) => e >= match.end) ?? text.length);
  }
  const inSentence = wordsIn(sentence);
  const names = (i: (typeof ctx.article.institutions)[number]) =>
    [i.name, i.nameGloss, ...i.aliases].some((n) => typeof n === 'string' && n.length > 0 && inSentence(normaliseText(n)));
  const named = ctx.article.institutions.filter(names);
  if (named.length > 0 && !named.includes(payer)) {
    ctx.issues.push({
      field: `${path}.payer`,
      message: `the passage's ${blocks[match.block]!.cells ? "table's opening paragraph" : 'sentence'} names ${named.map((i) => i.name).join(', ')}, not ${payer.name}: the payer is an institution the report names beside the figure`,
    });
  }
}

/** Readings may only be declared for the fields a fact has, each with a quoted basis. */
function checkReadingKeys(ctx: Context, fact: FactRef) {
  const record = recordOf(ctx.article, fact) as { readings?: Readings; kind?: string } | null;
  const readings = record?.readings ?? {};
  const allowed = new Set<string>(['speaker']);
  if (fact.list === 'amounts') for (const key of ['hedge', 'period', record?.kind === 'money' ? 'currency' : 'unit']) allowed.add(key);
  for (const key of READING_KEYS) {
    if (readings[key] !== undefined && !allowed.has(key)) {
      ctx.issues.push({ field: `${fact.path}.readings.${key}`, message: `this fact has no ${key} to read (readings here may be: ${[...allowed].join(', ')})` });
    }
  }
}

/**
 * Every way the article's located passages fail to state what the fact says. `blocks` are the
 * body's blocks (with their `<div lang>`), `matches` where each fact's passage was found.
 */
export function locatedIssues(article: Article, blocks: readonly LangBlock[], matches: readonly Match[]): EvidenceIssue[] {
  const fallback = langOf(article.source.language);
  const cache = new Map<number, Block>();
  const issues: EvidenceIssue[] = [];
  const byId = new Map(matches.map((m) => [m.id, m]));
  for (const fact of factsOf(article)) {
    const match = byId.get(fact.id);
    if (!match) continue;
    const block = blockOf(cache, blocks, match.block, fallback);
    const boundary = boundaryProblem(block, match.start, match.end, 'the passage');
    if (boundary) {
      issues.push({ field: `${fact.path}.evidence`, message: boundary });
      continue;
    }
    const lang = block.lang;
    const ctx: Context = { article, issues, lang: lang ?? 'en', reportLang: fallback };
    checkReadingKeys(ctx, fact);
    const index = Number(fact.path.split('.')[1]);
    const needsLang = fact.list === 'amounts' || (fact.list === 'dates' && (article.dates[index] as { stated?: string }).stated !== undefined);
    if (!lang) {
      if (needsLang) {
        issues.push({
          field: `${fact.path}.stated`,
          message: `the check reads figures and dates in English, French and Spanish; this passage is in ${blocks[match.block]!.lang ?? article.source.language}`,
        });
      }
      continue;
    }
    checkSpeaker(ctx, fact, block, match, match.block > 0 ? blocks[match.block - 1]!.text : null);
    if (fact.list === 'amounts') {
      checkAmount(ctx, fact.path, article.amounts[index]!, block, match);
      checkPayer(ctx, fact.path, article.amounts[index]!, blocks, match);
    }
    if (fact.list === 'dates') {
      const d = article.dates[index]!;
      if (d.status !== 'undated') checkDate(ctx, fact.path, d, block, match);
    }
  }
  return issues;
}
