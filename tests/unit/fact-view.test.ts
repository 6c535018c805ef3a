/** The fact view: what every surface shows of a fact, over the real content and small inputs. */
import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/build/content-files.ts';
import { articleFacts, checksByFact, convertedText, figureLine, languageLine, sourceDateText, sourceView, statusOf } from '../../src/lib/fact-view.ts';
import { articleSchema, type Article } from '../../src/schemas/article.ts';
import { rateSchema } from '../../src/schemas/rate.ts';
import { referenceSchema } from '../../src/schemas/reference.ts';

const { files } = readContent(process.cwd());
const article = (id: string) => articleSchema.parse(files.find((f) => f.collection === 'articles' && f.id === id)!.data);
const rates = files.filter((f) => f.collection === 'rates').map((f) => rateSchema.parse(f.data));
const references = new Map(files.filter((f) => f.collection === 'references').map((f) => [f.id, referenceSchema.parse(f.data)]));
const jalisco = articleFacts({ article: article('jalisco-lab'), currency: 'EUR', rates, references });
const marseille = articleFacts({ article: article('netflix-marseille'), currency: 'EUR', rates, references });
const figure = (facts: typeof jalisco, id: string) => facts.figures.find((f) => f.id === id)!;

describe('articleFacts: conversion travels with its rate', () => {
  it('gives a converted figure the rate’s value, date and source in one format', () => {
    const f = figure(jalisco, 'netflix-contribution');
    expect(f.converted).toMatchObject({ text: '≈ 140,000 EUR', plain: 'about 140,000 EUR', rounded: 140_000, currency: 'EUR' });
    expect(f.converted!.rate).toMatchObject({
      text: '1 EUR = 21.97 MXN',
      value: 21.97,
      date: '2 June 2025',
      line: '1 EUR = 21.97 MXN, average closing rate of 2 June 2025 (Mexico Daily Post)',
    });
    expect(convertedText(f.converted!)).toBe('≈ 140,000 EUR at 1 EUR = 21.97 MXN, average closing rate of 2 June 2025 (Mexico Daily Post)');
    expect(figureLine(f, { plain: true })).toBe(
      'about 3 million MXN (about 140,000 EUR at 1 EUR = 21.97 MXN, average closing rate of 2 June 2025 (Mexico Daily Post))',
    );
  });

  it('does not convert a figure already in the target currency, nor any figure without a target', () => {
    expect(figure(marseille, 'national-spend')).toMatchObject({ converted: null, value: 250e6 });
    const none = articleFacts({ article: article('jalisco-lab'), currency: null, rates, references });
    expect(figure(none, 'netflix-contribution')).toMatchObject({ converted: null, value: null });
  });
});

describe('articleFacts: status travels with the figure', () => {
  it('marks figures and dates covered by a contradicted or unclear check, worst first', () => {
    expect(figure(marseille, 'economic-contribution')).toMatchObject({ status: 'contradicted' });
    expect(figure(marseille, 'jobs-total')).toMatchObject({ status: 'unclear' });
    expect(figure(marseille, 'national-spend')).toMatchObject({ status: null });
    expect(figure(marseille, 'national-spend').checks.map((c) => c.status)).toEqual(['confirmed']);
    const horizon = marseille.dates.find((d) => d.id === 'jobs-horizon')!;
    expect(horizon.checks.map((c) => c.status)).toEqual(['contradicted', 'unclear']);
    expect(horizon.checkStatus).toBe('contradicted');
    expect(figureLine(figure(marseille, 'economic-contribution'))).toBe('about 2 billion EUR [contradicted by other reporting]');
  });

  it('covers any fact a claim names, and a confirmed check needs no warning', () => {
    const claims = [
      { id: 'c1', claim: 'x', claimant: 'report', status: 'unclear', covers: ['a', 'b'], checks: [], evidence: 'e' },
      { id: 'c2', claim: 'y', claimant: 'report', status: 'confirmed', covers: ['a'], checks: [], evidence: 'e' },
    ];
    const map = checksByFact({ claims } as unknown as Article);
    expect(map.get('a')!.map((c) => c.claimId)).toEqual(['c1', 'c2']);
    expect(statusOf(map.get('a')!)).toBe('unclear');
    expect(statusOf(map.get('c2')!)).toBeNull();
    expect(map.get('zzz')).toBeUndefined();
  });
});

describe('articleFacts: measure, totals and parts', () => {
  it('says what each money figure measures', () => {
    expect(jalisco.figures.filter((f) => f.kind === 'money').map((f) => [f.id, f.measureLabel])).toEqual([
      ['netflix-contribution', 'money put into the initiative'],
    ]);
    expect(figure(marseille, 'national-spend').measureLabel).toBe('an organisation’s spending');
    expect(figure(marseille, 'economic-contribution').measureLabel).toBe('estimated economic impact');
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

describe('language and sources', () => {
  it('glosses passages not in English and labels the language once', () => {
    expect(figure(jalisco, 'netflix-contribution')).toMatchObject({ lang: 'fr', gloss: expect.stringContaining('about three million pesos') });
    expect(figure(marseille, 'national-spend').gloss).toBeNull();
    expect(languageLine({ language: 'fr', translatedFrom: 'es' })).toBe('French, translated from Spanish');
    expect(languageLine({ language: 'en', translatedFrom: null })).toBe('English, the original language');
  });

  it('shows a date note beside a reference’s date, and treats only publication dates as such', () => {
    const visit = sourceView('madeinmarseille-2025-10-08', references);
    expect(visit).toMatchObject({ published: false });
    expect(sourceDateText(visit)).toBe('8 October 2025 (report of a visit on 8 October 2025)');
    expect(sourceView('vallarta-daily-2025-07-14', references)).toMatchObject({ published: true, dateNote: null });
    expect(sourceView('lider919-jalisco-netflix', references)).toMatchObject({ published: false, date: null });
  });

  it('counts sourcing once, the byline not being a source', () => {
    expect(jalisco.sourcing.line).toBe('4 named people quoted');
    expect(marseille.sourcing.line).toBe('No named person quoted');
  });
});
