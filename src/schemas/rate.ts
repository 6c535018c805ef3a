/** Exchange rates used for conversions (`content/rates/`), each with its date and source. */
import { z } from 'zod';
import { rateProblem } from '../lib/rate-ranges.ts';
import { currencyCode, partialDateString, record, slug, text } from './common.ts';

export const rateSchema = record({
  /** Currency converted from: one unit of `base` is worth `value` units of `quote`. */
  base: currencyCode,
  /** Currency converted to. */
  quote: currencyCode,
  /** Units of `quote` per one unit of `base`, e.g. `21.97` MXN per EUR. */
  value: z.number({ error: 'a rate must be a finite number' }).positive({ error: 'a rate must be a positive number' }),
  /** Date the rate is for: a full day (`"2025-06-02"`); a month or a year is refused. */
  date: partialDateString.refine((d) => /^\d{4}-\d{2}-\d{2}$/.test(d), { error: 'a rate is for one day: write the date as "YYYY-MM-DD"' }),
  /** True when the source gives the rate only roughly ("about 3.4 BRL to the euro"); shown as "about". */
  approximate: z.boolean().default(false),
  /** What kind of figure it is, e.g. "average closing rate". */
  kind: text,
  /** Id of the reference in `content/references/` that publishes it. */
  source: slug,
  /** Why this rate was chosen; shown in the methodology. */
  why: text,
}).superRefine((r, ctx) => {
  if (r.base === r.quote) ctx.addIssue({ code: 'custom', path: ['quote'], message: 'base and quote must differ' });
  else {
    const problem = rateProblem(r.base, r.quote, r.value);
    if (problem) ctx.addIssue({ code: 'custom', path: ['value'], message: problem });
  }
});

export type Rate = z.output<typeof rateSchema>;
