/** The first screen: the key figures' lead measure (figures of one measure side by side, never unlike ones), the order of the verdicts, claims in brief. */
import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/build/content-files.ts';
import { dimensionOrder } from '../../src/lib/compare/index.ts';
import { articleFacts, type ClaimStatus } from '../../src/lib/fact-view.ts';
import { claimsBrief, firstByMeasure, firstOfMeasure, keyMoney, keyNote, leadMeasure, scorecard } from '../../src/lib/first-screen.ts';
import { articleSchema } from '../../src/schemas/article.ts';
import { comparisonSchema, dimensions, type Dimension, type Verdict } from '../../src/schemas/comparison.ts';
import { rateSchema } from '../../src/schemas/rate.ts';
import { referenceSchema } from '../../src/schemas/reference.ts';
import { en } from '../helpers/messages.ts';
import { spaced } from '../helpers/spaces.ts';

const minimalComparison = {
  title: 'A title',
  dek: 'A dek.',
  published: '2026-01-01',
  articles: ['a', 'b'],
  currency: 'EUR',
  verdicts: dimensions.map((dimension) => ({ dimension, short: 'Short', finding: 'Finding.', comparable: 'yes', why: 'Why.' })),
};

describe('lead measure of the key figures', () => {
  it('takes a measure both sides have, the first in measure order', () => {
    expect(leadMeasure(['spending', 'investment'], ['economic-impact', 'investment'])).toBe('investment');
    expect(leadMeasure(['investment', 'economic-impact'], ['spending', 'economic-impact'])).toBe('economic-impact');
    expect(leadMeasure(['budget', 'spending'], ['spending', 'budget'])).toBe('budget');
  });

  it('with no shared measure, takes the one closest to money put into the initiative that either side has', () => {
    expect(leadMeasure(['investment'], ['spending', 'economic-impact'])).toBe('investment');
    expect(leadMeasure(['economic-impact'], ['spending'])).toBe('spending');
    expect(leadMeasure([], ['economic-impact', null])).toBe('economic-impact');
  });

  it('is null when neither side gives a money figure', () => {
    expect(leadMeasure([], [])).toBeNull();
    expect(leadMeasure([null], [null, null])).toBeNull();
  });

  it('a side shows its first figure of the lead measure, or none; "instead" is its first by measure order', () => {
    const rows = [
      { id: 'impact', measure: 'economic-impact' as const },
      { id: 'spend', measure: 'spending' as const },
      { id: 'spend-2', measure: 'spending' as const },
    ];
    expect(firstOfMeasure(rows, 'spending')?.id).toBe('spend');
    expect(firstOfMeasure(rows, 'investment')).toBeNull();
    expect(firstOfMeasure(rows, null)).toBeNull();
    expect(firstByMeasure(rows)?.id).toBe('spend');
    expect(firstByMeasure([])).toBeNull();
  });
});

describe('order of the dimensions (news value)', () => {
  const verdict = (dimension: Dimension, facts: string[] = []): Verdict => ({
    dimension,
    short: 's',
    finding: 'f',
    comparable: 'yes',
    why: 'w',
    restsOn: { facts, references: [] },
  });
  const verdicts = dimensions.map((d) => verdict(d));
  const none = { facts: [], references: [] };

  it('with no order and no finding to rest on, is the schema order', () => {
    expect(dimensionOrder({ order: [], restsOn: none, verdicts })).toEqual([...dimensions]);
  });

  it('puts first the verdicts resting on most of the facts that back the title and dek; ties keep the schema order', () => {
    const restsOn = { facts: ['a/one', 'a/two', 'b/three'], references: [] };
    const weighted = verdicts.map((v) =>
      v.dimension === 'claims' ? verdict('claims', ['a/one', 'a/two']) : v.dimension === 'places' ? verdict('places', ['b/three', 'b/other']) : v,
    );
    expect(dimensionOrder({ order: [], restsOn, verdicts: weighted })).toEqual(['claims', 'places', 'money', 'partners', 'timeline', 'focus', 'sourcing']);
  });

  it('an editor’s order comes first, even a partial one; the rest follow by default', () => {
    expect(dimensionOrder({ order: ['sourcing', 'claims'], restsOn: none, verdicts })).toEqual([
      'sourcing',
      'claims',
      'money',
      'partners',
      'places',
      'timeline',
      'focus',
    ]);
  });

  it('the schema refuses a dimension listed twice, naming its place', () => {
    const result = comparisonSchema.safeParse({ ...minimalComparison, order: ['money', 'sourcing', 'money'] });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => [i.path.join('.'), i.message])).toContainEqual(['order.2', '"money" is listed twice: list each dimension once']);
  });

  it('the scorecard follows it, each line with its short label', () => {
    const byDimension = Object.fromEntries(verdicts.map((v) => [v.dimension, v]));
    const lines = scorecard({ verdicts: byDimension as Record<Dimension, Verdict>, order: ['claims', 'money'] }, en);
    expect(lines.map((l) => [l.dimension, l.label])).toEqual([
      ['claims', 'Claims'],
      ['money', 'Money'],
    ]);
  });
});

describe('claims in brief', () => {
  const counts = (c: Partial<Record<ClaimStatus, number>>) => ({ contradicted: 0, unclear: 0, relayed: 0, confirmed: 0, unchecked: 0, ...c });
  it.each([
    [{ contradicted: 1, unclear: 6 }, '1 contradicted · 6 not settled'],
    [{ unclear: 1, relayed: 5 }, '1 not settled · 5 repeated elsewhere'],
    [{ confirmed: 2, unchecked: 1 }, '2 confirmed · 1 with no other source'],
    [{ unchecked: 1 }, '1 with no other source'],
    [{}, 'No claim to check'],
  ])('%o → %s', (c, words) => {
    expect(claimsBrief(counts(c), en)).toBe(words);
  });
});

describe('a key figure carries its check status, whatever it is', () => {
  const { files } = readContent(process.cwd());
  const rates = files.filter((f) => f.collection === 'rates').map((f) => rateSchema.parse(f.data));
  const references = new Map(files.filter((f) => f.collection === 'references').map((f) => [f.id, referenceSchema.parse(f.data)]));
  const facts = (id: string) =>
    articleFacts({
      article: articleSchema.parse(files.find((f) => f.collection === 'articles' && f.id === id)!.data),
      currency: 'EUR',
      rates,
      references,
      messages: en,
    });
  const key = (id: string, figure: string) => keyMoney({ ...facts(id).figures.find((f) => f.id === figure)!, side: 0, evidenceHref: '#p', factHref: '#f' }, en);

  it('a relayed figure says so in its own line, and its summary stays the rate alone', () => {
    const k = key('jalisco-lab', 'netflix-contribution');
    expect(k.status).toEqual({ words: 'value reported the same way elsewhere', short: 'repeated elsewhere', tone: 'relayed' });
    expect(spaced(k.summary)).toBe('about 3 million MXN at 1 EUR = 21.97 MXN, 2 June 2025');
    expect(keyNote(k, en)).toMatch(/; value reported the same way elsewhere$/);
  });

  it('a figure with an unsettled aspect and a relayed one gives both in full, the worse alone where room is short, in its tone', () => {
    const k = key('netflix-marseille', 'national-spend');
    expect(k.status).toMatchObject({
      words: expect.stringMatching(/^value not settled: .*; scope reported the same way elsewhere$/),
      short: 'value not settled',
      tone: 'unclear',
    });
    expect(k.summary).toBe('national, per year');
  });
});
