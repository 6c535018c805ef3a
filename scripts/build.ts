/**
 * The production build (`npm run build`, through `scripts/build.sh`; arguments pass through to
 * `astro build`, e.g. --outDir), with a build cache: when every input is byte for byte what the
 * last successful build had, its output is copied instead of built again.
 *
 * Invariant: `BUILD_INPUTS` lists every project path the build can read, and the key below covers
 * them, the installed packages, Node, the platform, the arguments and the environment variables
 * the site reads. `tests/unit/build-inputs.test.ts` fails when a new top-level file or folder is
 * neither an input nor declared not to be one, so the list cannot silently fall behind. The build
 * is reproducible (same inputs, same bytes: the e2e suite checks it), which is what makes a
 * copy of an earlier output the same as a new build.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Every top-level path of the project the build reads (`.env*` files too, which Vite loads). */
export const BUILD_INPUTS = ['astro.config.mjs', 'content', 'package.json', 'package-lock.json', 'public', 'scripts', 'src', 'tsconfig.json'] as const;

/** Environment variables that change the output: the site's address, and what Vite exposes to pages. */
const keyed = (name: string) => name === 'SITE_URL' || name === 'BASE_PATH' || name === 'NODE_ENV' || name.startsWith('PUBLIC_');

function files(root: string, relative: string): string[] {
  const full = path.join(root, relative);
  if (!existsSync(full)) return [];
  if (!lstatSync(full).isDirectory()) return [relative];
  return readdirSync(full)
    .sort()
    .flatMap((name) => files(root, path.join(relative, name)));
}

/** Hash of everything a build's output depends on. */
export function buildKey(root: string, args: string[], env: NodeJS.ProcessEnv): string {
  const hash = createHash('sha256');
  const envFiles = readdirSync(root).filter((name) => name.startsWith('.env'));
  // npm's record of the installed tree: which version of every package is in node_modules.
  const installed = path.join('node_modules', '.package-lock.json');
  for (const file of [...BUILD_INPUTS.flatMap((input) => files(root, input)), ...envFiles.sort(), installed]) {
    hash.update(`${file}\0`);
    hash.update(existsSync(path.join(root, file)) ? readFileSync(path.join(root, file)) : '(missing)');
    hash.update('\0');
  }
  const variables = Object.keys(env)
    .filter(keyed)
    .sort()
    .map((name) => [name, env[name]]);
  // Where the output goes does not change it.
  const settings = args.filter((arg, i) => !arg.startsWith('--outDir') && args[i - 1] !== '--outDir');
  hash.update(JSON.stringify({ node: process.version, platform: process.platform, arch: process.arch, args: settings, variables }));
  return hash.digest('hex');
}

/** The value of `--name value` or `--name=value` in astro's arguments. */
function option(args: string[], name: string): string | undefined {
  const i = args.findIndex((a) => a === name || a.startsWith(`${name}=`));
  if (i < 0) return undefined;
  return args[i]!.includes('=') ? args[i]!.slice(name.length + 1) : args[i + 1];
}

function main(): number {
  const root = process.cwd();
  const args = process.argv.slice(2);
  const outDir = path.resolve(root, option(args, '--outDir') ?? 'dist');
  const cacheRoot = path.resolve(root, process.env.ASTRO_CACHE_DIR || 'node_modules/.astro', 'site');
  const key = buildKey(root, args, process.env);
  const cached = path.join(cacheRoot, key);

  if (existsSync(path.join(cached, 'complete'))) {
    rmSync(outDir, { recursive: true, force: true });
    cpSync(path.join(cached, 'out'), outDir, { recursive: true });
    console.log(
      `[build] inputs unchanged since the last build (${key.slice(0, 12)}): output copied from ${path.relative(root, cached)} to ${path.relative(root, outDir) || '.'}`,
    );
    return 0;
  }

  // --force: Astro rebuilds its content data store every time, so a cached store can never hide
  //   a schema change (the schemas live outside src/content.config.ts, whose text keys the store).
  // --heap-growing-percent=100: V8 collects when its heap has doubled since the last full
  //   collection instead of quadrupled, so the heap stays near what is live. Unlike a heap cap
  //   (--max-old-space-size) it cannot make a larger site fail. A V8 flag, so it goes on node's
  //   command line (NODE_OPTIONS refuses it); the card workers share it.
  const astro = path.join(root, 'node_modules', 'astro', 'bin', 'astro.mjs');
  const build = spawnSync(process.execPath, ['--heap-growing-percent=100', astro, 'build', '--force', ...args], { stdio: 'inherit' });
  if (build.status !== 0) return build.status ?? 1;

  // One entry: the cache holds the last build only, so it stays the size of the site. A failure
  // to keep it costs the next build its shortcut, never this build its result.
  try {
    rmSync(cacheRoot, { recursive: true, force: true });
    mkdirSync(cached, { recursive: true });
    cpSync(outDir, path.join(cached, 'out'), { recursive: true });
    writeFileSync(path.join(cached, 'complete'), `${key}\n`);
  } catch (error) {
    console.warn(`[build] the output was not kept in the build cache: ${error instanceof Error ? error.message : String(error)}`);
  }
  return 0;
}

if (process.argv[1] === import.meta.filename) process.exitCode = main();
