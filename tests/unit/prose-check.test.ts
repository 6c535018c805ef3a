/**
 * Our prose rests on its facts (src/lib/prose-check.ts): each rule, table-driven over the fixture
 * reports, a sentence that it allows beside one that it refuses, with the exact message.
 */
import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/build/content-files.ts';
import { checkBodies, checkedData, copyQuoteIssues, formatError, type Valid } from '../../src/lib/content-check.ts';
import { proseIssues, proseProblems, type BodyBlock, type Grounds } from '../../src/lib/prose-check.ts';
import { parseCatalogue, plainMessages, type SiteTexts } from '../../src/lib/i18n.ts';
import { en } from '../helpers/messages.ts';

const MANY = 'tests/fixtures/many-reports';
const THREE = 'tests/fixtures/three-articles';
const GOOD = 'tests/fixtures/good-content';

const loaded = new Map<string, Valid>();
const validOf = (root: string): Valid => {
  if (!loaded.has(root)) loaded.set(root, checkedData(readContent(root).files).valid);
  return structuredClone(loaded.get(root)!);
};

interface Run {
  root: string;
  edit?: (valid: Valid) => void;
  bodies?: Map<string, BodyBlock[]>;
  site?: SiteTexts[];
}

/** The prose errors of a fixture after `edit`, formatted. */
function errorsOf({ root, edit, bodies = new Map(), site = [] }: Run): string[] {
  const valid = validOf(root);
  edit?.(valid);
  return proseIssues({ valid, comparisonBodies: bodies, site, messages: en }).map(formatError);
}

/** A verdict of `comparison` that says `text` and rests on `facts`: its errors. */
function verdict(root: string, comparison: string, facts: string[], text: string): string[] {
  return errorsOf({
    root,
    edit: (valid) => {
      const v = valid.comparisons.get(comparison)!.data.verdicts[0]!;
      v.finding = text;
      v.restsOn = { facts, references: [] };
    },
  }).filter((e) => e.includes('→ verdicts.0.finding: '));
}

const COAST = 'coast-crews-vs-riverside-lab';
const AT = `content/comparisons/${COAST}.mdx → verdicts.0.finding: `;
const PLEDGES = ['coast-crews/streamco-pledge', 'riverside-lab/streamco-share'];
const DATES = ['riverside-lab/opening', 'coast-crews/first-intake'];
const NOT_A_VALUE = 'is not a value of the facts this verdict rests on nor computed from them';

