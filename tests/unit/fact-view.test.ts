/** The fact view: what every surface shows of a fact, over the real content and small inputs. */
import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/build/content-files.ts';
import {
  articleFacts,
  checksByFact,
  checksShort,
  checksText,
  claimAspects,
  figureLine,
  languageLine,
  passageVoice,
  sourceDateText,
  sourceView,
  statusOf,
  whoseMoney,
} from '../../src/lib/fact-view.ts';
import { articleSchema, type Article } from '../../src/schemas/article.ts';
import type { Check } from '../../src/schemas/claim.ts';
import { rateSchema } from '../../src/schemas/rate.ts';
import { referenceSchema } from '../../src/schemas/reference.ts';
import { en } from '../helpers/messages.ts';
import { spaced } from '../helpers/spaces.ts';

const { files } = readContent(process.cwd());
const article = (id: string) => articleSchema.parse(files.find((f) => f.collection === 'articles' && f.id === id)!.data);
const rates = files.filter((f) => f.collection === 'rates').map((f) => rateSchema.parse(f.data));
const references = new Map(files.filter((f) => f.collection === 'references').map((f) => [f.id, referenceSchema.parse(f.data)]));
const jaliscoArticle = article('jalisco-lab');
const marseilleArticle = article('netflix-marseille');
const jalisco = articleFacts({ article: jaliscoArticle, currency: 'EUR', rates, references, messages: en });
const marseille = articleFacts({ article: marseilleArticle, currency: 'EUR', rates, references, messages: en });
const figure = (facts: typeof jalisco, id: string) => facts.figures.find((f) => f.id === id)!;
const date = (facts: typeof jalisco, id: string) => facts.dates.find((d) => d.id === id)!;

describe('articleFacts: conversion travels with its rate, in every form', () => {
  it('gives a converted figure the rate’s value, date and source, and each form with its rate', () => {
    const f = figure(jalisco, 'netflix-contribution');
    expect(spaced(f.converted)).toMatchObject({ text: '≈ 140,000 EUR', rounded: 140_000, currency: 'EUR' });
    expect(spaced(f.converted!.forms)).toEqual({
      full: '≈ 140,000 EUR',
      plain: 'about 140,000 EUR',
      compact: '≈ 140 thousand EUR',
      axis: '140k',
      short: 'about €140k',
    });
    expect(spaced(f.converted!.rate)).toMatchObject({
      text: '1 EUR = 21.97 MXN',
      value: 21.97,
      date: '2 June 2025',
      iso: '2025-06-02',
      line: '1 EUR = 21.97 MXN, average closing rate of 2 June 2025 (Mexico Daily Post)',
      short: '1 EUR = 21.97 MXN (2 June 2025, Mexico Daily Post)',
    });
    expect(spaced(f.converted!.withRate.short)).toBe('about €140k at 1 EUR = 21.97 MXN (2 June 2025, Mexico Daily Post)');
    expect(spaced(f.converted!.withRate.full)).toBe('≈ 140,000 EUR at 1 EUR = 21.97 MXN, average closing rate of 2 June 2025 (Mexico Daily Post)');
    expect(f.inCurrency).toEqual(f.converted!.forms);
    expect(spaced(figureLine(f, 'plain'))).toBe(
      'about 3 million MXN, period not stated, this initiative (about 140,000 EUR at 1 EUR = 21.97 MXN, average closing rate of 2 June 2025 (Mexico Daily Post)) [value reported the same way elsewhere]',
    );
  });

  it('does not convert a figure already in the target currency, nor any figure without a target', () => {
    expect(figure(marseille, 'national-spend')).toMatchObject({ converted: null, value: 250e6 });
    expect(figure(marseille, 'national-spend').inCurrency!.short).toBe('€250m');
    const none = articleFacts({ article: jaliscoArticle, currency: null, rates, references, messages: en });
    expect(figure(none, 'netflix-contribution')).toMatchObject({ converted: null, value: null, inCurrency: null });
  });
});

