/**
 * The history of content/ read from a real git repository (temporary, with fixed commit dates):
 * versions per page, the `Change: typo` trailer, corrections recorded with a change, the commit
 * built; and the clear note, without versions, outside a repository and in a shallow clone.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { pageHistoryOf, readHistory } from '../../src/build/history.ts';
import { sha256 } from '../../src/lib/trust/verification.ts';
import { commit, git, initRepository } from '../helpers/git.ts';
import { en } from '../helpers/messages.ts';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'history-'));
  dirs.push(dir);
  return dir;
};

const article = (value: number, body = '\nLe texte du rapport.\n') =>
  `---\ntitle: "T"\namounts:\n  - id: fund\n    what: "the fund"\n    value: ${value}\n---\n${body}`;
const comparison = (finding: string) => `---\ntitle: "C"\nverdicts:\n  - dimension: money\n    finding: "${finding}"\n---\n\nOur analysis.\n`;

function repository(): string {
  const dir = tempDir();
  mkdirSync(join(dir, 'content/articles'), { recursive: true });
  mkdirSync(join(dir, 'content/comparisons'), { recursive: true });
  mkdirSync(join(dir, 'content/corrections'), { recursive: true });
  writeFileSync(join(dir, 'content/articles/a.mdx'), article(3));
  writeFileSync(join(dir, 'content/comparisons/a-vs-b.mdx'), comparison('Not comparable.'));
  writeFileSync(join(dir, 'README.md'), 'not content\n');
  initRepository(dir, ['.'], '2026-11-22T09:00:00+00:00');
  writeFileSync(join(dir, 'content/articles/a.mdx'), article(4));
  commit(dir, ['content'], '2026-11-25T23:30:00-05:00', 'Fund: four million, as the report says');
  writeFileSync(join(dir, 'content/articles/a.mdx'), article(4, '\nLe texte du rapport, corrigé.\n'));
  commit(dir, ['content'], '2026-11-27T10:00:00+00:00', 'Fix a transcription slip\n\nChange: typo');
  writeFileSync(join(dir, 'content/comparisons/a-vs-b.mdx'), comparison('Partly comparable.'));
  writeFileSync(
    join(dir, 'content/corrections/money.yaml'),
    'date: "2026-11-28"\npage:\n  kind: comparison\n  id: a-vs-b\nwrong: "We said not comparable."\ncorrected: "Partly."\nreport: "https://github.com/o/r/issues/7"\n',
  );
  commit(dir, ['content'], '2026-11-28T10:00:00+00:00', 'Money verdict corrected');
  writeFileSync(join(dir, 'README.md'), 'not content, changed\n');
  commit(dir, ['README.md'], '2026-11-29T10:00:00+00:00', 'Docs');
  return dir;
}

describe('readHistory', () => {
  const dir = repository();
  const history = readHistory(dir);

  it('names the commit built, by its commit date, and whether tracked files differ', () => {
    expect(history.complete).toBe(true);
    expect(history.note).toBeNull();
    expect(history.head).toEqual({ commit: git(dir, ['rev-parse', 'HEAD']).trim(), committed: '2026-11-29T10:00:00+00:00', dirty: false });
    writeFileSync(join(dir, 'README.md'), 'edited, not committed\n');
    expect(readHistory(dir).head!.dirty).toBe(true);
    git(dir, ['checkout', '-q', '--', 'README.md']);
  });

  it('every committed version of each page, oldest first, with its day (UTC), message, trailer and body hash', () => {
    const versions = history.versions.get('article/a')!;
    expect(versions.map((v) => [v.day, v.subject, v.typo])).toEqual([
      ['2026-11-22', 'Publish', false],
      ['2026-11-26', 'Fund: four million, as the report says', false],
      ['2026-11-27', 'Fix a transcription slip', true],
    ]);
    expect(versions[1]!.data).toMatchObject({ amounts: [{ id: 'fund', value: 4 }] });
    expect(versions[0]!.bodySha256).toBe(sha256('\nLe texte du rapport.\n'));
    expect(versions[2]!.bodySha256).toBe(sha256(readFileSync(join(dir, 'content/articles/a.mdx'), 'utf8').split('---\n')[2]!));
  });

  it('a correction added with a change travels with it, with the report it answers', () => {
    const versions = history.versions.get('comparison/a-vs-b')!;
    expect(versions.at(-1)!.corrections).toEqual([{ wrong: 'We said not comparable.', corrected: 'Partly.', report: 'https://github.com/o/r/issues/7' }]);
  });

  it('an old correction’s report becomes a link only when it is an http(s) address', () => {
    const other = repository();
    writeFileSync(join(other, 'content/articles/a.mdx'), article(5));
    writeFileSync(
      join(other, 'content/corrections/fund.yaml'),
      'date: "2026-12-01"\npage:\n  kind: article\n  id: a\nwrong: "3."\ncorrected: "5."\nreport: "javascript:alert(1)"\n',
    );
    commit(other, ['content'], '2026-12-01T10:00:00+00:00', 'Fund corrected');
    expect(readHistory(other).versions.get('article/a')!.at(-1)!.corrections).toEqual([{ wrong: '3.', corrected: '5.', report: null }]);
  });

  it('a page’s changes and dates: the typo commit left out, published on the first commit, updated on the last listed change', () => {
    const a = pageHistoryOf(history, 'article', 'a', en);
    expect(a.sets.map((s) => s.subject)).toEqual(['Fund: four million, as the report says']);
    expect(a.dates).toEqual({ published: '2026-11-22', updated: '2026-11-26' });
    const c = pageHistoryOf(history, 'comparison', 'a-vs-b', en);
    expect(c.sets[0]).toMatchObject({ note: 'We said not comparable. Partly.', report: 'https://github.com/o/r/issues/7' });
    expect(c.sets[0]!.changes).toEqual([expect.objectContaining({ field: 'finding', before: 'Not comparable.', after: 'Partly comparable.' })]);
  });

  it('reads a project kept in a folder of a larger repository', () => {
    const outer = tempDir();
    execFileSync('cp', ['-r', join(dir, 'content'), join(outer, 'content')]);
    mkdirSync(join(outer, 'site'));
    execFileSync('mv', [join(outer, 'content'), join(outer, 'site', 'content')]);
    initRepository(outer, ['.'], '2026-11-22T09:00:00+00:00');
    expect(readHistory(join(outer, 'site')).versions.get('article/a')).toHaveLength(1);
  });
});

describe('without a complete history, the build says so', () => {
  it('outside a repository: no commit, no versions, a note', () => {
    const history = readHistory(tempDir());
    expect(history).toMatchObject({ head: null, complete: false, versions: new Map() });
    expect(history.note).toMatch(/outside a git repository/);
  });

  it('in a shallow clone: the commit is known, the history is not used (its first commit would pass for each page’s publication)', () => {
    const source = repository();
    const shallow = join(tempDir(), 'clone');
    execFileSync('git', ['clone', '-q', '--depth', '1', `file://${source}`, shallow]);
    const history = readHistory(shallow);
    expect(history.head?.commit).toBe(git(source, ['rev-parse', 'HEAD']).trim());
    expect(history.complete).toBe(false);
    expect(history.versions.size).toBe(0);
    expect(history.note).toMatch(/shallow clone .* fetch-depth: 0/);
    expect(pageHistoryOf(history, 'article', 'a', en)).toEqual({ sets: [], dates: null });
  });
});
