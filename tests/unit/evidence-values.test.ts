import { describe, expect, it } from 'vitest';
import { articleSchema, type ArticleInput } from '../../src/schemas/article.ts';
import {
  containsWords,
  describeAmount,
  evidenceValueIssues,
  excerpt,
  missingDateParts,
  quotedSpans,
  quotedWordIssues,
  statesAmount,
  tooShort,
} from '../../src/lib/evidence-values.ts';

type Scale = 'one' | 'thousand' | 'million' | 'billion';

describe('statesAmount: the value with its scale is written in the evidence', () => {
  const stated: [string, number, Scale][] = [
    // French
    ['Tavares a estimé la participation de Netflix à environ trois millions de pesos.', 3, 'million'],
    ['environ trois millions de pesos', 3_000_000, 'one'],
    ["250 millions d'euros par an", 250, 'million'],
    ["deux cent cinquante millions d'euros", 250, 'million'],
    ['1,5 milliard', 1.5, 'billion'],
    ['deux milliards d’euros', 2, 'billion'],
    ['un nouveau bâtiment de 11 000 mètres carrés', 11_000, 'one'],
    ['un nouveau bâtiment de 11\u00a0000 mètres carrés', 11_000, 'one'],
    ['un nouveau bâtiment de 11\u202f000 mètres carrés', 11_000, 'one'],
    ['un bâtiment de 11 000 mètres carrés', 11, 'thousand'],
    ['PLAi propose plus de 50 cours gratuits', 50, 'one'],
    ['Cet espace accueillera 15 entreprises', 15, 'one'],
    ['vingt-cinq entreprises', 25, 'one'],
    ['vingt cinq entreprises', 25, 'one'],
    ['vingt et un ateliers', 21, 'one'],
    ['cent cours gratuits', 100, 'one'],
    ['deux mille emplois', 2000, 'one'],
    ['quatre-vingts emplois', 80, 'one'],
    ['un million de pesos', 1, 'million'],
    ['3 millions de pesos', 3, 'million'],
    ['25.000 emplois', 25_000, 'one'],
    // English
    ['Film Production | 20,000 | 1.5 billion', 1.5, 'billion'],
    ['Film Production | 20,000 | 1.5 billion', 20_000, 'one'],
    ['Film Production | 20,000 | 1.5 billion', 20, 'thousand'],
    ['Education and Training | 5,000 | 500 million', 500, 'million'],
    ['Education and Training | 5,000 | 500 million', 5_000, 'one'],
    ['With funding amounting to 250 million euros per year', 250, 'million'],
    ['contribute around 2 billion euros to the French economy', 2, 'billion'],
    ['the creation of more than 25,000 jobs', 25_000, 'one'],
    ['3,000,000 pesos', 3, 'million'],
    ['3,000,000 pesos', 3_000_000, 'one'],
    ['3 million pesos', 3, 'million'],
    ['3 million pesos', 3_000_000, 'one'],
    ['a million viewers', 1, 'million'],
    ['€2bn of impact', 2, 'billion'],
    ['Beyond simply funding four end-of-year clips', 4, 'one'],
    ['Netflix announced two ambitious film projects', 2, 'one'],
    ['twenty-five courses', 25, 'one'],
    ['one hundred and one courses', 101, 'one'],
    ['one hundred one courses', 101, 'one'],
    ['The support totals 600 thousand euros.', 600, 'thousand'],
    ['Courses | 300,000', 300, 'thousand'],
    ["3'000'000 CHF", 3, 'million'],
    ['1,250.5 euros', 1250.5, 'one'],
    // Spanish
    ['tres millones de pesos', 3, 'million'],
    ['casi tres millones de pesos', 3_000_000, 'one'],
    ['veinticinco cursos', 25, 'one'],
    ['dos mil empleos', 2000, 'one'],
    ['dos mil empleos', 2, 'thousand'],
    ['mil cursos', 1000, 'one'],
    ['cien cursos', 100, 'one'],
    ['25.000 empleos', 25_000, 'one'],
    ['1.500 millones de pesos', 1500, 'million'],
    ['2 mil millones de euros', 2, 'billion'],
    ['mil millones de euros', 1, 'billion'],
    ['un millón de pesos', 1, 'million'],
    ['veintiún talleres', 21, 'one'],
    ['treinta y una escuelas', 31, 'one'],
    // Next to other numbers or punctuation
    ['In 2025, two projects were announced', 2, 'one'],
    ['In 2025 two projects were announced', 2, 'one'],
    ['Kourtrajmé | 4 | four clips', 4, 'one'],
    ['il y en a trois.', 3, 'one'],
    ['(trois) millions', 3, 'one'],
    ['vingt, (cinq) cours', 5, 'one'],
  ];

  it.each(stated)('%j states %d (%s)', (evidence, value, scale) => {
    expect(statesAmount(evidence, value, scale)).toBe(true);
  });

  const notStated: [string, number, Scale][] = [
    // A different number
    ['environ trois millions de pesos', 5, 'million'],
    ['tres millones de pesos', 5, 'million'],
    ['3 million pesos', 5, 'million'],
    ['Film Production | 20,000 | 1.5 billion', 2, 'billion'],
    ['the creation of more than 25,000 jobs', 26_000, 'one'],
    // The right digits, the wrong scale
    ['environ trois millions de pesos', 3, 'one'],
    ['environ trois millions de pesos', 3, 'billion'],
    ['3 million pesos', 3, 'one'],
    ['3 million pesos', 3, 'thousand'],
    ['dos mil empleos', 2, 'one'],
    ['2 mil millones de euros', 2, 'thousand'],
    ['deux milliards', 2, 'million'],
    ['250 million euros', 250, 'billion'],
    ['€2bn of impact', 2, 'one'],
    // Part of a larger number
    ['Film Production | 20,000 | 1.5 billion', 20, 'one'],
    ['Film Production | 20,000 | 1.5 billion', 5, 'one'],
    ['Film Production | 20,000 | 1.5 billion', 1, 'billion'],
    ['un bâtiment de 11 000 mètres carrés', 11, 'one'],
    ['un bâtiment de 11 000 mètres carrés', 1000, 'one'],
    ['2 500 emplois', 500, 'one'],
    ['2 500 emplois', 2, 'one'],
    ['25.000 empleos', 25, 'one'],
    ['the creation of more than 25,000 jobs', 25, 'one'],
    ['the creation of more than 25,000 jobs', 5, 'one'],
    ['in 2025', 25, 'one'],
    ['1,5 milliard', 5, 'billion'],
    ['vingt-cinq entreprises', 5, 'one'],
    ['vingt-cinq entreprises', 20, 'one'],
    ['vingt et un ateliers', 1, 'one'],
    ['veinticinco cursos', 20, 'one'],
    ['twenty-five courses', 5, 'one'],
    ['twenty-five courses', 20, 'one'],
    ['treinta y una escuelas', 1, 'one'],
    ['deux mille emplois', 2, 'one'],
    ['cent cours gratuits', 1, 'one'],
    ['il y en a trois millions.', 3, 'one'],
    ['3 mil empleos', 1000, 'one'],
    ['3 cent cours', 100, 'one'],
    ['vingt cinq) cours', 5, 'one'],
    // Not there at all
    ['Concernant l’investissement, le montant exact n’a pas été précisé.', 3, 'million'],
    ['de', 3, 'one'],
  ];

  it.each(notStated)('%j does not state %d (%s)', (evidence, value, scale) => {
    expect(statesAmount(evidence, value, scale)).toBe(false);
  });
});

