/** /data/versions/<articles|comparisons>/<id>/<day>.json: a page's facts or verdicts as they were at the end of that day. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getArticles, getComparisons } from '../../../../../build/entries.ts';
import { siteUrl } from '../../../../../build/page-meta.ts';
import { publishedVersions } from '../../../../../build/trust.ts';
import type { Version } from '../../../../../lib/trust/changes.ts';
import { routes } from '../../../../../lib/urls.ts';

export const getStaticPaths = (async () => {
  const paths = (kind: 'article' | 'comparison', id: string, route: string) =>
    publishedVersions(kind, id).map(({ version }) => ({
      params: { folder: kind === 'article' ? 'articles' : 'comparisons', id, day: version.day },
      props: { kind, id, route, version },
    }));
  return [
    ...(await getArticles()).flatMap((a) => paths('article', a.id, routes.article(a.id))),
    ...(await getComparisons()).flatMap((c) => paths('comparison', c.id, routes.comparison(c.id))),
  ];
}) satisfies GetStaticPaths;

interface Props {
  kind: 'article' | 'comparison';
  id: string;
  route: string;
  version: Version;
}

export const GET: APIRoute<Props> = ({ props }) => {
  const { kind, id, route, version } = props;
  const body = {
    kind,
    id,
    page: siteUrl(route),
    version: version.day,
    commit: version.commit,
    committed: version.committed,
    message: version.subject,
    bodySha256: version.bodySha256,
    data: version.data,
  };
  return new Response(`${JSON.stringify(body, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
