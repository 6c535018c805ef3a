/** Corrections: the schema, and the content check resolving the page a correction affects. */
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { checkContentAt, readContent } from '../../src/build/content-files.ts';
import { correctionSchema } from '../../src/schemas/correction.ts';
import { tempDir } from '../helpers/temp.ts';

const FIXTURES = 'tests/fixtures/corrections';
const example = load(readFileSync(join(FIXTURES, 'example.yaml'), 'utf8')) as Record<string, unknown>;

function contentWith(...fixtures: string[]): string {
  const dir = tempDir('corrections');
  cpSync('content', join(dir, 'content'), { recursive: true });
  mkdirSync(join(dir, 'content', 'corrections'), { recursive: true });
  for (const f of fixtures) cpSync(join(FIXTURES, f), join(dir, 'content', 'corrections', f));
  return dir;
}

describe('correctionSchema', () => {
  it('accepts the example', () => {
    expect(correctionSchema.parse(example)).toMatchObject({ date: '2026-12-07', page: { kind: 'article', id: 'jalisco-lab' } });
  });

  it.each([
    ['a month-only date', { date: '2026-12' }, 'dated to the day'],
    ['an impossible date', { date: '2026-02-30' }, 'does not exist'],
    ['an unknown page kind', { page: { kind: 'home', id: 'x' } }, 'page.kind'],
    ['a missing "wrong"', { wrong: undefined }, 'wrong'],
    ['an empty "corrected"', { corrected: '  ' }, 'corrected'],
  ])('refuses %s', (_, change, text) => {
    const result = correctionSchema.safeParse({ ...example, ...change });
    expect(result.success).toBe(false);
    const issues = result.error!.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('\n');
    expect(issues).toContain(text);
  });
});

describe('content check with corrections', () => {
  it('the real content has no corrections yet, and that is valid', () => {
    expect(readContent(process.cwd()).files.filter((f) => f.collection === 'corrections')).toEqual([]);
  });

  it('accepts a correction to an existing article', () => {
    const dir = contentWith('example.yaml');
    expect(checkContentAt(dir).errors).toEqual([]);
    expect(
      readContent(dir)
        .files.filter((f) => f.collection === 'corrections')
        .map((f) => f.id),
    ).toEqual(['example']);
  });

  it('refuses a correction dated before its page was published: what readers never saw is a draft, fixed without one', () => {
    const dir = contentWith('example.yaml');
    const file = join(dir, 'content', 'corrections', 'example.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('date: "2026-12-07"', 'date: "2026-12-06"'));
    expect(checkContentAt(dir).errors).toEqual([
      'content/corrections/example.yaml → date: 2026-12-06 is before article "jalisco-lab" was published (2026-12-07): a correction is to a published page',
    ]);
  });

  it('holds what a correction corrects a page to to that page’s facts, as our prose is held; what was wrong is not', () => {
    const dir = contentWith('example.yaml');
    const file = join(dir, 'content', 'corrections', 'example.yaml');
    const write = (wrong: string, corrected: string, page = 'kind: article\n  id: jalisco-lab') =>
      writeFileSync(file, `date: "2026-12-07"\npage:\n  ${page}\nwrong: "${wrong}"\ncorrected: "${corrected}"\n`);
    write('We gave the launch date as 13 July 2025.', 'The launch was on 5 July 2025, and Netflix’s share was nearer 30 million pesos.');
    expect(checkContentAt(dir).errors).toEqual([
      'content/corrections/example.yaml → corrected: “5 July 2025” is not a date of the facts of the page it corrects (article "jalisco-lab") (its facts give: 12 July 2025 (inferred), 2026, 20 September 2025 (inferred), 20 September)',
      'content/corrections/example.yaml → corrected: “30 million” is not a value of the facts of the page it corrects (article "jalisco-lab") nor computed from them (its facts give: 3 million, 11,000, 15, 50, 12 July 2025 (inferred), 2026, 20 September 2025 (inferred))',
    ]);
    write('We gave the launch date as 13 July 2025.', 'The launch was on 12 July 2025.');
    expect(checkContentAt(dir).errors).toEqual([
      'content/corrections/example.yaml → corrected: “12 July 2025” is a date we infer (jalisco-lab/launch: 12 July 2025 (inferred)), not one the report states: say so in its sentence (“inferred”, “we infer”)',
    ]);
    const comparison = 'kind: comparison\n  id: jalisco-lab-vs-marseille';
    write(
      'We gave Netflix’s share as 30 million pesos.',
      'Netflix’s share is about 3 million pesos, not 30 million, corrected on 7 December 2026.',
      comparison,
    );
    expect(checkContentAt(dir).errors).toEqual([
      'content/corrections/example.yaml → corrected: “30 million” is not a value of the facts of the page it corrects (comparison "jalisco-lab-vs-marseille") nor computed from them (its facts give: 3 million, 11,000, 15, 50, 12 July 2025 (inferred), 2026, 20 September 2025 (inferred), 8th…)',
    ]);
    write(
      'We gave Netflix’s share as 30 million pesos.',
      'Netflix’s share is about 3 million pesos, about 140,000 euros, corrected on 7 December 2026.',
      comparison,
    );
    expect(checkContentAt(dir).errors).toEqual([]);
  });

  it('names the file and field when the corrected page does not exist', () => {
    expect(checkContentAt(contentWith('unknown-page.yaml')).errors).toEqual([
      'content/corrections/unknown-page.yaml → page.id: corrects comparison "no-such-comparison", which is not in content/comparisons/ (or is invalid)',
    ]);
  });
});
