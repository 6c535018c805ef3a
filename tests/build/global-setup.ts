/**
 * The `build` project's builds (tests/helpers/builds.ts), shared with the browser suites: our
 * site, the many-reports fixture at a root domain, and the variant with a hostile article and a
 * correction. Test files get their folders through `inject('builds')`.
 */
import type { TestProject } from 'vitest/node';
import { releaseBuild, sharedBuild, type BuildName } from '../helpers/builds.ts';

const NAMES: BuildName[] = ['site', 'fixture', 'variant'];

export default async function setup(project: TestProject): Promise<() => void> {
  try {
    const [site, fixture, variant] = await Promise.all(NAMES.map(sharedBuild));
    project.provide('builds', { site: site!, fixture: fixture!, variant: variant! });
  } catch (error) {
    NAMES.forEach(releaseBuild);
    throw error;
  }
  return () => NAMES.forEach(releaseBuild);
}
