/**
 * Our prose rests on the facts: every number, percentage, ordinal and date we write in our own
 * voice (comparison titles, deks, conclusions, verdicts and analysis bodies; article titles, deks
 * and fact notes; a rate's reason; a correction; the site copy) equals a value of the facts it
 * rests on, or one computed from them by a rule below; and a date we infer says so in its sentence.
 *
 * What a field rests on:
 * - a verdict: the facts in its `restsOn`; a comparison's title, dek and conclusion: the
 *   comparison's `restsOn`; its body: every fact of both compared reports;
 * - an article's title, dek and notes on its facts: every fact of the article; a claim check's
 *   `finding`: those, and the source note (`says`) it sums up; an inferred date's `basis`: those,
 *   and the date of the source it reads (`basisSource`, or the report's own), and it names the
 *   date it infers;
 * - a rate's `why`: the rate, and every fact of the reports with money in its currencies;
 * - a correction's `corrected`: every fact of the page it corrects (of both reports, for a
 *   comparison), its own date and the page's publication date; and when its `wrong` names a
 *   number or a date, `corrected` names one too;
 * - the site copy (every catalogue message without placeholders, in every edition): nothing but
 *   the significant figures conversions are rounded to (it speaks of the reports as a whole; the
 *   pages compute their counts).
 *
 * A fact gives: an amount its value × scale; a date its year, month and day (an inferred date's
 * parts that its `stated` words give are stated, the rest inferred); a claim what the facts it
 * covers give, and the numbers and dates of its checks' source notes (`says`) and of their
 * sources; any fact the ordinals and percentages its passage writes ("8th edition").
 *
 * The rules that compute from them (`RULES`):
 * 1. conversion: a money figure in another currency at the rate the site uses, rounded to two
 *    significant figures as the views round it (the comparison's currency; for an article, any
 *    currency a rate converts it to);
 * 2. sum: the rows of one of the report's tables, as its arithmetic check adds them;
 * 3. ratio: two figures of one measure (money of one kind in one currency, or one unit), the
 *    larger over the smaller to two significant figures ("2.3 times"), or the smaller as a
 *    percentage of the larger;
 * 4. distance: between two dates, in days, weeks, months or years, rounded as the timeline rounds
 *    it (and the whole calendar months or years between two months or years);
 * 5. count: what the views count in each report (figures, figures attributed to a named person,
 *    in the report's own voice or to an unnamed speaker, named people, named people quoted,
 *    dates, dates inferred, claims, claims by status, table totals checked and adding up, the
 *    rows a table total adds, facts) and, on a comparison, the number of reports compared.
 *
 * What qualifies a figure (`qualifierProblems`): in every field but a comparison's body, a figure
 * of the value of a money or quantity fact that names a currency, a hedge or a period names the
 * fact's own ("about 3m pesos" for "environ trois millions de pesos"; never "3m US dollars",
 * "at least", "exactly" or "a month").
 *
 * Pure: works on validated data and returns errors as file → field → message.
 */
import type { Article } from '../schemas/article.ts';
import type { Rate } from '../schemas/rate.ts';
import type { Reference } from '../schemas/reference.ts';
import type { Messages, SiteTexts } from './i18n.ts';
import { tableSums } from './arithmetic.ts';
import { readDate } from './check/dates.ts';
import { passageRanksAndShares, readProse, saysInferred, sentenceAround, type ProseMention, type Words } from './check/prose.ts';
import type { Hedge, Period, Unit } from './check/vocabulary.ts';
import { figuresAt, type Figure } from './check/mentions.ts';
import { figureSpeakers, speakerDrift } from './check/speakers.ts';
import { fold, quotedRanges } from './evidence-values.ts';
import { langOf } from './check/tokens.ts';
import type { ContentError, Valid } from './content-check.ts';
import { normaliseText } from './evidence.ts';
import { articleFacts } from './fact-view.ts';
import { factsOf, INITIATIVE_ID } from './facts.ts';
import { absoluteValue, convert, findRate, formatRatio, roundSignificant, SIGNIFICANT_FIGURES } from './money.ts';
import { dateSpan, partialDate, type PartialDate } from './partial-date.ts';

/** The rules by which a number may be computed from facts, in the order of the module comment. */
export const RULES = ['conversion', 'sum', 'ratio', 'distance', 'count'] as const;

/** A date a fact (or a source note) gives: `stated` by the report, `inferred` by us, or given by another `source`. */
interface DateValue {
  year?: number;
  month?: number;
  day?: number;
  status: 'stated' | 'inferred' | 'source';
  /** Whose it is: "riverside-lab/opening", a reference id. */
  of: string;
}

/**
 * What a computed count, distance or ratio counts, with the words that must name it after the
 * number, in its phrase ("six checked claims", "about eight weeks", "2.3 times"): a count is of
 * something, and "two projects" rests on a fact that gives 2 projects, not on the two reports.
 */
