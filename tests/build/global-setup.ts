/**
 * The `build` project's builds (tests/helpers/builds.ts), shared with the browser suites: our
 * site, and the many-reports fixture at a root domain with a hostile article and a correction.
 * Test files get their folders through `inject('builds')`.
 */
import type { TestProject } from 'vitest/node';
import { releaseBuild, sharedBuild, type BuildName } from '../helpers/builds.ts';

const NAMES: BuildName[] = ['site', 'fixture'];

export default async function setup(project: TestProject): Promise<() => void> {
  try {
    const [site, fixture] = await Promise.all(NAMES.map(sharedBuild));
    project.provide('builds', { site: site!, fixture: fixture! });
  } catch (error) {
    NAMES.forEach(releaseBuild);
    throw error;
  }
  return () => NAMES.forEach(releaseBuild);
}
