/**
 * Our analysis in the other editions' languages: `content/translations/<lang>/articles/<id>.yaml`
 * and `content/translations/<lang>/comparisons/<id>.mdx`, one file per article or comparison and
 * language (docs/content.md, "The site in other languages"). A file marked `pending: true` says
 * the translation is not written yet: the edition shows our analysis as we wrote it, in the
 * default edition's language, and says so in the reader's language. A missing file is an error:
 * every edition accounts for every page. Pure: files come in as parsed data.
 */
import { z } from 'zod';
import { record } from '../schemas/common.ts';

export const TRANSLATIONS_FOLDER = 'content/translations';

/** The kinds of our content a translation covers, with the file extension of each. */
export const TRANSLATED = { articles: '.yaml', comparisons: '.mdx' } as const;
export type TranslatedKind = keyof typeof TRANSLATED;

/** Where the translation of `kind`/`id` into `lang` lives. */
export const translationFile = (lang: string, kind: TranslatedKind, id: string) => `${TRANSLATIONS_FOLDER}/${lang}/${kind}/${id}${TRANSLATED[kind]}`;

export const translationSchema = record({
  /** True while the translation is not written: the page shows the default edition's analysis with a notice. */
  pending: z.literal(true, { error: 'pending is true while the translation is not written (remove the field once it is)' }),
});

export type Translation = z.output<typeof translationSchema>;

export interface TranslationIssue {
  file: string;
  field: string;
  message: string;
}

/** Every edition's translation state, by language then `<kind>/<id>`. */
export type Translations = Map<string, Map<string, Translation>>;

/**
 * The translations of every article and comparison into every language but the default, from
 * the files found (`files`: path → parsed data, or why it could not be read), or every problem:
 * a file missing, a file for no article or comparison, a field the schema refuses.
 */
export function checkTranslations(
  files: Map<string, { data: unknown } | { field: string; message: string }>,
  locales: readonly string[],
  ids: Record<TranslatedKind, readonly string[]>,
): { translations: Translations; issues: TranslationIssue[] } {
  const issues: TranslationIssue[] = [];
  const translations: Translations = new Map();
  const expected = new Set<string>();
  for (const lang of locales.slice(1)) {
    const own = new Map<string, Translation>();
    translations.set(lang, own);
    for (const kind of Object.keys(TRANSLATED) as TranslatedKind[]) {
      for (const id of ids[kind]) {
        const file = translationFile(lang, kind, id);
        expected.add(file);
        const found = files.get(file);
        if (!found) {
          issues.push({
            file,
            field: '(file)',
            message: `missing: translate our analysis of ${kind}/${id} into ${lang}, or write “pending: true” to show it untranslated meanwhile`,
          });
          continue;
        }
        if ('message' in found) {
          issues.push({ file, field: found.field, message: found.message });
          continue;
        }
        const parsed = translationSchema.safeParse(found.data);
        if (!parsed.success) {
          for (const i of parsed.error.issues) issues.push({ file, field: i.path.join('.') || '(frontmatter)', message: i.message });
          continue;
        }
        own.set(`${kind}/${id}`, parsed.data);
      }
    }
  }
  for (const file of files.keys()) {
    if (!expected.has(file))
      issues.push({ file, field: '(file name)', message: 'translates no article or comparison of an edition in site.yaml’s locales: rename or remove it' });
  }
  return { translations, issues };
}

/** True when `lang`'s edition shows `kind`/`id` untranslated (its translation marked pending). */
export function analysisPending(translations: Translations, lang: string, kind: TranslatedKind, id: string): boolean {
  return translations.get(lang)?.get(`${kind}/${id}`)?.pending === true;
}
