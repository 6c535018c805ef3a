/**
 * Site-wide settings, read once from `content/site.yaml` (schema: `src/schemas/site.ts`), so
 * every word the site says about itself is editable content. The content check reports a bad
 * file before the build starts; importing this with one throws the same errors.
 */
import { readSiteCopy } from './build/site-file.ts';
import type { SiteCopy } from './schemas/site.ts';

function load(): SiteCopy {
  const result = readSiteCopy(process.cwd());
  if ('issues' in result) throw new Error(result.issues.map((i) => `${i.file} → ${i.field}: ${i.message}`).join('\n'));
  return result.copy;
}

export const SITE: SiteCopy = load();