describe('missingDateParts: a stated date is written in its evidence', () => {
  const cases: [string, string, string[]][] = [
    ['In May 2025, during the 8th edition of the Choose France summit', '2025-05', []],
    ['In May 2025, during the 8th edition of the Choose France summit', '2025-06', ['month']],
    ['In May 2025, during the 8th edition of the Choose France summit', '2024-05', ['year']],
    ['In May 2025, during the 8th edition of the Choose France summit', '2025-05-19', ['day']],
    ['It is estimated that by 2025, this strategy will generate', '2025', []],
    ['It is estimated that by 2025, this strategy will generate', '2026', ['year']],
    ['afin d’élargir cette collaboration en 2026 à des formations continues', '2026', []],
    ['it may happen in 2025', '2025-05', ['month']],
    ['qui se tiendront le 20 septembre 2025 à Puerto Vallarta', '2025-09-20', []],
    ['qui se tiendront le 20 septembre 2025 à Puerto Vallarta', '2025-09-21', ['day']],
    ['qui se tiendront le 20 septembre à Puerto Vallarta', '2025-09-20', ['year']],
    ['Jalisco Lab a été officiellement lancé ce samedi 12 juillet 2025', '2025-07-12', []],
    ['Jalisco Lab a été officiellement lancé ce samedi', '2025-07-12', ['year', 'month', 'day']],
    ['le 1er mai 2025', '2025-05-01', []],
    ['le premier mai 2025', '2025-05-01', []],
    ['le 1er février 2026', '2026-02-01', []],
    ['le 1er fevrier 2026', '2026-02-01', []],
    ['en août 2025', '2025-08', []],
    ['en décembre 2025', '2025-12', []],
    ['el 12 de julio de 2025', '2025-07-12', []],
    ['el primero de mayo de 2025', '2025-05-01', []],
    ['en septiembre de 2025', '2025-09', []],
    ['en setiembre de 2025', '2025-09', []],
    ['el sábado 12 de julio de 2025', '2025-07-13', ['day']],
    ['on July 12, 2025', '2025-07-12', []],
    ['on July 12th, 2025', '2025-07-12', []],
    ['on 12 July 2025', '2025-07-12', []],
    ['on Saturday, 12 July 2025', '2025-07-12', []],
    ['on July 12, 2025', '2025-07-01', ['day']],
    ['on July 1, 2025', '2025-07-12', ['day']],
    ['published 12/07/2025', '2025-07-12', []],
    ['published 07/12/2025', '2025-07-12', []],
    ['published 2025-07-12', '2025-07-12', []],
    ['published 12.07.2025', '2025-07-12', []],
    ['published 12/07/2025', '2025-07-13', ['day']],
    ['published 07/2025', '2025-07', []],
    ['the 20,250 visitors', '2025', ['year']],
    ['in 20255', '2025', ['year']],
  ];

  it.each(cases)('%j and %s: missing %j', (evidence, date, missing) => {
    expect(missingDateParts(evidence, date)).toEqual(missing);
  });
});

