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
import type { Messages } from './i18n.ts';
import {
  articleFacts,
  capitaliseIn,
  checksText,
  needsGloss,
  passageVoice,
  sourceDateText,
  sourceView,
  statusOf,
  statusWords,
  type CheckView,
  type ClaimView,
} from './fact-view.ts';

export type Tone = 'neutral' | 'inferred' | 'confirmed' | 'relayed' | 'contradicted' | 'unclear';

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
  /** Our translation of `quote` (or of what `glossOf` names) into the reader's language, labelled as ours. */
  gloss?: string;
  /** What `gloss` translates when it is not `quote`: "Name". */
  glossOf?: string;
  /** Our translation of the evidence passage into the reader's language, labelled as ours; only when the report is in another language. */
  passageGloss?: string;
  /** Who says the passage, from the data: "Ana Lima (title), in the report", "The report, in its own voice (no named source)". */
  by: string;
  /** What the link to its passage names after "Passage in the text": ": 2026" (its title), or for an inferred date the words the text gives and that the rest is ours: " (“ce samedi”); 12 July 2025 is inferred". */
  linkAbout: string;
  details: string[];
  tags: Tag[];
  citations: Citation[];
}

export interface FactSection {
  id: string;
  heading: string;
  facts: FactView[];
}

export function citation(id: string, references: Map<string, Reference>, m: Messages, says?: string): Citation {
  const view = sourceView(id, references, m);
  const { label, publisher, url, date, dateNote } = view;
  return { label, publisher, url, date, dateNote, dateText: sourceDateText(view, m), ...(says ? { says } : {}) };
}

/**
 * The sources of a claim's checks, one citation each (a source checked on two aspects is cited
 * once): what it says, labelled as our notes' paraphrase, and whether it relays the report's speaker.
 */
export function checkCitations(checks: Check[], references: Map<string, Reference>, m: Messages): Citation[] {
  const ids = [...new Set(checks.map((c) => c.reference))];
  return ids.map((id) => {
    const own = checks.filter((c) => c.reference === id);
    const says = [...new Set(own.map((c) => c.says))].join(' ');
    const relay = own.every((c) => c.independence === 'relay');
    return citation(id, references, m, m.t(relay ? 'citation.saysRelay' : 'citation.says', { says }));
  });
}

/** The tag of a fact covered by a claim check: every aspect its checks settle, in words, in the worst one’s tone. */
function checkTags(checks: CheckView[] | undefined, m: Messages): Tag[] {
  const tone = statusOf(checks ?? []);
  const label = checksText(checks ?? [], m);
  return tone && label ? [{ label, tone }] : [];
}

/** Money conversion for the article page: the currency of the comparison the article is in. */
export interface MoneyContext {
  currency: string | null;
  rates: Rate[];
}

/**
 * A claim's status as a tag; a claim no other source covers, or only relays repeat, is not a
 * finding, so it gets no tone (where claims are listed by status, the row's label says it).
 */
export function claimTag(status: ClaimStatus, m: Messages): Tag {
  if (status === 'unchecked') return { label: m.t('claimTag.unchecked'), tone: 'neutral' };
  return { label: statusWords(status, m), tone: status === 'relayed' ? 'neutral' : status };
}

/** A claim's details: who makes it, then what the checks find on each aspect. */
export function claimDetails(view: ClaimView, m: Messages): string[] {
  return [m.t('claim.claimedBy', { who: view.claimant }), ...view.aspects.map((a) => m.t('common.sentence', { text: capitaliseIn(a.words, m.locale) }))];
}

/**
 * The fact sections of an article (as the page shows it: `localizeArticle`), in the reader's
 * language; `anchors` maps fact ids to their passages' anchors.
 */
