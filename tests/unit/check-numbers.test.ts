/**
 * Numbers as a careful reader reads them (src/lib/check/numbers.ts): digits with each language's
 * marks, words with their scale, proven against n2words over a broad range in every language.
 */
import { toCardinal as enGB } from 'n2words/en-GB';
import { toCardinal as enUS } from 'n2words/en-US';
import { toCardinal as esES } from 'n2words/es-ES';
import { toCardinal as frFR } from 'n2words/fr-FR';
import { describe, expect, it } from 'vitest';
import { digitValue, numberSpans, parseNumberAt, type ParsedNumber } from '../../src/lib/check/numbers.ts';
import { tokenize, type Lang } from '../../src/lib/check/tokens.ts';

/** The whole text read as one number, or why not (null when it is not one number from start to end). */
function read(text: string, lang: Lang, money = true): ParsedNumber | string | null {
  const tokens = tokenize(text);
  const parsed = parseNumberAt(text, tokens, 0, lang, money);
  if (parsed && 'error' in parsed) return parsed.error;
  return parsed && parsed.end === tokens.length ? parsed : null;
}
const total = (text: string, lang: Lang) => {
  const r = read(text, lang);
  return typeof r === 'object' && r !== null ? r.total : r;
};

describe('digitValue: the marks of each language', () => {
  it.each([
    // English: comma groups, point is decimal.
    ['25,000', 'en', 25_000],
    ['1,250', 'en', 1250],
    ['3,000,000', 'en', 3_000_000],
    ['1.5', 'en', 1.5],
    ['1,250.5', 'en', 1250.5],
    ['1,5', 'en', 1.5],
    ["3'000'000", 'en', 3_000_000],
    // French: comma is decimal, point groups.
    ['1,5', 'fr', 1.5],
    ['1,250', 'fr', 1.25],
    ['1.250', 'fr', 1250],
    ['1.250,5', 'fr', 1250.5],
    ['3.000.000', 'fr', 3_000_000],
    ['1.5', 'fr', 1.5],
    // Spanish: as French.
    ['25.000', 'es', 25_000],
    ['600.000', 'es', 600_000],
    ['1,5', 'es', 1.5],
    ['1.500', 'es', 1500],
  ] as const)('%s in %s is %d', (text, lang, value) => {
    expect(digitValue(text, lang)).toBe(value);
  });

  it.each([
    ['12.07.2025', 'fr'],
    ['1,2,3', 'en'],
    ['1,25,000', 'en'],
    ['1.250.5', 'en'],
  ] as const)('%s in %s is not a number as written', (text, lang) => {
    expect(digitValue(text, lang)).toEqual({ error: expect.stringContaining('is not a number as written in') });
  });
});

