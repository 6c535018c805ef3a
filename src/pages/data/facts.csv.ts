/** /data/facts.csv: every fact of every article, one row each (RFC 4180). */
import type { APIRoute } from 'astro';
import { datasetRows } from '../../build/downloads.ts';
import { toCsv } from '../../lib/csv.ts';
import { COLUMNS, csvRows } from '../../lib/dataset.ts';

export const GET: APIRoute = async () => new Response(toCsv(COLUMNS, csvRows(await datasetRows())), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
