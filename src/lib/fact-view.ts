/**
 * What every surface shows of a fact, derived once. Pages, tables, charts, the timeline, cards
 * and their alt text, the share snippet, feeds, JSON-LD and the downloads pick fields from these
 * views and never re-derive them, so a figure reads the same everywhere: its words as stated
 * (hedge as printed), period, scope, what it measures, who states it, its conversion with the
 * rate's value, date and source, and the status of any claim check that covers it.
 */
import type { Amount, Money } from '../schemas/amount.ts';
import type { Article } from '../schemas/article.ts';
import { REPORT_VOICE, UNNAMED_VOICE } from '../schemas/article.ts';
import type { Readings } from '../schemas/common.ts';
import type { Claim } from '../schemas/claim.ts';
import type { Rate } from '../schemas/rate.ts';
import type { Reference } from '../schemas/reference.ts';
import type { Source } from '../schemas/source.ts';
import { tableSums } from './arithmetic.ts';
import { convertMoney, formatAmount, formatConverted, roundSignificant, scopeLabel } from './money.ts';
import { formatPartialDate, partialDate } from './partial-date.ts';

export type CheckStatus = Claim['status'];
/** The statuses a reader must see beside a fact wherever it is shown. */
export type Flag = 'contradicted' | 'unclear';
export type Measure = Money['measure'];

/** A claim check that bears on a fact. */
export interface CheckView {
  claimId: string;
  status: CheckStatus;
  /** "contradicted by other reporting". */
  words: string;
}

/** A secondary source, as every citation shows it. */
export interface SourceView {
  id: string;
  label: string;
  publisher: string;
  url: string;
  /** "8 October 2025", or null when the page shows no date. */
  date: string | null;
  /** What that date is, when not plain publication ("visit of 8 October 2025"). */
  dateNote: string | null;
  /** True when `date` is the page's publication date. */
  published: boolean;
}

/** An exchange rate, as every converted figure shows it. */
export interface RateView {
  /** "1 EUR = 21.97 MXN". */
  text: string;
  value: number;
  kind: string;
  /** "2 June 2025". */
  date: string;
  source: SourceView;
  /** "1 EUR = 21.97 MXN, average closing rate of 2 June 2025 (Mexico Daily Post)": the one format. */
  line: string;
  /** The same, where space is short (cards): "1 EUR = 21.97 MXN (2 June 2025, Mexico Daily Post)". */
  short: string;
  /** The rate as stored, for the downloads. */
  data: Rate;
}

export interface ConvertedView {
  /** "≈ 140,000 EUR". */
  text: string;
  /** "about 140,000 EUR" (for cards, whose font has no "≈"). */
  plain: string;
  /** Unrounded value in the target currency. */
  value: number;
  rounded: number;
  currency: string;
  rate: RateView;
}

export interface FigureView {
  id: string;
  kind: Amount['kind'];
  /** "about 3 million MXN", "more than 25,000 jobs". */
  stated: string;
  /** The hedge as printed ("environ"), in the report's language. */
  hedgeWords: string | null;
  /** "per year", "period not stated", "cumulative (“by 2025”)". */
  period: string;
  periodKey: Amount['period'];
  /** "this initiative", "national". */
  scope: string;
  scopeKey: Amount['scope'];
  /** Money only: what the money is. */
  measure: Measure | null;
  /** "money put into the initiative". */
  measureLabel: string | null;
  what: string;
  /** How we read a currency the report does not name (a bare "$"); `null` when it names it. Same as `readings.currency`. */
  currencyBasis: string | null;
  /** The fields the figure's own words do not give (currency, unit, hedge, period, speaker), each with the basis of our reading: label them "our reading". */
  readings: Readings;
  /** "Ana Lima (directora de la oficina)" or "the report, in its own voice (no named source)". */
  statedBy: string;
  /** True when a named person, not the outlet's own voice, gives the figure. */
  named: boolean;
  /** Money: value in its own currency, as a plain number. */
  original: number | null;
  /** Money: converted, or null when already in the target currency (or no target). */
  converted: ConvertedView | null;
  /** Money: the value in the target currency (converted or not), for charts. */
  value: number | null;
  /** Checks covering it, worst first. */
  checks: CheckView[];
  /** The worst status that needs saying (contradicted, unclear), or null. */
  status: Flag | null;
  /** Ids of the figures this one is the sum of, per the report's own arithmetic (rows that add up to it). */
  sumOf: string[];
  /** Id of the total this figure is a part of, or null. */
  partOf: string | null;
  /** The evidence passage, its language and our English gloss (null when the report is in English). */
  evidence: string;
  lang: string;
  gloss: string | null;
}

