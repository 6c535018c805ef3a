import { describe, expect, it } from 'vitest';
import { timelineLayout, type TimelineInput } from '../../src/lib/timeline.ts';

const item = (key: string, side: number, date: string, status: 'stated' | 'inferred' = 'stated', tense: 'past' | 'planned' = 'past'): TimelineInput => ({ key, side, date, status, tense });

describe('timelineLayout', () => {
  const layout = timelineLayout([item('y', 1, '2025', 'stated', 'planned'), item('m', 1, '2025-05'), item('d', 0, '2025-07-12', 'inferred'), item('n', 1, '2025-05-19', 'inferred')], 340);
  const mark = (key: string) => layout.marks.find((m) => m.key === key)!;

  it.each([
    ['d', 'day', 0, '12 July 2025 (inferred)'],
    ['m', 'month', 1, 'May 2025'],
    ['y', 'year', 1, '2025 · planned'],
    ['n', 'day', 0, '19 May 2025 (inferred)'],
  ])('%s is drawn at %s precision (width>0: %i), labelled %s', (key, precision, hasWidth, label) => {
    expect(mark(key).precision).toBe(precision);
    expect(mark(key).width > 0 ? 1 : 0).toBe(hasWidth);
    expect(mark(key).label).toBe(label);
  });

  it('runs the axis over whole months: a year-precision date covers it all', () => {
    expect(new Date(layout.start).toISOString().slice(0, 10)).toBe('2025-01-01');
    expect(new Date(layout.end).toISOString().slice(0, 10)).toBe('2026-01-01');
    expect(mark('y').x).toBeCloseTo(6, 0);
    expect(mark('y').x + mark('y').width).toBeCloseTo(334, 0);
  });

  it('scales month bars by their days and puts a day inside its month', () => {
    expect(mark('m').width / mark('y').width).toBeCloseTo(31 / 365, 2);
    expect(mark('n').x).toBeGreaterThan(mark('m').x);
    expect(mark('n').x).toBeLessThan(mark('m').x + mark('m').width);
  });

  it('marks inferred dates and bands sides in order, dates in order within a band', () => {
    expect(layout.marks.filter((m) => m.inferred).map((m) => m.key)).toEqual(['d', 'n']);
    expect(layout.bands.map((b) => b.side)).toEqual([0, 1]);
    expect(layout.marks.map((m) => m.key)).toEqual(['d', 'y', 'm', 'n']);
    const ys = layout.marks.map((m) => m.y);
    expect(ys).toEqual([...ys].sort((a, b) => a - b));
  });

  it('keeps labels and ticks inside the frame', () => {
    for (const m of layout.marks) expect(m.labelX).toBeGreaterThanOrEqual(0);
    for (const t of layout.ticks) expect(t.x).toBeLessThanOrEqual(340);
    expect(layout.ticks[0]!.label).toBe('Jan 2025');
  });

  it.each([
    [['2025-07-12'], 1],
    [['2025-01', '2025-12'], 12],
    [['2024', '2026'], 36],
  ])('spaces month ticks so their labels never touch: %j (%i months)', (dates, months) => {
    const l = timelineLayout(dates.map((d, i) => item(`k${i}`, 0, d)), 340);
    expect(Math.round((l.end - l.start) / (86_400_000 * 30.44))).toBe(months);
    const gaps = l.ticks.slice(1).map((t, i) => t.x - l.ticks[i]!.x);
    for (const g of gaps) expect(g).toBeGreaterThan(12 * 0.55 * 'Sep 2025'.length);
  });

  it('lays out nothing for no dates', () => {
    expect(timelineLayout([])).toMatchObject({ height: 0, marks: [] });
  });
});
