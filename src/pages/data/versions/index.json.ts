/** /data/versions/index.json: every article and comparison's dated versions, from the repository's history. */
import type { APIRoute } from 'astro';
import { dataFileUrl } from '../../../build/downloads.ts';
import { getArticles, getComparisons } from '../../../build/entries.ts';
import { siteUrl } from '../../../build/page-meta.ts';
import { publishedVersions, repositoryHistory } from '../../../build/trust.ts';
import { routes } from '../../../lib/urls.ts';
import { messagesOf } from '../../../site.ts';

export const GET: APIRoute = async () => {
  const page = (kind: 'article' | 'comparison', id: string, route: string) => ({
    kind,
    id,
    url: siteUrl(route),
    versions: publishedVersions(kind, id).map(({ version, path }) => ({ day: version.day, commit: version.commit, url: siteUrl(path) })),
  });
  const body = {
    name: `${messagesOf().t('site.name')}: versions`,
    url: dataFileUrl('versions/index.json'),
    about:
      'Each page as it was at the end of each day it changed (UTC, by commit date): its facts or verdicts as data, the commit and its message. Not validated against today’s schema: older versions keep the fields they had.',
    note: repositoryHistory().note,
    pages: [
      ...(await getArticles()).map((a) => page('article', a.id, routes.article(a.id))),
      ...(await getComparisons()).map((c) => page('comparison', c.id, routes.comparison(c.id))),
    ],
  };
  return new Response(`${JSON.stringify(body, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
