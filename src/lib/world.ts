/**
 * Natural Earth country shapes from the `world-atlas` package, read at build time only:
 * 1:50m for the country a map is about, 1:110m for its neighbours (context needs less detail).
 */
import type { Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import detailTopology from 'world-atlas/countries-50m.json';
import contextTopology from 'world-atlas/countries-110m.json';
import type { CountryFeatures } from './geo.ts';

function countries(topology: unknown): CountryFeatures {
  const topo = topology as Topology<{ countries: GeometryCollection }>;
  const collection = feature(topo, topo.objects.countries);
  return { type: 'FeatureCollection', features: collection.features.map((f) => ({ ...f, geometry: f.geometry as Geometry })) };
}

export const detailCountries = (): CountryFeatures => countries(detailTopology);
export const contextCountries = (): CountryFeatures => countries(contextTopology);
