/**
 * Both initiatives' dates on one time axis. A partial date is drawn at its own precision: a
 * day as a point, a month or a year as a bar covering it. Inferred dates stay marked.
 */
import { dateSpan, formatPartialDate, partialDate, type Precision } from './partial-date.ts';

export interface TimelineInput {
  /** Unique key (side + fact id). */
  key: string;
  side: number;
  date: string;
  status: 'stated' | 'inferred';
  tense: 'past' | 'planned';
}

export interface TimelineMark {
  key: string;
  side: number;
  precision: Precision;
  inferred: boolean;
  planned: boolean;
  /** Left edge (a day: its centre). */
  x: number;
  /** 0 for a day. */
  width: number;
  /** Baseline of the row's label; the mark sits just under it. */
  y: number;
  label: string;
  labelX: number;
}

export interface TimelineLayout {
  width: number;
  height: number;
  ticks: { x: number; label: string; anchor: 'start' | 'end' }[];
  /** One band per side, each headed by the side's name at `y`. */
  bands: { side: number; y: number }[];
  marks: TimelineMark[];
  axisY: number;
  /** Domain as UTC day timestamps. */
  start: number;
  end: number;
}

const DAY = 86_400_000;
const monthFormat = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', month: 'short' });
const monthYearFormat = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', month: 'short', year: 'numeric' });

/** Estimated width of an SVG label, for keeping it inside the frame. */
function textWidth(text: string, fontSize: number): number {
  return text.length * fontSize * 0.55;
}

/**
 * Lays out the dates: the axis runs from the first of the earliest month to the end of the
 * latest month any date covers; each date gets its own row inside its side's band, in date
 * order; month ticks are spaced so their labels do not collide.
 */
export function timelineLayout(items: TimelineInput[], width = 340, fontSize = 12): TimelineLayout {
  const parsed = items.map((item) => ({ item, date: partialDate(item.date), span: dateSpan(partialDate(item.date)) }));
  if (parsed.length === 0) return { width, height: 0, ticks: [], bands: [], marks: [], axisY: 0, start: 0, end: 0 };
  const first = new Date(Math.min(...parsed.map((p) => p.span.start)));
  const last = new Date(Math.max(...parsed.map((p) => p.span.end)));
  const start = Date.UTC(first.getUTCFullYear(), first.getUTCMonth(), 1);
  const end = Date.UTC(last.getUTCFullYear(), last.getUTCMonth() + 1, 1); // exclusive
  const pad = 6;
  const x = (t: number) => pad + ((t - start) / (end - start)) * (width - pad * 2);

  const rowHeight = fontSize * 2.4;
  const bandHead = fontSize * 1.8;
  let y = 0;
  const bands: TimelineLayout['bands'] = [];
  const marks: TimelineMark[] = [];
  for (const side of [...new Set(items.map((i) => i.side))].sort((a, b) => a - b)) {
    bands.push({ side, y: y + fontSize });
    y += bandHead;
    const rows = parsed
      .filter((p) => p.item.side === side)
      .sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end || a.item.key.localeCompare(b.item.key));
    for (const { item, date, span } of rows) {
      const inferred = item.status === 'inferred';
      const label = `${formatPartialDate(date)}${inferred ? ' (inferred)' : ''}${item.tense === 'planned' ? ' · planned' : ''}`;
      const left = x(span.start);
      const w = date.precision === 'day' ? 0 : x(span.end + DAY) - left;
      const labelX = Math.round(Math.max(0, Math.min(left, width - textWidth(label, fontSize))) * 10) / 10;
      marks.push({ key: item.key, side, precision: date.precision, inferred, planned: item.tense === 'planned', x: Math.round(left * 10) / 10, width: Math.round(w * 10) / 10, y: y + fontSize, label, labelX });
      y += rowHeight;
    }
  }
  const axisY = y + 4;
  const months = Math.round((end - start) / (DAY * 30.44));
  const perMonth = (width - pad * 2) / Math.max(1, months);
  const step = [1, 2, 3, 6, 12].find((s) => s * perMonth >= textWidth('Sep 2025', fontSize) + 6) ?? 12;
  const ticks: TimelineLayout['ticks'] = [];
  for (let m = 0; m <= months; m += step) {
    const t = Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + m, 1);
    if (t >= end) break;
    const d = new Date(t);
    const label = m === 0 || d.getUTCMonth() === 0 ? monthYearFormat.format(d) : monthFormat.format(d);
    const tx = Math.round(x(t) * 10) / 10;
    ticks.push({ x: tx, label, anchor: tx + textWidth(label, fontSize) > width ? 'end' : 'start' });
  }
  return { width, height: Math.ceil(axisY + fontSize * 2), ticks, bands, marks, axisY, start, end };
}
