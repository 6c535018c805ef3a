/**
 * Once per e2e run: build the site under the GitHub Pages sub-path into a scratch directory
 * (node_modules/.cache/netflix-builds/e2e-*, see scratchDir; never ./dist, which other work uses), serve it on 127.0.0.1 like Pages, and hand the test
 * files its address through `inject()` (types in provided.d.ts). Nothing else is started here:
 * test files launch Chromium themselves through browser.ts.
 *
 * E2E_DIST=<dir> skips the build and serves an existing sub-path build (for quick reruns).
 * E2E_CONTENT=<dir> builds a copy of the project with <dir>/content instead of ours (the
 * `e2e-fixture` project does so through global-setup-fixture.ts).
 */
import { rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { projectCopy } from '../helpers/project.ts';
import { chromiumPath, reportMissingBrowser } from './browser.ts';
import { TEST_BASE, TEST_SITE, buildSite, scratchDir } from './build.ts';
import { startServer } from './server.ts';

export default function setup(project: TestProject): Promise<() => Promise<void>> {
  return setupWith(project, process.env.E2E_CONTENT ?? null);
}

/** Builds and serves the site with the content of `contentFrom` (a folder holding `content/`), or ours when null. */
export async function setupWith(project: TestProject, contentFrom: string | null): Promise<() => Promise<void>> {
  reportMissingBrowser();
  const ownRoot = path.resolve(import.meta.dirname, '../..');
  // Another content set is built in a copy of the project, so our own content is never touched.
  const root = contentFrom ? projectCopy(path.resolve(ownRoot, contentFrom)) : ownRoot;
  const reuse = contentFrom ? undefined : process.env.E2E_DIST;
  let tmp: string | null = null;
  let distDir: string;
  let buildLog: string | null = null;
  if (reuse) {
    distDir = path.resolve(reuse);
    if (!existsSync(path.join(distDir, 'index.html'))) throw new Error(`E2E_DIST=${reuse} has no index.html`);
    console.log(`e2e: serving the existing build in ${distDir} (E2E_DIST)`);
  } else {
    tmp = scratchDir(root, 'e2e');
    distDir = path.join(tmp, 'dist');
    const { seconds, output } = await buildSite({ root, outDir: distDir, cacheDir: path.join(tmp, 'astro-cache') });
    buildLog = output;
    console.log(`e2e: built the site${contentFrom ? ` with ${contentFrom}` : ''} under ${TEST_BASE} in ${seconds.toFixed(1)} s → ${distDir}`);
  }
  const server = await startServer({ dist: distDir, base: TEST_BASE });
  console.log(`e2e: serving ${server.baseUrl}`);

  project.provide('distDir', distDir);
  project.provide('baseUrl', server.baseUrl);
  project.provide('serverOrigin', server.origin);
  project.provide('basePath', TEST_BASE);
  project.provide('siteOrigin', TEST_SITE);
  project.provide('siteUrl', new URL(TEST_BASE, TEST_SITE).href);
  project.provide('chromiumPath', chromiumPath);
  project.provide('buildLog', buildLog);
  project.provide('contentRoot', root);

  return async () => {
    await server.close();
    // Said again at the end, where a reader of the log looks last.
    reportMissingBrowser();
    // KEEP_E2E_BUILD=1 keeps the build to look at (or to rerun with E2E_DIST).
    if (tmp && !process.env.KEEP_E2E_BUILD) await rm(tmp, { recursive: true, force: true });
    if (contentFrom && !process.env.KEEP_E2E_BUILD) await rm(root, { recursive: true, force: true });
  };
}
