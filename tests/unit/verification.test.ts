import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/build/content-files.ts';
import { checkBodies, checkedData } from '../../src/lib/content-check.ts';
import { factsOf } from '../../src/lib/facts.ts';
import { buildWords, recordLine, sha256, translationChain, verificationRecord, type BuildRecord } from '../../src/lib/trust/verification.ts';
import { ROOT } from '../helpers/project.ts';
import { en } from '../helpers/messages.ts';
import { spaced } from '../helpers/spaces.ts';

const { files } = readContent(ROOT);
const { valid } = checkedData(files);
const { checks } = checkBodies(files);
const articles = [...valid.articles.values()].map(({ file, data }) => ({ id: file.id, data, check: checks.get(file.id)! }));
const build: BuildRecord = { commit: '0123456789abcdef0123456789abcdef01234567', date: '2026-11-30', dirty: false, note: null };

describe('what the content check proves of each body', () => {
  it('SHA-256 in hex', () => {
    expect(sha256('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(sha256('é')).toBe(sha256('\u00e9'));
  });

  it.each(articles.map((a) => [a.id, a]))('%s: the hash of the text as stored (the file after its frontmatter) and every passage found', (id, a) => {
    const source = readFileSync(join(ROOT, 'content/articles', `${id}.mdx`), 'utf8');
    const body = source.slice(source.indexOf('\n---\n', 4) + '\n---\n'.length);
    expect(a.check.bodySha256).toBe(sha256(body));
    expect(a.check.passages).toEqual({ found: factsOf(a.data).length, total: factsOf(a.data).length });
  });

  it('counts a passage that is not in the body as not found', () => {
    const file = files.find((f) => f.collection === 'articles')!;
    const broken = { ...file, body: file.body!.slice(0, 40) };
    const result = checkBodies([broken]).checks.get(file.id)!;
    expect(result.passages.found).toBeLessThan(result.passages.total);
    expect(result.bodySha256).toBe(sha256(broken.body));
  });
});

describe('the record', () => {
  it.each([
    [
      { outlet: 'O', language: 'fr', translatedFrom: 'es' },
      ['Spanish original (O)', 'French translation: the text we hold and check', 'our English translation of each passage, labelled as ours'],
    ],
    [
      { outlet: 'O', language: 'pt-BR', translatedFrom: null },
      ['Brazilian Portuguese text (O): the text we hold and check', 'our English translation of each passage, labelled as ours'],
    ],
    [{ outlet: 'O', language: 'en', translatedFrom: null }, ['English text (O): the text we hold and check']],
  ])('translation chain of %j, never calling a text the original unless the data says so', (source, chain) => {
    expect(translationChain(source, en)).toEqual(chain);
  });

  it('adds the counts of every text it covers, and names each by its hash', () => {
    const record = verificationRecord(articles, build, en);
    const one = articles.map((a) => verificationRecord([a], build, en));
    expect(record.texts.map((t) => t.sha256)).toEqual(articles.map((a) => a.check.bodySha256));
    expect(record.checks.passages.total).toBe(one.reduce((n, r) => n + r.checks.passages.total, 0));
    expect(record.checks.figures).toBe(articles.reduce((n, a) => n + a.data.amounts.length, 0));
    const claims = Object.values(record.checks.claims).reduce((n, c) => n + c, 0);
    expect(claims).toBe(articles.reduce((n, a) => n + a.data.claims.length, 0));
  });

  it.each([
    [build, 'commit 0123456789ab, 30 November 2026'],
    [{ ...build, dirty: true }, 'commit 0123456789ab with uncommitted changes, 30 November 2026'],
    [{ commit: null, date: null, dirty: false, note: 'no git' }, 'built outside a git repository (no commit recorded)'],
  ])('the build in words: %j', (b, words) => expect(spaced(buildWords(b, en))).toBe(words));

  it('one line: passages found, the texts by hash (or where to find them), the commit', () => {
    const record = verificationRecord(articles.slice(0, 1), build, en);
    const { found, total } = record.checks.passages;
    expect(spaced(record.line)).toBe(
      `Verification: ${found} of ${total} passages found verbatim in the report’s text (SHA-256 ${articles[0]!.check.bodySha256.slice(0, 12)}…); commit 0123456789ab, 30 November 2026.`,
    );
    const table = articles.find((a) => a.data.amounts.some((x) => x.evidence.includes(' | ')))!;
    const rows = factsOf(table.data).filter((f) => f.evidence.includes(' | ')).length;
    const withRows = verificationRecord([table], build, en);
    // The " | " between a table row's cells is ours: the count of passages found verbatim says so.
    expect(withRows.checks.passages.tableRows).toBe(rows);
    expect(en.t('verification.passages', { found: withRows.checks.passages.found, total: withRows.checks.passages.total, rows })).toContain(
      `; ${rows} quote table rows, whose cells we join with “ | ”, a separator of ours`,
    );
    const texts = [...record.texts, ...record.texts, ...record.texts];
    expect(recordLine(texts, record.checks, build, en)).toContain('the 3 reports’ texts (each text’s SHA-256 in the record)');
  });
});
