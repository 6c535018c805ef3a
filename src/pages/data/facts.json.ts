/** /data/facts.json: the rows of facts.csv as JSON, with the rates and licence. */
import type { APIRoute } from 'astro';
import { dataFileUrl, datasetRows, datasetUpdated } from '../../data/dataset.ts';
import { getRates } from '../../data/queries.ts';
import { SITE } from '../../site.ts';

export const GET: APIRoute = async () => {
  const body = {
    name: `${SITE.name}: every fact`,
    url: dataFileUrl('facts.json'),
    schema: dataFileUrl('article.schema.json'),
    licence: SITE.dataLicence,
    updated: await datasetUpdated(),
    rates: await getRates(),
    facts: await datasetRows(),
  };
  return new Response(`${JSON.stringify(body, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
