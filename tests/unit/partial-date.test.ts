import { describe, expect, it } from 'vitest';
import { comparePartialDates, dateSpan, formatPartialDate, parsePartialDate, partialDate } from '../../src/lib/partial-date.ts';

describe('parsePartialDate', () => {
  it.each([
    ['2025', { precision: 'year', year: 2025 }],
    ['2025-05', { precision: 'month', year: 2025, month: 5 }],
    ['2025-07-12', { precision: 'day', year: 2025, month: 7, day: 12 }],
    ['2024-02-29', { precision: 'day', year: 2024, month: 2, day: 29 }],
  ])('accepts %s', (text, expected) => {
    expect(parsePartialDate(text)).toMatchObject({ iso: text, ...expected });
  });

  it.each([
    ['2025-02-30', 'does not exist: month 02 of 2025 has 28 days'],
    ['2025-02-29', 'month 02 of 2025 has 28 days'],
    ['2025-13', 'has no month 13'],
    ['2025-00', 'has no month 00'],
    ['2025-04-31', 'has 30 days'],
    ['25-07-12', 'is not a date of the form'],
    ['2025/07/12', 'is not a date of the form'],
    ['12 July 2025', 'is not a date of the form'],
    ['', 'is not a date of the form'],
  ])('refuses %s', (text, message) => {
    const parsed = parsePartialDate(text);
    expect('error' in parsed && parsed.error).toContain(message);
  });
});

describe('formatPartialDate', () => {
  // Day, month and year on one line: no-break spaces (U+00A0), written out.
  it.each([
    ['2025', 'en-GB', '2025'],
    ['2025-05', 'en-GB', 'May\u00a02025'],
    ['2025-07-12', 'en-GB', '12\u00a0July\u00a02025'],
    ['2025-01-01', 'en-GB', '1\u00a0January\u00a02025'],
    ['2025-12-31', 'en-GB', '31\u00a0December\u00a02025'],
    ['2025-05-19', 'fr', '19\u00a0mai\u00a02025'],
    ['2025-06-02', 'es', '2\u00a0de\u00a0junio\u00a0de\u00a02025'],
  ])('%s in %s → %j (never shifted by a time zone, never split across lines)', (text, locale, expected) => {
    expect(formatPartialDate(partialDate(text), locale)).toBe(expected);
  });
});

describe('dateSpan and ordering', () => {
  it.each([
    ['2025', '2025-01-01', '2025-12-31'],
    ['2025-05', '2025-05-01', '2025-05-31'],
    ['2024-02', '2024-02-01', '2024-02-29'],
    ['2025-07-12', '2025-07-12', '2025-07-12'],
  ])('%s spans %s to %s', (text, start, end) => {
    const span = dateSpan(partialDate(text));
    expect(new Date(span.start).toISOString().slice(0, 10)).toBe(start);
    expect(new Date(span.end).toISOString().slice(0, 10)).toBe(end);
  });

  it('orders by first day, then the more precise first', () => {
    const dates = ['2026', '2025-07-12', '2025-05', '2025-05-19', '2025'].map(partialDate);
    expect(dates.sort(comparePartialDates).map((d) => d.iso)).toEqual(['2025', '2025-05', '2025-05-19', '2025-07-12', '2026']);
  });
});
