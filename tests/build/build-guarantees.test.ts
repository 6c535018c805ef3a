/**
 * Real builds in temporary copies: bad content stops `astro build` before anything is written,
 * naming the file and field; two clean builds of the same sources are byte-identical.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyOverlay, build, projectCopy } from '../helpers/project.ts';

const GOOD = 'tests/fixtures/good-content';
const BAD = 'tests/fixtures/bad-content';

describe('astro build refuses bad content', () => {
  it.each(['evidence-not-in-body', 'reference-to-missing-article', 'missing-required-field', 'malformed-mdx'])('%s: exits non-zero, names file and field, writes no dist/', (name) => {
    const spec = JSON.parse(readFileSync(join(BAD, name, 'case.json'), 'utf8')) as { expect: { file: string; field: string; message: string }; remove: string[] };
    const dir = projectCopy(GOOD);
    applyOverlay(dir, join(BAD, name), spec.remove);
    const result = build(dir);
    expect(result.status).not.toBe(0);
    expect(result.output).toContain(`${spec.expect.file} → ${spec.expect.field}: `);
    expect(result.output).toContain(spec.expect.message);
    expect(existsSync(result.outDir)).toBe(false);
  });

  it('builds the valid fixture (the sample above fails for its fault alone)', () => {
    const result = build(projectCopy(GOOD));
    expect(result.output).not.toMatch(/content error/);
    expect(result.status).toBe(0);
  });
});

function digest(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else files.set(relative(dir, path), createHash('sha256').update(readFileSync(path)).digest('hex'));
    }
  };
  walk(dir);
  return files;
}

describe('reproducible builds', () => {
  it('two clean builds of the same sources give byte-identical dist/', () => {
    const first = build(projectCopy());
    const second = build(projectCopy());
    expect(first.status, first.output).toBe(0);
    expect(second.status, second.output).toBe(0);
    const a = digest(first.outDir);
    const b = digest(second.outDir);
    expect([...b.keys()].sort()).toEqual([...a.keys()].sort());
    const differing = [...a].filter(([file, hash]) => b.get(file) !== hash).map(([file]) => file);
    expect(differing).toEqual([]);
    console.log(`reproducible: ${a.size} files identical across two clean builds`);
  });
});
