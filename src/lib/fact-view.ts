/**
 * What every surface shows of a fact, derived once. Pages, tables, charts, the timeline, cards
 * and their alt text, the share snippet, feeds, JSON-LD and the downloads pick fields from these
 * views and never re-derive them, so a figure reads the same everywhere: its words as stated
 * (hedge as printed), period, scope, what it measures, whose money it is and who states it, its
 * conversion with the rate's value, date and source, and the status of the claim checks that
 * cover it, aspect by aspect.
 */
import type { Amount, Money } from '../schemas/amount.ts';
import type { Article } from '../schemas/article.ts';
import { REPORT_VOICE, UNNAMED_VOICE } from '../schemas/article.ts';
import type { Aspect, Claim, ClaimStatus } from '../schemas/claim.ts';
import type { Readings } from '../schemas/common.ts';
import type { Rate } from '../schemas/rate.ts';
import type { Reference } from '../schemas/reference.ts';
import { UNKNOWN_LANGUAGE, type Source } from '../schemas/source.ts';
import { tableSums } from './arithmetic.ts';
import { languageName } from './codes.ts';
import { INITIATIVE_ID, type FactList } from './facts.ts';
import { plainText, sameLanguage, type Messages } from './i18n.ts';
import {
  absoluteValue,
  allForms,
  convertedNumber,
  convertMoney,
  FORMS,
  formatRateValue,
  keepNumbersTogether,
  periodText,
  scopeLabel,
  type NumberForm,
} from './money.ts';
import { formatPartialDate, partialDate } from './partial-date.ts';

export type { Aspect, ClaimStatus };
export type Measure = Money['measure'];
/** The status of one aspect of a claim: a claim with checks has no `unchecked` aspect. */
export type AspectStatus = Exclude<ClaimStatus, 'unchecked'>;

// ---- claim checks -----------------------------------------------------------------------------

/** What the checks of one claim find on one aspect; shown beside every covered fact that carries the aspect. */
export interface CheckView {
  claimId: string;
  aspect: Aspect;
  status: AspectStatus;
  /** "timing contradicted: a 2021–2024 figure, not a forecast", "value reported the same way elsewhere". */
  words: string;
  /** The aspect and status alone, where space is short (a chart's label): "timing contradicted"; agreement without its aspect, in brief: "repeated elsewhere". */
  short: string;
  /** The same as `words`, set inside a line that goes on after it (a link to the claim): "timing contradicted (a 2021–2024 figure, not a forecast)". */
  inLine: string;
}

/** A claim, as every surface shows it. */
export interface ClaimView {
  id: string;
  claim: string;
  /** Who makes it, in words. */
  claimant: string;
  /** The worst of its aspects; `unchecked` when no other source covers it. */
  status: ClaimStatus;
  /** Each aspect its checks settle, worst first. */
  aspects: CheckView[];
  /** Every aspect in words, worst first; "no other source to check against" when unchecked. */
  words: string;
  /** The same, set inside a line that goes on after it: "timing contradicted (a 2021–2024 figure, not a forecast); value reported the same way elsewhere". */
  inLine: string;
}

const STATUS_ORDER: ClaimStatus[] = ['contradicted', 'unclear', 'relayed', 'confirmed', 'unchecked'];
const byStatus = (a: { status: ClaimStatus }, b: { status: ClaimStatus }) => STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status);

/** A claim's overall status in words: "contradicted by other reporting", "reported the same way elsewhere". */
export function statusWords(status: ClaimStatus, m: Messages): string {
  return m.t(`status.${status}`);
}

/**
 * One aspect's status with its aspect and, when the checks give one, our finding: "timing
 * contradicted: a 2021–2024 figure, not a forecast" (`inLine`: the finding in brackets, "timing
 * contradicted (a 2021–2024 figure, not a forecast)", for a line that goes on after it).
 */
function aspectWords(aspect: Aspect, status: AspectStatus, findings: string[], m: Messages, inLine = false): string {
  const short = m.t(`checkStatus.${status}`);
  const name = m.t(`aspect.${aspect}`);
  if (findings.length > 0)
    return m.t(inLine ? 'check.withFindingsInLine' : 'check.withFindings', { aspect: name, status: short, findings: findings.join(m.t('common.semicolon')) });
  return m.t('check.aspectStatus', { aspect: name, status: status === 'contradicted' || status === 'unclear' ? statusWords(status, m) : short });
}

