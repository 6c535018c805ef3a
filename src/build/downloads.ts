/**
 * The /data/ downloads, from the collections: fact rows (src/lib/dataset.ts), the JSON Schema
 * of the article frontmatter, and the README and licence texts. Endpoints and the /data/ page
 * read only from here, so the page describes exactly what the files hold.
 */
import { z } from 'zod';
import { COLUMNS, factRows, type FactRow } from '../lib/dataset.ts';
import { formatPartialDate, partialDate } from '../lib/partial-date.ts';
import { routes } from '../lib/urls.ts';
import { articleSchema } from '../schemas/article.ts';
import { messagesOf, SITE } from '../site.ts';
import { comparisonsOf, getArticles, getRates, getReferences, memo } from './entries.ts';
import { pageDates, siteUrl } from './page-meta.ts';

/** The download files, in the order the page lists them. */
export const DATA_FILES = [
  {
    name: 'facts.csv',
    type: 'text/csv',
    title: 'Every fact, CSV',
    description: 'One row per fact; the “fields” column holds the fact\u2019s other fields as JSON.',
  },
  {
    name: 'facts.json',
    type: 'application/json',
    title: 'Every fact, JSON',
    description: 'The same rows as the CSV, with “fields” as an object, plus the rates and the secondary sources (references) used.',
  },
  {
    name: 'verification.json',
    type: 'application/json',
    title: 'Verification record',
    description:
      'For every article and comparison: the SHA-256 of each report text as stored, passages found verbatim, translation chain, checks run with their counts, and the commit the site was built from.',
  },
  {
    name: 'versions/index.json',
    type: 'application/json',
    title: 'Older versions',
    description: 'Every article and comparison as it was on each day it changed (facts and verdicts as data), from the repository’s history.',
  },
  {
    name: 'article.schema.json',
    type: 'application/schema+json',
    title: 'JSON Schema of an article\u2019s frontmatter',
    description: 'Generated from the zod schemas the build validates content with.',
  },
  { name: 'README.txt', type: 'text/plain', title: 'README', description: 'What each column means, how amounts are converted, what is not in the data.' },
  {
    name: 'LICENSE.txt',
    type: 'text/plain',
    title: 'Licence',
    description: `${SITE.dataLicence.name} for our data; quoted passages remain their outlets\u2019 text.`,
  },
] as const;

export const dataFileUrl = (name: string) => siteUrl(routes.dataFile(name));

/** Every fact of every article, converted to the currency of the first comparison it is in. */
export const datasetRows = memo(async (): Promise<FactRow[]> => {
  const references = await getReferences();
  const articles = await Promise.all(
    (await getArticles()).map(async (a) => ({
      id: a.id,
      data: a.data,
      currency: (await comparisonsOf(a.id))[0]?.data.currency ?? null,
      pageUrl: siteUrl(routes.article(a.id)),
    })),
  );
  return factRows(articles, await getRates(), references, messagesOf());
});

/** JSON Schema (draft 2020-12) of what an editor writes in an article's frontmatter. */
export function articleJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(articleSchema, { io: 'input' });
  return {
    ...schema,
    $id: dataFileUrl('article.schema.json'),
    title: 'Article frontmatter',
    description:
      'Frontmatter of content/articles/<id>.mdx, generated from src/schemas/article.ts (zod, io: input). Not expressible here and checked only by the build: ISO 4217 / ISO 3166-1 code lists, valid calendar dates, unique fact ids, ids that must point to an institution or person of the same article, inferred dates needing basis and basisSource, and evidence passages that must appear in the body.',
  };
}

export async function datasetUpdated(): Promise<string> {
  const home = (await pageDates()).get(routes.data())!;
  return home.modified ?? home.published;
}