describe('a verdict rests on the facts it names, and on what the rules compute from them', () => {
  it.each([
    // A fact's own value, in any written form.
    ['a figure as stated', ['riverside-lab/streamco-share'], 'StreamCo puts in about 2 million reais.', null],
    ['a figure in words', ['riverside-lab/streamco-share'], 'StreamCo puts in about two million reais.', null],
    [
      'a figure it does not state',
      ['riverside-lab/streamco-share'],
      'StreamCo puts in about 3 million reais.',
      `“3 million” ${NOT_A_VALUE} (its facts give: 2 million)`,
    ],
    [
      'a figure of a fact it does not rest on',
      ['riverside-lab/opening'],
      'StreamCo puts in about 2 million reais.',
      `“2 million” ${NOT_A_VALUE} (its facts give: 3 March 2025)`,
    ],
    ['a quantity with what it counts', ['coast-crews/pilot-length'], 'A three-year pilot.', null],
    [
      'a quantity’s number, counting something else',
      ['coast-crews/pilot-length'],
      'Three trainees.',
      `“Three” ${NOT_A_VALUE} (its facts give: 3) (3 is also a count of years, a count of figures, a count of dates, only with what it counts named after it)`,
    ],
    // Rule 1: conversion at the site's rate, rounded as the views round it.
    ['a conversion, rounded as the views round it', ['coast-crews/streamco-pledge'], 'That is about €730k.', null],
    ['a conversion in words', ['coast-crews/streamco-pledge'], 'That is about 730,000 euros.', null],
    [
      'a conversion not rounded as the views round it',
      ['coast-crews/streamco-pledge'],
      'That is about 731,707 euros.',
      `“731,707” ${NOT_A_VALUE} (its facts give: 1.2 million)`,
    ],
    // Rule 3: a ratio of two figures of one measure.
    ['a ratio', PLEDGES, 'The pledges differ by about 2.3 times.', null],
    ['a share as a percentage', PLEDGES, 'The smaller is about 43 per cent of the larger.', null],
    ['a ratio the figures do not give', PLEDGES, 'The pledges differ by about 2.5 times.', `“2.5” ${NOT_A_VALUE} (its facts give: 1.2 million, 2 million)`],
    [
      'a ratio that does not say it is one',
      PLEDGES,
      'The pledges differ by 2.3 in all.',
      `“2.3” ${NOT_A_VALUE} (its facts give: 1.2 million, 2 million) (2.3 is also a ratio of two figures (“times”), only with what it counts named after it)`,
    ],
    ['a ratio in "-fold" the figures do not give', PLEDGES, 'The pledges differ tenfold.', `“tenfold” ${NOT_A_VALUE} (its facts give: 1.2 million, 2 million)`],
    ['a dozen the figures do not give', PLEDGES, 'A dozen pledges.', `“A dozen” ${NOT_A_VALUE} (its facts give: 1.2 million, 2 million)`],
    [
      'a vague count',
      PLEDGES,
      'Dozens of pledges.',
      '“Dozens” is not read as a number or a date (a vague count): write a number in digits or words, a date with its month in words',
    ],
    ['a figure after a currency code', ['riverside-lab/streamco-share'], 'StreamCo puts in about BRL 20m.', `“20m” ${NOT_A_VALUE} (its facts give: 2 million)`],
    ['a figure after a currency code, as stated', ['riverside-lab/streamco-share'], 'StreamCo puts in about BRL 2m.', null],
    [
      'a percentage the figures do not give',
      PLEDGES,
      'The smaller is 50 per cent of the larger.',
      '“50 per cent” is not a percentage the passages of the facts this verdict rests on state nor a share computed from their figures (its facts give: 1.2 million, 2 million)',
    ],
    // Rule 4: the distance between two dates.
    ['a distance in years', DATES, 'The first intake comes two years after the opening.', null],
    ['a distance in months', DATES, 'The first intake comes 24 months after the opening.', null],
    ['a distance in weeks', DATES, 'The first intake comes about 105 weeks after the opening.', null],
    ['a distance in days', DATES, 'The first intake comes 735 days after the opening.', null],
    [
      'a distance the dates do not give',
      DATES,
      'The first intake comes three years after the opening.',
      `“three” ${NOT_A_VALUE} (its facts give: 3 March 2025, 8 March 2027) (3 is also a count of figures, a count of dates, only with what it counts named after it)`,
    ],
    // Dates.
    ['a stated date', DATES, 'Riverside Lab opened in March 2025.', null],
    [
      'a changed year',
      DATES,
      'Riverside Lab opened in March 2024.',
      '“March 2024” is not a date of the facts this verdict rests on (its facts give: 3 March 2025, 8 March 2027)',
    ],
    [
      'an inferred date written as stated',
      ['coast-crews/announced'],
      'Coast Crews was announced on 16 February 2026.',
      '“16 February 2026” is a date we infer (coast-crews/announced: 16 February 2026 (inferred)), not one the report states: say so in its sentence (“inferred”, “we infer”)',
    ],
    ['an inferred date said to be inferred', ['coast-crews/announced'], 'Coast Crews was announced on 16 February 2026, we infer.', null],
    ['an inferred month, labelled', ['coast-crews/announced'], 'Announced in February 2026 (inferred).', null],
    [
      'an inferred year, unlabelled',
      ['coast-crews/announced'],
      'Announced in 2026.',
      '“2026” is a date we infer (coast-crews/announced: 16 February 2026 (inferred)), not one the report states: say so in its sentence (“inferred”, “we infer”)',
    ],
    [
      'an inferred year that a stated date also gives',
      ['coast-crews/announced', 'riverside-lab/opening'],
      'One opened, one was announced, in 2025 and 2026 (inferred).',
      null,
    ],
    // Rule 5: counts, named after the number.
    ['the number of reports compared', [], 'The two reports are counted alike.', null],
    [
      'a count of something else',
      [],
      'The two projects are counted alike.',
      `“two” ${NOT_A_VALUE} (its facts give none) (2 is also the number of reports compared, only with what it counts named after it)`,
    ],
    ['a count of people quoted', [], 'Each quotes 1 named person.', null],
    ['a count of claims', [], 'Riverside Lab has 1 claim, checked.', null],
  ])('%s', (_name, facts, text, expected) => {
    const errors = verdict(MANY, COAST, facts, text);
    expect(errors).toEqual(expected === null ? [] : [`${AT}${expected}`]);
  });

  it.each([
    ['the sum of a table’s rows', 'The table’s rows add up to 500,000 euros.', null],
    ['a sum the rows do not give', 'The table’s rows add up to 550,000 euros.', `“550,000” ${NOT_A_VALUE} (its facts give: 300,000, 200,000)`],
  ])('rule 2, %s', (_name, text, expected) => {
    const errors = verdict(THREE, 'riverside-vs-harbour', ['harbour-school/part-courses', 'harbour-school/part-equipment'], text);
    expect(errors).toEqual(expected === null ? [] : [`content/comparisons/riverside-vs-harbour.mdx → verdicts.0.finding: ${expected}`]);
  });

  it('a claim gives what its checks’ source notes say', () => {
    expect(
      verdict(MANY, 'riverside-lab-vs-delta-studio', ['delta-studio/claim-films'], 'The school’s own plan has its first films in 2031, not 2029.'),
    ).toEqual([]);
    expect(verdict(MANY, 'riverside-lab-vs-delta-studio', ['delta-studio/claim-films'], 'The plan has them in 2032.')).toEqual([
      'content/comparisons/riverside-lab-vs-delta-studio.mdx → verdicts.0.finding: “2032” is not a date of the facts this verdict rests on (its facts give: 2029)',
    ]);
  });
});

