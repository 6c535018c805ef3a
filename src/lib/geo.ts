/**
 * Build-time maps: one country, zoomed to its main landmass, with its neighbours for context
 * and the report's places marked. Output is plain SVG path data, thinned and rounded to whole
 * units so that two maps cost a few kilobytes of HTML.
 */
import { geoArea, geoBounds, geoMercator, geoPath, type GeoStream } from 'd3-geo';
import type { Feature, FeatureCollection, GeoJsonProperties, Geometry, MultiPolygon, Polygon, Position } from 'geojson';

export interface MapPoint {
  id: string;
  label: string;
  lat: number;
  lon: number;
}

export interface PlacedPoint extends MapPoint {
  x: number;
  y: number;
  /** Which side of the marker the label sits on. */
  anchor: 'start' | 'end' | 'middle';
  labelX: number;
  labelY: number;
}

export interface CountryMap {
  width: number;
  height: number;
  /** The focus country's outline. */
  country: string;
  /** Every other country that reaches into the frame, as one path. */
  neighbours: string;
  points: PlacedPoint[];
}

export type CountryFeatures = FeatureCollection<Geometry, GeoJsonProperties>;

/** Size of a map's labels, in its units (a map is drawn about as wide as its units on a phone: at least 13 px). */
export const MAP_FONT_SIZE = 13;

/** Rough width of a label in SVG units, for placement only (system sans at `fontSize`). */
export function labelWidth(text: string, fontSize = MAP_FONT_SIZE): number {
  return text.length * fontSize * 0.56;
}

function polygonsOf(geometry: Geometry | null): Polygon[] {
  if (!geometry) return [];
  if (geometry.type === 'Polygon') return [geometry];
  if (geometry.type === 'MultiPolygon') return geometry.coordinates.map((coordinates) => ({ type: 'Polygon', coordinates }));
  return [];
}

/**
 * The part of a country to frame: its largest polygon plus the polygons close to it (Corsica
 * with France), leaving out far-away territories (French Guiana) that would shrink the map.
 */
export function mainland(geometry: Geometry): MultiPolygon {
  const polygons = polygonsOf(geometry).sort((a, b) => geoArea(b) - geoArea(a));
  const main = polygons[0];
  if (!main) throw new Error('a country needs at least one polygon');
  const [[west, south], [east, north]] = geoBounds(main);
  const padX = (east - west) / 2;
  const padY = (north - south) / 2;
  const near = polygons.filter((p) => {
    const [[w, s], [e, n]] = geoBounds(p);
    return e >= west - padX && w <= east + padX && n >= south - padY && s <= north + padY;
  });
  return { type: 'MultiPolygon', coordinates: near.map((p) => p.coordinates) };
}

/**
 * A stream filter that drops points closer than `tolerance` units to the last kept one, and
 * polygon rings left with fewer than three points. Runs after projection, so it is in pixels.
 */
export function thinStream(tolerance: number) {
  return (out: GeoStream): GeoStream => {
    let ring: Position[] = [];
    let inPolygon = false;
    return {
      point(x: number, y: number) {
        ring.push([x, y]);
      },
      lineStart() {
        ring = [];
      },
      lineEnd() {
        const kept: Position[] = [];
        for (const p of ring) {
          const last = kept[kept.length - 1];
          if (!last || Math.hypot(p[0]! - last[0]!, p[1]! - last[1]!) >= tolerance) kept.push(p);
        }
        if (inPolygon && kept.length < 3) return;
        out.lineStart();
        for (const p of kept) out.point(p[0]!, p[1]!);
        out.lineEnd();
      },
      polygonStart() {
        inPolygon = true;
        out.polygonStart();
      },
      polygonEnd() {
        inPolygon = false;
        out.polygonEnd();
      },
      sphere() {},
    };
  };
}

type Box = [number, number, number, number];
const overlaps = (a: Box, b: Box) => a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];

/**
 * Each label takes the first of right, left, above, below its marker (then right or left a line
 * higher or lower) that stays inside the
 * frame and clear of other markers and of labels already placed; if none is clear, the first
 * inside the frame; failing that, the first candidate moved into the frame. A label is never
 * clipped by the frame's edge.
 */
