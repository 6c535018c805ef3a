import { describe, expect, it } from 'vitest';
import {
  fieldChanges,
  fromPublication,
  historyDates,
  pageChanges,
  utcDay,
  valueText,
  versionChanges,
  versionsByDay,
  type Version,
} from '../../src/lib/trust/changes.ts';
import { en } from '../helpers/messages.ts';

const version = (n: number, data: unknown, rest: Partial<Version> = {}): Version => ({
  commit: `${n}`.repeat(40).slice(0, 40),
  committed: `2026-12-0${n}T10:00:00+00:00`,
  day: `2026-12-0${n}`,
  subject: `commit ${n}`,
  typo: false,
  data,
  bodySha256: null,
  corrections: [],
  ...rest,
});

const article = (amount: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
  title: 'T',
  dek: 'D',
  initiative: { name: 'Lab', summary: 'S' },
  amounts: [{ id: 'fund', what: 'the fund', value: 3, scale: 'million', evidence: 'trois millions de pesos', ...amount }],
  claims: [{ id: 'claim-a', claim: 'The report says X.', status: 'confirmed', checks: [{ reference: 'r1', says: 'X too.' }] }],
  ...extra,
});

describe('valueText and fieldChanges', () => {
  it.each([
    [null, 'none'],
    ['a', 'a'],
    [3, '3'],
    [true, 'yes'],
    [[], 'none'],
    [['a', 'b'], 'a, b'],
    [
      [
        { reference: 'r', says: 's' },
        { reference: 'q', says: 't' },
      ],
      'reference: r; says: s | reference: q; says: t',
    ],
    [new Date('2025-07-12T00:00:00Z'), '2025-07-12'],
  ])('%j → %s', (value, text) => expect(valueText(value, en)).toBe(text));

  it('reports values present in both versions that differ, by path', () => {
    expect(fieldChanges({ id: 'x', a: 1, b: { c: 'old' } }, { id: 'x', a: 1, b: { c: 'new' } }, en)).toEqual([{ field: 'b.c', before: 'old', after: 'new' }]);
    expect(fieldChanges({ list: [{ says: 'a' }] }, { list: [{ says: 'b' }] }, en)).toEqual([{ field: 'list[1].says', before: 'a', after: 'b' }]);
  });

  it('a field that appears or disappears is a change of format, not of content', () => {
    expect(fieldChanges({ a: 1 }, { a: 1, speaker: 'someone' }, en)).toEqual([]);
    expect(fieldChanges({ a: 1, statedBy: 'x' }, { a: 1 }, en)).toEqual([]);
    expect(fieldChanges({ checks: [{ says: 'a' }] }, { checks: [{ says: 'a', aspect: 'timing' }] }, en)).toEqual([]);
  });

  it('a list that grows or shrinks is one change of the whole list', () => {
    expect(fieldChanges({ checks: [{ says: 'a' }] }, { checks: [{ says: 'a' }, { says: 'b' }] }, en)).toEqual([
      { field: 'checks', before: 'says: a', after: 'says: a | says: b' },
    ]);
  });
});

