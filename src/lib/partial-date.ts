/**
 * Partial ISO dates: `2025`, `2025-05` or `2025-07-12`, as reports give them.
 * Dates are calendar days, not instants: nothing here touches a time zone.
 */

export type Precision = 'year' | 'month' | 'day';

export interface PartialDate {
  /** The date as written, e.g. `2025-05`. */
  iso: string;
  year: number;
  /** 1–12, when precision is month or day. */
  month?: number;
  /** 1–31, when precision is day. */
  day?: number;
  precision: Precision;
}

const PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Parses a partial date, or returns the reason it is not one. */
export function parsePartialDate(text: string): PartialDate | { error: string } {
  const match = PATTERN.exec(text);
  if (!match) return { error: `"${text}" is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD` };
  const year = Number(match[1]);
  if (match[2] === undefined) return { iso: text, year, precision: 'year' };
  const month = Number(match[2]);
  if (month < 1 || month > 12) return { error: `"${text}" has no month ${match[2]}` };
  if (match[3] === undefined) return { iso: text, year, month, precision: 'month' };
  const day = Number(match[3]);
  if (day < 1 || day > daysInMonth(year, month)) {
    return { error: `"${text}" does not exist: month ${match[2]} of ${year} has ${daysInMonth(year, month)} days` };
  }
  return { iso: text, year, month, day, precision: 'day' };
}

export function isPartialDate(value: PartialDate | { error: string }): value is PartialDate {
  return !('error' in value);
}

/** Parses or throws; for data already validated by the schemas. */
export function partialDate(text: string): PartialDate {
  const parsed = parsePartialDate(text);
  if (!isPartialDate(parsed)) throw new Error(parsed.error);
  return parsed;
}

/** First and last day covered, as UTC midnight timestamps (ms): `2025-05` spans 1–31 May. */
export function dateSpan(date: PartialDate): { start: number; end: number } {
  const { year, month, day } = date;
  if (day !== undefined && month !== undefined) {
    const t = Date.UTC(year, month - 1, day);
    return { start: t, end: t };
  }
  if (month !== undefined) {
    return { start: Date.UTC(year, month - 1, 1), end: Date.UTC(year, month - 1, daysInMonth(year, month)) };
  }
  return { start: Date.UTC(year, 0, 1), end: Date.UTC(year, 11, 31) };
}

/** Orders partial dates by their first day, then the more precise first. */
export function comparePartialDates(a: PartialDate, b: PartialDate): number {
  const order: Record<Precision, number> = { day: 0, month: 1, year: 2 };
  return dateSpan(a).start - dateSpan(b).start || order[a.precision] - order[b.precision];
}

// Building an Intl.DateTimeFormat costs far more than formatting with one, and formatting far
// more than a lookup: one formatter per locale and precision is kept, with each date it formatted
// (a cache of constants: the text depends on the locale, the precision and the first day only).
const formatters = new Map<string, { format: Intl.DateTimeFormat; texts: Map<number, string> }>();

function formatter(locale: string, precision: PartialDate['precision']): { format: Intl.DateTimeFormat; texts: Map<number, string> } {
  const key = `${locale} ${precision}`;
  let entry = formatters.get(key);
  if (!entry) {
    const options: Intl.DateTimeFormatOptions = { timeZone: 'UTC', year: 'numeric' };
    if (precision !== 'year') options.month = 'long';
    if (precision === 'day') options.day = 'numeric';
    entry = { format: new Intl.DateTimeFormat(locale, options), texts: new Map() };
    formatters.set(key, entry);
  }
  return entry;
}

/** Formats at the date's own precision: "12 July 2025", "May 2025", "2025"; its words held on one line by no-break spaces (U+00A0). */
export function formatPartialDate(date: PartialDate, locale = 'en-GB'): string {
  const { format, texts } = formatter(locale, date.precision);
  const start = dateSpan(date).start;
  let text = texts.get(start);
  if (text === undefined) texts.set(start, (text = format.format(new Date(start)).replace(/ /g, '\u00a0')));
  return text;
}
