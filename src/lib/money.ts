/**
 * Money and quantities: absolute values, conversion through a dated rate, and wording that
 * keeps the report's hedge, period and scope with the number.
 */
import type { Amount, Money } from '../schemas/amount.ts';
import { scales } from '../schemas/amount.ts';
import type { Rate } from '../schemas/rate.ts';

/** The figure as a plain number: `{ value: 3, scale: 'million' }` → 3 000 000. */
export function absoluteValue(amount: Pick<Amount, 'value' | 'scale'>): number {
  return amount.value * scales[amount.scale];
}

export interface RateUse {
  rate: Rate;
  /** True when the rate is quoted the other way round (we divide instead of multiply). */
  inverse: boolean;
}

/** A rate that converts `from` into `to`, in either direction; the latest dated one wins. */
export function findRate(rates: Rate[], from: string, to: string): RateUse | undefined {
  const candidates = rates
    .filter((r) => (r.base === from && r.quote === to) || (r.base === to && r.quote === from))
    .sort((a, b) => b.date.localeCompare(a.date, 'en'));
  const rate = candidates[0];
  return rate ? { rate, inverse: rate.base !== from } : undefined;
}

/** Converts a plain value with a rate found by `findRate`. */
export function convert(value: number, use: RateUse): number {
  return use.inverse ? value / use.rate.value : value * use.rate.value;
}

/** Rounds to a number of significant figures, so converted figures claim no false precision. */
export function roundSignificant(value: number, digits = 2): number {
  if (value === 0) return 0;
  const magnitude = Math.floor(Math.log10(Math.abs(value))) - digits + 1;
  const factor = 10 ** magnitude;
  return Math.round(value / factor) * factor;
}

const HEDGE_WORDS: Record<Amount['hedge'], string> = {
  exact: '',
  about: 'about',
  nearly: 'nearly',
  'more-than': 'more than',
  'at-least': 'at least',
  'up-to': 'up to',
  estimated: 'an estimated',
};

const SCOPE_WORDS: Record<Amount['scope'], string> = {
  programme: 'this initiative',
  project: 'one project',
  organisation: 'whole organisation',
  regional: 'regional',
  national: 'national',
};

const UNIT_WORDS: Record<string, [string, string]> = {
  jobs: ['job', 'jobs'],
  'square-metres': ['square metre', 'square metres'],
  courses: ['course', 'courses'],
  companies: ['company', 'companies'],
  clips: ['clip', 'clips'],
  projects: ['project', 'projects'],
  productions: ['production', 'productions'],
  people: ['person', 'people'],
  days: ['day', 'days'],
  weeks: ['week', 'weeks'],
  months: ['month', 'months'],
  years: ['year', 'years'],
};

const PERIOD_WORDS: Record<Amount['period'], string> = {
  'one-off': 'one-off',
  'per-year': 'per year',
  cumulative: 'cumulative',
  unspecified: 'not stated',
};

export function periodLabel(period: Amount['period']): string {
  return PERIOD_WORDS[period];
}

/** The hedge in our words: "about", "more than"; empty for `exact`. */
export function hedgeLabel(hedge: Amount['hedge']): string {
  return HEDGE_WORDS[hedge];
}
export function scopeLabel(scope: Amount['scope']): string {
  return SCOPE_WORDS[scope];
}

const numberFormat = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });

/** The number with its scale word: `3 million`, `11,000`, `1.5 billion`. */
export function formatFigure(amount: Pick<Amount, 'value' | 'scale'>): string {
  const figure = numberFormat.format(amount.value);
  return amount.scale === 'one' ? figure : `${figure} ${amount.scale}`;
}

/** The amount in English with its hedge and currency or unit: "about 3 million MXN", "more than 50 courses". */
export function formatAmount(amount: Amount): string {
  const hedge = HEDGE_WORDS[amount.hedge];
  const figure = formatFigure(amount);
  const tail = amount.kind === 'money' ? amount.currency : UNIT_WORDS[amount.unit]![absoluteValue(amount) === 1 ? 0 : 1];
  return [hedge, figure, tail].filter(Boolean).join(' ');
}

/** A converted money amount, rounded to two significant figures: "≈ 140,000 EUR". */
export function formatConverted(value: number, currency: string): string {
  return `≈ ${new Intl.NumberFormat('en-GB').format(roundSignificant(value, 2))} ${currency}`;
}

export interface ConvertedMoney {
  amount: Money;
  /** Value in the amount's own currency. */
  original: number;
  /** Value in the target currency (unrounded), or the original when no conversion was needed. */
  converted: number;
  currency: string;
  /** The rate used; `null` when the amount is already in the target currency. */
  rate: RateUse | null;
}

/** Converts a money amount into `currency`; throws when no rate allows it (the content check prevents that). */
export function convertMoney(amount: Money, currency: string, rates: Rate[]): ConvertedMoney {
  const original = absoluteValue(amount);
  if (amount.currency === currency) return { amount, original, converted: original, currency, rate: null };
  const rate = findRate(rates, amount.currency, currency);
  if (!rate) throw new Error(`no rate converts ${amount.currency} to ${currency}`);
  return { amount, original, converted: convert(original, rate), currency, rate };
}
