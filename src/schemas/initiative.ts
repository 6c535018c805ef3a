/** What the report is about: the initiative, in one record. */
import { z } from 'zod';
import { isMappable } from '../lib/mappable.ts';
import { countryCode, evidence, readings, record, speakerFields, text } from './common.ts';

export const initiativeKinds = ['training-programme', 'school-and-heritage-projects', 'investment', 'other'] as const;

export const initiativeSchema = record({
  /** Short name used on the site, e.g. "Riverside Lab". */
  name: text,
  /** What kind of initiative it is (closed list). */
  kind: z.enum(initiativeKinds),
  /** Id of the institution (in `institutions`) that funds or promotes it, e.g. `netflix`. */
  sponsor: text,
  /** ISO 3166-1 alpha-2 country where it takes place (drawn as a map: one the map data has). */
  country: countryCode.refine(isMappable, {
    error: (issue) =>
      `the country maps have no shape for "${String(issue.input)}" (Natural Earth folds it into another country or leaves it out): give the country it belongs to, and the place in locations`,
  }),
  /** One sentence, in English, of what it is: our summary, backed by `evidence`. */
  summary: text,
  ...speakerFields,
  /** Verbatim passage of the body that names and describes the initiative. */
  evidence,
  /** Our English translation of `evidence` when the report is not in English; shown labelled as our translation. */
  gloss: text.nullable().default(null),
  /** What we read into the passage that it does not state (here only `speaker`), with its basis. */
  readings,
});

export type Initiative = z.output<typeof initiativeSchema>;
