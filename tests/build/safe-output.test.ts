/**
 * Real builds in temporary copies: no command deletes what it did not write. An output or cache
 * folder that is, holds or sits in an input is refused before anything is touched, and a build
 * that fails after Astro started leaves the previous dist/ byte for byte as it was.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { digest } from '../helpers/digest.ts';
import { build, buildEnv, projectCopy, ROOT } from '../helpers/project.ts';

const GOOD = 'tests/fixtures/good-content';
const copies: string[] = [];
afterAll(() => copies.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function copy(): string {
  const dir = projectCopy(GOOD);
  copies.push(dir);
  return dir;
}

/** Path → hash of every file of a project copy, but its linked node_modules and its caches. */
function files(dir: string): Map<string, string> {
  const found = new Map<string, string>();
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (d === dir && ['node_modules', '.cache', '.astro'].includes(name)) continue;
      if (statSync(path).isDirectory()) walk(path);
      else found.set(relative(dir, path), createHash('sha256').update(readFileSync(path)).digest('hex'));
    }
  };
  walk(dir);
  return found;
}

function astroBuild(dir: string, outDir: string, env: Record<string, string> = {}) {
  const result = spawnSync(join(ROOT, 'node_modules/.bin/astro'), ['build', '--force', '--outDir', outDir], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...buildEnv(), BASE_PATH: '/', SITE_URL: 'https://example.github.io', ASTRO_CACHE_DIR: join(dir, '.cache'), NO_COLOR: '1', ...env },
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

// Every folder rule is proven on `outputProblem` and `cacheFolder` in tests/unit/safe-output.test.ts;
// here, one real run for each place they are wired: `--outDir` (the integration) and
// ASTRO_CACHE_DIR (astro.config.mjs, before Astro clears its cache).
describe('an output or cache folder that holds or sits in an input is refused before anything is touched', () => {
  it('--outDir content', () => {
    const dir = copy();
    const before = files(dir);
    const result = astroBuild(dir, 'content');
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('--outDir content sits inside content/');
    expect(result.output).toContain('Nothing was written or deleted.');
    expect(files(dir)).toEqual(before);
  });

  it('ASTRO_CACHE_DIR=content is refused as the configuration loads', () => {
    const dir = copy();
    const before = files(dir);
    const result = astroBuild(dir, 'dist', { ASTRO_CACHE_DIR: 'content' });
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('ASTRO_CACHE_DIR=content sits inside content/');
    expect(files(dir)).toEqual(before);
  });
});

describe('a build that fails after Astro started', () => {
  it('leaves the previous dist/ byte-identical, and no staging folder behind', () => {
    const dir = copy();
    // The previous dist/: an earlier site (the shared build of ours).
    const previous = join(dir, 'dist');
    cpSync(inject('builds').site.distDir, previous, { recursive: true });
    const before = digest(previous);
    expect(before.size).toBeGreaterThan(10);
    // A page that throws while Astro renders it: the build fails after the output folder was emptied.
    const page = join(dir, 'src/pages/robots.txt.ts');
    writeFileSync(page, `${readFileSync(page, 'utf8')}\nthrow new Error('a page that fails to render');\n`);
    const second = build(dir);
    expect(second.status).not.toBe(0);
    expect(second.output).toContain('a page that fails to render');
    expect(digest(previous)).toEqual(before);
    expect(readdirSync(dir).filter((name) => name.includes('.staging-'))).toEqual([]);
    expect(existsSync(join(dir, 'dist'))).toBe(true);
  });
});
