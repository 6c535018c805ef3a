/**
 * Checks the site copy (`content/site.yaml`, schema `src/schemas/site.ts`) from its text; every
 * problem comes back naming the file and the field, as the content check reports content errors.
 * `src/build/site-file.ts` reads the file.
 */
import { loadYaml } from './check/yaml.ts';
import { siteSchema, type SiteCopy } from '../schemas/site.ts';

export const SITE_FILE = 'content/site.yaml';

export interface SiteCopyIssue {
  file: string;
  field: string;
  message: string;
}

/** Parses site copy from its text: the copy, or every issue. */
export function parseSiteCopy(source: string): { copy: SiteCopy } | { issues: SiteCopyIssue[] } {
  const loaded = loadYaml(source);
  if ('error' in loaded) return { issues: [{ file: SITE_FILE, field: '(yaml)', message: loaded.error }] };
  const result = siteSchema.safeParse(loaded.data);
  if (result.success) return { copy: result.data };
  return { issues: result.error.issues.map((i) => ({ file: SITE_FILE, field: i.path.join('.') || '(root)', message: i.message })) };
}
