/** Dates the report gives or implies, at the precision it gives them. */
import { z } from 'zod';
import { evidence, partialDateString, readings, record, slug, speakerFields, text } from './common.ts';

const common = {
  /** Stable slug, unique among all facts of the article, e.g. `launch`. */
  id: slug,
  /** Partial ISO date as a quoted string: `"2025"`, `"2025-05"`, `"2025-07-12"`. */
  date: partialDateString,
  /** What happens or happened then, in one English phrase. */
  event: text,
  /** Whether it has happened (`past`) or is announced (`planned`) as of the report. */
  tense: z.enum(['past', 'planned']),
  ...speakerFields,
  /** Verbatim passage that states or points to the date ("ce samedi"). */
  evidence,
  /** Our English translation of `evidence` when the report is not in English; shown labelled as our translation. */
  gloss: text.nullable().default(null),
  /** What we read into the passage that it does not state (here only `speaker`), with its basis. */
  readings,
};

/** A date the text states. */
const statedDate = record({
  /** `stated` when the text gives the date; `inferred` when we derive it; `undated` for a planned event with no date. */
  status: z.literal('stated'),
  ...common,
  /**
   * The exact words of ONE date expression inside `evidence`, on word boundaries ("In May 2025",
   * "le 5 octobre 2026", "by 2025"): read into year, month and day, they must give `date` exactly.
   */
  stated: text,
});

/** What an inferred date rests on: another source (`reference`) or the report's own metadata (its dateline, byline date). */
export const basisKinds = ['reference', 'report-metadata'] as const;

/** A date we infer; the inference and what it rests on are shown wherever the date is. */
const inferredDate = record({
  /** `stated` when the text gives the date; `inferred` when we derive it; `undated` for a planned event with no date. */
  status: z.literal('inferred'),
  /** How we got it, in one or two English sentences. */
  basis: text.optional(),
  /** What the inference rests on: `reference` (then `basisSource` names it) or `report-metadata` (the report's own date). */
  basisKind: z.enum(basisKinds).default('reference'),
  /** Id of the secondary source (in `content/references/`) the inference rests on; only with `basisKind: reference`. */
  basisSource: slug.optional(),
  /**
   * How the source the inference reads (`basisSource`, or the report for `report-metadata`) speaks
   * of the event: `past` when it reports it, `planned` when it announces it; `tense` when left out.
   * A reported event is no later than that source's date, an announced one no earlier.
   */
  basisTense: z.enum(['past', 'planned']).optional(),
  ...common,
  /**
   * The words of the passage that give part of the date, when it gives some ("le 20 septembre",
   * "ce samedi"): the parts they give (year, month, day, weekday) must agree with `date`; the
   * rest is the inference.
   */
  stated: text.optional(),
}).superRefine((value, ctx) => {
  if (!value.basis) ctx.addIssue({ code: 'custom', path: ['basis'], message: 'an inferred date needs its basis: say how it was inferred' });
  if (value.basisKind === 'reference' && !value.basisSource)
    ctx.addIssue({
      code: 'custom',
      path: ['basisSource'],
      message: 'an inferred date needs basisSource: the id of the reference it rests on (or basisKind: report-metadata)',
    });
  if (value.basisKind === 'report-metadata' && value.basisSource)
    ctx.addIssue({
      code: 'custom',
      path: ['basisSource'],
      message: "a date inferred from the report's own metadata names no other source: remove basisSource",
    });
});

/** An event the report announces without any date ("a second edition is planned"). */
const undatedEvent = record({
  /** `stated` when the text gives the date; `inferred` when we derive it; `undated` for a planned event with no date. */
  status: z.literal('undated'),
  ...common,
  /** No date: the report gives none and we infer none. */
  date: z.null({ error: 'an undated event has date: null' }),
  /** Always `planned`: an event that happened has a date, stated or inferred. */
  tense: z.literal('planned', { error: 'an undated event is planned: a past event has a date, stated or inferred' }),
});

export const dateSchema = z.discriminatedUnion('status', [statedDate, inferredDate, undatedEvent], {
  error: 'status must be "stated", "inferred" or "undated"',
});

export type DateFact = z.output<typeof dateSchema>;
/** A date fact with a date: stated or inferred. */
export type DatedFact = Exclude<DateFact, { status: 'undated' }>;