describe('a count names what it counts', () => {
  const grounds: Grounds = {
    numbers: [
      { value: 5, counts: 'claims' },
      { value: 6, counts: 'claims' },
      { value: 2, unit: 'projects' },
      { value: 2, counts: 'reports' },
      { value: 3, counts: 'time', time: 'years' },
      { value: 10, counts: 'ratio' },
      { value: 2_000_000 },
    ],
    figures: [],
    percents: [],
    ordinals: [],
    dates: [],
    gives: ['2 million'],
  };
  const where = 'these facts';
  it.each([
    ['six checked claims', [], null],
    ['5 of its 6 checked claims', [], null],
    ['5 of 6 repeated elsewhere', ['claims'], null],
    ['5 of 6 repeated elsewhere', [], '“5”'],
    ['none of its 6 is confirmed, of the claims we checked', [], null],
    ['two ambitious film projects', [], null],
    ['two of the projects', [], null],
    ['the two reports', [], null],
    ['about three years later', [], null],
    ['two scopes', [], '“two”'],
    ['three scopes', [], '“three”'],
    ['2 million of anything', [], null],
    ['a tenfold gap', [], null],
    ['ten times larger', [], null],
    ['ten trainees', [], '“ten”'],
  ])('%s %j', (text, context, refused) => {
    const problems = proseProblems(text, grounds, where, context);
    if (refused === null) expect(problems).toEqual([]);
    else expect(problems[0]).toMatch(new RegExp(`^${refused} is not a value of these facts nor computed from them \\(its facts give: 2 million\\) \\(`));
  });
});

