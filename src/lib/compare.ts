/**
 * The comparison page's view model: two articles aligned row by row for each dimension.
 * A row is a label and one list of items per side; an empty list means the report says
 * nothing on that row, which the page shows as such. Works for any pair of articles.
 */
import type { Article } from '../schemas/article.ts';
import { institutionRoles } from '../schemas/institution.ts';
import { placeRoles } from '../schemas/location.ts';
import { claimStatuses } from '../schemas/claim.ts';
import type { Dimension, Verdict } from '../schemas/comparison.ts';
import type { Rate } from '../schemas/rate.ts';
import type { Reference } from '../schemas/reference.ts';
import { citation, claimTag, voiceOf, type Citation, type Tag } from './article-view.ts';
import { tableSums, type SumCheck } from './arithmetic.ts';
import { countryName } from './codes.ts';
import { evidenceLink, moneyChart, moneyRows, periodText, scopeWarning, type MoneyChart, type MoneyRow, type MoneySide } from './money-view.ts';
import { formatAmount, scopeLabel } from './money.ts';
import { comparePartialDates, formatPartialDate, partialDate } from './partial-date.ts';
import { timelineLayout, type TimelineLayout } from './timeline.ts';
import { INITIATIVE_ID } from './facts.ts';

export type SideInput = MoneySide & { id: string };

/** Section headings, by dimension (the dimension is the section's `#anchor`). */
export const dimensionTitles: Record<Dimension, string> = {
  money: 'Money',
  partners: 'Partners and people',
  places: 'Places',
  timeline: 'Timeline',
  focus: 'Focus and beneficiaries',
  sourcing: 'Sourcing',
  claims: 'Claims checked',
};

export interface Item {
  text: string;
  /** Language of `text` when it is the report's words (a title as printed). */
  lang?: string;
  details: string[];
  tags: Tag[];
  /** Link to the passage on the article page that states it. */
  href?: string;
  citations: Citation[];
}

export interface Row {
  id: string;
  label: string;
  cells: [Item[], Item[]];
}

export interface SideHead {
  id: string;
  name: string;
  url: string;
  country: string;
  outlet: string;
}

export interface TimelineEntry {
  side: number;
  id: string;
  /** `null` for a planned event the report gives no date for (listed last). */
  date: string | null;
  event: string;
  status: 'stated' | 'inferred' | 'undated';
  basis: string | null;
  citation: Citation | null;
  planned: boolean;
  href: string;
}

export interface ComparisonView {
  sides: [SideHead, SideHead];
  verdicts: Record<Dimension, Verdict>;
  overview: Row[];
  money: { rows: MoneyRow[]; chart: MoneyChart; currency: string; other: Row[]; warning: string | null };
  partners: Row[];
  places: Row[];
  timeline: { layout: TimelineLayout; entries: TimelineEntry[] };
  focus: Row[];
  sourcing: Row[];
  claims: Row[];
}

export interface ComparisonInput {
  verdicts: Verdict[];
  currency: string;
  sides: [SideInput, SideInput];
  rates: Rate[];
  references: Map<string, Reference>;
}

const words = (slug: string) => slug.replace(/-/g, ' ');
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const item = (text: string, rest: Partial<Item> = {}): Item => ({ text, details: [], tags: [], citations: [], ...rest });

/** One row per key present on either side, in `order`; items picked by `pick`. */
export function alignBy<T>(sides: [T[], T[]], keyOf: (x: T) => string, order: readonly string[], toItem: (x: T, side: number) => Item, label: (key: string) => string): Row[] {
  const keys = order.filter((k) => sides.some((list) => list.some((x) => keyOf(x) === k)));
  return keys.map((key) => ({
    id: key,
    label: label(key),
    cells: [sides[0].filter((x) => keyOf(x) === key).map((x) => toItem(x, 0)), sides[1].filter((x) => keyOf(x) === key).map((x) => toItem(x, 1))],
  }));
}

const ROLE_LABELS: Record<(typeof institutionRoles)[number], string> = {
  sponsor: 'Sponsor',
  organiser: 'Organisers',
  supporter: 'Supporters',
  partner: 'Partners',
  beneficiary: 'Beneficiaries',
  participant: 'Others taking part',
  framework: 'Wider plan or event',
  mentioned: 'Mentioned in passing',
};

