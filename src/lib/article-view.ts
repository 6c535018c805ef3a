/**
 * The article page's view model: every fact as display strings, grouped in sections, each
 * with its own anchor and a link to its highlighted passage in the text.
 */
import type { Article } from '../schemas/article.ts';
import { REPORT_VOICE } from '../schemas/article.ts';
import type { Claim } from '../schemas/claim.ts';
import type { Reference } from '../schemas/reference.ts';
import { blocksFromMdx } from './body-text.ts';
import { countryName } from './codes.ts';
import { anchorsByFact, evidenceSegments, locateEvidence } from './evidence.ts';
import { factsOf, INITIATIVE_ID } from './facts.ts';
import { formatAmount, periodLabel, scopeLabel } from './money.ts';
import { formatPartialDate, partialDate } from './partial-date.ts';

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
  const ref = references.get(id);
  if (!ref) throw new Error(`unknown reference "${id}"`);
  return { label: ref.label, publisher: ref.publisher, url: ref.url, date: ref.date ? formatPartialDate(partialDate(ref.date)) : null, says };
}


/** A claim's status as a tag; a claim no other source covers is not a finding, so it gets no tone. */
export function claimTag(status: Claim['status']): { label: string; tone: 'confirmed' | 'contradicted' | 'unclear' | 'neutral' } {
  return status === 'unchecked' ? { label: 'no other source', tone: 'neutral' } : { label: status, tone: status };
}

/** Who states something: "Ana Lima (head of the state film office)" or "the report, in its own voice". */
export function voiceOf(article: Article, id: string): string {
  if (id === REPORT_VOICE) return 'the report, in its own voice (no named source)';
  const person = article.people.find((p) => p.id === id);
  if (!person) throw new Error(`unknown person "${id}"`);
  return person.title ? `${person.name} (${person.title})` : person.name;
}

/**
 * Fact id → anchor of its highlighted passage, read from the MDX source. The build takes the
 * anchors the highlighter recorded (`recordedAnchors`); this reading is how tests and content
 * checks get the same answer without Astro.
 */
export function evidenceAnchors(article: Article, body: string): Map<string, string> {
  const { matches, misses } = locateEvidence(blocksFromMdx(body), factsOf(article));
  if (misses.length > 0) throw new Error(`evidence not found for ${misses.map((m) => m.id).join(', ')}`);
  return anchorsByFact(evidenceSegments(matches));
}

/** The fact sections of an article; `anchors` maps fact ids to their passages' anchors. */
export function articleSections(article: Article, references: Map<string, Reference>, anchors: Map<string, string>): FactSection[] {
  const base = (id: string) => ({ id, domId: `fact-${id}`, evidenceHref: `#${anchors.get(id)}`, details: [] as string[], tags: [] as Tag[], citations: [] as Citation[] });
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
      facts: article.amounts.map((a) => ({
        ...base(a.id),
        title: formatAmount(a),
        details: [
          a.what,
          `Period: ${periodLabel(a.period)}${a.periodWords ? ` (“${a.periodWords}”)` : ''} · Scope: ${scopeLabel(a.scope)}`,
          `Stated by ${voiceOf(article, a.statedBy)}`,
          ...(a.kind === 'money' && a.currencyBasis ? [`Currency not named in the report; our reading: ${a.currencyBasis}`] : []),
        ],
        tags: a.hedgeWords ? [{ label: `hedged: “${a.hedgeWords}”`, tone: 'neutral' }] : a.hedge === 'estimated' ? [{ label: 'estimate', tone: 'neutral' }] : [],
      })),
    },
    {
      id: 'dates',
      heading: 'Dates',
      facts: article.dates.map((d) => ({
        ...base(d.id),
        title: d.date === null ? 'No date given' : formatPartialDate(partialDate(d.date)),
        details: [d.event, ...(d.status === 'inferred' && d.basis ? [`Inferred${d.basisKind === 'report-metadata' ? ' from the report’s own metadata' : ''}: ${d.basis}`] : [])],
        tags: [
          { label: d.status, tone: d.status === 'inferred' ? 'inferred' : 'neutral' },
          ...(d.tense === 'planned' ? [{ label: 'planned', tone: 'neutral' as const }] : []),
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
        tags: [],
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
