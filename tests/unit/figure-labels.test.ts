/**
 * The catalogue's figure labels read back as their keys (src/lib/check/labels.ts): the real
 * catalogues pass, and each label rewritten to say something else is refused, naming file → key.
 */
import { describe, expect, it } from 'vitest';
import { readEditions } from '../../src/build/i18n-files.ts';
import { contentNames, figureLabelIssues } from '../../src/lib/check/labels.ts';
import type { Catalogue } from '../../src/lib/i18n.ts';
import { readContent } from '../../src/build/content-files.ts';
import { checkedData } from '../../src/lib/content-check.ts';

const editions = readEditions('.', ['en', 'fr', 'es']);
if (!('catalogues' in editions)) throw new Error(JSON.stringify(editions.issues));
const names = contentNames([...checkedData(readContent('.').files).valid.articles.values()].map((a) => a.data));

/** The catalogue of `lang` with `key` set to `message`. */
const edited = (lang: string, key: string, message: string): Catalogue => {
  const catalogue = structuredClone(editions.catalogues.get(lang)!);
  catalogue.messages.set(key, message);
  return catalogue;
};

describe('figure labels read back as their keys', () => {
  it('every edition’s catalogue passes as it is', () => {
    for (const catalogue of editions.catalogues.values()) expect(figureLabelIssues(catalogue, names)).toEqual([]);
    expect(names).toContain('Marseille');
  });

  it.each([
    ['en', 'scale.million', '{count, number} billion', 'with the count 3, “3 billion” reads as 3,000,000,000, not 3,000,000'],
    ['en', 'hedge.about', 'exactly', '“exactly 7” reads as no hedge, not the hedge about'],
    ['fr', 'hedge.about', 'au moins', '“au moins 7” reads as at-least, not the hedge about'],
    ['en', 'unit.square-metres', '{count, plural, one {hectare} other {hectares}}', '“2 hectares” reads as 2 of no unit, not 2 square-metres'],
    ['en', 'unit.jobs', '{count, plural, one {thousand jobs} other {thousand jobs}}', '“2 thousand jobs” reads as 2,000 jobs, not 2 jobs'],
    ['es', 'unit.jobs', '{count, plural, one {empresa} other {empresas}}', '“2 empresas” reads as 2 companies, not 2 jobs'],
    ['en', 'period.per-year', 'per month', '“per month” reads as no period, not the period per-year'],
    ['fr', 'period.cumulative', 'par an', '“par an” reads as per-year, not the period cumulative'],
    ['en', 'period.unspecified', 'per year', '“per year” reads as per-year, not no period'],
    ['en', 'rate.text', '1 {quote} = {value} {base}', 'with base EUR, value 20.5 and quote MXN, “1 MXN = 20.5 EUR” does not read as “1 EUR” then 20.5 MXN'],
    [
      'fr',
      'rate.textApproximate',
      '1 {base} = {value} {quote}',
      'with base EUR, value 20,5 and quote MXN, “1 EUR = 20,5 MXN” does not read as “1 EUR” then about 20,5 MXN',
    ],
    ['en', 'scope.national', 'Marseille only', 'names “Marseille”: a scope is a kind of coverage (“national”), never a place or organisation of the content'],
  ])('%s %s: “%s” is refused', (lang, key, message, why) => {
    const issues = figureLabelIssues(edited(lang, key, message), names);
    expect(issues).toHaveLength(1);
    expect(issues[0]!.file).toBe(`content/i18n/${lang}.yaml`);
    expect(issues[0]!.field).toBe(key);
    expect(issues[0]!.message.startsWith(why)).toBe(true);
  });

  it.each([
    ['en', 'hedge.about', 'around'],
    ['fr', 'hedge.about', 'à peu près'],
    ['es', 'period.per-year', 'al año'],
    ['en', 'unit.companies', '{count, plural, one {firm} other {firms}}'],
    ['en', 'scope.regional', 'one region'],
  ])('%s %s: “%s” says the same and passes', (lang, key, message) => {
    expect(figureLabelIssues(edited(lang, key, message), names)).toEqual([]);
  });
});
