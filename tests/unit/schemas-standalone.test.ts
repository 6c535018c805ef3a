/**
 * The schemas are plain zod, usable outside Astro (scripts, other tools): they import `zod`
 * itself, never `astro/zod` or `astro:content`, and the zod the project declares is the one
 * copy Astro uses, so a schema and a collection share the same classes.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const SCHEMAS = 'src/schemas';
const require = createRequire(join(process.cwd(), 'package.json'));

describe('the schemas stand alone', () => {
  const files = readdirSync(SCHEMAS).filter((f) => f.endsWith('.ts'));
  it('finds them', () => expect(files.length).toBeGreaterThan(10));
  it.each(files)('%s imports nothing from Astro', (file) => {
    expect(readFileSync(join(SCHEMAS, file), 'utf8')).not.toMatch(/from\s+['"]astro[:/'"]/);
  });

  it('zod is declared at the version Astro uses, one copy in the tree', () => {
    const declared = (JSON.parse(readFileSync('package.json', 'utf8')) as { dependencies: Record<string, string> }).dependencies.zod;
    const ours = require.resolve('zod/package.json');
    const astros = createRequire(require.resolve('astro/package.json')).resolve('zod/package.json');
    expect(astros).toBe(ours);
    expect(declared).toBe((JSON.parse(readFileSync(ours, 'utf8')) as { version: string }).version);
  });
});
