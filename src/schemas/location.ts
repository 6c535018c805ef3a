/** Places the report names, with what they are to the initiative. */
import { z } from 'zod';
import { countryCode, evidence, readings, record, slug, speakerFields, text } from './common.ts';

/** `state` is a first-level division; `region` a part of one (a valley, a coast, a district). */
export const placeKinds = ['city', 'region', 'state', 'country', 'site'] as const;
export const placeRoles = ['host-city', 'host-region', 'host-country', 'venue', 'headquarters', 'event-city', 'mentioned'] as const;

export const locationSchema = record({
  /** Stable slug, unique among all facts of the article, e.g. `porto-alegre`. */
  id: slug,
  /** Name as the report writes it ("Mexico" may mean Mexico City: say so in `note`). */
  name: text,
  /** Kind of place (closed list). */
  kind: z.enum(placeKinds),
  /** What the place is to the initiative (closed list). */
  role: z.enum(placeRoles),
  /** First-level region (state, région) in English that the place is in, when known; `null` otherwise. */
  region: text.nullable(),
  /** ISO 3166-1 alpha-2 country. */
  country: countryCode,
  /** WGS 84 point for the map, set by editors (the reports give none): city centre or centroid. */
  coordinates: record({
    /** Latitude, −90 to 90. */
    lat: z.number().min(-90, { error: 'latitude must be between -90 and 90' }).max(90, { error: 'latitude must be between -90 and 90' }),
    /** Longitude, −180 to 180. */
    lon: z.number().min(-180, { error: 'longitude must be between -180 and 180' }).max(180, { error: 'longitude must be between -180 and 180' }),
  }),
  /** Editor's note on reading the name, if needed; `null` otherwise. */
  note: text.nullable().default(null),
  ...speakerFields,
  /** Verbatim passage that names the place in this role. */
  evidence,
  /** Our English translation of `evidence` when the report is not in English; shown labelled as our translation. */
  gloss: text.nullable().default(null),
  /** What we read into the passage that it does not state (here only `speaker`), with its basis. */
  readings,
});

export type Location = z.output<typeof locationSchema>;