describe('tooShort: a passage identifies a place in the text', () => {
  it.each([
    ['de', true],
    ['a', true],
    ['à Jalisco', true],
    ['Ana, directrice', true],
    ['in Marseille', true],
    ['StreamCo investit', true],
    ['ab cd ef', true],
    ['   de   la   ', true],
    ['In May 2025', true],
    ['in July 2025', false],
    ['lancé ce samedi', false],
    ['Film Production | 20,000 | 1.5 billion', false],
    ['Netflix announced two ambitious film projects in Marseille', false],
  ])('%j: too short = %s', (evidence, expected) => {
    expect(tooShort(evidence)).toBe(expected);
  });
});

describe('containsWords: quoted words are in the evidence as whole words', () => {
  it.each([
    ['Tavares a estimé la participation de Netflix à environ trois millions de pesos.', 'environ', true],
    ['Environ trois millions', 'environ', true],
    ['contribute around 2 billion euros to the French economy by 2025.', 'around', true],
    ['contribute around 2 billion euros to the French economy by 2025.', 'by 2025', true],
    ['PLAi propose plus de 50 cours gratuits', 'plus de', true],
    ['PLAi propose plus de 50 cours gratuits', 'more than', false],
    ['approximately 25,000 jobs', 'approx', false],
    ['approximately 25,000 jobs', 'approximately', true],
    ['contribute around 2 billion euros', 'about', false],
    ['le court-métrage d’animation « La Route des chiens »', "court métrage d'animation", true],
    ['le court-métrage d’animation « La Route des chiens »', '« La Route des chiens »', true],
    ['Pour Alejandro Tavares, directeur de Filma Jalisco , il s’agit', 'directeur de Filma Jalisco', true],
    ['Pour Alejandro Tavares, directeur de Filma Jalisco', 'directeur (Filma)', false],
    ['c’est un atelier d’élite', 'elite', false],
    ['c’est un atelier d’élite', "d'élite", true],
    ['ab', '', false],
  ])('%j contains %j: %s', (evidence, words, expected) => {
    expect(containsWords(evidence, words)).toBe(expected);
  });
});

