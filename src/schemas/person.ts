/** Named people: speakers, officials, artists. */
import { z } from 'astro/zod';
import { evidence, slug, text, record } from './common.ts';

export const personSchema = record({
  /** Stable slug, unique among all facts of the article, e.g. `alejandro-tavares`. */
  id: slug,
  /** Name as printed. */
  name: text,
  /** Title or function as the report gives it, in the report's language; `null` if none given. */
  title: text.nullable(),
  /** Id of the institution (in `institutions`) the title attaches them to; `null` if none. */
  affiliation: slug.nullable(),
  /** True when the report quotes their words directly. */
  quoted: z.boolean(),
  /** Verbatim passage that names them (with their title, if any). */
  evidence,
});

export type Person = z.output<typeof personSchema>;
