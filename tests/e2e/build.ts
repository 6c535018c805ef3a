/**
 * Builds the site the way the deploy workflow does (`astro build --force`, under a sub-path),
 * but into a directory of the caller's choosing with its own content cache, so tests, the
 * benchmark and the Lighthouse script never touch `./dist` or each other's cache.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync } from 'node:fs';
import path from 'node:path';
import { buildEnv } from '../helpers/project.ts';

export const TEST_BASE = '/netflix-initiatives/';
export const TEST_SITE = 'https://example.github.io';

/**
 * A fresh directory for one build's output and cache, inside the project (under
 * node_modules/.cache, which git, tsconfig and vitest ignore). Inside, not in /tmp: when
 * `--outDir` lies outside the working directory, Astro 7 writes its prerender chunks to
 * `<project>/.astro/.prerender/` (`getOutDirWithinCwd`), which every such build shares, so two
 * at once break each other ("Cannot find module .astro/.prerender/chunks/…"). Inside, they go
 * to `<outDir>/.prerender/`, one per build.
 */
export function scratchDir(root: string, label: string): string {
  const parent = path.join(root, 'node_modules', '.cache', 'netflix-builds');
  mkdirSync(parent, { recursive: true });
  return mkdtempSync(path.join(parent, `${label}-`));
}

export interface BuildOptions {
  /** Project root (where astro.config.mjs is). */
  root: string;
  outDir: string;
  cacheDir: string;
  base?: string;
  site?: string;
  /** Print Astro's output as it comes (otherwise it is kept and shown only on failure). */
  verbose?: boolean;
}

export interface BuildResult {
  seconds: number;
  output: string;
}

export function buildSite({ root, outDir, cacheDir, base = TEST_BASE, site = TEST_SITE, verbose = false }: BuildOptions): Promise<BuildResult> {
  if (path.relative(root, outDir).startsWith('..')) throw new Error(`outDir ${outDir} must be inside ${root}: use scratchDir()`);
  const astro = path.join(root, 'node_modules', '.bin', 'astro');
  const started = process.hrtime.bigint();
  return new Promise((resolve, reject) => {
    const args = ['build', '--force', '--outDir', outDir];
    // TEST_CPU_LOG=<file>: GNU time appends the build's wall time, CPU seconds and peak memory.
    const log = process.env.TEST_CPU_LOG;
    const timed = log ? ['-a', '-o', log, '-f', `build\t${root}\t%e s wall\t%U+%S CPU-s\t%M KB`, astro, ...args] : null;
    const child = spawn(timed ? '/usr/bin/time' : astro, timed ?? args, {
      cwd: root,
      env: { ...buildEnv(), BASE_PATH: base, SITE_URL: site, ASTRO_CACHE_DIR: cacheDir, ASTRO_TELEMETRY_DISABLED: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const keep = (chunk: Buffer) => {
      output += chunk.toString();
      if (verbose) process.stderr.write(chunk);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.on('error', reject);
    child.on('close', (code) => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      if (code === 0) resolve({ seconds, output });
      else reject(new Error(`astro build failed (exit ${code}) in ${root}:\n${output.slice(-6000)}`));
    });
  });
}
