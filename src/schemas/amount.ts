/**
 * Amounts the report gives: money (with an ISO 4217 currency) and other quantities (with a
 * unit). The number is kept with the words around it: hedge, period, scope and who states it.
 */
import { z } from 'zod';
import { currencyCode, evidence, slug, text, record } from './common.ts';

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
  /** The hedge's words as printed ("environ", "approximately"); `null` when `hedge` is `exact`. */
  hedgeWords: text.nullable().default(null),
  /** Over what time the figure runs: `one-off`, `per-year`, `cumulative`, or `unspecified`. */
  period: z.enum(periods),
  /** The period's words when the report gives a horizon or span, e.g. "by 2025"; `null` otherwise. */
  periodWords: text.nullable().default(null),
  /** What the figure covers: this programme, one project, a whole organisation, a region, a nation. */
  scope: z.enum(scopes),
  /** What it counts or pays for, in one English phrase: "the sponsor's contribution to the programme". */
  what: text,
  /** Who states it: a person id from `people`, or `report` for the outlet's own voice. */
  statedBy: slug,
  /** Verbatim passage that states it. */
  evidence,
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
  /** ISO 4217 currency of the figure as stated, e.g. `MXN`. */
  currency: currencyCode,
  /**
   * What the money is: `investment` (money put into this initiative), `spending` (an
   * organisation's spending or production budget at large), `budget` (the initiative's own
   * budget), `economic-impact` (an estimated effect on an economy, not money spent).
   */
  measure: z.enum(measures),
  /**
   * How we read the currency when the report does not name it (a bare "$"), in one English
   * sentence: "The report writes "$"; the programme and its outlet are Australian." `null` when
   * the report names the currency.
   */
  currencyBasis: text.nullable().default(null),
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