describe('quotedSpans and quotedWordIssues', () => {
  it.each([
    ['An “elite” workshop', ['elite']],
    ['It calls them “ambitious” and “significant structural changes”.', ['ambitious', 'significant structural changes']],
    ['« C’est historique »', ['C’est historique']],
    ['the FAQ says "approximately 25,000"', ['approximately 25,000']],
    ['no quotes here', []],
    ['Netflix’s own words', []],
    ['An ‘elite’ workshop', ['elite']],
    ['the ‘city’s plan’ and Netflix’s', ['city’s plan']],
    ['‹ historique ›', ['historique']],
  ])('%j → %j', (text, spans) => {
    expect(quotedSpans(text)).toEqual(spans);
  });

  const body = [
    'Il a ajouté que PLAi propose plus de 50 cours gratuits.',
    '" C\'est un atelier d\'élite, où elles doivent déjà posséder les droits ", a-t-elle expliqué.',
  ];

  it('flags each field whose quoted words are not in the body, naming the field', () => {
    const frontmatter = {
      title: 'Courses: “plus de 50”',
      beneficiaries: [{ how: 'An “elite” workshop' }, { how: 'A workshop “d’élite”' }],
      notes: ['The speaker says “a-t-elle expliqué”', 'Words “… déjà posséder les droits …”'],
    };
    expect(quotedWordIssues(frontmatter, body).map((i) => i.field)).toEqual(['beneficiaries.0.how']);
    expect(quotedWordIssues(frontmatter, body)[0]!.message).toContain('“elite” is shown in quotation marks but is not in');
  });

  it('finds a quote with an ellipsis only in one paragraph, its parts in order', () => {
    expect(quotedWordIssues({ a: '“Il a ajouté … 50 cours gratuits”' }, body)).toEqual([]);
    expect(quotedWordIssues({ a: '“50 cours gratuits … Il a ajouté”' }, body).map((i) => i.field)).toEqual(['a']);
    expect(quotedWordIssues({ a: '“PLAi propose … déjà posséder les droits”' }, body).map((i) => i.field)).toEqual(['a']);
  });

  it('skips what is not the report’s words in ours: passages, headlines, references’ paraphrases, inference bases, glosses', () => {
    const frontmatter = {
      source: { headline: 'A “headline” quote', headlineGloss: 'Our “translation”' },
      people: [{ titleGloss: 'author of “The Dogs’ Road”' }],
      amounts: [{ gloss: '“about three million pesos”' }],
      claims: [{ evidence: '“x”', checks: [{ says: 'Calls it “still nebulous”.' }] }],
      dates: [{ basis: 'The interview says “tomorrow”.' }],
    };
    expect(quotedWordIssues(frontmatter, body)).toEqual([]);
  });

  it('checks a comparison’s own body blocks too', () => {
    const issues = quotedWordIssues({ title: 'T' }, body, ['The report says "plus de 50" and "on the French economy".'], 'the text of either compared report');
    expect(issues).toEqual([
      {
        field: '(body)',
        message: expect.stringContaining('“on the French economy” is shown in quotation marks but is not in the text of either compared report'),
      },
    ]);
  });
});

describe('describeAmount and excerpt', () => {
  it.each([
    [5, 'million', '5 million'],
    [11000, 'one', '11,000'],
    [1.5, 'billion', '1.5 billion'],
  ] as const)('%d %s → %s', (value, scale, text) => {
    expect(describeAmount(value, scale)).toBe(text);
  });

  it('keeps short evidence whole and long evidence as its start and end', () => {
    expect(excerpt('environ trois millions')).toBe('"environ trois millions"');
    const long = excerpt(
      'Concernant l’investissement, bien que le montant exact n’ait pas été précisé, Tavares a estimé la participation de Netflix à environ trois millions de pesos.',
    );
    expect(long).toMatch(/^"Concernant .* … .*trois millions de pesos\."$/);
  });
});

