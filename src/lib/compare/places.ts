/** The places dimension: places aligned by role, and the places each side's map marks. */
import type { Article } from '../../schemas/article.ts';
import { placeRoles } from '../../schemas/location.ts';
import { countryName } from '../codes.ts';
import { evidenceLink } from '../money-view.ts';
import { alignBy, item, statusTags, type Row } from './align.ts';
import { pair, type Sides } from './sides.ts';

export function placeRows({ inputs: sides, facts, messages: m }: Sides): Row[] {
  return alignBy(
    pair(sides, (s) => s.article.locations),
    (l) => l.role,
    placeRoles,
    (l, side) => {
      const where = [l.region, countryName(l.country, m.locale)].filter((x) => x && x !== l.name).join(', ');
      return item(l.name, {
        details: [...(where ? [where] : []), ...(l.note ? [l.note] : [])],
        detailLangs: [...(where ? [undefined] : []), ...(l.note ? [sides[side]!.notesLang] : [])],
        tags: statusTags(facts[side]!.checks.get(l.id), m),
        href: evidenceLink(sides[side]!, l.id),
      });
    },
    (role) => m.t(`placeRole.${role}`),
  );
}

/** Places to mark on a side's map: those in the initiative's country, except the country itself (the map is of it). */
export function mapPlaces(article: Article): { id: string; label: string; lat: number; lon: number }[] {
  return article.locations
    .filter((l) => l.country === article.initiative.country && l.kind !== 'country')
    .map((l) => ({ id: l.id, label: l.name, lat: l.coordinates.lat, lon: l.coordinates.lon }));
}
