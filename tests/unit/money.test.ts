/**
 * The one number formatter, as a table (in the spirit of OWID's formatValue.test.ts): every
 * hedge × scale × form of a stated amount, every hedge × form of a conversion of ours, and
 * quantities; then conversion through a dated rate, in either direction.
 */
import { describe, expect, it } from 'vitest';
import {
  absoluteValue,
  allForms,
  convertedNumber,
  convertMoney,
  findRate,
  FORMS,
  formatNumber,
  formatRateValue,
  formatRatio,
  keepNumbersTogether,
  periodText,
  roundSignificant,
  type Formattable,
} from '../../src/lib/money.ts';
import type { Amount, Money } from '../../src/schemas/amount.ts';
import type { Rate } from '../../src/schemas/rate.ts';
import { editions, en } from '../helpers/messages.ts';

type Row = [hedge: Amount['hedge'], scale: Amount['scale'], full: string, plain: string, compact: string, axis: string, short: string];

/**
 * The table's figures as the formatter writes them: hedge words may end a line, the figure from
 * its first digit, currency sign or "≈" on never does (no-break spaces, U+00A0).
 */
const held = (text: string) => text.replace(/[≈\d€$].*$/u, (figure) => figure.replace(/ /g, '\u00a0'));

// Each scale with a value written as a report writes it: 60 (one), 600 thousand, 1.5 million, 2 billion.
const VALUES: Record<Amount['scale'], number> = { one: 60, thousand: 600, million: 1.5, billion: 2 };

const STATED: Row[] = [
  ['exact', 'one', '60 EUR', '60 EUR', '60 EUR', '60', '€60'],
  ['exact', 'thousand', '600 thousand EUR', '600 thousand EUR', '600 thousand EUR', '600k', '€600k'],
  ['exact', 'million', '1.5 million EUR', '1.5 million EUR', '1.5 million EUR', '1.5m', '€1.5m'],
  ['exact', 'billion', '2 billion EUR', '2 billion EUR', '2 billion EUR', '2bn', '€2bn'],
  ['about', 'one', 'about 60 EUR', 'about 60 EUR', 'about 60 EUR', '60', 'about €60'],
  ['about', 'thousand', 'about 600 thousand EUR', 'about 600 thousand EUR', 'about 600 thousand EUR', '600k', 'about €600k'],
  ['about', 'million', 'about 1.5 million EUR', 'about 1.5 million EUR', 'about 1.5 million EUR', '1.5m', 'about €1.5m'],
  ['about', 'billion', 'about 2 billion EUR', 'about 2 billion EUR', 'about 2 billion EUR', '2bn', 'about €2bn'],
  ['nearly', 'one', 'nearly 60 EUR', 'nearly 60 EUR', 'nearly 60 EUR', '60', 'nearly €60'],
  ['nearly', 'thousand', 'nearly 600 thousand EUR', 'nearly 600 thousand EUR', 'nearly 600 thousand EUR', '600k', 'nearly €600k'],
  ['nearly', 'million', 'nearly 1.5 million EUR', 'nearly 1.5 million EUR', 'nearly 1.5 million EUR', '1.5m', 'nearly €1.5m'],
  ['nearly', 'billion', 'nearly 2 billion EUR', 'nearly 2 billion EUR', 'nearly 2 billion EUR', '2bn', 'nearly €2bn'],
  ['more-than', 'one', 'more than 60 EUR', 'more than 60 EUR', 'more than 60 EUR', '60', 'more than €60'],
  ['more-than', 'thousand', 'more than 600 thousand EUR', 'more than 600 thousand EUR', 'more than 600 thousand EUR', '600k', 'more than €600k'],
  ['more-than', 'million', 'more than 1.5 million EUR', 'more than 1.5 million EUR', 'more than 1.5 million EUR', '1.5m', 'more than €1.5m'],
  ['more-than', 'billion', 'more than 2 billion EUR', 'more than 2 billion EUR', 'more than 2 billion EUR', '2bn', 'more than €2bn'],
  ['at-least', 'one', 'at least 60 EUR', 'at least 60 EUR', 'at least 60 EUR', '60', 'at least €60'],
  ['at-least', 'thousand', 'at least 600 thousand EUR', 'at least 600 thousand EUR', 'at least 600 thousand EUR', '600k', 'at least €600k'],
  ['at-least', 'million', 'at least 1.5 million EUR', 'at least 1.5 million EUR', 'at least 1.5 million EUR', '1.5m', 'at least €1.5m'],
  ['at-least', 'billion', 'at least 2 billion EUR', 'at least 2 billion EUR', 'at least 2 billion EUR', '2bn', 'at least €2bn'],
  ['up-to', 'one', 'up to 60 EUR', 'up to 60 EUR', 'up to 60 EUR', '60', 'up to €60'],
  ['up-to', 'thousand', 'up to 600 thousand EUR', 'up to 600 thousand EUR', 'up to 600 thousand EUR', '600k', 'up to €600k'],
  ['up-to', 'million', 'up to 1.5 million EUR', 'up to 1.5 million EUR', 'up to 1.5 million EUR', '1.5m', 'up to €1.5m'],
  ['up-to', 'billion', 'up to 2 billion EUR', 'up to 2 billion EUR', 'up to 2 billion EUR', '2bn', 'up to €2bn'],
  ['estimated', 'one', 'an estimated 60 EUR', 'an estimated 60 EUR', 'an estimated 60 EUR', '60', 'an estimated €60'],
  ['estimated', 'thousand', 'an estimated 600 thousand EUR', 'an estimated 600 thousand EUR', 'an estimated 600 thousand EUR', '600k', 'an estimated €600k'],
  ['estimated', 'million', 'an estimated 1.5 million EUR', 'an estimated 1.5 million EUR', 'an estimated 1.5 million EUR', '1.5m', 'an estimated €1.5m'],
  ['estimated', 'billion', 'an estimated 2 billion EUR', 'an estimated 2 billion EUR', 'an estimated 2 billion EUR', '2bn', 'an estimated €2bn'],
];

