import { describe, expect, it } from 'vitest';
import { formatCompact, moneyChart, powerLabel, rateText, scopeWarning } from '../../src/lib/money-view.ts';
import type { Rate } from '../../src/schemas/rate.ts';

const rate = (base: string, quote: string, value: number): Rate => ({ base, quote, value, date: '2025-06-02', approximate: false, kind: 'test', source: 'ref', why: 'test' });

describe('rateText', () => {
  it.each([
    [rate('EUR', 'MXN', 21.97), '1 EUR = 21.97 MXN'],
    [rate('CAD', 'EUR', 0.67), '1 CAD = 0.67 EUR'],
    [rate('USD', 'JPY', 151.123456), '1 USD = 151.123456 JPY'],
  ])('%j → %s', (r, expected) => expect(rateText(r)).toBe(expected));
});

describe('powerLabel and formatCompact', () => {
  it.each([
    [0, '1'],
    [2, '100'],
    [3, '1k'],
    [5, '100k'],
    [6, '1m'],
    [8, '100m'],
    [9, '1bn'],
    [10, '10bn'],
  ])('10^%i → %s', (p, expected) => expect(powerLabel(p)).toBe(expected));
  it.each([
    [136_549, '140 thousand'],
    [250e6, '250 million'],
    [2e9, '2 billion'],
    [1.5e9, '1.5 billion'],
  ])('%d → %s', (v, expected) => expect(formatCompact(v)).toBe(expected));
});

describe('moneyChart', () => {
  const row = (id: string, side: number, value: number) => ({ id, side, value, scope: 'national', period: 'per year' });

  it('spans whole powers of ten around the data and says how far apart the figures are', () => {
    const chart = moneyChart([row('a', 0, 136_549), row('b', 1, 250e6), row('c', 1, 2e9)], 'EUR');
    expect(chart.ticks.map((t) => t.label)).toEqual(['100k', '1m', '10m', '100m', '1bn', '10bn']);
    expect(chart.orders).toBe(4);
    expect(Math.round(chart.ratio)).toBe(14_647);
  });

  it.each([
    // [values, expected bar widths relative to the first bar's position on the log axis]
    [[5e4, 5e5, 5e6], 'each tenfold step adds the same length'],
    [[2e5, 2e6, 2e7], 'same for any start'],
  ])('is logarithmic: %j (%s)', (values) => {
    const chart = moneyChart(values.map((v, i) => row(`r${i}`, 0, v)), 'EUR');
    const [a, b, c] = chart.bars.map((bar) => bar.width);
    expect(b! - a!).toBeCloseTo(c! - b!, 0);
  });

  it('keeps bars inside the left 60 % and groups them by side, in side order', () => {
    const chart = moneyChart([row('x', 1, 5e8), row('y', 0, 3e6)], 'EUR', 340);
    expect(chart.groups.map((g) => g.side)).toEqual([0, 1]);
    expect(chart.bars.map((b) => b.id)).toEqual(['y', 'x']);
    for (const b of chart.bars) expect(chart.x0 + b.width).toBeLessThanOrEqual(340 * 0.6 + 0.1);
    expect(chart.bars[0]!.value).toBe('≈ 3 million EUR');
  });

  it('draws nothing for no positive figure', () => {
    expect(moneyChart([], 'EUR')).toMatchObject({ height: 0, bars: [] });
    expect(moneyChart([row('z', 0, 0)], 'EUR').bars).toEqual([]);
  });
});

describe('scopeWarning', () => {
  const r = (side: number, scopeKey: 'programme' | 'project' | 'regional' | 'national') => ({ side, scopeKey });
  it.each([
    ['programme vs national', [r(0, 'programme'), r(1, 'national')], 'A’s money figures cover the programme itself; B’s cover the whole country. No figure has the same scope on both sides, so none can be set directly against another.'],
    ['several scopes listed', [r(0, 'programme'), r(1, 'national'), r(1, 'regional'), r(1, 'project')], 'B’s cover the whole country, a whole region and single projects.'],
    ['one shared scope: no warning', [r(0, 'national'), r(1, 'national'), r(1, 'regional')], null],
    ['a side without money: no warning', [r(0, 'national')], null],
  ])('%s', (_label, rows, expected) => {
    const warning = scopeWarning(rows, ['A', 'B']);
    if (expected === null) expect(warning).toBeNull();
    else expect(warning).toContain(expected);
  });
});
