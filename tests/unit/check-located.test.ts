/**
 * A figure is located, not searched (src/lib/check/located.ts), over whole articles: every
 * example of issue 19's "Why" and every rule of the located check, each refused naming the field
 * and the reason, next to the right reading, which passes.
 */
import { describe, expect, it } from 'vitest';
import { check, count, errorAt, money } from './helpers/located-article.ts';
import { boundaryProblem } from '../../src/lib/check/located.ts';

const ANA = { id: 'ana-lima', name: 'Ana Lima', title: null, affiliation: null, quoted: true, evidence: 'Ana Lima, head of the office' };

describe('passages start and end on word boundaries and cut no number', () => {
  const body = 'With funding amounting to 250 million euros per year for all productions in France, it grows.';

  it('accepts the whole figure', () => {
    expect(
      check({
        body,
        amounts: [money('funding amounting to 250 million euros per year', '250 million euros', { period: 'per-year', periodWords: 'per year' })],
      }),
    ).toEqual([]);
  });

  it.each([
    // "50 million euros per year…" inside "250 million euros per year…".
    [
      money('50 million euros per year for all productions in France', '50 million euros', { value: 50 }),
      'amounts.0.evidence',
      'the passage starts inside the number “250 million” of the body',
    ],
    // "…à environ trois" before "millions".
    [
      money('funding amounting to 250', '250', { scale: 'one' }),
      'amounts.0.evidence',
      'the passage ends inside the number “250 million” of the body (it goes on “ million”)',
    ],
    [
      money('funding amounting to 250 million euros', '50 million euros', { value: 50 }),
      'amounts.0.stated',
      "the figure's words start inside the number “250 million” of the body",
    ],
    [money('funding amounting to 250 million euros', '250 million', { currency: 'EUR' }), 'amounts.0.currency', 'name no currency'],
  ])('%# refuses %s', (amount, field, message) => {
    expect(errorAt(check({ body, amounts: [amount] }), field)).toContain(message);
  });

  it('"…à environ trois" (French) cuts "trois millions"', () => {
    const fr = 'Tavares a estimé la participation de Netflix à environ trois millions de pesos.';
    const errors = check({
      lang: 'fr',
      body: fr,
      amounts: [
        money('la participation de Netflix à environ trois', 'environ trois', {
          value: 3,
          scale: 'one',
          currency: 'MXN',
          hedge: 'about',
          hedgeWords: 'environ',
        }),
      ],
    });
    expect(errorAt(errors, 'amounts.0.evidence')).toContain('the passage ends inside the number “trois millions” of the body (it goes on “ millions”)');
  });

  it.each([
    ['the creation of more than 25,000 jobs directly related', '5,000 jobs', 'amounts.0.stated', "the figure's words start inside the number “25,000”"],
    ['5,000 jobs directly related', '5,000 jobs', 'amounts.0.evidence', 'the passage starts inside the number “25,000” of the body'],
  ])('"25,000" does not prove 5,000: %s', (evidence, stated, field, message) => {
    const errors = check({
      body: 'It is estimated that by 2025, this strategy will generate the creation of more than 25,000 jobs directly related to production.',
      amounts: [count(evidence, stated, { value: 5000 })],
    });
    expect(errorAt(errors, field)).toContain(message);
  });

  it('"15 entreprises" does not prove 5 companies', () => {
    const errors = check({
      lang: 'fr',
      body: 'Cet espace accueillera 15 entreprises, principalement actives dans l’animation.',
      amounts: [count('5 entreprises, principalement actives', '5 entreprises', { value: 5, unit: 'companies' })],
    });
    expect(errorAt(errors, 'amounts.0.evidence')).toContain('the passage starts inside the number “15” of the body');
  });

  it.each([
    // A digit glued to the range's own digits by a character that is neither a digit nor a space.
    [
      'With funding amounting to 2\u{1D159}50 million euros a year.',
      money('50 million euros a year', '50 million euros', { value: 50 }),
      'amounts.0.evidence',
      'the passage starts inside a number of the body (“2\u{1D159}” comes before it with no space)',
    ],
    [
      'With funding amounting to 2·50 million euros a year.',
      money('funding amounting to 2·50 million euros', '50 million euros', { value: 50 }),
      'amounts.0.stated',
      "the figure's words start inside a number of the body (“2·” comes before it with no space)",
    ],
    [
      'A budget of 25·0 euros was set.',
      money('A budget of 25', '25', { value: 25, scale: 'one' }),
      'amounts.0.evidence',
      'the passage ends inside a number of the body (it goes on “·0” with no space)',
    ],
  ])('%j: a number glued to another by a mark is one number', (text, amount, field, message) => {
    expect(errorAt(check({ body: text, amounts: [amount] }), field)).toContain(message);
  });

  it('a hyphen joins one word: "one" is not a figure of "one-dimensional"', () => {
    const errors = check({
      body: 'An industry marked by rigid formats and one-dimensional narratives, it says.',
      amounts: [
        count('marked by rigid formats and one-dimensional narratives', 'one', { value: 1, readings: { unit: 'The report speaks of “rigid formats”.' } }),
      ],
    });
    expect(errorAt(errors, 'amounts.0.stated')).toContain("the figure's words end inside “one-dimensional” of the body");
    const block = { text: 'four end-of-year clips', numbers: [] as [number, number][] };
    expect(boundaryProblem(block, 5, 22, 'the passage')).toBeNull();
    expect(boundaryProblem(block, 9, 22, 'the passage')).toContain('starts inside “end-of-year”');
  });

  it('boundaryProblem names the number a range cuts, and accepts whole numbers', () => {
    const block = { text: 'un bâtiment de 11 000 mètres', numbers: [[15, 21]] as [number, number][] };
    expect(boundaryProblem(block, 18, 28, 'the passage')).toContain('starts inside the number “11 000”');
    expect(boundaryProblem(block, 15, 28, 'the passage')).toBeNull();
    expect(boundaryProblem(block, 5, 11, 'the passage')).toContain('starts inside “bâtiment”');
    expect(boundaryProblem(block, 3, 10, 'the passage')).toContain('ends inside “bâtiment”');
  });
});