/**
 * The status of each aspect a claim's checks settle: contradicted when any source contradicts it,
 * unclear when any leaves it open, else confirmed when at least one agreeing source is
 * independent of the report's speaker, and only "reported the same way elsewhere" when every
 * agreeing source relays them. Worst first.
 */
export function claimAspects(claim: Pick<Claim, 'id' | 'checks'>, m: Messages): CheckView[] {
  let byMessages = aspectsCache.get(claim);
  if (!byMessages) aspectsCache.set(claim, (byMessages = new WeakMap()));
  let views = byMessages.get(m);
  if (!views) byMessages.set(m, (views = buildAspects(claim, m)));
  return views;
}

/** A claim's aspect views, once per claim object and edition (each page, card and record of its report shows them). */
const aspectsCache = new WeakMap<object, WeakMap<Messages, CheckView[]>>();

function buildAspects(claim: Pick<Claim, 'id' | 'checks'>, m: Messages): CheckView[] {
  const aspects = [...new Set(claim.checks.map((c) => c.aspect))];
  return aspects
    .map((aspect): CheckView => {
      const checks = claim.checks.filter((c) => c.aspect === aspect);
      const status: AspectStatus = checks.some((c) => c.finds === 'contradicts')
        ? 'contradicted'
        : checks.some((c) => c.finds === 'unclear')
          ? 'unclear'
          : checks.some((c) => c.independence === 'independent')
            ? 'confirmed'
            : 'relayed';
      // Only the findings of the sources that set the status explain it.
      const finds = { contradicted: 'contradicts', unclear: 'unclear', confirmed: 'agrees', relayed: 'agrees' }[status];
      const findings = [...new Set(checks.filter((c) => c.finds === finds && c.finding).map((c) => keepNumbersTogether(c.finding!)))];
      return {
        claimId: claim.id,
        aspect,
        status,
        words: aspectWords(aspect, status, findings, m),
        inLine: aspectWords(aspect, status, findings, m, true),
        // A finding names its aspect even where room is short; agreement needs none there ("repeated elsewhere", as the first screen counts claims).
        short:
          status === 'contradicted' || status === 'unclear'
            ? m.t('check.aspectStatus', { aspect: m.t(`aspect.${aspect}`), status: m.t(`checkStatus.${status}`) })
            : m.t(`flag.${status}`),
      };
    })
    .sort(byStatus);
}

export function claimView(article: Article, claim: Claim, m: Messages): ClaimView {
  const aspects = claimAspects(claim, m);
  const status: ClaimStatus = aspects[0]?.status ?? 'unchecked';
  return {
    id: claim.id,
    claim: claim.claim,
    claimant: voiceOf(article, claim.claimant, m, claim.speakerWords),
    status,
    aspects,
    words: aspects.length > 0 ? aspects.map((a) => a.words).join(m.t('common.semicolon')) : statusWords('unchecked', m),
    inLine: aspects.length > 0 ? aspects.map((a) => a.inLine).join(m.t('common.semicolon')) : statusWords('unchecked', m),
  };
}

/** The aspects a fact can be held to: a date its timing and attribution, any other fact every aspect. */
const ASPECTS_OF: Partial<Record<FactList, Aspect[]>> = { dates: ['timing', 'attribution'] };

/** Checks covering each fact id of an article (and each claim's own id), worst first. */
export function checksByFact(article: Article, m: Messages): Map<string, CheckView[]> {
  const listOf = new Map<string, FactList>();
  for (const list of ['institutions', 'people', 'amounts', 'dates', 'locations', 'beneficiaries', 'claims'] as const) {
    for (const fact of article[list]) listOf.set(fact.id, list);
  }
  const map = new Map<string, CheckView[]>();
  for (const claim of article.claims) {
    const aspects = claimAspects(claim, m);
    map.set(claim.id, aspects);
    for (const id of claim.covers) {
      const carried = ASPECTS_OF[listOf.get(id) ?? 'claims'];
      const shown = carried ? aspects.filter((a) => carried.includes(a.aspect)) : aspects;
      if (shown.length > 0) map.set(id, [...(map.get(id) ?? []), ...shown]);
    }
  }
  for (const list of map.values()) list.sort(byStatus);
  return map;
}

/** The status a reader sees beside the fact, whatever it is: the worst of the checks covering it; null when none covers it. */
export function statusOf(checks: CheckView[]): AspectStatus | null {
  return checks[0]?.status ?? null;
}

