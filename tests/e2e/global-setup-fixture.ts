/**
 * The `e2e-fixture` project: the same browser and build checks over the shared "fixture" build
 * (tests/helpers/builds.ts: the five reports, four currencies and four comparisons of
 * tests/fixtures/many-reports, two editions, with a hostile article and a correction laid over
 * them) at a root domain, so the suites prove the site for any set of reports, and without a
 * sub-path. Our site proves every template on every page at both widths; here each browser visit
 * keeps a guarantee about other content (site.test.ts says which): every page loads cleanly at
 * 375 px with its links resolving, axe and the phone reader's checks visit one page of each type.
 */
import type { TestProject } from 'vitest/node';
import { serve } from './global-setup.ts';

export default function setup(project: TestProject) {
  return serve(project, 'fixture', true);
}
