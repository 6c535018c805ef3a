/**
 * French typography in our voice: a number grouped by thousands holds together with a narrow
 * no-break space (U+202F), as the formatter writes it ("25 000"), never an ordinary space that a
 * line can break at. The reports' own words, quoted in « » or “ ” or a blockquote, stay as written.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readTranslationFiles } from '../../src/build/translation-files.ts';
import { catalogueFile } from '../../src/lib/i18n.ts';
import { ROOT } from '../helpers/project.ts';

/** The digit groups of `text` split by an ordinary space, outside quotations and blockquote lines. */
function spacedGroups(text: string): string[] {
  const ours = text
    .replace(/^>.*$/gm, '')
    .replace(/«[^»]*»/g, '')
    .replace(/“[^”]*”/g, '');
  return [...ours.matchAll(/\d{1,3}(?: \d{3})+(?!\d)/g)].map((m) => m[0]).filter((group) => / /.test(group));
}

/** Every string in `value`, with where it is: `dek`, `amounts[2].gloss`. */
function strings(value: unknown, at = ''): [string, string][] {
  if (typeof value === 'string') return [[at, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => strings(v, `${at}[${i}]`));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => strings(v, at ? `${at}.${k}` : k));
  return [];
}

describe('French numbers in our voice', () => {
  it.each([
    ['plus de 25 000 emplois', ['25 000']],
    ['environ 1 500 m², 2 000 000 EUR', ['1 500', '2 000 000']],
    ['Production de films | 20 000 | 1,5 milliard', ['20 000']],
    ['plus de 25\u202f000 emplois', []],
    ['25\u00a0000', []],
    // The reports' words stay as they wrote them.
    ['un bâtiment de « 11 000 mètres carrés »', []],
    ['the text says “more than 25 000”', []],
    ['> Un passage de 11 000 mots\nnotre texte', []],
    // A year and a count side by side are not one number.
    ['en 2025, 12 stagiaires', []],
  ])('%j → %j', (text, found) => expect(spacedGroups(text)).toEqual(found));

  it('no French translation or catalogue string groups digits with an ordinary space', () => {
    const found: string[] = [];
    for (const [path, file] of readTranslationFiles(ROOT)) {
      if (!path.includes('/fr/') || !('data' in file)) continue;
      for (const [at, text] of [...strings(file.data), ['(body)', file.body ?? ''] as [string, string]]) {
        for (const group of spacedGroups(text)) found.push(`${path} → ${at}: "${group}"`);
      }
    }
    const catalogue = catalogueFile('fr');
    for (const [line, text] of readFileSync(join(ROOT, catalogue), 'utf8').split('\n').entries()) {
      for (const group of spacedGroups(text)) found.push(`${catalogue} line ${line + 1}: "${group}"`);
    }
    expect(found).toEqual([]);
  });
});
