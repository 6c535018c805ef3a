/**
 * The /data/ downloads, from the collections: fact rows (src/lib/dataset.ts), the JSON Schema
 * of the article frontmatter, and the README and licence texts. Endpoints and the /data/ page
 * read only from here, so the page describes exactly what the files hold.
 */
import { z } from 'zod';
import { languageName } from '../lib/codes.ts';
import { datasetColumns, factLabels, factRows, type FactRow } from '../lib/dataset.ts';
import type { Messages } from '../lib/i18n.ts';
import { formatPartialDate, partialDate } from '../lib/partial-date.ts';
import { routes } from '../lib/urls.ts';
import { articleSchema } from '../schemas/article.ts';
import { LOCALES, messagesOf, SITE } from '../site.ts';
import { comparisonsOf, getArticles, getRates, getReferences, memo } from './entries.ts';
import { pageDates, siteUrl } from './page-meta.ts';
import { articleData } from './analysis-state.ts';

/** The download files, in the order the page lists them; each one's title and description are the catalogue's `dataFile.<key>.*`. */
export const DATA_FILES = [
  { key: 'facts-csv', name: 'facts.csv', type: 'text/csv' },
  { key: 'facts-json', name: 'facts.json', type: 'application/json' },
  { key: 'verification', name: 'verification.json', type: 'application/json' },
  { key: 'versions', name: 'versions/index.json', type: 'application/json' },
  { key: 'schema', name: 'article.schema.json', type: 'application/schema+json' },
  { key: 'readme', name: 'README.txt', type: 'text/plain' },
  { key: 'licence', name: 'LICENSE.txt', type: 'text/plain' },
] as const;

/** A download's title and description in `m`'s language. */
export function dataFileText(file: (typeof DATA_FILES)[number], m: Messages): { title: string; description: string } {
  return {
    title: m.t(`dataFile.${file.key}.title`),
    description: m.t(`dataFile.${file.key}.description`, file.key === 'licence' ? { licence: SITE.dataLicence.name } : undefined),
  };
}

export const dataFileUrl = (name: string) => siteUrl(routes.dataFile(name));

/**
 * Every fact of every article, converted to the currency of the first comparison it is in: one
 * dataset, labelled in the default edition's language, with each other edition's label beside it.
 */
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
  const rates = await getRates();
  const rows = factRows(articles, rates, references, messagesOf());
  for (const lang of LOCALES.slice(1)) {
    // Each edition's labels read its own translation of the articles, rates and references.
    const labels = factLabels(
      articles.map((a) => ({ ...a, data: articleData(a, { lang }) })),
      await getRates({ lang }),
      await getReferences({ lang }),
      messagesOf(lang),
    );
    for (const row of rows) row.labels[lang] = labels.get(`${row.article}/${row.id}`)!;
  }
  return rows;
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

/** What a column means, in `m`'s language (the page and the README; a `label_<lang>` column is the label in that edition's language). */
export function columnNote(column: string, m: Messages): string {
  const other = /^label_(.+)$/.exec(column);
  if (other) return m.t('dataColumn.labelIn', { language: languageName(other[1]!, m.locale) });
  return m.t(`dataColumn.${column}`, column === 'id' ? { anchor: '#fact-<id>' } : undefined);
}
/** The README of the downloads: one dataset, described in the default edition's words. */
export async function readmeText(): Promise<string> {
  const m = messagesOf();
  const rows = await datasetRows();
  const articles = [...new Set(rows.map((r) => r.article))];
  const updated = formatPartialDate(partialDate(await datasetUpdated()), m.locale);
  const wrap = (text: string) => text.replace(/(.{1,88})(\s+|$)/g, '$1\n').trimEnd();
  return [
    `${m.t('site.name')}: the data`,
    '',
    wrap(
      `Every fact we extracted from ${articles.length} news reports (${articles.join(', ')}), one row per fact: ${rows.length} rows. Last changed ${updated}. Page: ${siteUrl(routes.data())}`,
    ),
    '',
    'FILES',
    ...DATA_FILES.map((f) => `  ${f.name.padEnd(22)}${dataFileText(f, m).description}`),
    '',
    'COLUMNS (facts.csv; facts.json records have the same keys)',
    ...datasetColumns(LOCALES.slice(1)).map((c) => `  ${c.padEnd(26)}${columnNote(c, m)}`),
    '',
    'HOW TO READ IT',
    wrap(
      'Facts are what the reports say, not what is true: each row keeps the passage that states it, and the build fails if that passage is not in the report text. Dates marked "inferred" in fields.status are ours, with their basis. Claims carry our verdict against other reporting, aspect by aspect (value, timing, scope, attribution), derived from the checks in fields.checks; a source that relays the report\u2019s speaker never confirms a claim on its own. Money says whose it is (fields.payer, fields.portion: a share of a larger total or the whole); for fields.measure = economic-impact, an estimated effect on an economy, fields.payer is the institution whose spending has that impact, not money it pays, so filter on fields.measure before adding money up by payer. Amounts keep the report\u2019s hedge ("about", "more than"), period and scope; a national yearly budget and a programme contribution are not comparable figures.',
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