export function placeLabels(
  points: Omit<PlacedPoint, 'anchor' | 'labelX' | 'labelY'>[],
  width: number,
  height: number,
  fontSize = MAP_FONT_SIZE,
): PlacedPoint[] {
  const gap = 7;
  const r = 5;
  const placed: Box[] = [];
  const markers: Box[] = points.map((p) => [p.x - r, p.y - r, p.x + r, p.y + r]);
  return points.map((p, i) => {
    const w = labelWidth(p.label, fontSize);
    const half = fontSize * 0.6;
    const candidates: { anchor: PlacedPoint['anchor']; labelX: number; labelY: number; box: Box }[] = [
      { anchor: 'start', labelX: p.x + gap, labelY: p.y + fontSize * 0.35, box: [p.x + gap, p.y - half, p.x + gap + w, p.y + half] },
      { anchor: 'end', labelX: p.x - gap, labelY: p.y + fontSize * 0.35, box: [p.x - gap - w, p.y - half, p.x - gap, p.y + half] },
      { anchor: 'middle', labelX: p.x, labelY: p.y - gap, box: [p.x - w / 2, p.y - gap - fontSize, p.x + w / 2, p.y - gap] },
      { anchor: 'middle', labelX: p.x, labelY: p.y + gap + fontSize * 0.8, box: [p.x - w / 2, p.y + gap, p.x + w / 2, p.y + gap + fontSize] },
    ];
    // Then the same beside the marker, a line higher or lower (two places close together).
    for (const dy of [-fontSize * 1.2, fontSize * 1.2]) {
      for (const c of candidates.slice(0, 2)) candidates.push({ ...c, labelY: c.labelY + dy, box: [c.box[0], c.box[1] + dy, c.box[2], c.box[3] + dy] });
    }
    const clear = (box: Box) =>
      box[0] >= 0 &&
      box[2] <= width &&
      box[1] >= 0 &&
      box[3] <= height &&
      !placed.some((b) => overlaps(b, box)) &&
      !markers.some((m, j) => j !== i && overlaps(m, box));
    const inside = (box: Box) => box[0] >= 0 && box[2] <= width && box[1] >= 0 && box[3] <= height;
    const choice = candidates.find((c) => clear(c.box)) ?? candidates.find((c) => inside(c.box)) ?? shiftInside(candidates[0]!, width, height);
    placed.push(choice.box);
    return { ...p, anchor: choice.anchor, labelX: Math.round(choice.labelX * 10) / 10, labelY: Math.round(choice.labelY * 10) / 10 };
  });
}

/** Moves a label (and its box) the least distance that brings it inside the frame. */
function shiftInside<T extends { labelX: number; labelY: number; box: Box }>(c: T, width: number, height: number): T {
  // Rounded away from the edge, so the label stays inside after positions are rounded to 0.1.
  const into = (low: number, high: number, size: number) => (low < 0 ? Math.ceil(-low * 10) / 10 : Math.floor(Math.min(0, size - high) * 10) / 10);
  const dx = into(c.box[0], c.box[2], width);
  const dy = into(c.box[1], c.box[3], height);
  return { ...c, labelX: c.labelX + dx, labelY: c.labelY + dy, box: [c.box[0] + dx, c.box[1] + dy, c.box[2] + dx, c.box[3] + dy] };
}

export interface MapOptions {
  width?: number;
  /** Margin inside the frame, in SVG units. */
  margin?: number;
  /** Thinning tolerance in SVG units. */
  tolerance?: number;
  /** Largest height/width ratio, so a tall country does not make a very long map. */
  maxRatio?: number;
}

/**
 * Projects one country (`countryId`, the ISO 3166-1 numeric code world-atlas uses) with its
 * places. `detail` draws the focus country; `context` (coarser data is fine) draws neighbours.
 */
export function countryMap(detail: CountryFeatures, context: CountryFeatures, countryId: string, places: MapPoint[], options: MapOptions = {}): CountryMap {
  const { width = 340, margin = 12, tolerance = 1.5, maxRatio = 0.9 } = options;
  const focus = detail.features.find((f) => String(f.id) === countryId);
  if (!focus?.geometry) throw new Error(`no country with id ${countryId} in the map data`);
  const frame: Feature<Geometry> = {
    type: 'Feature',
    properties: {},
    geometry: {
      type: 'GeometryCollection',
      geometries: [mainland(focus.geometry), ...places.map((p) => ({ type: 'Point' as const, coordinates: [p.lon, p.lat] }))],
    },
  };
  const projection = geoMercator().fitWidth(width - margin * 2, frame);
  const [[, y0], [, y1]] = geoPath(projection).bounds(frame);
  const height = Math.round(Math.min(y1 - y0 + margin * 2, width * maxRatio));
  projection
    .fitExtent(
      [
        [margin, margin],
        [width - margin, height - margin],
      ],
      frame,
    )
    .clipExtent([
      [0, 0],
      [width, height],
    ]);
  const thin = thinStream(tolerance);
  const path = geoPath({ stream: (s: GeoStream) => projection.stream(thin(s)) }).digits(0);
  const neighbours = context.features
    .filter((f) => String(f.id) !== countryId)
    .map((f) => path(f) ?? '')
    .join('');
  const projected = places.map((p) => {
    const [x, y] = projection([p.lon, p.lat]) ?? [Number.NaN, Number.NaN];
    return { ...p, x: Math.round(x * 10) / 10, y: Math.round(y * 10) / 10 };
  });
  return { width, height, country: path(focus) ?? '', neighbours, points: placeLabels(projected, width, height) };
}