describe('whose money, and who says so', () => {
  it('labels Jalisco’s figure as Netflix’s share, estimated by the commission’s director, never as all the money put in', () => {
    const f = figure(jalisco, 'netflix-contribution');
    expect(f.whose).toBe('Netflix’s share');
    expect(f.label).toBe('Netflix’s share, as estimated by Alejandro Tavares (director of Filma Jalisco)');
    expect(JSON.stringify(jalisco.figures)).not.toContain('money put into the initiative');
    expect(figure(marseille, 'national-spend').label).toBe('Netflix’s spending, in the report’s own voice');
    expect(figure(jalisco, 'plai-courses').label).toBe('stated by Carlos Bañuelos (director of PLAi), by our reading');
  });

  it.each([
    ['investment', 'share', 'sponsor', 'Sponsor’s share'],
    ['investment', 'whole', 'sponsor', 'money Sponsor puts in'],
    ['investment', 'share', null, 'one contributor’s share (the report does not say whose)'],
    ['investment', 'whole', null, 'money put in (the report does not say by whom)'],
    ['budget', 'share', 'sponsor', 'Sponsor’s share of the budget'],
    ['budget', 'whole', 'sponsor', 'the budget, paid by Sponsor'],
    ['budget', 'whole', null, 'the budget (the report does not say who pays it)'],
    ['spending', 'whole', 'sponsor', 'Sponsor’s spending'],
    ['spending', 'share', 'sponsor', 'part of Sponsor’s spending'],
    ['spending', 'whole', null, 'spending (the report does not say whose)'],
    ['economic-impact', 'whole', 'sponsor', 'economic impact of Sponsor’s spending'],
    ['economic-impact', 'share', null, 'part of an economic impact'],
  ] as const)('%s, %s, payer %s → %s', (measure, portion, payer, expected) => {
    const withSponsor = { ...jaliscoArticle, institutions: [{ ...jaliscoArticle.institutions[0]!, id: 'sponsor', name: 'Sponsor', aliases: [] }] };
    const money = { ...(jaliscoArticle.amounts[0] as Extract<Article['amounts'][number], { kind: 'money' }>), measure, portion, payer };
    expect(whoseMoney(withSponsor, money, en)).toBe(expected);
  });
});