export interface DateView {
  id: string;
  /** ISO partial date; null for an announced event with no date. */
  iso: string | null;
  /** "12 July 2025", or "no date given". */
  text: string;
  event: string;
  status: 'stated' | 'inferred' | 'undated';
  basis: string | null;
  basisSource: SourceView | null;
  planned: boolean;
  checks: CheckView[];
  checkStatus: Flag | null;
}

const STATUS_ORDER: CheckStatus[] = ['contradicted', 'unclear', 'confirmed', 'unchecked'];

const STATUS_WORDS: Record<CheckStatus, string> = {
  contradicted: 'contradicted by other reporting',
  unclear: 'not settled by other reporting',
  confirmed: 'confirmed by other reporting',
  unchecked: 'no other source to check against',
};

/** "contradicted by other reporting". */
export function statusWords(status: CheckStatus): string {
  return STATUS_WORDS[status];
}

const MEASURE_LABELS: Record<Measure, string> = {
  investment: 'money put into the initiative',
  spending: 'an organisation’s spending',
  budget: 'the initiative’s budget',
  'economic-impact': 'estimated economic impact',
};

/** "money put into the initiative", "estimated economic impact". */
export function measureLabel(measure: Measure): string {
  return MEASURE_LABELS[measure];
}

/** Order of measures wherever figures are grouped by measure. */
export const MEASURE_ORDER: Measure[] = ['investment', 'budget', 'spending', 'economic-impact'];

/** The period in words that stand alone: "per year", "period not stated", "cumulative (“by 2025”)". */
export function periodText(amount: Pick<Amount, 'period' | 'periodWords'>): string {
  const label = { 'one-off': 'one-off', 'per-year': 'per year', cumulative: 'cumulative', unspecified: 'period not stated' }[amount.period];
  return amount.periodWords ? `${label} (“${amount.periodWords}”)` : label;
}

/** Who states something: "Ana Lima (directora de la oficina)" or "the report, in its own voice". */
export function voiceOf(article: Article, id: string): string {
  if (id === REPORT_VOICE) return 'the report, in its own voice (no named source)';
  if (id === UNNAMED_VOICE) return 'a speaker the report does not name';
  const person = article.people.find((p) => p.id === id);
  if (!person) throw new Error(`unknown person "${id}"`);
  return person.title ? `${person.name} (${person.title})` : person.name;
}

const languages = new Intl.DisplayNames(['en'], { type: 'language' });

/** "French, translated from Spanish" or "English, the original language": the one language line. */
export function languageLine(source: Pick<Source, 'language' | 'translatedFrom'>): string {
  const lang = languages.of(source.language) ?? source.language;
  return source.translatedFrom ? `${lang}, translated from ${languages.of(source.translatedFrom) ?? source.translatedFrom}` : `${lang}, the original language`;
}

/** True when a text in `lang` needs an English gloss. */
export const needsGloss = (lang: string) => !/^en(-|$)/i.test(lang);

export function sourceView(id: string, references: Map<string, Reference>): SourceView {
  const ref = references.get(id);
  if (!ref) throw new Error(`unknown reference "${id}"`);
  return {
    id,
    label: ref.label,
    publisher: ref.publisher,
    url: ref.url,
    date: ref.date ? formatPartialDate(partialDate(ref.date)) : null,
    dateNote: ref.dateNote,
    published: ref.date !== null && ref.dateKind === 'published',
  };
}