export function articleSections(
  article: Article,
  references: Map<string, Reference>,
  anchors: Map<string, string>,
  m: Messages,
  money: MoneyContext = { currency: null, rates: [] },
): FactSection[] {
  const facts = articleFacts({ article, currency: money.currency, rates: money.rates, references, messages: m });
  const passageGlosses = new Map(
    needsGloss(article.source.language, m.lang) ? factsOf(article).flatMap((fact) => (glossOf(article, fact) ? [[fact.id, glossOf(article, fact)!]] : [])) : [],
  );
  const voices = new Map(factsOf(article).map((f) => [f.id, passageVoice(article, f.list, f.list === INITIATIVE_ID ? null : Number(f.path.split('.')[1]), m)]));
  const country = (code: string | null) => (code ? countryName(code, m.locale) : m.t('common.notStated'));
  const base = (id: string) => ({
    id,
    by: voices.get(id)!,
    ...(passageGlosses.has(id) ? { passageGloss: passageGlosses.get(id)! } : {}),
    domId: `fact-${id}`,
    evidenceHref: `#${anchors.get(id)}`,
    details: [] as string[],
    tags: checkTags(facts.checks.get(id), m),
    citations: [] as Citation[],
  });
  const institutions = new Map(article.institutions.map((i) => [i.id, i.name]));
  const { initiative } = article;

  const sections: (Omit<FactSection, 'facts'> & { facts: (Omit<FactView, 'linkAbout'> & { linkAbout?: string })[] })[] = [
    {
      id: 'initiative',
      heading: m.t('factSection.initiative'),
      facts: [
        {
          ...base(INITIATIVE_ID),
          title: initiative.name,
          details: [initiative.summary, m.t('facts.sponsor', { name: institutions.get(initiative.sponsor)!, country: country(initiative.country) })],
          tags: [{ label: m.t(`initiativeKind.${initiative.kind}`), tone: 'neutral' }],
        },
      ],
    },
    {
      id: 'amounts',
      heading: m.t('factSection.amounts'),
      facts: facts.figures.map((f) => ({
        ...base(f.id),
        title: f.stated,
        details: [
          ...(f.converted ? [f.converted.withRate.full] : []),
          f.what,
          m.t(f.measureLabel ? 'facts.measurePeriodScope' : 'facts.periodScope', {
            ...(f.measureLabel ? { measure: f.measureLabel } : {}),
            period: f.periodKey === 'unspecified' ? m.t('common.notStated') : f.period,
            scope: f.scope,
          }),
          // Who states it is the passage's voice, beside the passage link; whose money it is, only here.
          ...(f.whose ? [capitaliseIn(f.label, m.locale)] : []),
          ...(f.currencyBasis ? [m.t('facts.currencyReading', { basis: f.currencyBasis })] : []),
          // Every other field the passage does not state is labelled as ours, with its basis.
          ...(['unit', 'hedge', 'period', 'speaker'] as const).flatMap((key) =>
            f.readings[key] ? [m.t('facts.reading', { field: m.t(`facts.readingField.${key}`), basis: f.readings[key] })] : [],
          ),
        ],
        tags: [
          ...(f.hedgeWords
            ? [{ label: m.t('tag.hedged', { words: f.hedgeWords }), tone: 'neutral' as const }]
            : f.hedge === 'estimated'
              ? [{ label: m.t('tag.estimate'), tone: 'neutral' as const }]
              : []),
          ...checkTags(f.checks, m),
        ],
      })),
    },
    {
      id: 'dates',
      heading: m.t('factSection.dates'),
      facts: facts.dates.map((d) => ({
        ...base(d.id),
        title: d.status === 'undated' ? capitaliseIn(m.t('date.none'), m.locale) : d.text,
        ...(d.status === 'inferred'
          ? { linkAbout: m.t(d.words ? 'factItem.inferredAbout' : 'factItem.inferredAboutNoWords', { words: d.words ?? '', date: d.text }) }
          : {}),
        details: [d.event, ...(d.basis ? [m.t('common.labelled', { label: capitaliseIn(d.how, m.locale), text: d.basis })] : [])],
        tags: [
          { label: m.t(`dateTag.${d.status}`), tone: d.status === 'inferred' ? 'inferred' : 'neutral' },
          ...(d.planned ? [{ label: m.t('dateTag.planned'), tone: 'neutral' as const }] : []),
          ...checkTags(d.checks, m),
        ],
        citations: d.basisSource ? [citation(d.basisSource.id, references, m)] : [],
      })),
    },
    {
      id: 'institutions',
      heading: m.t('factSection.institutions'),
      facts: article.institutions.map((i) => ({
        ...base(i.id),
        title: i.name,
        ...(i.nameGloss ? { gloss: i.nameGloss, glossOf: m.t('facts.glossOfName') } : {}),
        details: [
          i.does,
          m.t('facts.institutionLine', {
            role: m.t(`institutionRole.${i.role}`),
            kind: i.sector
              ? m.t('common.withNote', { text: m.t(`institutionKind.${i.kind}`), note: m.t(`sector.${i.sector}`) })
              : m.t(`institutionKind.${i.kind}`),
            country: country(i.country),
          }),
          ...(i.aliases.length > 0 ? [m.t('facts.aliases', { names: i.aliases.join(', ') })] : []),
        ],
        tags: i.proposed ? [{ label: m.t('facts.proposed'), tone: 'neutral' }] : [],
      })),
    },
    {
      id: 'people',
      heading: m.t('factSection.people'),
      facts: article.people.map((p) => ({
        ...base(p.id),
        title: p.name,
        ...(p.title ? { quote: p.title } : {}),
        // In the report's own language a title gloss is our fuller naming (it names people in our labels), not a translation.
        ...(p.titleGloss && needsGloss(article.source.language, m.lang) ? { gloss: p.titleGloss } : {}),
        details: [
          ...(p.affiliation ? [m.t('facts.affiliation', { name: institutions.get(p.affiliation)! })] : []),
          ...(p.affiliationNote ? [m.t('facts.note', { text: p.affiliationNote })] : []),
        ],
        tags: p.quoted ? [{ label: m.t('facts.quoted'), tone: 'neutral' }] : [],
      })),
    },
    {
      id: 'places',
      heading: m.t('factSection.places'),
      facts: article.locations.map((l) => ({
        ...base(l.id),
        // A country is named as the page's language writes it (its code's name); other places as the data names them.
        title: l.kind === 'country' ? capitaliseIn(countryName(l.country, m.locale), m.locale) : l.name,
        details: [
          `${m.t(`placeRole.${l.role}`).toLocaleLowerCase(m.locale)} · ${[l.region, countryName(l.country, m.locale)].filter(Boolean).join(', ')}`,
          ...(l.note ? [l.note] : []),
        ],
      })),
    },
    {
      id: 'beneficiaries',
      heading: m.t('factSection.beneficiaries'),
      facts: article.beneficiaries.map((b) => ({ ...base(b.id), title: b.who, details: [b.how] })),
    },
    {
      id: 'claims',
      heading: m.t('factSection.claims'),
      facts: article.claims.map((c, i) => ({
        ...base(c.id),
        title: c.claim,
        details: claimDetails(facts.claims[i]!, m),
        tags: [claimTag(facts.claims[i]!.status, m)],
        citations: checkCitations(c.checks, references, m),
      })),
    },
  ];
  return sections
    .filter((section) => section.facts.length > 0)
    .map((section) => ({ ...section, facts: section.facts.map((f) => ({ ...f, linkAbout: f.linkAbout ?? m.t('factItem.about', { title: f.title }) })) }));
}
