import { describe, expect, it } from 'vitest';
import { relatedComparisons, type ComparisonRef } from '../../src/lib/related.ts';

const c = (id: string, published: string, articles: [string, string]): ComparisonRef => ({ id, title: id, dek: '', published, articles });
const all = [
  c('a-vs-b', '2026-01-01', ['a', 'b']),
  c('b-vs-c', '2026-03-01', ['b', 'c']),
  c('c-vs-d', '2026-02-01', ['c', 'd']),
  c('a-vs-d', '2026-02-01', ['a', 'd']),
  c('a-vs-b-again', '2026-04-01', ['b', 'a']),
];

describe('relatedComparisons', () => {
  it('lists the other comparisons that share a report, newest first, naming what they share', () => {
    const related = relatedComparisons(all, 'a-vs-b');
    expect(related.map((r) => [r.id, r.shared])).toEqual([
      ['a-vs-b-again', ['a', 'b']],
      ['b-vs-c', ['b']],
      ['a-vs-d', ['a']],
    ]);
  });

  it('leaves out comparisons with no report in common, and itself', () => {
    expect(relatedComparisons(all, 'c-vs-d').map((r) => r.id)).toEqual(['b-vs-c', 'a-vs-d']);
    expect(relatedComparisons([all[0]!], 'a-vs-b')).toEqual([]);
  });

  it('refuses an unknown comparison', () => {
    expect(() => relatedComparisons(all, 'nope')).toThrow(/nope/);
  });
});
