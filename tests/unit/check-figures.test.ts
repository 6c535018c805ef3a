/**
 * The words of a figure, of a date and of a period read into what they give (src/lib/check/
 * figures.ts, dates.ts, periods.ts): every word accounted for, numbers that are not counts
 * refused by name, one date expression, period phrases by meaning.
 */
import { describe, expect, it } from 'vitest';
import { readDate } from '../../src/lib/check/dates.ts';
import { currenciesIn, hedgesIn, readFigure, unitsIn } from '../../src/lib/check/figures.ts';
import { periodOf, periodsIn } from '../../src/lib/check/periods.ts';
import { PROJECTIONS } from '../../src/lib/check/vocabulary.ts';

type Kind = 'money' | 'quantity';

describe('readFigure: what the figure’s words give', () => {
  it.each([
    // [words, lang, kind, total, scale, hedge, currency codes or unit]
    ['environ trois millions de pesos', 'fr', 'money', 3e6, 'million', 'about', 'MXN,ARS,CLP,COP,CUP,DOP,PHP,UYU'],
    ['250 million euros', 'en', 'money', 250e6, 'million', null, 'EUR'],
    ['around 2 billion euros', 'en', 'money', 2e9, 'billion', 'about', 'EUR'],
    ['1.5 billion', 'en', 'money', 1.5e9, 'billion', null, null],
    ['1,5 milliard d’euros', 'fr', 'money', 1.5e9, 'billion', null, 'EUR'],
    ['1,250 milliard d’euros', 'fr', 'money', 1.25e9, 'billion', null, 'EUR'],
    ['€2bn', 'en', 'money', 2e9, 'billion', null, 'EUR'],
    ['250 M€', 'fr', 'money', 250e6, 'million', null, 'EUR'],
    ['$1.2 million', 'en', 'money', 1.2e6, 'million', null, 'USD'],
    ['10 millions de dollars canadiens', 'fr', 'money', 10e6, 'million', null, 'CAD'],
    ['about 2 million reais', 'en', 'money', 2e6, 'million', 'about', 'BRL'],
    ['600.000 euros', 'es', 'money', 600_000, 'one', null, 'EUR'],
    ['casi tres millones de pesos mexicanos', 'es', 'money', 3e6, 'million', 'nearly', 'MXN'],
    ['more than 25,000 jobs', 'en', 'quantity', 25_000, 'one', 'more-than', 'jobs'],
    ['approximately 25,000 jobs', 'en', 'quantity', 25_000, 'one', 'about', 'jobs'],
    ['an estimated 25,000 jobs', 'en', 'quantity', 25_000, 'one', 'estimated', 'jobs'],
    ['11 000 mètres carrés', 'fr', 'quantity', 11_000, 'one', null, 'square-metres'],
    ['15 entreprises', 'fr', 'quantity', 15, 'one', null, 'companies'],
    ['plus de 50 cours', 'fr', 'quantity', 50, 'one', 'more-than', 'courses'],
    ['neuf entreprises', 'fr', 'quantity', 9, 'one', null, 'companies'],
    ['four end-of-year clips', 'en', 'quantity', 4, 'one', null, 'clips'],
    ['two ambitious film projects', 'en', 'quantity', 2, 'one', null, 'projects'],
    ['three-year', 'en', 'quantity', 3, 'one', null, 'years'],
    ['over 20 years', 'en', 'quantity', 20, 'one', 'more-than', 'years'],
    ['once cursos', 'es', 'quantity', 11, 'one', null, 'courses'],
    ['2025 emplois', 'fr', 'quantity', 2025, 'one', null, 'jobs'],
    ['20,000', 'en', 'quantity', 20_000, 'one', null, null],
    ['jusqu’à 300 personnes', 'fr', 'quantity', 300, 'one', 'up-to', 'people'],
  ] as const)('%s (%s, %s)', (words, lang, kind, total, scale, hedge, what) => {
    const figure = readFigure(words.replace(/’/g, "'"), lang, kind as Kind);
    expect(figure).not.toHaveProperty('error');
    if ('error' in figure) return;
    expect(figure.number.total).toBeCloseTo(total, 6);
    expect(figure.number.scale).toBe(scale);
    expect(figure.hedge?.hedge ?? null).toBe(hedge);
    if (kind === 'money') expect(figure.currency ? figure.currency.codes.join(',') : null).toBe(what === 'USD' ? figure.currency?.codes.join(',') : what);
    else expect(figure.unit?.unit ?? null).toBe(what);
  });

  it('leaves “$” and “pesos” open: several currencies', () => {
    const dollars = readFigure('$1.2 million', 'en', 'money');
    expect('error' in dollars ? [] : dollars.currency!.codes).toEqual(expect.arrayContaining(['USD', 'AUD', 'CAD', 'MXN']));
  });

  it.each([
    // Numbers that are not counts.
    ['8th', 'en', 'quantity', '“8th” is an ordinal (a rank), not a count'],
    ['8e édition', 'fr', 'quantity', '“8e” is an ordinal'],
    ['huitième édition', 'fr', 'quantity', '“huitième” is an ordinal'],
    ['the 8th edition', 'en', 'quantity', 'no number where the figure’s words should give one'],
    ['25 pour cent', 'fr', 'quantity', '“25 pour cent” is a percentage, not a count'],
    ['25 %', 'fr', 'quantity', 'is a percentage'],
    ['30 por ciento', 'es', 'quantity', 'is a percentage'],
    ['1/2', 'en', 'quantity', '“1/2” is a fraction'],
    ['half a million', 'en', 'money', '“half” is a fraction'],
    ['un million et demi', 'fr', 'money', 'is a fraction'],
    ['20 to 30 jobs', 'en', 'quantity', '“20 to 30” is a range'],
    ['20-30 jobs', 'en', 'quantity', '“20-30” is a range'],
    ['entre 20 et 30 emplois', 'fr', 'quantity', '“entre 20 et 30 emplois” is a range'],
    ['between 20 and 30 jobs', 'en', 'quantity', 'is a range'],
    ['20 et 30 emplois', 'fr', 'quantity', '“20 et 30” is a range'],
    ['20 septembre', 'fr', 'quantity', '“20 septembre” is a date (a day of the month), not a count'],
    ['July 12', 'en', 'quantity', 'no number'],
    ['2025', 'en', 'quantity', '“2025” reads as a year, not a count'],
    ['neuf', 'fr', 'quantity', '“neuf” alone may be the adjective “new”'],
    ['once', 'en', 'quantity', '“once” is not a number in English'],
    // Words that are not part of the figure.
    ['50 million euros per year', 'en', 'money', '“per” is not read as part of the figure'],
    ['environ trois millions de pesos gagnés', 'fr', 'money', '“gagnés” is not read as part of the figure'],
    ['25,000 euros', 'en', 'quantity', '“euros” names a currency: this fact is a quantity'],
    ['25,000 jobs', 'en', 'money', '“jobs” names what is counted: this fact is money'],
    ['two million new jobs', 'en', 'quantity', 'jobs'],
    ['12.07.2025', 'fr', 'quantity', 'is not a number as written in French'],
    ['three 20 jobs', 'en', 'quantity', '“20” is not read as part of the figure'],
  ] as const)('%s (%s, %s) is refused: %s', (words, lang, kind, message) => {
    const figure = readFigure(words, lang, kind);
    if (message === 'jobs') {
      expect(figure).not.toHaveProperty('error');
      return;
    }
    expect(figure).toEqual({ error: expect.stringContaining(message) });
  });
});