/** Every aspect the checks covering a fact settle, in words, worst first, to show beside the fact; null when none covers it. */
export function checksText(checks: CheckView[], m: Messages): string | null {
  const words = [...new Set(checks.map((c) => c.words))];
  return words.length > 0 ? words.join(m.t('common.semicolon')) : null;
}

/**
 * Where space is short (the first screen, a chart's label, with the full words one tap away): the
 * aspects of the worst status alone, "timing contradicted" (a relayed value beside it waits for
 * the full words); null when no check covers the fact.
 */
export function checksShort(checks: CheckView[], m: Messages): string | null {
  const worst = checks[0]?.status;
  const words = [...new Set(checks.filter((c) => c.status === worst).map((c) => c.short))];
  return words.length > 0 ? words.join(m.t('common.semicolon')) : null;
}

/** " [timing contradicted: …]" or "", to append beside a figure in plain text. */
export function statusSuffix(view: { statusText: string | null }): string {
  return view.statusText ? ` [${view.statusText}]` : '';
}

// ---- voices -----------------------------------------------------------------------------------

/**
 * Who states something, to be set inside a sentence: "Ana Lima (directora de la oficina)", "the
 * report, in its own voice (no named source)", "an unnamed speaker (“elle” in the text)". A
 * person's title reads in our translation when the article (as the page shows it) has one.
 */
export function voiceOf(article: Article, id: string, m: Messages, words: string | null = null): string {
  if (id === REPORT_VOICE) return m.t('voice.report');
  if (id === UNNAMED_VOICE) return words ? m.t('voice.unnamedWords', { words }) : m.t('voice.unnamed');
  const person = article.people.find((p) => p.id === id);
  if (!person) throw new Error(`unknown person "${id}"`);
  const title = person.titleGloss ?? person.title;
  return title ? m.t('voice.titled', { name: person.name, title }) : person.name;
}

/** Who states something, as briefly as a first screen has room for: the person's name without a title, "an unnamed speaker", "the report". */
export function voiceName(article: Article, id: string, m: Messages): string {
  if (id === REPORT_VOICE) return m.t('voice.reportBrief');
  if (id === UNNAMED_VOICE) return m.t('voice.unnamed');
  const person = article.people.find((p) => p.id === id);
  if (!person) throw new Error(`unknown person "${id}"`);
  return person.name;
}

/** The first letter in upper case, as `locale` writes it. */
export const capitaliseIn = (text: string, locale: string) => (text ? `${text[0]!.toLocaleUpperCase(locale)}${text.slice(1)}` : text);

/** The voice a fact's passage is in, as data records it: `statedBy`, `claimant` or `speaker`. */
export function speakerOf(
  article: Article,
  list: FactList | typeof INITIATIVE_ID,
  index: number | null,
): { voice: string; words: string | null; read: boolean } {
  if (list === INITIATIVE_ID) return { voice: article.initiative.speaker, words: article.initiative.speakerWords, read: false };
  const fact = article[list][index ?? -1];
  if (!fact) throw new Error(`no fact at ${list}.${String(index)}`);
  // The speaker is our reading when the passage does not name them (`readings.speaker`).
  const read = 'readings' in fact && Boolean(fact.readings?.speaker);
  if ('statedBy' in fact) return { voice: fact.statedBy, words: fact.speakerWords, read };
  if ('claimant' in fact) return { voice: fact.claimant, words: fact.speakerWords, read };
  return { voice: fact.speaker, words: fact.speakerWords, read };
}

/**
 * Who says a passage, as a line that introduces it: "Ana Lima (title), in the report" ("…, by our
 * reading of the report" when the passage does not name her),
 * "An unnamed speaker (“elle” in the text), in the report", "The report, in its own voice (no
 * named source)".
 */
export function passageVoice(article: Article, list: FactList | typeof INITIATIVE_ID, index: number | null, m: Messages): string {
  const { voice, words, read } = speakerOf(article, list, index);
  const who = voiceOf(article, voice, m, words);
  return capitaliseIn(voice === REPORT_VOICE ? who : m.t(read ? 'voice.inReportRead' : 'voice.inReport', { who }), m.locale);
}

// ---- money: whose, and who says so --------------------------------------------------------------

/** "money put in", "estimated economic impact": what a measure counts, for headings. */
export function measureLabel(measure: Measure, m: Messages): string {
  return m.t(`measure.${measure}`);
}

/** Order of measures wherever figures are grouped by measure. */
export const MEASURE_ORDER: Measure[] = ['investment', 'budget', 'spending', 'economic-impact'];

