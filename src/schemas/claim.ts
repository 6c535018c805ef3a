/**
 * Claims worth checking: what the report asserts, checked against other reporting.
 * This is our analysis layer; the claim's own words stay in `evidence`.
 */
import { z } from 'zod';
import { evidence, record, slug, text } from './common.ts';

/** `unchecked`: no other source covers the claim, so it stands on the report alone (then `checks` is empty). */
export const claimStatuses = ['confirmed', 'contradicted', 'unclear', 'unchecked'] as const;

export const claimSchema = record({
  /** Stable slug, unique among all facts of the article, e.g. `two-billion-by-2025`. */
  id: slug,
  /** The claim, in one English sentence, attributed: "The report says …". */
  claim: text,
  /** Who makes it: a person id from `people`, or `report` for the outlet's own voice. */
  claimant: slug,
  /** Verdict against the references in `checks`. */
  status: z.enum(claimStatuses),
  /** What other reporting says, one entry per source consulted. */
  checks: z
    .array(
      record({
        /** Id of the secondary source in `content/references/`. */
        reference: slug,
        /** What that source says, paraphrased in one or two English sentences. */
        says: text,
      }),
    )
    .default([]),
  /**
   * Ids of the facts (amounts, dates, institutions…) of this article whose truth the check
   * bears on: wherever one of them is shown, this claim's status is shown beside it.
   */
  covers: z.array(slug).default([]),
  /** Verbatim passage of the body that makes the claim. */
  evidence,
  /** Our English rendering of `evidence` when the report is not in English; shown labelled as our translation. */
  gloss: text.nullable().default(null),
}).superRefine((c, ctx) => {
  if (c.status === 'unchecked' && c.checks.length > 0)
    ctx.addIssue({ code: 'custom', path: ['checks'], message: 'an unchecked claim has no checks: set a status from them, or remove them' });
  if (c.status !== 'unchecked' && c.checks.length === 0)
    ctx.addIssue({
      code: 'custom',
      path: ['checks'],
      message: 'a checked claim needs at least one reference (or status: unchecked when no other source covers it)',
    });
});

export type Claim = z.output<typeof claimSchema>;