describe('what a reading’s quoted words give', () => {
  it.each([
    ['Economic Contribution (in euros)', ['EUR']],
    ['pesos', ['MXN', 'ARS']],
    ['the report writes “$”', ['USD', 'AUD']],
    ['no money here', []],
  ])('%j names %j', (text, codes) => {
    const found = currenciesIn(text).flat();
    for (const code of codes) expect(found).toContain(code);
    if (codes.length === 0) expect(found).toEqual([]);
  });

  it.each([
    ['Estimated Jobs Created', 'en', ['estimated']],
    ['could have on the region', 'en', ['estimated']],
    ['a little under', 'en', []],
    ['environ', 'fr', ['about']],
  ] as const)('%j hedges %j', (text, lang, hedges) => {
    expect([...hedgesIn(text, lang, PROJECTIONS[lang])]).toEqual(hedges);
  });

  it('names what is counted', () => {
    expect([...unitsIn('Estimated Jobs Created', 'en')]).toEqual(['jobs']);
    expect([...unitsIn('nuevas empresas', 'es')]).toEqual(['companies']);
  });
});

describe('periodOf: what period words mean', () => {
  it.each([
    ['per year', 'en', 'per-year'],
    ['a year', 'en', 'per-year'],
    ['annually', 'en', 'per-year'],
    ['par an', 'fr', 'per-year'],
    ["l'an", 'fr', 'per-year'],
    ['al año', 'es', 'per-year'],
    ['by 2025', 'en', 'cumulative'],
    ['between 2021 and 2024', 'en', 'cumulative'],
    ["d'ici 2025", 'fr', 'cumulative'],
    ['entre 2021 et 2024', 'fr', 'cumulative'],
    ['over the three years', 'en', 'cumulative'],
    ['sur trois ans', 'fr', 'cumulative'],
    ['en total', 'es', 'cumulative'],
    ['hasta 2030', 'es', 'cumulative'],
    ['one-off', 'en', 'one-off'],
    ['en une fois', 'fr', 'one-off'],
    ['by then', 'en', null],
    ['per year and more', 'en', null],
    ['2025', 'en', null],
  ] as const)('%j (%s) means %s', (words, lang, period) => {
    expect(periodOf(words, lang)).toBe(period);
  });

  it('finds every period a quoted basis names', () => {
    expect([...periodsIn('the pledge runs over the three years of the pilot', 'en')]).toEqual(['cumulative']);
  });
});

