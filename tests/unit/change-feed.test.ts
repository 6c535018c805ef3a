import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { changeFeeds, changeText, reasonText, type ChangeFeedInput } from '../../src/lib/trust/change-feed.ts';
import type { ChangeSet } from '../../src/lib/trust/changes.ts';
import { en } from '../helpers/messages.ts';
import { spaced } from '../helpers/spaces.ts';

const set = (commit: string, committed: string, rest: Partial<ChangeSet> = {}): ChangeSet => ({
  commit: commit.repeat(40).slice(0, 40),
  committed,
  day: committed.slice(0, 10),
  subject: `Commit ${commit}`,
  note: null,
  report: null,
  changes: [
    {
      target: { kind: 'verdict', id: 'money', label: 'Money: our verdict', anchor: 'money' },
      field: 'finding',
      before: 'Old <b>words</b>.',
      after: 'New words.',
    },
  ],
  ...rest,
});

const input: ChangeFeedInput = {
  siteName: 'Site',
  siteUrl: 'https://o.github.io/r/',
  atomUrl: 'https://o.github.io/r/changes.xml',
  jsonUrl: 'https://o.github.io/r/changes.json',
  fallbackDate: '2026-11-22',
  licence: 'CC BY 4.0',
  pages: [
    {
      title: 'A vs B',
      url: 'https://o.github.io/r/compare/a-vs-b/changes/',
      sets: [set('b', '2026-11-30T10:00:00+00:00'), set('a', '2026-11-25T10:00:00+00:00')],
    },
    {
      title: 'A',
      url: 'https://o.github.io/r/articles/a/changes/',
      sets: [set('c', '2026-11-28T10:00:00+00:00', { changes: [], note: 'We said 3. It is 4.', report: 'https://github.com/o/r/issues/7' })],
    },
  ],
};

describe('changeText and reasonText', () => {
  it.each([
    [{ before: 'a', after: 'b' }, 'Money: our verdict, finding: was “a”; now “b”.'],
    [{ before: null, after: 'b', field: null }, 'Money: our verdict: added: “b”.'],
    [{ before: 'a', after: null, field: null }, 'Money: our verdict: removed (it said “a”).'],
  ])('%j', (c, text) => expect(changeText({ ...set('a', '2026-11-25T10:00:00+00:00').changes[0]!, ...c }, en)).toBe(text));

  it('a correction recorded with the change is its reason; else the commit message', () => {
    expect(reasonText(set('a', '2026-11-25T10:00:00+00:00'), en)).toBe('Commit a');
    expect(reasonText(set('a', '2026-11-25T10:00:00+00:00', { note: 'We said 3. It is 4.' }), en)).toBe('Correction: We said 3. It is 4.');
  });
});

describe('changeFeeds', () => {
  const { atom, json } = changeFeeds(input, en);

  it('Atom: one entry per page and commit, newest first, dated by the commit, linking to the change on the history page', () => {
    const feed = new XMLParser({ ignoreAttributes: false }).parse(atom).feed;
    expect(feed.updated).toBe('2026-11-30T10:00:00.000Z');
    expect(feed.id).toBe(input.atomUrl);
    const entries = feed.entry as Record<string, unknown>[];
    expect(entries.map((e) => e.updated)).toEqual(['2026-11-30T10:00:00.000Z', '2026-11-28T10:00:00.000Z', '2026-11-25T10:00:00.000Z']);
    expect(entries[0]!.id).toBe(`${input.pages[0]!.url}#change-bbbbbbbbbbbb`);
    const title = (e: Record<string, unknown>) => (e.title as Record<string, string>)['#text'];
    expect(spaced(title(entries[0]!))).toBe('A vs B: 1 change (30 November 2026)');
    const content = (e: Record<string, unknown>) => (e.content as Record<string, string>)['#text'];
    expect(content(entries[0]!)).toContain('was “Old &lt;b&gt;words&lt;/b&gt;.”; now “New words.”');
    expect(spaced(title(entries[1]!))).toBe('A: correction (28 November 2026)');
    expect(content(entries[1]!)).toContain('href="https://github.com/o/r/issues/7"');
  });

  it('titles and summaries are text in both formats (Atom declares them HTML, so they are escaped there)', () => {
    const { atom: a, json: j } = changeFeeds({ ...input, pages: [{ ...input.pages[0]!, title: 'A & <B>' }] }, en);
    expect(a).toContain('<![CDATA[A &amp; &lt;B&gt;: 1 change');
    expect(spaced((JSON.parse(j) as { items: { title: string; summary: string }[] }).items[0]!.title)).toBe('A & <B>: 1 change (30 November 2026)');
    expect(a).not.toContain('<b>words');
  });

  it('drops characters XML cannot hold, which an old version may quote', () => {
    const old = { ...input.pages[0]!, sets: [set('d', '2026-11-30T10:00:00+00:00', { subject: 'Bad\u0000 char\u000B' })] };
    const { atom: a } = changeFeeds({ ...input, pages: [old] }, en);
    expect(a.includes('\u0000') || a.includes('\u000B')).toBe(false);
    expect(new XMLParser().parse(a).feed.entry.summary).toContain('Bad char');
  });

  it('JSON Feed: the same entries', () => {
    const feed = JSON.parse(json) as { version: string; items: { id: string; content_html: string; date_modified?: string }[] };
    expect(feed.version).toMatch(/^https:\/\/jsonfeed\.org\/version\/1/);
    expect(feed.items.map((i) => i.id)).toEqual([
      `${input.pages[0]!.url}#change-bbbbbbbbbbbb`,
      `${input.pages[1]!.url}#change-cccccccccccc`,
      `${input.pages[0]!.url}#change-aaaaaaaaaaaa`,
    ]);
  });

  it('is the same for the same history (no clock), and dated by the site’s last change when nothing changed', () => {
    expect(changeFeeds(input, en)).toEqual({ atom, json });
    const empty = changeFeeds({ ...input, pages: [] }, en);
    expect(new XMLParser().parse(empty.atom).feed.updated).toBe('2026-11-22T00:00:00.000Z');
    expect(changeFeeds({ ...input, pages: [] }, en)).toEqual(empty);
  });
});
