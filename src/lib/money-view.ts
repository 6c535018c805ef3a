/**
 * Money on the comparison page: each amount as the fact view shows it (stated, converted with
 * its rate, status), and a dot plot with one axis per measure. Figures of different measures
 * never share an axis, a ratio or a sentence; a total is never drawn beside its own parts.
 */
import type { Article } from '../schemas/article.ts';
import type { Amount } from '../schemas/amount.ts';
import { capitaliseIn, MEASURE_ORDER, measureLabel, type ArticleFacts, type FigureView, type Measure } from './fact-view.ts';
import { listText, type Messages } from './i18n.ts';
import { formatNumber, formatRatio } from './money.ts';
import { dateSpan, partialDate } from './partial-date.ts';
import { distanceWords } from './timeline.ts';

export interface MoneyRow extends FigureView {
  side: number;
  /** Link to the highlighted passage on the article page. */
  evidenceHref: string;
  /** Link to the fact on the article page. */
  factHref: string;
}

export interface MoneySide {
  article: Article;
  /** Link to the article page; evidence anchors are appended to it. */
  url: string;
  anchors: Map<string, string>;
}

export function evidenceLink(side: Pick<MoneySide, 'url' | 'anchors'>, factId: string): string {
  const anchor = side.anchors.get(factId);
  if (!anchor) throw new Error(`no evidence anchor for "${factId}"`);
  return `${side.url}#${anchor}`;
}

/** Every money figure of both sides, from their fact views. */
export function moneyRows(sides: MoneySide[], facts: ArticleFacts[]): MoneyRow[] {
  return sides.flatMap((side, index) =>
    facts[index]!.figures.filter((f) => f.kind === 'money').map((f) => ({
      ...f,
      side: index,
      evidenceHref: evidenceLink(side, f.id),
      factHref: `${side.url}#fact-${f.id}`,
    })),
  );
}

/** A tick label: `0`, `250m`, `1.5bn` (the axis form of the one formatter). */
const axis = (value: number, m: Messages) => formatNumber({ kind: 'money', currency: 'EUR', value, scale: 'one', hedge: 'exact' }, 'axis', m);

/** "about 2 times", "about 15,000 times (4 orders of magnitude)": a ratio within one measure, in words. */
export function ratioWords(ratio: number, m: Messages): string {
  const orders = Math.floor(Math.log10(ratio));
  const value = formatRatio(ratio, m.locale);
  return orders >= 1 ? m.t('ratio.timesOrders', { ratio: value, orders }) : m.t('ratio.times', { ratio: value });
}

/** A step of 1, 2 or 5 × 10^n that gives about four intervals up to `max`. */
function niceStep(max: number): number {
  const raw = max / 4;
  const power = 10 ** Math.floor(Math.log10(raw));
  return [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw)!;
}

export interface Dot {
  id: string;
  side: number;
  /** Who and what: "Riverside Lab · this initiative · period not stated". */
  label: string;
  /**
   * "about €140k" (the short form: the figure is stated in full once on the page, by the key
   * figures or the table of every figure) and, when a claim check covers it, its status word.
   */
  value: string;
  status: FigureView['status'];
  x: number;
  /** Baseline of the label line; the dot sits on the line below it. */
  labelY: number;
  y: number;
  /** Where the value is written: right of the dot, or left of it when the dot is near the end. */
  valueX: number;
  valueAnchor: 'start' | 'end';
}

export interface DotGroup {
  measure: Measure;
  /** "Estimated economic impact". */
  title: string;
  scale: 'linear' | 'log';
  /** What the group shows, in words computed from its figures. */
  note: string;
  /** Totals drawn without their parts: "€2bn is the sum of €1.5bn + €500m …; the parts are not drawn". */
  omitted: string[];
  /** Each converted dot's value, whose money it is and its rate in short (value, date and source; the rate's kind and the figure as stated are in the table): "Riverside Lab, about €320k (StreamCo’s share): converted at 1 EUR = about 6.3 BRL (1 March 2024, Fixture Wire).". */
  rates: string[];
  /** Each flagged dot's value with its status in words: "Riverside Lab: about €2bn: timing contradicted: …". */
  statuses: string[];
  width: number;
  height: number;
  x0: number;
  x1: number;
  axisY: number;
  ticks: { x: number; label: string }[];
  dots: Dot[];
}

