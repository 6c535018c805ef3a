/** Who the initiative trains or serves, and how, as the report describes it. */
import { z } from 'zod';
import { evidence, readings, record, slug, speakerFields, text } from './common.ts';

export const beneficiarySchema = record({
  /** Stable slug, unique among all facts of the article, e.g. `women-screenwriters`. */
  id: slug,
  /** The group, in one English phrase: "women screenwriters with advanced projects". */
  who: text,
  /** How they are served, in one English phrase: "elite adaptation workshop". */
  how: text,
  ...speakerFields,
  /** Verbatim passage that says so. */
  evidence,
  /** Our English translation of `evidence` when the report is not in English; shown labelled as our translation. */
  gloss: text.nullable().default(null),
  /** What we read into the passage that it does not state (here only `speaker`), with its basis. */
  readings,
});

export type Beneficiary = z.output<typeof beneficiarySchema>;
