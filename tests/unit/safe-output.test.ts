/**
 * Which folders a build may write to (src/integrations/safe-output.ts), decided before anything
 * is touched: never the project, an input of it or a folder holding `.git`; an existing output
 * only when it is empty or an earlier site.
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cacheFolder, outputProblem } from '../../src/integrations/safe-output.ts';

const base = mkdtempSync(join(tmpdir(), 'safe-output-'));
afterAll(() => rmSync(base, { recursive: true, force: true }));

// A project: inputs, an earlier dist/, a cache under node_modules, and beside it another checkout.
const root = join(base, 'project');
for (const dir of ['content/articles', 'src', 'public', 'tests', 'scripts', 'node_modules/.astro', 'node_modules/astro', 'dist', 'docs', 'old-site'])
  mkdirSync(join(root, dir), { recursive: true });
writeFileSync(join(root, 'package.json'), '{}');
writeFileSync(join(root, 'content/articles/a.mdx'), '---\n---\n');
writeFileSync(join(root, 'dist/index.html'), '<!doctype html>');
writeFileSync(join(root, 'old-site/404.html'), '<!doctype html>');
writeFileSync(join(root, 'docs/guide.md'), '# Guide');
const checkout = join(base, 'checkout');
mkdirSync(join(checkout, '.git'), { recursive: true });
mkdirSync(join(base, 'deep/a/b/.git'), { recursive: true });
mkdirSync(join(base, 'papers'), { recursive: true });
writeFileSync(join(base, 'papers/notes.txt'), 'mine');
mkdirSync(join(base, 'empty'), { recursive: true });
symlinkSync(join(root, 'content'), join(base, 'link'));

describe('an output folder', () => {
  it.each([
    ['dist', null],
    ['dist/sub', null],
    ['new-folder', null],
    ['old-site', null],
    ['node_modules/.cache/builds/x', null],
    ['tmp/out', null],
    ['../empty', null],
    ['../fresh', null],
    ['.', 'is or holds the project'],
    ['..', 'is or holds the project'],
    ['content', 'sits inside content/, which the build reads or the project keeps'],
    ['content/out', 'sits inside content/'],
    ['src', 'sits inside src/'],
    ['public', 'sits inside public/'],
    ['tests', 'sits inside tests/'],
    ['docs', 'sits inside docs/'],
    ['package.json', 'sits inside package.json,'],
    ['node_modules', 'sits inside node_modules/'],
    ['node_modules/astro', 'sits inside node_modules/'],
    ['../checkout', 'holds a git repository (.git)'],
    ['../deep', 'holds a git repository (a/b/.git)'],
    ['../papers', 'is a folder that holds no site'],
    ['../link', 'is a symbolic link'],
  ])('%s: %s', (outDir, expected) => {
    const found = outputProblem(root, join(root, outDir));
    if (expected === null) expect(found).toBeNull();
    else expect(found).toContain(expected);
  });
});

describe('a cache folder', () => {
  it('may be a cache under node_modules, a new folder or one outside the project', () => {
    expect(cacheFolder(root, './node_modules/.astro')).toBe('./node_modules/.astro');
    expect(cacheFolder(root, '.cache')).toBe('.cache');
    expect(cacheFolder(root, join(base, 'papers'))).toBe(join(base, 'papers'));
  });

  it.each([
    ['content', 'ASTRO_CACHE_DIR=content sits inside content/'],
    ['.', 'ASTRO_CACHE_DIR=. is or holds the project'],
    ['src/cache', 'sits inside src/'],
    [join(base, 'checkout'), 'holds a git repository'],
  ])('may not be %s', (folder, message) => {
    expect(() => cacheFolder(root, folder)).toThrow(message);
  });
});