describe('what a fact gives beyond its fields', () => {
  const alpha = (valid: Valid) => valid.articles.get('alpha')!.data;
  const withVerdict = (edit: (valid: Valid) => void, facts: string[], text: string) =>
    errorsOf({
      root: GOOD,
      edit: (valid) => {
        edit(valid);
        const v = valid.comparisons.get('alpha-vs-beta')!.data.verdicts[0]!;
        v.finding = text;
        v.restsOn = { facts, references: [] };
      },
    }).filter((e) => e.includes('verdicts.0.finding'));
  const at = 'content/comparisons/alpha-vs-beta.mdx → verdicts.0.finding: ';

  it.each([
    ['on 20 September', null],
    [
      'on 20 September 2025',
      '“20 September 2025” is a date we infer (alpha/launch: 20 September 2025 (inferred)), not one the report states: say so in its sentence (“inferred”, “we infer”)',
    ],
    ['on 20 September 2025 (inferred)', null],
  ])('the parts of an inferred date that its words give are the report’s: %s', (text, expected) => {
    const errors = withVerdict(
      (valid) => {
        const launch = alpha(valid).dates[0]!;
        Object.assign(launch, { date: '2025-09-20', stated: 'le 20 septembre' });
      },
      ['alpha/launch'],
      `Launched ${text}.`,
    );
    expect(errors).toEqual(expected === null ? [] : [`${at}${expected}`]);
  });

  it.each([
    ['its 8th edition', null],
    ['its eighth edition', null],
    ['its 9th edition', '“9th” is not an ordinal the passages of the facts this verdict rests on state (they state: 8th)'],
    ['25 per cent of it', null],
    [
      '30 per cent of it',
      '“30 per cent” is not a percentage the passages of the facts this verdict rests on state nor a share computed from their figures (its facts give: 8th, 25 %)',
    ],
  ])('ordinals and percentages its passage writes: %s', (text, expected) => {
    const errors = withVerdict(
      (valid) => {
        alpha(valid).locations[0]!.evidence = 'la 8e édition, soit 25 pour cent à Jalisco';
      },
      ['alpha/jalisco'],
      `Jalisco hosts ${text}.`,
    );
    expect(errors).toEqual(expected === null ? [] : [`${at}${expected}`]);
  });

  it('an ordinal no passage writes', () => {
    expect(withVerdict(() => {}, ['alpha/jalisco'], 'Its 8th edition.')).toEqual([
      `${at}“8th” is not an ordinal the passages of the facts this verdict rests on state (they state none)`,
    ]);
  });
});

