/**
 * Holes an outside attacker found in the located check, each closed by a rule: a reading whose
 * basis quotes another figure's words, a `lang` wrapper that changes how a figure reads, a
 * version number or a decimal read as a count, ordinals, years and days in French, Spanish and
 * English read as counts, and markup that shows a number otherwise than the check reads it.
 * Every case is refused naming the field and the reason, next to the honest reading, which passes.
 */
import { describe, expect, it } from 'vitest';
import { check, count, errorAt, money } from './helpers/located-article.ts';
import { checkBody } from '../../src/lib/body-check.ts';

describe("a reading rests on this figure's own words", () => {
  const fr = [
    'Tavares a estimé la participation de Netflix à environ trois millions de pesos.',
    'Aceves a annoncé la construction d’un nouveau bâtiment de 11 000 mètres carrés destiné aux entreprises.',
  ].join('\n\n');
  const pesos = money('Tavares a estimé la participation de Netflix à environ trois millions de pesos', 'environ trois millions de pesos', {
    value: 3,
    currency: 'MXN',
    hedge: 'about',
    hedgeWords: 'environ',
    readings: { currency: 'The report writes “pesos”; the programme is in Mexico.' },
  });
  const area = (extra: Record<string, unknown> = {}) =>
    count('un nouveau bâtiment de 11 000 mètres carrés', '11 000 mètres carrés', { id: 'area', value: 11_000, unit: 'square-metres', ...extra });

  it('accepts the honest figures', () => {
    expect(check({ lang: 'fr', body: fr, amounts: [pesos, area()] })).toEqual([]);
  });

  it('refuses a hedge quoted from another figure of the article', () => {
    const errors = check({
      lang: 'fr',
      body: fr,
      amounts: [pesos, area({ hedge: 'about', readings: { hedge: 'The report hedges with “environ trois millions de pesos”.' } })],
    });
    expect(errorAt(errors, 'amounts.1.readings.hedge')).toContain('“environ trois millions de pesos” holds another figure');
  });

  it('refuses a hedge word quoted from another block than the figure’s', () => {
    const errors = check({ lang: 'fr', body: fr, amounts: [pesos, area({ hedge: 'about', readings: { hedge: 'The report says “environ”.' } })] });
    expect(errorAt(errors, 'amounts.1.readings.hedge')).toContain("are not in the figure's own paragraph");
  });

  const table = [
    'With funding amounting to 250 million euros per year for all productions in France.',
    '',
    '| Type | Estimated Jobs Created | Contribution (in euros) |',
    '| --- | --- | --- |',
    '| Film Production | 20,000 | 1.5 billion |',
  ].join('\n');
  const cell = (extra: Record<string, unknown> = {}) =>
    money('Film Production | 20,000 | 1.5 billion', '1.5 billion', {
      id: 'cell',
      value: 1.5,
      scale: 'billion',
      readings: { currency: 'The column heading reads “Contribution (in euros)”.' },
      ...extra,
    });
  const jobsReadings = { unit: 'The column heading reads “Estimated Jobs Created”.', hedge: 'The column heading reads “Estimated Jobs Created”.' };
  const jobs = (extra: Record<string, unknown> = {}) =>
    count('Film Production | 20,000 | 1.5 billion', '20,000', { id: 'jobs', value: 20_000, hedge: 'estimated', readings: jobsReadings, ...extra });

  it('accepts a table cell read from its own column', () => {
    expect(check({ body: table, amounts: [cell(), jobs()] })).toEqual([]);
  });

  it.each([
    [
      'a period quoted from another figure',
      cell({ period: 'per-year', readings: { currency: 'The column heading reads “Contribution (in euros)”.', period: 'Like “250 million euros per year”.' } }),
      'amounts.0.readings.period',
      '“250 million euros per year” holds another figure',
    ],
    [
      "a hedge quoted from another column's heading",
      cell({ hedge: 'estimated', readings: { currency: 'The column heading reads “Contribution (in euros)”.', hedge: 'It reads “Estimated Jobs Created”.' } }),
      'amounts.0.readings.hedge',
      "its hedge is read from its own column's heading, “Contribution (in euros)”: quote it",
    ],
    [
      'a period quoted from outside the table',
      jobs({ period: 'cumulative', readings: { ...jobsReadings, period: 'The report says “per year”.' } }),
      'amounts.0.readings.period',
      "its period is read from its own column's heading, “Estimated Jobs Created”: quote it",
    ],
  ])('%s', (_name, amount, field, message) => {
    expect(errorAt(check({ body: table, amounts: [amount] }), field)).toContain(message);
  });

  it('refuses a currency quoted from another figure', () => {
    const body = 'The fund adds 3 million to the 250 million euros per year it spends in France.';
    const errors = check({
      body,
      amounts: [money('The fund adds 3 million to the', '3 million', { value: 3, readings: { currency: 'As in “250 million euros per year”.' } })],
    });
    expect(errorAt(errors, 'amounts.0.readings.currency')).toContain('“250 million euros per year” holds another figure');
  });
});

