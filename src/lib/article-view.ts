/**
 * The article page's view model: every fact as display strings, grouped in sections, each
 * with its own anchor and a link to its highlighted passage in the text.
 */
import type { Article } from '../schemas/article.ts';
import type { Rate } from '../schemas/rate.ts';
import type { Claim } from '../schemas/claim.ts';
import type { Reference } from '../schemas/reference.ts';
import { countryName } from './codes.ts';
import { factsOf, glossOf, INITIATIVE_ID } from './facts.ts';
import { articleFacts, convertedText, needsGloss, sourceDateText, sourceView, statusWords, voiceOf, type CheckView } from './fact-view.ts';
import { formatPartialDate, partialDate } from './partial-date.ts';

export { voiceOf };

export type Tone = 'neutral' | 'inferred' | 'confirmed' | 'contradicted' | 'unclear';

export interface Tag {
  label: string;
  tone: Tone;
}

export interface Citation {
  label: string;
  publisher: string;
  url: string;
  date: string | null;
  /** What the date is when not plain publication ("visit of 8 October 2025"); shown beside it. */
  dateNote: string | null;
  /** The date with its note, as every citation shows it: "8 October 2025 (visit of 8 October 2025)", "no date shown". */
  dateText: string;
  /** What the cited source says, when the citation backs a claim check. */
  says?: string;
}

export interface FactView {
  id: string;
  /** DOM id of the fact: `fact-<id>`. */
  domId: string;
  /** Fragment of its highlighted passage in the text: `#ev-…`. */
  evidenceHref: string;
  title: string;
  /** Words in the report's language (a title as printed), shown with `lang`. */
  quote?: string;
  /** Our English translation of `quote` (or of what `glossOf` names), labelled as ours. */
  gloss?: string;
  /** What `gloss` translates when it is not `quote`: "Name". */
  glossOf?: string;
  /** Our English translation of the evidence passage, labelled as ours; only when the report is not in English. */
  passageGloss?: string;
  details: string[];
  tags: Tag[];
  citations: Citation[];
}

export interface FactSection {
  id: string;
  heading: string;
  facts: FactView[];
}

const label = (text: string) => text.replace(/-/g, ' ');

export function citation(id: string, references: Map<string, Reference>, says?: string): Citation {
  const view = sourceView(id, references);
  const { label, publisher, url, date, dateNote } = view;
  return { label, publisher, url, date, dateNote, dateText: sourceDateText(view), ...(says ? { says } : {}) };
}

/** The tag of a fact covered by a claim check: its status, in words. */
function checkTags(checks: CheckView[] | undefined): Tag[] {
  const worst = checks?.[0];
  return worst && (worst.status === 'contradicted' || worst.status === 'unclear') ? [{ label: worst.words, tone: worst.status }] : [];
}

/** Money conversion for the article page: the currency of the comparison the article is in. */
export interface MoneyContext {
  currency: string | null;
  rates: Rate[];
}

/** A claim's status as a tag; a claim no other source covers is not a finding, so it gets no tone. */
export function claimTag(status: Claim['status']): Tag {
  return status === 'unchecked' ? { label: 'no other source', tone: 'neutral' } : { label: statusWords(status), tone: status };
}

