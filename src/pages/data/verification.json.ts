/** /data/verification.json: the verification record of every article and comparison page, and of the dataset. */
import type { APIRoute } from 'astro';
import { dataFileUrl } from '../../build/downloads.ts';
import { getArticles, getComparisons } from '../../build/entries.ts';
import { siteUrl } from '../../build/page-meta.ts';
import { articleRecord, buildRecord, comparisonRecord, siteRecord } from '../../build/trust.ts';
import { routes } from '../../lib/urls.ts';
import { messagesOf } from '../../site.ts';

export const GET: APIRoute = async () => {
  // The downloads are one dataset, in the default edition's words.
  const m = messagesOf();
  const body = {
    name: `${m.t('site.name')}: verification record`,
    url: dataFileUrl('verification.json'),
    about:
      'sha256 is the SHA-256 (hex) of each report text as stored: the UTF-8 bytes of its content/articles/<id>.mdx file after the frontmatter’s closing --- line. Every count is of a check that stops the build when it fails.',
    build: buildRecord(),
    dataset: await siteRecord(),
    pages: [
      ...(await getArticles()).map((a) => ({ kind: 'article', id: a.id, url: siteUrl(routes.article(a.id)), record: articleRecord(a, m) })),
      ...(await Promise.all(
        (await getComparisons()).map(async (c) => ({
          kind: 'comparison',
          id: c.id,
          url: siteUrl(routes.comparison(c.id)),
          record: await comparisonRecord(c, m),
        })),
      )),
    ],
  };
  return new Response(`${JSON.stringify(body, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