/**
 * Whose money a figure is, from `payer` and `portion`: "StreamCo’s share", "StreamCo’s spending"
 * (`whose.<measure>.<portion>`, with `{payer}` when the report names who pays, else `…Unknown`).
 */
export function whoseMoney(article: Article, amount: Money, m: Messages): string {
  const institution = article.institutions.find((i) => i.id === amount.payer);
  const payer = institution ? [institution.name, ...institution.aliases].reduce((a, b) => (b.length < a.length ? b : a)) : null;
  const key = `whose.${amount.measure}.${amount.portion}`;
  return payer ? m.t(key, { payer }) : m.t(`${key}Unknown`);
}

/** Who gives a figure: "as estimated by Ana Lima (title)" for an approximate figure, else "as stated by …" ("stated by …" alone), or "in the report’s own voice"; `brief`: "estimated by Ana Lima", without titles or the text's words for an unnamed speaker. */
function givenBy(article: Article, amount: Amount, m: Messages, afterComma = true, brief = false): string {
  if (amount.statedBy === REPORT_VOICE) return m.t('given.reportVoice');
  const verb = amount.hedge === 'about' || amount.hedge === 'estimated' ? 'estimated' : 'stated';
  // A speaker the passage does not name is our reading, and the full label says so (the brief one, where room is short, names the person only).
  const read = (who: string) => (amount.readings?.speaker ? m.t('given.whoRead', { who }) : who);
  if (brief) return m.t(`given.${verb}Alone`, { who: voiceName(article, amount.statedBy, m) });
  return m.t(`given.${verb}${afterComma ? '' : 'Alone'}`, { who: read(voiceOf(article, amount.statedBy, m, amount.speakerWords)) });
}

// ---- sources and rates ------------------------------------------------------------------------

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
  /** The rate's day, ISO. */
  iso: string;
  source: SourceView;
  /** "1 EUR = 21.97 MXN, average closing rate of 2 June 2025 (Mexico Daily Post)": the one format. */
  line: string;
  /** The same, where space is short (cards): "1 EUR = 21.97 MXN (2 June 2025, Mexico Daily Post)". */
  short: string;
  /** The rate as stored, for the downloads. */
  data: Rate;
}

export interface ConvertedView {
  /** The converted value in every form ("≈ 140,000 EUR", "about €140k"…). */
  forms: Record<NumberForm, string>;
  /** Each form followed by its rate, as one piece of text that travels whole: "about €140k at 1 EUR = 21.97 MXN (2 June 2025, Mexico Daily Post)". */
  withRate: Record<NumberForm, string>;
  /** "≈ 140,000 EUR" (`forms.full`). */
  text: string;
  /** Unrounded value in the target currency. */
  value: number;
  rounded: number;
  currency: string;
  rate: RateView;
}

export function sourceView(id: string, references: Map<string, Reference>, m: Messages): SourceView {
  const ref = references.get(id);
  if (!ref) throw new Error(`unknown reference "${id}"`);
  return {
    id,
    label: ref.label,
    publisher: ref.publisher,
    url: ref.url,
    date: ref.date ? formatPartialDate(partialDate(ref.date), m.locale) : null,
    dateNote: ref.dateNote,
    published: ref.date !== null && ref.dateKind === 'published',
  };
}

/** "2 June 2025", or "8 October 2025 (report of a visit on 8 October 2025)". */
export function sourceDateText(source: SourceView, m: Messages): string {
  const date = source.date ?? m.t('source.noDate');
  return source.dateNote ? plainText(m.rich('source.dateWithNote', { date, note: source.dateNote })) : date;
}

/** "1 EUR = 21.97 MXN", always from the rate as published. */
export function rateText(rate: Rate, m: Messages): string {
  const values = { base: rate.base, value: formatRateValue(rate.value, m.locale), quote: rate.quote };
  return m.t(rate.approximate ? 'rate.textApproximate' : 'rate.text', values);
}

export function rateView(rate: Rate, references: Map<string, Reference>, m: Messages): RateView {
  const source = sourceView(rate.source, references, m);
  const date = formatPartialDate(partialDate(rate.date), m.locale);
  const text = rateText(rate, m);
  return {
    text,
    value: rate.value,
    kind: rate.kind,
    date,
    iso: rate.date,
    source,
    line: m.t('rate.line', { text, kind: rate.kind, date, publisher: source.publisher }),
    short: m.t('rate.short', { text, date, publisher: source.publisher }),
    data: rate,
  };
}

