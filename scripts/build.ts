/**
 * The production build (`npm run build`, through `scripts/build.sh`; `--outDir <dir>` passes
 * through to `astro build`), with a build cache: when every input is byte for byte what the last
 * successful build had, its output is copied instead of built again.
 *
 * Invariants:
 * - The key covers every file at the project's top level but `NOT_INPUTS` (tools, tests, docs,
 *   outputs; a test checks that nothing the build reads imports them), the installed packages,
 *   Node, the platform, and every environment variable the site or Astro may read (`keyed`; a
 *   test checks every read in src/ against it).
 * - Anything the key cannot vouch for builds without the cache: other arguments than `--outDir`
 *   (`--root`, `--config`, `--mode`…), a symlink among the inputs, linked or unrecorded packages,
 *   an output folder that overlaps the cache or an input, or is a symlink.
 * - An entry is written aside and renamed into place whole, with a manifest of its files; a copy
 *   out of the cache is checked against that manifest before it replaces the output folder. A
 *   failed copy falls back to a real build; a failure to keep the output never fails the build.
 * - The build is reproducible (same inputs, same bytes: tests/build checks it), which is what
 *   makes a copy of an earlier output the same as a new build.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, realpathSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Top-level paths no build reads. Every other top-level path is an input. */
export const NOT_INPUTS = [
  '.astro',
  '.ci',
  '.git',
  '.github',
  '.gitignore',
  '.nvmrc',
  '.prettierignore',
  '.prettierrc.json',
  'CONTRIBUTING.md',
  'README.md',
  'content-errors.txt',
  'dist',
  'eslint.config.mjs',
  'node_modules',
  'screenshots',
  'tests',
  'tmp',
  'vitest.config.ts',
];

/** Environment variables that can change the output: the site's address, what Vite and Astro read, locale and time zone. */
export function keyed(name: string): boolean {
  if (name === 'ASTRO_CACHE_DIR' || name === 'ASTRO_TELEMETRY_DISABLED') return false;
  return (
    ['SITE_URL', 'BASE_PATH', 'SITE_REPOSITORY', 'NODE_ENV', 'NODE_OPTIONS', 'NODE_ICU_DATA', 'TZ', 'LANG'].includes(name) ||
    /^(PUBLIC_|VITE_|ASTRO_|LC_)/.test(name)
  );
}

/** Why a build cannot use the cache. */
class Uncacheable extends Error {}

/** Relative paths of the files under `relative`, sorted; a symlink makes the build uncacheable. */
function files(root: string, relative: string): string[] {
  const stat = lstatSync(path.join(root, relative));
  if (stat.isSymbolicLink()) throw new Uncacheable(`${relative} is a symlink`);
  if (stat.isFile()) return [relative];
  if (!stat.isDirectory()) throw new Uncacheable(`${relative} is neither a file nor a folder`);
  return readdirSync(path.join(root, relative))
    .sort()
    .flatMap((name) => files(root, path.join(relative, name)));
}

/** Whether `child` is `parent` or inside it. */
export function within(parent: string, child: string): boolean {
  const relative = path.relative(parent, child);
  return relative === '' || (relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative));
}

/** A path with its existing part resolved through symlinks (the rest may not exist yet). */
function real(p: string): string {
  const resolved = path.resolve(p);
  if (existsSync(resolved)) return realpathSync(resolved);
  const parent = path.dirname(resolved);
  return parent === resolved ? resolved : path.join(real(parent), path.basename(resolved));
}

/** Leftovers of an interrupted copy (`restore`), which no build reads. */
const PARTIAL = /\.partial-\d+$/;

/**
 * The top-level paths a build reads. The folders it writes (output, cache) must lie outside the
 * project or inside a path in `NOT_INPUTS`: anywhere else they could be, or hold, an input.
 */
