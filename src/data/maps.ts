/**
 * Country maps of articles, for the comparison page. Turning the world-atlas topologies into
 * features and projecting a country are the costly parts: both are done once per build (the
 * features once, each article's map once, however many comparisons show it).
 */
import { countryNumeric } from '../lib/codes.ts';
import { mapPlaces } from '../lib/compare.ts';
import { countryMap, type CountryMap } from '../lib/geo.ts';
import { contextCountries, detailCountries } from '../lib/world.ts';
import { getArticle, memo, memoBy, type ArticleEntry } from './queries.ts';

const world = memo(() => ({ detail: detailCountries(), context: contextCountries() }));

const mapById = memoBy(async (id: string): Promise<CountryMap> => {
  const { data } = await getArticle(id);
  const { detail, context } = world();
  return countryMap(detail, context, countryNumeric(data.initiative.country), mapPlaces(data));
});

/** The map of an article's country with its places marked. */
export function articleMap(article: ArticleEntry): Promise<CountryMap> {
  return mapById(article.id);
}
