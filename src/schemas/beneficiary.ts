/** Who the initiative trains or serves, and how, as the report describes it. */
import { z } from 'zod';
import { evidence, slug, text, record } from './common.ts';

export const beneficiarySchema = record({
  /** Stable slug, unique among all facts of the article, e.g. `women-screenwriters`. */
  id: slug,
  /** The group, in one English phrase: "women screenwriters with advanced projects". */
  who: text,
  /** How they are served, in one English phrase: "elite adaptation workshop". */
  how: text,
  /** Verbatim passage that says so. */
  evidence,
  /** Our English translation of `evidence` when the report is not in English; shown labelled as our translation. */
  gloss: text.nullable().default(null),
});

export type Beneficiary = z.output<typeof beneficiarySchema>;
