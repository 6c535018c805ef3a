/**
 * Reads `content/` from disk into the shape the content check (`checkedData`, `checkBodies`)
 * takes. YAML is read with the parser and version Astro itself uses (`loadYaml`: js-yaml's
 * `load`), so the check sees what Astro will see: an unquoted 2025-07-12, for one, becomes a
 * Date, which the schemas refuse. A file over the size limits (`LIMITS`) is refused before it is
 * read, a YAML document before it is parsed, a field too long before any schema walks it.
 */
import { existsSync, lstatSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { kb, LIMITS, dataLimitProblems } from '../lib/check/limits.ts';
import { loadYaml } from '../lib/check/yaml.ts';
import { COLLECTION_FILES, type CollectionName } from '../lib/collections.ts';
import { comparisonLengthNotes } from '../lib/check/lengths.ts';
import { contentNames, figureLabelIssues } from '../lib/check/labels.ts';
import { proseIssues } from '../lib/prose-check.ts';
import { SITE_FILE } from '../lib/site-copy.ts';
import { I18N_FOLDER, plainMessages, siteTexts } from '../lib/i18n.ts';
import { checkTranslations, translationSources, TRANSLATIONS_FOLDER } from '../lib/translations.ts';
import { readTranslationFiles } from './translation-files.ts';
import { readEditions } from './i18n-files.ts';
import { readSiteCopy } from './site-file.ts';
import type { ArticleCheck } from '../lib/trust/verification.ts';
import {
  checkBodies,
  checkedData,
  COLLECTIONS,
  copyQuoteIssues,
  correctionQuoteIssues,
  formatError,
  type ContentError,
  type ContentFile,
  type ArticleChecks,
  type EvidenceAnchors,
  type Valid,
} from '../lib/content-check.ts';

const FOLDERS: readonly string[] = COLLECTIONS.map((c) => COLLECTION_FILES[c].folder);

/** Notes for editors, allowed in content/ and each collection folder; no collection reads them. */
const NOTES = 'README.md';

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)([\s\S]*)$/;

export function readContent(root: string): { files: ContentFile[]; errors: ContentError[] } {
  const files: ContentFile[] = [];
  const errors: ContentError[] = [];
  if (existsSync(join(root, 'content'))) {
    for (const name of readdirSync(join(root, 'content')).sort()) {
      if (lstatSync(join(root, 'content', name)).isSymbolicLink()) {
        errors.push({ file: `content/${name}`, field: '(file name)', message: 'is a symbolic link: content files must be regular files in the repository' });
      } else if (name !== NOTES && `content/${name}` !== SITE_FILE && ![I18N_FOLDER, TRANSLATIONS_FOLDER, ...FOLDERS].includes(`content/${name}`)) {
        errors.push({
          file: `content/${name}`,
          field: '(file name)',
          message: `no collection reads this: content/ holds only ${[...FOLDERS, I18N_FOLDER, TRANSLATIONS_FOLDER].map((f) => `${f.slice('content/'.length)}/`).join(', ')}, ${SITE_FILE.slice('content/'.length)} (and ${NOTES} notes)`,
        });
      }
    }
  }
  for (const collection of COLLECTIONS) {
    const { folder, extension: ext } = COLLECTION_FILES[collection];
    const dir = join(root, folder);
    if (!existsSync(dir) || lstatSync(dir).isSymbolicLink()) continue;
    for (const name of readdirSync(dir).sort()) {
      if (lstatSync(join(dir, name)).isSymbolicLink()) {
        // A link could make the build read any file of the machine it runs on.
        errors.push({
          file: relative(root, join(dir, name)),
          field: '(file name)',
          message: 'is a symbolic link: content files must be regular files in the repository',
        });
        continue;
      }
      if (name === NOTES) continue;
      if (!name.endsWith(ext) || statSync(join(dir, name)).isDirectory()) {
        errors.push({
          file: relative(root, join(dir, name)),
          field: '(file name)',
          message: `no collection reads this file: ${folder}/ takes only "<id>${ext}" files (lower-case extension)${name.toLowerCase().endsWith(ext) ? `: rename it to "${name.slice(0, -ext.length)}${ext}"` : ''}`,
        });
        continue;
      }
      const read = readEntry(root, collection, name);
      if ('message' in read) errors.push(read);
      else files.push(read);
    }
  }
  return { files, errors };
}