export const COUNTED = {
  figures: ['figure', 'figures', 'amount', 'amounts', 'number', 'numbers'],
  people: ['person', 'people', 'persons', 'source', 'sources', 'speaker', 'speakers', 'official', 'officials', 'name', 'names'],
  quoted: ['person', 'people', 'persons', 'source', 'sources', 'speaker', 'speakers', 'official', 'officials', 'quotation', 'quotations', 'quote', 'quotes'],
  dates: ['date', 'dates'],
  claims: ['claim', 'claims', 'check', 'checks'],
  totals: ['total', 'totals', 'table', 'tables', 'sum', 'sums'],
  rows: ['row', 'rows'],
  facts: ['fact', 'facts'],
  reports: ['report', 'reports', 'article', 'articles', 'side', 'sides'],
  time: ['day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years'],
  ratio: ['times', 'fold'],
  significant: ['significant'],
} as const;
export type Counted = keyof typeof COUNTED;

/** Each count in a message. */
const COUNT_NAMES: Record<Counted, string> = {
  figures: 'a count of figures',
  people: 'a count of named people',
  quoted: 'a count of people quoted',
  dates: 'a count of dates',
  claims: 'a count of claims',
  totals: 'a count of table totals',
  rows: 'a count of a table’s rows',
  facts: 'a count of facts',
  reports: 'the number of reports compared',
  time: 'a time between two dates',
  ratio: 'a ratio of two figures (“times”)',
  significant: 'the significant figures a conversion is rounded to',
};

/**
 * A number a field may write; `counts` (a count the views give) or `unit` (a quantity's) when
 * the words after it must name what it counts ("15 companies", "two projects").
 */
interface NumberValue {
  value: number;
  counts?: Counted;
  unit?: Unit;
  /** For a time between two dates (`counts: 'time'`), the unit it is in. */
  time?: TimeUnit;
}

type TimeUnit = 'days' | 'weeks' | 'months' | 'years';
/** The time unit a word names ("weeks", "week"). */
const TIME_WORDS: Record<string, TimeUnit> = {
  day: 'days',
  days: 'days',
  week: 'weeks',
  weeks: 'weeks',
  month: 'months',
  months: 'months',
  year: 'years',
  years: 'years',
};

/**
 * A money or quantity figure of the facts (or our conversion of one) with what qualifies it: the
 * words beside a number in our prose that name a currency, a hedge or a period must say the same.
 */
export interface FigureValue {
  value: number;
  hedge: Hedge;
  /** The ISO 4217 code, for money. */
  currency: string | null;
  period: Period;
  /** True for our conversion, rounded: "about" is then ours. */
  converted: boolean;
}

/** Everything a field may write. */
export interface Grounds {
  numbers: NumberValue[];
  figures: FigureValue[];
  percents: number[];
  ordinals: number[];
  dates: DateValue[];
  /** What the facts themselves give, as the messages list it. */
  gives: string[];
}

const empty = (): Grounds => ({ numbers: [], figures: [], percents: [], ordinals: [], dates: [], gives: [] });

const merge = (...all: Grounds[]): Grounds => ({
  numbers: all.flatMap((g) => g.numbers),
  figures: all.flatMap((g) => g.figures),
  percents: all.flatMap((g) => g.percents),
  ordinals: all.flatMap((g) => g.ordinals),
  dates: all.flatMap((g) => g.dates),
  gives: [...new Set(all.flatMap((g) => g.gives))],
});

const plain = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });

/** "3 million", "2 billion", "25,000". */
export function describeNumber(n: number): string {
  if (n >= 1e9 && Number.isInteger(Math.round(n / 1e7))) return `${plain.format(n / 1e9)} billion`;
  if (n >= 1e6 && Number.isInteger(Math.round(n / 1e4))) return `${plain.format(n / 1e6)} million`;
  return plain.format(n);
}

const ordinal = (n: number) => `${n}${n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th')}`;

