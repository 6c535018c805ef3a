/**
 * The code knows no report: nothing in `src/` (comments included) names a seed report, its
 * places, people or outlets, so any set of reports works by adding content files alone.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ROOT } from '../helpers/project.ts';

/** Names from the reports in content/articles/ that only a seed-aware line of code would contain. */
const SEED_NAMES = [
  'jalisco',
  'marseille',
  'kourtrajm',
  'cinémathèque',
  'cinematheque',
  'filma',
  'vallarta',
  'guadalajara',
  'informador',
  'scrapcinema',
  'tavares',
  'fémis',
  'gobelins',
  'ciudad creativa',
];

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]));
}

/** Lowercased, with accents kept and also folded, so "Cinémathèque" and "Cinematheque" both match. */
function variants(text: string): string[] {
  const lower = text.toLowerCase();
  return [lower, lower.normalize('NFD').replace(/\p{M}/gu, '')];
}

function seedHits(root: string): string[] {
  const hits: string[] = [];
  for (const file of files(join(root, 'src'))) {
    readFileSync(file, 'utf8')
      .split('\n')
      .forEach((line, i) => {
        const forms = variants(line);
        for (const name of SEED_NAMES) if (forms.some((f) => f.includes(name))) hits.push(`${relative(root, file)}:${i + 1}: "${name}"`);
      });
  }
  return hits;
}

describe('src/ names no seed report', () => {
  test('the matcher finds a seed name, accented or not', () => {
    expect(variants('La Cinémathèque').some((f) => f.includes('cinematheque'))).toBe(true);
  });

  test('no file under src/ (code or comment) names a seed report, place, person or outlet', () => {
    const hits = seedHits(ROOT);
    expect(hits, `seed names in src/:\n  ${hits.join('\n  ')}`).toEqual([]);
  });

  test('the seed names are real: each appears in the content the site ships', () => {
    const content = files(join(ROOT, 'content/articles'))
      .map((f) => variants(readFileSync(f, 'utf8')).join('\n'))
      .join('\n');
    const absent = SEED_NAMES.filter((n) => !content.includes(n));
    expect(absent).toEqual([]);
  });
});
