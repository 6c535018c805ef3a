/**
 * Countries a map can draw. The country maps use Natural Earth shapes (`world-atlas`), which
 * fold these ISO 3166-1 codes into another country or leave them out; an initiative there would
 * reach the map code with no shape to draw. A unit test holds this list to the shipped data.
 */
export const UNMAPPED_COUNTRIES: readonly string[] = ['BQ', 'BV', 'CC', 'CX', 'GF', 'GI', 'GP', 'MQ', 'RE', 'SJ', 'TK', 'TV', 'UM', 'XK', 'YT'];

const unmapped = new Set(UNMAPPED_COUNTRIES);

/** True when the country maps have a shape for `code`. */
export function isMappable(code: string): boolean {
  return !unmapped.has(code);
}
