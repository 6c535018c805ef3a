/** Reads the catalogues of the editions (`content/i18n/<lang>.yaml`) from disk and checks them (`src/lib/i18n.ts`). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadYaml } from '../lib/check/yaml.ts';
import { catalogueFile, editionMessages, parseCatalogue, type Catalogue, type CatalogueIssue, type Messages } from '../lib/i18n.ts';

/** The messages of every language of `locales`, from the catalogues under `root`, or every problem (file → key). */
export function readEditions(
  root: string,
  locales: readonly string[],
): { messages: Map<string, Messages>; catalogues: Map<string, Catalogue> } | { issues: CatalogueIssue[] } {
  const parsed = new Map<string, { catalogue: Catalogue } | { issues: CatalogueIssue[] }>();
  for (const lang of locales) {
    const file = catalogueFile(lang);
    let source: string;
    try {
      source = readFileSync(join(root, file), 'utf8');
    } catch {
      continue; // `editionMessages` names the missing file.
    }
    const loaded = loadYaml(source);
    parsed.set(lang, 'error' in loaded ? { issues: [{ file, field: '(yaml)', message: loaded.error }] } : parseCatalogue(lang, file, loaded.data));
  }
  return editionMessages(parsed, locales);
}
