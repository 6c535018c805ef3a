/** `/compare/<id>/map-<0|1>.svg`: one side's country with its places marked, in that side's colour, as the comparison page shows it (folded). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { comparedArticles, getComparisons, inEditions, type ArticleEntry } from '../../../../build/entries.ts';
import { articleMap } from '../../../../build/maps.ts';
import { countryName } from '../../../../lib/codes.ts';
import { mapSvg } from '../../../../lib/map-svg.ts';
import { messagesOf } from '../../../../site.ts';
import { articleData } from '../../../../build/analysis-state.ts';

export const getStaticPaths = (async () =>
  inEditions(
    (
      await Promise.all(
        (await getComparisons()).map(async (comparison) =>
          (await comparedArticles(comparison)).map((article, side) => ({ params: { id: comparison.id, side: String(side) }, props: { article, side } })),
        ),
      )
    ).flat(),
  )) satisfies GetStaticPaths;

interface Props {
  article: ArticleEntry;
  side: 0 | 1;
}

export const GET: APIRoute<Props> = ({ props: { article, side }, params }) => {
  const m = messagesOf(params.lang);
  const title = m.t('map.title', { name: articleData(article, m).initiative.name, country: countryName(article.data.initiative.country, m.locale) });
  return new Response(mapSvg(articleMap(article, m), { title, side }), { headers: { 'Content-Type': 'image/svg+xml' } });
};
