/** What the report is about: the initiative, in one record. */
import { z } from 'astro/zod';
import { countryCode, evidence, text } from './common.ts';

export const initiativeKinds = ['training-programme', 'school-and-heritage-projects', 'investment', 'other'] as const;

export const initiativeSchema = z.object({
  /** Short name used on the site, e.g. "Riverside Lab". */
  name: text,
  /** What kind of initiative it is (closed list). */
  kind: z.enum(initiativeKinds),
  /** Id of the institution (in `institutions`) that funds or promotes it, e.g. `netflix`. */
  sponsor: text,
  /** ISO 3166-1 alpha-2 country where it takes place. */
  country: countryCode,
  /** One sentence, in English, of what it is: our summary, backed by `evidence`. */
  summary: text,
  /** Verbatim passage of the body that names and describes the initiative. */
  evidence,
});

export type Initiative = z.output<typeof initiativeSchema>;