describe('evidenceValueIssues: over an article', () => {
  const base: ArticleInput = {
    title: 'T',
    dek: 'D',
    published: '2026-01-01',
    source: { outlet: 'O', outletPlace: null, byline: null, headline: 'H', language: 'fr', translatedFrom: null, url: null, published: null, accessed: null },
    initiative: {
      name: 'Lab',
      kind: 'training-programme',
      sponsor: 'netflix',
      country: 'MX',
      summary: 'S',
      evidence: 'Ce programme de formation est promu par Netflix.',
    },
    institutions: [
      { id: 'netflix', name: 'Netflix', kind: 'company', sector: 'private', role: 'sponsor', does: 'x', country: null, evidence: 'promu par Netflix' },
    ],
    people: [{ id: 'ana', name: 'Ana', title: 'directrice du programme', affiliation: null, quoted: true, evidence: 'a dit Ana, directrice du programme' }],
    amounts: [
      {
        id: 'share',
        kind: 'money',
        measure: 'investment',
        payer: 'netflix',
        portion: 'share',
        value: 3,
        scale: 'million',
        currency: 'MXN',
        hedge: 'about',
        hedgeWords: 'environ',
        period: 'unspecified',
        scope: 'programme',
        what: 'w',
        statedBy: 'ana',
        evidence: 'environ trois millions de pesos',
      },
      {
        id: 'area',
        kind: 'quantity',
        value: 11000,
        unit: 'square-metres',
        hedge: 'exact',
        period: 'one-off',
        scope: 'project',
        what: 'w',
        statedBy: 'report',
        evidence: 'un bâtiment de 11 000 mètres carrés',
      },
    ],
    dates: [
      { id: 'launch', status: 'inferred', date: '2025-07-12', event: 'e', tense: 'past', basis: 'b', basisSource: 'ref', evidence: 'lancé ce samedi' },
      { id: 'next', status: 'stated', date: '2026', event: 'e', tense: 'planned', evidence: 'élargir cette collaboration en 2026' },
    ],
  };
  const issues = (change: (a: ArticleInput) => void) => {
    const input = structuredClone(base);
    change(input);
    return evidenceValueIssues(articleSchema.parse(input));
  };

  it('accepts an article whose evidence states its facts (inferred dates are not checked)', () => {
    expect(issues(() => {})).toEqual([]);
  });

  it.each([
    [
      'a value changed',
      (a: ArticleInput) => void (a.amounts![0]!.value = 5),
      'amounts.0.value',
      '5 million is not stated in the evidence "environ trois millions de pesos"',
    ],
    ['a scale changed', (a: ArticleInput) => void (a.amounts![0]!.scale = 'billion'), 'amounts.0.value', '3 billion is not stated'],
    [
      'a quantity changed',
      (a: ArticleInput) => void (a.amounts![1]!.value = 12000),
      'amounts.1.value',
      '12,000 is not stated in the evidence "un bâtiment de 11 000 mètres carrés"',
    ],
    [
      'hedge words not in the evidence',
      (a: ArticleInput) => void (a.amounts![0]!.hedgeWords = 'près de'),
      'amounts.0.hedgeWords',
      '"près de" is shown in quotation marks but is not in the evidence',
    ],
    [
      'period words not in the evidence',
      (a: ArticleInput) => void (a.amounts![0]!.periodWords = 'par an'),
      'amounts.0.periodWords',
      '"par an" is shown in quotation marks',
    ],
    ['a stated year changed', (a: ArticleInput) => void (a.dates![1]!.date = '2027'), 'dates.1.date', 'the year 2027 of "2027" is not stated in the evidence'],
    [
      'a relative day given as stated',
      (a: ArticleInput) => void (a.dates![0] = { id: 'launch', status: 'stated', date: '2025-07-12', event: 'e', tense: 'past', evidence: 'lancé ce samedi' }),
      'dates.0.date',
      'the year 2025, the month (July), the day (12 July) of "2025-07-12" are not stated',
    ],
    [
      'one-word evidence',
      (a: ArticleInput) => void (a.institutions![0]!.evidence = 'Netflix'),
      'institutions.0.evidence',
      'evidence "Netflix" is too short to identify a passage',
    ],
    ['two-word evidence', (a: ArticleInput) => void (a.people![0]!.evidence = 'Ana, directrice'), 'people.0.evidence', 'too short'],
    ['evidence "de"', (a: ArticleInput) => void (a.initiative.evidence = 'de'), 'initiative.evidence', 'evidence "de" is too short'],
    [
      'a title not as printed',
      (a: ArticleInput) => void (a.people![0]!.title = 'directrice (Lab)'),
      'people.0.title',
      '"directrice (Lab)" is shown in quotation marks but is not in the evidence',
    ],
  ])('%s fails naming the field', (_name, change, field, message) => {
    const found = issues(change);
    expect(found.map((i) => i.field)).toContain(field);
    expect(found.find((i) => i.field === field)!.message).toContain(message);
  });
});
