/**
 * Money on the comparison page: each amount as stated, then converted with the rate named
 * beside it, and a bar chart on a logarithmic scale whose gridlines say so.
 */
import type { Article } from '../schemas/article.ts';
import type { Amount, Money } from '../schemas/amount.ts';
import type { Rate } from '../schemas/rate.ts';
import type { Reference } from '../schemas/reference.ts';
import { voiceOf } from './article-view.ts';
import { REPORT_VOICE } from '../schemas/article.ts';
import { convertMoney, formatAmount, formatConverted, periodLabel, scopeLabel } from './money.ts';
import { formatPartialDate, partialDate } from './partial-date.ts';

export interface RateNote {
  /** "1 EUR = 21.97 MXN". */
  text: string;
  kind: string;
  /** "2 June 2025". */
  date: string;
  source: { label: string; publisher: string; url: string };
}

export interface MoneyRow {
  side: number;
  id: string;
  /** "about 3 million MXN". */
  stated: string;
  /** The hedge as printed ("environ"), shown in the report's language. */
  hedgeWords: string | null;
  period: string;
  scope: string;
  /** The scope as data, for comparing sides. */
  scopeKey: Amount['scope'];
  what: string;
  /** How we read a currency the report does not name (a bare "$"); `null` when it names it. */
  currencyBasis: string | null;
  statedBy: string;
  /** True when a named person, not the outlet's own voice, gives the figure. */
  named: boolean;
  /** Converted value (unrounded), for the chart. */
  value: number;
  /** "≈ 140,000 EUR", or null when the amount is already in the target currency. */
  converted: string | null;
  rate: RateNote | null;
  evidenceHref: string;
}

export interface MoneySide {
  article: Article;
  /** Link to the article page; evidence anchors are appended to it. */
  url: string;
  anchors: Map<string, string>;
}

/** The period in words that stand alone in a list: "per year", "period not stated". */
export function periodText(amount: Pick<Amount, 'period' | 'periodWords'>): string {
  const label = amount.period === 'unspecified' ? 'period not stated' : periodLabel(amount.period);
  return amount.periodWords ? `${label} (“${amount.periodWords}”)` : label;
}

/** "1 EUR = 21.97 MXN", always from the rate as published. */
export function rateText(rate: Rate): string {
  return `1 ${rate.base} = ${rate.approximate ? 'about ' : ''}${new Intl.NumberFormat('en-GB', { maximumFractionDigits: 6 }).format(rate.value)} ${rate.quote}`;
}

export function evidenceLink(side: MoneySide, factId: string): string {
  const anchor = side.anchors.get(factId);
  if (!anchor) throw new Error(`no evidence anchor for "${factId}"`);
  return `${side.url}#${anchor}`;
}

/** Every money amount of both sides, as stated and converted into `currency`. */
export function moneyRows(sides: MoneySide[], currency: string, rates: Rate[], references: Map<string, Reference>): MoneyRow[] {
  return sides.flatMap((side, index) =>
    side.article.amounts
      .filter((a): a is Money => a.kind === 'money')
      .map((amount) => {
        const result = convertMoney(amount, currency, rates);
        let rate: RateNote | null = null;
        if (result.rate) {
          const r = result.rate.rate;
          const ref = references.get(r.source);
          if (!ref) throw new Error(`rate source "${r.source}" is not a reference`);
          rate = { text: rateText(r), kind: r.kind, date: formatPartialDate(partialDate(r.date)), source: { label: ref.label, publisher: ref.publisher, url: ref.url } };
        }
        return {
          side: index,
          id: amount.id,
          stated: formatAmount(amount),
          hedgeWords: amount.hedgeWords,
          period: periodText(amount),
          scope: scopeLabel(amount.scope),
          scopeKey: amount.scope,
          what: amount.what,
          currencyBasis: amount.currencyBasis,
          statedBy: voiceOf(side.article, amount.statedBy),
          named: amount.statedBy !== REPORT_VOICE,
          value: result.converted,
          converted: result.rate ? formatConverted(result.converted, currency) : null,
          rate,
          evidenceHref: evidenceLink(side, amount.id),
        };
      }),
  );
}

const compact = new Intl.NumberFormat('en-GB', { notation: 'compact', compactDisplay: 'long', maximumSignificantDigits: 2 });

