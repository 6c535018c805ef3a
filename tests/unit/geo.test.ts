import { describe, expect, it } from 'vitest';
import type { Polygon } from 'geojson';
import { countryMap, labelWidth, mainland, placeLabels, thinStream } from '../../src/lib/geo.ts';
import { countryNumeric } from '../../src/lib/codes.ts';
import { contextCountries, detailCountries } from '../../src/lib/world.ts';

// Clockwise rings, as d3-geo and Natural Earth data have them.
const square = (x: number, y: number, size: number): Polygon['coordinates'] => [
  [
    [x, y],
    [x, y + size],
    [x + size, y + size],
    [x + size, y],
    [x, y],
  ],
];

describe('mainland', () => {
  it.each([
    ['keeps a near island, drops a far territory', [square(0, 40, 10), square(12, 40, 1), square(-60, 0, 3)], 2],
    ['a single polygon', [square(0, 0, 5)], 1],
  ])('%s', (_label, polygons, expected) => {
    expect(mainland({ type: 'MultiPolygon', coordinates: polygons }).coordinates).toHaveLength(expected);
  });
});

describe('thinStream', () => {
  it.each([
    [
      1,
      [
        [0, 0],
        [0.5, 0],
        [2, 0],
        [2, 0.2],
        [4, 0],
      ],
      [
        [0, 0],
        [2, 0],
        [4, 0],
      ],
    ],
    [
      0,
      [
        [0, 0],
        [0.5, 0],
      ],
      [
        [0, 0],
        [0.5, 0],
      ],
    ],
  ])('tolerance %d keeps %j → %j', (tolerance, points, expected) => {
    const out: number[][] = [];
    const sink = { point: (x: number, y: number) => out.push([x, y]), lineStart() {}, lineEnd() {}, polygonStart() {}, polygonEnd() {}, sphere() {} };
    const stream = thinStream(tolerance)(sink);
    stream.lineStart();
    for (const [x, y] of points) stream.point(x!, y!, 0);
    stream.lineEnd();
    expect(out).toEqual(expected);
  });
});

describe('placeLabels', () => {
  const p = (id: string, x: number, y: number) => ({ id, label: id, lat: 0, lon: 0, x, y });
  it.each([
    ['alone: right', [p('Alpha', 50, 50)], ['start']],
    ['near the right edge: left', [p('Alpha', 190, 50)], ['end']],
    ['two close on a line: the first moves left of its marker', [p('Alpha', 50, 50), p('Beta', 70, 50)], ['end', 'start']],
    ['no room on either side: above; nowhere clear: right', [p('Alpha', 20, 50), p('Beta', 40, 50), p('Gamma', 0.5, 50)], ['middle', 'start', 'start']],
    ['left neighbour: labels on both outsides', [p('Harbour Town', 120, 50), p('Ridge', 140, 50)], ['end', 'start']],
    [
      'crowded at the edge: a candidate inside the frame, even if it overlaps',
      [p('Ridge', 190, 50), p('Coffs Harbour', 196, 50), p('Bay', 190, 62), p('Cape', 190, 38)],
      ['end', 'end', 'end', 'end'],
    ],
    ['a label wider than either side of its marker: moved inside, never clipped', [p('Long place name of a region', 30, 60)], ['start']],
  ])('%s', (_label, points, anchors) => {
    const placed = placeLabels(points, 200, 120);
    expect(placed.map((x) => x.anchor)).toEqual(anchors);
    for (const x of placed) {
      const w = labelWidth(x.label);
      const left = x.anchor === 'start' ? x.labelX : x.anchor === 'end' ? x.labelX - w : x.labelX - w / 2;
      expect(left).toBeGreaterThanOrEqual(0);
      expect(left + w).toBeLessThanOrEqual(200);
    }
  });
});

describe('countryMap with Natural Earth data', () => {
  const detail = detailCountries();
  const context = contextCountries();
  it.each([
    [
      'MX',
      [
        { id: 'gdl', label: 'Guadalajara', lat: 20.66, lon: -103.35 },
        { id: 'cdmx', label: 'Mexico City', lat: 19.43, lon: -99.13 },
      ],
    ],
    ['FR', [{ id: 'mrs', label: 'Marseille', lat: 43.3, lon: 5.37 }]],
    ['BR', [{ id: 'poa', label: 'Porto Alegre', lat: -30.03, lon: -51.23 }]],
    [
      'AU',
      [
        { id: 'coffs', label: 'Coffs Harbour', lat: -30.3, lon: 153.11 },
        { id: 'syd', label: 'Sydney', lat: -33.87, lon: 151.21 },
        { id: 'bris', label: 'Brisbane', lat: -27.47, lon: 153.03 },
      ],
    ],
  ])('%s: frames the country, places points and whole labels inside, stays small', (country, places) => {
    const map = countryMap(detail, context, countryNumeric(country), places);
    expect(map.width).toBe(340);
    expect(map.height).toBeLessThanOrEqual(340 * 0.9);
    expect(map.country).toMatch(/^M\d/);
    expect(map.country + map.neighbours).not.toMatch(/\.\d/);
    expect(map.country.length + map.neighbours.length).toBeLessThan(8000);
    for (const pt of map.points) {
      expect(pt.x).toBeGreaterThan(0);
      expect(pt.x).toBeLessThan(map.width);
      expect(pt.y).toBeGreaterThan(0);
      expect(pt.y).toBeLessThan(map.height);
      const w = labelWidth(pt.label);
      const left = pt.anchor === 'start' ? pt.labelX : pt.anchor === 'end' ? pt.labelX - w : pt.labelX - w / 2;
      expect(left, `${pt.label} starts inside`).toBeGreaterThanOrEqual(0);
      expect(left + w, `${pt.label} ends inside`).toBeLessThanOrEqual(map.width);
    }
  });

  it('frames metropolitan France, not French Guiana', () => {
    const map = countryMap(detail, context, countryNumeric('FR'), []);
    expect(map.height / map.width).toBeGreaterThan(0.7);
  });

  it('fails loudly on an unknown country id', () => {
    expect(() => countryMap(detail, context, '000', [])).toThrow(/no country with id 000/);
  });
});
