import { describe, expect, it } from 'vitest';
import { articleSchema, type ArticleInput } from '../../src/schemas/article.ts';
import { containsWords, evidenceValueIssues, excerpt, quotedSpans, quotedWordIssues, tooShort } from '../../src/lib/evidence-values.ts';

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
    // Any quote marks: straight single quotes (not apostrophes), backticks, low-9, corner brackets.
    ["An 'elite' workshop", ['elite']],
    ["Netflix's 'great first' and the pilots' pay", ['great first']],
    ["l'atelier d'élite", []],
    ['An `elite` workshop', ['elite']],
    ['ein „Elite“ Workshop', ['Elite']],
    ['ein ‚Elite‘ Workshop', ['Elite']],
    ['「elite」 and 『great』', ['elite', 'great']],
    // Every mark Unicode calls a quotation mark, or opening and closing punctuation, pairs: by property, not by list.
    ['a ＂fullwidth＂ quote', ['fullwidth']],
    ['a 〝double prime〞 quote', ['double prime']],
    ['a ❝heavy ornament❞ and a ❮angle ornament❯', ['heavy ornament', 'angle ornament']],
    ['a ⹂low reversed” and a ⸢half bracket⸣', ['low reversed', 'half bracket']],
    ["two ''straight singles'' as a double", ['straight singles']],
    ['a ‛reversed’ single', ['reversed']],
    ['(parentheses) and [brackets] are not quotes', []],
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
    expect(quotedWordIssues({ a: '“Il a ajouté … plus de 50 cours gratuits”' }, body)).toEqual([]);
    // A cut that drops the hedge "plus de" makes "more than 50" read as 50.
    expect(quotedWordIssues({ a: '“Il a ajouté … 50 cours gratuits”' }, body).map((i) => i.message)).toEqual([
      expect.stringContaining('cuts (…) the report’s words where they say “plus de”'),
    ]);
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

describe('excerpt', () => {
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
        stated: 'environ trois millions de pesos',
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
        stated: '11 000 mètres carrés',
      },
    ],
    dates: [
      { id: 'launch', status: 'inferred', date: '2025-07-12', event: 'e', tense: 'past', basis: 'b', basisSource: 'ref', evidence: 'lancé ce samedi' },
      { id: 'next', status: 'stated', date: '2026', event: 'e', tense: 'planned', evidence: 'élargir cette collaboration en 2026', stated: 'en 2026' },
    ],
  };
  const issues = (change: (a: ArticleInput) => void) => {
    const input = structuredClone(base);
    change(input);
    return evidenceValueIssues(articleSchema.parse(input));
  };

  it('accepts an article whose passages identify a place and hold the words it quotes', () => {
    expect(issues(() => {})).toEqual([]);
  });

  it.each([
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
