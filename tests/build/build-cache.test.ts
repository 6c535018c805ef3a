/**
 * `npm run build` (scripts/build.sh → scripts/build.ts) in a temporary copy: a build with no
 * input changed copies the last output, byte for byte, over whatever the output folder held; a
 * changed input or site address builds again; a damaged cache entry is rebuilt and replaced; an
 * argument the cache does not understand, or an output folder among the inputs, builds without it.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { digest } from '../helpers/digest.ts';
import { buildEnv, projectCopy } from '../helpers/project.ts';

const COPIED = /inputs unchanged since the last build/;
const BUILT = /page\(s\) built/;
const SITE = 'https://example.github.io';

/** Astro's cache (and the build cache in it), outside the copy: a folder a build writes may not lie among its inputs. */
const CACHE = mkdtempSync(join(tmpdir(), 'build-cache-'));

function npmBuild(dir: string, args: string[], site = SITE) {
  const result = spawnSync('sh', ['scripts/build.sh', ...args], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...buildEnv(), BASE_PATH: '/netflix-initiatives/', SITE_URL: site, ASTRO_CACHE_DIR: CACHE, NO_COLOR: '1', FORCE_COLOR: '0' },
  });
  const output = `${result.stdout}\n${result.stderr}`;
  if (result.status !== 0) throw new Error(`build failed:\n${output.slice(-4000)}`);
  return output;
}

describe('the build cache', () => {
  let dir: string;
  let first: string;
  beforeAll(() => {
    dir = projectCopy('tests/fixtures/good-content');
    first = npmBuild(dir, ['--outDir', 'dist/1']);
  });

  it('builds when it has no earlier output', () => {
    expect(first).not.toMatch(COPIED);
    expect(first).toMatch(BUILT);
  });

  it('copies the last output when no input changed: the same bytes, stale files gone, no Astro run', () => {
    writeFileSync(join(dir, 'dist/1', 'stale.html'), 'left from before');
    const second = npmBuild(dir, ['--outDir=dist/1']);
    expect(second).toMatch(COPIED);
    expect(second).not.toMatch(BUILT);
    const again = npmBuild(dir, ['--outDir', 'dist/2']);
    expect(again).toMatch(COPIED);
    expect(digest(join(dir, 'dist/1'))).toEqual(digest(join(dir, 'dist/2')));
  });

  it('builds again when a content file changed (same address), and shows the change', () => {
    const file = join(dir, 'content/site.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^(name: ["']?)/m, '$1Edited '));
    const edited = npmBuild(dir, ['--outDir', 'dist/3']);
    expect(edited).not.toMatch(COPIED);
    expect(readFileSync(join(dir, 'dist/3', 'index.html'), 'utf8')).toContain('Edited ');
    expect(npmBuild(dir, ['--outDir', 'dist/3'])).toMatch(COPIED);
  });

  it('builds again for another site address', () => {
    const other = npmBuild(dir, ['--outDir', 'dist/4'], 'https://example.org');
    expect(other).not.toMatch(COPIED);
    expect(readFileSync(join(dir, 'dist/4', 'sitemap-0.xml'), 'utf8')).toContain('https://example.org/');
  });

  it('a damaged entry is never copied: the build runs instead', () => {
    const [entry] = readdirSync(join(CACHE, 'site'));
    writeFileSync(join(CACHE, 'site', entry!, 'out', 'index.html'), 'altered');
    const output = npmBuild(dir, ['--outDir', 'dist/5'], 'https://example.org');
    expect(output).toMatch(/could not be copied \(the cached output is incomplete or altered\)/);
    expect(output).toMatch(BUILT);
    expect(readFileSync(join(dir, 'dist/5', 'index.html'), 'utf8')).toContain('Edited ');
    // The damaged entry was replaced by this build's output.
    expect(npmBuild(dir, ['--outDir', 'dist/5'], 'https://example.org')).toMatch(COPIED);
  });

  it('an argument it does not understand, or an output folder among the inputs, builds without it', () => {
    const output = npmBuild(dir, ['--outDir', 'dist/6', '--mode', 'production']);
    expect(output).toMatch(/building without the build cache: arguments other than --outDir/);
    expect(output).toMatch(BUILT);
    const amongInputs = npmBuild(dir, ['--outDir', 'site-out']);
    expect(amongInputs).toMatch(/building without the build cache: site-out is written to/);
    expect(amongInputs).toMatch(BUILT);
  });
});
