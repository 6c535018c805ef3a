/**
 * Site-wide settings and the editions' copy, read once: `content/site.yaml` (schema:
 * `src/schemas/site.ts`) and the catalogue of each language it lists (`content/i18n/<lang>.yaml`).
 * The content check reports a bad file before the build starts; importing this with one throws
 * the same errors.
 */
import { readEditions } from './build/i18n-files.ts';
import { readSiteCopy } from './build/site-file.ts';
import type { Messages } from './lib/i18n.ts';
import { editionRoute } from './lib/urls.ts';
import type { SiteCopy } from './schemas/site.ts';

const fail = (issues: { file: string; field: string; message: string }[]) => {
  throw new Error(issues.map((i) => `${i.file} → ${i.field}: ${i.message}`).join('\n'));
};

function load(): { site: SiteCopy; messages: Map<string, Messages> } {
  const result = readSiteCopy(process.cwd());
  if ('issues' in result) return fail(result.issues);
  const editions = readEditions(process.cwd(), result.copy.locales);
  if ('issues' in editions) return fail(editions.issues);
  return { site: result.copy, messages: editions.messages };
}

const loaded = load();

export const SITE: SiteCopy = loaded.site;

/** The languages of the editions; the first is the default, served at the root. */
export const LOCALES: readonly string[] = SITE.locales;
export const DEFAULT_LOCALE: string = LOCALES[0]!;

/** A page's route in `m`'s edition (`fr/articles/x/`; the default edition's at the root). */
export const localRoute = (route: string, m: Messages): string => editionRoute(route, m.lang, DEFAULT_LOCALE);

/** `getStaticPaths` params of the `[...lang]` routes: one per edition, `undefined` (the root) for the default. */
export const editionParams = (): { lang: string | undefined }[] => LOCALES.map((lang) => ({ lang: lang === DEFAULT_LOCALE ? undefined : lang }));

/** The messages of `lang` (the default edition's when omitted). */
export function messagesOf(lang: string = DEFAULT_LOCALE): Messages {
  const messages = loaded.messages.get(lang);
  if (!messages) throw new Error(`no edition "${lang}": site.yaml's locales are ${LOCALES.join(', ')}`);
  return messages;
}
