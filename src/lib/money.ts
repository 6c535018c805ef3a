/**
 * Money and quantities: absolute values, conversion through a dated rate, and the one number
 * formatter of the site. Every number a surface shows goes through `formatNumber`, in one of
 * its named forms and the page's language, so a figure reads the same wherever it appears.
 */
import type { Amount, Money, Quantity } from '../schemas/amount.ts';
import { scales } from '../schemas/amount.ts';
import type { Rate } from '../schemas/rate.ts';
import type { Messages } from './i18n.ts';
import { numberFormat } from './intl.ts';

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

/** The significant figures a converted figure is rounded to, everywhere it is shown. */
export const SIGNIFICANT_FIGURES = 2;

/** Rounds to a number of significant figures, so converted figures claim no false precision. */
export function roundSignificant(value: number, digits = SIGNIFICANT_FIGURES): number {
  if (value === 0) return 0;
  const magnitude = Math.floor(Math.log10(Math.abs(value))) - digits + 1;
  const factor = 10 ** magnitude;
  return Math.round(value / factor) * factor;
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

// ---- words ---------------------------------------------------------------------------------
// Hedges, scopes, units and periods in words come from the catalogue (`hedge.*`, `scope.*`,
// `unit.*`, `period.*`): the same figure reads the same in each language, worded for it.

/** The period in words that stand alone: "per year", "period not stated", "cumulative (“by 2025”)". */
export function periodText(amount: Pick<Amount, 'period' | 'periodWords'>, m: Messages): string {
  const label = m.t(`period.${amount.period}`);
  // The report's own words when they say more than our label: a cumulative figure's span ("by 2025",
  // "over 3 years"). Words of a yearly or one-off period ("per year", "annually") only repeat the label, in any language.
  return amount.period === 'cumulative' && amount.periodWords ? m.t('period.withWords', { label, words: amount.periodWords }) : label;
}

export function scopeLabel(scope: Amount['scope'], m: Messages): string {
  return m.t(`scope.${scope}`);
}

// ---- the formatter ------------------------------------------------------------------------

/**
 * The forms a number is written in:
 * - `full`: as the report gives it, scale word kept ("about 3 million MXN"); a conversion of
 *   ours is marked "≈" and rounded to two significant figures ("≈ 140,000 EUR");
 * - `plain`: the same without "≈", for text whose font or reader has no such sign ("about 140,000 EUR");
 * - `compact`: scale in words, for chart labels ("≈ 140 thousand EUR");
 * - `axis`: bare number with a k/m/bn suffix, for ticks ("140k");
 * - `short`: currency sign and k/m/bn, for the large figures of link cards ("about €140k").
 * Numbers are written for the catalogue's locale (`Messages.locale`): "11,000" in English,
 * "11 000" in French; the value underneath is the same.
 */
export const FORMS = ['full', 'plain', 'compact', 'axis', 'short'] as const;
export type NumberForm = (typeof FORMS)[number];

/** What `formatNumber` writes: an amount, or a conversion of ours (then `converted` is true and `scale` is `one`). */
export type Formattable = Pick<Amount, 'value' | 'scale' | 'hedge'> &
  ({ kind: 'money'; currency: string } | { kind: 'quantity'; unit: Quantity['unit'] }) & {
    /** True for a value we converted (and rounded): "≈" or "about" is then ours. */
    converted?: boolean;
  };

/** Hedges that say which side of the number the truth lies: kept before a conversion's own "≈". */
const DIRECTIONAL = new Set<Amount['hedge']>(['nearly', 'more-than', 'at-least', 'up-to']);

/** English compact suffixes in lower case, as the house style writes them: `140k`, `250m`, `1.5bn`. */
const lowerSuffixes = (text: string) =>
  text
    .replace(/(\d)K$/, '$1k')
    .replace(/(\d)M$/, '$1m')
    .replace(/(\d)B$/, '$1bn')
    .replace(/(\d)T$/, '$1tn');

/** `0`, `60`, `140k`, `250m`, `1.5bn` in English; `140 k`, `250 M`, `1,5 Md` in French. */
function axisNumber(value: number, locale: string): string {
  if (value === 0) return '0';
  return lowerSuffixes(numberFormat(locale, { notation: 'compact', compactDisplay: 'short', maximumFractionDigits: 1 }).format(value));
}

/** `€140k`, `US$1.5m`, `A$60` in English; `140 k€` in French: the currency's own sign, compact. */
function shortMoney(value: number, currency: string, locale: string): string {
  return lowerSuffixes(numberFormat(locale, { style: 'currency', currency, notation: 'compact', maximumSignificantDigits: 3 }).format(value));
}

/**
 * The hedge's words before the number. A conversion of ours is marked "≈" (or "about" where the
 * sign cannot go), after any directional hedge of the report: "more than ≈ 140,000 EUR".
 */
function hedgeWords(n: Formattable, form: NumberForm, m: Messages): string {
  if (form === 'axis') return '';
  const words = (hedge: Amount['hedge']) => (hedge === 'exact' ? '' : m.t(`hedge.${hedge}`));
  if (!n.converted) return words(n.hedge);
  const ours = form === 'full' || form === 'compact' ? '≈' : m.t('hedge.about');
  return DIRECTIONAL.has(n.hedge) ? `${words(n.hedge)} ${ours}` : ours;
}

/** One number in one form, with its hedge and its currency or unit, in the catalogue's language. */
export function formatNumber(n: Formattable, form: NumberForm, m: Messages): string {
  const value = absoluteValue(n);
  const unit = n.kind === 'money' ? n.currency : m.t(`unit.${n.unit}`, { count: value });
  let body: string;
  switch (form) {
    case 'full':
    case 'plain':
      // Grouped from four digits in every language, so a figure reads as its neighbours do ("5.000" beside "20.000", where Spanish would write "5000").
      body = `${n.scale === 'one' ? numberFormat(m.locale, { maximumFractionDigits: 2, useGrouping: 'always' }).format(n.value) : m.t(`scale.${n.scale}`, { count: n.value })} ${unit}`;
      break;
    case 'compact':
      body = `${numberFormat(m.locale, { notation: 'compact', compactDisplay: 'long', maximumSignificantDigits: 3 }).format(value)} ${unit}`;
      break;
    case 'axis':
      body = axisNumber(value, m.locale);
      break;
    case 'short':
      body = n.kind === 'money' ? shortMoney(value, n.currency, m.locale) : `${axisNumber(value, m.locale)} ${unit}`;
      break;
  }
  const hedge = hedgeWords(n, form, m);
  // A figure never breaks across lines: its number, scale word and currency or unit hold together, and so does a "≈" before it.
  return [hedge.endsWith('≈') ? `${hedge}${NBSP}` : hedge && `${hedge} `, keepTogether(body)].join('');
}

const NBSP = '\u00a0';

/**
 * The spaces of `text` as no-break spaces (U+00A0), so a line never breaks inside it: a figure
 * with its scale word and currency ("250 million EUR"), a date ("2 de junio de 2025"). Narrow
 * no-break spaces (U+202F, French digit groups) stay as they are.
 */
export function keepTogether(text: string): string {
  return text.replace(/ /g, NBSP);
}

/** The scale words written after a number in the editions' languages ("250 million", "200 millions", "3 millones"). */
export const SCALE_WORDS = /thousand|million|billion|mille|milliers?|millions?|milliards?|mil|millón|millones/u;
const NUMBER_BEFORE_ITS_WORD = new RegExp(`(\\d) (?=(?:${SCALE_WORDS.source})\\b|[A-Z]{3}\\b|[€$£])`, 'gu');

/**
 * The same for the numbers inside a sentence of ours: a number holds to the scale word or currency
 * after it ("200 millions", "3 millones de pesos" keep "200 millions", "3 millones" whole).
 */
export function keepNumbersTogether(text: string): string {
  return text.replace(NUMBER_BEFORE_ITS_WORD, `$1${NBSP}`);
}

/** Every form of a number, for a view to carry and a test to look for. */
export function allForms(n: Formattable, m: Messages): Record<NumberForm, string> {
  return Object.fromEntries(FORMS.map((form) => [form, formatNumber(n, form, m)])) as Record<NumberForm, string>;
}

/** A value we converted into `currency`, rounded to two significant figures, as `formatNumber` takes it. */
export function convertedNumber(value: number, currency: string, hedge: Amount['hedge']): Formattable {
  return { kind: 'money', currency, value: roundSignificant(value), scale: 'one', hedge, converted: true };
}

/** An exchange rate's value as published, up to six decimals: `21.97`, `151.123456` (`21,97` in French). */
export function formatRateValue(value: number, locale: string): string {
  return numberFormat(locale, { maximumFractionDigits: 6 }).format(value);
}

/** A ratio between two figures of one measure, to two significant figures: `2`, `9.4`, `15,000`. */
export function formatRatio(ratio: number, locale: string): string {
  return numberFormat(locale, { maximumSignificantDigits: 2 }).format(ratio);
}

/** The amount with its hedge and currency or unit, as the report gives it: "about 3 million MXN". */
export function formatAmount(amount: Formattable, m: Messages): string {
  return formatNumber(amount, 'full', m);
}
