/** The editions' messages from our own catalogues (`content/i18n/`), for unit tests of lib functions that take them. */
import { readEditions } from '../../src/build/i18n-files.ts';
import { readSiteCopy } from '../../src/build/site-file.ts';
import type { Messages } from '../../src/lib/i18n.ts';
import { ROOT } from './project.ts';

function load(): Map<string, Messages> {
  const site = readSiteCopy(ROOT);
  if ('issues' in site) throw new Error(JSON.stringify(site.issues));
  const editions = readEditions(ROOT, site.copy.locales);
  if ('issues' in editions) throw new Error(JSON.stringify(editions.issues));
  return editions.messages;
}

export const editions = load();

/** The default edition's messages (English). */
export const en: Messages = editions.get('en')!;
