/**
 * /data/facts.csv: every fact of every article, one row each (RFC 4180), after one comment line
 * (`# `) holding the verification record in one line: readers skip it as a comment
 * (`comment='#'` in pandas, `comment = "#"` in R's readr).
 */
import type { APIRoute } from 'astro';
import { datasetRows } from '../../build/downloads.ts';
import { siteRecord } from '../../build/trust.ts';
import { csvComment, toCsv } from '../../lib/csv.ts';
import { csvRows, datasetColumns } from '../../lib/dataset.ts';
import { LOCALES } from '../../site.ts';

export const GET: APIRoute = async () =>
  new Response(`${csvComment((await siteRecord()).line)}${toCsv(datasetColumns(LOCALES.slice(1)), csvRows(await datasetRows()))}`, {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
