/** Reads the site copy (`content/site.yaml`) from disk and checks it (`src/lib/site-copy.ts`). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseSiteCopy, SITE_FILE, type SiteCopyIssue } from '../lib/site-copy.ts';
import type { SiteCopy } from '../schemas/site.ts';

/** Reads `content/site.yaml` under `root`. */
export function readSiteCopy(root: string): { copy: SiteCopy } | { issues: SiteCopyIssue[] } {
  let source: string;
  try {
    source = readFileSync(join(root, SITE_FILE), 'utf8');
  } catch {
    return {
      issues: [{ file: SITE_FILE, field: '(file)', message: "missing: the site's name, description and licence live there (see src/schemas/site.ts)" }],
    };
  }
  return parseSiteCopy(source);
}
