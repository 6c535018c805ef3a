import { describe, expect, it } from 'vitest';
import { anchorsByFact, closestMiss, describeMiss, evidenceSegments, findPassage, locateEvidence, normalise } from '../../src/lib/evidence.ts';

describe('normalise', () => {
  it.each([
    ['a  b\n\tc', 'a b c'],
    ['  trimmed  ', 'trimmed'],
    ['l’État', "l'État"],
    ['l‘x´', "l'x´"],
    ['« Nous »', '" Nous "'],
    ['“great first.”', '"great first."'],
    ['no\u00a0break\u202fspace', 'no break space'],
    ['e\u0301', 'é'],
  ])('%j → %j', (input, expected) => {
    expect(normalise(input).text).toBe(expected);
  });

  it('maps every normalised character back to the original', () => {
    const source = '  l’État   va ';
    const { text, map } = normalise(source);
    expect(text).toBe("l'État va");
    expect(map.map((i) => source[i]).join('')).toBe('l’État va');
    expect(source.slice(map[0], map.at(-1)! + 1)).toBe('l’État   va');
  });
});

const blocks = [
  'Jalisco Lab a été officiellement lancé ce samedi.',
  'Tavares a estimé la participation à environ trois millions de pesos.',
  'Film Production | 20,000 | 1.5 billion',
];

describe('findPassage', () => {
  it.each([
    ['officiellement lancé ce samedi', 0],
    ['environ  trois\nmillions', 1],
    ['Film Production | 20,000 | 1.5 billion', 2],
    ['Tavares a estimé', 1],
  ])('finds %j in block %i', (passage, block) => {
    expect(findPassage(blocks, passage)?.block).toBe(block);
  });

  it.each([['officiellement lance ce samedi'], ['trois millions de dollars'], ['samedi. Tavares'], [''], ['JALISCO LAB']])(
    'does not find %j (accents, words, case and block boundaries matter)',
    (passage) => {
      expect(findPassage(blocks, passage)).toBeNull();
    },
  );
});

describe('closestMiss and describeMiss', () => {
  it('reports where a passage with a missing word diverges', () => {
    const miss = closestMiss(blocks, 'Tavares a estimé la participation à trois millions de pesos');
    expect(miss).toMatchObject({ block: 1, matchedPrefix: 'Tavares a estimé la participation à ' });
    expect(miss?.bodyContinues.startsWith('environ')).toBe(true);
    expect(describeMiss({ id: 'x', evidence: 'Tavares a estimé la participation à trois', closest: miss })).toContain('then "environ');
  });

  it('says when nothing matches', () => {
    expect(describeMiss({ id: 'x', evidence: 'zzz', closest: closestMiss(blocks, 'zzz') })).toContain('no part of it matches');
  });
});

describe('locateEvidence and segments', () => {
  const facts = [
    { id: 'launch', evidence: 'officiellement lancé ce samedi' },
    { id: 'amount', evidence: 'environ trois millions de pesos' },
    { id: 'who', evidence: 'Tavares a estimé la participation' },
    { id: 'whole', evidence: 'Tavares a estimé la participation à environ trois millions de pesos.' },
    { id: 'row', evidence: 'Film Production | 20,000 | 1.5 billion' },
    { id: 'missing', evidence: 'quatre millions' },
  ];

  it('splits matches from misses', () => {
    const { matches, misses } = locateEvidence(blocks, facts);
    expect(matches.map((m) => m.id)).toEqual(['launch', 'amount', 'who', 'whole', 'row']);
    expect(misses.map((m) => m.id)).toEqual(['missing']);
  });

  it('merges overlapping passages into one segment named after the first fact in frontmatter order', () => {
    const segments = evidenceSegments(locateEvidence(blocks, facts).matches);
    expect(segments.map((s) => [s.anchor, s.facts.sort()])).toEqual([
      ['ev-launch', ['launch']],
      ['ev-amount', ['amount', 'who', 'whole']],
      ['ev-row', ['row']],
    ]);
    expect(anchorsByFact(segments).get('whole')).toBe('ev-amount');
  });

  it('keeps separate passages of one block apart', () => {
    const segments = evidenceSegments(
      locateEvidence(blocks, [
        { id: 'a', evidence: 'Jalisco Lab' },
        { id: 'b', evidence: 'ce samedi' },
      ]).matches,
    );
    expect(segments.map((s) => s.anchor)).toEqual(['ev-a', 'ev-b']);
  });
});
