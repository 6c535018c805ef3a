/**
 * The downloadable dataset: every fact of every article as one flat row (CSV) or record
 * (JSON), with its evidence passage and, for money, the converted amount and the rate used.
 * Pure: takes validated articles and rates; the /data/ endpoints serialise what it returns.
 */
import type { Article } from '../schemas/article.ts';
import type { Rate } from '../schemas/rate.ts';
import type { Reference } from '../schemas/reference.ts';
import { articleFacts, capitaliseIn, figureLine, checksText, type ArticleFacts, type CheckView } from './fact-view.ts';
import { FACT_LISTS, INITIATIVE_ID, type FactList } from './facts.ts';
import type { Messages } from './i18n.ts';

/** Singular names of the fact lists, for the `type` column. */
export const FACT_TYPES: Record<FactList | typeof INITIATIVE_ID, string> = {
  initiative: 'initiative',
  institutions: 'institution',
  people: 'person',
  amounts: 'amount',
  dates: 'date',
  locations: 'location',
  beneficiaries: 'beneficiary',
  claims: 'claim',
};

/** Column order of the CSV; JSON records have the same keys (with `fields` as an object). */
export const COLUMNS = [
  'article',
  'type',
  'id',
  'path',
  'label',
  'check_status',
  'check_claims',
  'fields',
  'evidence',
  'url',
  'amount_value',
  'amount_currency',
  'converted_value',
  'converted_value_rounded',
  'converted_currency',
  'rate_base',
  'rate_quote',
  'rate_value',
  'rate_date',
  'rate_kind',
  'rate_source',
  'rate_source_url',
] as const;

export type Column = (typeof COLUMNS)[number];

/** The column of a fact's label in another edition's language: `label_fr`. */
export type LabelColumn = `label_${string}`;

/** Every column of the CSV: `COLUMNS`, then one `label_<lang>` per other edition, after `label`. */
export function datasetColumns(otherLangs: readonly string[]): (Column | LabelColumn)[] {
  const at = COLUMNS.indexOf('label') + 1;
  return [...COLUMNS.slice(0, at), ...otherLangs.map((lang): LabelColumn => `label_${lang}`), ...COLUMNS.slice(at)];
}

export interface FactRow {
  /** Article id (its file name and URL segment). */
  article: string;
  /** `initiative`, `institution`, `person`, `amount`, `date`, `location`, `beneficiary` or `claim`. */
  type: string;
  /** Fact id, unique within the article; also the `#fact-<id>` anchor on the article page. */
  id: string;
  /** Where the fact sits in the article's frontmatter, e.g. `amounts.0`. */
  path: string;
  /** The fact in a few words of the default edition's language, as the site shows it, with how a date is known and the status of the checks on it, in words. */
  label: string;
  /** The same in each other edition's language, by language (`label_<lang>` in the files). */
  labels: Record<string, string>;
  /** Status of the claim checks on this fact: the claim's own, or the worst aspect of the claims that cover it; null when none covers it. */
  check_status: CheckView['status'] | 'unchecked' | null;
  /** Ids of those claims, space-separated. */
  check_claims: string | null;
  /** Every field of the fact except `id` and `evidence`, as in the frontmatter. */
  fields: Record<string, unknown>;
  /** Verbatim passage of the report that states it. */
  evidence: string;
  /** Absolute URL of the fact on its article page. */
  url: string;
  /** Money only: the amount as a plain number in its own currency (value × scale). */
  amount_value: number | null;
  amount_currency: string | null;
  /** Money only: converted into `converted_currency`, unrounded. */
  converted_value: number | null;
  /** The same, to two significant figures, as the site shows it. */
  converted_value_rounded: number | null;
  converted_currency: string | null;
  /** The rate used: one `rate_base` is worth `rate_value` `rate_quote`. Empty when no conversion was needed. */
  rate_base: string | null;
  rate_quote: string | null;
  rate_value: number | null;
  rate_date: string | null;
  rate_kind: string | null;
  /** Id of the reference that publishes the rate (content/references/), and its URL. */
  rate_source: string | null;
  rate_source_url: string | null;
}

export interface DatasetArticle {
  id: string;
  /** The article as the edition whose labels these are shows it. */
  data: Article;
  /** Currency amounts are converted to (that of the comparison the article is in); `null` for none. */
  currency: string | null;
  /** Absolute URL of the article page. */
  pageUrl: string;
}

/** The fact as the site shows it, picked from the fact views: a figure with its conversion and rate, a date with how we know it, a claim with its status. */
function label(type: string, id: string, fact: Record<string, unknown>, article: Article, view: ArticleFacts, m: Messages): string {
  switch (type) {
    case 'initiative':
      return article.initiative.name;
    case 'amount': {
      const figure = view.figures.find((f) => f.id === id)!;
      // What the figure counts, in our words, travels with it: the hedges a table or a sentence puts on it ("could", "It is estimated").
      return m.t('dataset.figure', { label: capitaliseIn(figure.label, m.locale), text: figureLine(figure), what: figure.what });
    }
    case 'date': {
      const date = view.dates.find((d) => d.id === id)!;
      return m.t('dataset.date', { date: date.status === 'undated' ? capitaliseIn(m.t('date.none'), m.locale) : date.text, how: date.how, event: date.event });
    }
    case 'beneficiary':
      return String(fact.who);
    case 'claim': {
      const claim = view.claims.find((c) => c.id === id)!;
      return m.t('dataset.claim', { claim: claim.claim, words: claim.words });
    }
    default:
      return String(fact.name);
  }
}