// 3 million MXN at 21.97 MXN per EUR is 136,549.8…: shown as 140,000, our "≈" or "about" after any directional hedge.
const CONVERTED: [hedge: Amount['hedge'], full: string, plain: string, compact: string, axis: string, short: string][] = [
  ['exact', '≈ 140,000 EUR', 'about 140,000 EUR', '≈ 140 thousand EUR', '140k', 'about €140k'],
  ['about', '≈ 140,000 EUR', 'about 140,000 EUR', '≈ 140 thousand EUR', '140k', 'about €140k'],
  ['nearly', 'nearly ≈ 140,000 EUR', 'nearly about 140,000 EUR', 'nearly ≈ 140 thousand EUR', '140k', 'nearly about €140k'],
  ['more-than', 'more than ≈ 140,000 EUR', 'more than about 140,000 EUR', 'more than ≈ 140 thousand EUR', '140k', 'more than about €140k'],
  ['at-least', 'at least ≈ 140,000 EUR', 'at least about 140,000 EUR', 'at least ≈ 140 thousand EUR', '140k', 'at least about €140k'],
  ['up-to', 'up to ≈ 140,000 EUR', 'up to about 140,000 EUR', 'up to ≈ 140 thousand EUR', '140k', 'up to about €140k'],
  ['estimated', '≈ 140,000 EUR', 'about 140,000 EUR', '≈ 140 thousand EUR', '140k', 'about €140k'],
];

describe('formatNumber: every hedge × scale × form of a stated amount', () => {
  it('covers every hedge and scale', () => {
    expect(new Set(STATED.map((r) => r[0])).size).toBe(7);
    expect(STATED).toHaveLength(7 * 4);
  });
  it.each(STATED)('%s, %s', (hedge, scale, ...expected) => {
    const n: Formattable = { kind: 'money', currency: 'EUR', value: VALUES[scale], scale, hedge };
    expect(FORMS.map((form) => formatNumber(n, form, en))).toEqual(expected.map(held));
    expect(Object.values(allForms(n, en))).toEqual(expected.map(held));
  });
});

describe('formatNumber: every hedge × form of a conversion of ours', () => {
  it.each(CONVERTED)('%s', (hedge, ...expected) => {
    expect(FORMS.map((form) => formatNumber(convertedNumber(3e6 / 21.97, 'EUR', hedge), form, en))).toEqual(expected.map(held));
  });
});

