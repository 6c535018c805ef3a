/**
 * Reads `content/` from disk into the shape the content check (`checkedData`, `checkBodies`)
 * takes. YAML is read with the parser and version Astro itself uses (js-yaml's `load`), so the
 * check sees what Astro will see: an unquoted 2025-07-12, for one, becomes a Date, which the
 * schemas refuse.
 */
import { existsSync, lstatSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { load } from 'js-yaml';
import { COLLECTION_FILES } from '../lib/collections.ts';
import { SITE_FILE } from '../lib/site-copy.ts';
import { readSiteCopy } from './site-file.ts';
import { checkBodies, checkedData, COLLECTIONS, formatError, type ContentError, type ContentFile, type Valid } from '../lib/content-check.ts';

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
      } else if (name !== NOTES && `content/${name}` !== SITE_FILE && !FOLDERS.includes(`content/${name}`)) {
        errors.push({
          file: `content/${name}`,
          field: '(file name)',
          message: `no collection reads this: content/ holds only ${FOLDERS.map((f) => `${f.slice('content/'.length)}/`).join(', ')}, ${SITE_FILE.slice('content/'.length)} (and ${NOTES} notes)`,
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
      const path = relative(root, join(dir, name));
      const id = name.slice(0, -ext.length);
      const source = readFileSync(join(dir, name), 'utf8');
      try {
        if (ext === '.mdx') {
          const match = FRONTMATTER.exec(source);
          if (!match) {
            errors.push({ file: path, field: '(frontmatter)', message: 'no frontmatter: the file must start with a --- fenced YAML block' });
            continue;
          }
          const bodyLine = source.slice(0, source.length - match[2]!.length).split('\n').length;
          files.push({ collection, path, id, data: load(match[1]!), body: match[2]!, bodyLine });
        } else files.push({ collection, path, id, data: load(source) });
      } catch (error) {
        errors.push({ file: path, field: '(frontmatter)', message: `malformed YAML: ${(error as Error).message.split('\n')[0]}` });
      }
    }
  }
  return { files, errors };
}

/**
 * Reads and checks all content under `root`; returns every error, formatted. `whenDataValid`,
 * if given, receives the valid entries as soon as every file has been read and its data has
 * passed (schemas, references), before the slower check of the bodies.
 */
export function checkContentAt(root: string, whenDataValid?: (valid: Valid) => void): string[] {
  const { files, errors: readErrors } = readContent(root);
  const site = readSiteCopy(root);
  const errors = [...readErrors, ...('issues' in site ? site.issues : [])];
  const data = checkedData(files);
  if (errors.length === 0 && data.errors.length === 0) whenDataValid?.(data.valid);
  return [...errors, ...data.errors, ...checkBodies(files)].map(formatError);
}

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