// ---- language ---------------------------------------------------------------------------------

/**
 * The one language line: "French, translated from Spanish", "English, the original language",
 * or "English; whether it is a translation is not known" (language names in the page's language).
 */
export function languageLine(source: Pick<Source, 'language' | 'translatedFrom'>, m: Messages): string {
  const language = capitaliseIn(languageName(source.language, m.locale), m.locale);
  if (source.translatedFrom === UNKNOWN_LANGUAGE) return m.t('language.unknown', { language });
  return source.translatedFrom
    ? m.t('language.translated', { language, from: languageName(source.translatedFrom, m.locale) })
    : m.t('language.original', { language });
}

/**
 * Who a report is credited to in one line: its outlet, or for a text we hold in translation
 * "French translation of a Spanish report by Diario" (the outlet published the original, not the text we hold).
 */
export function reportCredit(source: Pick<Source, 'outlet' | 'language' | 'translatedFrom'>, m: Messages): string {
  if (!source.translatedFrom || source.translatedFrom === UNKNOWN_LANGUAGE) return source.outlet;
  const [language, from] = [source.language, source.translatedFrom].map((l) => languageName(l, m.locale));
  return capitaliseIn(m.t('language.credit', { language, from, outlet: source.outlet }), m.locale);
}

/** True when a text in `lang` needs a gloss for a reader of `reader` (a passage already in the reader's language carries none). */
export const needsGloss = (lang: string, reader: string) => !sameLanguage(lang, reader);

// ---- the views ---------------------------------------------------------------------------------

export interface FigureView {
  id: string;
  kind: Amount['kind'];
  /** "about 3 million MXN", "more than 25,000 jobs": the `full` form as stated. */
  stated: string;
  /** The figure as stated, in every form. */
  forms: Record<NumberForm, string>;
  /** The hedge as printed ("environ"), in the report's language. */
  hedgeWords: string | null;
  hedge: Amount['hedge'];
  /** "per year", "period not stated", "cumulative (“by 2025”)". */
  period: string;
  periodKey: Amount['period'];
  /** "this initiative", "national". */
  scope: string;
  scopeKey: Amount['scope'];
  /** Money only: what the money is. */
  measure: Measure | null;
  /** "money put in". */
  measureLabel: string | null;
  /** Money only: whose money it is: "StreamCo’s share". */
  whose: string | null;
  /** Money only: `share` of a larger total, or the `whole` of what it describes. */
  portion: Money['portion'] | null;
  /** Whose money and who says so: "StreamCo’s share, as estimated by Ana Lima (head of the state film office)"; for a quantity, who says so. */
  label: string;
  /** `label` without titles or the text's words for an unnamed speaker, where room is short (the first screen): "StreamCo’s share, estimated by Ana Lima". */
  labelBrief: string;
  what: string;
  /** How we read a currency the report does not name (a bare "$"); `null` when it names it. Same as `readings.currency`. */
  currencyBasis: string | null;
  /** The fields the figure's own words do not give (currency, unit, hedge, period, speaker), each with the basis of our reading: label them "our reading". */
  readings: Readings;
  /** "Ana Lima (directora de la oficina)" or "the report, in its own voice (no named source)". */
  statedBy: string;
  /** True when a named person, not the outlet's own voice or an unnamed speaker, gives the figure. */
  named: boolean;
  /** Money: value in its own currency, as a plain number. */
  original: number | null;
  /** Money: converted, or null when already in the target currency (or no target). */
  converted: ConvertedView | null;
  /** Money: the value in the target currency (converted or not), for charts. */
  value: number | null;
  /** Money: the value in the target currency in every form (the conversion's, or as stated when none was needed). */
  inCurrency: Record<NumberForm, string> | null;
  /** Checks covering it, worst first. */
  checks: CheckView[];
  /** The worst status of the checks covering it, whatever it is; null when no check covers it. */
  status: AspectStatus | null;
  /** Every aspect's status in words, worst first, to show beside the figure wherever it goes: "timing contradicted: …; value reported the same way elsewhere"; null when unchecked. */
  statusText: string | null;
  /** The worst status's aspects alone, where room is short (the first screen, with `statusText` one tap away): "value reported the same way elsewhere"; null when unchecked. */
  statusShort: string | null;
  /** Ids of the figures this one is the sum of, per the report's own arithmetic (rows that add up to it). */
  sumOf: string[];
  /** Id of the total this figure is a part of, or null. */
  partOf: string | null;
  /** The evidence passage, its language and our gloss in the reader's language (null when the passage is in it). */
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
  /** The date as every short label gives it: "12 July 2025 (inferred)", "no date given". */
  label: string;
  event: string;
  /** The words of the passage that give the date, or part of it for an inferred date ("ce samedi"); null when none. */
  words: string | null;
  status: 'stated' | 'inferred' | 'undated';
  /** How we know the date: "stated in the report", "inferred by us from other reporting", "inferred by us from the report’s own metadata", "no date in the report". */
  how: string;
  basis: string | null;
  basisKind: 'reference' | 'report-metadata' | null;
  basisSource: SourceView | null;
  planned: boolean;
  checks: CheckView[];
  /** The worst status of the checks covering it; null when none covers it. */
  checkStatus: AspectStatus | null;
  /** Every aspect its checks settle, in words (timing and attribution only), or null. */
  statusText: string | null;
}