/** "2 June 2025", or "8 October 2025 (report of a visit on 8 October 2025)". */
export function sourceDateText(source: SourceView): string {
  const date = source.date ?? 'no date shown';
  return source.dateNote ? `${date} (${source.dateNote})` : date;
}

/** "1 EUR = 21.97 MXN", always from the rate as published. */
export function rateText(rate: Rate): string {
  return `1 ${rate.base} = ${rate.approximate ? 'about ' : ''}${new Intl.NumberFormat('en-GB', { maximumFractionDigits: 6 }).format(rate.value)} ${rate.quote}`;
}

export function rateView(rate: Rate, references: Map<string, Reference>): RateView {
  const source = sourceView(rate.source, references);
  const date = formatPartialDate(partialDate(rate.date));
  const text = rateText(rate);
  return {
    text,
    value: rate.value,
    kind: rate.kind,
    date,
    source,
    line: `${text}, ${rate.kind} of ${date} (${source.publisher})`,
    short: `${text} (${date}, ${source.publisher})`,
    data: rate,
  };
}

/** "≈ 140,000 EUR at 1 EUR = 21.97 MXN, average closing rate of 2 June 2025 (Mexico Daily Post)". */
export function convertedText(converted: ConvertedView, plain = false): string {
  return `${plain ? converted.plain : converted.text} at ${converted.rate.line}`;
}

/** Checks covering each fact id of an article, worst first. */
export function checksByFact(article: Article): Map<string, CheckView[]> {
  const map = new Map<string, CheckView[]>();
  for (const claim of article.claims) {
    const check = { claimId: claim.id, status: claim.status, words: statusWords(claim.status) };
    map.set(claim.id, [check]);
    for (const id of claim.covers) map.set(id, [...(map.get(id) ?? []), check]);
  }
  for (const list of map.values()) list.sort((a, b) => STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status));
  return map;
}

/** The status a reader must see beside the fact: the worst check, unless all confirm. */
export function statusOf(checks: CheckView[]): Flag | null {
  const worst = checks[0]?.status;
  return worst === 'contradicted' || worst === 'unclear' ? worst : null;
}

/** "contradicted by other reporting" or "", to append beside a figure in plain text. */
export function statusSuffix(view: { status: Flag | null }): string {
  return view.status ? ` [${statusWords(view.status)}]` : '';
}

export interface ArticleFacts {
  figures: FigureView[];
  dates: DateView[];
  /** Checks covering any fact id (institutions, places, beneficiaries too). */
  checks: Map<string, CheckView[]>;
  language: string;
  languageLine: string;
  sourcing: SourcingFacts;
}

export interface FactsInput {
  article: Article;
  /** Currency money is converted into (the comparison's); null when none. */
  currency: string | null;
  rates: Rate[];
  references: Map<string, Reference>;
}

