/**
 * The real builds a test run reads, each made once and shared by every suite that reads it. The
 * global setups of the `build`, `e2e` and `e2e-fixture` projects ask for them by name and hand
 * their folders to test files through `provide`/`inject`; vitest runs every global setup in its
 * main process, so the first to ask builds and the others wait for that build. A build is
 * removed when the last setup that asked for it tears down (KEEP_E2E_BUILD=1 keeps them).
 */
import { cpSync, rmSync } from 'node:fs';
import path from 'node:path';
import { buildSite, scratchDir, TEST_BASE } from '../e2e/build.ts';
import { applyOverlay, projectCopy, ROOT } from './project.ts';

export interface SharedBuild {
  /** The project folder that was built (ours, or a temporary copy). */
  root: string;
  distDir: string;
  /** The base path it was built for. */
  base: string;
  /** Astro's output. */
  log: string;
}

interface Spec {
  base: string;
  /** A folder holding the `content/` to build instead of ours. */
  content?: string;
  /** Folders copied over the project (they mirror its layout). */
  overlays?: string[];
  /** Files copied into the project: [from, to]. */
  files?: [string, string][];
}

const SPECS = {
  /** Our content under the GitHub Pages sub-path (E2E_CONTENT=<dir> builds that folder's content instead). */
  site: { base: TEST_BASE, content: process.env.E2E_CONTENT },
  /**
   * At a root domain: the five reports and four comparisons of tests/fixtures/many-reports, plus
   * an article whose every text field is hostile (tests/fixtures/hostile, in no comparison) and
   * a published correction to it, so the browser suites read hostile text too.
   */
  fixture: {
    base: '/',
    content: 'tests/fixtures/many-reports',
    overlays: ['tests/fixtures/hostile'],
    files: [['tests/fixtures/corrections/hostile-test.yaml', 'content/corrections/hostile-test.yaml']],
  },
} satisfies Record<string, Spec>;

export type BuildName = keyof typeof SPECS;

type Entry = { users: number; build: Promise<SharedBuild>; remove: () => void };
/**
 * Every global setup runs in vitest's main process, but each project may load this module on its
 * own: the builds are kept on the process's global object, which they all share.
 */
const builds: Map<BuildName, Entry> = ((globalThis as { [key: symbol]: unknown })[Symbol.for('netflix-initiatives.shared-builds')] ??= new Map()) as Map<
  BuildName,
  Entry
>;

function make(name: BuildName, spec: Spec): { build: Promise<SharedBuild>; remove: () => void } {
  // Our own content builds in place; anything else in a copy, so our content is never touched.
  const copy = spec.content || spec.overlays || spec.files ? projectCopy(spec.content ? path.resolve(ROOT, spec.content) : ROOT) : null;
  for (const overlay of spec.overlays ?? []) applyOverlay(copy!, path.join(ROOT, overlay));
  for (const [from, to] of spec.files ?? []) cpSync(path.join(ROOT, from), path.join(copy!, to));
  const root = copy ?? ROOT;
  // A copy links our node_modules, where its scratch folder lives: both go.
  const scratch = scratchDir(root, name);
  const remove = () => {
    rmSync(scratch, { recursive: true, force: true });
    if (copy) rmSync(copy, { recursive: true, force: true });
  };
  const distDir = path.join(scratch, 'dist');
  const build = buildSite({ root, outDir: distDir, cacheDir: path.join(scratch, 'astro-cache'), base: spec.base }).then(
    ({ seconds, output }) => {
      console.log(`tests: built "${name}" under ${spec.base} in ${seconds.toFixed(1)} s → ${distDir}`);
      return { root, distDir, base: spec.base, log: output };
    },
    (error: unknown) => {
      remove();
      throw error;
    },
  );
  return { build, remove };
}

/** The build `name`, made on the first call of the run. Pair every call with `releaseBuild`. */
export function sharedBuild(name: BuildName): Promise<SharedBuild> {
  let entry = builds.get(name);
  if (!entry) {
    entry = { users: 0, ...make(name, SPECS[name]) };
    builds.set(name, entry);
  }
  entry.users++;
  return entry.build;
}

export function releaseBuild(name: BuildName): void {
  const entry = builds.get(name);
  if (!entry || --entry.users > 0) return;
  builds.delete(name);
  if (!process.env.KEEP_E2E_BUILD) entry.remove();
}
