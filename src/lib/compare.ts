/**
 * The comparison page's view model: two articles aligned row by row for each dimension.
 * A row is a label and one list of items per side; an empty list means the report says
 * nothing on that row, which the page shows as such. Works for any pair of articles.
 */
import type { Article } from '../schemas/article.ts';
import { institutionRoles } from '../schemas/institution.ts';
import { placeRoles } from '../schemas/location.ts';
import { claimStatuses } from '../schemas/claim.ts';
import type { Dimension, RestsOn, Verdict } from '../schemas/comparison.ts';
import type { Rate } from '../schemas/rate.ts';
import type { Reference } from '../schemas/reference.ts';
import { citation, claimTag, type Citation, type Tag } from './article-view.ts';
import { tableSums, type SumCheck } from './arithmetic.ts';
import { countryName } from './codes.ts';
import {
  articleFacts,
  checksByFact,
  convertedText,
  statusOf,
  statusWords,
  voiceOf,
  type ArticleFacts,
  type CheckView,
  type FigureView,
  type SourcingFacts,
} from './fact-view.ts';
import { evidenceLink, moneyChart, moneyRows, scopeWarning, type MoneyChart, type MoneyRow, type MoneySide } from './money-view.ts';
import { formatAmount } from './money.ts';
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
  /** Language of the first detail when it is the report's words (a person's title as printed). */
  detailLang?: string;
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
  /** The claim check that covers this date, when it is contradicted or unclear. */
  check: { status: 'contradicted' | 'unclear'; words: string } | null;
  basis: string | null;
  citation: Citation | null;
  planned: boolean;
  href: string;
}

/** A link to something a statement of ours rests on. */
export interface RestsOnLink {
  text: string;
  href: string;
}

export interface ComparisonView {
  sides: [SideHead, SideHead];
  verdicts: Record<Dimension, Verdict>;
  /** What each verdict rests on, linked. */
  restsOn: Record<Dimension, RestsOnLink[]>;
  /** What the title and dek (the home page's finding) rest on, linked. */
  findingRestsOn: RestsOnLink[];
  /** Every figure and date of each side, as all surfaces show them. */
  facts: [ArticleFacts, ArticleFacts];
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
  /** What the title and dek rest on. */
  restsOn: RestsOn;
  currency: string;
  sides: [SideInput, SideInput];
  rates: Rate[];
  references: Map<string, Reference>;
}

const words = (slug: string) => slug.replace(/-/g, ' ');
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const item = (text: string, rest: Partial<Item> = {}): Item => ({ text, details: [], tags: [], citations: [], ...rest });

/** The tag a covered fact carries wherever it is shown: the status, in words. */
export function statusTags(checks: CheckView[] | undefined): Tag[] {
  const worst = checks?.[0];
  return worst && (worst.status === 'contradicted' || worst.status === 'unclear') ? [{ label: worst.words, tone: worst.status }] : [];
}

/** A money or quantity figure as a row item: stated, converted with its rate, measure, scope, period, voice, status. */
export function figureItem(f: FigureView, href: string): Item {
  return item(f.stated, {
    details: [
      ...(f.converted ? [convertedText(f.converted)] : []),
      f.what,
      [f.measureLabel, f.scope, f.period].filter(Boolean).join(' · '),
      `Stated by ${f.statedBy}`,
    ],
    tags: [...(f.hedgeWords ? [{ label: `hedged: “${f.hedgeWords}”`, tone: 'neutral' as const }] : []), ...statusTags(f.checks)],
    href,
  });
}

