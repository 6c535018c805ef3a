/**
 * The `e2e-fixture` project: the same browser and build checks over the shared build of
 * tests/fixtures/many-reports (four reports, four currencies, three comparisons) at a root
 * domain, so the suites prove the site for any set of reports, and without a sub-path. Every page
 * loads cleanly with its links resolving; axe, the JavaScript-off reading and the phone reader's
 * checks visit one page of each type (our own site gets them on every page).
 */
import type { TestProject } from 'vitest/node';
import { serve } from './global-setup.ts';

export default function setup(project: TestProject) {
  return serve(project, 'fixture', true);
}
