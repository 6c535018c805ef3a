/**
 * No build deletes what it did not write. Astro empties its output folder before building
 * (keeping only `.git`), and the build may then fail: so `--outDir content` deleted every report,
 * and an existing checkout given as `--outDir` lost its files.
 *
 * - Before anything is touched (`astro:config:setup`), an output folder that is, holds or sits
 *   inside an input of the build is refused: the project itself, `content/`, `src/`, `public/`,
 *   `tests/`, `scripts/`, any other file or folder of the project but the output and cache folders
 *   (`dist/`, `.astro/`, `.cache/`, `tmp/`, caches under `node_modules/`), or a folder that holds
 *   `.git` at any depth. An existing output folder must be empty or hold an earlier site (an
 *   `index.html` or `404.html` at its top): any other folder is not ours to replace.
 *   `cacheFolder` holds the cache folder to the same rules, from astro.config.mjs, before Astro
 *   clears its data store there.
 * - The build writes into a staging folder beside the output (`.<name>.staging-*`), and only a
 *   build that completes (`astro:build:done`, this integration being listed last so every other
 *   integration has written its files) swaps it in: a failed build leaves the previous output as
 *   it was, and its staging folder is removed when the process exits.
 */
import type { AstroIntegration } from 'astro';
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, realpathSync, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** Top-level folders of the project a build may write into. */
const OUTPUTS = ['dist', '.astro', '.cache', 'tmp'];
/** Folders under node_modules/ that are caches (Vite's, Astro's, the test builds'). */
const CACHES = ['.cache', '.astro', '.vite'];
/** How many entries of an existing folder are looked through for `.git` before giving up (and refusing). */
const WALK_LIMIT = 100_000;

/** Whether `child` is `parent` or inside it. */
function within(parent: string, child: string): boolean {
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

const holdsSite = (dir: string) => existsSync(path.join(dir, 'index.html')) || existsSync(path.join(dir, '404.html'));

/** The first `.git` under `dir` (at any depth), or why the folder is too large to tell. */
function gitInside(dir: string): string | null {
  const stack = [dir];
  let seen = 0;
  while (stack.length > 0) {
    const current = stack.pop()!;
    for (const entry of readdirSync(current, { withFileTypes: true })) {
      if (++seen > WALK_LIMIT) return `more than ${WALK_LIMIT.toLocaleString('en')} files and folders (not a site's output)`;
      const full = path.join(current, entry.name);
      if (entry.name === '.git') return full;
      if (entry.isDirectory() && !entry.isSymbolicLink()) stack.push(full);
    }
  }
  return null;
}

/** Why `target` is not a folder the build may write to (and empty, for an output), or null. */
function problem(root: string, target: string, kind: 'output' | 'cache'): string | null {
  if (lstatSync(target, { throwIfNoEntry: false })?.isSymbolicLink()) return 'is a symbolic link: give the folder itself';
  const project = real(root);
  const dir = real(target);
  if (within(dir, project)) return 'is or holds the project: the build would empty it';
  if (within(project, dir)) {
    const [top = '', next = ''] = path.relative(project, dir).split(path.sep);
    const entry = path.join(project, top);
    const ours =
      top === 'node_modules' ? CACHES.includes(next) : OUTPUTS.includes(top) || !existsSync(entry) || (statSync(entry).isDirectory() && holdsSite(entry));
    if (!ours)
      return `sits inside ${top}${existsSync(entry) && statSync(entry).isDirectory() ? '/' : ''}, which the build reads or the project keeps: write to dist/, a new folder, or outside the project`;
  }
  if (!existsSync(dir)) return null;
  if (!statSync(dir).isDirectory()) return 'is a file, not a folder';
  const git = gitInside(dir);
  if (git) return git.startsWith('more than') ? `holds ${git}` : `holds a git repository (${path.relative(dir, git) || '.git'}): the build would empty it`;
  if (kind === 'output' && readdirSync(dir).length > 0 && !holdsSite(dir)) {
    return 'is a folder that holds no site (no index.html or 404.html at its top): the build would delete its files; give an empty or new folder';
  }
  return null;
}

/** The cache folder astro.config.mjs sets, or an error naming why it may not be one (before Astro clears anything in it). */
export function cacheFolder(root: string, folder: string): string {
  const reason = problem(root, path.resolve(root, folder), 'cache');
  if (reason) throw new Error(`ASTRO_CACHE_DIR=${folder} ${reason}`);
  return folder;
}

/** Why `--outDir` may not be `outDir` for a build of `root`, or null. */
export function outputProblem(root: string, outDir: string): string | null {
  return problem(root, outDir, 'output');
}

export default function safeOutput(): AstroIntegration {
  let output: string | null = null;
  let staging: string | null = null;
  const cleanUp = () => {
    if (staging) rmSync(staging, { recursive: true, force: true });
  };
  return {
    name: 'safe-output',
    hooks: {
      'astro:config:setup': ({ config, command, updateConfig, logger }) => {
        if (command !== 'build') return;
        const root = fileURLToPath(config.root);
        output = path.resolve(fileURLToPath(config.outDir));
        const reason = outputProblem(root, output);
        if (reason) throw new Error(`--outDir ${path.relative(root, output) || '.'} ${reason}. Nothing was written or deleted.`);
        const parent = path.dirname(output);
        mkdirSync(parent, { recursive: true });
        // Staging folders of builds that were killed are ours by name.
        for (const name of readdirSync(parent)) {
          if (name.startsWith(`.${path.basename(output)}.staging-`)) rmSync(path.join(parent, name), { recursive: true, force: true });
        }
        staging = mkdtempSync(path.join(parent, `.${path.basename(output)}.staging-`));
        process.once('exit', cleanUp);
        updateConfig({ outDir: pathToFileURL(`${staging}${path.sep}`) });
        logger.debug(`building into ${staging}, to replace ${output} once the build completes`);
      },
      'astro:build:done': ({ logger }) => {
        if (!output || !staging) return;
        const previous = existsSync(output) ? `${staging}.previous` : null;
        if (previous) renameSync(output, previous);
        try {
          renameSync(staging, output);
        } catch (error) {
          if (previous) renameSync(previous, output);
          throw error;
        }
        staging = null;
        if (previous) rmSync(previous, { recursive: true, force: true });
        logger.info(`wrote ${output}`);
      },
    },
  };
}