describe('a `lang` wrapper cannot change how a figure reads', () => {
  const table = (lang: string) =>
    [
      `<div lang="${lang}">`,
      '',
      '| Type | Estimated Jobs Created | Contribution (in euros) |',
      '| --- | --- | --- |',
      '| Film Production | 20,000 | 1.5 billion |',
      '',
      '</div>',
    ].join('\n');
  const cell = (extra: Record<string, unknown>) =>
    money('Film Production | 20,000 | 1.5 billion', '1.5 billion', {
      readings: { currency: 'The column heading reads “Contribution (in euros)”.' },
      ...extra,
    });
  const jobs = (value: number) =>
    count('Film Production | 20,000 | 1.5 billion', '20,000', {
      id: 'jobs',
      value,
      hedge: 'estimated',
      readings: { unit: 'The column heading reads “Estimated Jobs Created”.', hedge: 'The column heading reads “Estimated Jobs Created”.' },
    });

  it.each([
    [
      'fr',
      cell({ value: 1500, scale: 'billion' }),
      'amounts.0.stated',
      "read as French (“1.5 billion” = 1,500,000,000,000) and as English, the report's language (= 1,500,000,000)",
    ],
    ['fr', jobs(20), 'amounts.0.stated', "read as French (“20,000” = 20) and as English, the report's language (= 20,000)"],
    ['es', jobs(20), 'amounts.0.stated', 'read as Spanish (“20,000” = 20) and as English'],
  ])('<div lang="%s">: %j', (lang, amount, field, message) => {
    expect(errorAt(check({ body: table(lang), amounts: [amount] }), field)).toContain(message);
  });

  it('the right reading inside the wrapper is refused too (the wrapper may not decide), and words of one language only are read in it', () => {
    expect(errorAt(check({ body: table('fr'), amounts: [jobs(20_000)] }), 'amounts.0.stated')).toContain('read as French');
    const body = '<div lang="fr">\n\nLe fonds atteint 1,5 milliard d’euros cette année.\n\n</div>';
    expect(
      check({ body, amounts: [money('Le fonds atteint 1,5 milliard d’euros', '1,5 milliard d’euros', { value: 1.5, scale: 'billion', gloss: 'g' })] }),
    ).toEqual([]);
  });

  it('a date that reads otherwise in the wrapper’s language is refused', () => {
    const body = '<div lang="fr">\n\nLe fonds a ouvert le 03/04/2025 à Lyon.\n\n</div>';
    const date = {
      id: 'd',
      status: 'stated',
      date: '2025-04-03',
      event: 'e',
      tense: 'past',
      evidence: 'Le fonds a ouvert le 03/04/2025 à Lyon',
      stated: 'le 03/04/2025',
    };
    expect(errorAt(check({ body, dates: [date] }), 'dates.0.stated')).toContain('read as French');
  });
});