/** Column meanings for the README (same order as the CSV). */
export const COLUMN_NOTES: Record<(typeof COLUMNS)[number], string> = {
  article: 'Article id: its file name in content/articles/ and its URL segment.',
  type: 'initiative, institution, person, amount, date, location, beneficiary or claim.',
  id: 'Fact id, unique within its article; also the #fact-<id> anchor on the article page.',
  path: 'Where the fact sits in the frontmatter, e.g. amounts.0.',
  label:
    'The fact in a few English words, as the site shows it: for money, whose it is and who says so, with its conversion and rate; for a date, how we know it (stated, inferred by us and from what, or no date given); the status of the claim checks that cover it.',
  check_status:
    'For a claim, its status; for another fact, the worst aspect of the claims that cover it: contradicted, unclear (not settled), relayed (reported the same way elsewhere, only by sources relaying the report\u2019s speakers), confirmed (every source agrees and one is independent), or unchecked (a claim no other source covers); empty when no claim covers the fact.',
  check_claims: 'Ids of those claims, space-separated.',
  fields: 'Every field of the fact except id and evidence, as JSON (see article.schema.json).',
  evidence: 'The verbatim passage of the report that states the fact.',
  url: 'The fact on its article page.',
  amount_value: 'Money only: the amount as a plain number (value × scale) in its own currency.',
  amount_currency: 'Money only: ISO 4217 currency of the amount as stated.',
  converted_value: 'Money only: the amount converted to converted_currency, unrounded.',
  converted_value_rounded: 'The same to two significant figures, as the site shows it.',
  converted_currency: 'The currency of the comparison the article appears in.',
  rate_base: 'Rate used: one rate_base is worth rate_value rate_quote. Empty when no conversion was needed.',
  rate_quote: 'See rate_base.',
  rate_value: 'See rate_base.',
  rate_date: 'Day the rate is for.',
  rate_kind: 'What kind of rate it is, e.g. average closing rate.',
  rate_source: 'Id of the reference (content/references/) that publishes the rate.',
  rate_source_url: 'Address of that reference.',
};

export async function readmeText(): Promise<string> {
  const rows = await datasetRows();
  const articles = [...new Set(rows.map((r) => r.article))];
  const updated = formatPartialDate(partialDate(await datasetUpdated()), messagesOf().locale);
  const wrap = (text: string) => text.replace(/(.{1,88})(\s+|$)/g, '$1\n').trimEnd();
  return [
    `${messagesOf().t('site.name')}: the data`,
    '',
    wrap(
      `Every fact we extracted from ${articles.length} news reports (${articles.join(', ')}), one row per fact: ${rows.length} rows. Last changed ${updated}. Page: ${siteUrl(routes.data())}`,
    ),
    '',
    'FILES',
    ...DATA_FILES.map((f) => `  ${f.name.padEnd(22)}${f.description}`),
    '',
    'COLUMNS (facts.csv; facts.json records have the same keys)',
    ...COLUMNS.map((c) => `  ${c.padEnd(26)}${COLUMN_NOTES[c]}`),
    '',
    'HOW TO READ IT',
    wrap(
      'Facts are what the reports say, not what is true: each row keeps the passage that states it, and the build fails if that passage is not in the report text. Dates marked "inferred" in fields.status are ours, with their basis. Claims carry our verdict against other reporting, aspect by aspect (value, timing, scope, attribution), derived from the checks in fields.checks; a source that relays the report\u2019s speaker never confirms a claim on its own. Money says whose it is (fields.payer, fields.portion: a share of a larger total or the whole). Amounts keep the report\u2019s hedge ("about", "more than"), period and scope; a national yearly budget and a programme contribution are not comparable figures.',
    ),
    '',
    wrap(
      `CSV: one comment line first ("# Verification: …", the record of what the build checked; skip it with comment='#' in pandas or readr), then RFC 4180: UTF-8, CRLF line ends, header row. Text cells that start with = + - @ get a leading apostrophe so spreadsheets do not run them as formulas. Methodology and corrections: ${siteUrl(routes.methodology())}`,
    ),
    '',
    wrap(
      'VERIFICATION: verification.json names each report text by the SHA-256 of its body as stored (the UTF-8 bytes of its content/articles/<id>.mdx file after the frontmatter), with the passages found in it, the checks run and the commit the site was built from. versions/index.json lists every page as it was on each day it changed.',
    ),
    '',
    `LICENCE: see LICENSE.txt (${SITE.dataLicence.name}).`,
    '',
  ].join('\n');
}

export function licenceText(): string {
  return [
    `${messagesOf().t('site.name')}: data licence`,
    '',
    `The structured data in these files (fields, labels, ids, conversions, verdicts) is licensed under`,
    `${SITE.dataLicence.name}: ${SITE.dataLicence.url}`,
    `Credit: "${messagesOf().t('site.name')}", with a link to ${siteUrl(routes.data())}`,
    '',
    'The evidence passages are short verbatim quotations from the news reports, included so each',
    'fact can be checked. They remain the text of their outlets and are not covered by this licence.',
    '',
  ].join('\n');
}