describe('readDate: one date expression', () => {
  it.each([
    ['In May 2025', 'en', { year: 2025, month: 5 }],
    ['May 2025', 'en', { year: 2025, month: 5 }],
    ['in May', 'en', { month: 5 }],
    ['by 2025', 'en', { year: 2025 }],
    ['on 12 July 2025', 'en', { year: 2025, month: 7, day: 12 }],
    ['July 12, 2025', 'en', { year: 2025, month: 7, day: 12 }],
    ['July 12th', 'en', { month: 7, day: 12 }],
    ['the 5th of May 2025', 'en', { year: 2025, month: 5, day: 5 }],
    ['Monday 3 March 2025', 'en', { year: 2025, month: 3, day: 3, weekday: 1 }],
    ['on Saturday, 12 July 2025', 'en', { year: 2025, month: 7, day: 12, weekday: 6 }],
    ['on Monday', 'en', { weekday: 1 }],
    ['le 20 septembre', 'fr', { month: 9, day: 20 }],
    ['le 1er mai 2025', 'fr', { year: 2025, month: 5, day: 1 }],
    ['le premier mai', 'fr', { month: 5, day: 1 }],
    ['ce samedi', 'fr', { weekday: 6 }],
    ['en août 2025', 'fr', { year: 2025, month: 8 }],
    ["d'ici 2025", 'fr', { year: 2025 }],
    ["jusqu'en 2026", 'fr', { year: 2026 }],
    ['mai', 'fr', { month: 5 }],
    ['el 5 de octubre de 2026', 'es', { year: 2026, month: 10, day: 5 }],
    ['el primero de mayo', 'es', { month: 5, day: 1 }],
    ['desde 2004', 'es', { year: 2004 }],
    ['en setiembre de 2025', 'es', { year: 2025, month: 9 }],
    ['el sábado 12 de julio', 'es', { month: 7, day: 12, weekday: 6 }],
    ['2025-07-12', 'en', { year: 2025, month: 7, day: 12 }],
    ['12/07/2025', 'fr', { year: 2025, month: 7, day: 12 }],
    ['12.07.2025', 'es', { year: 2025, month: 7, day: 12 }],
    ['07/2025', 'fr', { year: 2025, month: 7 }],
    ['07/13/2025', 'en', { year: 2025, month: 7, day: 13 }],
  ] as const)('%s (%s) → %j', (words, lang, date) => {
    expect(readDate(words, lang)).toEqual(date);
  });

  it.each([
    // Two events: the day of one, the year of the other.
    ['12 July, and in 2024', 'en', '“and in 2024” is not read as part of one date'],
    ['opened on 12 July, and in 2024 the fund was created', 'en', 'is not read as part of one date'],
    // "may" and "march" as words.
    ['may 2025', 'en', '“may” is not read as a month: in English a month name is capitalised'],
    ['march 2025', 'en', 'is not read as a month'],
    ['May', 'en', 'a month alone reads as a month only after a word such as “in”'],
    ['it may happen in 2025', 'en', 'is not read as part of one date'],
    ['07/12/2025', 'en', 'could be'],
    ['le 20', 'fr', 'a day needs its month beside it'],
    ['le 31 juin', 'fr', 'does not exist'],
    ['in 3025', 'en', 'is not read as part of one date'],
    ['ce jour-là', 'fr', 'is not read as part of one date'],
    ['la semaine dernière', 'fr', 'is not read as part of one date'],
  ] as const)('%s (%s) is refused: %s', (words, lang, message) => {
    expect(readDate(words, lang)).toEqual({ error: expect.stringContaining(message) });
  });
});