/**
 * An entry's data and, for MDX, its body and the line the body starts on, from the file's text
 * (`ext`: its extension); or why it cannot be read. The content check and the history read files alike.
 */
export function parseEntrySource(source: string, ext: string): { data: unknown; body?: string; bodyLine?: number } | { field: string; message: string } {
  let yaml = source;
  let body: { body: string; bodyLine: number } | undefined;
  if (ext === '.mdx') {
    const match = FRONTMATTER.exec(source);
    if (!match) return { field: '(frontmatter)', message: 'no frontmatter: the file must start with a --- fenced YAML block' };
    yaml = match[1]!;
    body = { body: match[2]!, bodyLine: source.slice(0, source.length - match[2]!.length).split('\n').length };
  }
  const loaded = loadYaml(yaml);
  if ('error' in loaded) return { field: '(frontmatter)', message: loaded.error };
  const [tooLong] = dataLimitProblems(loaded.data);
  if (tooLong) return tooLong;
  return { data: loaded.data, ...body };
}

/** Reads one entry file, `name` in `collection`'s folder under `root`: its data and, for MDX, its body. */
function readEntry(root: string, collection: CollectionName, name: string): ContentFile | ContentError {
  const { folder, extension: ext } = COLLECTION_FILES[collection];
  const path = relative(root, join(root, folder, name));
  const id = name.slice(0, -ext.length);
  const size = statSync(join(root, folder, name)).size;
  if (size > LIMITS.fileBytes) {
    return {
      file: path,
      field: '(file)',
      message: `the file is ${kb(size)}: a content file may be at most ${kb(LIMITS.fileBytes)} (a body at most ${kb(LIMITS.bodyBytes)}, its YAML at most ${kb(LIMITS.yamlBytes)})`,
    };
  }
  const parsed = parseEntrySource(readFileSync(join(root, folder, name), 'utf8'), ext);
  return 'data' in parsed ? { collection, path, id, ...parsed } : { file: path, ...parsed };
}

