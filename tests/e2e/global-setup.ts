/**
 * Once per e2e run: our site built under the GitHub Pages sub-path (the shared "site" build of
 * tests/helpers/builds.ts, never ./dist), served on 127.0.0.1 like Pages, its address handed to
 * the test files through `inject()` (types in provided.d.ts). Test files launch Chromium
 * themselves through browser.ts.
 *
 * E2E_DIST=<dir> skips the build and serves an existing sub-path build (for quick reruns).
 * E2E_CONTENT=<dir> builds the content of <dir> instead of ours (see builds.ts).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { releaseBuild, sharedBuild, type BuildName } from '../helpers/builds.ts';
import { ROOT } from '../helpers/project.ts';
import { chromiumPath, reportMissingBrowser } from './browser.ts';
import { TEST_BASE, TEST_SITE } from './build.ts';
import { startServer } from './server.ts';

export default function setup(project: TestProject): Promise<() => Promise<void>> {
  return serve(project, 'site', false);
}

/**
 * Serves the shared build `name` (or E2E_DIST for our site) and provides its address and folders.
 * `sample`: the costliest browser checks visit one page of each type instead of every page.
 */
export async function serve(project: TestProject, name: BuildName, sample: boolean): Promise<() => Promise<void>> {
  reportMissingBrowser();
  const reuse = name === 'site' ? process.env.E2E_DIST : undefined;
  let built: { root: string; distDir: string; base: string; log: string | null };
  if (reuse) {
    const distDir = path.resolve(reuse);
    if (!existsSync(path.join(distDir, 'index.html'))) throw new Error(`E2E_DIST=${reuse} has no index.html`);
    console.log(`e2e: serving the existing build in ${distDir} (E2E_DIST)`);
    built = { root: ROOT, distDir, base: TEST_BASE, log: null };
  } else built = await sharedBuild(name);
  const server = await startServer({ dist: built.distDir, base: built.base });
  console.log(`e2e: serving ${server.baseUrl}`);

  project.provide('distDir', built.distDir);
  project.provide('baseUrl', server.baseUrl);
  project.provide('serverOrigin', server.origin);
  project.provide('basePath', built.base);
  project.provide('siteOrigin', TEST_SITE);
  project.provide('siteUrl', new URL(built.base, TEST_SITE).href);
  project.provide('chromiumPath', chromiumPath);
  project.provide('buildLog', built.log);
  project.provide('contentRoot', built.root);
  project.provide('sample', sample);

  return async () => {
    await server.close();
    // Said again at the end, where a reader of the log looks last.
    reportMissingBrowser();
    if (!reuse) releaseBuild(name);
  };
}
