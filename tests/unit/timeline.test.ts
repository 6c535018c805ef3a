import { describe, expect, it } from 'vitest';
import { distanceWords, textWidth, timelineLayout, wrap, type TimelineInput } from '../../src/lib/timeline.ts';
import { en } from '../helpers/messages.ts';
import { spaced } from '../helpers/spaces.ts';

const item = (key: string, side: number, date: string, status: 'stated' | 'inferred' = 'stated', tense: 'past' | 'planned' = 'past'): TimelineInput => ({
  key,
  side,
  date,
  event: `Event ${key}`,
  status,
  tense,
});

describe('timelineLayout', () => {
  const layout = timelineLayout(
    [item('y', 1, '2025', 'stated', 'planned'), item('m', 1, '2025-05'), item('d', 0, '2025-07-12', 'inferred'), item('n', 1, '2025-05-19', 'inferred')],
    en,
    340,
  );
  const mark = (key: string) => layout.marks.find((m) => m.key === key)!;

  it.each([
    ['d', 'day', 0, 'Event d, 12 July 2025 (inferred)'],
    ['m', 'month', 1, 'Event m, May 2025'],
    ['y', 'year', 1, 'Event y, 2025'],
    ['n', 'day', 0, 'Event n, 19 May 2025 (inferred)'],
  ])('%s is drawn at %s precision (width>0: %i), labelled by event and date: %s', (key, precision, hasWidth, label) => {
    expect(mark(key).precision).toBe(precision);
    expect(mark(key).width > 0 ? 1 : 0).toBe(hasWidth);
    expect(spaced(mark(key).lines.join(' '))).toBe(label);
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

  it('marks inferred dates and bands sides in order; past events in date order, then planned ones in their own lane', () => {
    expect(layout.marks.filter((m) => m.inferred).map((m) => m.key)).toEqual(['d', 'n']);
    expect(layout.bands.map((b) => b.side)).toEqual([0, 1]);
    expect(layout.marks.map((m) => m.key)).toEqual(['d', 'm', 'n', 'y']);
    expect(layout.lanes).toHaveLength(1);
    expect(layout.lanes[0]!.side).toBe(1);
    expect(layout.lanes[0]!.y).toBeGreaterThan(mark('n').markY);
    expect(layout.lanes[0]!.y).toBeLessThan(mark('y').y);
    const ys = layout.marks.map((m) => m.y);
    expect(ys).toEqual([...ys].sort((a, b) => a - b));
  });

  it('keeps labels and ticks inside the frame', () => {
    for (const m of layout.marks) {
      expect(m.labelX).toBeGreaterThanOrEqual(0);
      for (const line of m.lines) expect(m.labelX + textWidth(line, 12)).toBeLessThanOrEqual(340);
    }
    for (const t of layout.ticks) expect(t.x).toBeLessThanOrEqual(340);
    expect(layout.ticks[0]!.label).toBe('Jan 2025');
  });

  it.each([
    [['2025-07-12'], 1],
    [['2025-01', '2025-12'], 12],
    [['2024', '2026'], 36],
    [['2021-08-02', '2025-03'], 44],
    [['2001', '2024'], 288],
    [['2004', '2030'], 324],
  ])('spaces ticks so their labels never touch: %j (%i months)', (dates, months) => {
    const l = timelineLayout(
      dates.map((d, i) => item(`k${i}`, 0, d)),
      en,
      340,
    );
    expect(Math.round((l.end - l.start) / (86_400_000 * 30.44))).toBe(months);
    expect(l.ticks.length).toBeGreaterThan(0);
    const box = (t: (typeof l.ticks)[number]) => (t.anchor === 'end' ? [t.x - textWidth(t.label, 12), t.x] : [t.x, t.x + textWidth(t.label, 12)]);
    l.ticks.slice(1).forEach((t, i) => expect(box(t)[0]!).toBeGreaterThan(box(l.ticks[i]!)[1]!));
    for (const t of l.ticks) expect(box(t)[1]!).toBeLessThanOrEqual(340);
  });

  it('names the year on every tick when the axis crosses a year, so it never reads "Aug 2021, Aug, Aug"', () => {
    const twoYears = timelineLayout([item('a', 0, '2025'), item('b', 1, '2026', 'stated', 'planned'), item('c', 1, '2025-07-12')], en, 340).ticks.map(
      (t) => t.label,
    );
    expect(twoYears.length).toBeGreaterThan(2);
    expect(new Set(twoYears).size).toBe(twoYears.length);
    for (const label of twoYears) expect(label).toMatch(/\d{4}/);
    const l = timelineLayout([item('a', 0, '2021-08-02'), item('b', 1, '2025-03')], en, 340);
    const labels = l.ticks.map((t) => t.label);
    expect(new Set(labels).size).toBe(labels.length);
    for (const label of labels) expect(label).toMatch(/\d{4}/);
    const long = timelineLayout([item('a', 0, '2001'), item('b', 1, '2024')], en, 340);
    expect(long.ticks.map((t) => t.label).every((x) => /^\d{4}$/.test(x))).toBe(true);
  });

  it('ticks a span of days by day or week, with the year on the first tick', () => {
    const l = timelineLayout([item('a', 0, '2025-03-03'), item('b', 1, '2025-03-10')], en, 340);
    expect(l.ticks[0]!.label).toBe('1 Mar 2025');
    expect(l.ticks.map((t) => t.label)).toContain('15 Mar');
    expect(l.ticks.every((t) => !/Apr/.test(t.label))).toBe(true);
  });

  it("draws and measures the gap between the two sides' first events", () => {
    const l = timelineLayout([item('a', 0, '2025-05-19'), item('b', 1, '2025-07-12'), item('c', 1, '2026', 'stated', 'planned')], en, 340);
    expect(l.gap).toMatchObject({ days: 54, label: 'First events about\u00a08\u00a0weeks apart' });
    expect(l.gap!.x2).toBeGreaterThan(l.gap!.x1);
    expect(l.gap!.y).toBeLessThan(l.axisY);
    expect(timelineLayout([item('a', 0, '2025-05'), item('b', 1, '2025-05')], en).gap).toBeNull();
    // A month yields to a day inside it: 19 May to 12 July, not 1 May to 12 July.
    const refined = timelineLayout([item('m', 0, '2025-05'), item('d', 0, '2025-05-19', 'inferred'), item('j', 1, '2025-07-12', 'inferred')], en, 340);
    expect(refined.gap).toMatchObject({ days: 54, label: 'First events about\u00a08\u00a0weeks apart (both dates inferred)' });
    const one = timelineLayout([item('d', 0, '2025-05-19'), item('j', 1, '2025-07-12', 'inferred')], en, 340);
    expect(one.gap).toMatchObject({ label: 'First events about\u00a08\u00a0weeks apart (one date inferred)' });
    expect(timelineLayout([item('a', 0, '2025-05-01')], en).gap).toBeNull();
  });

  it('wraps a long event label into lines that fit the frame', () => {
    const long = 'The state film office and the streaming company open the first workshop for lighting technicians';
    const l = timelineLayout([item('a', 0, '2025-05-19'), { ...item('b', 1, '2025-07-12'), event: long }], en, 320);
    const m = l.marks.find((x) => x.key === 'b')!;
    expect(m.lines.length).toBeGreaterThan(1);
    for (const line of m.lines) expect(m.labelX + textWidth(line, 12)).toBeLessThanOrEqual(320);
    expect(m.markY).toBeGreaterThan(m.y + 12);
  });

  it('lays out nothing for no dates', () => {
    expect(timelineLayout([], en)).toMatchObject({ height: 0, marks: [] });
  });
});

describe('wrap and distanceWords', () => {
  it('wraps at spaces and keeps an over-long word whole', () => {
    expect(wrap('one two three', 7)).toEqual(['one two', 'three']);
    expect(wrap('abcdefghij', 4)).toEqual(['abcdefghij']);
    expect(wrap('calendrier\u00a0: contredit, 140\u202f000 EUR', 12)).toEqual(['calendrier\u00a0:', 'contredit,', '140\u202f000 EUR']);
  });
  it.each([
    [3, true, '3 days'],
    [1, true, '1 day'],
    [54, true, 'about 8 weeks'],
    [200, false, 'about 7 months'],
    [1500, false, 'about 4 years'],
  ])('%i days (exact: %s) → %s, held on one line', (days, exact, words) => expect(distanceWords(days, exact, en)).toBe(words.replaceAll(' ', '\u00a0')));
});