const CLAIM_LABELS: Record<(typeof claimStatuses)[number], string> = {
  contradicted: 'Contradicted by other reporting',
  unclear: 'Not settled by other reporting',
  confirmed: 'Confirmed by other reporting',
  unchecked: 'No other source to check against',
};

const pair = <T>(sides: [SideInput, SideInput], f: (side: SideInput, index: number) => T): [T, T] => [f(sides[0], 0), f(sides[1], 1)];

function partnerRows(sides: [SideInput, SideInput]): Row[] {
  const rows = alignBy(
    pair(sides, (s) => s.article.institutions),
    (i) => i.role,
    institutionRoles,
    (i, side) =>
      item(i.name, {
        details: [i.does],
        tags: [
          { label: words(i.kind), tone: 'neutral' },
          ...(i.sector ? [{ label: i.sector, tone: 'neutral' as const }] : []),
          { label: i.country ? countryName(i.country) : 'country not stated', tone: 'neutral' },
        ],
        href: evidenceLink(sides[side]!, i.id),
      }),
    (role) => ROLE_LABELS[role as (typeof institutionRoles)[number]],
  );
  const people = (quoted: boolean) =>
    pair(sides, (s) =>
      s.article.people
        .filter((p) => p.quoted === quoted)
        .map((p) => item(p.name, { details: p.title ? [p.title] : [], lang: s.article.source.language, href: evidenceLink(s, p.id) })),
    );
  return [...rows, { id: 'people-quoted', label: 'People quoted', cells: people(true) }, { id: 'people-named', label: 'Named, not quoted', cells: people(false) }];
}

function placeRows(sides: [SideInput, SideInput]): Row[] {
  return alignBy(
    pair(sides, (s) => s.article.locations),
    (l) => l.role,
    placeRoles,
    (l, side) => item(l.name, { details: [[l.region, countryName(l.country)].filter((x) => x && x !== l.name).join(', '), ...(l.note ? [l.note] : [])].filter(Boolean), href: evidenceLink(sides[side]!, l.id) }),
    (role) => `${role[0]!.toUpperCase()}${role.slice(1).replace(/-/g, ' ')}`,
  );
}

function focusRows(sides: [SideInput, SideInput]): Row[] {
  return [
    { id: 'what', label: 'What it is', cells: pair(sides, (s) => [item(s.article.initiative.summary, { tags: [{ label: words(s.article.initiative.kind), tone: 'neutral' }], href: evidenceLink(s, INITIATIVE_ID) })]) },
    { id: 'who', label: 'Who it trains or serves, and how', cells: pair(sides, (s) => s.article.beneficiaries.map((b) => item(b.who, { details: [b.how], href: evidenceLink(s, b.id) }))) },
  ];
}

/** Other quantities (jobs, square metres…) aligned by unit. */
function quantityRows(sides: [SideInput, SideInput]): Row[] {
  const quantities = pair(sides, (s) => s.article.amounts.filter((a) => a.kind === 'quantity'));
  const units = [...new Set(quantities.flat().map((q) => (q.kind === 'quantity' ? q.unit : '')))];
  return alignBy(
    quantities,
    (q) => (q.kind === 'quantity' ? q.unit : ''),
    units,
    (q, side) => item(formatAmount(q), { details: [q.what, `${scopeLabel(q.scope)} · ${periodText(q)}`, `Stated by ${voiceOf(sides[side]!.article, q.statedBy)}`], href: evidenceLink(sides[side]!, q.id) }),
    (unit) => `${unit[0]!.toUpperCase()}${unit.slice(1).replace(/-/g, ' ')}`,
  );
}

export function sumItem(check: SumCheck, side: SideInput): Item {
  const parts = check.parts.map((p) => p.text).join(' + ');
  const text =
    check.result === 'no-total'
      ? `Table rows ${parts} = ${check.sumText}; the report states no total to check them against.`
      : check.result === 'adds-up'
        ? `Table rows ${parts} = ${check.sumText}, which matches the report’s total of ${check.total!.text}.`
        : `Table rows ${parts} = ${check.sumText}, but the report’s total is ${check.total!.text}.`;
  return item(text, {
    tags: [{ label: check.result === 'adds-up' ? 'adds up' : check.result === 'differs' ? 'does not add up' : 'no total', tone: check.result === 'differs' ? 'contradicted' : check.result === 'adds-up' ? 'confirmed' : 'unclear' }],
    href: evidenceLink(side, check.total?.id ?? check.parts[0]!.id),
  });
}

