import { describe, expect, it } from 'vitest';
import { rateText } from '../../src/lib/fact-view.ts';
import { rateView } from '../../src/lib/fact-view.ts';
import { allForms } from '../../src/lib/money.ts';
import { moneyChart, rateGapCaveat, ratioWords, scopeWarning } from '../../src/lib/money-view.ts';
import type { Reference } from '../../src/schemas/reference.ts';
import type { Rate } from '../../src/schemas/rate.ts';
import { en } from '../helpers/messages.ts';
import { spaced } from '../helpers/spaces.ts';

const rate = (base: string, quote: string, value: number): Rate => ({
  base,
  quote,
  value,
  date: '2025-06-02',
  approximate: false,
  kind: 'test',
  source: 'ref',
  why: 'test',
});

describe('rateText', () => {
  it.each([
    [rate('EUR', 'MXN', 21.97), '1 EUR = 21.97 MXN'],
    [rate('CAD', 'EUR', 0.67), '1 CAD = 0.67 EUR'],
    [rate('USD', 'JPY', 151.123456), '1 USD = 151.123456 JPY'],
  ])('%j → %s', (r, expected) => expect(rateText(r, en)).toBe(expected));
});

describe('moneyChart', () => {
  type M = 'investment' | 'spending' | 'budget' | 'economic-impact';
  const row = (
    id: string,
    side: number,
    value: number,
    measure: M = 'investment',
    extra: { status?: 'contradicted' | 'unclear' | null; sumOf?: string[]; partOf?: string | null } = {},
  ) => ({
    id,
    side,
    value,
    measure,
    scope: 'national',
    periodKey: 'per-year' as const,
    stated: `${value} EUR`,
    inCurrency: allForms({ kind: 'money', currency: 'EUR', value, scale: 'one', hedge: 'exact' }, en),
    whose: 'StreamCo’s spending',
    status: extra.status ?? null,
    statusText: extra.status ? `timing ${extra.status}: a past figure` : null,
    sumOf: extra.sumOf ?? [],
    partOf: extra.partOf ?? null,
  });
  const names = ['Left', 'Right'];

  it('never puts figures of different measures on one axis: one group per measure, in a fixed order', () => {
    const chart = moneyChart([row('impact', 1, 2e9, 'economic-impact'), row('a', 0, 136_549), row('spend', 1, 250e6, 'spending')], names, 'EUR', en);
    expect(chart.groups.map((g) => [g.measure, g.dots.map((d) => d.id)])).toEqual([
      ['investment', ['a']],
      ['spending', ['spend']],
      ['economic-impact', ['impact']],
    ]);
    expect(chart.groups.map((g) => g.title)).toEqual(['Money put in', 'An organisation’s spending', 'Economic impact']);
    expect(chart.groups.every((g) => g.note === 'One figure of this measure: nothing to set it against.')).toBe(true);
    expect(chart.caption).toBe('Money in EUR, one axis per measure: figures of different measures are never compared.');
    expect(JSON.stringify(chart)).not.toMatch(/times|orders? of magnitude/);
  });

  it('says a twofold gap in words, on a linear scale', () => {
    const [group] = moneyChart([row('a', 0, 1e6), row('b', 1, 2e6)], names, 'EUR', en).groups;
    expect(group!.scale).toBe('linear');
    expect(group!.note).toBe('The largest is about 2 times the smallest; ordinary (linear) scale.');
    expect(group!.ticks[0]!.label).toBe('0');
    // Linear: the dot of 2 million sits twice as far from zero as that of 1 million.
    const [a, b] = group!.dots.map((d) => d.x - group!.x0);
    expect(b! / a!).toBeCloseTo(2, 1);
  });

  it('says a 10,000-fold gap in words, on a logarithmic scale', () => {
    const [group] = moneyChart([row('a', 0, 1e5), row('b', 1, 1e9)], names, 'EUR', en).groups;
    expect(group!.scale).toBe('log');
    expect(group!.note).toBe(
      'The largest is about 10,000 times (4 orders of magnitude) the smallest; logarithmic scale, each gridline ten times the one before.',
    );
    expect(group!.ticks.map((t) => t.label)).toEqual(['100k', '1m', '10m', '100m', '1bn']);
  });

  it('draws a total without its parts and says so, each figure in its short form (the table states it in full)', () => {
    const rows = [
      row('total', 1, 2e9, 'economic-impact', { status: 'contradicted', sumOf: ['p1', 'p2'] }),
      row('p1', 1, 1.5e9, 'economic-impact', { partOf: 'total' }),
      row('p2', 1, 5e8, 'economic-impact', { partOf: 'total' }),
    ];
    const [group] = moneyChart(rows, names, 'EUR', en).groups;
    expect(group!.dots.map((d) => d.id)).toEqual(['total']);
    expect(group!.omitted).toEqual([
      '€2bn (timing contradicted: a past figure) is the sum of €1.5bn + €500m in the report’s own table; the parts are not drawn.',
    ]);
    expect(group!.dots[0]!.value).toBe('€2bn · contradicted');
    expect(group!.statuses).toEqual(['Right: €2bn: timing contradicted: a past figure.']);
  });

  it('labels each dot with side, scope and period, and keeps values inside the plot', () => {
    const chart = moneyChart([row('x', 1, 5e8), row('y', 0, 3e6)], names, 'EUR', en, 340);
    const dots = chart.groups[0]!.dots;
    expect(dots.map((d) => d.label)).toEqual(['Right · national · per year', 'Left · national · per year']);
    for (const d of dots) {
      expect(d.x).toBeGreaterThanOrEqual(0);
      expect(d.x).toBeLessThanOrEqual(340);
    }
    expect(dots.find((d) => d.x > 340 * 0.6)!.valueAnchor).toBe('end');
  });

  it('draws nothing for no positive figure', () => {
    expect(moneyChart([], names, 'EUR', en)).toMatchObject({ groups: [], caption: '' });
    expect(moneyChart([row('z', 0, 0)], names, 'EUR', en).groups).toEqual([]);
  });
});