export function inputsOf(root: string, writes: string[]): string[] {
  const top = real(root);
  for (const dir of writes.map(real)) {
    if (within(dir, top)) throw new Uncacheable(`${dir} holds the project`);
    if (within(top, dir) && !NOT_INPUTS.includes(path.relative(top, dir).split(path.sep)[0]!))
      throw new Uncacheable(
        `${path.relative(top, dir)} is written to: output and cache folders go under a path no build reads (dist/, node_modules/) or outside the project`,
      );
  }
  return readdirSync(root)
    .filter((name) => !NOT_INPUTS.includes(name) && !name.endsWith('.log') && !PARTIAL.test(name))
    .sort();
}

/** npm's record of the installed tree: which version of every package node_modules holds. */
function installedPackages(root: string): Buffer {
  const file = path.join(root, 'node_modules', '.package-lock.json');
  if (!existsSync(file)) throw new Uncacheable('node_modules/.package-lock.json is missing (install with npm ci)');
  const text = readFileSync(file);
  const packages = (JSON.parse(text.toString('utf8')) as { packages?: Record<string, { link?: boolean }> }).packages ?? {};
  if (Object.values(packages).some((p) => p.link)) throw new Uncacheable('a package is linked into node_modules');
  return text;
}

/** The output folder of `astro build <args>`; only `--outDir <dir>`, once, is understood. */
export function outDirOf(root: string, args: string[]): string {
  const [flag, value, ...rest] = args;
  if (args.length === 0) return path.join(root, 'dist');
  if (flag === '--outDir' && value && rest.length === 0) return path.resolve(root, value);
  if (flag?.startsWith('--outDir=') && args.length === 1) return path.resolve(root, flag.slice('--outDir='.length));
  throw new Uncacheable(`arguments other than --outDir <dir> (${args.join(' ')})`);
}

/** Hash of everything a build's output depends on; throws `Uncacheable` when it cannot vouch for one. */
export function buildKey(root: string, writes: string[], env: NodeJS.ProcessEnv): string {
  const hash = createHash('sha256');
  for (const file of inputsOf(root, writes).flatMap((input) => files(root, input))) {
    hash.update(`${file}\0`);
    hash.update(readFileSync(path.join(root, file)));
    hash.update('\0');
  }
  hash.update(installedPackages(root));
  hash.update(gitState(root));
  const variables = Object.keys(env)
    .filter(keyed)
    .sort()
    .map((name) => [name, env[name]]);
  hash.update(JSON.stringify({ node: process.version, platform: process.platform, arch: process.arch, variables }));
  return hash.digest('hex');
}

/**
 * The commit the pages name and the history they list come from (src/build/history.ts): the
 * commit, whether the clone is shallow, whether tracked files differ; empty outside a repository.
 */
function gitState(root: string): string {
  const git = (args: string[]) => spawnSync('git', args, { cwd: root, encoding: 'utf8' }).stdout?.trim() ?? '';
  return [
    'git',
    git(['rev-parse', 'HEAD']),
    git(['rev-parse', '--is-shallow-repository']),
    git(['status', '--porcelain', '--untracked-files=no']) ? 'dirty' : '',
  ].join('\0');
}

/** Every file under `dir` with its size and hash: what a sound copy must hold. */
function manifestOf(dir: string): [string, number, string][] {
  return files(dir, '').map((file) => {
    const bytes = readFileSync(path.join(dir, file));
    return [file, bytes.length, createHash('sha256').update(bytes).digest('hex')];
  });
}

const MANIFEST = 'manifest.json';

/** Copies a cached output into `outDir`, whole or not at all. */
function restore(entry: string, outDir: string): void {
  const expected = readFileSync(path.join(entry, MANIFEST), 'utf8');
  const partial = `${outDir}.partial-${process.pid}`;
  rmSync(partial, { recursive: true, force: true });
  try {
    cpSync(path.join(entry, 'out'), partial, { recursive: true });
    if (JSON.stringify(manifestOf(partial)) !== expected) throw new Error('the cached output is incomplete or altered');
    rmSync(outDir, { recursive: true, force: true });
    renameSync(partial, outDir);
  } finally {
    rmSync(partial, { recursive: true, force: true });
  }
}

