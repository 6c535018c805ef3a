/**
 * The shared build of tests/fixtures/many-reports (five reports, four currencies, four
 * comparisons, with the hostile article of tests/fixtures/hostile laid over them), at a root
 * domain: it succeeds with content files alone, every report and comparison gets its page, and
 * no byte of the output names one of our own reports, so nothing about them is baked into the code.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { readContent } from '../../src/build/content-files.ts';

const FIXTURE = 'tests/fixtures/many-reports';
/** Names from our own reports that a fixture build must never contain. */
const SEED_NAMES = /jalisco|marseille|kourtrajm|cin[ée]math[èe]que|filma|vallarta|guadalajara|informador|scrapcinema/i;

function textFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return textFiles(path);
    return /\.(html|xml|json|csv|txt|css|js)$/.test(name) ? [path] : [];
  });
}

const fixture = inject('builds').fixture;
const content = readContent(fixture.root).files;

describe('a site of six reports, built from content files alone', () => {
  it('holds the fixture’s reports and comparisons, and the hostile article', () => {
    const ids = (collection: string, root: string) =>
      readContent(root)
        .files.filter((f) => f.collection === collection)
        .map((f) => f.id);
    expect(ids('articles', fixture.root).sort()).toEqual([...ids('articles', FIXTURE), 'hostile-test'].sort());
    expect(ids('comparisons', fixture.root)).toEqual(ids('comparisons', FIXTURE));
  });

  it('is built at a root domain', () => {
    expect(fixture.base).toBe('/');
    expect(existsSync(join(fixture.distDir, 'index.html'))).toBe(true);
  });

  it.each(content.filter((f) => f.collection === 'articles' || f.collection === 'comparisons').map((f) => [f.collection, f.id] as const))(
    '%s/%s has its page',
    (collection, id) => {
      const route = collection === 'articles' ? `articles/${id}` : `compare/${id}`;
      expect(existsSync(join(fixture.distDir, route, 'index.html'))).toBe(true);
    },
  );

  it('names none of our own reports anywhere in its output', () => {
    const hits = textFiles(fixture.distDir).filter((f) => SEED_NAMES.test(readFileSync(f, 'utf8')));
    expect(hits).toEqual([]);
  });

  it('says how many reports it holds where it speaks of them all', () => {
    const data = readFileSync(join(fixture.distDir, 'data/index.html'), 'utf8');
    expect(data).toContain('Every fact of all six reports');
    expect(data).not.toMatch(/both reports/);
  });
});