describe('names and versions, decimals, ordinals, years and days are not counts', () => {
  const run = (lang: 'en' | 'fr' | 'es', body: string, evidence: string, stated: string, extra: Record<string, unknown> = {}) =>
    check({
      lang,
      body,
      amounts: [
        count(evidence, stated, {
          unit: 'courses',
          value: 4,
          readings: { unit: `It offers “${{ en: 'courses', fr: 'cours', es: 'cursos' }[lang]}”.` },
          ...extra,
        }),
      ],
    });

  it.each([
    // A number right after a capitalised word is part of a name: "Industrie 4.0", "Route 66", "Windows 10".
    [
      'fr',
      'Il propose des cours sur l’innovation, l’Industrie 4.0 et la production, cours et cours.',
      'l’innovation, l’Industrie 4.0 et la production',
      '4.0',
      {},
      'part of the name “Industrie 4.0”',
    ],
    [
      'en',
      'The courses run along Route 66 and beyond, courses and courses.',
      'The courses run along Route 66 and beyond',
      '66',
      { value: 66 },
      'part of the name “Route 66”',
    ],
    [
      'es',
      'Ofrece cursos de Industria 4.0 y producción, cursos y cursos.',
      'Ofrece cursos de Industria 4.0 y producción',
      '4.0',
      {},
      'part of the name “Industria 4.0”',
    ],
    // A count is a whole number: "4.0 courses", "2.5 jobs".
    [
      'en',
      'It offers 4.0 courses this year.',
      'It offers 4.0 courses this year',
      '4.0 courses',
      {},
      '“4.0” has a decimal part: courses are counted in whole numbers',
    ],
    ['fr', 'Il propose 2,5 cours par an.', 'Il propose 2,5 cours par an', '2,5 cours', { value: 2.5 }, '“2,5” has a decimal part'],
    // Ordinals in every form.
    ['en', 'It is the 1st of the courses, courses.', 'It is the 1st of the courses', '1st', { value: 1 }, 'is an ordinal'],
    ['en', 'It opened the twentieth of the courses, courses.', 'It opened the twentieth of the courses', 'twentieth', { value: 20 }, 'is an ordinal'],
    ['fr', 'C’est le 1er des cours proposés.', 'C’est le 1er des cours proposés', '1er', { value: 1 }, 'is an ordinal'],
    ['fr', 'C’est la 2e édition des cours.', 'C’est la 2e édition des cours', '2e', { value: 2 }, 'is an ordinal'],
    ['fr', 'C’est la 2ème édition des cours.', 'C’est la 2ème édition des cours', '2ème', { value: 2 }, 'is an ordinal'],
    ['fr', 'C’est la vingt et unième édition des cours.', 'C’est la vingt et unième édition des cours', 'vingt et unième', { value: 21 }, 'is an ordinal'],
    ['es', 'Es la 1.ª edición de los cursos.', 'Es la 1.ª edición de los cursos', '1.ª', { value: 1 }, 'is an ordinal'],
    ['es', 'Es el 2.º de los cursos.', 'Es el 2.º de los cursos', '2.º', { value: 2 }, 'is an ordinal'],
    ['es', 'Es la vigésima edición de los cursos.', 'Es la vigésima edición de los cursos', 'vigésima', { value: 20 }, 'is an ordinal'],
    // Years.
    ['en', 'The courses grew in the year 2025 courses.', 'grew in the year 2025 courses', '2025 courses', { value: 2025 }, 'reads as a year'],
    ['fr', 'Les cours ont grandi en l’an 2025 cours.', 'ont grandi en l’an 2025 cours', '2025 cours', { value: 2025 }, 'reads as a year'],
    ['fr', 'Les cours ont grandi durant l’année 2025 cours.', 'ont grandi durant l’année 2025 cours', '2025 cours', { value: 2025 }, 'reads as a year'],
    ['es', 'Los cursos crecieron en el año 2025 cursos.', 'crecieron en el año 2025 cursos', '2025 cursos', { value: 2025 }, 'reads as a year'],
    // Days of a month.
    [
      'es',
      'Los cursos empiezan el 20 de septiembre en Jalisco.',
      'Los cursos empiezan el 20 de septiembre',
      '20',
      { value: 20 },
      'a date (a day of the month)',
    ],
    [
      'es',
      'Los cursos empiezan el 20 de septiembre en Jalisco.',
      'Los cursos empiezan el 20 de septiembre',
      '20 de septiembre',
      { value: 20 },
      'a date (a day of the month)',
    ],
    ['en', 'The courses start on the 20th of September.', 'The courses start on the 20th of September', '20th', { value: 20 }, 'is an ordinal'],
    ['fr', 'Les cours commencent le 1er septembre à Lyon.', 'Les cours commencent le 1er septembre', '1er', { value: 1 }, 'is an ordinal'],
  ] as const)('%s: %s / %s', (lang, body, evidence, stated, extra, message) => {
    const errors = run(lang, body, evidence, stated, extra);
    expect(errors.find((e) => e.includes(message)) ?? errors.join(' | ')).toContain(message);
  });

  it.each([
    [
      'fr',
      'Il a ajouté que PLAi propose plus de 50 cours gratuits.',
      'PLAi propose plus de 50 cours gratuits',
      'plus de 50 cours',
      { value: 50, hedge: 'more-than', hedgeWords: 'plus de' },
    ],
    ['en', 'The lab runs 4 courses a year.', 'The lab runs 4 courses a year', '4 courses', { period: 'per-year', periodWords: 'a year' }],
    ['en', 'Courses: 4 this year, in English.', 'Courses: 4 this year', '4', {}],
    [
      'en',
      'The new building covers 1.5 square metres of hope.',
      'covers 1.5 square metres of hope',
      '1.5 square metres',
      { value: 1.5, unit: 'square-metres' },
    ],
  ] as const)('accepts %s: %s', (lang, body, evidence, stated, extra) => {
    expect(run(lang, body, evidence, stated, extra).filter((e) => !e.includes('readings.unit'))).toEqual([]);
  });
});