export interface MoneyChart {
  currency: string;
  groups: DotGroup[];
  /** One line: what the chart shows and the rule it keeps. */
  caption: string;
}

type ChartRow = Pick<
  MoneyRow,
  'id' | 'side' | 'value' | 'scope' | 'periodKey' | 'measure' | 'status' | 'statusText' | 'sumOf' | 'partOf' | 'inCurrency' | 'whose'
> & {
  converted?: MoneyRow['converted'];
};

const DAY = 86_400_000;

/**
 * A ratio of figures converted at rates far apart in time mixes exchange rates as well as
 * amounts: the caveat names the rates' dates. `null` when the conversions share a rate's date or
 * lie within three months.
 */
export function rateGapCaveat(rows: Pick<ChartRow, 'converted'>[], m: Messages): string | null {
  const rates = [...new Map(rows.flatMap((r) => (r.converted ? [[r.converted.rate.iso, r.converted.rate] as const] : []))).values()].sort((a, b) =>
    a.iso.localeCompare(b.iso, 'en'),
  );
  if (rates.length < 2) return null;
  const first = rates[0]!;
  const last = rates.at(-1)!;
  const days = (dateSpan(partialDate(last.iso)).start - dateSpan(partialDate(first.iso)).start) / DAY;
  if (days < 91) return null;
  return m.t('chart.rateGap', {
    dates: listText(
      rates.map((r) => r.date),
      m.locale,
    ),
    distance: distanceWords(days, true, m),
  });
}

/** One group's axis and dots; linear when its figures lie within one order of magnitude, else log10. */
function dotGroup(measure: Measure, rows: ChartRow[], names: string[], width: number, m: Messages): DotGroup {
  const x0 = 8;
  const x1 = width - 8;
  const values = rows.map((r) => r.value!);
  const min = Math.min(...values);
  const max = Math.max(...values);
  const ratio = max / min;
  const scale: DotGroup['scale'] = ratio >= 10 ? 'log' : 'linear';
  let x: (v: number) => number;
  const ticks: { x: number; label: string }[] = [];
  if (scale === 'log') {
    const lo = Math.floor(Math.log10(min));
    const hi = Math.max(Math.ceil(Math.log10(max)), lo + 1);
    x = (v) => x0 + ((Math.log10(v) - lo) / (hi - lo)) * (x1 - x0);
    for (let p = lo; p <= hi; p++) ticks.push({ x: x(10 ** p), label: axis(10 ** p, m) });
  } else {
    const step = niceStep(max);
    const top = Math.ceil(max / step) * step;
    x = (v) => x0 + (v / top) * (x1 - x0);
    for (let v = 0; v <= top + step / 2; v += step) ticks.push({ x: x(v), label: axis(v, m) });
  }
  const round = (n: number) => Math.round(n * 10) / 10;
  const rowHeight = 40;
  const dots: Dot[] = rows.map((r, i) => {
    const dx = round(x(r.value!));
    const right = dx < width * 0.6;
    return {
      id: r.id,
      side: r.side,
      label: `${names[r.side]} · ${r.scope} · ${m.t(`period.${r.periodKey}`)}`,
      value: `${r.inCurrency!.short}${r.status ? ` · ${m.t(`flag.${r.status}`)}` : ''}`,
      status: r.status,
      x: dx,
      labelY: i * rowHeight + 12,
      y: i * rowHeight + 26,
      valueX: right ? dx + 9 : dx - 9,
      valueAnchor: right ? 'start' : 'end',
    };
  });
  const note =
    rows.length === 1
      ? m.t('chart.oneFigure')
      : [m.t(scale === 'log' ? 'chart.ratioLog' : 'chart.ratioLinear', { ratio: ratioWords(ratio, m) }), rateGapCaveat(rows, m)].filter(Boolean).join(' ');
  const axisY = rows.length * rowHeight + 4;
  const rates = [
    ...new Set(
      rows.flatMap((r) =>
        r.converted
          ? [
              m.t('chart.rate', {
                name: names[r.side]!,
                value: r.inCurrency!.short,
                whose: r.whose ?? '',
                rate: r.converted.rate.short,
              }),
            ]
          : [],
      ),
    ),
  ];
  const statuses = rows.flatMap((r) => (r.statusText ? [m.t('chart.status', { name: names[r.side]!, value: r.inCurrency!.short, status: r.statusText })] : []));
  return {
    measure,
    title: capitaliseIn(measureLabel(measure, m), m.locale),
    scale,
    note,
    omitted: [],
    rates,
    statuses,
    width,
    height: axisY + 20,
    x0,
    x1,
    axisY,
    ticks: ticks.map((t) => ({ ...t, x: round(t.x) })),
    dots,
  };
}

