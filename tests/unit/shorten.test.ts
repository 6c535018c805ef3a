import { describe, expect, it } from 'vitest';
import { shorten, type ShortenAt } from '../../src/lib/shorten.ts';

const long =
  'An English web article from an outlet, naming no source (its one quotation is unattributed), on two projects it says were announced in May 2025; it sets them beside yearly spending for all of France and estimates of economic impact.';

describe('shorten', () => {
  it.each<[string, number, ShortenAt, string]>([
    // Text that fits is kept whole, in either mode.
    ['a short text', 20, 'word', 'a short text'],
    ['a short text', 12, 'clause', 'a short text'],
    // At a word: the last whole word, an ellipsis.
    ['The report says Netflix funds 250 million euros a year', 31, 'word', 'The report says Netflix funds…'],
    ['The report says “Netflix” funds 250 million euros a year', 34, 'word', 'The report says “Netflix” funds…'],
    // A cut inside quotation marks or brackets ends before them: no quoted words cut short.
    ['The report says, “It is estimated” that jobs will grow', 30, 'word', 'The report says…'],
    ["L'article dit que, « It is estimated » que", 30, 'word', "L'article dit que…"],
    ['The report says Netflix (in Marseille) funds a school', 35, 'word', 'The report says Netflix…'],
    ['Le rapport cite « un atelier d’élite, selon elle » et plus', 40, 'clause', 'Le rapport cite…'],
    // At a clause: whole sentences when they fill more than half.
    ['The first sentence is right here now. Second sentence is much longer than the limit allows.', 50, 'clause', 'The first sentence is right here now.'],
    // Else the last clause boundary outside brackets and quotations, never inside a noun phrase.
    [
      long,
      150,
      'clause',
      'An English web article from an outlet, naming no source (its one quotation is unattributed), on two projects it says were announced in May 2025…',
    ],
    [
      'A report on the programme (one of several, the text says, in the region) that names its backers and their shares of the money.',
      100,
      'clause',
      'A report on the programme (one of several, the text says, in the region)…',
    ],
    // No boundary late enough: a word, trailing punctuation dropped.
    ['word '.repeat(12).trim(), 32, 'clause', 'word word word word word word…'],
    // Never right after a number whose unit or scale the cut leaves out, nor inside a figure held by no-break spaces.
    ['The report says Netflix funds 250 million euros a year', 35, 'word', 'The report says Netflix funds…'],
    ['Le rapport dit que Netflix finance 250 millions', 40, 'word', 'Le rapport dit que Netflix finance…'],
    ['The report says Netflix funds 250\u00a0million euros a year', 40, 'word', 'The report says Netflix funds…'],
    ['Netflix funds about €1.5 billion', 26, 'word', 'Netflix funds about…'],
    ['The report presents around 2 billion euros as the impact', 40, 'word', 'The report presents around…'],
    ['Le rapport présente environ 2 milliards d’euros', 40, 'word', 'Le rapport présente environ…'],
    // A stray closing mark opens nothing.
    ['1) the first item of a list that goes on and on', 24, 'word', '1) the first item of a…'],
  ])('%s (%i, %s) → %s', (text, max, at, expected) => {
    const cut = shorten(text, max, at);
    expect(cut).toBe(expected);
    expect(cut.length).toBeLessThanOrEqual(max);
  });
});
