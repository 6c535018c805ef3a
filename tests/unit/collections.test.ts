/** Every reader of content takes its folders and extensions from `src/lib/collections.ts`. */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/build/content-files.ts';
import { COLLECTION_FILES, COLLECTIONS, entryPattern } from '../../src/lib/collections.ts';
import { tempDir } from '../helpers/temp.ts';

describe('the collections table', () => {
  it('names each collection once, each in its own folder', () => {
    expect(COLLECTIONS).toEqual(['articles', 'comparisons', 'rates', 'references', 'corrections']);
    expect(new Set(COLLECTIONS.map((c) => COLLECTION_FILES[c].folder)).size).toBe(COLLECTIONS.length);
    expect(entryPattern('rates')).toBe('*.yaml');
  });

  it("the content check reads each collection's folder and only its extension", () => {
    const root = tempDir('collections');
    for (const name of COLLECTIONS) {
      const { folder, extension } = COLLECTION_FILES[name];
      mkdirSync(join(root, folder), { recursive: true });
      writeFileSync(join(root, folder, `one${extension}`), extension === '.mdx' ? '---\ntitle: x\n---\nbody\n' : 'title: x\n');
      writeFileSync(join(root, folder, `two${extension === '.mdx' ? '.yaml' : '.mdx'}`), '');
    }
    const { files, errors } = readContent(root);
    expect(files.map((f) => [f.collection, f.path])).toEqual(COLLECTIONS.map((c) => [c, `${COLLECTION_FILES[c].folder}/one${COLLECTION_FILES[c].extension}`]));
    expect(errors.map((e) => e.file).sort()).toEqual(
      COLLECTIONS.map((c) => `${COLLECTION_FILES[c].folder}/two${COLLECTION_FILES[c].extension === '.mdx' ? '.yaml' : '.mdx'}`).sort(),
    );
  });

  it("the corrections glob (a literal, as Vite requires) is the table's", () => {
    const source = readFileSync('src/build/page-meta.ts', 'utf8');
    const { folder } = COLLECTION_FILES.corrections;
    expect(source).toContain(`import.meta.glob('/${folder}/${entryPattern('corrections')}'`);
  });
});
