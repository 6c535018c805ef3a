/**
 * Site-wide settings, read once from `content/site.yaml` (schema: `src/schemas/site.ts`), so
 * every word the site says about itself is editable content. A missing or invalid file stops
 * whatever imports this with an error naming the file and the field.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { siteSchema, type SiteCopy } from './schemas/site.ts';

export const SITE_FILE = 'content/site.yaml';

/** Parses the site copy; throws with the file and field on any problem. */
export function parseSiteCopy(source: string, file = SITE_FILE): SiteCopy {
  let data: unknown;
  try {
    data = load(source);
  } catch (error) {
    throw new Error(`${file} → (yaml): malformed YAML: ${(error as Error).message.split('\n')[0]}`);
  }
  const result = siteSchema.safeParse(data);
  if (!result.success) {
    const issues = result.error.issues.map((i) => `${file} → ${i.path.join('.') || '(root)'}: ${i.message}`);
    throw new Error(issues.join('\n'));
  }
  return result.data;
}

function readSiteCopy(root: string): SiteCopy {
  let source: string;
  try {
    source = readFileSync(join(root, SITE_FILE), 'utf8');
  } catch {
    throw new Error(`${SITE_FILE} → (file): missing: the site's name, description and licence live there (see src/schemas/site.ts)`);
  }
  return parseSiteCopy(source);
}

export const SITE: SiteCopy = readSiteCopy(process.cwd());