function claimRows(sides: [SideInput, SideInput], references: Map<string, Reference>): Row[] {
  const rows = alignBy(
    pair(sides, (s) => s.article.claims),
    (c) => c.status,
    ['contradicted', 'unclear', 'confirmed', 'unchecked'] satisfies (typeof claimStatuses)[number][],
    (c, side) =>
      item(c.claim, {
        details: [`Claimed by ${voiceOf(sides[side]!.article, c.claimant)}`],
        tags: [claimTag(c.status)],
        citations: c.checks.map((check) => citation(check.reference, references, check.says)),
        href: evidenceLink(sides[side]!, c.id),
      }),
    (status) => CLAIM_LABELS[status as (typeof claimStatuses)[number]],
  );
  return [...rows, { id: 'arithmetic', label: 'The report’s own arithmetic', cells: pair(sides, (s) => tableSums(s.article.amounts).map((c) => sumItem(c, s))) }];
}

export interface SourcingFacts {
  namedPeople: number;
  quotedPeople: number;
  figures: number;
  figuresNamed: number;
  datesInferred: number;
  dates: number;
  claims: Record<(typeof claimStatuses)[number], number>;
  sums: { checked: number; addUp: number };
}

/** Counts that describe how a report is sourced. */
export function sourcingFacts(article: Article): SourcingFacts {
  // The author is not a source: a person who is only the byline is not counted.
  const people = article.people.filter((p) => p.name !== article.source.byline);
  const sums = tableSums(article.amounts).filter((s) => s.result !== 'no-total');
  return {
    namedPeople: people.length,
    quotedPeople: people.filter((p) => p.quoted).length,
    figures: article.amounts.length,
    figuresNamed: article.amounts.filter((a) => a.statedBy !== 'report').length,
    dates: article.dates.length,
    datesInferred: article.dates.filter((d) => d.status === 'inferred').length,
    claims: { confirmed: 0, contradicted: 0, unclear: 0, unchecked: 0, ...Object.fromEntries(claimStatuses.map((s) => [s, article.claims.filter((c) => c.status === s).length])) },
    sums: { checked: sums.length, addUp: sums.filter((s) => s.result === 'adds-up').length },
  };
}

function sourcingRows(sides: [SideInput, SideInput]): Row[] {
  const facts = pair(sides, (s) => sourcingFacts(s.article));
  const languages = new Intl.DisplayNames(['en'], { type: 'language' });
  const row = (id: string, label: string, f: (s: SideInput, facts: SourcingFacts) => Item[]): Row => ({ id, label, cells: pair(sides, (s, i) => f(s, facts[i]!)) });
  return [
    row('outlet', 'Outlet and byline', (s) => [item(`${s.article.source.outlet}${s.article.source.outletPlace ? ` (${s.article.source.outletPlace})` : ''}`, { details: [`Byline: ${s.article.source.byline ?? 'none'}`] })]),
    row('language', 'Language', (s) => [
      item(`${languages.of(s.article.source.language)}${s.article.source.translatedFrom ? `, translated from ${languages.of(s.article.source.translatedFrom)}` : ', original language'}`),
    ]),
    row('provenance', 'Date and address', (s) => [
      item(`Published: ${s.article.source.published ? formatPartialDate(partialDate(s.article.source.published)) : 'not stated'}; address: ${s.article.source.url ? 'known' : 'not known'}`, { details: s.article.source.notes }),
    ]),
    row('people', 'Named sources', (_s, f) => [item(`${plural(f.namedPeople, 'named person', 'named people')}, ${f.quotedPeople} quoted directly`)]),
    row('figures', 'Who gives the figures', (_s, f) => [item(`${f.figuresNamed} of ${plural(f.figures, 'figure')} attributed to a named person; ${f.figures - f.figuresNamed} in the report’s own voice`)]),
    row('dates', 'Dates', (_s, f) => [item(`${plural(f.dates, 'date')}, ${f.datesInferred} of them inferred by us from other reporting`)]),
    row('claims', 'Claims checked', (_s, f) => [item(`${f.claims.confirmed} confirmed, ${f.claims.contradicted} contradicted, ${f.claims.unclear} unclear`)]),
    row('consistency', 'Internal arithmetic', (_s, f) => [item(f.sums.checked === 0 ? 'No table totals to check' : `${f.sums.addUp} of ${plural(f.sums.checked, 'table total')} add up`)]),
  ];
}

