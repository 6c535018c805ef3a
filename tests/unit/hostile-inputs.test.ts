/**
 * Bounded work on any input: each hostile shape (small files that once hung the check for
 * minutes, ate gigabytes or crashed the build) is refused by name, and the whole content check
 * over the fixture with it takes well under 5 seconds of CPU time (CPU, not wall time: what else
 * runs on the machine does not count).
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fixtureCopy } from '../helpers/project.ts';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContentAt } from '../../src/build/content-files.ts';

const GOOD = 'tests/fixtures/good-content';
const alpha = readFileSync(join(GOOD, 'content/articles/alpha.mdx'), 'utf8');
const [, frontmatter, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(alpha)!;
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** The fixture with `files` (path → text) written over it; every error of the check, and its CPU time in ms. */
function checkWith(files: Record<string, string>): { errors: string[]; ms: number } {
  const dir = mkdtempSync(join(tmpdir(), 'hostile-'));
  dirs.push(dir);
  fixtureCopy(GOOD, dir);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  const started = process.cpuUsage();
  const { errors } = checkContentAt(dir);
  const used = process.cpuUsage(started);
  return { errors, ms: (used.user + used.system) / 1000 };
}

const article = (front: string, text: string) => ({ 'content/articles/alpha.mdx': `---\n${front}\n---\n${text}` });

/** A 1 KB "billion laughs": ten levels of nine aliases each. */
const bomb = [
  'lol: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]',
  ...Array.from({ length: 9 }, (_, i) => `l${i + 1}: &a${i + 1} [${Array(9).fill(`*a${i}`).join(', ')}]`),
].join('\n');

const shapes: [string, Record<string, string>, string][] = [
  [
    'a 1 KB YAML alias bomb in a frontmatter',
    article(`${frontmatter}\nextra:\n  ${bomb.replace(/\n/g, '\n  ')}`, body!),
    'content/articles/alpha.mdx → (frontmatter): YAML anchors and aliases (&a0, *a0) are not allowed',
  ],
  [
    'a 1 KB YAML alias bomb in a rate',
    { 'content/rates/eur-mxn.yaml': bomb },
    'content/rates/eur-mxn.yaml → (frontmatter): YAML anchors and aliases (&a0, *a0) are not allowed',
  ],
  [
    '"*" × 10,000 + x + "*" × 10,000 in a body',
    article(frontmatter!, `${body}\n${'*'.repeat(10_000)}x${'*'.repeat(10_000)}\n`),
    'content/articles/alpha.mdx → (body): the body holds 20000 “*”: at most 2000 of each Markdown mark',
  ],
  ['a run of 40 "*" in a body', article(frontmatter!, `${body}\n${'*'.repeat(40)}x${'*'.repeat(40)}\n`), '→ line 89: a run of 40 “*”: at most 32 in a row'],
  [
    'a 700 KB paragraph',
    article(frontmatter!, `${body}\n${'word '.repeat(140_000)}\n`),
    'content/articles/alpha.mdx → (file): the file is 686 KB: a content file may be at most 320 KB',
  ],
  [
    'a 260 KB body',
    article(frontmatter!, `${body}\n${'word '.repeat(53_000)}\n`),
    'content/articles/alpha.mdx → (body): the body is 259 KB: a body may be at most 256 KB',
  ],
  [
    '"- " × 2,000 on one line',
    article(frontmatter!, `${body}\n${'- '.repeat(2000)}x\n`),
    '→ line 89: the line opens more than 16 block quotes and list items (“- - - - - - …”)',
  ],
  ['"> " × 2,000 on one line', article(frontmatter!, `${body}\n${'> '.repeat(2000)}x\n`), '→ line 89: the line opens more than 16 block quotes and list items'],
  ['3,000 lines', article(frontmatter!, `${body}${'a\n'.repeat(3000)}`), '→ (body): the body has 3005 lines: a body may have at most 2000'],
  ['a 100 KB frontmatter', article(`${frontmatter}\nnote: "${'x'.repeat(100_000)}"`, body!), '→ (frontmatter): the YAML is 100 KB: at most 64 KB'],
  [
    'a 5,000-character field',
    article(frontmatter!.replace('dek: "A small fixture report about a training programme."', `dek: "${'x '.repeat(2500)}"`), body!),
    '→ dek: is 5000 characters long: a field may be at most 2000',
  ],
  [
    '600 facts',
    article(
      `${frontmatter!.replace(/\nbeneficiaries:[\s\S]*$/, '')}\nbeneficiaries:\n${Array.from({ length: 600 }, (_, i) => `  - { id: b${i}, who: W, how: H, evidence: "Alpha Lab est un programme", gloss: g }`).join('\n')}`,
      body!,
    ),
    '→ (frontmatter): the article has 606 facts: at most 500',
  ],
  [
    '1,000 quotations',
    article(
      frontmatter!
        .replace('dek: "A small fixture report about a training programme."', `dek: "${'“a” '.repeat(500)}"`)
        .replace('title: "Alpha Lab launches"', `title: "${'“b” '.repeat(30)}"`),
      body!,
    ),
    '→ (frontmatter): holds',
  ],
  [
    'YAML nested 200 deep',
    article(`${frontmatter}\nx: ${'['.repeat(200)}${']'.repeat(200)}`, body!),
    '→ (frontmatter): malformed YAML: nesting exceeded maxDepth (100)',
  ],
];

// The bound is the check's CPU time; the wall-clock timeout only catches a hang, loosely enough
// for a machine loaded with other work.
const HANG = 60_000;

describe('hostile inputs are refused by name, in bounded time', () => {
  it.each(shapes)(
    '%s',
    (_name, files, message) => {
      const { errors, ms } = checkWith(files);
      console.log(`${_name}: ${Math.round(ms)} ms of CPU`);
      expect(errors.join('\n')).toContain(message);
      expect(ms).toBeLessThan(5000);
    },
    HANG,
  );
});

describe('a body at the limits is checked whole, in bounded time', () => {
  it(
    '220 KB in one paragraph of 2,000 lines, with nearly 1,000 of each mark',
    () => {
      const marks = ['*a* ', '_b_ ', '`c` ', '[d] ', '~e~ ', '&amp; ', 'x@y.co ', '<br /> ', '| '];
      const lines = Array.from({ length: 1990 }, (_, i) => `${i < 480 ? marks.join('') : ''}${'word '.repeat(20)}`);
      const { errors, ms } = checkWith(article(frontmatter!, `${body}\n${lines.join('\n')}\n`));
      console.log(`a body at the limits: ${Math.round(ms)} ms of CPU`);
      expect(errors).toEqual([]);
      expect(ms).toBeLessThan(5000);
    },
    HANG,
  );
});
