/** Reads the translations of our analysis (`content/translations/`, `src/lib/translations.ts`) from disk. */
import { existsSync, lstatSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TRANSLATED, TRANSLATIONS_FOLDER, type TranslatedKind } from '../lib/translations.ts';
import { parseEntrySource } from './content-files.ts';

/** Every file under content/translations/ (`<lang>/<kind>/<id><ext>`), by path: its data, or why it cannot be read. */
export function readTranslationFiles(root: string): Map<string, { data: unknown; body?: string } | { field: string; message: string }> {
  const files = new Map<string, { data: unknown; body?: string } | { field: string; message: string }>();
  const dir = join(root, TRANSLATIONS_FOLDER);
  if (!existsSync(dir)) return files;
  for (const lang of readdirSync(dir).sort()) {
    for (const kind of Object.keys(TRANSLATED) as TranslatedKind[]) {
      const folder = join(dir, lang, kind);
      if (!existsSync(folder) || !lstatSync(folder).isDirectory()) continue;
      for (const name of readdirSync(folder).sort()) {
        const path = `${TRANSLATIONS_FOLDER}/${lang}/${kind}/${name}`;
        if (!lstatSync(join(folder, name)).isFile()) {
          files.set(path, { field: '(file name)', message: 'is not a regular file' });
          continue;
        }
        const parsed = parseEntrySource(readFileSync(join(folder, name), 'utf8'), name.endsWith('.mdx') ? '.mdx' : '.yaml');
        files.set(path, 'data' in parsed ? { data: parsed.data, ...(parsed.body !== undefined ? { body: parsed.body } : {}) } : parsed);
      }
    }
  }
  return files;
}