describe('every field of our prose, with what it rests on', () => {
  it.each([
    [
      'a comparison’s title, dek and conclusion rest on its restsOn',
      (valid: Valid) => {
        const c = valid.comparisons.get('alpha-vs-beta')!.data;
        c.restsOn = { facts: ['beta/national'], references: [] };
        c.title = 'Beta spends 250 million euros';
        c.dek = 'Beta spends 300 million euros.';
        c.conclusion = 'In May 2025.';
      },
      [
        'content/comparisons/alpha-vs-beta.mdx → dek: “300 million” is not a value of the facts the comparison’s title, dek and conclusion rest on nor computed from them (its facts give: 250 million)',
        'content/comparisons/alpha-vs-beta.mdx → conclusion: “May 2025” is not a date of the facts the comparison’s title, dek and conclusion rest on (its facts give none)',
      ],
    ],
    [
      'an article’s title, dek and notes rest on its facts',
      (valid: Valid) => {
        const a = valid.articles.get('alpha')!.data;
        a.dek = 'About 3 million pesos, launched in July 2025 (inferred).';
        a.institutions[0]!.does = 'Puts in about 4 million pesos.';
        a.amounts[0]!.what = 'Budget (about €140k at the site’s rate)';
        a.initiative.summary = 'Launched on 12 July 2025.';
      },
      [
        'content/articles/alpha.mdx → initiative.summary: “12 July 2025” is a date we infer (alpha/launch: 12 July 2025 (inferred)), not one the report states: say so in its sentence (“inferred”, “we infer”)',
        'content/articles/alpha.mdx → institutions.0.does: “4 million” is not a value of this article’s facts nor computed from them (its facts give: 3 million, 12 July 2025 (inferred))',
      ],
    ],
    [
      'a claim check’s finding rests on its source note too',
      (valid: Valid) => {
        const d = valid.articles.get('delta-studio')!.data;
        d.claims.find((c) => c.id === 'claim-films')!.checks[0]!.finding = 'the school’s plan puts the first films in 2033';
      },
      [
        'content/articles/delta-studio.mdx → claims.1.checks.0.finding: “2033” is not a date of this article’s facts or the source note (says) it sums up (its facts give: 2029)',
      ],
      MANY,
    ],
    [
      'an inferred date’s basis names the date it infers, and rests on the facts and the date of the source it reads',
      (valid: Valid) => {
        // The date changed without its basis: the basis still names 12 July 2025.
        valid.articles.get('alpha')!.data.dates[0]!.date = '2025-07-19';
      },
      [
        'content/articles/alpha.mdx → dates.0.basis: says how the date is inferred but not which date: name its year, month, day (the date field gives 19 July 2025 (inferred))',
        'content/articles/alpha.mdx → dates.0.basis: “12 July 2025” is not a date of this article’s facts or the date of the source the inference reads (basisSource, or the report’s own) (its facts give: 19 July 2025 (inferred))',
      ],
    ],
    [
      'a rate’s reason rests on the rate and the reports it converts',
      (valid: Valid) => {
        valid.rates.get('eur-mxn')!.data.why = 'The rate of 2 June 2025, 21.97 pesos to the euro, near the launch (July 2025).';
      },
      [
        'content/rates/eur-mxn.yaml → why: “July 2025” is a date we infer (alpha/launch: 12 July 2025 (inferred)), not one the report states: say so in its sentence (“inferred”, “we infer”)',
      ],
    ],
  ])('%s', (_name, edit, expected, root = GOOD) => {
    expect(errorsOf({ root, edit })).toEqual(expected);
  });

  it('a comparison’s body rests on every fact of both reports, and names the line', () => {
    const bodies = new Map([
      [
        'alpha-vs-beta',
        [
          { text: 'Alpha puts in about 3 million pesos, Beta 250 million euros a year, launched on 12 July 2025 (inferred).', line: 19 },
          { text: 'Beta spends 40 per cent of it.', line: 21 },
        ],
      ],
    ]);
    expect(errorsOf({ root: GOOD, bodies })).toEqual([
      'content/comparisons/alpha-vs-beta.mdx → line 21: “40 per cent” is not a percentage the passages of the facts of the compared reports state nor a share computed from their figures (its facts give: 3 million, 12 July 2025 (inferred), 250 million, May 2025)',
    ]);
  });

  it('the site copy rests on no fact', () => {
    const site: SiteTexts[] = [
      {
        file: 'content/i18n/en.yaml',
        texts: [
          ['site.name', 'Checked'],
          ['site.description', 'Our 2 reports, since 2025.'],
        ],
      },
    ];
    expect(errorsOf({ root: GOOD, site })).toEqual([
      'content/i18n/en.yaml → site.description: “2”: the site copy rests on no fact, so it writes no number or date (the pages count the reports themselves)',
      'content/i18n/en.yaml → site.description: “2025”: the site copy rests on no fact, so it writes no number or date (the pages count the reports themselves)',
    ]);
  });

  it('every catalogue message without placeholders is site copy, in every edition', () => {
    const catalogue = (lang: string, tagline: string) => {
      const parsed = parseCatalogue(lang, `content/i18n/${lang}.yaml`, {
        site: { name: 'Checked' },
        card: { tagline },
        figures: { count: '{count, plural, one {# figure} other {# figures}} since 2019' },
        record: { hash: 'each text’s SHA-256, as ISO 4217 codes name currencies' },
        dates: { how: 'dates written as <code>2025-07-12</code>' },
        rate: { how: 'rounded to two significant figures' },
      });
      if (!('catalogue' in parsed)) throw new Error(JSON.stringify(parsed.issues));
      return plainMessages(parsed.catalogue);
    };
    expect(catalogue('en', 'Every figure with its passage').texts.map(([key]) => key)).toEqual([
      'site.name',
      'card.tagline',
      'record.hash',
      'dates.how',
      'rate.how',
    ]);
    const site = [catalogue('en', 'Every figure with its passage'), catalogue('fr', '12 reports checked since 2019')];
    expect(errorsOf({ root: GOOD, site })).toEqual([
      'content/i18n/fr.yaml → card.tagline: “12”: the site copy rests on no fact, so it writes no number or date (the pages count the reports themselves)',
      'content/i18n/fr.yaml → card.tagline: “2019”: the site copy rests on no fact, so it writes no number or date (the pages count the reports themselves)',
    ]);
    expect(errorsOf({ root: GOOD, site: [catalogue('en', 'Rounded to three significant figures')] })).toEqual([
      'content/i18n/en.yaml → card.tagline: “three”: the site copy rests on no fact, so it writes no number or date (the pages count the reports themselves)',
    ]);
  });

  it('the fixtures that build pages pass as they are', () => {
    for (const root of [GOOD, MANY, THREE]) expect(errorsOf({ root })).toEqual([]);
  });
});