const empty = {
  amount_value: null,
  amount_currency: null,
  converted_value: null,
  converted_value_rounded: null,
  converted_currency: null,
  rate_base: null,
  rate_quote: null,
  rate_value: null,
  rate_date: null,
  rate_kind: null,
  rate_source: null,
  rate_source_url: null,
} satisfies Partial<FactRow>;

/**
 * The label of every fact, as `factRows` gives it, in `m`'s language: `articles` as that
 * edition shows them. Keyed `<article>/<fact id>`.
 */
export function factLabels(articles: DatasetArticle[], rates: Rate[], references: Map<string, Reference>, m: Messages): Map<string, string> {
  return new Map(factRows(articles, rates, references, m).map((row) => [`${row.article}/${row.id}`, row.label]));
}

/** One row per fact, articles in the given order, facts in page order (initiative first); labels in `m`'s language. */
export function factRows(articles: DatasetArticle[], rates: Rate[], references: Map<string, Reference>, m: Messages): FactRow[] {
  const rows: FactRow[] = [];
  for (const { id: article, data, currency, pageUrl } of articles) {
    const view = articleFacts({ article: data, currency, rates, references, messages: m });
    const figures = new Map(view.figures.map((f) => [f.id, f]));
    const facts: { list: FactList | typeof INITIATIVE_ID; index: number | null; fact: Record<string, unknown> }[] = [
      { list: INITIATIVE_ID, index: null, fact: data.initiative },
      ...FACT_LISTS.flatMap((list) => (data[list] as Record<string, unknown>[]).map((fact, index) => ({ list, index, fact }))),
    ];
    for (const { list, index, fact } of facts) {
      const type = FACT_TYPES[list];
      const id = list === INITIATIVE_ID ? INITIATIVE_ID : String(fact.id);
      const { id: _id, evidence, ...fields } = fact;
      const checks = view.checks.get(id) ?? [];
      const own = type === 'claim';
      const status = own ? view.claims.find((c) => c.id === id)!.status : (checks[0]?.status ?? null);
      // Figures carry their status in `figureLine`; other facts get it appended.
      const flagged = own || type === 'amount' ? null : checksText(checks, m);
      const rowLabel = label(type, id, fact, data, view, m);
      const row: FactRow = {
        article,
        type,
        id,
        path: index === null ? list : `${list}.${index}`,
        label: flagged ? `${rowLabel} [${flagged}]` : rowLabel,
        labels: {},
        check_status: status,
        check_claims: own ? (checks.length > 0 ? id : null) : checks.length > 0 ? [...new Set(checks.map((c) => c.claimId))].join(' ') : null,
        fields,
        evidence: String(evidence),
        url: `${pageUrl}#fact-${id}`,
        ...empty,
      };
      if (fact.kind === 'money') {
        const money = fact as Extract<Article['amounts'][number], { kind: 'money' }>;
        const figure = figures.get(id)!;
        row.amount_value = figures.get(id)!.original;
        row.amount_currency = money.currency;
        if (currency && figure.value !== null) {
          row.converted_value = figure.value;
          row.converted_value_rounded = figure.converted?.rounded ?? figure.value;
          row.converted_currency = currency;
          if (figure.converted) {
            const rate = figure.converted.rate.data;
            Object.assign(row, {
              rate_base: rate.base,
              rate_quote: rate.quote,
              rate_value: rate.value,
              rate_date: rate.date,
              rate_kind: rate.kind,
              rate_source: rate.source,
              rate_source_url: figure.converted.rate.source.url,
            });
          }
        }
      }
      rows.push(row);
    }
  }
  return rows;
}

/** A label as the data files write it: the no-break spaces that hold a figure on one line on a page are plain spaces, so a search for "250 million" finds it. */
const plainSpaces = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

/** A row as the files write it: each other edition's label as its own `label_<lang>` key, after `label`. */
export function flatRow(row: FactRow): Record<Column | LabelColumn, unknown> {
  const { labels, ...rest } = row;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(rest)) {
    out[key] = key === 'label' ? plainSpaces(value as string) : value;
    if (key === 'label') for (const [lang, text] of Object.entries(labels)) out[`label_${lang}`] = plainSpaces(text);
  }
  return out as Record<Column | LabelColumn, unknown>;
}

/** Rows flattened for CSV: `fields` as JSON text, each other edition's label in its column. */
export function csvRows(rows: FactRow[]): Record<Column | LabelColumn, string | number | null>[] {
  return rows.map((row) => ({ ...flatRow(row), fields: JSON.stringify(row.fields) }) as Record<Column | LabelColumn, string | number | null>);
}
