/** Dates the report gives or implies, at the precision it gives them. */
import { z } from 'astro/zod';
import { evidence, partialDateString, slug, text, record } from './common.ts';

const common = {
  /** Stable slug, unique among all facts of the article, e.g. `launch`. */
  id: slug,
  /** Partial ISO date as a quoted string: `"2025"`, `"2025-05"`, `"2025-07-12"`. */
  date: partialDateString,
  /** What happens or happened then, in one English phrase. */
  event: text,
  /** Whether it has happened (`past`) or is announced (`planned`) as of the report. */
  tense: z.enum(['past', 'planned']),
  /** Verbatim passage that states or points to the date ("ce samedi"). */
  evidence,
};

/** A date the text states. */
const statedDate = record({
  /** `stated` when the text gives the date; `inferred` when we derive it (then `basis` is required). */
  status: z.literal('stated'),
  ...common,
});

/** A date we infer; the inference and what it rests on are shown wherever the date is. */
const inferredDate = record({
  /** `stated` when the text gives the date; `inferred` when we derive it (then `basis` is required). */
  status: z.literal('inferred'),
  /** How we got it, in one or two English sentences. */
  basis: text.optional(),
  /** Id of the secondary source (in `content/references/`) the inference rests on. */
  basisSource: slug.optional(),
  ...common,
}).superRefine((value, ctx) => {
  if (!value.basis) ctx.addIssue({ code: 'custom', path: ['basis'], message: 'an inferred date needs its basis: say how it was inferred' });
  if (!value.basisSource) ctx.addIssue({ code: 'custom', path: ['basisSource'], message: 'an inferred date needs basisSource: the id of the reference it rests on' });
});

export const dateSchema = z.discriminatedUnion('status', [statedDate, inferredDate], {
  error: 'status must be "stated" or "inferred"',
});

export type DateFact = z.output<typeof dateSchema>;