describe('markup cannot show a number otherwise than the check reads it', () => {
  it.each([
    ['2<sup>50</sup> million euros', 'a superscript right after a digit'],
    ['2<sub>50</sub> million euros', 'a subscript right after a digit'],
    ['250<sup>1</sup> million euros', 'a superscript right after a digit'],
    ['~~2~~50 million euros', 'struck-through'],
    ['about ~~more than~~ 250 million euros', 'struck-through'],
  ])('%s', (text, message) => {
    expect(
      checkBody(`With funding amounting to ${text} per year.\n`)
        .map((p) => p.message)
        .join('\n'),
    ).toContain(message);
  });

  it.each([
    ['11 000 m<sup>2</sup> of offices'],
    ['the 8<sup>th</sup> edition'],
    ['CO<sub>2</sub> emissions'],
    ['**250** million euros'],
    ['2**50** million euros'],
  ])('accepts %s', (text) => {
    expect(checkBody(`It has ${text} today.\n`)).toEqual([]);
  });
});

describe('what stands right around a figure qualifies it', () => {
  const jobs = (evidence: string, stated: string, extra: Record<string, unknown> = {}) => count(evidence, stated, extra);

  it.each([
    // A hedge after the figure is its hedge: "25,000 jobs at most" is no exact 25,000.
    [
      'en',
      'The plan will create 25,000 jobs at most in the region.',
      'The plan will create 25,000 jobs at most',
      '25,000 jobs',
      'amounts.0.hedge',
      'hedge it with “at most”: hedge up-to, not exact',
    ],
    [
      'en',
      'The plan will create 25,000 jobs or more in the region.',
      'The plan will create 25,000 jobs or more',
      '25,000 jobs',
      'amounts.0.hedge',
      'hedge it with “or more”: hedge at-least, not exact',
    ],
    [
      'fr',
      'Le plan créera 25 000 emplois au maximum dans la région.',
      'Le plan créera 25 000 emplois au maximum',
      '25 000 emplois',
      'amounts.0.hedge',
      'hedge it with “au maximum”: hedge up-to, not exact',
    ],
    [
      'fr',
      'Le plan créera 25 000 emplois environ dans la région.',
      'Le plan créera 25 000 emplois environ',
      '25 000 emplois',
      'amounts.0.hedge',
      'hedge it with “environ”: hedge about, not exact',
    ],
    [
      'es',
      'El plan creará 25.000 empleos como máximo en la región.',
      'El plan creará 25.000 empleos como máximo',
      '25.000 empleos',
      'amounts.0.hedge',
      'hedge it with “como máximo”: hedge up-to, not exact',
    ],
    // A negated figure is not stated.
    [
      'en',
      'The plan will not create 25,000 jobs in the region.',
      'The plan will not create 25,000 jobs',
      '25,000 jobs',
      'amounts.0.stated',
      'the figure is negated (“not”',
    ],
    [
      'en',
      'The plan won’t create 25,000 jobs in the region.',
      'The plan won’t create 25,000 jobs',
      '25,000 jobs',
      'amounts.0.stated',
      'the figure is negated (“won',
    ],
    [
      'fr',
      'Le plan ne créera pas 25 000 emplois dans la région.',
      'Le plan ne créera pas 25 000 emplois',
      '25 000 emplois',
      'amounts.0.stated',
      'the figure is negated (“pas”',
    ],
    [
      'es',
      'El plan no creará 25.000 empleos en la región.',
      'El plan no creará 25.000 empleos',
      '25.000 empleos',
      'amounts.0.stated',
      'the figure is negated (“no”',
    ],
    // A projection is no exact figure.
    [
      'en',
      'If approved, the plan could create 25,000 jobs in the region.',
      'the plan could create 25,000 jobs',
      '25,000 jobs',
      'amounts.0.hedge',
      'the figure is a projection (“could”, right before it)',
    ],
  ] as const)('%s: %s', (lang, body, evidence, stated, field, message) => {
    expect(errorAt(check({ lang, body, amounts: [jobs(evidence, stated)] }), field)).toContain(message);
  });

  it.each([
    [
      'en',
      'The plan will create 25,000 jobs at most in the region.',
      'The plan will create 25,000 jobs at most',
      '25,000 jobs',
      { hedge: 'up-to', hedgeWords: 'at most' },
    ],
    [
      'en',
      'The plan will create no fewer than 25,000 jobs in the region.',
      'The plan will create no fewer than 25,000 jobs',
      'no fewer than 25,000 jobs',
      { hedge: 'at-least', hedgeWords: 'no fewer than' },
    ],
    ['en', 'The plan will create not only 25,000 jobs but homes.', 'The plan will create not only 25,000 jobs', '25,000 jobs', {}],
    ['fr', 'Bien que le montant n’ait pas été précisé, le plan créera 25 000 emplois.', 'le plan créera 25 000 emplois', '25 000 emplois', {}],
    ['fr', 'Le plan ne créera que 25 000 emplois dans la région.', 'Le plan ne créera que 25 000 emplois', '25 000 emplois', {}],
    [
      'en',
      'If approved, the plan could create 25,000 jobs in the region.',
      'the plan could create 25,000 jobs',
      '25,000 jobs',
      { hedge: 'estimated', readings: { hedge: 'The report writes “could create”.' } },
    ],
  ] as const)('accepts %s: %s', (lang, body, evidence, stated, extra) => {
    expect(check({ lang, body, amounts: [jobs(evidence, stated, extra)] })).toEqual([]);
  });
});
