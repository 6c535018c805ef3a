/** The content check's gloss rule: a report not in English needs our English translation beside every passage. */
import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/build/content-files.ts';
import { glossNumberIssues, missingGlosses } from '../../src/lib/content-check.ts';
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

describe('glossNumberIssues: our translation carries the passage’s figures', () => {
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
    ['about thirty million pesos', 'gives “thirty million pesos” = about 30,000,000 in MXN/ARS/CLP… where the passage gives “trois millions de pesos” = about'],
    ['about three million pesos, 900 of them in cash', 'gives “900” = 900, which the passage does not give'],
    ['an amount of pesos', 'leaves out “trois millions de pesos” = about 3,000,000 in MXN/ARS/CLP… of the passage'],
    ['about three million US dollars', 'gives “three million US dollars” = about 3,000,000 USD where the passage gives “trois millions de pesos”'],
    ['at least three million pesos', 'gives “three million pesos” = at-least 3,000,000'],
    ['about three million pesos a year', 'gives “three million pesos” = about 3,000,000 in MXN/ARS/CLP… per-year'],
  ])('%j is refused', (gloss, message) => {
    expect(numbers(gloss)).toEqual([{ field: 'amounts.0.gloss', message: expect.stringContaining(message) }]);
  });

  it('names the people its passage names, no others', () => {
    const data = alpha();
    data.people[0].name = 'Ana Lima';
    data.people.push({ ...data.people[0], id: 'bruno', name: 'Bruno Reis' });
    const glossed = (evidence: string, gloss: string) => {
      data.amounts[0].evidence = evidence;
      data.amounts[0].gloss = gloss;
      return glossNumberIssues(articleSchema.parse(data), 'en').map((i) => i.message);
    };
    expect(glossed('Lima a estimé environ trois millions de pesos.', 'Lima estimated about three million pesos.')).toEqual([]);
    expect(glossed('Lima a estimé environ trois millions de pesos.', 'StreamCo estimated about three million pesos.')).toEqual([
      expect.stringContaining('drops “Ana Lima”, whom the passage names'),
    ]);
    expect(glossed('Lima a estimé environ trois millions de pesos.', 'Reis estimated about three million pesos, said Lima.')).toEqual([
      expect.stringContaining('names “Bruno Reis”, whom the passage does not name'),
    ]);
  });

  it('asks nothing of a report in English', () => {
    const data = alpha();
    data.source.language = 'en';
    data.source.translatedFrom = null;
    data.amounts[0].gloss = 'thirty';
    expect(glossNumberIssues(articleSchema.parse(data), 'en')).toEqual([]);
  });
});