export interface SourcingFacts {
  namedPeople: number;
  quotedPeople: number;
  figures: number;
  figuresNamed: number;
  /** Figures attributed to a named person by our reading of reported speech (`readings.speaker`). */
  figuresRead: number;
  dates: number;
  datesInferred: number;
  claims: Record<ClaimStatus, number>;
  sums: { checked: number; addUp: number };
  /** "4 named people quoted" / "No named person quoted": the one sourcing line. */
  line: string;
  /** "3 dates, 1 of them inferred by us (1 from other reporting)". */
  datesLine: string;
  /** The figures not attributed to a named person: "2 in the report’s own voice, 1 from an unnamed speaker". */
  figuresLine: string;
  /** "1 contradicted · 5 not settled", or "None checked against other reporting (1 with no other source)". */
  claimsLine: string;
}

export interface ArticleFacts {
  figures: FigureView[];
  dates: DateView[];
  claims: ClaimView[];
  /** Checks covering any fact id (institutions, places, beneficiaries too). */
  checks: Map<string, CheckView[]>;
  languageLine: string;
  sourcing: SourcingFacts;
}

export interface FactsInput {
  /** The article as the page shows it (`localizeArticle`): our words and glosses in the reader's language. */
  article: Article;
  /** Currency money is converted into (the comparison's); null when none. */
  currency: string | null;
  rates: Rate[];
  references: Map<string, Reference>;
  /** The reader's language. */
  messages: Messages;
}

function convertedView(value: number, currency: string, hedge: Amount['hedge'], rate: RateView, m: Messages): ConvertedView {
  const number = convertedNumber(value, currency, hedge);
  const forms = allForms(number, m);
  const withRate = Object.fromEntries(
    FORMS.map((f) => [f, m.t('rate.at', { figure: forms[f], rate: f === 'full' || f === 'plain' ? rate.line : rate.short })]),
  ) as Record<NumberForm, string>;
  return { forms, withRate, text: forms.full, value, rounded: number.value, currency, rate };
}

function figureView(article: Article, amount: Amount, input: FactsInput, checks: CheckView[], sums: { sumOf: string[]; partOf: string | null }): FigureView {
  const { currency, rates, references, messages: m } = input;
  let converted: ConvertedView | null = null;
  let value: number | null = null;
  let original: number | null = null;
  let inCurrency: Record<NumberForm, string> | null = null;
  const forms = allForms(amount, m);
  if (amount.kind === 'money') {
    const result = currency ? convertMoney(amount, currency, rates) : null;
    original = result?.original ?? absoluteValue(amount);
    value = result ? result.converted : null;
    if (result?.rate) converted = convertedView(result.converted, result.currency, amount.hedge, rateView(result.rate.rate, references, m), m);
    inCurrency = converted ? converted.forms : result ? forms : null;
  }
  const whose = amount.kind === 'money' ? whoseMoney(article, amount, m) : null;
  const lang = article.source.language;
  return {
    id: amount.id,
    kind: amount.kind,
    stated: forms.full,
    forms,
    hedgeWords: amount.hedgeWords,
    hedge: amount.hedge,
    period: periodText(amount, m),
    periodKey: amount.period,
    scope: scopeLabel(amount.scope, m),
    scopeKey: amount.scope,
    measure: amount.kind === 'money' ? amount.measure : null,
    measureLabel: amount.kind === 'money' ? measureLabel(amount.measure, m) : null,
    whose,
    portion: amount.kind === 'money' ? amount.portion : null,
    label: whose ? m.t('figure.label', { whose, given: givenBy(article, amount, m) }) : givenBy(article, amount, m, false),
    labelBrief: whose ? m.t('figure.label', { whose, given: givenBy(article, amount, m, true, true) }) : givenBy(article, amount, m, false, true),
    what: amount.what,
    currencyBasis: amount.kind === 'money' ? (amount.readings.currency ?? null) : null,
    readings: amount.readings,
    statedBy: voiceOf(article, amount.statedBy, m, amount.speakerWords),
    named: amount.statedBy !== REPORT_VOICE && amount.statedBy !== UNNAMED_VOICE,
    original,
    converted,
    value,
    inCurrency,
    checks,
    status: statusOf(checks),
    statusText: checksText(checks, m),
    statusShort: checksShort(checks, m),
    sumOf: sums.sumOf,
    partOf: sums.partOf,
    evidence: amount.evidence,
    lang,
    gloss: needsGloss(lang, m.lang) ? amount.gloss : null,
  };
}