/** Keeps `outDir` as the cache's one entry, written aside and renamed into place whole; other entries go. */
function keep(cacheRoot: string, key: string, outDir: string): void {
  const entry = path.join(cacheRoot, key);
  const staging = path.join(cacheRoot, `.partial-${process.pid}`);
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  cpSync(outDir, path.join(staging, 'out'), { recursive: true });
  writeFileSync(path.join(staging, MANIFEST), JSON.stringify(manifestOf(path.join(staging, 'out'))));
  discard(entry);
  renameSync(staging, entry);
  for (const name of readdirSync(cacheRoot)) if (name !== key) rmSync(path.join(cacheRoot, name), { recursive: true, force: true });
}

/** Removes a cache entry: renamed aside first, so no reader ever finds it half deleted under its key. */
function discard(entry: string): void {
  if (!existsSync(entry)) return;
  const aside = `${entry}.discarded-${process.pid}`;
  renameSync(entry, aside);
  rmSync(aside, { recursive: true, force: true });
}

function astroBuild(root: string, args: string[]): number {
  // --force: Astro rebuilds its content data store every time, so a cached store can never hide
  //   a schema change (the schemas live outside src/content.config.ts, whose text keys the store).
  // --heap-growing-percent=100: V8 collects when its heap has doubled since the last full
  //   collection instead of quadrupled, so the heap stays near what is live. Unlike a heap cap
  //   (--max-old-space-size) it cannot make a larger site fail. A V8 flag, so it goes on node's
  //   command line (NODE_OPTIONS refuses it); the worker threads share it.
  const astro = path.join(root, 'node_modules', 'astro', 'bin', 'astro.mjs');
  return spawnSync(process.execPath, ['--heap-growing-percent=100', astro, 'build', '--force', ...args], { stdio: 'inherit' }).status ?? 1;
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

function main(): number {
  const root = process.cwd();
  const args = process.argv.slice(2);
  // Astro's cache folder (as astro.config.mjs sets it) holds the build cache too.
  const cacheDir = path.resolve(root, process.env.ASTRO_CACHE_DIR || 'node_modules/.astro');
  const cacheRoot = path.join(cacheDir, 'site');
  let plan: { key: string; outDir: string };
  try {
    const outDir = outDirOf(root, args);
    if (within(real(outDir), real(cacheDir)) || within(real(cacheDir), real(outDir))) throw new Uncacheable('the output folder and the cache overlap');
    if (lstatSync(outDir, { throwIfNoEntry: false })?.isSymbolicLink()) throw new Uncacheable('the output folder is a symlink');
    plan = { key: buildKey(root, [outDir, cacheDir], process.env), outDir };
  } catch (error) {
    // Whatever stops the key being computed stops only the shortcut.
    console.log(`[build] building without the build cache: ${message(error)}`);
    return astroBuild(root, args);
  }

  const entry = path.join(cacheRoot, plan.key);
  if (existsSync(path.join(entry, MANIFEST))) {
    try {
      restore(entry, plan.outDir);
      console.log(
        `[build] inputs unchanged since the last build (${plan.key.slice(0, 12)}): output copied from the build cache to ${path.relative(root, plan.outDir)}`,
      );
      return 0;
    } catch (error) {
      console.log(`[build] the cached output could not be copied (${message(error)}): building`);
      try {
        discard(entry);
      } catch {
        // Another build may have evicted it already.
      }
    }
  }
  const status = astroBuild(root, args);
  if (status !== 0) return status;
  try {
    keep(cacheRoot, plan.key, plan.outDir);
  } catch (error) {
    console.warn(`[build] the output was not kept in the build cache: ${message(error)}`);
  }
  return 0;
}

if (process.argv[1] && realpathSync(process.argv[1]) === realpathSync(import.meta.filename)) process.exitCode = main();