describe('each field of a figure is compared with its words', () => {
  const fr = 'Tavares a estimé la participation de Netflix à environ trois millions de pesos.';
  const pesos = (extra: Record<string, unknown> = {}) =>
    money('Tavares a estimé la participation de Netflix à environ trois millions de pesos', 'environ trois millions de pesos', {
      value: 3,
      currency: 'MXN',
      hedge: 'about',
      hedgeWords: 'environ',
      readings: { currency: 'The report writes “pesos”; the programme is in Mexico.' },
      ...extra,
    });
  const run = (extra: Record<string, unknown>) => check({ lang: 'fr', body: fr, amounts: [pesos(extra)] });

  it('accepts the figure as stated', () => {
    expect(run({})).toEqual([]);
  });

  it.each([
    [{ value: 5 }, 'amounts.0.value', 'give “trois millions” = 3,000,000, not 5 million'],
    [{ scale: 'billion' }, 'amounts.0.value', 'not 3 billion'],
    [{ value: 3_000_000, scale: 'one' }, 'amounts.0.scale', 'value 3, scale million (not one)'],
    [{ currency: 'EUR' }, 'amounts.0.currency', 'EUR is not what the figure'],
    [{ currency: 'ARS' }, 'amounts.0.currency', 'ARS is not the currency of any country this article names (MX)'],
    [{ readings: {} }, 'amounts.0.currency', '“pesos” leaves the currency open'],
    [{ readings: { currency: 'The programme is in Mexico.' } }, 'amounts.0.readings.currency', 'quotes none'],
    [{ hedge: 'exact', hedgeWords: null }, 'amounts.0.hedge', 'hedge it with “environ”: hedge about, not exact'],
    [{ hedgeWords: null }, 'amounts.0.hedgeWords', 'set hedgeWords'],
    [{ hedge: 'nearly' }, 'amounts.0.hedge', 'hedge about, not nearly'],
    [{ period: 'per-year' }, 'amounts.0.period', "the passage's period words are not given"],
    [{ statedBy: 'report' }, 'amounts.0.statedBy', 'the passage names Tavares as the one speaking'],
  ])('%j: %s', (extra, field, message) => {
    const people = [{ id: 'tavares', name: 'Tavares', title: null, affiliation: null, quoted: true, evidence: 'Tavares a estimé la participation' }];
    const errors = check({ lang: 'fr', body: fr, people, amounts: [pesos({ statedBy: 'tavares', ...extra })] });
    expect(errorAt(errors, field)).toContain(message);
  });

  it.each([
    // A figure cannot shed its hedge by leaving it out of its words, or out of its passage.
    [
      'Tavares a estimé la participation de Netflix à environ trois millions de pesos',
      'trois millions de pesos',
      { hedge: 'exact', hedgeWords: null },
      'amounts.0.hedge',
      'hedge it with “environ”: hedge about, not exact',
    ],
    ['trois millions de pesos', 'trois millions de pesos', { hedge: 'exact', hedgeWords: null }, 'amounts.0.hedge', 'hedge it with “environ”'],
    // Nor its currency, by ending before it.
    [
      'Tavares a estimé la participation de Netflix à environ trois millions',
      'environ trois millions',
      {},
      'amounts.0.stated',
      "the body goes on “de pesos” right after the figure's words: include the currency in them",
    ],
  ])('%j with %j: %s', (evidence, stated, extra, field, message) => {
    const people = [{ id: 'tavares', name: 'Tavares', title: null, affiliation: null, quoted: true, evidence: 'Tavares a estimé la participation' }];
    const errors = check({ lang: 'fr', body: fr, people, amounts: [pesos({ statedBy: 'tavares', evidence, stated, ...extra })] });
    expect(errorAt(errors, field)).toContain(message);
  });

  it('11,000 m² is not 11,000 jobs', () => {
    const errors = check({
      lang: 'fr',
      body: 'Aceves a annoncé la construction d’un nouveau bâtiment de 11 000 mètres carrés destiné aux entreprises.',
      amounts: [count('un nouveau bâtiment de 11 000 mètres carrés', '11 000 mètres carrés', { value: 11_000, unit: 'jobs' })],
    });
    expect(errorAt(errors, 'amounts.0.unit')).toContain('count square-metres (“mètres carrés”), not jobs');
  });

  it('"per year" is not one-off, with or without period words', () => {
    const body = 'With funding amounting to 250 million euros per year for all productions in France.';
    expect(
      errorAt(
        check({ body, amounts: [money('250 million euros per year for all', '250 million euros', { period: 'one-off', periodWords: 'per year' })] }),
        'amounts.0.period',
      ),
    ).toContain('the period words “per year” mean per-year, not one-off');
    expect(errorAt(check({ body, amounts: [money('250 million euros per year for all', '250 million euros')] }), 'amounts.0.period')).toContain(
      'the passage goes on “per year”: period per-year',
    );
    expect(
      check({ body, amounts: [money('250 million euros per year for all', '250 million euros', { period: 'per-year', periodWords: 'per year' })] }),
    ).toEqual([]);
    expect(
      errorAt(
        check({ body, amounts: [money('250 million euros per year for all', '250 million euros', { period: 'per-year', periodWords: 'for all' })] }),
        'amounts.0.periodWords',
      ),
    ).toContain('is not a period phrase');
  });

  it('"per year" right after the figure is its period: other period words of the passage do not outweigh it', () => {
    const body = 'A total investment of 250 million euros per year for production in France. It is estimated that by 2025, it will grow.';
    const evidence = 'A total investment of 250 million euros per year for production in France. It is estimated that by 2025';
    expect(
      errorAt(check({ body, amounts: [money(evidence, '250 million euros', { period: 'cumulative', periodWords: 'by 2025' })] }), 'amounts.0.period'),
    ).toContain(
      "the passage goes on “per year” right after the figure's words: that is its period (period per-year, with periodWords “per year”), not “by 2025”",
    );
    expect(check({ body, amounts: [money(evidence, '250 million euros', { period: 'per-year', periodWords: 'per year' })] })).toEqual([]);
    expect(
      errorAt(
        check({ body, amounts: [money(evidence, '250 million euros', { period: 'cumulative', readings: { period: 'The report says “by 2025”.' } })] }),
        'amounts.0.period',
      ),
    ).toContain('the passage goes on “per year”: period per-year');
  });

  it('"1,250 milliard" (French) is 1.25 billion, not 1,250 billion', () => {
    const body = 'Le fonds atteint 1,250 milliard d’euros cette année.';
    const amount = (value: number) => money('Le fonds atteint 1,250 milliard d’euros', '1,250 milliard d’euros', { value, scale: 'billion' });
    expect(check({ lang: 'fr', body, amounts: [amount(1.25)] })).toEqual([]);
    expect(errorAt(check({ lang: 'fr', body, amounts: [amount(1250)] }), 'amounts.0.value')).toContain('= 1,250,000,000, not 1,250 billion');
  });

  it('a table cell: currency, what is counted and hedge are readings, whose quoted words must give them', () => {
    const body = ['| Type | Estimated Jobs Created | Contribution (in euros) |', '| --- | --- | --- |', '| Film Production | 20,000 | 1.5 billion |'].join(
      '\n',
    );
    const heading = 'The column heading reads “Estimated Jobs Created”.';
    // The money cell's column heading hedges nothing: "Estimated" is the jobs column's (see check-holes.test.ts).
    const cellReadings = { currency: 'The column heading reads “Contribution (in euros)”.' };
    const cell = money('Film Production | 20,000 | 1.5 billion', '1.5 billion', { value: 1.5, scale: 'billion', readings: cellReadings });
    const jobs = count('Film Production | 20,000 | 1.5 billion', '20,000', {
      value: 20_000,
      hedge: 'estimated',
      readings: { unit: heading, hedge: heading },
    });
    expect(check({ body, amounts: [cell, jobs] })).toEqual([]);
    const errors = check({
      body,
      amounts: [
        { ...cell, currency: 'USD' },
        { ...jobs, unit: 'companies', hedge: 'about' },
      ],
    });
    expect(errorAt(errors, 'amounts.0.currency')).toContain('USD is not what the figure');
    expect(errorAt(errors, 'amounts.1.unit')).toContain('companies is not what the reading');
    expect(errorAt(errors, 'amounts.1.hedge')).toContain('about is not what the reading');
    expect(errorAt(check({ body, amounts: [{ ...jobs, readings: { hedge: heading } }] }), 'amounts.0.unit')).toContain('do not say what is counted');
    expect(
      errorAt(check({ body, amounts: [{ ...cell, readings: { ...cellReadings, unit: 'x “Estimated Jobs Created”' } }] }), 'amounts.0.readings.unit'),
    ).toContain('this fact has no unit');
  });

  it("a table cell's currency or unit is read from its own column's heading", () => {
    const body = ['| Type | Estimated Jobs Created | Contribution (in euros) |', '| --- | --- | --- |', '| Film Production | 20,000 | 1.5 billion |'].join(
      '\n',
    );
    const heading = 'The column heading reads “Estimated Jobs Created”.';
    // The money column claimed as jobs, with the heading of the jobs column.
    const moneyAsJobs = count('Film Production | 20,000 | 1.5 billion', '1.5 billion', {
      value: 1.5e9,
      hedge: 'estimated',
      readings: { unit: heading, hedge: heading },
    });
    expect(errorAt(check({ body, amounts: [moneyAsJobs] }), 'amounts.0.readings.unit')).toContain(
      "the figure is a table cell: its unit is read from its own column's heading, “Contribution (in euros)”: quote it",
    );
    const jobsInEuros = money('Film Production | 20,000 | 1.5 billion', '20,000', {
      value: 20_000,
      scale: 'one',
      readings: { currency: 'The heading reads “Contribution (in euros)”.' },
    });
    expect(errorAt(check({ body, amounts: [jobsInEuros] }), 'amounts.0.readings.currency')).toContain("its own column's heading, “Estimated Jobs Created”");
  });

  it('a reading of a field the words give is refused', () => {
    const body = 'With funding amounting to 250 million euros each year.';
    const errors = check({
      body,
      amounts: [money('funding amounting to 250 million euros', '250 million euros', { readings: { currency: 'It says “euros”.' } })],
    });
    expect(errorAt(errors, 'amounts.0.readings.currency')).toContain("the figure's words name the currency (“euros”): remove the reading");
  });
});

