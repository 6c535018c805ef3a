/**
 * Both initiatives' dates on one time axis. A partial date is drawn at its own precision: a
 * day as a point, a month or a year as a bar covering it. Each mark is labelled with its event
 * and date; inferred dates stay marked. Within a side, what happened comes first and what is
 * planned (horizons such as "by 2025") sits in its own lane below. The gap between the two
 * sides' first events is drawn and measured. When the axis crosses a year, every tick names its year.
 */
import type { Messages } from './i18n.ts';
import { keepTogether } from './money.ts';
import { dateSpan, formatPartialDate, partialDate, type Precision } from './partial-date.ts';

export interface TimelineInput {
  /** Unique key (side + fact id). */
  key: string;
  side: number;
  date: string;
  /** What happens then, as the fact says it. */
  event: string;
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
  /** Baseline of the label's first line. */
  y: number;
  /** Top of the mark, under the label's last line. */
  markY: number;
  /** The label ("Lab opens, 3 March 2025"), wrapped to fit the frame. */
  lines: string[];
  labelX: number;
}

/** A lane heading inside a side's band: "Planned or horizon". */
export interface TimelineLane {
  side: number;
  y: number;
  label: string;
}

/** The distance between the two sides' first events, drawn as a bracket above the axis. */
export interface TimelineGap {
  x1: number;
  x2: number;
  y: number;
  days: number;
  label: string;
  /** The label, wrapped to the frame; the first line's baseline is `y` minus the others' height. */
  lines: string[];
  labelX: number;
  anchor: 'start' | 'middle' | 'end';
}

export interface TimelineLayout {
  width: number;
  height: number;
  ticks: { x: number; label: string; anchor: 'start' | 'end' }[];
  /** One band per side, each headed by the side's name at `y`. */
  bands: { side: number; y: number }[];
  lanes: TimelineLane[];
  marks: TimelineMark[];
  gap: TimelineGap | null;
  axisY: number;
  /** Distance between the lines of a wrapped label. */
  lineHeight: number;
  /** Domain as UTC day timestamps. */
  start: number;
  end: number;
}

