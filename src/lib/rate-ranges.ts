/**
 * Plausible exchange rates, to catch a rate entered the wrong way round or with a slipped
 * decimal. Each entry is the range of units of the currency per one euro, rounded outward from
 * the lowest and highest euro foreign exchange reference rates the European Central Bank
 * published from 1999 to 2025 (https://www.ecb.europa.eu/stats/policy_and_exchange_rates/euro_reference_exchange_rates/),
 * then widened so that no real rate of the period fails. A rate the wrong way round (0.046
 * instead of 21.97 pesos per euro) falls far outside; near-parity pairs (EUR/USD) cannot be
 * told from their reverse by range alone. To convert another currency, add its ECB range here.
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
  MXN: [7, 31],
  BRL: [1.5, 7.5],
  CNY: [6, 12],
  INR: [35, 100],
  KRW: [900, 1800],
  ZAR: [5, 22],
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
  if (!range) return `no plausible range is known for ${missing.join(' and ')}: add its ECB euro reference range to src/lib/rate-ranges.ts`;
  const [low, high] = range;
  if (value >= low && value <= high) return null;
  const reversed = 1 / value >= low && 1 / value <= high;
  const fmt = (n: number) => n.toPrecision(3);
  return `${value} ${quote} per ${base} is outside the plausible range ${fmt(low)}–${fmt(high)}${reversed ? `: it looks reversed (that is ${base} per ${quote}); swap base and quote or write ${fmt(1 / value)}` : ''}`;
}
