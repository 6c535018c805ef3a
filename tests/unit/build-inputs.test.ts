/**
 * The build cache (scripts/build.ts) is only as safe as its list of inputs: every top-level
 * path of the repository must be classed as an input or as something no build reads.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILD_INPUTS, buildKey } from '../../scripts/build.ts';
import { ROOT } from '../helpers/project.ts';

/** Read by tools, tests, CI or people, never by `astro build`. */
const NOT_INPUTS = [
  '.ci',
  '.github',
  '.gitignore',
  '.nvmrc',
  '.prettierignore',
  '.prettierrc.json',
  'CONTRIBUTING.md',
  'README.md',
  'eslint.config.mjs',
  'tests',
  'vitest.config.ts',
];

describe('build inputs', () => {
  it('every tracked top-level path is an input of the build cache or declared not to be one', () => {
    const tracked = new Set(
      execFileSync('git', ['ls-files'], { cwd: ROOT, encoding: 'utf8' })
        .split('\n')
        .filter(Boolean)
        .map((file) => file.split('/')[0]!),
    );
    const unclassified = [...tracked].filter((name) => !(BUILD_INPUTS as readonly string[]).includes(name) && !NOT_INPUTS.includes(name));
    expect(unclassified, 'add each to BUILD_INPUTS in scripts/build.ts if a build can read it, else to NOT_INPUTS here').toEqual([]);
  });

  it('the key changes with any input, the site address and the installed packages, and not with docs, tests or the output folder', () => {
    const dir = mkdtempSync(join(tmpdir(), 'build-key-'));
    for (const name of ['content', 'src', 'package.json', 'README.md']) cpSync(join(ROOT, name), join(dir, name), { recursive: true });
    const env = { SITE_URL: 'https://example.org', BASE_PATH: '/', HOME: '/root' };
    const base = buildKey(dir, ['--outDir', 'dist'], env);
    const edit = (file: string, change: (text: string) => string) => {
      const before = readFileSync(join(dir, file), 'utf8');
      writeFileSync(join(dir, file), change(before));
      const key = buildKey(dir, ['--outDir', 'dist'], env);
      writeFileSync(join(dir, file), before);
      return key;
    };
    expect(buildKey(dir, ['--outDir', 'elsewhere'], env)).toBe(base);
    expect(buildKey(dir, ['--outDir=elsewhere'], { ...env, HOME: '/home/other' })).toBe(base);
    expect(edit('README.md', (t) => `${t}\nmore`)).toBe(base);
    expect(edit('content/site.yaml', (t) => `${t}\n# a comment`)).not.toBe(base);
    expect(edit('src/lib/urls.ts', (t) => `${t}\n`)).not.toBe(base);
    expect(buildKey(dir, ['--outDir', 'dist'], { ...env, SITE_URL: 'https://example.com' })).not.toBe(base);
    expect(buildKey(dir, ['--outDir', 'dist'], { ...env, PUBLIC_FLAG: '1' })).not.toBe(base);
    expect(buildKey(dir, ['--outDir', 'dist', '--mode', 'staging'], env)).not.toBe(base);
    mkdirSync(join(dir, 'node_modules'));
    writeFileSync(join(dir, 'node_modules/.package-lock.json'), '{"packages":{}}');
    const installed = buildKey(dir, ['--outDir', 'dist'], env);
    expect(installed).not.toBe(base);
    writeFileSync(join(dir, '.env'), 'PUBLIC_X=1\n');
    expect(buildKey(dir, ['--outDir', 'dist'], env)).not.toBe(installed);
  });
});
