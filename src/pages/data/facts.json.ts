/** /data/facts.json: the rows of facts.csv as JSON, with the verification record, the rates, the references and the licence. */
import type { APIRoute } from 'astro';
import { dataFileUrl, datasetRows, datasetUpdated } from '../../build/downloads.ts';
import { getRates, getReferences } from '../../build/entries.ts';
import { flatRow } from '../../lib/dataset.ts';
import { siteRecord } from '../../build/trust.ts';
import { messagesOf, SITE } from '../../site.ts';

export const GET: APIRoute = async () => {
  const body = {
    name: `${messagesOf().t('site.name')}: every fact`,
    url: dataFileUrl('facts.json'),
    schema: dataFileUrl('article.schema.json'),
    licence: SITE.dataLicence,
    updated: await datasetUpdated(),
    verification: await siteRecord(),
    rates: await getRates(),
    references: [...(await getReferences())].map(([id, r]) => ({
      id,
      label: r.label,
      publisher: r.publisher,
      url: r.url,
      date: r.date,
      dateKind: r.dateKind,
      dateNote: r.dateNote,
      language: r.language,
    })),
    facts: (await datasetRows()).map(flatRow),
  };
  return new Response(`${JSON.stringify(body, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