function dateView(d: Article['dates'][number], checks: CheckView[], references: Map<string, Reference>, m: Messages): DateView {
  const text = d.date === null ? m.t('date.none') : formatPartialDate(partialDate(d.date), m.locale);
  const basisKind = d.status === 'inferred' ? d.basisKind : null;
  const how = m.t(
    d.status === 'inferred' ? (basisKind === 'report-metadata' ? 'dateHow.inferredMetadata' : 'dateHow.inferredReporting') : `dateHow.${d.status}`,
  );
  return {
    id: d.id,
    iso: d.date,
    text,
    label: d.status === 'inferred' ? m.t('date.inferredLabel', { date: text }) : text,
    event: d.event,
    words: d.status === 'undated' ? null : (d.stated ?? null),
    status: d.status,
    how,
    basis: d.status === 'inferred' ? (d.basis ?? null) : null,
    basisKind,
    basisSource: d.status === 'inferred' && d.basisKind === 'reference' && d.basisSource ? sourceView(d.basisSource, references, m) : null,
    planned: d.tense === 'planned',
    checks,
    checkStatus: statusOf(checks),
    statusText: checksText(checks, m),
  };
}

/** A number per object, for keys made of object identities. */
const identities = new WeakMap<object, number>();
let identityCount = 0;
const identity = (o: object): number => {
  let n = identities.get(o);
  if (n === undefined) identities.set(o, (n = ++identityCount));
  return n;
};

/** Fact views already built, per article object: by messages, currency, and the identities of the rates and references. */
const factsCache = new WeakMap<Article, Map<string, ArticleFacts>>();

/**
 * Every figure, date and claim of an article, as all surfaces show them. Content objects are
 * never changed once parsed, so the views of one article for one set of inputs are built once
 * (a report is shown on its page, each comparison of it, the cards, the data and methodology pages).
 */
export function articleFacts(input: FactsInput): ArticleFacts {
  const key = [
    identity(input.messages),
    input.currency,
    input.rates.map(identity).join(','),
    [...input.references].map(([id, r]) => `${id}:${identity(r)}`).join(','),
  ].join('|');
  let byKey = factsCache.get(input.article);
  if (!byKey) factsCache.set(input.article, (byKey = new Map()));
  let facts = byKey.get(key);
  if (!facts) byKey.set(key, (facts = buildFacts(input)));
  return facts;
}

function buildFacts(input: FactsInput): ArticleFacts {
  const { article, references, messages: m } = input;
  const checks = checksByFact(article, m);
  const sums = tableSums(article.amounts).filter((s) => s.result === 'adds-up' && s.total);
  const sumOf = new Map(sums.map((s) => [s.total!.id, s.parts.map((p) => p.id)]));
  const partOf = new Map(sums.flatMap((s) => s.parts.map((p) => [p.id, s.total!.id] as const)));
  const figures = article.amounts.map((amount) =>
    figureView(article, amount, input, checks.get(amount.id) ?? [], { sumOf: sumOf.get(amount.id) ?? [], partOf: partOf.get(amount.id) ?? null }),
  );
  const dates = article.dates.map((d) => dateView(d, checks.get(d.id) ?? [], references, m));
  const claims = article.claims.map((c) => claimView(article, c, m));
  return {
    figures,
    dates,
    claims,
    checks,
    languageLine: languageLine(article.source, m),
    sourcing: sourcingFacts(article, dates, claims, m),
  };
}