function overviewRows(sides: [SideInput, SideInput], money: MoneyRow[]): Row[] {
  const facts = pair(sides, (s) => sourcingFacts(s.article));
  return [
    { id: 'what', label: 'What it is', cells: pair(sides, (s) => [item(s.article.initiative.summary, { href: evidenceLink(s, INITIATIVE_ID) })]) },
    {
      id: 'money',
      label: 'Money',
      cells: pair(sides, (_s, i) => {
        const rows = money.filter((m) => m.side === i);
        if (rows.length === 0) return [item('No money figure')];
        return rows.slice(0, 2).map((m) => item(`${m.stated}${m.converted ? ` (${m.converted})` : ''}`, { details: [`${m.scope}, ${m.period}; stated by ${m.statedBy}`], href: m.evidenceHref }));
      }),
    },
    { id: 'sourcing', label: 'Sourcing', cells: pair(sides, (_s, i) => [item(`${plural(facts[i]!.quotedPeople, 'named person', 'named people')} quoted; ${facts[i]!.figuresNamed} of ${plural(facts[i]!.figures, 'figure')} attributed`)]) },
  ];
}

function timelineOf(sides: [SideInput, SideInput], references: Map<string, Reference>): ComparisonView['timeline'] {
  const entries: TimelineEntry[] = sides.flatMap((s, side) =>
    s.article.dates.map((d) => ({
      side,
      id: d.id,
      date: d.date,
      event: d.event,
      status: d.status,
      basis: d.status === 'inferred' ? (d.basis ?? null) : null,
      citation: d.status === 'inferred' && d.basisKind === 'reference' && d.basisSource ? citation(d.basisSource, references) : null,
      planned: d.tense === 'planned',
      href: evidenceLink(s, d.id),
    })),
  );
  entries.sort((a, b) => (a.date === null || b.date === null ? Number(a.date === null) - Number(b.date === null) : comparePartialDates(partialDate(a.date), partialDate(b.date))) || a.side - b.side);
  const layout = timelineLayout(sides.flatMap((s, side) => s.article.dates.flatMap((d) => (d.status === 'undated' ? [] : [{ key: `${side}-${d.id}`, side, date: d.date, event: d.event, status: d.status, tense: d.tense }]))));
  return { layout, entries };
}

/** Places to mark on a side's map: those in the initiative's country, except the country itself (the map is of it). */
export function mapPlaces(article: Article): { id: string; label: string; lat: number; lon: number }[] {
  return article.locations
    .filter((l) => l.country === article.initiative.country && l.kind !== 'country')
    .map((l) => ({ id: l.id, label: l.name, lat: l.coordinates.lat, lon: l.coordinates.lon }));
}

export function buildComparison(input: ComparisonInput): ComparisonView {
  const { sides, currency, rates, references } = input;
  const verdicts = Object.fromEntries(input.verdicts.map((v) => [v.dimension, v])) as Record<Dimension, Verdict>;
  const rows = moneyRows(sides, currency, rates, references);
  return {
    sides: pair(sides, (s) => ({ id: s.id, name: s.article.initiative.name, url: s.url, country: countryName(s.article.initiative.country), outlet: s.article.source.outlet })),
    verdicts,
    overview: overviewRows(sides, rows),
    money: { rows, chart: moneyChart(rows, currency), currency, other: quantityRows(sides), warning: scopeWarning(rows, [sides[0].article.initiative.name, sides[1].article.initiative.name]) },
    partners: partnerRows(sides),
    places: placeRows(sides),
    timeline: timelineOf(sides, references),
    focus: focusRows(sides),
    sourcing: sourcingRows(sides),
    claims: claimRows(sides, references),
  };
}
