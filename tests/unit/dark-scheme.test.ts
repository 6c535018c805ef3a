/**
 * The dark colour scheme is a palette, nothing more: every rule under `prefers-color-scheme: dark`
 * in the site's code sets custom properties or colours only. The browser suite relies on it: it
 * runs every WCAG rule in light, and in dark only the rules that read colours (tests/e2e/site.test.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const COLOUR_PROPERTIES = new Set(['color', 'background', 'background-color', 'border-color', 'outline-color', 'fill', 'stroke', 'stop-color', 'accent-color']);

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.(css|astro|ts|mjs)$/.test(entry.name) ? [path] : [];
  });
}

/** The text inside each `@media (prefers-color-scheme: dark) { … }` of `source` (a value interpolated in a template literal reads as `x`). */
function darkBlocks(text: string): string[] {
  const source = text.replace(/\$\{[^{}]*\}/g, 'x');
  const blocks: string[] = [];
  for (const match of source.matchAll(/@media\s*\(\s*prefers-color-scheme\s*:\s*dark\s*\)\s*\{/g)) {
    let depth = 1;
    let at = match.index + match[0].length;
    const start = at;
    while (depth > 0 && at < source.length) {
      if (source[at] === '{') depth++;
      else if (source[at] === '}') depth--;
      at++;
    }
    blocks.push(source.slice(start, at - 1));
  }
  return blocks;
}

/** The property names declared in a block of rules. */
const properties = (block: string) =>
  [...block.matchAll(/\{([^{}]*)\}/g)].flatMap(([, body]) =>
    body!
      .split(';')
      .map((declaration) => declaration.split(':')[0]!.trim())
      .filter(Boolean),
  );

describe('the dark scheme', () => {
  const found = sources('src').flatMap((file) => darkBlocks(readFileSync(file, 'utf8')).map((block) => ({ file, block })));

  it('is defined somewhere (the check below reads real rules)', () => {
    expect(found.length).toBeGreaterThan(0);
    expect(found.flatMap(({ block }) => properties(block)).length).toBeGreaterThan(5);
  });

  it('sets custom properties and colours only', () => {
    const other = found.flatMap(({ file, block }) =>
      properties(block)
        .filter((p) => !p.startsWith('--') && !COLOUR_PROPERTIES.has(p))
        .map((p) => `${file}: ${p}`),
    );
    expect(other).toEqual([]);
  });

  it('reads a rule that is not a colour as one (the check can fail)', () => {
    expect(properties('a{display:none;color:red}')).toEqual(['display', 'color']);
  });
});