/** Today's date in UTC (`YYYY-MM-DD`): the build day the content check holds dates to. */
export function buildDay(now = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/**
 * Reads and checks all content under `root`: every error, formatted, the evidence anchors of
 * the checked articles and what was proved of each body (`checkBodies`), the files read, and the notes on texts
 * longer than their place allows (`check/lengths.ts`: not errors). `whenDataValid`, if given, receives the valid entries
 * as soon as every file has been read and its data has passed (schemas, references), before the
 * slower check of the bodies. Dates are held to `today` (the build day; today's UTC date).
 */
export function checkContentAt(
  root: string,
  whenDataValid?: (valid: Valid) => void,
  today: string = buildDay(),
): { errors: string[]; notes: string[]; anchors: EvidenceAnchors; checks: ArticleChecks; files: ContentFile[] } {
  const { files, errors: readErrors } = readContent(root);
  const site = readSiteCopy(root);
  const editions = 'copy' in site ? readEditions(root, site.copy.locales) : null;
  const errors = [...readErrors, ...('issues' in site ? site.issues : []), ...(editions && 'issues' in editions ? editions.issues : [])];
  const data = checkedData(files, today, 'copy' in site ? site.copy.locales[0] : undefined);
  if (errors.length === 0 && data.errors.length === 0) whenDataValid?.(data.valid);
  const bodies = checkBodies(files, data.valid.articles);
  const notes = [...data.valid.comparisons.values()].flatMap(({ file, data }) => comparisonLengthNotes(file.path, data));
  const translations =
    'copy' in site
      ? checkTranslations(
          readTranslationFiles(root),
          site.copy.locales,
          {
            articles: [...data.valid.articles.keys()],
            comparisons: [...data.valid.comparisons.keys()],
            references: [...data.valid.references.keys()],
            rates: [...data.valid.rates.keys()],
          },
          translationSources(data.valid),
          new Map([...data.valid.articles].map(([id, { data }]) => [id, data])),
          {
            references: new Map([...data.valid.references].map(([id, { data }]) => [id, data])),
            rates: new Map([...data.valid.rates].map(([id, { data }]) => [id, data])),
          },
          site.copy.exonyms,
        ).issues
      : [];
  const catalogues = editions && 'catalogues' in editions ? [...editions.catalogues.values()] : [];
  const texts = catalogues.map(siteTexts);
  const messages = editions && 'messages' in editions && 'copy' in site ? editions.messages.get(site.copy.locales[0]!) : undefined;
  const names = contentNames([...data.valid.articles.values()].map((a) => a.data));
  const prose = [
    ...(messages ? proseIssues({ valid: data.valid, comparisonBodies: bodies.comparisonBodies, site: catalogues.map(plainMessages), messages }) : []),
    ...catalogues.flatMap((c) => figureLabelIssues(c, names)),
    ...copyQuoteIssues(texts, data.valid.rates, bodies.articleBodies),
    ...correctionQuoteIssues(data.valid, bodies.articleBodies),
  ];
  return {
    errors: [...errors, ...data.errors, ...bodies.errors, ...prose, ...translations].map(formatError),
    notes: notes.map(formatError),
    anchors: bodies.anchors,
    checks: bodies.checks,
    files,
  };
}

/** What the console says of the length notes: how many, and each (there are a few per comparison at most). */
export function reportNotes(notes: string[]): string {
  if (notes.length === 0) return '';
  const count = `${notes.length} text${notes.length === 1 ? ' is' : 's are'} longer than their place on a phone allows (shown in full; shorten them)`;
  return `${count}:\n${notes.map((n) => `  ${n}`).join('\n')}`;
}

/** What the check proves of one article's body as its file under `root` reads now (`astro dev`), or undefined when it is not a regular file or cannot be read. */
function checkedArticleAt(root: string, id: string): ReturnType<typeof checkBodies> | undefined {
  const { folder, extension } = COLLECTION_FILES.articles;
  // Only a regular file, as `readContent` reads.
  if (!lstatSync(join(root, folder, `${id}${extension}`), { throwIfNoEntry: false })?.isFile()) return undefined;
  const file = readEntry(root, 'articles', `${id}${extension}`);
  return 'message' in file ? undefined : checkBodies([file]);
}

/** Fact id → anchor of one article as its file reads now (`undefined` as `checkedArticleAt`, or when a passage is not in its body). */
export const articleAnchorsAt = (root: string, id: string): Map<string, string> | undefined => checkedArticleAt(root, id)?.anchors.get(id);

/** What the check proves of one article's body as its file reads now, or `undefined`. */
export const articleCheckAt = (root: string, id: string): ArticleCheck | undefined => checkedArticleAt(root, id)?.checks.get(id);

/** Where the full error list goes (gitignored): a console or CI log through a pipe may cut it. */
export const ERRORS_FILE = 'content-errors.txt';

/** How many errors the console shows before pointing to the file. */
const SHOWN = 30;

/**
 * Writes every error to `ERRORS_FILE` under `root` (or removes a stale one when there is
 * none) and returns what the console says: how many, where the full list is, the first few.
 */
export function reportErrors(root: string, errors: string[]): string {
  const file = join(root, ERRORS_FILE);
  if (errors.length === 0) {
    rmSync(file, { force: true });
    return '';
  }
  writeFileSync(file, `${errors.join('\n')}\n`);
  const count = `${errors.length} content error${errors.length === 1 ? '' : 's'}`;
  const more = errors.length > SHOWN ? `\n  … and ${errors.length - SHOWN} more` : '';
  return `${count} (full list in ${file}):\n${errors
    .slice(0, SHOWN)
    .map((e) => `  ${e}`)
    .join('\n')}${more}\n${count}: see ${file}`;
}