describe('quoted words, in any quotation style, in every field of our prose', () => {
  const QUOTES = ['“a historic launch”', '« un lancement historique »', '‘a historic launch’', "'a historic launch'", '`a historic launch`'];
  const files = readContent(GOOD).files;
  const set = (data: Record<string, unknown>, path: string, text: string) => {
    const keys = path.split('.');
    let at: Record<string, unknown> = data;
    for (const [i, key] of keys.slice(0, -1).entries()) at = (at[key] ??= /^\d+$/.test(keys[i + 1]!) ? [] : {}) as Record<string, unknown>;
    at[keys.at(-1)!] = text;
  };
  /** The quote errors of the good fixture with `text` written at `path` of `id`'s frontmatter (or as its body). */
  const quoteErrors = (id: string, path: string, text: string) => {
    const copy = structuredClone(files);
    const file = copy.find((f) => f.id === id)!;
    if (path === '(body)') file.body = `${file.body}\n${text}\n`;
    else set(file.data as Record<string, unknown>, path, text);
    return checkBodies(copy).errors.map(formatError);
  };

  it.each(
    [
      ...['title', 'dek', 'source.notes.0', 'initiative.summary', 'institutions.0.does', 'people.0.affiliationNote', 'amounts.0.what', 'dates.0.event'].map(
        (path) => ['alpha', path] as const,
      ),
      ...['locations.0.note', 'beneficiaries.0.who', 'beneficiaries.0.how', 'claims.0.claim', 'claims.0.checks.0.finding'].map(
        (path) => ['alpha', path] as const,
      ),
      ...['title', 'dek', 'conclusion', 'verdicts.0.short', 'verdicts.0.finding', 'verdicts.0.why', '(body)'].map((path) => ['alpha-vs-beta', path] as const),
    ].flatMap(([id, path]) => QUOTES.map((quote) => [id, path, quote] as const)),
  )('%s → %s: %s', (id, path, quote) => {
    const file = `content/${id.includes('-vs-') ? 'comparisons' : 'articles'}/${id}.mdx`;
    expect(quoteErrors(id, path, `A field that quotes ${quote}.`).filter((e) => e.startsWith(`${file} → ${path}: `))).toHaveLength(1);
    expect(quoteErrors(id, path, 'A field that quotes “lancé ce samedi”.').filter((e) => e.startsWith(`${file} → ${path}: `))).toEqual([]);
  });

  it.each(QUOTES)('the site copy and a rate’s reason: %s', (quote) => {
    const valid = validOf(GOOD);
    const { articleBodies } = checkBodies(files);
    valid.rates.get('eur-mxn')!.data.why = `Near the ${quote}.`;
    const site = (name: string, keywords: string): SiteTexts[] => [
      {
        file: 'content/i18n/en.yaml',
        texts: [
          ['site.name', name],
          ['site.description', 'D'],
          ['site.keywords', keywords],
        ],
      },
    ];
    expect(copyQuoteIssues(site(`The ${quote}`, quote), valid.rates, articleBodies).map((e) => `${e.file} → ${e.field}`)).toEqual([
      'content/i18n/en.yaml → site.name',
      'content/i18n/en.yaml → site.keywords',
      'content/rates/eur-mxn.yaml → why',
    ]);
    valid.rates.get('eur-mxn')!.data.why = 'Near the “lancé ce samedi”.';
    expect(copyQuoteIssues(site('N', '“promu par Netflix”'), valid.rates, articleBodies)).toEqual([]);
  });
});

describe('a person named beside a figure in our verdicts is the one who states it', () => {
  const RULE = 'which no fact this rests on gives as theirs: a person named beside a figure is the one who states it (the fact’s statedBy)';
  it.each([
    ['the figure’s own speaker, before it', 'Lima: about 2m reais.', null],
    ['the figure’s own speaker, after it', 'About 2m reais (Ana Lima).', null],
    ['a person named with no figure in the sentence', 'Ana Lima spoke. The pledge is about 1.2m reais.', null],
    ['another person of the compared reports beside the figure', 'Roberts: about 2m reais.', `names “Roberts” beside “2m reais”, ${RULE}`],
    ['the speaker beside a figure she does not state', 'Lima: 1.2m reais.', `names “Lima” beside “1.2m reais”, ${RULE}`],
  ] as const)('%s', (_what, text, expected) => {
    const errors = verdict(MANY, COAST, PLEDGES, text)
      .map((e) => e.slice(AT.length))
      .filter((e) => e.includes(' beside '));
    expect(errors).toEqual(expected ? [expected] : []);
  });
});
