/**
 * Real builds in temporary copies: content that once ran code or slipped through (a body with
 * code or markup, a misspelt key, an unread file, an implausible value) and a malformed deploy
 * setting stop `astro build` before anything is written, with an error naming its cause.
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyOverlay, build, buildBadCase, buildEnv, projectCopy, ROOT } from '../helpers/project.ts';

const GOOD = 'tests/fixtures/good-content';

describe('astro build refuses content that is code, or not what it seems', () => {
  it.each([
    'body-flow-expression',
    'body-esm-export',
    'body-component',
    'body-same-origin-script',
    'comparison-body-expression',
    'unknown-key-beneficiary',
    'wrong-extension-md',
    'amount-huge-scaled',
    'rate-reversed',
    'language-repeated-region',
    'long-unbroken-name',
    'fact-bidi-control',
    // One of each kind the evidence check added: a located figure, a hostile file, hygiene, the clock.
    'passage-starts-inside-number',
    'yaml-alias-bomb',
    'body-combining-grapheme-joiner',
    'rate-dated-2100',
  ])('%s: exits non-zero, names file and field or line, writes no dist/', (name) => {
    const { spec, dir, result } = buildBadCase(name);
    expect(result.status).not.toBe(0);
    expect(result.output).toContain(`${spec.expect.file} → ${spec.expect.field}: `);
    expect(result.output).toContain(spec.expect.message);
    expect(existsSync(result.outDir)).toBe(false);
    // The full list is in a file too, for logs that cut long output.
    expect(readFileSync(join(dir, 'content-errors.txt'), 'utf8')).toContain(`${spec.expect.file} → ${spec.expect.field}: `);
  });

  it('refuses the hostile body, every line of it, and writes nothing', () => {
    const dir = projectCopy(GOOD);
    applyOverlay(dir, 'tests/fixtures/hostile-body');
    const result = build(dir);
    expect(result.status).not.toBe(0);
    expect(existsSync(result.outDir)).toBe(false);
    for (const cause of [
      '`import`/`export` is code',
      'is an expression',
      '<Layout> is a component',
      '<meta> is not allowed',
      '<script> is not allowed',
      '<div hidden>',
      '<span id>',
      '<span style>',
      '<abbr onclick>',
    ]) {
      expect(result.output).toContain(cause);
    }
    expect(result.output).not.toMatch(/\[build\] \d+ page\(s\) built/);
  });
});

describe('astro build refuses a malformed deploy setting', () => {
  const astroBuild = (env: Record<string, string | undefined>, siteCopy = '') => {
    const dir = projectCopy(GOOD);
    if (siteCopy) appendFileSync(join(dir, 'content/site.yaml'), siteCopy);
    const outDir = join(dir, 'dist');
    const result = spawnSync(join(ROOT, 'node_modules/.bin/astro'), ['build', '--force', '--outDir', outDir], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...buildEnv(), SITE_URL: undefined, BASE_PATH: undefined, ...env, ASTRO_CACHE_DIR: join(dir, '.cache'), NO_COLOR: '1' },
    });
    return { status: result.status, output: `${result.stdout}\n${result.stderr}`, wrote: existsSync(outDir) };
  };

  it.each([
    [{ SITE_URL: 'https://example.github.io', BASE_PATH: '//evil.com/' }, 'BASE_PATH="//evil.com/" is not a path'],
    [{ SITE_URL: 'example.github.io', BASE_PATH: '/' }, 'SITE_URL="example.github.io" is not an absolute http(s) origin'],
    [{ SITE_URL: 'https://example.github.io/repo/', BASE_PATH: '/' }, 'SITE_URL="https://example.github.io/repo/" is not an absolute http(s) origin'],
    [{ BASE_PATH: '/repo/' }, 'SITE_URL is not set: a production build needs'],
    [{ SITE_URL: '', BASE_PATH: '/repo/' }, 'SITE_URL is not set: a production build needs'],
  ])('%o: fails with a clear message, writes no dist/', (env, message) => {
    const result = astroBuild(env);
    expect(result.status).not.toBe(0);
    expect(result.output).toContain(message);
    expect(result.wrote).toBe(false);
  });

  const site = { SITE_URL: 'https://newsroom.github.io', BASE_PATH: '/' };
  it.each([
    [{ ...site, SITE_REPOSITORY: 'owner/repo' }, '', 'SITE_REPOSITORY="owner/repo" reads as a placeholder'],
    [{ ...site, SITE_REPOSITORY: '' }, '', 'no corrections channel: set SITE_REPOSITORY=<owner>/<name>'],
    [{ ...site, SITE_REPOSITORY: '' }, 'reportError: "mailto:corrections@example.org?subject=Error%20report"\n', 'reserved for examples'],
    [{ ...site, SITE_REPOSITORY: '' }, 'reportError: "mailto:desk@newsroom.test"\n', 'a top-level domain reserved for tests and examples'],
  ])('a placeholder corrections channel (%o, site copy %j) fails with a clear message, writes no dist/', (env, siteCopy, message) => {
    const result = astroBuild(env, siteCopy);
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('The corrections channel cannot be published');
    expect(result.output).toContain(message);
    expect(result.wrote).toBe(false);
  });
});
