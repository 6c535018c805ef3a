/**
 * The reader of our own prose (src/lib/check/prose.ts): which words are numbers, percentages,
 * ordinals and dates, which are not read, and the sentence an inference marker must sit in.
 */
import { describe, expect, it } from 'vitest';
import { passageRanksAndShares, readProse, saysInferred, sentenceAround } from '../../src/lib/check/prose.ts';

/** Each mention as [kind, words, value]: the number, or the date as "year-month-day" with blanks. */
const read = (text: string) =>
  readProse(text).map((m) => [
    m.kind,
    m.words,
    m.kind === 'date' ? [m.year ?? '', m.month ?? '', m.day ?? ''].join('-') : m.kind === 'unread' ? null : m.value,
  ]);

describe('readProse: numbers, in digits or words, with their scale', () => {
  it.each([
    ['about three million pesos', [['number', 'three million', 3e6]]],
    ['250 million euros a year', [['number', '250 million', 250e6]]],
    ['the 2 billion euros', [['number', '2 billion', 2e9]]],
    ['an estimated 1.5 billion', [['number', '1.5 billion', 1.5e9]]],
    ['€140k at that rate', [['number', '140k', 140_000]]],
    ['about €2bn', [['number', '2bn', 2e9]]],
    ['more than 25,000 jobs', [['number', '25,000', 25_000]]],
    ['a new 11 000 m² building', [['number', '11 000', 11_000]]],
    ['about 2.3 times', [['number', '2.3', 2.3]]],
    ['a million people', [['number', 'a million', 1e6]]],
    ['one million people', [['number', 'one million', 1e6]]],
    ['twenty-five courses', [['number', 'twenty-five', 25]]],
    [
      'Five of its six checked claims',
      [
        ['number', 'Five', 5],
        ['number', 'six', 6],
      ],
    ],
    ['about eight weeks later', [['number', 'eight', 8]]],
    ['2025 jobs', [['number', '2025', 2025]]],
    ['€2025', [['number', '2025', 2025]]],
    [
      '20 to 30 jobs',
      [
        ['number', '20', 20],
        ['number', '30', 30],
      ],
    ],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it('keeps the words after a number to the end of its phrase, where what it counts is named', () => {
    const [five] = readProse('Five of the report’s six checked claims are unclear, it says.');
    expect(five).toMatchObject({
      kind: 'number',
      follows: { keys: ['of', 'the', 'report', '’', 's', 'six', 'checked', 'claims', 'are', 'unclear'], units: [] },
    });
    expect(readProse('the two (of the reports)')[0]).toMatchObject({ follows: { keys: [], units: [] } });
    expect(readProse('four end-of-year clips, and more')[0]).toMatchObject({ follows: { units: ['years', 'clips'] } });
    expect(readProse('a new 11,000 m² building')[0]).toMatchObject({ follows: { units: ['square-metres'] } });
  });

  it('keeps the words of its sentence when it is partitive (“5 of 6”, “none of its 9”)', () => {
    const sentence = { keys: ['5', 'of', '6', 'repeated', 'vs', '1', 'of', '7', 'contradicted'], units: [] };
    expect(readProse('5 of 6 repeated vs 1 of 7 contradicted').map((m) => (m.kind === 'number' ? m.partitive : null))).toEqual([
      sentence,
      sentence,
      sentence,
      sentence,
    ]);
    expect(readProse('Jalisco has 4 figures; none of Marseille’s 9 is. Another one.')[1]).toMatchObject({
      partitive: { keys: ['jalisco', 'has', '4', 'figures', ';', 'none', 'of', 'marseille', '’', 's', '9', 'is', '.'] },
    });
    expect(readProse('two projects')[0]).toMatchObject({ partitive: null });
  });
});

describe('readProse: percentages and ordinals', () => {
  it.each([
    ['25%', [['percent', '25%', 25]]],
    ['40 per cent of it', [['percent', '40 per cent', 40]]],
    ['30 percent', [['percent', '30 percent', 30]]],
    ['the 8th edition', [['ordinal', '8th', 8]]],
    ['its eighth edition', [['ordinal', 'eighth', 8]]],
    ['the 21st time', [['ordinal', '21st', 21]]],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});

describe('readProse: dates', () => {
  it.each([
    ['on 12 July 2025', [['date', '12 July 2025', '2025-7-12']]],
    ['on July 12, 2025', [['date', 'July 12, 2025', '2025-7-12']]],
    ['on July 12th', [['date', 'July 12th', '-7-12']]],
    ['(19 May, we infer)', [['date', '19 May', '-5-19']]],
    ['on the 19th of May', [['date', '19th of May', '-5-19']]],
    ['in May 2025', [['date', 'May 2025', '2025-5-']]],
    [
      'An announcement in May, a launch in July',
      [
        ['date', 'May', '-5-'],
        ['date', 'July', '-7-'],
      ],
    ],
    ['Launched in July', [['date', 'July', '-7-']]],
    ['in 2026', [['date', '2026', '2026--']]],
    ['in mid-2025', [['date', '2025', '2025--']]],
    [
      'a past impact (2021–2024)',
      [
        ['date', '2021', '2021--'],
        ['date', '2024', '2024--'],
      ],
    ],
    ['the 2025 Choose France summit', [['date', '2025', '2025--']]],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it.each([['May I add'], ['the may of it'], ['March on'], ['we may say']])('“May” and “March” alone are not months: %s', (text) => {
    expect(read(text)).toEqual([]);
  });
});

describe('readProse: what it does not read', () => {
  it.each([
    ['one city, one of them, a one-off grant'],
    ['a launch, an announcement'],
    ['the first masterclass, a second edition, a third of it'],
    ['thousands of jobs, millions of euros, hundreds of people'],
    ['half of what it describes, a double-check'],
    ['courses on Industry 4.0 and Web 2.0'],
    ['lider919.com also reports them, as the G20 did'],
    ['SHA-256 of the text, each text’s SHA-256, COVID-19'],
    ['Money only: ISO 4217 currency codes'],
    ['Where the fact sits, e.g. amounts.0.'],
    ['a manifold task'],
    ['its one quotation, a “great first,” and “more than 25,000”'],
    ["the report's 'more than 25,000' and `2 billion`"],
    ['the report’s ‘2 billion’ and «3 millions»'],
  ])('%s', (text) => {
    expect(read(text)).toEqual([]);
  });

  it.each([
    ['about MXN30m', [['number', '30m', 30e6]]],
    ['by2027', [['date', '2027', '2027--']]],
    ['x18', [['number', '18', 18]]],
    ['about EUR1.4m', [['number', '1.4m', 1.4e6]]],
    ['in mid-2025', [['date', '2025', '2025--']]],
    // After a currency code, digits are a figure, not a name's number.
    ['about MXN 30m', [['number', '30m', 30e6]]],
    ['about USD 30', [['number', '30', 30]]],
    ['the EUR-30 line', [['number', '30', 30]]],
    // A scale, a currency or a percentage after a name's digits makes them a figure.
    ['vs Riverside 250m', [['number', '250m', 250e6]]],
    ['vs StreamCo 30 million', [['number', '30 million', 30e6]]],
    ['and Riverside 25%', [['percent', '25%', 25]]],
    // "A" is an article, not a name in capitals.
    ['A 30 courses plan', [['number', '30', 30]]],
    ['Jalisco Lab 2027 is planned', [['date', '2027', '2027--']]],
  ])('reads digits after a word that are not part of a name: %s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it.each([
    ['about ３０m pesos', '３０m'],
    ['about ٣٠m pesos', '٣٠m'],
    ['about ३० million', '३०'],
  ])('names digits other than 0–9, which it cannot read: %s', (text, words) => {
    expect(read(text)).toEqual([['unread', words, null]]);
  });

  it.each([
    ['a hundredfold smaller', [['number', 'hundredfold', 100]]],
    ['a tenfold rise', [['number', 'tenfold', 10]]],
    ['a twentyfold rise', [['number', 'twentyfold', 20]]],
    ['a ten-fold rise', [['number', 'ten', 10]]],
    ['a dozen courses', [['number', 'a dozen', 12]]],
    ['two dozen courses', [['number', 'two dozen', 24]]],
    ['dozens of courses', [['unread', 'dozens', null]]],
    ['twice as large', [['number', 'twice', 2]]],
    ['double the budget', [['number', 'double', 2]]],
    ['triple that', [['number', 'triple', 3]]],
    [
      'half of 3m pesos',
      [
        ['number', 'half', 2],
        ['number', '3m', 3_000_000],
      ],
    ],
  ])('reads multiplicatives in "-fold", ratio words and dozens: %s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it('names digits it cannot read', () => {
    expect(read('dated 12.07.2025')).toEqual([['unread', '12.07.2025', null]]);
  });
});

describe('passageRanksAndShares: what a passage writes that no fact models', () => {
  it.each([
    ['during the 8th edition of the Choose France summit', 'en', [8], []],
    ['la 8e édition du sommet', 'fr', [8], []],
    ['the eighth edition', 'en', [8], []],
    ['environ 25 pour cent du budget', 'fr', [], [25]],
    ['el 30 por ciento', 'es', [], [30]],
    ['25,000 jobs by 2025', 'en', [], []],
  ] as const)('%s (%s)', (passage, lang, ordinals, percents) => {
    expect(passageRanksAndShares(passage, lang)).toEqual({ ordinals, percents });
  });
});

describe('the sentence an inference must be said in', () => {
  const text = 'Announced in May 2025 (19 May, we infer). Launched on 12 July 2025, e.g. on a Saturday. Both dates are inferred.';
  it.each([
    ['19 May', 'Announced in May 2025 (19 May, we infer).', true],
    ['12 July 2025', 'Launched on 12 July 2025, e.g. on a Saturday.', false],
  ])('%s', (words, sentence, inferred) => {
    const at = text.indexOf(words);
    expect(sentenceAround(text, at, at + words.length)).toBe(sentence);
    expect(saysInferred(sentence)).toBe(inferred);
  });

  it.each([
    ['a date we infer', true],
    ['12 July 2025 (inferred)', true],
    ['by our inference', true],
    ['Inferring from it', true],
    ['an infernal date', false],
    ['we estimate it', false],
  ])('%s', (text, inferred) => {
    expect(saysInferred(text)).toBe(inferred);
  });
});