const DAY = 86_400_000;
const PAD = 6;
/** The tick formats of a locale: month, month and year, day, day and year (built once per locale). */
interface TickFormats {
  month: Intl.DateTimeFormat;
  monthYear: Intl.DateTimeFormat;
  day: Intl.DateTimeFormat;
  dayYear: Intl.DateTimeFormat;
}
const tickFormatCache = new Map<string, TickFormats>();
function tickFormats(locale: string): TickFormats {
  let formats = tickFormatCache.get(locale);
  if (!formats) {
    const f = (options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(locale, { timeZone: 'UTC', ...options });
    formats = {
      month: f({ month: 'short' }),
      monthYear: f({ month: 'short', year: 'numeric' }),
      day: f({ day: 'numeric', month: 'short' }),
      dayYear: f({ day: 'numeric', month: 'short', year: 'numeric' }),
    };
    tickFormatCache.set(locale, formats);
  }
  return formats;
}

/** Estimated width of an SVG label, for keeping it inside the frame (wide enough for DejaVu Sans digits, the widest fallback). */
export function textWidth(text: string, fontSize: number): number {
  return text.length * fontSize * 0.62;
}

const round = (n: number) => Math.round(n * 10) / 10;

/**
 * Splits a label into lines of at most `max` characters, at spaces (a longer word gets a line of
 * its own). A no-break space (U+00A0, U+202F: French « : », « 140 000 ») holds its words together.
 */
export function wrap(text: string, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/[^\S\u00a0\u202f]+/)) {
    if (line && line.length + 1 + word.length > max) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/** "3 days", "about 8 weeks", "about 5 months", "about 3 years": the words for a distance in days, held on one line. */
export function distanceWords(days: number, exact: boolean, m: Messages): string {
  return keepTogether(distanceText(days, exact, m));
}

function distanceText(days: number, exact: boolean, m: Messages): string {
  if (days < 14) return exact ? m.t('distance.days', { count: days }) : m.t('distance.weeks', { count: Math.max(1, Math.round(days / 7)) });
  if (days < 120) return m.t('distance.weeks', { count: Math.round(days / 7) });
  if (days < 548) return m.t('distance.months', { count: Math.round(days / 30.44) });
  return m.t('distance.years', { count: Math.round(days / 365.25) });
}

interface Tick {
  t: number;
  label: string;
}

/**
 * Ticks aligned to calendar boundaries (every `step` days from the 1st, every `step` months
 * from January, every `step` years from a multiple of `step`), the finest step whose labels fit.
 */
function ticksFor(start: number, end: number, plotWidth: number, fontSize: number, formats: TickFormats): Tick[] {
  const days = (end - start) / DAY;
  const minGap = (label: string) => textWidth(label, fontSize) + 8;
  const fits = (count: number, widest: string) => count <= 1 || plotWidth / count >= minGap(widest);
  const first = new Date(start);
  // Within one year, only the first tick names it; across years, every tick does.
  const withYears = (dates: Date[], plain: Intl.DateTimeFormat, yearly: Intl.DateTimeFormat): Tick[] => {
    const oneYear = dates.every((d) => d.getUTCFullYear() === dates[0]!.getUTCFullYear());
    return dates.map((d, i) => ({ t: d.getTime(), label: (i === 0 || !oneYear ? yearly : plain).format(d) }));
  };

  if (days <= 62) {
    const step = [1, 2, 7, 14].find((s) => fits(days / s, formats.day.format(new Date(Date.UTC(2025, 8, 30))))) ?? 14;
    const dates: Date[] = [];
    for (let t = start; t < end; t += DAY) {
      const d = new Date(t);
      // Weekly ticks restart on each 1st (1, 8, 15, 22), so no tick crowds the next month's.
      if ((d.getUTCDate() - 1) % step === 0 && (step < 7 || d.getUTCDate() <= 28)) dates.push(d);
    }
    return withYears(dates, formats.day, formats.dayYear);
  }
  const months = days / 30.44;
  const monthStep = [1, 2, 3, 6].find((s) => fits(months / s, formats.monthYear.format(new Date(Date.UTC(2025, 8, 1)))));
  if (monthStep) {
    const dates: Date[] = [];
    for (let m = 0; ; m++) {
      const d = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + m, 1));
      if (d.getTime() >= end) break;
      if (d.getUTCMonth() % monthStep === 0) dates.push(d);
    }
    return withYears(dates, formats.month, formats.monthYear);
  }
  const years = days / 365.25;
  const yearStep = [1, 2, 5, 10, 20, 50, 100].find((s) => fits(years / s, '2025')) ?? 100;
  const ticks: Tick[] = [];
  for (let y = Math.ceil(first.getUTCFullYear() / yearStep) * yearStep; Date.UTC(y, 0, 1) < end; y += yearStep) {
    if (Date.UTC(y, 0, 1) >= start) ticks.push({ t: Date.UTC(y, 0, 1), label: String(y) });
  }
  return ticks;
}

/**
 * Lays out the dates: the axis runs from the first of the earliest month to the end of the
 * latest month any date covers; each date gets its own row inside its side's band (past events
 * in date order, then planned ones under their own lane heading); the label sits above its
 * mark, wrapped to the frame.
 */