describe('rateGapCaveat: a ratio of conversions at rates far apart in time says so, with the rates’ dates', () => {
  const references = new Map<string, Reference>([
    ['ref', { label: 'L', publisher: 'P', url: 'https://p.example/', date: null, dateNote: null, dateKind: 'published', language: 'en' }],
  ]);
  const converted = (date: string) =>
    ({ converted: { rate: rateView({ ...rate('EUR', 'AUD', 1.6), date }, references, en) } }) as unknown as Pick<ChartRowLike, 'converted'>;
  it.each([
    [
      ['2025-03-03', '2027-02-15'],
      'The figures were converted at rates of 3 March 2025 and 15 February 2027, about 2 years apart: the ratio mixes exchange rates as well as amounts.',
    ],
    [
      ['2025-03-03', '2025-09-03'],
      'The figures were converted at rates of 3 March 2025 and 3 September 2025, about 6 months apart: the ratio mixes exchange rates as well as amounts.',
    ],
    [['2025-03-03', '2025-04-03'], null],
    [['2025-03-03', '2025-03-03'], null],
    [['2025-03-03'], null],
  ])('%j → %s', (dates, expected) => expect(spaced(rateGapCaveat(dates.map(converted), en))).toBe(expected));

  it('rides on the chart group’s ratio note; each converted dot gives its rate in short (value, date and source)', () => {
    const rows = [
      { ...moneyRow('a', 0, 1e6), ...converted('2025-03-03') },
      { ...moneyRow('b', 1, 3e6), ...converted('2027-02-15') },
    ];
    expect(spaced(moneyChart(rows, ['L', 'R'], 'EUR', en).groups[0]!.rates[0])).toMatch(
      /^L, €1m \(StreamCo’s share\): converted at 1 EUR = 1.6 AUD \(3 March 2025, P\)\.$/,
    );
    expect(spaced(moneyChart(rows, ['L', 'R'], 'EUR', en).groups[0]!.note)).toBe(
      'The largest is about 3 times the smallest; ordinary (linear) scale. The figures were converted at rates of 3 March 2025 and 15 February 2027, about 2 years apart: the ratio mixes exchange rates as well as amounts.',
    );
  });
});

type ChartRowLike = Parameters<typeof moneyChart>[0][number];

function moneyRow(id: string, side: number, value: number) {
  return {
    id,
    side,
    value,
    measure: 'investment' as const,
    scope: 'this initiative',
    periodKey: 'one-off' as const,
    stated: `${value} X`,
    inCurrency: allForms({ kind: 'money', currency: 'EUR', value, scale: 'one', hedge: 'exact' }, en),
    whose: 'StreamCo’s share',
    status: null,
    statusText: null,
    sumOf: [],
    partOf: null,
  };
}

describe('ratioWords', () => {
  it.each([
    [2, 'about 2 times'],
    [9.4, 'about 9.4 times'],
    [14_647, 'about 15,000 times (4 orders of magnitude)'],
    [12, 'about 12 times (1 order of magnitude)'],
  ])('%d → %s', (ratio, expected) => expect(ratioWords(ratio, en)).toBe(expected));
});

describe('scopeWarning', () => {
  const r = (side: number, scopeKey: 'programme' | 'project' | 'regional' | 'national') => ({ side, scopeKey });
  it.each([
    [
      'programme vs national',
      [r(0, 'programme'), r(1, 'national')],
      'A’s one money figure covers the initiative itself; B’s one money figure covers the whole country. No figure has the same scope on both sides, so none can be set directly against another.',
    ],
    [
      'several scopes listed',
      [r(0, 'programme'), r(1, 'national'), r(1, 'regional'), r(1, 'project')],
      'B’s money figures cover the whole country, a whole region and single projects.',
    ],
    ['one shared scope: no warning', [r(0, 'national'), r(1, 'national'), r(1, 'regional')], null],
    ['a side without money: no warning', [r(0, 'national')], null],
  ])('%s', (_label, rows, expected) => {
    const warning = scopeWarning(rows, ['A', 'B'], en);
    if (expected === null) expect(warning).toBeNull();
    else expect(warning).toContain(expected);
  });
});
