/**
 * The `e2e-fixture` project: the same browser and build checks over a site built from
 * tests/fixtures/many-reports (four reports, four currencies, three comparisons), so the
 * suites prove the site for any set of reports, not only ours.
 */
import type { TestProject } from 'vitest/node';
import { setupWith } from './global-setup.ts';

export const FIXTURE = 'tests/fixtures/many-reports';

export default function setup(project: TestProject) {
  return setupWith(project, FIXTURE);
}