describe('formatNumber: other currencies, large conversions and quantities', () => {
  it.each([
    [
      { kind: 'money', currency: 'MXN', value: 3, scale: 'million', hedge: 'about' },
      ['about 3 million MXN', 'about 3 million MXN', 'about 3 million MXN', '3m', 'about MX$3m'],
    ],
    [
      { kind: 'money', currency: 'AUD', value: 1.2, scale: 'million', hedge: 'exact' },
      ['1.2 million AUD', '1.2 million AUD', '1.2 million AUD', '1.2m', 'A$1.2m'],
    ],
    [
      { kind: 'money', currency: 'USD', value: 1_500_000, scale: 'one', hedge: 'exact' },
      ['1,500,000 USD', '1,500,000 USD', '1.5 million USD', '1.5m', 'US$1.5m'],
    ],
    [{ kind: 'money', currency: 'EUR', value: 0, scale: 'one', hedge: 'exact' }, ['0 EUR', '0 EUR', '0 EUR', '0', '€0']],
    [convertedNumber(1.25e9, 'EUR', 'exact'), ['≈ 1,300,000,000 EUR', 'about 1,300,000,000 EUR', '≈ 1.3 billion EUR', '1.3bn', 'about €1.3bn']],
    [
      { kind: 'quantity', unit: 'jobs', value: 25_000, scale: 'one', hedge: 'more-than' },
      ['more than 25,000 jobs', 'more than 25,000 jobs', 'more than 25 thousand jobs', '25k', 'more than 25k jobs'],
    ],
    [{ kind: 'quantity', unit: 'years', value: 1, scale: 'one', hedge: 'exact' }, ['1 year', '1 year', '1 year', '1', '1 year']],
    [
      { kind: 'quantity', unit: 'square-metres', value: 11_000, scale: 'one', hedge: 'exact' },
      ['11,000 square metres', '11,000 square metres', '11 thousand square metres', '11k', '11k square metres'],
    ],
  ] as [Formattable, string[]][])('%j', (n, expected) => expect(FORMS.map((form) => formatNumber(n, form, en))).toEqual(expected.map(held)));

  it.each([
    ['en', '5,000 jobs', '20,000 jobs'],
    ['fr', '5\u202f000 emplois', '20\u202f000 emplois'],
    ['es', '5.000 empleos', '20.000 empleos'],
  ])('%s groups a four-digit figure as it groups a five-digit one', (lang, four, five) => {
    const jobs = (value: number): Formattable => ({ kind: 'quantity', unit: 'jobs', value, scale: 'one', hedge: 'exact' });
    expect([5000, 20_000].map((v) => formatNumber(jobs(v), 'full', editions.get(lang)!))).toEqual([four, five].map(held));
  });

  it('Spanish writes a billion as thousands of millions and a thousand in figures, never digits with “mil”', () => {
    const es = editions.get('es')!;
    const eur = (value: number, scale: Amount['scale']): Formattable => ({ kind: 'money', currency: 'EUR', value, scale, hedge: 'exact' });
    expect([eur(1.5, 'billion'), eur(2, 'billion'), eur(140, 'thousand')].map((n) => formatNumber(n, 'full', es))).toEqual(
      ['1.500 millones EUR', '2.000 millones EUR', '140.000 EUR'].map(held),
    );
  });

  // Written out, not through `held`: what a card or a label gets, in each edition.
  it.each([
    ['en', '250\u00a0million\u00a0EUR', '≈\u00a0140,000\u00a0EUR', 'about €140k', 'about 3\u00a0million\u00a0MXN'],
    ['fr', '250\u00a0millions\u00a0EUR', '≈\u00a0140\u202f000\u00a0EUR', 'environ 140\u00a0k\u00a0€', 'environ 3\u00a0millions\u00a0MXN'],
    ['es', '250\u00a0millones\u00a0EUR', '≈\u00a0140.000\u00a0EUR', 'unos 140\u00a0mil\u00a0€', 'unos 3\u00a0millones\u00a0MXN'],
  ])('%s: a figure never breaks across lines (number, scale word and currency, and our "≈", held by no-break spaces)', (lang, stated, full, short, hedged) => {
    const m = editions.get(lang)!;
    const converted = convertedNumber(3e6 / 21.97, 'EUR', 'about');
    expect(formatNumber({ kind: 'money', currency: 'EUR', value: 250, scale: 'million', hedge: 'exact' }, 'full', m)).toBe(stated);
    expect(formatNumber(converted, 'full', m)).toBe(full);
    expect(formatNumber(converted, 'short', m)).toBe(short);
    expect(formatNumber({ kind: 'money', currency: 'MXN', value: 3, scale: 'million', hedge: 'about' }, 'full', m)).toBe(hedged);
  });

  it.each([
    ['one source gives 200 million for 2024', 'one source gives 200\u00a0million for 2024'],
    ['une source donne 200 millions pour 2024', 'une source donne 200\u00a0millions pour 2024'],
    ['unos 3 millones de pesos, 2 mil millones', 'unos 3\u00a0millones de pesos, 2\u00a0mil millones'],
    ['250 EUR a year, 12 € and 5 MXN', '250\u00a0EUR a year, 12\u00a0€ and 5\u00a0MXN'],
    // Only a scale word or a currency: a year, a count of people or a date stays breakable.
    ['in 2024 the 4 named people, 12 July', 'in 2024 the 4 named people, 12 July'],
  ])('keepNumbersTogether: %s', (text, expected) => expect(keepNumbersTogether(text)).toBe(expected));

  it('axis ticks keep one decimal', () => {
    expect(
      [0, 250e6, 1.5e9, 1e3, 12_345].map((v) => formatNumber({ kind: 'money', currency: 'EUR', value: v, scale: 'one', hedge: 'exact' }, 'axis', en)),
    ).toEqual(['0', '250m', '1.5bn', '1k', '12.3k']);
  });
});

