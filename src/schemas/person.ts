/** Named people: speakers, officials, artists. */
import { z } from 'zod';
import { evidence, readings, record, slug, speakerFields, text } from './common.ts';

export const personSchema = record({
  /** Stable slug, unique among all facts of the article, e.g. `ana-lima`. */
  id: slug,
  /** Name as printed. */
  name: text,
  /** Title or function as the report gives it, in the report's language; `null` if none given. */
  title: text.nullable(),
  /** Our English rendering of `title` when it is not in English; shown labelled as our translation. */
  titleGloss: text.nullable().default(null),
  /** Id of the institution (in `institutions`) the title attaches them to; `null` if none. */
  affiliation: slug.nullable(),
  /** Our note on the affiliation when the report leaves it open or dated ("former head, per the report's own byline"); `null` otherwise. */
  affiliationNote: text.nullable().default(null),
  /** True when the report quotes their words directly. */
  quoted: z.boolean(),
  ...speakerFields,
  /** Verbatim passage that names them (with their title, if any). */
  evidence,
  /** Our English translation of `evidence` when the report is not in English; shown labelled as our translation. */
  gloss: text.nullable().default(null),
  /** What we read into the passage that it does not state (here only `speaker`), with its basis. */
  readings,
});

export type Person = z.output<typeof personSchema>;
