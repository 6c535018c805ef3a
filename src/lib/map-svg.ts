/**
 * A country map as a standalone SVG file: the comparison page shows it as an image, folded, so
 * its paths are fetched only by a reader who opens the maps, and never weigh on the page. It
 * carries its own colours, light and dark (an image follows the colour scheme of the page that
 * shows it), and its labels on a halo of the page colour. Every text is escaped.
 */
import { listText, type Messages } from './i18n.ts';
import { MAP_FONT_SIZE, type CountryMap } from './geo.ts';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escape = (text: string) => text.replace(/[&<>"']/g, (ch) => ESCAPES[ch]!);

/** The two sides' colours, as the page's stylesheet gives them (`--left`, `--right`), light then dark. */
const SIDES = [
  ['#1f5f8b', '#8cc4ec'],
  ['#8a4b0f', '#f2b57a'],
] as const;

export function mapSvg(map: CountryMap, { title, side }: { title: string; side: 0 | 1 }): string {
  const [light, dark] = SIDES[side];
  const style = [
    `text{font:${MAP_FONT_SIZE}px system-ui,sans-serif;fill:#1c1b19}.halo{stroke:#fdfcf9;stroke-width:3;stroke-linejoin:round}`,
    `.land{fill:#f3f1eb;stroke:#dcd8cf}.country{fill:#dcd8cf;stroke:#5b5852;stroke-width:.8}.mark{fill:${light}}`,
    `@media (prefers-color-scheme:dark){text{fill:#ece9e2}.halo{stroke:#171614}.land{fill:#221f1c;stroke:#3b3833}.country{fill:#3b3833;stroke:#b3aea4}.mark{fill:${dark}}}`,
  ].join('');
  const points = map.points.map((p) => {
    const label = escape(p.label);
    return `<circle class="mark" cx="${p.x}" cy="${p.y}" r="4"/><text class="halo" x="${p.labelX}" y="${p.labelY}" text-anchor="${p.anchor}">${label}</text><text x="${p.labelX}" y="${p.labelY}" text-anchor="${p.anchor}">${label}</text>`;
  });
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${map.width} ${map.height}" width="${map.width}" height="${map.height}" role="img">`,
    `<title>${escape(title)}</title><style>${style}</style>`,
    `<path class="land" d="${map.neighbours}"/><path class="country" d="${map.country}"/>`,
    ...points,
    '</svg>',
  ].join('');
}

/** What a map shows, in words, for its alt text: "Map of Spain marking Lisbon Road and Harbour Town". */
export function mapAlt(country: string, map: Pick<CountryMap, 'points'>, m: Messages): string {
  const names = map.points.map((p) => p.label);
  if (names.length === 0) return m.t('map.altNone', { country });
  return m.t('map.alt', { country, places: listText(names, m.locale) });
}
