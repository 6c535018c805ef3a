/**
 * Reads `content/` from disk into the shape the content check (`checkedData`, `checkBodies`)
 * takes. YAML is read with the parser and version Astro itself uses (js-yaml's `load`), so the
 * check sees what Astro will see: an unquoted 2025-07-12, for one, becomes a Date, which the
 * schemas refuse.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { load } from 'js-yaml';
import { readSiteCopy } from './site-copy.ts';
import { checkBodies, checkedData, COLLECTIONS, formatError, type CollectionName, type ContentError, type ContentFile, type Valid } from './content-check.ts';

const EXTENSIONS: Record<CollectionName, string> = { articles: '.mdx', comparisons: '.mdx', rates: '.yaml', references: '.yaml', corrections: '.yaml' };

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)([\s\S]*)$/;

export function readContent(root: string): { files: ContentFile[]; errors: ContentError[] } {
  const files: ContentFile[] = [];
  const errors: ContentError[] = [];
  for (const collection of COLLECTIONS) {
    const dir = join(root, 'content', collection);
    if (!existsSync(dir)) continue;
    const ext = EXTENSIONS[collection];
    for (const name of readdirSync(dir).sort()) {
      if (!name.endsWith(ext)) continue;
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
          files.push({ collection, path, id, data: load(match[1]!), body: match[2]! });
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