/** A figure in one line of plain text, with its conversion and rate, and its status: for alt text, feeds and labels. */
export function figureLine(figure: FigureView, form: 'full' | 'plain' = 'full'): string {
  const parts = [`${figure.forms[form]}${periodScope(figure)}`];
  if (figure.converted) parts.push(`(${figure.converted.withRate[form]})`);
  return `${parts.join(' ')}${statusSuffix(figure)}`;
}

/**
 * A figure in one line, where it stands in a link or a list: as stated, whose money and who says
 * so (briefly; "by our reading" when the passage does not name them), period and scope:
 * "more than 50 courses (stated by Ana Lima, by our reading), period not stated, whole organisation".
 */
export function figureLabel(figure: FigureView, m: Messages): string {
  const given = figure.readings.speaker ? m.t('given.whoRead', { who: figure.labelBrief }) : figure.labelBrief;
  return `${figure.stated} (${given})${periodScope(figure)}`;
}

/** What a figure needs beside it wherever it stands alone: ", per year, national"; ", period not stated, this initiative". */
export function periodScope(figure: Pick<FigureView, 'period' | 'scope'>): string {
  return `, ${figure.period}, ${figure.scope}`;
}

/** Counts that describe how a report is sourced (the byline is not a source), with the lines every surface shows. */
export function sourcingFacts(article: Article, dates: DateView[], claims: ClaimView[], m: Messages): SourcingFacts {
  const people = article.people.filter((p) => p.name !== article.source.byline);
  const quoted = people.filter((p) => p.quoted).length;
  const sums = tableSums(article.amounts).filter((s) => s.result !== 'no-total');
  const count = (status: ClaimStatus) => claims.filter((c) => c.status === status).length;
  const counts = Object.fromEntries(STATUS_ORDER.map((s) => [s, count(s)])) as Record<ClaimStatus, number>;
  const inferred = dates.filter((d) => d.status === 'inferred');
  const inferredFrom = {
    reference: inferred.filter((d) => d.basisKind === 'reference').length,
    metadata: inferred.filter((d) => d.basisKind === 'report-metadata').length,
  };
  const fromWhat = [
    inferredFrom.reference > 0 ? m.t('sourcing.fromReporting', { count: inferredFrom.reference }) : '',
    inferredFrom.metadata > 0 ? m.t('sourcing.fromMetadata', { count: inferredFrom.metadata }) : '',
  ].filter(Boolean);
  const checked = STATUS_ORDER.filter((s) => s !== 'unchecked' && counts[s] > 0).map((s) => m.t(`claimCount.${s}`, { count: counts[s] }));
  const unchecked = counts.unchecked > 0 ? m.t('claimCount.unchecked', { count: counts.unchecked }) : '';
  const ownVoice = article.amounts.filter((a) => a.statedBy === REPORT_VOICE).length;
  const unnamed = article.amounts.filter((a) => a.statedBy === UNNAMED_VOICE).length;
  return {
    namedPeople: people.length,
    quotedPeople: quoted,
    figures: article.amounts.length,
    figuresNamed: article.amounts.filter((a) => a.statedBy !== REPORT_VOICE && a.statedBy !== UNNAMED_VOICE).length,
    figuresRead: article.amounts.filter((a) => a.statedBy !== REPORT_VOICE && a.statedBy !== UNNAMED_VOICE && a.readings?.speaker).length,
    dates: dates.length,
    datesInferred: inferred.length,
    claims: counts,
    sums: { checked: sums.length, addUp: sums.filter((s) => s.result === 'adds-up').length },
    line: m.t('sourcing.quoted', { count: quoted }),
    figuresLine: [m.t('sourcing.ownVoice', { count: ownVoice }), unnamed > 0 ? m.t('sourcing.fromUnnamed', { count: unnamed }) : ''].filter(Boolean).join(', '),
    datesLine:
      dates.length === 0
        ? m.t('sourcing.datesNone')
        : inferred.length === 0
          ? m.t('sourcing.datesNoneInferred', { count: dates.length })
          : m.t('sourcing.datesInferred', { count: dates.length, inferred: inferred.length, from: fromWhat.join(', ') }),
    claimsLine:
      checked.length > 0
        ? [checked.join(' · '), unchecked].filter(Boolean).join(m.t('common.semicolon'))
        : unchecked
          ? m.t('sourcing.claimsNoneWith', { unchecked })
          : m.t('sourcing.claimsNone'),
  };
}
