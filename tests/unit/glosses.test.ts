/** The content check's gloss rule: a report not in English needs our English translation beside every passage. */
import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/build/content-files.ts';
import { glossNumberIssues, missingGlosses, numbersOf } from '../../src/lib/content-check.ts';
import { articleSchema } from '../../src/schemas/article.ts';

const fixture = readContent('tests/fixtures/good-content').files.find((f) => f.id === 'alpha')!.data;
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the test edits raw frontmatter before the schema reads it
const alpha = () => structuredClone(fixture) as Record<string, any>;
const check = (data: unknown) => missingGlosses(articleSchema.parse(data), 'en');

describe('missingGlosses', () => {
  it('accepts a French report whose every fact has a gloss', () => {
    expect(check(alpha())).toEqual([]);
  });

  it('names each fact of a French report that lacks a gloss, initiative and lists alike', () => {
    const data = alpha();
    delete data.initiative.gloss;
    delete data.institutions[0].gloss;
    data.locations[0].gloss = null;
    expect(check(data)).toEqual([
      { field: 'initiative.gloss', message: 'the report is in fr: add our translation of the evidence into en' },
      { field: 'institutions.0.gloss', message: 'the report is in fr: add our translation of the evidence into en' },
      { field: 'locations.0.gloss', message: 'the report is in fr: add our translation of the evidence into en' },
    ]);
  });

  it('asks nothing of a report in English, whatever its region', () => {
    for (const language of ['en', 'en-GB']) {
      const data = alpha();
      data.source.language = language;
      data.source.translatedFrom = null;
      for (const list of ['institutions', 'people', 'amounts', 'dates', 'locations']) for (const fact of data[list]) delete fact.gloss;
      delete data.initiative.gloss;
      expect(check(data)).toEqual([]);
    }
  });

  it('names the language in the message', () => {
    const data = alpha();
    data.source.language = 'es';
    data.source.translatedFrom = null;
    delete data.people[0].gloss;
    expect(check(data)).toEqual([{ field: 'people.0.gloss', message: 'the report is in es: add our translation of the evidence into en' }]);
  });
});

describe('glossNumberIssues: our translation carries the passage’s numbers', () => {
  const numbers = (gloss: string, evidence = 'environ trois millions de pesos') => {
    const data = alpha();
    data.amounts[0].evidence = evidence;
    data.amounts[0].gloss = gloss;
    return glossNumberIssues(articleSchema.parse(data), 'en');
  };

  it('accepts the fixture, and a translation that writes the numbers otherwise', () => {
    expect(glossNumberIssues(articleSchema.parse(alpha()), 'en')).toEqual([]);
    expect(numbers('about 3 million pesos')).toEqual([]);
    expect(numbers('a new 11,000-square-metre building', 'un nouveau bâtiment de 11 000 mètres carrés')).toEqual([]);
    expect(numbers('on 20 September, in 2026', 'le 20 septembre, en 2026')).toEqual([]);
  });

  it.each([
    ['about thirty million pesos', 'the numbers 30,000,000 where the passage gives 3,000,000'],
    ['about three million pesos, 900 of them in cash', 'the numbers 900, 3,000,000 where the passage gives 3,000,000'],
    ['an amount of pesos', 'the numbers none where the passage gives 3,000,000'],
  ])('%j is refused', (gloss, message) => {
    expect(numbers(gloss)).toEqual([{ field: 'amounts.0.gloss', message: expect.stringContaining(message) }]);
  });

  it('asks nothing of a report in English', () => {
    const data = alpha();
    data.source.language = 'en';
    data.source.translatedFrom = null;
    data.amounts[0].gloss = 'thirty';
    expect(glossNumberIssues(articleSchema.parse(data), 'en')).toEqual([]);
  });
});

describe('numbersOf: the numbers a text gives, in its language’s typography', () => {
  it.each([
    ['250 000 000 euros', 'fr', [250_000_000]],
    ['250\u202f000\u202f000 euros', 'fr', [250_000_000]],
    ['25\u00a0000 emplois et 1\u00a0500 m²', 'fr', [1500, 25_000]],
    ['25,000 jobs', 'en', [25_000]],
    ['20.000 empleos', 'es', [20_000]],
  ] as const)('%j (%s)', (text, lang, expected) => {
    expect(numbersOf(text, lang)).toEqual(expected);
  });
});
