/**
 * Plausible exchange rates, to catch a rate entered the wrong way round or with a slipped
 * decimal. Each entry is a range of units of the currency per one euro.
 *
 * These ranges are bounds the project sets, not figures from a published series: each is placed
 * well beyond the rates the currency is known to have traded at against the euro since 1999, then
 * widened. Coarse bounds are enough, and safe both ways:
 * - a reversed rate is off by the square of the rate (0.046 instead of 21.97 pesos per euro, a
 *   factor of about 480) and a slipped decimal by ten, far outside every band away from parity;
 * - a real rate outside its band is never used silently: the build fails naming the rate file,
 *   and the fix is to widen that entry here.
 * Pairs near parity (EUR/USD, EUR/GBP, EUR/CHF) cannot be told from their reverse by range alone.
 * This table never supplies a rate: every rate shown comes from `content/rates/`, with its source.
 */
export const UNITS_PER_EURO: Record<string, readonly [number, number]> = {
  EUR: [1, 1],
  USD: [0.7, 1.8],
  GBP: [0.5, 1.05],
  CHF: [0.85, 1.8],
  JPY: [80, 190],
  CAD: [1.1, 1.85],
  AUD: [1.1, 2.3],
  SEK: [7.5, 12.5],
  NOK: [7, 12.5],
  DKK: [7.3, 7.6],
  PLN: [3, 5.2],
  MXN: [7, 40],
  BRL: [1.5, 10],
  CNY: [6, 12],
  INR: [35, 150],
  KRW: [900, 2500],
  ZAR: [5, 30],
};

/** Units of `quote` per one `base` that are plausible, or null when the table lacks a currency. */
export function plausibleRate(base: string, quote: string): readonly [number, number] | null {
  const b = UNITS_PER_EURO[base];
  const q = UNITS_PER_EURO[quote];
  if (!b || !q) return null;
  return [q[0] / b[1], q[1] / b[0]];
}

/** Why a rate is implausible for its pair, or null. */
export function rateProblem(base: string, quote: string, value: number): string | null {
  const range = plausibleRate(base, quote);
  const missing = [base, quote].filter((c) => !UNITS_PER_EURO[c]);
  if (!range) return `no plausible range is known for ${missing.join(' and ')}: add a wide range of its units per euro to src/lib/rate-ranges.ts`;
  const [low, high] = range;
  if (value >= low && value <= high) return null;
  const reversed = 1 / value >= low && 1 / value <= high;
  const fmt = (n: number) => n.toPrecision(3);
  return `${value} ${quote} per ${base} is outside the plausible range ${fmt(low)}–${fmt(high)}${reversed ? `: it looks reversed (that is ${base} per ${quote}); swap base and quote or write ${fmt(1 / value)}` : ''}`;
}
