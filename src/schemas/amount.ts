/**
 * Amounts the report gives: money (with an ISO 4217 currency) and other quantities (with a
 * unit). The number is kept with the words around it: hedge, period, scope and who states it.
 */
import { z } from 'zod';
import { currencyCode, evidence, readings, record, slug, speaker, text } from './common.ts';

export const scales = { one: 1, thousand: 1e3, million: 1e6, billion: 1e9 } as const;
/** Largest figure a report can plausibly state (ten trillion): more is a typing slip, and would overflow the charts. */
export const MAX_AMOUNT = 1e13;

export const hedges = ['exact', 'about', 'nearly', 'more-than', 'at-least', 'up-to', 'estimated'] as const;
export const periods = ['one-off', 'per-year', 'cumulative', 'unspecified'] as const;
export const scopes = ['programme', 'project', 'organisation', 'regional', 'national'] as const;
/**
 * What a money figure measures (closed list). Figures of different measures are never set
 * side by side in a chart, a ratio or a "times larger" sentence.
 */
export const measures = ['investment', 'spending', 'budget', 'economic-impact'] as const;
/**
 * Whose total a money figure is: `share` when it is one contributor's part of a larger total the
 * report speaks of (the sponsor's share of a programme others fund too), `whole` when it is all of
 * what `what` describes.
 */
export const portions = ['share', 'whole'] as const;
/** What a quantity counts; `days` to `years` are durations ("a three-year pilot", "over 20 years"). */
export const units = [
  'jobs',
  'square-metres',
  'courses',
  'companies',
  'clips',
  'projects',
  'productions',
  'people',
  'days',
  'weeks',
  'months',
  'years',
] as const;

const common = {
  /** Stable slug, unique among all facts of the article, e.g. `netflix-contribution`. */
  id: slug,
  /** The number as written, before `scale`: "trois millions" is `value: 3, scale: million`. */
  value: z
    .number({ error: 'value must be a finite number' })
    .nonnegative({ error: 'value must not be negative' })
    .max(MAX_AMOUNT, { error: `value must be at most ${MAX_AMOUNT.toExponential()}` }),
  /** Word multiplier as written ("million", "billion"); `one` when the figure is written out. */
  scale: z.enum(Object.keys(scales) as [keyof typeof scales, ...(keyof typeof scales)[]]).default('one'),
  /** How the report hedges the figure: "environ" → `about`, "more than" → `more-than`; `exact` if unhedged. */
  hedge: z.enum(hedges),
  /**
   * The hedge's words as printed ("environ", "approximately"), inside `stated` or just before it;
   * `null` when `hedge` is `exact` or is our reading (`readings.hedge`).
   */
  hedgeWords: text.nullable().default(null),
  /** Over what time the figure runs: `one-off`, `per-year`, `cumulative`, or `unspecified`. */
  period: z.enum(periods),
  /**
   * The period's words as printed, in the evidence ("per year", "par an", "by 2025"); they must
   * mean `period`. Required for any period but `unspecified`, unless `readings.period` gives it.
   */
  periodWords: text.nullable().default(null),
  /** What the figure covers: this programme, one project, a whole organisation, a region, a nation. */
  scope: z.enum(scopes),
  /** What it counts or pays for, in one English phrase: "the sponsor's contribution to the programme". */
  what: text,
  /**
   * Who states it: a person id from `people`, `report` for the outlet's own voice, or `unnamed`
   * for a speaker the report does not name. A person the passage does not name needs
   * `readings.speaker`.
   */
  statedBy: speaker,
  /** The words by which the text refers to an unnamed speaker (“elle”); only with `statedBy: unnamed`. */
  speakerWords: text.nullable().default(null),
  /** Verbatim passage that states it. */
  evidence,
  /**
   * The exact words of the figure inside `evidence`, on word boundaries: the hedge, the number
   * with its scale, and the currency or what is counted, as printed ("environ trois millions de
   * pesos", "more than 25,000 jobs", "1.5 billion" in a table cell). The check reads these words,
   * and only these, into the hedge, value, scale, currency or unit, and compares each.
   */
  stated: text,
  /** Fields the figure's words do not give, each with the basis of our reading (see `readings`). */
  readings,
  /** Our English rendering of `evidence` when the report is not in English; shown labelled as our translation. */
  gloss: text.nullable().default(null),
};

/** `value` × `scale` stays within `MAX_AMOUNT`. */
function checkMagnitude(amount: { value: number; scale: keyof typeof scales }, ctx: z.RefinementCtx) {
  const total = amount.value * scales[amount.scale];
  if (total > MAX_AMOUNT) {
    ctx.addIssue({
      code: 'custom',
      path: ['value'],
      message: `${amount.value} ${amount.scale} is ${total.toExponential(2)}, above the largest plausible figure (${MAX_AMOUNT.toExponential()})`,
    });
  }
}

export const moneySchema = record({
  /** `money` (needs `currency`) or `quantity` (needs `unit`). */
  kind: z.literal('money'),
  /**
   * ISO 4217 currency of the figure, e.g. `MXN`. Words that leave it open ("pesos", a bare "$")
   * or a figure without currency words (a table cell) need `readings.currency`.
   */
  currency: currencyCode,
  /**
   * What the money is: `investment` (money put into this initiative), `spending` (an
   * organisation's spending or production budget at large), `budget` (the initiative's own
   * budget), `economic-impact` (an estimated effect on an economy, not money spent).
   */
  measure: z.enum(measures),
  /**
   * Whose money it is: the id of the institution (in `institutions`) that puts it in or spends it
   * (for an economic impact: whose spending has the impact); `null` when the report does not say.
   * The published JSON Schema carries the same meaning, so a data user never reads an impact as money paid.
   */
  payer: slug
    .nullable()
    .describe(
      'Id of the institution (in institutions) that puts the money in or spends it; null when the report does not say. For measure economic-impact (an estimated effect on an economy), it is the institution whose spending has that impact, not money that institution pays: filter on measure before adding money up by payer.',
    ),
  /** `share` (one contributor's part of a larger total) or `whole` (all of what `what` describes). */
  portion: z.enum(portions),
  ...common,
}).superRefine(checkMagnitude);

export const quantitySchema = record({
  /** `money` (needs `currency`) or `quantity` (needs `unit`). */
  kind: z.literal('quantity'),
  /** What is counted (closed list): `jobs`, `square-metres`, `courses`, `companies`… */
  unit: z.enum(units),
  ...common,
}).superRefine(checkMagnitude);

export const amountSchema = z.discriminatedUnion('kind', [moneySchema, quantitySchema], {
  error: 'kind must be "money" (with currency) or "quantity" (with unit)',
});

export type Amount = z.output<typeof amountSchema>;
export type Money = z.output<typeof moneySchema>;
export type Quantity = z.output<typeof quantitySchema>;
