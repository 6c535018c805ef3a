/** Temporary copies of the project, for tests that build altered content without touching ours. */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, lstatSync, mkdirSync, readFileSync, readlinkSync, rmSync, symlinkSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { readSiteCopy } from '../../src/build/site-file.ts';
import { catalogueFile } from '../../src/lib/i18n.ts';
import { tempDir } from './temp.ts';

export const ROOT = resolve(import.meta.dirname, '../..');
const PROJECT_FILES = ['src', 'public', 'scripts', 'astro.config.mjs', 'package.json', 'tsconfig.json'];

/**
 * The catalogues a fixture does not write itself: the repository's. A fixture holds only the
 * catalogues that are its own (none, so far), so a change of the site's copy is made once; a
 * content set an editor writes has no such supply, and a missing catalogue fails its check by
 * name. Copies into `dir/content/i18n/` the repository's catalogue of every language of
 * `dir/content/site.yaml` that is not there (none when site.yaml is missing or invalid).
 */
export function supplyCatalogues(dir: string): void {
  const site = readSiteCopy(dir);
  if (!('copy' in site)) return;
  for (const lang of site.copy.locales) {
    const [from, to] = [join(ROOT, catalogueFile(lang)), join(dir, catalogueFile(lang))];
    if (!existsSync(to) && existsSync(from)) {
      mkdirSync(dirname(to), { recursive: true });
      cpSync(from, to);
    }
  }
}

/** A fixture's content as a site has it, in `dir` (a new temporary folder by default): its `content/`, with the repository's catalogues it lacks. */
export function fixtureCopy(fixture: string, dir: string = tempDir('fixture')): string {
  cpSync(join(resolve(ROOT, fixture), 'content'), join(dir, 'content'), { recursive: true });
  supplyCatalogues(dir);
  return dir;
}

/**
 * Copies the project's code into a temporary folder, with `contentFrom/content` as its content
 * (our own content when omitted; a fixture's with the catalogues it lacks, `fixtureCopy`).
 * node_modules is linked, not copied.
 */
export function projectCopy(contentFrom: string = ROOT): string {
  const dir = tempDir('netflix-initiatives');
  for (const file of PROJECT_FILES) {
    if (existsSync(join(ROOT, file))) cpSync(join(ROOT, file), join(dir, file), { recursive: true });
  }
  fixtureCopy(contentFrom, dir);
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return dir;
}

/**
 * The repository as it stands, elsewhere, as git sees it here: a clone of ours (its history, for
 * the pages that list changes; shallow when ours is) whose tracked files are this working tree's,
 * so its commit and its uncommitted changes are the same as ours. Where git cannot read this
 * checkout (no git, not a repository, another owner's folder), a plain copy without git, as the
 * build here sees it. For builds that must equal a build of the project itself.
 */
export function repositoryCopy(): string {
  const dir = tempDir('netflix-initiatives-repo');
  const git = (args: string[]) => spawnSync('git', ['-C', ROOT, ...args], { encoding: 'utf8' });
  const tracked = git(['ls-files', '-z']);
  if (tracked.status !== 0 || tracked.error) {
    const skip = new Set(['.git', 'node_modules', 'dist', '.astro'].map((name) => join(ROOT, name)));
    cpSync(ROOT, dir, { recursive: true, filter: (src) => !skip.has(src) });
  } else {
    const shallow = git(['rev-parse', '--is-shallow-repository']).stdout.trim() === 'true';
    execFileSync('git', ['clone', '-q', '--no-checkout', ...(shallow ? ['--depth=1', `file://${ROOT}`] : ['--shared', ROOT]), dir]);
    execFileSync('git', ['-C', dir, 'checkout', '-q', 'HEAD', '--', '.']);
    // Tracked symlinks (some point nowhere on purpose) are copied as links, never followed.
    for (const file of tracked.stdout.split('\0').filter(Boolean)) {
      const [from, to] = [join(ROOT, file), join(dir, file)];
      const stat = lstatSync(from, { throwIfNoEntry: false });
      rmSync(to, { force: true });
      if (!stat) continue;
      mkdirSync(dirname(to), { recursive: true });
      if (stat.isSymbolicLink()) symlinkSync(readlinkSync(from), to);
      else cpSync(from, to);
    }
  }
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return dir;
}

/** Copies `overlay` over `dir` (the overlay mirrors the project layout). */
export function applyOverlay(dir: string, overlay: string, remove: string[] = []) {
  for (const path of remove) rmSync(join(dir, path), { force: true });
  cpSync(overlay, dir, { recursive: true, filter: (src) => !src.endsWith('case.json') });
}

/**
 * The repository a test build's error-report links point to (a production build needs a real
 * corrections channel; the deploy workflow sets the site's own repository).
 */
export const TEST_REPOSITORY = 'checked-newsroom/netflix-initiatives';

/**
 * The environment for a child build, without the variables Vite and vitest set in test workers
 * (BASE_URL=/ among them would silently override the configured base path; NODE_ENV=test would
 * make `astro build` a development build, `import.meta.env.DEV` true, unlike the deploy's, and
 * about three times its CPU time), with a corrections channel (`SITE_REPOSITORY`) unless one is set.
 */
export function buildEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { SITE_REPOSITORY: TEST_REPOSITORY, ...process.env };
  for (const name of ['NODE_ENV', 'BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'SITE', 'ASSETS_PREFIX']) delete env[name];
  for (const name of Object.keys(env)) if (name.startsWith('VITE')) delete env[name];
  return env;
}

export interface BuildResult {
  status: number | null;
  output: string;
  outDir: string;
}

/** `astro build --force` in `dir`, under a sub-path, into `dir/dist`, with its own cache. */
export function build(dir: string, base = '/netflix-initiatives/'): BuildResult {
  const outDir = join(dir, 'dist');
  const result = spawnSync(join(ROOT, 'node_modules/.bin/astro'), ['build', '--force', '--outDir', outDir], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...buildEnv(), BASE_PATH: base, SITE_URL: 'https://example.github.io', ASTRO_CACHE_DIR: join(dir, '.cache'), NO_COLOR: '1', FORCE_COLOR: '0' },
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}`, outDir };
}

/** What a bad-content case (`tests/fixtures/bad-content/<name>/case.json`) expects the check to say. */
export interface BadCase {
  expect: { file: string; field: string; message: string };
  remove: string[];
}

/** Builds the good fixture overlaid with one bad-content case; returns the case, the copy and the build. */
export function buildBadCase(name: string): { spec: BadCase; dir: string; result: BuildResult } {
  const spec = JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/bad-content', name, 'case.json'), 'utf8')) as BadCase;
  const dir = projectCopy('tests/fixtures/good-content');
  applyOverlay(dir, join(ROOT, 'tests/fixtures/bad-content', name), spec.remove);
  return { spec, dir, result: build(dir) };
}