describe('claim checks: status per aspect, from the checks', () => {
  const check = (aspect: Check['aspect'], finds: Check['finds'], independence: Check['independence'], finding: string | null = null): Check => ({
    reference: 'r',
    aspect,
    finds,
    independence,
    says: 's',
    finding,
  });
  it.each([
    [[check('value', 'agrees', 'independent')], 'confirmed', 'value confirmed by an independent source'],
    [[check('value', 'agrees', 'relay'), check('value', 'agrees', 'relay')], 'relayed', 'value reported the same way elsewhere'],
    [[check('value', 'agrees', 'relay'), check('value', 'agrees', 'independent')], 'confirmed', 'value confirmed by an independent source'],
    [
      [check('value', 'agrees', 'independent'), check('value', 'unclear', 'independent', '200 million in 2024')],
      'unclear',
      'value not settled: 200 million in 2024',
    ],
    [[check('timing', 'contradicts', 'independent', 'a past figure')], 'contradicted', 'timing contradicted: a past figure'],
    [[check('scope', 'unclear', 'relay')], 'unclear', 'scope not settled by other reporting'],
  ] as const)('%j → %s', (checks, status, words) => {
    const [first] = claimAspects({ id: 'c', checks: [...checks] }, en);
    expect(spaced(first)).toMatchObject({ status, words });
  });

  it('Marseille’s 2 billion: the value agrees, its timing is contradicted, and the figure says which', () => {
    const f = figure(marseille, 'economic-contribution');
    expect(f.status).toBe('contradicted');
    expect(f.statusText).toBe('timing contradicted: a 2021–2024 figure, not a forecast; value reported the same way elsewhere');
    expect(f.checks.map((c) => [c.aspect, c.status])).toEqual([
      ['timing', 'contradicted'],
      ['value', 'relayed'],
    ]);
    expect(spaced(figureLine(f))).toBe(
      'about 2 billion EUR, cumulative (“by 2025”), national [timing contradicted: a 2021–2024 figure, not a forecast; value reported the same way elsewhere]',
    );
  });

  it('the 250 million a year is not confirmed: one cited source gives 200 million for 2024', () => {
    expect(spaced(figure(marseille, 'national-spend'))).toMatchObject({ status: 'unclear', statusText: expect.stringContaining('200 million for 2024') });
    expect(marseille.claims.find((c) => c.id === 'claim-national-spend')!.status).toBe('unclear');
  });

  it('Jalisco’s agreement comes from relays of the same officials: reported the same way elsewhere, never confirmed', () => {
    expect(jalisco.claims.map((c) => c.status)).toEqual(['relayed', 'relayed', 'relayed', 'unclear', 'relayed', 'relayed']);
    expect(jalisco.sourcing.claimsLine).toBe('1 not settled · 5 reported the same way elsewhere');
  });

  it('a date carries only the timing and attribution of the checks covering it; a shared horizon does not take another figure’s status', () => {
    const claims = [
      {
        id: 'money',
        claim: 'x',
        claimant: 'report',
        speakerWords: null,
        covers: ['horizon', 'fig'],
        checks: [check('timing', 'contradicts', 'independent'), check('value', 'agrees', 'independent')],
        evidence: 'e',
        gloss: null,
      },
      {
        id: 'jobs',
        claim: 'y',
        claimant: 'report',
        speakerWords: null,
        covers: ['horizon'],
        checks: [check('value', 'unclear', 'independent')],
        evidence: 'e',
        gloss: null,
      },
    ];
    const map = checksByFact({ ...jaliscoArticle, amounts: [], dates: [{ ...jaliscoArticle.dates[1]!, id: 'horizon' }], claims } as unknown as Article, en);
    // The jobs claim's value check does not reach the date: its status is the money claim's timing only.
    expect(map.get('horizon')!.map((c) => [c.claimId, c.aspect])).toEqual([['money', 'timing']]);
    expect(map.get('fig')!.map((c) => c.aspect)).toEqual(['timing', 'value']);
    expect(statusOf(map.get('money')!)).toBe('contradicted');
    expect(map.get('zzz')).toBeUndefined();
  });

  it('every status travels with the fact, not only the bad ones: a relayed figure, date or place says so', () => {
    const f = figure(jalisco, 'netflix-contribution');
    expect(f).toMatchObject({ status: 'relayed', statusText: 'value reported the same way elsewhere', statusShort: 'repeated elsewhere' });
    expect(figureLine(f)).toMatch(/\[value reported the same way elsewhere\]$/);
    expect(date(jalisco, 'expansion-2026')).toMatchObject({ checkStatus: 'relayed', statusText: expect.stringMatching(/reported the same way elsewhere/) });
    expect(jalisco.checks.get('mexico')!.map((c) => c.status)).toEqual(['relayed']);
    // A figure with an unsettled aspect and a relayed one gives both, worst first; where room is short, the worst alone.
    expect(spaced(figure(marseille, 'national-spend'))).toMatchObject({
      statusText: 'value not settled: one source gives 200 million for 2024; scope reported the same way elsewhere',
      statusShort: 'value not settled',
    });
    const independent = claimAspects({ id: 'c', checks: [check('value', 'agrees', 'independent')] }, en);
    expect([statusOf(independent), checksText(independent, en)]).toEqual(['confirmed', 'value confirmed by an independent source']);
    expect([statusOf([]), checksText([], en), checksShort([], en)]).toEqual([null, null, null]);
  });

  it('the real horizons: the 2 billion’s is contradicted, the jobs’ is not', () => {
    expect(date(marseille, 'contribution-horizon').statusText).toBe('timing contradicted: a 2021–2024 figure, not a forecast');
    expect(date(marseille, 'jobs-horizon').checkStatus).toBeNull();
    expect(date(marseille, 'choose-france-month').statusText).toMatch(/^attribution not settled/);
  });
});