describe('numbers that are not counts', () => {
  it.each([
    // A year proves no count: 2,025 jobs from "by 2025".
    ['It is estimated that by 2025 the strategy will grow.', 'It is estimated that by 2025', '2025', 'en', '“2025” reads as a year, not a count'],
    ['Les emplois seront créés d’ici 2025 emplois compris.', 'créés d’ici 2025 emplois', '2025 emplois', 'fr', '“2025” follows “ici”: it reads as a year'],
    // An ordinal proves no count.
    ['During the 8th edition of the summit, it grew.', 'During the 8th edition of the summit', '8th', 'en', '“8th” is an ordinal'],
    ['Lors de la huitième édition du sommet, il a grandi.', 'Lors de la huitième édition du sommet', 'huitième', 'fr', '“huitième” is an ordinal'],
    // A day of the month proves no count.
    [
      'Les Ariel Awards se tiendront le 20 septembre à Puerto Vallarta.',
      'se tiendront le 20 septembre à',
      '20',
      'fr',
      '“20” is beside the month “septembre”: it is a date',
    ],
    ['Les Ariel Awards se tiendront le 20 septembre à Puerto Vallarta.', 'se tiendront le 20 septembre à', '20 septembre', 'fr', '“20 septembre” is a date'],
    // "pour cent" is no hundred.
    ['La hausse atteint 25 pour cent cette année.', 'La hausse atteint 25 pour cent', 'cent', 'fr', 'start inside the number “25 pour cent”'],
    // "neuf" (new) is no nine, "once" (English) no eleven.
    ['Un bâtiment neuf accueillera les entreprises.', 'Un bâtiment neuf accueillera', 'neuf', 'fr', '“neuf” alone may be the adjective “new”'],
    ['It happened once before in the region.', 'It happened once before in the region', 'once', 'en', '“once” is not a number in English'],
  ] as const)('%s / %s', (body, evidence, stated, lang, message) => {
    const amount = count(evidence, stated, { readings: { unit: 'The report writes of “emplois”, “jobs” and “entreprises”.' } });
    const errors = check({ lang, body: `${body} Jobs, emplois, entreprises.`, amounts: [amount] });
    expect(errors.join('\n')).toContain(message);
  });
});

