/**
 * The build cache (scripts/build.ts) is only as safe as its key: it must see every file and
 * variable a build can read, and refuse what it cannot vouch for.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildKey, inputsOf, keyed, NOT_INPUTS, outDirOf } from '../../scripts/build.ts';
import { ROOT } from '../helpers/project.ts';

/** Vite and Astro's own values, derived from the config (itself an input), never from the environment. */
const BUILTINS = new Set(['BASE_URL', 'SITE', 'DEV', 'PROD', 'SSR', 'MODE']);

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sources(join(dir, e.name)) : [join(dir, e.name)]));
}
/** What `npm run build` runs: the build script, the config and everything under src/. */
const buildSources = [...sources(join(ROOT, 'src')), join(ROOT, 'astro.config.mjs'), join(ROOT, 'scripts/build.ts')];

describe('what the build reads', () => {
  it('no source of the build imports a path the key leaves out', () => {
    const imports = buildSources.flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/(?:from|import)\s*\(?\s*['"](\.[^'"]+)['"]/g)].map((m) => ({ file, target: join(file, '..', m[1]!) })),
    );
    const outside = imports.filter(({ target }) => NOT_INPUTS.includes(relative(ROOT, target).split('/')[0]!));
    expect(outside.map(({ file, target }) => `${relative(ROOT, file)} → ${relative(ROOT, target)}`)).toEqual([]);
  });

  it('every environment variable the site reads is in the key, or is one of Vite and Astro’s config-derived values', () => {
    const reads = new Set(
      buildSources.flatMap((file) =>
        [...readFileSync(file, 'utf8').matchAll(/\benv(?:\.([A-Z][A-Z0-9_]*)|\[['"]([A-Z][A-Z0-9_]*)['"]\])/g)].map((m) => (m[1] ?? m[2])!),
      ),
    );
    expect(reads.size).toBeGreaterThan(3);
    const unkeyed = [...reads].filter((name) => !keyed(name) && !BUILTINS.has(name) && name !== 'ASTRO_CACHE_DIR');
    expect(unkeyed).toEqual([]);
  });
});

describe('build key', () => {
  const project = () => {
    const dir = mkdtempSync(join(tmpdir(), 'build-key-'));
    for (const name of ['content', 'src', 'package.json', 'README.md']) cpSync(join(ROOT, name), join(dir, name), { recursive: true });
    mkdirSync(join(dir, 'node_modules'));
    writeFileSync(join(dir, 'node_modules/.package-lock.json'), '{"packages":{"node_modules/astro":{"version":"7.0.0"}}}');
    return dir;
  };
  const env = { SITE_URL: 'https://example.org', BASE_PATH: '/', HOME: '/root' };

  it('changes with any input, the address, the locale, the packages and .env files; not with docs, tests or the output', () => {
    const dir = project();
    const key = (e: NodeJS.ProcessEnv = env, writes = [join(dir, 'dist')]) => buildKey(dir, writes, e);
    const base = key();
    const edited = (file: string, change: (text: string) => string) => {
      const before = readFileSync(join(dir, file), 'utf8');
      writeFileSync(join(dir, file), change(before));
      const after = key();
      writeFileSync(join(dir, file), before);
      return after;
    };
    expect(key({ ...env, HOME: '/home/other' }, [join(dir, 'dist/elsewhere')])).toBe(base);
    expect(edited('README.md', (t) => `${t}\nmore`)).toBe(base);
    mkdirSync(join(dir, 'tests'));
    writeFileSync(join(dir, 'tests/a.test.ts'), '');
    writeFileSync(join(dir, 'build.log'), 'x');
    expect(key()).toBe(base);
    expect(edited('content/site.yaml', (t) => `${t}\n# a comment`)).not.toBe(base);
    expect(edited('src/lib/urls.ts', (t) => `${t}\n`)).not.toBe(base);
    expect(edited('node_modules/.package-lock.json', (t) => t.replace('7.0.0', '7.0.1'))).not.toBe(base);
    expect(key({ ...env, SITE_URL: 'https://example.com' })).not.toBe(base);
    expect(key({ ...env, LC_ALL: 'da_DK.UTF-8' })).not.toBe(base);
    expect(key({ ...env, PUBLIC_FLAG: '1' })).not.toBe(base);
    expect(key({ ...env, NODE_OPTIONS: '--conditions=x' })).not.toBe(base);
    writeFileSync(join(dir, 'postcss.config.mjs'), 'export default {};');
    const withConfig = key();
    expect(withConfig).not.toBe(base);
    writeFileSync(join(dir, '.env.production'), 'PUBLIC_X=1\n');
    expect(key()).not.toBe(withConfig);
  });

  it('writes only under a path no build reads, or outside the project; refuses symlinks, special files, linked or unrecorded packages', () => {
    const dir = project();
    mkdirSync(join(dir, 'dist/site'), { recursive: true });
    writeFileSync(join(dir, 'dist/site/index.html'), 'built');
    expect(buildKey(dir, [join(dir, 'dist/site'), join(dir, 'node_modules/.astro'), join(tmpdir(), 'elsewhere')], env)).toBe(buildKey(dir, [], env));
    for (const writes of [[join(dir, 'out')], [join(dir, 'src')], [join(dir, 'content/x')], [dir], [join(dir, '..')]])
      expect(() => buildKey(dir, writes, env), writes[0]).toThrow(/is written to|holds the project/);
    writeFileSync(join(dir, 'dist.partial-123'), 'an interrupted copy');
    expect(inputsOf(dir, [])).not.toContain('dist.partial-123');
    execFileSync('mkfifo', [join(dir, 'src/pipe')]);
    expect(() => buildKey(dir, [], env)).toThrow(/neither a file nor a folder/);
    rmSync(join(dir, 'src/pipe'));
    symlinkSync(join(dir, 'content'), join(dir, 'src/linked'));
    expect(() => buildKey(dir, [], env)).toThrow(/symlink/);
    const linked = project();
    writeFileSync(join(linked, 'node_modules/.package-lock.json'), '{"packages":{"node_modules/x":{"link":true}}}');
    expect(() => buildKey(linked, [], env)).toThrow(/linked/);
    const unrecorded = project();
    rmSync(join(unrecorded, 'node_modules/.package-lock.json'));
    expect(() => buildKey(unrecorded, [], env)).toThrow(/package-lock.json is missing/);
  });

  it('understands --outDir <dir> and --outDir=<dir> only', () => {
    expect(outDirOf('/p', [])).toBe('/p/dist');
    expect(outDirOf('/p', ['--outDir', 'out'])).toBe('/p/out');
    expect(outDirOf('/p', ['--outDir=/tmp/x'])).toBe('/tmp/x');
    for (const args of [
      ['--out-dir', 'x'],
      ['--outDir', 'a', '--outDir', 'b'],
      ['--root', '../other'],
      ['--config', 'x.mjs'],
      ['--mode', 'staging'],
      ['--outDir'],
    ])
      expect(() => outDirOf('/p', args), args.join(' ')).toThrow(/arguments other than/);
  });
});