/** One row per key present on either side, in `order`; items picked by `pick`. */
export function alignBy<T>(
  sides: [T[], T[]],
  keyOf: (x: T) => string,
  order: readonly string[],
  toItem: (x: T, side: number) => Item,
  label: (key: string) => string,
): Row[] {
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

function partnerRows(sides: [SideInput, SideInput], facts: [ArticleFacts, ArticleFacts]): Row[] {
  const rows = alignBy(
    pair(sides, (s) => s.article.institutions),
    (i) => i.role,
    institutionRoles,
    (i, side) =>
      item(i.name, {
        lang: sides[side]!.article.source.language,
        details: [...(i.nameGloss ? [`Our translation: ${i.nameGloss}`] : []), i.does],
        tags: [
          { label: words(i.kind), tone: 'neutral' },
          ...(i.sector ? [{ label: i.sector, tone: 'neutral' as const }] : []),
          { label: i.country ? countryName(i.country) : 'country not stated', tone: 'neutral' },
          ...statusTags(facts[side]!.checks.get(i.id)),
        ],
        href: evidenceLink(sides[side]!, i.id),
      }),
    (role) => ROLE_LABELS[role as (typeof institutionRoles)[number]],
  );
  const people = (quoted: boolean) =>
    pair(sides, (s) =>
      s.article.people
        .filter((p) => p.quoted === quoted)
        .map((p) =>
          item(p.name, {
            details: [...(p.title ? [p.title] : []), ...(p.titleGloss ? [`Our translation: ${p.titleGloss}`] : [])],
            detailLang: s.article.source.language,
            href: evidenceLink(s, p.id),
          }),
        ),
    );
  return [
    ...rows,
    { id: 'people-quoted', label: 'People quoted', cells: people(true) },
    { id: 'people-named', label: 'Named, not quoted', cells: people(false) },
  ];
}

function placeRows(sides: [SideInput, SideInput], facts: [ArticleFacts, ArticleFacts]): Row[] {
  return alignBy(
    pair(sides, (s) => s.article.locations),
    (l) => l.role,
    placeRoles,
    (l, side) =>
      item(l.name, {
        details: [[l.region, countryName(l.country)].filter((x) => x && x !== l.name).join(', '), ...(l.note ? [l.note] : [])].filter(Boolean),
        tags: statusTags(facts[side]!.checks.get(l.id)),
        href: evidenceLink(sides[side]!, l.id),
      }),
    (role) => `${role[0]!.toUpperCase()}${role.slice(1).replace(/-/g, ' ')}`,
  );
}

function focusRows(sides: [SideInput, SideInput], facts: [ArticleFacts, ArticleFacts]): Row[] {
  return [
    {
      id: 'what',
      label: 'What it is',
      cells: pair(sides, (s) => [
        item(s.article.initiative.summary, { tags: [{ label: words(s.article.initiative.kind), tone: 'neutral' }], href: evidenceLink(s, INITIATIVE_ID) }),
      ]),
    },
    {
      id: 'who',
      label: 'Who it trains or serves, and how',
      cells: pair(sides, (s, i) =>
        s.article.beneficiaries.map((b) => item(b.who, { details: [b.how], tags: statusTags(facts[i]!.checks.get(b.id)), href: evidenceLink(s, b.id) })),
      ),
    },
  ];
}

/** Other quantities (jobs, square metres…) aligned by unit. */
function quantityRows(sides: [SideInput, SideInput], facts: [ArticleFacts, ArticleFacts]): Row[] {
  const quantities = pair(sides, (s) => s.article.amounts.filter((a) => a.kind === 'quantity'));
  const units = [...new Set(quantities.flat().map((q) => (q.kind === 'quantity' ? q.unit : '')))];
  const figure = (side: number, id: string) => facts[side]!.figures.find((f) => f.id === id)!;
  return alignBy(
    quantities,
    (q) => (q.kind === 'quantity' ? q.unit : ''),
    units,
    (q, side) => figureItem(figure(side, q.id), evidenceLink(sides[side]!, q.id)),
    (unit) => `${unit[0]!.toUpperCase()}${unit.slice(1).replace(/-/g, ' ')}`,
  );
}

const SUM_TAGS: Record<SumCheck['result'], Tag> = {
  'adds-up': { label: 'adds up', tone: 'confirmed' },
  differs: { label: 'does not add up', tone: 'contradicted' },
  'hedge-differs': { label: 'rows equal, total says more', tone: 'unclear' },
  'no-total': { label: 'no total', tone: 'unclear' },
};

export function sumItem(check: SumCheck, side: SideInput, checks: Map<string, CheckView[]> = new Map()): Item {
  const parts = check.parts.map((p) => p.text).join(' + ');
  const status = check.total ? statusTags(checks.get(check.total.id)).map((t) => ({ ...t, label: `total ${t.label}` })) : [];
  // The total's check status is part of the sentence too, so it travels wherever the sentence does.
  const total = check.total ? `${check.total.text}${status.length > 0 ? ` (${status[0]!.label.replace(/^total /, '')})` : ''}` : undefined;
  const text = {
    'no-total': `Table rows ${parts} = ${check.sumText}; the report states no total to check them against.`,
    'adds-up': `Table rows ${parts} = ${check.sumText}, which matches the report’s total of ${total}.`,
    differs: `Table rows ${parts} = ${check.sumText}, but the report’s total is ${total}.`,
    'hedge-differs': `Table rows ${parts} = exactly ${check.sumText}, while the report’s total is ${total}: the rows do not show the “more than”.`,
  }[check.result];
  const scopes = check.scopes ? [`The report labels the rows ${check.scopes.parts} and the total ${check.scopes.total}.`] : [];
  return item(text, { details: scopes, tags: [SUM_TAGS[check.result], ...status], href: evidenceLink(side, check.total?.id ?? check.parts[0]!.id) });
}

function claimRows(sides: [SideInput, SideInput], references: Map<string, Reference>, facts: [ArticleFacts, ArticleFacts]): Row[] {
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
  return [
    ...rows,
    {
      id: 'arithmetic',
      label: 'The report’s own arithmetic',
      cells: pair(sides, (s, i) => tableSums(s.article.amounts).map((c) => sumItem(c, s, facts[i]!.checks))),
    },
  ];
}

function sourcingRows(sides: [SideInput, SideInput], all: [ArticleFacts, ArticleFacts]): Row[] {
  const facts = pair(sides, (_s, i): SourcingFacts => all[i]!.sourcing);
  const row = (id: string, label: string, f: (s: SideInput, facts: SourcingFacts, index: number) => Item[]): Row => ({
    id,
    label,
    cells: pair(sides, (s, i) => f(s, facts[i]!, i)),
  });
  return [
    row('outlet', 'Outlet and byline', (s) => [
      item(`${s.article.source.outlet}${s.article.source.outletPlace ? ` (${s.article.source.outletPlace})` : ''}`, {
        details: [`Byline: ${s.article.source.byline ?? 'none'}`],
      }),
    ]),
    row('language', 'Language', (_s, _f, i) => [item(all[i]!.languageLine)]),
    row('provenance', 'Date and address', (s) => [
      item(
        `Published: ${s.article.source.published ? formatPartialDate(partialDate(s.article.source.published)) : 'not stated'}; address: ${s.article.source.url ? 'known' : 'not known'}`,
        { details: s.article.source.notes },
      ),
    ]),
    row('people', 'Named sources', (_s, f) => [item(`${plural(f.namedPeople, 'named person', 'named people')}; ${f.line.toLowerCase()}`)]),
    row('figures', 'Who gives the figures', (_s, f) => [
      item(`${f.figuresNamed} of ${plural(f.figures, 'figure')} attributed to a named person; ${f.figures - f.figuresNamed} in the report’s own voice`),
    ]),
    row('dates', 'Dates', (_s, f) => [item(`${plural(f.dates, 'date')}, ${f.datesInferred} of them inferred by us from other reporting`)]),
    row('claims', 'Claims checked', (_s, f) => [item(`${f.claims.confirmed} confirmed, ${f.claims.contradicted} contradicted, ${f.claims.unclear} unclear`)]),
    row('consistency', 'Internal arithmetic', (_s, f) => [
      item(f.sums.checked === 0 ? 'No table totals to check' : `${f.sums.addUp} of ${plural(f.sums.checked, 'table total')} add up`),
    ]),
  ];
}

function overviewRows(sides: [SideInput, SideInput], money: MoneyRow[], all: [ArticleFacts, ArticleFacts]): Row[] {
  const facts = pair(sides, (_s, i) => all[i]!.sourcing);
  return [
    { id: 'what', label: 'What it is', cells: pair(sides, (s) => [item(s.article.initiative.summary, { href: evidenceLink(s, INITIATIVE_ID) })]) },
    {
      id: 'money',
      label: 'Money',
      cells: pair(sides, (_s, i) => {
        // A part of a total the report itself gives is left to the money section.
        const rows = money.filter((m) => m.side === i && !m.partOf);
        if (rows.length === 0) return [item('No money figure')];
        return rows.slice(0, 2).map((m) => figureItem(m, m.evidenceHref));
      }),
    },
    {
      id: 'sourcing',
      label: 'Sourcing',
      cells: pair(sides, (_s, i) => [
        item(`${facts[i]!.line}; ${facts[i]!.figuresNamed} of ${plural(facts[i]!.figures, 'figure')} attributed to a named person`),
      ]),
    },
  ];
}

function timelineOf(sides: [SideInput, SideInput], references: Map<string, Reference>, facts: [ArticleFacts, ArticleFacts]): ComparisonView['timeline'] {
  const entries: TimelineEntry[] = sides.flatMap((s, side) =>
    s.article.dates.map((d) => ({
      side,
      id: d.id,
      date: d.date,
      event: d.event,
      status: d.status,
      check: (() => {
        const view = facts[side]!.dates.find((v) => v.id === d.id)!;
        return view.checkStatus ? { status: view.checkStatus, words: statusWords(view.checkStatus) } : null;
      })(),
      basis: d.status === 'inferred' ? (d.basis ?? null) : null,
      citation: d.status === 'inferred' && d.basisKind === 'reference' && d.basisSource ? citation(d.basisSource, references) : null,
      planned: d.tense === 'planned',
      href: evidenceLink(s, d.id),
    })),
  );
  entries.sort(
    (a, b) =>
      (a.date === null || b.date === null
        ? Number(a.date === null) - Number(b.date === null)
        : comparePartialDates(partialDate(a.date), partialDate(b.date))) || a.side - b.side,
  );
  // A mark's label carries the status of a check that covers its date, in words, as the table does.
  const flagged = (side: number, id: string, event: string) => {
    const status = facts[side]!.dates.find((v) => v.id === id)?.checkStatus;
    return status ? `${event} (${status})` : event;
  };
  const layout = timelineLayout(
    sides.flatMap((s, side) =>
      s.article.dates.flatMap((d) =>
        d.status === 'undated' ? [] : [{ key: `${side}-${d.id}`, side, date: d.date, event: flagged(side, d.id, d.event), status: d.status, tense: d.tense }],
      ),
    ),
  );
  return { layout, entries };
}

/** Places to mark on a side's map: those in the initiative's country, except the country itself (the map is of it). */
export function mapPlaces(article: Article): { id: string; label: string; lat: number; lon: number }[] {
  return article.locations
    .filter((l) => l.country === article.initiative.country && l.kind !== 'country')
    .map((l) => ({ id: l.id, label: l.name, lat: l.coordinates.lat, lon: l.coordinates.lon }));
}

/** Links to what a statement rests on: facts and claims on their article pages, references at their address. */
export function restsOnLinks(restsOn: RestsOn, sides: [SideInput, SideInput], references: Map<string, Reference>): RestsOnLink[] {
  const facts = restsOn.facts.map((ref) => {
    const [articleId, factId] = ref.split('/') as [string, string];
    const side = sides.find((s) => s.id === articleId);
    if (!side) throw new Error(`"${ref}" names an article that is not compared here`);
    return { text: `${side.article.initiative.name}: ${factLabel(side.article, factId)}`, href: `${side.url}#fact-${factId}` };
  });
  const refs = restsOn.references.map((id) => {
    const ref = references.get(id);
    if (!ref) throw new Error(`unknown reference "${id}"`);
    return { text: ref.publisher, href: ref.url };
  });
  return [...facts, ...refs];
}

const clip = (text: string, max = 70) => (text.length <= max ? text : `${text.slice(0, max - 1).replace(/\s+\S*$/, '')}…`);

/** A fact in a few words, for a link to it. */
export function factLabel(article: Article, id: string): string {
  if (id === INITIATIVE_ID) return article.initiative.name;
  const find = <T extends { id: string }>(list: T[]) => list.find((x) => x.id === id);
  const claim = find(article.claims);
  if (claim) return `${claim.status}: ${clip(claim.claim, 22)}`;
  const status = statusOf(checksByFact(article).get(id) ?? []);
  const flag = status ? ` (${statusWords(status)})` : '';
  const amount = find(article.amounts);
  if (amount) return `${formatAmount(amount)}${flag}`;
  const date = find(article.dates);
  if (date)
    return `${date.date === null ? 'no date given' : formatPartialDate(partialDate(date.date))}${date.status === 'inferred' ? ' (inferred)' : ''}: ${date.event}${flag}`;
  const named = find(article.institutions) ?? find(article.people) ?? find(article.locations);
  if (named) return named.name;
  const beneficiary = find(article.beneficiaries);
  if (beneficiary) return clip(beneficiary.who);
  throw new Error(`no fact "${id}"`);
}

export function buildComparison(input: ComparisonInput): ComparisonView {
  const { sides, currency, rates, references } = input;
  const verdicts = Object.fromEntries(input.verdicts.map((v) => [v.dimension, v])) as Record<Dimension, Verdict>;
  const facts = pair(sides, (s) => articleFacts({ article: s.article, currency, rates, references }));
  const rows = moneyRows(sides, facts);
  const names = sides.map((s) => s.article.initiative.name);
  return {
    sides: pair(sides, (s) => ({
      id: s.id,
      name: s.article.initiative.name,
      url: s.url,
      country: countryName(s.article.initiative.country),
      outlet: s.article.source.outlet,
    })),
    verdicts,
    restsOn: Object.fromEntries(input.verdicts.map((v) => [v.dimension, restsOnLinks(v.restsOn, sides, references)])) as Record<Dimension, RestsOnLink[]>,
    findingRestsOn: restsOnLinks(input.restsOn, sides, references),
    facts,
    overview: overviewRows(sides, rows, facts),
    money: { rows, chart: moneyChart(rows, names, currency), currency, other: quantityRows(sides, facts), warning: scopeWarning(rows, [names[0]!, names[1]!]) },
    partners: partnerRows(sides, facts),
    places: placeRows(sides, facts),
    timeline: timelineOf(sides, references, facts),
    focus: focusRows(sides, facts),
    sourcing: sourcingRows(sides, facts),
    claims: claimRows(sides, references, facts),
  };
}
