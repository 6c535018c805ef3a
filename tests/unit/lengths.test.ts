/** Texts longer than their place on a phone: notes naming file → field, the length and the limit; never errors. */
import { describe, expect, it } from 'vitest';
import { checkContentAt, reportNotes } from '../../src/build/content-files.ts';
import { comparisonLengthNotes, LIMITS, sentenceCount } from '../../src/lib/check/lengths.ts';
import { dimensions } from '../../src/schemas/comparison.ts';

const FILE = 'content/comparisons/a-vs-b.mdx';
const text = (n: number) => 'word '.repeat(n).slice(0, n);
const comparison = (over: { title?: string; dek?: string; conclusion?: string | null; finding?: string } = {}) => ({
  title: over.title ?? 'A headline',
  dek: over.dek ?? 'A standfirst.',
  conclusion: over.conclusion === undefined ? 'One sentence.' : over.conclusion,
  verdicts: dimensions.map((dimension, i) => ({
    dimension,
    short: 'Short',
    finding: i === 6 && over.finding ? over.finding : 'A finding.',
    comparable: 'yes' as const,
    why: 'Why.',
    restsOn: { facts: [], references: [] },
  })),
});

describe('length notes', () => {
  it('say nothing of texts within their limits, at the limit itself', () => {
    expect(comparisonLengthNotes(FILE, comparison({ title: text(LIMITS.title), dek: text(LIMITS.dek), finding: text(LIMITS.finding) }))).toEqual([]);
    expect(comparisonLengthNotes(FILE, comparison({ conclusion: null }))).toEqual([]);
  });

  it.each([
    ['title', { title: text(LIMITS.title + 1) }, `86 characters, over the 85 that fit in three lines at the top of a phone screen: shorten it by 1`],
    ['dek', { dek: text(200) }, '200 characters, over the 140 that fit in four lines under the headline on a phone: shorten it by 60'],
    ['verdicts.6.finding', { finding: text(151) }, '151 characters, over the 150 that read at a glance (claims; the why is one tap away): shorten it by 1'],
    ['conclusion', { conclusion: text(241) }, '241 characters, over the 240 that a conclusion of one or two sentences takes: shorten it by 1'],
    ['conclusion', { conclusion: 'One. Two. Three.' }, '3 sentences: a conclusion is one or two'],
  ])('name %s with its length and limit', (field, over, message) => {
    expect(comparisonLengthNotes(FILE, comparison(over))).toEqual([{ file: FILE, field, message }]);
  });

  it('count an accented letter once, however it is encoded', () => {
    const decomposed = `${'e\u0301'.repeat(LIMITS.dek)}`;
    expect(comparisonLengthNotes(FILE, comparison({ dek: decomposed }))).toEqual([]);
  });

  it.each([
    ['One sentence.', 1],
    ['Netflix gave 1.5 million. The state matched it.', 2],
    ['It says “more than 25,000.” Another says 20,000. A third? None.', 4],
    ['A contribution to one programme, Netflix’s yearly spending; we set none against another.', 1],
  ])('sentences in %j: %i', (t, n) => {
    expect(sentenceCount(t)).toBe(n);
  });

  it('are listed by the content check, not counted as errors, for our content too', () => {
    const { errors, notes } = checkContentAt('.');
    expect(errors).toEqual([]);
    for (const note of notes) expect(note).toMatch(/^content\/comparisons\/[a-z0-9-]+\.mdx → (title|dek|conclusion|verdicts\.\d+\.finding): /);
    expect(reportNotes(notes)).toEqual(notes.length === 0 ? '' : expect.stringContaining('longer than their place on a phone allows'));
  });
});
