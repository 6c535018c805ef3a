/**
 * A correction (`content/corrections/<id>.yaml`): one change we made to a published page after
 * publication. The affected page shows it with its date; `/methodology/` lists them all.
 * Adding a file is the whole procedure: the build checks it and puts it on both pages.
 */
import { z } from 'zod';
import { partialDateString, slug, text, record, webUrl } from './common.ts';

/** Kinds of page a correction can affect. */
export const correctedPageKinds = ['article', 'comparison'] as const;

export const correctionSchema = record({
  /** Day the correction was published, as a quoted full date: `"2026-12-03"`. */
  date: partialDateString.refine((d) => /^\d{4}-\d{2}-\d{2}$/.test(d), { error: 'a correction is dated to the day: "YYYY-MM-DD"' }),
  /** The page it affects. */
  page: record({
    /** `article` (a page under /articles/) or `comparison` (a page under /compare/). */
    kind: z.enum(correctedPageKinds),
    /** Id of that article or comparison: its file name in `content/articles/` or `content/comparisons/`. */
    id: slug,
  }),
  /** What was wrong, in one or two English sentences: "We gave the launch date as 13 July 2025." */
  wrong: text,
  /** What we corrected it to, and why: "It was 12 July 2025, per The Daily Courier." */
  corrected: text,
  /** Address of the reader's error report this answers (an issue of the site's repository, say); `null` when none. */
  report: webUrl.nullable().default(null),
});

export type CorrectionInput = z.input<typeof correctionSchema>;
export type Correction = z.output<typeof correctionSchema>;