describe('parseNumberAt: digits, words and scales', () => {
  it.each([
    // Digits, grouped by spaces, and with a scale.
    ['11 000', 'fr', 11_000, 'one'],
    ['2 500 000', 'fr', 2_500_000, 'one'],
    ['250 million', 'en', 250e6, 'million'],
    ['250 millions', 'fr', 250e6, 'million'],
    ['1,5 milliard', 'fr', 1.5e9, 'billion'],
    ['1,250 milliard', 'fr', 1.25e9, 'billion'],
    ['1.5 billion', 'en', 1.5e9, 'billion'],
    ['2 mil millones', 'es', 2e9, 'billion'],
    ['1.500 millones', 'es', 1.5e9, 'million'],
    ['25 mil', 'es', 25_000, 'thousand'],
    ['600 thousand', 'en', 600_000, 'thousand'],
    ['2bn', 'en', 2e9, 'billion'],
    ['10k', 'en', 10_000, 'thousand'],
    ['3M', 'en', 3e6, 'million'],
    // Words.
    ['trois millions', 'fr', 3e6, 'million'],
    ['un million', 'fr', 1e6, 'million'],
    ['a million', 'en', 1e6, 'million'],
    ['un millón', 'es', 1e6, 'million'],
    ['tres millones', 'es', 3e6, 'million'],
    ['dos mil millones', 'es', 2e9, 'billion'],
    ['mil millones', 'es', 1e9, 'billion'],
    ['deux milliards', 'fr', 2e9, 'billion'],
    ['deux cent cinquante millions', 'fr', 250e6, 'million'],
    ['deux-cent-cinquante-mille', 'fr', 250_000, 'thousand'],
    ['vingt-cinq', 'fr', 25, 'one'],
    ['vingt cinq', 'fr', 25, 'one'],
    ['vingt et un', 'fr', 21, 'one'],
    ['vingt-et-un', 'fr', 21, 'one'],
    ['soixante et onze', 'fr', 71, 'one'],
    ['quatre-vingts', 'fr', 80, 'one'],
    ['quatre-vingt-dix-neuf', 'fr', 99, 'one'],
    ['septante-deux', 'fr', 72, 'one'],
    ['nonante', 'fr', 90, 'one'],
    ['cent', 'fr', 100, 'one'],
    ['mille', 'fr', 1000, 'thousand'],
    ['twenty-five', 'en', 25, 'one'],
    ['one hundred and one', 'en', 101, 'one'],
    ['one hundred one', 'en', 101, 'one'],
    ['one thousand and one', 'en', 1001, 'one'],
    ['two million five hundred thousand', 'en', 2_500_000, 'one'],
    ['veinticinco', 'es', 25, 'one'],
    ['veintiún', 'es', 21, 'one'],
    ['treinta y una', 'es', 31, 'one'],
    ['cien', 'es', 100, 'one'],
    ['mil', 'es', 1000, 'thousand'],
    ['dos mil doscientos millones', 'es', 2.2e9, 'million'],
    ['once', 'es', 11, 'one'],
    ['neuf', 'fr', 9, 'one'],
  ] as const)('%s (%s) = %d, scale %s', (text, lang, value, scale) => {
    const r = read(text, lang);
    expect(r).toMatchObject({ total: value, scale });
  });

  it.each([
    ['five two', 'en'],
    ['vingt trente', 'fr'],
    ['thousand', 'en'],
    ['once', 'en'],
    ['neuf', 'en'],
    ['cent cent', 'fr'],
    ['dos mil mil', 'es'],
    ['three million two million', 'en'],
    ['million', 'fr'],
  ] as const)('%s (%s) is not one number', (text, lang) => {
    expect(read(text, lang)).toBeNull();
  });

  it('reads "3m" as three million only for money (it may be three metres)', () => {
    expect(read('3m', 'en', true)).toMatchObject({ total: 3e6 });
    expect(read('3m', 'en', false)).toBeNull();
  });
});

describe('n2words proves the word reader: parse(n2words(n)) = n', () => {
  const spellers: [string, Lang, (n: number) => string][] = [
    ['en-GB', 'en', enGB],
    ['en-US', 'en', enUS],
    ['fr-FR', 'fr', frFR],
    ['fr-FR, 1990 spelling (hyphens throughout)', 'fr', (n) => frFR(n).replace(/ /g, '-')],
    ['es-ES', 'es', esES],
  ];
  // Every number to 10,000, then a spread (seeded, so the run is repeatable) up to a trillion.
  const numbers: number[] = Array.from({ length: 10_001 }, (_, i) => i);
  let seed = 7;
  const random = () => (seed = (seed * 48_271) % 2_147_483_647) / 2_147_483_647;
  for (let k = 0; k < 4000; k++) numbers.push(Math.floor(random() ** 3 * 1e12));
  numbers.push(1e6, 2e6, 2_500_000, 1e9, 1.5e9, 2e9, 1e12, 999_999_999_999);

  it.each(spellers)('%s', { timeout: 60_000 }, (_name, lang, speak) => {
    const wrong = numbers.filter((n) => total(speak(n), lang) !== n).map((n) => `${n}: ${speak(n)} → ${String(total(speak(n), lang))}`);
    expect(wrong.slice(0, 10)).toEqual([]);
  });
});

describe('numberSpans: every number of a text, whole', () => {
  const spans = (text: string, lang: Lang) => {
    const t = tokenize(text);
    return numberSpans(text, t, lang).map(([a, b]) => text.slice(t[a]!.start, t[b - 1]!.end));
  };
  it.each([
    ['Netflix à environ trois millions de pesos.', 'fr', ['trois millions']],
    ['un bâtiment de 11 000 mètres carrés et 15 entreprises', 'fr', ['un', '11 000', '15']],
    ['With 250 million euros per year and 25,000 jobs by 2025', 'en', ['250 million', '25,000', '2025']],
    ['le 12.07.2025 à 20 h', 'fr', ['12.07.2025', '20']],
    ['dos mil millones de euros', 'es', ['dos mil millones']],
    ['une hausse de 25 pour cent et de 3 %', 'fr', ['une', '25 pour cent', '3 %']],
  ] as const)('%s', (text, lang, expected) => {
    expect(spans(text, lang)).toEqual(expected);
  });
});
