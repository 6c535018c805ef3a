/** Which pages of an edition show our analysis untranslated (their translation marked pending), for the pages' notice. */
import type { Messages } from '../lib/i18n.ts';
import { analysisPending, TRANSLATED, TRANSLATIONS_FOLDER, type TranslatedKind } from '../lib/translations.ts';
import { DEFAULT_LOCALE } from '../site.ts';
import { readTranslationFiles } from './translation-files.ts';

const pendingCache = new Map<string, boolean>();

/**
 * True when the page of `kind`/`id` in `m`'s edition shows our analysis untranslated (its
 * translation is marked pending). The content check has proved every file is there and valid.
 */
export function isAnalysisPending(m: Messages, kind: TranslatedKind, id: string): boolean {
  if (m.lang === DEFAULT_LOCALE) return false;
  const key = `${m.lang}/${kind}/${id}`;
  if (!pendingCache.has(key)) {
    const files = readTranslationFiles(process.cwd());
    const found = files.get(`${TRANSLATIONS_FOLDER}/${key}${TRANSLATED[kind]}`);
    const translations = new Map([[m.lang, new Map(found && 'data' in found ? [[`${kind}/${id}`, found.data as { pending: true }]] : [])]]);
    pendingCache.set(key, analysisPending(translations, m.lang, kind, id));
  }
  return pendingCache.get(key)!;
}
