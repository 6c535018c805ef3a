/**
 * Country maps of articles, for the comparison page. Turning the world-atlas topologies into
 * features and projecting a country are the costly parts: both are done once per build (the
 * features once, each map once, however many comparisons show it).
 */
import { countryNumeric } from '../lib/codes.ts';
import { mapPlaces } from '../lib/compare/index.ts';
import { countryMap, type CountryMap } from '../lib/geo.ts';
import { contextCountries, detailCountries } from '../lib/world.ts';
import type { Messages } from '../lib/i18n.ts';
import { articleData } from './analysis-state.ts';
import { memo, memoBy, type ArticleEntry } from './entries.ts';

const world = memo(() => ({ detail: detailCountries(), context: contextCountries() }));

/** Keyed by what a map is drawn from (country and places), so articles that share them share one map. */
const mapByInput = memoBy((key: string): CountryMap => {
  const { country, places } = JSON.parse(key) as { country: string; places: ReturnType<typeof mapPlaces> };
  const { detail, context } = world();
  return countryMap(detail, context, country, places);
});

/** The map of an article's country with its places marked, named as `m`'s edition writes them. */
export function articleMap(article: ArticleEntry, m: Pick<Messages, 'lang'>): CountryMap {
  return mapByInput(JSON.stringify({ country: countryNumeric(article.data.initiative.country), places: mapPlaces(articleData(article, m)) }));
}