describe('pageChanges', () => {
  const v1 = version(1, article({}));
  const v2 = version(2, article({ value: 4, evidence: 'quatre millions de pesos' }), { subject: 'Fund: four million, as the report says' });
  const v3 = version(3, article({ value: 4, evidence: 'quatre millions de pesos', what: 'the fund,' }), { typo: true });

  it('lists, newest first, what each fact said and says now, with the commit’s date and message', () => {
    const sets = pageChanges('article', [v1, v2], en);
    expect(sets).toHaveLength(1);
    expect(sets[0]).toMatchObject({ commit: v2.commit, day: '2026-12-02', subject: 'Fund: four million, as the report says', note: null });
    expect(sets[0]!.changes).toEqual([
      { target: { kind: 'fact', id: 'fund', label: 'the fund', anchor: 'fact-fund' }, field: 'value', before: '3', after: '4' },
      {
        target: { kind: 'fact', id: 'fund', label: 'the fund', anchor: 'fact-fund' },
        field: 'evidence',
        before: 'trois millions de pesos',
        after: 'quatre millions de pesos',
      },
    ]);
  });

  it('leaves out a commit marked Change: typo, whose edits still move the baseline', () => {
    const sets = pageChanges('article', [v1, v2, v3, version(4, article({ value: 5, evidence: 'quatre millions de pesos', what: 'the fund,' }))], en);
    expect(sets.map((s) => s.day)).toEqual(['2026-12-04', '2026-12-02']);
    expect(sets[0]!.changes).toEqual([expect.objectContaining({ field: 'value', before: '4', after: '5' })]);
  });

  it('a fact or claim added or removed; a claim’s verdict changed; the report’s text changed', () => {
    const before = version(1, article({}), { bodySha256: 'a'.repeat(64) });
    const after = version(
      2,
      article(
        {},
        { amounts: [], claims: [{ id: 'claim-a', claim: 'The report says X.', status: 'contradicted', checks: [{ reference: 'r1', says: 'Not X.' }] }] },
      ),
      { bodySha256: 'b'.repeat(64) },
    );
    const changes = versionChanges('article', before, after, en);
    expect(changes).toContainEqual({
      target: expect.objectContaining({ kind: 'fact', id: 'claim-a' }),
      field: 'status',
      before: 'confirmed',
      after: 'contradicted',
    });
    expect(changes).toContainEqual({ target: expect.objectContaining({ id: 'claim-a' }), field: 'checks[1].says', before: 'X too.', after: 'Not X.' });
    expect(changes).toContainEqual(expect.objectContaining({ target: expect.objectContaining({ id: 'fund' }), field: null, after: null }));
    expect(changes).toContainEqual({
      target: expect.objectContaining({ kind: 'page', id: 'text' }),
      field: null,
      before: 'a'.repeat(64),
      after: 'b'.repeat(64),
    });
    const added = versionChanges('article', after, before, en);
    expect(added).toContainEqual(expect.objectContaining({ target: expect.objectContaining({ id: 'fund' }), field: null, before: null }));
  });

  it('a comparison’s verdicts by dimension, its title, dek and conclusion', () => {
    const comparison = (finding: string, conclusion: string | null) => ({
      title: 'C',
      dek: 'D',
      conclusion,
      verdicts: [{ dimension: 'money', short: 'S', finding, comparable: 'no', why: 'W' }],
    });
    const sets = pageChanges('comparison', [version(1, comparison('Old finding.', null)), version(2, comparison('New finding.', 'Now concluded.'))], en);
    expect(sets[0]!.changes).toEqual([
      { target: { kind: 'page', id: 'conclusion', label: 'Our conclusion', anchor: null }, field: null, before: 'none', after: 'Now concluded.' },
      {
        target: { kind: 'verdict', id: 'money', label: 'Money: our verdict', anchor: 'money' },
        field: 'finding',
        before: 'Old finding.',
        after: 'New finding.',
      },
    ]);
  });

  it('a commit that changed nothing listed is left out, unless it records a correction; older versions are read whatever their shape', () => {
    const same = version(2, article({}), { subject: 'reformat' });
    expect(pageChanges('article', [version(1, article({})), same], en)).toEqual([]);
    const corrected = version(2, article({}), { corrections: [{ wrong: 'We said 3.', corrected: 'It is 4.', report: 'https://github.com/o/r/issues/1' }] });
    expect(pageChanges('article', [version(1, article({})), corrected], en)[0]).toMatchObject({
      note: 'We said 3. It is 4.',
      report: 'https://github.com/o/r/issues/1',
      changes: [],
    });
    expect(pageChanges('article', [version(1, 'not an object'), version(2, null), version(3, article({}))], en)[0]!.changes.length).toBeGreaterThan(0);
  });
});

describe('dates and versions', () => {
  it('the UTC day of a commit date', () => {
    expect(utcDay('2026-11-30T23:30:00-05:00')).toBe('2026-12-01');
    expect(utcDay('2026-11-30T00:30:00+02:00')).toBe('2026-11-29');
    expect(() => utcDay('yesterday')).toThrow(/not an ISO 8601/);
  });

  it('one version a day, the day’s last', () => {
    const a = version(1, {});
    const b = { ...version(2, {}), day: a.day, subject: 'later the same day' };
    expect(versionsByDay([a, b, version(3, {})]).map((v) => v.subject)).toEqual(['later the same day', 'commit 3']);
  });

  it('a page is published on its first version’s day and updated on its last listed change', () => {
    const versions = [version(1, article({})), version(2, article({ value: 4 })), version(3, article({ value: 5 }), { typo: true })];
    expect(historyDates(versions, pageChanges('article', versions, en))).toEqual({ published: '2026-12-01', updated: '2026-12-02' });
    expect(historyDates(versions.slice(0, 1), [])).toEqual({ published: '2026-12-01', updated: null });
    expect(historyDates([], [])).toBeNull();
  });

  it('a page’s history starts at its publication: drafts before it are neither changes nor versions', () => {
    const versions = [version(1, article({})), version(2, article({ value: 4 })), version(4, article({ value: 5 }))];
    const published = fromPublication(versions, '2026-12-03');
    // The page as it stood at the end of the publication day, dated that day, then later versions.
    expect(published.map((v) => [v.subject, v.day])).toEqual([
      ['commit 2', '2026-12-03'],
      ['commit 4', '2026-12-04'],
    ]);
    const sets = pageChanges('article', published, en);
    expect(sets.map((s) => s.changes.map((c) => [c.before, c.after]))).toEqual([[['4', '5']]]);
    expect(historyDates(published, sets)).toEqual({ published: '2026-12-03', updated: '2026-12-04' });
    // Published after every commit: one version, no change.
    expect(pageChanges('article', fromPublication(versions, '2026-12-09'), en)).toEqual([]);
    // No full date, or no version that old: the history as committed.
    for (const date of [undefined, '2026-12', 42, '2026-11-30']) expect(fromPublication(versions, date)).toBe(versions);
  });
});