export function timelineLayout(items: TimelineInput[], m: Messages, width = 340, fontSize = 13): TimelineLayout {
  const parsed = items.map((item) => ({ item, date: partialDate(item.date), span: dateSpan(partialDate(item.date)) }));
  if (parsed.length === 0) return { width, height: 0, ticks: [], bands: [], lanes: [], marks: [], gap: null, axisY: 0, lineHeight: 0, start: 0, end: 0 };
  const first = new Date(Math.min(...parsed.map((p) => p.span.start)));
  const last = new Date(Math.max(...parsed.map((p) => p.span.end)));
  const start = Date.UTC(first.getUTCFullYear(), first.getUTCMonth(), 1);
  const end = Date.UTC(last.getUTCFullYear(), last.getUTCMonth() + 1, 1); // exclusive
  const x = (t: number) => PAD + ((t - start) / (end - start)) * (width - PAD * 2);
  const maxChars = Math.floor((width - PAD) / (fontSize * 0.62));

  const lineHeight = fontSize * 1.25;
  const bandHead = fontSize * 1.8;
  let y = 0;
  const bands: TimelineLayout['bands'] = [];
  const lanes: TimelineLane[] = [];
  const marks: TimelineMark[] = [];
  for (const side of [...new Set(items.map((i) => i.side))].sort((a, b) => a - b)) {
    bands.push({ side, y: y + fontSize });
    y += bandHead;
    const rows = parsed
      .filter((p) => p.item.side === side)
      .sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end || a.item.key.localeCompare(b.item.key, 'en'));
    for (const tense of ['past', 'planned'] as const) {
      const lane = rows.filter((r) => r.item.tense === tense);
      if (lane.length === 0) continue;
      if (tense === 'planned') {
        lanes.push({ side, y: y + fontSize, label: m.t('timeline.plannedLane') });
        y += fontSize * 1.6;
      }
      for (const { item, date, span } of lane) {
        const inferred = item.status === 'inferred';
        const lines = wrap(m.t(inferred ? 'timeline.markInferred' : 'timeline.mark', { event: item.event, date: formatPartialDate(date, m.locale) }), maxChars);
        const left = x(span.start);
        const w = date.precision === 'day' ? 0 : x(span.end + DAY) - left;
        const widest = Math.max(...lines.map((l) => textWidth(l, fontSize)));
        const labelX = Math.floor(Math.max(0, Math.min(left, width - widest)) * 10) / 10;
        const top = y + fontSize;
        const markY = top + (lines.length - 1) * lineHeight + 4;
        marks.push({
          key: item.key,
          side,
          precision: date.precision,
          inferred,
          planned: tense === 'planned',
          x: round(left),
          width: round(w),
          y: top,
          markY: round(markY),
          lines,
          labelX,
        });
        y = markY + 8 + fontSize;
      }
    }
  }

  const gap = gapBetween(parsed, x, y + fontSize, width, fontSize, lineHeight, m);
  if (gap) y = gap.y + fontSize * 1.2;
  const axisY = round(y + 4);
  // A label that would run past the right edge is set to end at its tick; a tick whose label
  // would then touch the one before it is left out.
  const ticks: TimelineLayout['ticks'] = [];
  let lastRight = -Infinity;
  for (const { t, label } of ticksFor(start, end, width - PAD * 2, fontSize, tickFormats(m.locale))) {
    const tx = round(x(t));
    const w = textWidth(label, fontSize);
    const anchor = tx + w > width ? ('end' as const) : ('start' as const);
    const left = anchor === 'end' ? tx - w : tx;
    if (left < lastRight + 6) continue;
    ticks.push({ x: tx, label, anchor });
    lastRight = left + w;
  }
  return { width, height: Math.ceil(axisY + fontSize * 2), ticks, bands, lanes, marks, gap, axisY, lineHeight, start, end };
}

type Parsed = { item: TimelineInput; date: ReturnType<typeof partialDate>; span: { start: number; end: number } };

/**
 * The gap between the two sides' first past events, when both have one and they differ. A side's
 * first event given only as a month or year yields to a day-precise event inside that period
 * (the summit "in May" and the summit on 19 May), so the gap is measured as precisely as the data allow.
 */
function gapBetween(
  parsed: Parsed[],
  x: (t: number) => number,
  top: number,
  width: number,
  fontSize: number,
  lineHeight: number,
  m: Messages,
): TimelineGap | null {
  const firstOf = (side: number) => {
    const past = parsed.filter((p) => p.item.side === side && p.item.tense === 'past').sort((a, b) => a.span.start - b.span.start);
    const first = past[0];
    if (!first || first.date.precision === 'day') return first;
    return past.find((p) => p.date.precision === 'day' && p.span.start >= first.span.start && p.span.start <= first.span.end) ?? first;
  };
  const sides = [...new Set(parsed.map((p) => p.item.side))].sort((a, b) => a - b);
  if (sides.length !== 2) return null;
  const [a, b] = sides.map(firstOf);
  if (!a || !b) return null;
  const days = Math.abs(b.span.start - a.span.start) / DAY;
  if (days === 0) return null;
  const exact = a.date.precision === 'day' && b.date.precision === 'day';
  const inferred = [a, b].filter((p) => p.item.status === 'inferred').length;
  const label = m.t('timeline.gap', { distance: distanceWords(days, exact, m), inferred });
  const x1 = round(x(Math.min(a.span.start, b.span.start)));
  const x2 = round(x(Math.max(a.span.start, b.span.start)));
  // The label is bold: a wider estimate per character.
  const bold = fontSize * 1.1;
  const lines = wrap(label, Math.floor(width / (bold * 0.62)));
  const y = round(top + (lines.length - 1) * lineHeight);
  const mid = (x1 + x2) / 2;
  const half = Math.max(...lines.map((l) => textWidth(l, bold))) / 2;
  const gap = { x1, x2, y, days, label, lines };
  if (mid - half < 0) return { ...gap, labelX: 0, anchor: 'start' };
  if (mid + half > width) return { ...gap, labelX: width, anchor: 'end' };
  return { ...gap, labelX: round(mid), anchor: 'middle' };
}
