/**
 * The article page's view model: every fact as display strings, grouped in sections, each
 * with its own anchor and a link to its highlighted passage in the text.
 */
import type { Article } from '../schemas/article.ts';
import type { Rate } from '../schemas/rate.ts';
import type { Check, ClaimStatus } from '../schemas/claim.ts';
import type { Reference } from '../schemas/reference.ts';
import { countryName } from './codes.ts';
import { factsOf, glossOf, INITIATIVE_ID } from './facts.ts';
import {
  articleFacts,
  flaggedText,
  needsGloss,
  passageVoice,
  sourceDateText,
  sourceView,
  statusOf,
  statusWords,
  type CheckView,
  type ClaimView,
} from './fact-view.ts';

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
  /**
   * What the cited source says, when the citation backs a claim check, as our notes paraphrase it
   * and with whether it relays the report's speaker: "As our notes paraphrase it: …".
   */
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
  /** Who says the passage, from the data: "Ana Lima (title), in the report", "The report, in its own voice (no named source)". */
  by: string;
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

/**
 * The sources of a claim's checks, one citation each (a source checked on two aspects is cited
 * once): what it says, labelled as our notes' paraphrase, and whether it relays the report's speaker.
 */
export function checkCitations(checks: Check[], references: Map<string, Reference>): Citation[] {
  const ids = [...new Set(checks.map((c) => c.reference))];
  return ids.map((id) => {
    const own = checks.filter((c) => c.reference === id);
    const says = [...new Set(own.map((c) => c.says))].join(' ');
    const relay = own.every((c) => c.independence === 'relay')
      ? ' (Not counted as independent: it repeats the people the report relies on, or the company the report is about.)'
      : '';
    return citation(id, references, `As our notes paraphrase it: ${says}${relay}`);
  });
}

/** The tag of a fact covered by a claim check: its contradicted or unclear aspects, in words. */
function checkTags(checks: CheckView[] | undefined): Tag[] {
  const tone = statusOf(checks ?? []);
  const label = flaggedText(checks ?? []);
  return tone && label ? [{ label, tone }] : [];
}

/** Money conversion for the article page: the currency of the comparison the article is in. */
export interface MoneyContext {
  currency: string | null;
  rates: Rate[];
}

/** A claim's status as a tag; a claim no other source covers, or only relays repeat, is not a finding, so it gets no tone. */
export function claimTag(status: ClaimStatus): Tag {
  if (status === 'unchecked') return { label: 'no other source', tone: 'neutral' };
  return { label: statusWords(status), tone: status === 'relayed' ? 'neutral' : status };
}

/** A claim's details: who makes it, then what the checks find on each aspect. */
export function claimDetails(view: ClaimView): string[] {
  return [`Claimed by ${view.claimant}`, ...view.aspects.map((a) => `${a.words[0]!.toUpperCase()}${a.words.slice(1)}.`)];
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
  const voices = new Map(factsOf(article).map((f) => [f.id, passageVoice(article, f.list, f.list === INITIATIVE_ID ? null : Number(f.path.split('.')[1]))]));
  const base = (id: string) => ({
    id,
    by: voices.get(id)!,
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
          ...(f.converted ? [f.converted.withRate.full] : []),
          f.what,
          `${f.measureLabel ? `Measures: ${f.measureLabel} · ` : ''}Period: ${f.periodKey === 'unspecified' ? 'not stated' : f.period} · Scope: ${f.scope}`,
          // Who states it is the passage's voice, beside the passage link; whose money it is, only here.
          ...(f.whose ? [`${f.label[0]!.toUpperCase()}${f.label.slice(1)}`] : []),
          ...(f.currencyBasis ? [`Currency not named in the report; our reading: ${f.currencyBasis}`] : []),
        ],
        tags: [
          ...(f.hedgeWords
            ? [{ label: `hedged: “${f.hedgeWords}”`, tone: 'neutral' as const }]
            : f.hedge === 'estimated'
              ? [{ label: 'estimate', tone: 'neutral' as const }]
              : []),
          ...checkTags(f.checks),
        ],
      })),
    },
    {
      id: 'dates',
      heading: 'Dates',
      facts: facts.dates.map((d) => ({
        ...base(d.id),
        title: d.status === 'undated' ? 'No date given' : d.text,
        details: [d.event, ...(d.basis ? [`${d.how[0]!.toUpperCase()}${d.how.slice(1)}: ${d.basis}`] : [])],
        tags: [
          {
            label: d.status === 'inferred' ? 'inferred by us' : d.status === 'undated' ? 'no date in the report' : 'stated',
            tone: d.status === 'inferred' ? 'inferred' : 'neutral',
          },
          ...(d.planned ? [{ label: 'planned', tone: 'neutral' as const }] : []),
          ...checkTags(d.checks),
        ],
        citations: d.basisSource ? [citation(d.basisSource.id, references)] : [],
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
      facts: article.claims.map((c, i) => ({
        ...base(c.id),
        title: c.claim,
        details: claimDetails(facts.claims[i]!),
        tags: [claimTag(facts.claims[i]!.status)],
        citations: checkCitations(c.checks, references),
      })),
    },
  ];
  return sections.filter((section) => section.facts.length > 0);
}
