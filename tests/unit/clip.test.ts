import { describe, expect, it } from 'vitest';
import { clip } from '../../src/lib/compare/rests-on.ts';

describe('clip', () => {
  it.each([
    ['a short text', 20, 'a short text'],
    ['The report says Netflix funds 250 million euros a year', 31, 'The report says Netflix funds…'],
    // A cut inside quotation marks ends before them: no quoted words cut short.
    ['The report says, “It is estimated” that jobs will grow', 30, 'The report says…'],
    ["L'article dit que, « It is estimated » que", 30, "L'article dit que…"],
    ['The report says “Netflix” funds 250 million euros a year', 34, 'The report says “Netflix” funds…'],
  ])('%s (%i) → %s', (text, max, expected) => expect(clip(text, max)).toBe(expected));
});