/** Axis label for a power of ten: `100k`, `1m`, `10bn` (the caption spells the suffixes out). */
export function powerLabel(power: number): string {
  const [suffix, base] = power >= 9 ? ['bn', 9] : power >= 6 ? ['m', 6] : power >= 3 ? ['k', 3] : ['', 0];
  return `${10 ** (power - base)}${suffix}`;
}

/** "140 thousand", "2 billion": short enough for chart labels. */
export function formatCompact(value: number): string {
  return compact.format(value);
}

export interface ChartBar {
  id: string;
  side: number;
  y: number;
  width: number;
  label: string;
  value: string;
  labelY: number;
  /** Baseline of the value, beside the bar's end of the plot. */
  valueY: number;
}

export interface ChartGroup {
  side: number;
  y: number;
}

export interface MoneyChart {
  width: number;
  height: number;
  /** x of the axis origin (the smallest power of ten shown). */
  x0: number;
  ticks: { x: number; label: string }[];
  groups: ChartGroup[];
  bars: ChartBar[];
  /** Largest value divided by smallest: what a linear scale would have to show. */
  ratio: number;
  /** Powers of ten between smallest and largest, rounded down. */
  orders: number;
  axisY: number;
}

/**
 * Bars on a log10 scale from the power of ten below the smallest value to the one above the
 * largest; one group of bars per side, in side order; one gridline per power of ten.
 */
export function moneyChart(rows: Pick<MoneyRow, 'id' | 'side' | 'value' | 'scope' | 'period'>[], currency: string, width = 340): MoneyChart {
  const positive = rows.filter((r) => r.value > 0);
  if (positive.length === 0) return { width, height: 0, x0: 0, ticks: [], groups: [], bars: [], ratio: 1, orders: 0, axisY: 0 };
  const values = positive.map((r) => r.value);
  const min = Math.min(...values);
  const max = Math.max(...values);
  const lo = Math.floor(Math.log10(min));
  const hi = Math.max(Math.ceil(Math.log10(max)), lo + 1);
  const x0 = 14;
  // Bars use the left 60 %; the value is written in the rest, so no label sits on a bar.
  const plot = width * 0.6 - x0;
  const x = (v: number) => x0 + ((Math.log10(v) - lo) / (hi - lo)) * plot;
  const groupHeight = 22;
  const barHeight = 34;
  let y = 0;
  const groups: ChartGroup[] = [];
  const bars: ChartBar[] = [];
  for (const side of [...new Set(positive.map((r) => r.side))].sort((a, b) => a - b)) {
    groups.push({ side, y: y + 15 });
    y += groupHeight;
    for (const r of positive.filter((p) => p.side === side)) {
      bars.push({ id: r.id, side, labelY: y + 12, y: y + 17, width: Math.max(1, Math.round((x(r.value) - x0) * 10) / 10), label: `${r.scope}, ${r.period.replace(/ \(.*\)$/, '')}`, value: `≈ ${formatCompact(r.value)} ${currency}`, valueY: y + 26 });
      y += barHeight;
    }
  }
  const axisY = y + 4;
  const ticks = [];
  for (let p = lo; p <= hi; p++) ticks.push({ x: Math.round(x(10 ** p) * 10) / 10, label: powerLabel(p) });
  return { width, height: axisY + 22, x0, ticks, groups, bars, ratio: max / min, orders: Math.floor(Math.log10(max / min)), axisY };
}

/**
 * A warning when no money figure on one side covers the same scope as any on the other (a
 * programme budget beside a national yearly spend); `null` when some pair is like for like.
 */
const SCOPE_PHRASES: Record<Amount['scope'], string> = {
  programme: 'the programme itself',
  project: 'single projects',
  organisation: 'whole organisations',
  regional: 'a whole region',
  national: 'the whole country',
};

export function scopeWarning(rows: Pick<MoneyRow, 'side' | 'scopeKey'>[], names: [string, string]): string | null {
  const scopes = [0, 1].map((side) => [...new Set(rows.filter((r) => r.side === side).map((r) => SCOPE_PHRASES[r.scopeKey]))]);
  const [left, right] = scopes as [string[], string[]];
  if (left.length === 0 || right.length === 0 || left.some((s) => right.includes(s))) return null;
  const list = (items: string[]) => (items.length > 1 ? `${items.slice(0, -1).join(', ')} and ${items.at(-1)}` : items[0]);
  return `${names[0]}’s money figures cover ${list(left)}; ${names[1]}’s cover ${list(right)}. No figure has the same scope on both sides, so none can be set directly against another.`;
}