describe('articleFacts: measure, totals and parts', () => {
  it('says what each money figure measures', () => {
    expect(figure(jalisco, 'netflix-contribution').measureLabel).toBe('money put in');
    expect(figure(marseille, 'national-spend').measureLabel).toBe('an organisation’s spending');
    expect(figure(marseille, 'economic-contribution').measureLabel).toBe('economic impact');
  });

  it('knows from the report’s own arithmetic which figure is the sum of others', () => {
    expect(figure(marseille, 'economic-contribution').sumOf).toEqual(['contribution-production', 'contribution-education']);
    expect(figure(marseille, 'contribution-production').partOf).toBe('economic-contribution');
    // 20,000 + 5,000 jobs is not "more than 25,000": no total–parts link there.
    expect(figure(marseille, 'jobs-total').sumOf).toEqual([]);
  });

  it('keeps the period as printed and never calls an unstated period one-off', () => {
    expect(figure(marseille, 'economic-contribution').period).toBe('cumulative (“by 2025”)');
    expect(figure(jalisco, 'netflix-contribution').period).toBe('period not stated');
  });
});

describe('dates', () => {
  it('says how each date is known', () => {
    expect(spaced(date(jalisco, 'launch'))).toMatchObject({
      label: '12 July 2025 (inferred)',
      how: 'inferred by us from other reporting',
      basisKind: 'reference',
    });
    expect(date(jalisco, 'expansion-2026')).toMatchObject({ label: '2026', how: 'stated in the report' });
    expect(jalisco.sourcing.datesLine).toBe('3 dates, 2 of them inferred by us (2 from other reporting)');
  });
});

describe('language, voices and sources', () => {
  it('glosses passages not in English and labels the language once, saying when the original language is not known', () => {
    expect(figure(jalisco, 'netflix-contribution')).toMatchObject({ lang: 'fr', gloss: expect.stringContaining('about three million pesos') });
    expect(figure(marseille, 'national-spend').gloss).toBeNull();
    expect(languageLine({ language: 'fr', translatedFrom: 'es' }, en)).toBe('French, translated from Spanish');
    expect(languageLine({ language: 'en', translatedFrom: null }, en)).toBe('English, the original language');
    expect(languageLine({ language: 'en', translatedFrom: 'unknown' }, en)).toBe('English; whether it is a translation is not known');
    expect(marseille.languageLine).toBe('English; whether it is a translation is not known');
  });

  it('says who says a passage from the data: a named person, an unnamed speaker, the report’s own voice', () => {
    const at = (list: 'locations' | 'beneficiaries' | 'institutions', id: string) => jaliscoArticle[list].findIndex((x) => x.id === id);
    // The passage names no speaker: the speaker is our reading (`readings.speaker`), and the label says so.
    expect(passageVoice(jaliscoArticle, 'locations', at('locations', 'mexico'), en)).toBe(
      'Alejandro Tavares (director of Filma Jalisco), by our reading of the report',
    );
    expect(passageVoice(jaliscoArticle, 'beneficiaries', at('beneficiaries', 'women-screenwriters'), en)).toBe(
      'An unnamed speaker (“elle” in the text), by our reading of the report',
    );
    expect(passageVoice(jaliscoArticle, 'institutions', at('institutions', 'netflix'), en)).toBe('The report, in its own voice (no named source)');
    expect(passageVoice(jaliscoArticle, 'amounts', 0, en)).toBe('Alejandro Tavares (director of Filma Jalisco), in the report');
  });

  it('shows a date note beside a reference’s date, and treats only publication dates as such', () => {
    const visit = sourceView('madeinmarseille-2025-10-08', references, en);
    expect(visit).toMatchObject({ published: false });
    expect(spaced(sourceDateText(visit, en))).toBe('8 October 2025 (the day of the visit it reports; our notes give no publication date)');
    expect(sourceView('vallarta-daily-2025-07-14', references, en)).toMatchObject({ published: true, dateNote: null });
    expect(sourceView('lider919-jalisco-netflix', references, en)).toMatchObject({ published: false, date: null });
  });

  it('counts sourcing once, the byline not being a source', () => {
    expect(jalisco.sourcing.line).toBe('4 named people quoted');
    expect(marseille.sourcing.line).toBe('No named person quoted');
    const byline = { ...jaliscoArticle, source: { ...jaliscoArticle.source, byline: 'Alejandro Tavares' } };
    expect(articleFacts({ article: byline, currency: null, rates, references, messages: en }).sourcing.line).toBe('3 named people quoted');
  });
});