const dateText = (d: DateValue): string => {
  const parts = [d.day, d.month === undefined ? undefined : MONTHS[d.month], d.year].filter((p) => p !== undefined).join(' ');
  return d.status === 'inferred' ? `${parts} (inferred)` : parts;
};
const MONTHS = ['', 'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** The data the check reads: the valid entries, and what it needs to compute from them. */
interface Context {
  articles: Map<string, Article>;
  rates: Rate[];
  references: Map<string, Reference>;
  /** The default edition's messages (the views' counts do not depend on their words). */
  messages: Messages;
  /** What each fact's passage gives (by record), and each claim check's source note (by check). */
  passages: WeakMap<object, { ordinals: number[]; percents: number[] }>;
  notes: WeakMap<object, Grounds>;
}

/** A fact of one article, as `restsOn` names it. */
interface FactKey {
  article: string;
  id: string;
}

/** Numbers, percentages, ordinals and dates a source note gives (`says`, read as our English prose). */
function noteGrounds(text: string, of: string): Grounds {
  const g = empty();
  for (const m of readProse(text)) {
    if (m.kind === 'number') g.numbers.push({ value: m.value });
    else if (m.kind === 'percent') g.percents.push(m.value);
    else if (m.kind === 'ordinal') g.ordinals.push(m.value);
    else if (m.kind === 'date') g.dates.push({ year: m.year, month: m.month, day: m.day, status: 'source', of });
  }
  return g;
}

/** A source's date (a reference's, a rate's, the report's own) as a date the grounds give. */
function sourceDay(date: string | null | undefined, of: string): DateValue[] {
  if (!date) return [];
  const p = partialDate(date);
  return [{ year: p.year, month: p.month, day: p.day, status: 'source', of }];
}

const referenceDate = (ctx: Context, id: string): DateValue[] => sourceDay(ctx.references.get(id)?.date, id);

type AmountOf = { article: Article; amount: Article['amounts'][number] };

/** `make()`, kept in `cache` for `key`: what a passage or a source note gives is read once, however many fields rest on it. */
function readOnce<T>(cache: WeakMap<object, T>, key: object, make: () => T): T {
  let value = cache.get(key);
  if (value === undefined) cache.set(key, (value = make()));
  return value;
}

/**
 * What a set of facts gives and what the rules compute from it. `currencies` lists the currencies
 * money may be converted to (null: any a rate reaches); `counted` the reports whose counts the
 * field may use; `reports` the number of reports compared, when a comparison.
 */
function groundsOf(ctx: Context, keys: FactKey[], opts: { references?: string[]; currencies: string[] | null; counted: Article[]; reports?: number }): Grounds {
  const g = empty();
  const amounts: AmountOf[] = [];
  const seen = new Set<string>();
  const add = (article: Article, articleId: string, id: string, depth: number) => {
    const key = `${articleId}/${id}`;
    if (seen.has(key)) return;
    seen.add(key);
    const lang = langOf(article.source.language) ?? 'en';
    const record = id === INITIATIVE_ID ? article.initiative : findRecord(article, id);
    if (!record) return;
    const passage = readOnce(ctx.passages, record, () => passageRanksAndShares(normaliseText(record.evidence), lang));
    g.ordinals.push(...passage.ordinals);
    g.percents.push(...passage.percents);
    g.gives.push(...passage.ordinals.map(ordinal), ...passage.percents.map((p) => `${plain.format(p)} %`));
    const amount = article.amounts.find((a) => a.id === id);
    if (amount) {
      amounts.push({ article, amount });
      g.numbers.push({ value: absoluteValue(amount), ...(amount.kind === 'quantity' ? { unit: amount.unit } : {}) });
      g.figures.push({
        value: absoluteValue(amount),
        hedge: amount.hedge,
        currency: amount.kind === 'money' ? amount.currency : null,
        period: amount.period,
        converted: false,
      });
      g.gives.push(describeNumber(absoluteValue(amount)));
    }
    const date = article.dates.find((d) => d.id === id);
    if (date && date.status !== 'undated' && date.date !== null) {
      const p = partialDate(date.date);
      const value: DateValue = { year: p.year, month: p.month, day: p.day, status: date.status, of: key };
      g.dates.push(value);
      g.gives.push(dateText(value));
      // The parts an inferred date's own words give ("le 20 septembre") are the report's.
      if (date.status === 'inferred' && date.stated) {
        const words = readDate(normaliseText(date.stated), lang);
        if (!('error' in words) && (words.year !== undefined || words.month !== undefined || words.day !== undefined)) {
          g.dates.push({ year: words.year, month: words.month, day: words.day, status: 'stated', of: key });
        }
      }
    }
    const claim = article.claims.find((c) => c.id === id);
    if (claim && depth === 0) {
      for (const covered of claim.covers) add(article, articleId, covered, depth + 1);
      for (const check of claim.checks) {
        const note = readOnce(ctx.notes, check, () => noteGrounds(check.says, check.reference));
        g.numbers.push(...note.numbers);
        g.percents.push(...note.percents);
        g.ordinals.push(...note.ordinals);
        g.dates.push(...note.dates, ...referenceDate(ctx, check.reference));
      }
    }
  };
  for (const key of keys) {
    const article = ctx.articles.get(key.article);
    if (article) add(article, key.article, key.id, 0);
  }
  for (const id of opts.references ?? []) g.dates.push(...referenceDate(ctx, id));
  const converted = conversions(ctx, amounts, opts.currencies);
  g.figures.push(...converted);
  g.numbers.push(
    ...converted.map(({ value }) => ({ value })),
    ...sums(amounts).map((value) => ({ value })),
    ...ratios(ctx, amounts, opts.currencies, g.percents).map((value): NumberValue => ({ value, counts: 'ratio' })),
    ...distances(g.dates).map(({ value, time }): NumberValue => ({ value, counts: 'time', time })),
    ...opts.counted.flatMap((a) => counts(ctx, a)),
    ...(opts.reports === undefined ? [] : [{ value: opts.reports, counts: 'reports' as const }]),
  );
  return g;
}

function findRecord(article: Article, id: string): { evidence: string } | undefined {
  for (const list of ['institutions', 'people', 'amounts', 'dates', 'locations', 'beneficiaries', 'claims'] as const) {
    const found = (article[list] as { id: string; evidence: string }[]).find((f) => f.id === id);
    if (found) return found;
  }
  return undefined;
}

/** Rule 1: each money figure converted at the rate the site uses, rounded as the views round it, with its hedge and period. */
function conversions(ctx: Context, amounts: AmountOf[], currencies: string[] | null): FigureValue[] {
  return amounts.flatMap(({ amount }) => {
    if (amount.kind !== 'money') return [];
    const targets = currencies ?? ctx.rates.flatMap((r) => (r.base === amount.currency ? [r.quote] : r.quote === amount.currency ? [r.base] : []));
    return [...new Set(targets)].flatMap((target) => {
      const rate = target === amount.currency ? undefined : findRate(ctx.rates, amount.currency, target);
      return rate
        ? [{ value: roundSignificant(convert(absoluteValue(amount), rate)), hedge: amount.hedge, currency: target, period: amount.period, converted: true }]
        : [];
    });
  });
}

/** Rule 2: the rows of each of the reports' tables, added up. */
function sums(amounts: AmountOf[]): number[] {
  const byArticle = new Map<Article, Article['amounts']>();
  for (const { article, amount } of amounts) byArticle.set(article, [...(byArticle.get(article) ?? []), amount]);
  return [...byArticle.values()].flatMap((list) => tableSums(list).map((s) => s.sum));
}

/** Rule 3: two figures of one measure, as "N times" (two significant figures) and as a percentage (into `percents`). */
function ratios(ctx: Context, amounts: AmountOf[], currencies: string[] | null, percents: number[]): number[] {
  const target = currencies?.[0] ?? null;
  const valued = amounts.flatMap(({ amount }) => {
    if (amount.kind === 'quantity') return [{ measure: `unit:${amount.unit}`, value: absoluteValue(amount), currency: null as string | null }];
    const rate = target && target !== amount.currency ? findRate(ctx.rates, amount.currency, target) : undefined;
    if (target && target !== amount.currency && !rate) return [];
    return [
      { measure: `money:${amount.measure}`, value: rate ? convert(absoluteValue(amount), rate) : absoluteValue(amount), currency: target ?? amount.currency },
    ];
  });
  const found: number[] = [];
  for (let i = 0; i < valued.length; i++) {
    for (let j = i + 1; j < valued.length; j++) {
      const [a, b] = [valued[i]!, valued[j]!];
      if (a.measure !== b.measure || a.currency !== b.currency || a.value <= 0 || b.value <= 0) continue;
      const [small, large] = a.value < b.value ? [a.value, b.value] : [b.value, a.value];
      // Written as the views write it, read back as a number (English digits: no group separator left).
      found.push(Number(formatRatio(large / small, 'en').replace(/,/g, '')));
      percents.push(Math.round((small / large) * 100));
    }
  }
  return found;
}

const DAY = 86_400_000;

/** Rule 4: between two dates, as the timeline rounds it, and whole months or years between months or years, each in its unit. */
function distances(dates: DateValue[]): { value: number; time: TimeUnit }[] {
  const full = dates.filter((d): d is DateValue & { year: number } => d.year !== undefined);
  const found = new Map<string, { value: number; time: TimeUnit }>();
  const add = (value: number, time: TimeUnit) => found.set(`${value} ${time}`, { value, time });
  for (let i = 0; i < full.length; i++) {
    for (let j = i + 1; j < full.length; j++) {
      const [a, b] = [full[i]!, full[j]!];
      add(Math.abs(a.year - b.year), 'years');
      if (a.month !== undefined && b.month !== undefined) add(Math.abs((a.year - b.year) * 12 + a.month - b.month), 'months');
      if (a.day !== undefined && b.day !== undefined) {
        const days = Math.abs(dateSpan(asPartial(a)).start - dateSpan(asPartial(b)).start) / DAY;
        add(days, 'days');
        add(Math.round(days / 7), 'weeks');
        add(Math.round(days / 30.44), 'months');
        add(Math.round(days / 365.25), 'years');
      }
    }
  }
  return [...found.values()];
}

const asPartial = (d: DateValue & { year: number }): PartialDate => ({
  iso: '',
  year: d.year,
  month: d.month,
  day: d.day,
  precision: d.day !== undefined ? 'day' : d.month !== undefined ? 'month' : 'year',
});

const countCache = new WeakMap<Article, NumberValue[]>();

/** Rule 5: what the views count in a report, each with what it counts. */
function counts(ctx: Context, article: Article): NumberValue[] {
  let found = countCache.get(article);
  if (!found) {
    const of = (counts: Counted, ...values: number[]) => values.map((value) => ({ value, counts }));
    found = [...of('facts', factsOf(article).length), ...of('claims', article.claims.length), ...of('people', article.people.length)];
    try {
      const { sourcing } = articleFacts({ article, currency: null, rates: ctx.rates, references: ctx.references, messages: ctx.messages });
      const own = article.amounts.filter((a) => a.statedBy === 'report').length;
      const named = sourcing.figuresNamed;
      found.push(
        ...of('people', sourcing.namedPeople),
        ...of('quoted', sourcing.quotedPeople),
        ...of('figures', sourcing.figures, named, sourcing.figures - named, own, sourcing.figures - named - own, sourcing.figuresRead),
        ...of('dates', sourcing.dates, sourcing.datesInferred),
        ...of('totals', sourcing.sums.checked, sourcing.sums.addUp),
        ...of('rows', ...tableSums(article.amounts).map((s) => s.parts.length)),
        ...of('claims', ...Object.values(sourcing.claims)),
      );
    } catch {
      // A view that cannot be built (a reference the data check already refuses) counts nothing more.
    }
    countCache.set(article, found);
  }
  return found;
}

// ---- the check --------------------------------------------------------------------------------

const approx = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

/** The values a message lists: the first eight, each once. */
function listed(all: string[]): string {
  const values = [...new Set(all)];
  return values.length > 8 ? `${values.slice(0, 8).join(', ')}…` : values.join(', ');
}

/**
 * The parts of `date` (year, month, day) that no date in `text` names together with the others it
 * names: "20 September" and "2025" name all of 2025-09-20; "20 September 2024" names none.
 */
function partsNotNamed(text: string, date: PartialDate): string[] {
  const named = { year: false, month: false, day: false };
  for (const m of readProse(text)) {
    if (m.kind !== 'date' || !fits(m, { ...date, status: 'inferred', of: '' })) continue;
    if (m.year !== undefined) named.year = true;
    if (m.month !== undefined) named.month = true;
    if (m.day !== undefined) named.day = true;
  }
  return (['year', 'month', 'day'] as const).filter((part) => date[part] !== undefined && !named[part]);
}

const fits = (m: Extract<ProseMention, { kind: 'date' }>, d: DateValue) =>
  (m.year === undefined || d.year === m.year) && (m.month === undefined || d.month === m.month) && (m.day === undefined || d.day === m.day);

/**
 * Every way the numbers and dates of `text` fail to rest on `grounds`; `where` names what they
 * rest on in the messages ("the facts this verdict rests on"); `context` holds words the page
 * shows around the field (a verdict's dimension, "claims"), which may name what a partitive
 * count counts ("5 of 6" under "Claims").
 */
export function proseProblems(text: string, grounds: Grounds, where: string, context: readonly string[] = []): string[] {
  return mentionProblems(text, readProse(text), grounds, where, context);
}

/**
 * `proseProblems` of the mentions `readProse` found in `text`. `infers` names the inferred date
 * the text is the basis of ("riverside-lab/opening"): that date needs no "inferred" beside it.
 */
function mentionProblems(
  text: string,
  mentions: ProseMention[],
  grounds: Grounds,
  where: string,
  context: readonly string[],
  infers?: string,
  reportWords?: () => string,
): string[] {
  const problems: string[] = [];
  const q = (s: string) => `“${s}”`;
  // Listed only for a message: most fields have no problem.
  const gives = () => (grounds.gives.length > 0 ? `its facts give: ${listed(grounds.gives)}` : 'its facts give none');
  for (const m of mentions) {
    switch (m.kind) {
      case 'unread':
        problems.push(`${q(m.words)} is not read as a number or a date (${m.reason}): write a number in digits or words, a date with its month in words`);
        break;
      case 'number': {
        // "8 weeks": a number of time units rests only on a time between two dates in that unit, or a quantity of them.
        const first = m.follows.keys.find((k) => k !== '-');
        const time = first === undefined ? undefined : TIME_WORDS[first];
        const equal = grounds.numbers.filter(
          (n) => approx(n.value, m.value) && (!m.ratio || n.counts === 'ratio') && (!time || (n.counts === 'time' && n.time === time) || n.unit === time),
        );
        const named = (words: Words) => (n: NumberValue) =>
          n.counts ? COUNTED[n.counts].some((word) => words.keys.includes(word)) : n.unit ? words.units.includes(n.unit) : true;
        if (equal.some(named(m.follows)) || (m.partitive && equal.some(named({ keys: [...m.partitive.keys, ...context], units: m.partitive.units })))) break;
        const same = grounds.numbers.filter((n) => approx(n.value, m.value));
        const counted = [...new Set(same.flatMap((n) => (n.counts ? [COUNT_NAMES[n.counts]] : n.unit ? [`a count of ${n.unit.replace('-', ' ')}`] : [])))];
        const hint = counted.length > 0 ? ` (${plain.format(m.value)} is also ${counted.join(', ')}, only with what it counts named after it)` : '';
        const timed =
          time && same.some((n) => (n.counts === 'time' && n.time !== time) || (!n.counts && !n.unit))
            ? ` (a number of ${time} rests only on a time in ${time} between two dates of the facts)`
            : '';
        problems.push(`${q(m.words)} is not a value of ${where} nor computed from them (${gives()})${hint}${timed}`);
        break;
      }
      case 'percent':
        if (!grounds.percents.some((n) => approx(n, m.value)))
          problems.push(`${q(m.words)} is not a percentage the passages of ${where} state nor a share computed from their figures (${gives()})`);
        break;
      case 'ordinal':
        if (!grounds.ordinals.includes(m.value))
          problems.push(
            `${q(m.words)} is not an ordinal the passages of ${where} state (${grounds.ordinals.length > 0 ? `they state: ${listed(grounds.ordinals.map(ordinal))}` : 'they state none'})`,
          );
        break;
      case 'date': {
        const matches = grounds.dates.filter((d) => fits(m, d));
        // "Riverside Lab 2031" as a report writes it is a name, not our date.
        if (matches.length === 0 && m.named && reportWords && ` ${reportWords()} `.includes(` ${fold(m.named)} `)) break;
        if (matches.length === 0) {
          const dates = grounds.dates.filter((d) => d.status !== 'source').map(dateText);
          problems.push(`${q(m.words)} is not a date of ${where} (${dates.length > 0 ? `its facts give: ${listed(dates)}` : 'its facts give none'})`);
          break;
        }
        const inferred = matches.find((d) => d.status === 'inferred');
        if (
          inferred &&
          inferred.of !== infers &&
          !matches.some((d) => d.status === 'stated') &&
          !saysInferred(sentenceAround(text.normalize('NFC'), m.start, m.end))
        ) {
          problems.push(
            `${q(m.words)} is a date we infer (${inferred.of}: ${dateText(inferred)}), not one the report states: say so in its sentence (“inferred”, “we infer”)`,
          );
        }
        break;
      }
    }
  }
  return problems;
}

/** Words right before a number that say it is exact ("exactly 2 billion euros"): only an unhedged figure of the report is. */
const EXACT_WORDS = /\b(?:exactly|precisely|an exact|a precise|the exact|the precise)\s+$/i;

/** Period words right after a figure that name a period no fact has (the facts give per year, one-off, cumulative or none). */
const OTHER_PERIODS = /^\s*,?\s*((?:a|per|each|every)\s+(?:month|week|day|quarter|semester|term)|monthly|weekly|daily|quarterly)\b/i;

const HEDGE_NAMES: Record<Hedge, string> = {
  exact: 'no hedge (exact)',
  about: '“about”',
  nearly: '“nearly”',
  'more-than': '“more than”',
  'at-least': '“at least”',
  'up-to': '“up to”',
  estimated: '“estimated”',
};

/**
 * Every way a figure of `text` names a currency, a hedge or a period that no fact of its value
 * gives. A figure is held only where its words say something (a figure without currency, hedge or
 * period words, or of a value no money or quantity fact has, is the value check's), and only
 * outside quotation marks (the quote check holds the report's words):
 * - currency words allow the fact's currency (or, for our conversion, the currency it converts to);
 * - a hedge is the fact's ("about" is also ours beside a conversion, and beside an exact or estimated
 *   figure, which it never makes stronger); "exactly" is said only of an unhedged figure the report gives;
 * - a period phrase is the fact's period.
 */
export function qualifierProblems(input: string, figures: readonly FigureValue[], where: string): string[] {
  const text = input.normalize('NFC');
  // `read` is the text as the figure reader reads it, character for character, so its offsets are the text's.
  const { text: read, tokens, figures: found } = figuresAt(text, 'en');
  const quoted = quotedRanges(text);
  const problems: string[] = [];
  for (const f of found) {
    const start = tokens[f.at]!.start;
    const from = start + f.words.length;
    if (f.kind !== 'figure' || quoted.some(([a, b]) => start >= a && start < b)) continue;
    const exact = EXACT_WORDS.test(read.slice(Math.max(0, start - 20), start));
    const other = OTHER_PERIODS.exec(read.slice(from, from + 24))?.[1];
    if (!f.currency && !f.hedge && !f.period && !exact && !other) continue;
    const equal = figures.filter((g) => Math.abs(g.value - f.value) <= 1e-9 * Math.max(1, Math.abs(f.value)));
    if (equal.length === 0) continue;
    if (other) {
      problems.push(
        `“${f.words} ${other}” gives a period no fact of ${where} has (their periods: ${[...new Set(equal.map((g) => g.period))].join(', ')}): write a figure with the qualifiers its fact gives, or without them`,
      );
      continue;
    }
    const agrees = (g: FigureValue) => qualifierClash(f, exact, g) === null;
    if (equal.some(agrees)) continue;
    problems.push(`“${f.words}” ${qualifierClash(f, exact, equal[0]!)} (${where}): write a figure with the qualifiers its fact gives, or without them`);
  }
  return problems;
}

/** What a figure's words say that the fact `g` of its value does not, or null. */
function qualifierClash(f: Figure, exact: boolean, g: FigureValue): string | null {
  const of = g.converted ? 'our conversion of its fact is' : 'its fact is';
  if (f.currency && !(g.currency && f.currency.includes(g.currency)))
    return `names the currency ${f.currency.length === 1 ? f.currency[0] : `${f.currency.slice(0, 3).join('/')}…`}, but ${of} ${g.currency ? `in ${g.currency}` : 'no money'}`;
  if (exact && (g.hedge !== 'exact' || g.converted))
    return `says the figure is exact, but ${of} hedged ${HEDGE_NAMES[g.hedge]}${g.converted ? ' and rounded' : ''}`;
  const about = f.hedge === 'about' && (g.converted || g.hedge === 'exact' || g.hedge === 'estimated');
  if (f.hedge && f.hedge !== g.hedge && !about) return `is hedged ${HEDGE_NAMES[f.hedge]}, but ${of} hedged ${HEDGE_NAMES[g.hedge]}`;
  if (f.period && f.period !== g.period) return `gives the period ${f.period}, but ${of} ${g.period}`;
  return null;
}

/** A comparison's body, block by block, with the line of the file each starts on. */
export interface BodyBlock {
  text: string;
  line: number;
}

export interface ProseInput {
  valid: Valid;
  /** Comparison id → its body's blocks. */
  comparisonBodies: Map<string, BodyBlock[]>;
  /** Each catalogue's words about the site (`siteTexts`), when they parsed. */
  site: SiteTexts[];
  /** The default edition's messages. */
  messages: Messages;
}

const keysOf = (refs: string[]): FactKey[] =>
  refs.map((ref) => {
    const [article, id] = ref.split('/') as [string, string];
    return { article, id };
  });

const allKeys = (id: string, article: Article): FactKey[] => factsOf(article).map((f) => ({ article: id, id: f.id }));

/** Every number and date of our prose that does not rest on its facts, file → field. */
export function proseIssues({ valid, comparisonBodies, site, messages }: ProseInput): ContentError[] {
  const ctx: Context = {
    messages,
    articles: new Map([...valid.articles].map(([id, { data }]) => [id, data])),
    rates: [...valid.rates.values()].map((r) => r.data),
    references: new Map([...valid.references].map(([id, { data }]) => [id, data])),
    passages: new WeakMap(),
    notes: new WeakMap(),
  };
  const errors: ContentError[] = [];
  const check = (
    file: string,
    field: string,
    text: string | null | undefined,
    grounds: () => Grounds,
    where: string,
    context: string[] = [],
    infers?: string,
    qualifiers = true,
  ) => {
    if (!text) return;
    // What a field rests on is gathered only when it writes a number or a date.
    const mentions = readProse(text);
    if (mentions.length === 0) return;
    for (const message of mentionProblems(text, mentions, grounds(), where, context, infers, reportWords)) errors.push({ file, field, message });
    if (qualifiers) for (const message of qualifierProblems(text, grounds().figures, where)) errors.push({ file, field, message });
  };
  const once = <T>(make: () => T): (() => T) => {
    let value: T | undefined;
    return () => (value ??= make());
  };
  // The reports' words as the facts quote them, and the names they give: a year after a name is a name's only where they write it so.
  const reportWords = once(() =>
    [...ctx.articles.values()]
      .flatMap((a) => [...factsOf(a).map((f) => f.evidence), ...a.institutions.map((x) => x.name), ...a.locations.map((x) => x.name)])
      .map(fold)
      .join(' | '),
  );
  const articleGrounds = new Map<string, () => Grounds>();
  for (const [id, article] of ctx.articles)
    articleGrounds.set(
      id,
      once(() => groundsOf(ctx, allKeys(id, article), { currencies: null, counted: [article] })),
    );

  for (const [id, { file, data: article }] of valid.articles) {
    const own = articleGrounds.get(id)!;
    const where = 'this article’s facts';
    const field = (path: string, text: string | null | undefined) => check(file.path, path, text, own, where);
    field('title', article.title);
    field('dek', article.dek);
    article.source.notes.forEach((note, i) => field(`source.notes.${i}`, note));
    field('initiative.summary', article.initiative.summary);
    article.institutions.forEach((x, i) => field(`institutions.${i}.does`, x.does));
    article.people.forEach((x, i) => field(`people.${i}.affiliationNote`, x.affiliationNote));
    article.amounts.forEach((x, i) => field(`amounts.${i}.what`, x.what));
    article.dates.forEach((x, i) => {
      field(`dates.${i}.event`, x.event);
      // An inferred date's basis names the date it infers: it rests on the article's facts (that
      // date among them) and the date of the source it reads, so a date changed without its basis fails.
      if (x.status !== 'inferred' || x.date === null) return;
      const missing = partsNotNamed(x.basis ?? '', partialDate(x.date));
      if (missing.length > 0)
        errors.push({
          file: file.path,
          field: `dates.${i}.basis`,
          message: `says how the date is inferred but not which date: name its ${missing.join(', ')} (the date field gives ${dateText({ ...partialDate(x.date), status: 'inferred', of: '' })})`,
        });
      check(
        file.path,
        `dates.${i}.basis`,
        x.basis,
        () => merge(own(), { ...empty(), dates: x.basisSource ? referenceDate(ctx, x.basisSource) : sourceDay(article.source.published, 'the report') }),
        'this article’s facts or the date of the source the inference reads (basisSource, or the report’s own)',
        [],
        `${id}/${x.id}`,
      );
    });
    article.locations.forEach((x, i) => field(`locations.${i}.note`, x.note));
    article.beneficiaries.forEach((x, i) => {
      field(`beneficiaries.${i}.who`, x.who);
      field(`beneficiaries.${i}.how`, x.how);
    });
    article.claims.forEach((claim, i) => {
      field(`claims.${i}.claim`, claim.claim);
      claim.checks.forEach((c, j) =>
        check(
          file.path,
          `claims.${i}.checks.${j}.finding`,
          c.finding,
          () => merge(own(), noteGrounds(c.says, c.reference), { ...empty(), dates: referenceDate(ctx, c.reference) }),
          'this article’s facts or the source note (says) it sums up',
        ),
      );
    });
  }

  for (const [id, { file, data }] of valid.comparisons) {
    const compared = data.articles.flatMap((a) => (ctx.articles.has(a) ? [ctx.articles.get(a)!] : []));
    if (compared.length !== data.articles.length) continue;
    const opts = { currencies: [data.currency], counted: compared, reports: data.articles.length };
    const top = once(() => groundsOf(ctx, keysOf(data.restsOn.facts), { ...opts, references: data.restsOn.references }));
    const where = 'the facts the comparison’s title, dek and conclusion rest on';
    // A person named beside a figure is the one who states it, among the facts the field rests on.
    const pairs = data.articles.map((a) => [a, ctx.articles.get(a)!] as const);
    const speakers = (field: string, text: string | null, facts: readonly string[]) => {
      const drift = text ? speakerDrift(text, 'en', figureSpeakers(pairs, facts)) : null;
      if (drift) errors.push({ file: file.path, field, message: drift });
    };
    for (const key of ['title', 'dek', 'conclusion'] as const) {
      check(file.path, key, data[key], top, where);
      speakers(key, data[key], data.restsOn.facts);
    }
    data.verdicts.forEach((v, i) => {
      const grounds = once(() => groundsOf(ctx, keysOf(v.restsOn.facts), { ...opts, references: v.restsOn.references }));
      for (const key of ['short', 'finding', 'why'] as const) {
        check(file.path, `verdicts.${i}.${key}`, v[key], grounds, 'the facts this verdict rests on', [v.dimension]);
        speakers(`verdicts.${i}.${key}`, v[key], v.restsOn.facts);
      }
    });
    const both = once(() =>
      groundsOf(
        ctx,
        data.articles.flatMap((a) => allKeys(a, ctx.articles.get(a)!)),
        opts,
      ),
    );
    // A body's blockquotes are the report's words, held by the quote check: its figures are held to values only.
    for (const block of comparisonBodies.get(id) ?? [])
      check(file.path, `line ${block.line}`, block.text, both, 'the facts of the compared reports', [], undefined, false);
  }

  // A correction ships with the change it records: what it corrects a page to rests on that page's
  // facts (both compared reports' for a comparison), and it may date itself and the page. `wrong`
  // gives our earlier words, which the facts no longer hold.
  for (const { file, data } of valid.corrections.values()) {
    const comparison = data.page.kind === 'comparison' ? valid.comparisons.get(data.page.id)?.data : undefined;
    const ids = data.page.kind === 'article' ? [data.page.id] : (comparison?.articles ?? []);
    const page = data.page.kind === 'article' ? valid.articles.get(data.page.id)?.data : comparison;
    const compared = ids.flatMap((a) => (ctx.articles.has(a) ? [ctx.articles.get(a)!] : []));
    if (!page || compared.length === 0 || compared.length !== ids.length) continue;
    const grounds = once(() =>
      merge(
        comparison
          ? groundsOf(
              ctx,
              ids.flatMap((a) => allKeys(a, ctx.articles.get(a)!)),
              { currencies: [comparison.currency], counted: compared, reports: ids.length },
            )
          : articleGrounds.get(ids[0]!)!(),
        { ...empty(), dates: [...sourceDay(data.date, 'the correction'), ...sourceDay(page.published, 'the page')] },
      ),
    );
    check(file.path, 'corrected', data.corrected, grounds, `the facts of the page it corrects (${data.page.kind} "${data.page.id}")`);
    // A correction of a number or a date states the new one, so that it is checked ("a week earlier" states none).
    const named = (text: string) => readProse(text).filter((m) => m.kind !== 'unread');
    const wrong = named(data.wrong);
    if (wrong.length > 0 && named(data.corrected).length === 0)
      errors.push({
        file: file.path,
        field: 'corrected',
        message: `states no number or date, where wrong gives ${wrong.map((m) => `“${m.words}”`).join(', ')}: a correction of a number or a date states the new one, in digits or words, so that it is checked against the page’s facts`,
      });
  }

  for (const { file, data: rate } of valid.rates.values()) {
    const own: Grounds = { ...empty(), numbers: [{ value: rate.value }], dates: sourceDay(rate.date, file.path) };
    const grounds = once(() =>
      merge(
        own,
        ...[...ctx.articles]
          .filter(([, a]) => a.amounts.some((x) => x.kind === 'money' && (x.currency === rate.base || x.currency === rate.quote)))
          .map(([id]) => articleGrounds.get(id)!()),
      ),
    );
    check(file.path, 'why', rate.why, grounds, 'the rate and the facts of the reports it converts');
  }

  // The site copy speaks of the reports as a whole: it writes no number or date but the
  // significant figures conversions are rounded to. What stands in <code> is syntax shown, not a claim.
  const siteRules: Grounds = { ...empty(), numbers: [{ value: SIGNIFICANT_FIGURES, counts: 'significant' }] };
  for (const { file, texts } of site) {
    for (const [field, text] of texts) {
      const code = [...text.matchAll(/<code>.*?<\/code>/g)].map((m) => [m.index, m.index + m[0].length] as const);
      for (const m of readProse(text)) {
        if (code.some(([start, end]) => m.start >= start && m.end <= end) || mentionProblems(text, [m], siteRules, '', []).length === 0) continue;
        errors.push({
          file,
          field,
          message: `“${m.words}”: the site copy rests on no fact, so it writes no number or date (the pages count the reports themselves)`,
        });
      }
    }
  }
  return errors;
}