/** The fact sections of an article; `anchors` maps fact ids to their passages' anchors. */
export function articleSections(
  article: Article,
  references: Map<string, Reference>,
  anchors: Map<string, string>,
  money: MoneyContext = { currency: null, rates: [] },
): FactSection[] {
  const facts = articleFacts({ article, currency: money.currency, rates: money.rates, references });
  const passageGlosses = new Map(
    needsGloss(article.source.language) ? factsOf(article).flatMap((fact) => (glossOf(article, fact) ? [[fact.id, glossOf(article, fact)!]] : [])) : [],
  );
  const base = (id: string) => ({
    id,
    ...(passageGlosses.has(id) ? { passageGloss: passageGlosses.get(id)! } : {}),
    domId: `fact-${id}`,
    evidenceHref: `#${anchors.get(id)}`,
    details: [] as string[],
    tags: checkTags(facts.checks.get(id)),
    citations: [] as Citation[],
  });
  const institutions = new Map(article.institutions.map((i) => [i.id, i.name]));
  const { initiative } = article;

  const sections: FactSection[] = [
    {
      id: 'initiative',
      heading: 'The initiative',
      facts: [
        {
          ...base(INITIATIVE_ID),
          title: initiative.name,
          details: [initiative.summary, `Sponsor: ${institutions.get(initiative.sponsor)} · ${countryName(initiative.country)}`],
          tags: [{ label: label(initiative.kind), tone: 'neutral' }],
        },
      ],
    },
    {
      id: 'amounts',
      heading: 'Money and figures',
      facts: facts.figures.map((f) => ({
        ...base(f.id),
        title: f.stated,
        details: [
          ...(f.converted ? [convertedText(f.converted)] : []),
          f.what,
          `${f.measureLabel ? `Measures: ${f.measureLabel} · ` : ''}Period: ${f.periodKey === 'unspecified' ? 'not stated' : f.period} · Scope: ${f.scope}`,
          `Stated by ${f.statedBy}`,
          ...(f.currencyBasis ? [`Currency not named in the report; our reading: ${f.currencyBasis}`] : []),
        ],
        tags: [
          ...(f.hedgeWords
            ? [{ label: `hedged: “${f.hedgeWords}”`, tone: 'neutral' as const }]
            : article.amounts.find((a) => a.id === f.id)!.hedge === 'estimated'
              ? [{ label: 'estimate', tone: 'neutral' as const }]
              : []),
          ...checkTags(f.checks),
        ],
      })),
    },
    {
      id: 'dates',
      heading: 'Dates',
      facts: article.dates.map((d) => ({
        ...base(d.id),
        title: d.date === null ? 'No date given' : formatPartialDate(partialDate(d.date)),
        details: [
          d.event,
          ...(d.status === 'inferred' && d.basis ? [`Inferred${d.basisKind === 'report-metadata' ? ' from the report’s own metadata' : ''}: ${d.basis}`] : []),
        ],
        tags: [
          { label: d.status === 'inferred' ? 'inferred by us' : 'stated', tone: d.status === 'inferred' ? 'inferred' : 'neutral' },
          ...(d.tense === 'planned' ? [{ label: 'planned', tone: 'neutral' as const }] : []),
          ...checkTags(facts.checks.get(d.id)),
        ],
        citations: d.status === 'inferred' && d.basisKind === 'reference' && d.basisSource ? [citation(d.basisSource, references)] : [],
      })),
    },
    {
      id: 'institutions',
      heading: 'Institutions',
      facts: article.institutions.map((i) => ({
        ...base(i.id),
        title: i.name,
        ...(i.nameGloss ? { gloss: i.nameGloss, glossOf: 'Name' } : {}),
        details: [
          i.does,
          `Role: ${label(i.role)} · Kind: ${label(i.kind)}${i.sector ? ` (${i.sector})` : ''} · Country: ${i.country ? countryName(i.country) : 'not stated'}`,
          ...(i.aliases.length > 0 ? [`Also called: ${i.aliases.join(', ')}`] : []),
        ],
        tags: i.proposed ? [{ label: 'proposed, not yet in existence', tone: 'neutral' }] : [],
      })),
    },
    {
      id: 'people',
      heading: 'People',
      facts: article.people.map((p) => ({
        ...base(p.id),
        title: p.name,
        ...(p.title ? { quote: p.title } : {}),
        ...(p.titleGloss ? { gloss: p.titleGloss } : {}),
        details: [...(p.affiliation ? [`Affiliation: ${institutions.get(p.affiliation)}`] : []), ...(p.affiliationNote ? [`Note: ${p.affiliationNote}`] : [])],
        tags: p.quoted ? [{ label: 'quoted', tone: 'neutral' }] : [],
      })),
    },
    {
      id: 'places',
      heading: 'Places',
      facts: article.locations.map((l) => ({
        ...base(l.id),
        title: l.name,
        details: [`${label(l.role)} · ${[l.region, countryName(l.country)].filter(Boolean).join(', ')}`, ...(l.note ? [l.note] : [])],
      })),
    },
    {
      id: 'beneficiaries',
      heading: 'Who it serves',
      facts: article.beneficiaries.map((b) => ({ ...base(b.id), title: b.who, details: [b.how] })),
    },
    {
      id: 'claims',
      heading: 'Claims checked against other reporting',
      facts: article.claims.map((c) => ({
        ...base(c.id),
        title: c.claim,
        details: [`Claimed by ${voiceOf(article, c.claimant)}`],
        tags: [claimTag(c.status)],
        citations: c.checks.map((check) => citation(check.reference, references, check.says)),
      })),
    },
  ];
  return sections.filter((section) => section.facts.length > 0);
}
