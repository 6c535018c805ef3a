import { describe, expect, it } from 'vitest';
import { isTableCell, tableSums } from '../../src/lib/arithmetic.ts';
import { formatAmount } from '../../src/lib/money.ts';
import type { Amount } from '../../src/schemas/amount.ts';
import { en } from '../helpers/messages.ts';
import { spaced } from '../helpers/spaces.ts';

const jobs = (id: string, value: number, evidence: string, extra: Partial<Amount> = {}): Amount =>
  ({
    id,
    kind: 'quantity',
    unit: 'jobs',
    value,
    scale: 'one',
    hedge: 'exact',
    hedgeWords: null,
    period: 'unspecified',
    periodWords: null,
    scope: 'national',
    what: id,
    statedBy: 'report',
    stated: String(value),
    readings: {},
    evidence,
    ...extra,
  }) as Amount;
const eur = (id: string, value: number, scale: Amount['scale'], evidence: string, extra: Partial<Amount> = {}): Amount =>
  ({
    id,
    kind: 'money',
    measure: 'economic-impact',
    currency: 'EUR',
    value,
    scale,
    hedge: 'exact',
    hedgeWords: null,
    period: 'unspecified',
    periodWords: null,
    scope: 'national',
    what: id,
    statedBy: 'report',
    stated: String(value),
    readings: {},
    evidence,
    ...extra,
  }) as Amount;

describe('isTableCell', () => {
  it.each([
    ['Film Production | 20,000 | 1.5 billion', true],
    ['more than 25,000 jobs', false],
  ])('%s → %s', (evidence, expected) => expect(isTableCell({ evidence })).toBe(expected));
});

describe('tableSums', () => {
  it.each([
    ['rows equal the total', [jobs('a', 20000, 'A | 20,000'), jobs('b', 5000, 'B | 5,000'), jobs('t', 25000, '25,000 jobs')], [['adds-up', 't', 25000, 0]]],
    [
      'rows equal to a total stated as “more than” that number do not show the “more than”',
      [jobs('a', 20000, 'A | 20,000'), jobs('b', 5000, 'B | 5,000'), jobs('t', 25000, 'more than 25,000 jobs', { hedge: 'more-than' })],
      [['hedge-differs', 't', 25000, 0]],
    ],
    [
      'rows short of the total',
      [jobs('a', 20000, 'A | 20,000'), jobs('b', 4000, 'B | 4,000'), jobs('t', 25000, '25,000 jobs')],
      [['differs', 't', 24000, 1000]],
    ],
    ['no total stated', [jobs('a', 1, 'A | 1'), jobs('b', 2, 'B | 2')], [['no-total', null, 3, 0]]],
    ['a single row is not a column', [jobs('a', 1, 'A | 1'), jobs('t', 1, 'one job')], []],
    [
      'a total of another scope is checked (the check names both scopes)',
      [jobs('a', 1, 'A | 1'), jobs('b', 2, 'B | 2'), jobs('t', 3, 'three jobs', { scope: 'regional' })],
      [['adds-up', 't', 3, 0]],
    ],
    [
      'a yearly figure is not a total for a column of stocks',
      [
        eur('p', 1.5, 'billion', 'P | 1.5 billion'),
        eur('e', 500, 'million', 'E | 500 million'),
        eur('y', 250, 'million', '250 million a year', { period: 'per-year' }),
        eur('t', 2, 'billion', 'around 2 billion', { hedge: 'about' }),
      ],
      [['adds-up', 't', 2e9, 0]],
    ],
    [
      'a rounding gap under 0.5 % still adds up',
      [jobs('a', 9990, 'A | 9,990'), jobs('b', 0, 'B | 0'), jobs('t', 10000, '10,000 jobs')],
      [['adds-up', 't', 9990, 10]],
    ],
  ])('%s', (_label, amounts, expected) => {
    expect(tableSums(amounts).map((c) => [c.result, c.total?.id ?? null, c.sum, c.difference])).toEqual(expected);
  });

  it('says when the rows and the total have different scopes', () => {
    const [check] = tableSums([jobs('a', 1, 'A | 1'), jobs('b', 2, 'B | 2'), jobs('t', 3, 'three jobs', { scope: 'regional' })]);
    expect(check!.scopes).toEqual({ parts: 'national', total: 'regional' });
  });

  it('writes the sum like the parts', () => {
    const [check] = tableSums([eur('p', 1.5, 'billion', 'P | 1.5 billion'), eur('e', 500, 'million', 'E | 500 million')]);
    expect(spaced(check!.parts.map((p) => formatAmount(p.amount, en)))).toEqual(['1.5 billion EUR', '500 million EUR']);
    expect(spaced(formatAmount(check!.sumAmount, en))).toBe('2 billion EUR');
  });
});