describe('a stated date is one date expression that gives the date', () => {
  const body = 'The school opened on 12 July, and in 2024 the fund was created. In May 2025, it grew.';
  const date = (stated: string, iso: string, extra: Record<string, unknown> = {}) => ({
    id: 'd',
    status: 'stated',
    date: iso,
    event: 'e',
    tense: 'past',
    evidence: 'The school opened on 12 July, and in 2024 the fund was created',
    stated,
    ...extra,
  });

  it('refuses a date assembled from two events ("opened on 12 July, and in 2024 …" is not 2024-07-12)', () => {
    expect(errorAt(check({ body, dates: [date('12 July, and in 2024', '2024-07-12')] }), 'dates.0.stated')).toContain('is not read as part of one date');
    expect(errorAt(check({ body, dates: [date('12 July', '2024-07-12')] }), 'dates.0.date')).toContain('do not give the year of 2024-07-12');
  });

  it('refuses "may" and "march" as months, and gives "May" as one', () => {
    const text = 'It may happen in 2025, and the crews march on. In May 2025, it grew.';
    const may = (stated: string, evidence: string, iso: string) => date(stated, iso, { evidence });
    expect(errorAt(check({ body: text, dates: [may('may happen in 2025', 'It may happen in 2025', '2025-05')] }), 'dates.0.stated')).toContain(
      '“may” is not read as a month',
    );
    expect(errorAt(check({ body: text, dates: [may('march on', 'the crews march on', '2025-03')] }), 'dates.0.stated')).toContain(
      '“march” is not read as a month',
    );
    expect(errorAt(check({ body: text, dates: [may('in 2025', 'It may happen in 2025', '2025-05')] }), 'dates.0.date')).toContain('do not give the month');
    expect(check({ body: text, dates: [may('In May 2025', 'In May 2025, it grew', '2025-05')] })).toEqual([]);
  });

  it.each([
    ['In May 2025', '2025-05', 'In May 2025, it grew', []],
    ['In May 2025', '2025-06', 'In May 2025, it grew', ["dates.0.date: the date's words “In May 2025” give the month May, which 2025-06 is not"]],
    ['In May 2025', '2024-05', 'In May 2025, it grew', ["dates.0.date: the date's words “In May 2025” give the year 2025, which 2024-05 is not"]],
    [
      'In May 2025',
      '2025',
      'In May 2025, it grew',
      ["dates.0.date: the date's words “In May 2025” give 2025-05: write the date at the precision the text gives it"],
    ],
    [
      'In May 2025',
      '2025-05-19',
      'In May 2025, it grew',
      [
        "dates.0.date: the date's words “In May 2025” do not give the day of 2025-05-19 (a date the text only points to, such as “ce samedi”, is status: inferred, with its basis)",
      ],
    ],
    [
      'In June 2025',
      '2025-06',
      'In May 2025, it grew',
      ['dates.0.stated: “In June 2025” is not in the evidence "In May 2025, it grew": give the date\'s exact words'],
    ],
  ] as const)('%s as %s', (stated, iso, evidence, errors) => {
    expect(check({ body, dates: [date(stated, iso, { evidence })] })).toEqual(errors);
  });

  it('an inferred date: the parts its words give must agree; the whole date given is stated', () => {
    const fr = 'Les Ariel Awards se tiendront le 20 septembre à Puerto Vallarta. Jalisco Lab a été lancé ce samedi.';
    const inferred = (stated: string, iso: string, evidence: string) => ({
      ...date(stated, iso, { evidence }),
      status: 'inferred',
      basis: 'b',
      basisKind: 'report-metadata',
    });
    expect(check({ lang: 'fr', body: fr, dates: [inferred('le 20 septembre', '2025-09-20', 'se tiendront le 20 septembre à Puerto Vallarta')] })).toEqual([]);
    expect(
      errorAt(
        check({ lang: 'fr', body: fr, dates: [inferred('le 20 septembre', '2025-09-21', 'se tiendront le 20 septembre à Puerto Vallarta')] }),
        'dates.0.date',
      ),
    ).toContain('give the day 20');
    expect(check({ lang: 'fr', body: fr, dates: [inferred('ce samedi', '2025-07-12', 'Jalisco Lab a été lancé ce samedi')] })).toEqual([]);
    expect(
      errorAt(check({ lang: 'fr', body: fr, dates: [inferred('ce samedi', '2025-07-13', 'Jalisco Lab a été lancé ce samedi')] }), 'dates.0.date'),
    ).toContain('give a Saturday');
    const whole = check({ body, dates: [inferred('In May 2025', '2025-05', 'In May 2025, it grew')] });
    expect(errorAt(whole, 'dates.0.status')).toContain('give the whole date 2025-05: status stated');
  });
});

