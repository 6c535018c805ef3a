/**
 * `npm run build` (scripts/build.sh → scripts/build.ts) in a temporary copy: a second build with
 * no input changed copies the first one's output, byte for byte; a changed input, or a changed
 * site address, builds again.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildEnv, projectCopy } from '../helpers/project.ts';
import { digest } from '../helpers/digest.ts';

const COPIED = /inputs unchanged since the last build/;

function npmBuild(dir: string, out: string, site = 'https://example.github.io') {
  const result = spawnSync('sh', ['scripts/build.sh', '--outDir', join(dir, out)], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...buildEnv(), BASE_PATH: '/netflix-initiatives/', SITE_URL: site, ASTRO_CACHE_DIR: join(dir, '.cache'), NO_COLOR: '1', FORCE_COLOR: '0' },
  });
  const output = `${result.stdout}\n${result.stderr}`;
  if (result.status !== 0) throw new Error(`build failed:\n${output.slice(-4000)}`);
  return { output, outDir: join(dir, out) };
}

describe('the build cache', () => {
  let dir: string;
  let first: ReturnType<typeof npmBuild>;
  beforeAll(() => {
    dir = projectCopy('tests/fixtures/good-content');
    first = npmBuild(dir, 'dist-1');
  });

  it('builds when it has no earlier output', () => {
    expect(first.output).not.toMatch(COPIED);
    expect(first.output).toMatch(/page\(s\) built/);
  });

  it('copies the last output when no input changed: the same bytes, no Astro run', () => {
    const second = npmBuild(dir, 'dist-2');
    expect(second.output).toMatch(COPIED);
    expect(second.output).not.toMatch(/page\(s\) built/);
    expect(digest(second.outDir)).toEqual(digest(first.outDir));
  });

  it('builds again for another site address', () => {
    const other = npmBuild(dir, 'dist-3', 'https://example.org');
    expect(other.output).not.toMatch(COPIED);
    expect(readFileSync(join(other.outDir, 'sitemap-0.xml'), 'utf8')).toContain('https://example.org/');
  });

  it('builds again when a content file changed, and shows the change', () => {
    const file = join(dir, 'content/site.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^(name: ["']?)/m, '$1Edited '));
    const edited = npmBuild(dir, 'dist-4');
    expect(edited.output).not.toMatch(COPIED);
    expect(readFileSync(join(edited.outDir, 'index.html'), 'utf8')).toContain('Edited ');
  });
});