/**
 * Dots grouped by measure (in `MEASURE_ORDER`), one axis each. A figure the report gives as the
 * sum of others is drawn and its parts are not; the group says so.
 */
export function moneyChart(rows: ChartRow[], names: string[], currency: string, m: Messages, width = 340): MoneyChart {
  const drawn = rows.filter((r) => r.value !== null && r.value > 0 && r.measure !== null);
  const byId = new Map(rows.map((r) => [r.id + ':' + r.side, r]));
  const groups: DotGroup[] = [];
  for (const measure of MEASURE_ORDER) {
    const members = drawn.filter((r) => r.measure === measure);
    const totals = new Set(members.filter((r) => r.sumOf.length > 0).map((r) => `${r.side}:${r.id}`));
    const shown = members.filter((r) => !(r.partOf && totals.has(`${r.side}:${r.partOf}`)));
    if (shown.length === 0) continue;
    const group = dotGroup(measure, shown, names, width, m);
    group.omitted = shown
      .filter((r) => r.sumOf.length > 0)
      .map((r) =>
        m.t('chart.omitted', {
          total: r.statusText ? m.t('common.withNote', { text: r.inCurrency!.short, note: r.statusText }) : r.inCurrency!.short,
          parts: r.sumOf.map((id) => byId.get(`${id}:${r.side}`)?.inCurrency?.short ?? id).join(' + '),
        }),
      );
    groups.push(group);
  }
  const caption =
    groups.length === 0
      ? ''
      : groups.length === 1
        ? m.t('chart.captionOne', { currency, measure: measureLabel(groups[0]!.measure, m) })
        : m.t('chart.captionMany', { currency });
  return { currency, groups, caption };
}

/**
 * A warning when no money figure on one side covers the same scope as any on the other (a
 * programme contribution beside a national yearly spend); `null` when some pair is like for like.
 */
export function scopeWarning(rows: Pick<MoneyRow, 'side' | 'scopeKey'>[], names: [string, string], m: Messages): string | null {
  const scopes = [0, 1].map((side) => [...new Set(rows.filter((r) => r.side === side).map((r) => r.scopeKey))]);
  const [left, right] = scopes as [Amount['scope'][], Amount['scope'][]];
  if (left.length === 0 || right.length === 0 || left.some((s) => right.includes(s))) return null;
  const cover = (side: number, scopes: Amount['scope'][]) =>
    m.t('chart.covers', {
      name: names[side]!,
      count: rows.filter((r) => r.side === side).length,
      scopes: listText(
        scopes.map((s) => m.t(`scopePhrase.${s}`)),
        m.locale,
      ),
    });
  return m.t('chart.scopeWarning', { left: cover(0, left), right: cover(1, right) });
}