/** Every figure and date of an article, as all surfaces show them. */
export function articleFacts({ article, currency, rates, references }: FactsInput): ArticleFacts {
  const checks = checksByFact(article);
  const sums = tableSums(article.amounts).filter((s) => s.result === 'adds-up' && s.total);
  const sumOf = new Map(sums.map((s) => [s.total!.id, s.parts.map((p) => p.id)]));
  const partOf = new Map(sums.flatMap((s) => s.parts.map((p) => [p.id, s.total!.id] as const)));
  const lang = article.source.language;
  const figures = article.amounts.map((amount): FigureView => {
    const factChecks = checks.get(amount.id) ?? [];
    let converted: ConvertedView | null = null;
    let value: number | null = null;
    let original: number | null = null;
    if (amount.kind === 'money') {
      const result = currency ? convertMoney(amount, currency, rates) : null;
      original = result?.original ?? amount.value;
      value = result ? result.converted : null;
      if (result?.rate) {
        const rounded = roundSignificant(result.converted, 2);
        const text = formatConverted(result.converted, result.currency);
        converted = {
          text,
          plain: text.replace(/^≈\s*/, 'about '),
          value: result.converted,
          rounded,
          currency: result.currency,
          rate: rateView(result.rate.rate, references),
        };
      }
    }
    return {
      id: amount.id,
      kind: amount.kind,
      stated: formatAmount(amount),
      hedgeWords: amount.hedgeWords,
      period: periodText(amount),
      periodKey: amount.period,
      scope: scopeLabel(amount.scope),
      scopeKey: amount.scope,
      measure: amount.kind === 'money' ? amount.measure : null,
      measureLabel: amount.kind === 'money' ? measureLabel(amount.measure) : null,
      what: amount.what,
      currencyBasis: amount.kind === 'money' ? (amount.readings.currency ?? null) : null,
      readings: amount.readings,
      statedBy: voiceOf(article, amount.statedBy),
      named: amount.statedBy !== REPORT_VOICE && amount.statedBy !== UNNAMED_VOICE,
      original,
      converted,
      value,
      checks: factChecks,
      status: statusOf(factChecks),
      sumOf: sumOf.get(amount.id) ?? [],
      partOf: partOf.get(amount.id) ?? null,
      evidence: amount.evidence,
      lang,
      gloss: needsGloss(lang) ? amount.gloss : null,
    };
  });
  const dates = article.dates.map((d): DateView => {
    const factChecks = checks.get(d.id) ?? [];
    return {
      id: d.id,
      iso: d.date,
      text: d.date === null ? 'no date given' : formatPartialDate(partialDate(d.date)),
      event: d.event,
      status: d.status,
      basis: d.status === 'inferred' ? (d.basis ?? null) : null,
      basisSource: d.status === 'inferred' && d.basisKind === 'reference' && d.basisSource ? sourceView(d.basisSource, references) : null,
      planned: d.tense === 'planned',
      checks: factChecks,
      checkStatus: statusOf(factChecks),
    };
  });
  return { figures, dates, checks, language: lang, languageLine: languageLine(article.source), sourcing: sourcingFacts(article) };
}

/** A figure in one line of plain text, with its conversion, rate and status: for alt text, feeds and labels. */
export function figureLine(figure: FigureView, options: { plain?: boolean } = {}): string {
  const parts = [figure.stated];
  if (figure.converted) parts.push(`(${convertedText(figure.converted, options.plain)})`);
  return `${parts.join(' ')}${statusSuffix(figure)}`;
}

export interface SourcingFacts {
  namedPeople: number;
  quotedPeople: number;
  figures: number;
  figuresNamed: number;
  datesInferred: number;
  dates: number;
  claims: Record<CheckStatus, number>;
  sums: { checked: number; addUp: number };
  /** "4 named people quoted" / "No named person quoted": the one sourcing line. */
  line: string;
}

/** Counts that describe how a report is sourced (the byline is not a source). */
export function sourcingFacts(article: Article): SourcingFacts {
  const people = article.people.filter((p) => p.name !== article.source.byline);
  const quoted = people.filter((p) => p.quoted).length;
  const sums = tableSums(article.amounts).filter((s) => s.result !== 'no-total');
  const count = (status: CheckStatus) => article.claims.filter((c) => c.status === status).length;
  return {
    namedPeople: people.length,
    quotedPeople: quoted,
    figures: article.amounts.length,
    figuresNamed: article.amounts.filter((a) => a.statedBy !== REPORT_VOICE && a.statedBy !== UNNAMED_VOICE).length,
    dates: article.dates.length,
    datesInferred: article.dates.filter((d) => d.status === 'inferred').length,
    claims: { contradicted: count('contradicted'), unclear: count('unclear'), confirmed: count('confirmed'), unchecked: count('unchecked') },
    sums: { checked: sums.length, addUp: sums.filter((s) => s.result === 'adds-up').length },
    line: quoted === 0 ? 'No named person quoted' : `${quoted} named ${quoted === 1 ? 'person' : 'people'} quoted`,
  };
}