describe('who speaks the passage', () => {
  const body = [
    '“StreamCo puts in about 2 million reais,” said Ana Lima, head of the office.',
    'Ana Lima, head of the office, said the lab opens in Porto Alegre.',
  ].join('\n\n');
  const share = (extra: Record<string, unknown>) =>
    money('StreamCo puts in about 2 million reais', 'about 2 million reais', {
      value: 2,
      currency: 'BRL',
      hedge: 'about',
      hedgeWords: 'about',
      statedBy: 'ana-lima',
      ...extra,
    });
  const place = (extra: Record<string, unknown>) => ({
    id: 'porto-alegre',
    name: 'Porto Alegre',
    kind: 'city',
    role: 'host-city',
    region: null,
    country: 'BR',
    coordinates: { lat: -30, lon: -51 },
    evidence: 'Ana Lima, head of the office, said the lab opens in Porto Alegre',
    ...extra,
  });
  const reading = { speaker: 'The quotation closes with “said Ana Lima, head of the office”.' };

  it('accepts a quoted person with the basis of the reading, and a person the passage names as speaking', () => {
    expect(check({ body, people: [ANA], amounts: [share({ readings: reading })], locations: [place({ speaker: 'ana-lima' })] })).toEqual([]);
  });

  it.each([
    // A quotation is not the report's own voice; a report figure is not a person's.
    [{ amounts: [share({ statedBy: 'report' })] }, 'amounts.0.statedBy', 'the passage is inside a quotation'],
    [{ amounts: [share({})] }, 'amounts.0.statedBy', 'the passage does not name Ana Lima: declare readings.speaker'],
    [
      { amounts: [share({ readings: { speaker: 'The quotation closes with “head of the office”.' } })] },
      'amounts.0.readings.speaker',
      'the quoted words do not name Ana Lima',
    ],
    [{ amounts: [share({ statedBy: 'unnamed' })] }, 'amounts.0.statedBy', 'an unnamed speaker is our reading: declare readings.speaker'],
    [
      { locations: [place({})] },
      'locations.0.speaker',
      'the passage names Ana Lima as the one speaking (“Ana Lima, head of the office, said”): speaker ana-lima, not report',
    ],
    [{ locations: [place({ speaker: 'unnamed', readings: { speaker: 'x “said”' } })] }, 'locations.0.speaker', 'speaker ana-lima, not unnamed'],
    [{ locations: [place({ speaker: 'ana-lima', readings: reading })] }, 'locations.0.readings.speaker', 'the passage names the speaker'],
    [{ locations: [place({ readings: { currency: 'x “reais”' } })] }, 'locations.0.readings.currency', 'this fact has no currency to read'],
  ])('%#: %s', (spec, field, message) => {
    const errors = check({ body, people: [ANA], ...spec });
    expect(errorAt(errors, field)).toContain(message);
  });

  it.each([
    ['report', 'the passage follows “Ana Lima, head of the office, said” in its sentence: statedBy ana-lima, not report'],
    ['unnamed', 'the passage follows “Ana Lima, head of the office, said” in its sentence: statedBy ana-lima, not unnamed'],
    ['ana-lima', null],
  ])('a passage starting after "Ana Lima, head of the office, said that" is hers: statedBy %s', (statedBy, message) => {
    const errors = check({
      body: 'Ana Lima, head of the office, said that the lab costs about 2 million reais.',
      people: [ANA],
      amounts: [
        money('the lab costs about 2 million reais', 'about 2 million reais', { value: 2, currency: 'BRL', hedge: 'about', hedgeWords: 'about', statedBy }),
      ],
    });
    if (message === null) expect(errors).toEqual([]);
    else expect(errorAt(errors, 'amounts.0.statedBy')).toContain(message);
  });

  it('a claim made in the report’s own voice needs no reading, and may not have one', () => {
    const claim = { id: 'c', claim: 'The report says the lab opens.', claimant: 'report', evidence: 'said the lab opens in Porto Alegre' };
    expect(check({ body, people: [ANA], claims: [claim] })).toEqual([]);
    expect(errorAt(check({ body, people: [ANA], claims: [{ ...claim, readings: { speaker: '“said”' } }] }), 'claims.0.readings.speaker')).toContain(
      "the report's own voice needs no reading",
    );
  });
});