describe('rates and ratios', () => {
  it.each([
    [21.97, '21.97'],
    [0.67, '0.67'],
    [151.123456, '151.123456'],
    [1.23456789, '1.234568'],
    [1640, '1,640'],
  ])('rate %d → %s (as published, up to six decimals)', (value, expected) => expect(formatRateValue(value, en.locale)).toBe(expected));
  it.each([
    [2, '2'],
    [9.43, '9.4'],
    [14_647, '15,000'],
  ])('ratio %d → %s (two significant figures)', (value, expected) => expect(formatRatio(value, en.locale)).toBe(expected));
});

describe('periods', () => {
  it.each([
    [{ period: 'one-off', periodWords: null }, 'one-off'],
    [{ period: 'per-year', periodWords: null }, 'per year'],
    [{ period: 'cumulative', periodWords: 'by 2025' }, 'cumulative (“by 2025”)'],
    [{ period: 'unspecified', periodWords: null }, 'period not stated'],
    // A yearly or one-off period's words only repeat the label: shown for a cumulative span alone.
    [{ period: 'per-year', periodWords: 'annually' }, 'per year'],
    [{ period: 'one-off', periodWords: 'once' }, 'one-off'],
  ] as const)('%j → %s', (amount, expected) => expect(periodText(amount, en)).toBe(expected));
  it.each([
    ['fr', 'par an', 'cumulé («\u00a0by 2025\u00a0»)'],
    ['es', 'por año', 'acumulado («by 2025»)'],
  ])('%s: an English report’s “per year” is not repeated after its translation; “by 2025” is shown', (lang, perYear, cumulative) => {
    const m = editions.get(lang)!;
    expect(periodText({ period: 'per-year', periodWords: 'per year' }, m)).toBe(perYear);
    expect(periodText({ period: 'cumulative', periodWords: 'by 2025' }, m)).toBe(cumulative);
  });
});

describe('conversion', () => {
  const rate = (base: string, quote: string, value: number, date: string): Rate => ({
    base,
    quote,
    value,
    date,
    approximate: false,
    kind: 'test',
    source: 'ref',
    why: 'test',
  });
  const money = (value: number, scale: Money['scale'], currency: string) => ({ kind: 'money', currency, value, scale }) as Money;

  it('multiplies by a rate quoted from the amount’s currency, divides by one quoted the other way', () => {
    const rates = [rate('EUR', 'MXN', 21.97, '2025-06-02'), rate('CAD', 'EUR', 0.67, '2025-01-02')];
    expect(convertMoney(money(3, 'million', 'MXN'), 'EUR', rates).converted).toBeCloseTo(136_549.84, 1);
    expect(convertMoney(money(10, 'million', 'CAD'), 'EUR', rates).converted).toBeCloseTo(6_700_000, 6);
    expect(convertMoney(money(250, 'million', 'EUR'), 'EUR', rates)).toMatchObject({ converted: 250e6, rate: null });
    expect(() => convertMoney(money(1, 'one', 'JPY'), 'EUR', rates)).toThrow('no rate converts JPY to EUR');
  });

  it('takes the latest rate of a pair, either way round', () => {
    const rates = [rate('EUR', 'MXN', 21, '2024-01-01'), rate('MXN', 'EUR', 0.05, '2025-01-01')];
    expect(findRate(rates, 'MXN', 'EUR')).toMatchObject({ inverse: false, rate: { date: '2025-01-01' } });
    expect(findRate(rates, 'EUR', 'MXN')).toMatchObject({ inverse: true });
  });

  it('rounds to significant figures and scales values', () => {
    expect([136_549.8, 2_449_999, 0.01234, 0].map((v) => roundSignificant(v, 2))).toEqual([140_000, 2_400_000, 0.012, 0]);
    expect(absoluteValue({ value: 1.5, scale: 'billion' })).toBe(1.5e9);
  });
});
