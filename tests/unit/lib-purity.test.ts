/**
 * `src/lib/` is pure: it neither reads nor writes disk, starts processes or threads, nor reads
 * the environment; whatever it needs comes in as arguments. Disk and process work lives in
 * `src/build/`, `src/integrations/` and `scripts/`. A lib module may import only other lib
 * modules, the schemas and packages, so nothing impure arrives through an import either.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const LIB = 'src/lib';

/** Modules that reach disk, processes, threads or the machine. `node:crypto` (hashing) is pure. */
const IMPURE_MODULES = ['fs', 'fs/promises', 'path', 'child_process', 'worker_threads', 'os', 'process', 'module', 'url'];

const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(\s*|\brequire\s*\(\s*|^\s*import\s+)['"]([^'"]+)['"]/gm;

/** What makes `source` (the text of `file`, a module under src/lib) impure. */
function problems(source: string, file = join(LIB, 'module.ts')): string[] {
  const found: string[] = [];
  for (const [, specifier] of source.matchAll(SPECIFIER)) {
    const bare = specifier!.replace(/^node:/, '');
    if (IMPURE_MODULES.includes(bare)) found.push(`imports ${specifier}`);
    else if (specifier!.startsWith('.') && !/^src\/(lib|schemas)\//.test(join(dirname(file), specifier!)))
      found.push(`imports ${specifier} from outside src/lib and src/schemas`);
  }
  if (/\bprocess\s*\./.test(source)) found.push('mentions process.');
  return found;
}

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : /\.(ts|mjs|js)$/.test(e.name) ? [join(dir, e.name)] : [],
  );
}

describe('src/lib is pure', () => {
  it('the check catches what it looks for', () => {
    expect(problems("import { readFileSync } from 'node:fs';")).toEqual(['imports node:fs']);
    expect(problems("import { Worker } from 'worker_threads';")).toEqual(['imports worker_threads']);
    expect(problems("const os = await import('node:os');")).toEqual(['imports node:os']);
    expect(problems("import { SITE } from '../site.ts';")).toHaveLength(1);
    expect(problems("import { readContent } from '../build/content-files.ts';")).toHaveLength(1);
    expect(problems('const root = process.cwd();')).toEqual(['mentions process.']);
    expect(problems("import { createHash } from 'node:crypto';\nimport type { Article } from '../schemas/article.ts';")).toEqual([]);
    // A module in a folder of src/lib reaches the rest of src/lib and the schemas one level further up.
    const nested = join(LIB, 'compare', 'index.ts');
    expect(problems("import { item } from './align.ts';\nimport { citation } from '../article-view.ts';", nested)).toEqual([]);
    expect(problems("import type { Rate } from '../../schemas/rate.ts';", nested)).toEqual([]);
    expect(problems("import { SITE } from '../../site.ts';", nested)).toHaveLength(1);
  });

  const all = files(LIB);
  it('finds the modules', () => expect(all.length).toBeGreaterThan(10));
  it.each(all.map((f) => [relative('.', f)]))('%s', (file) => {
    expect(problems(readFileSync(file, 'utf8'), file)).toEqual([]);
  });
});
