/** Site-wide copy follows the data: counts of reports, card wording, the site file's errors. */
import { describe, expect, it } from 'vitest';
import { cardArticle, cardFigure, cardMeasure, sideBySideCaveat, siteCards } from '../../src/lib/cards.ts';
import { articleFacts, type FigureView } from '../../src/lib/fact-view.ts';
import { reports, theReports } from '../../src/lib/counts.ts';
import { checkContentAt } from '../../src/build/content-files.ts';
import { fixtureCopy } from '../helpers/project.ts';
import { parseSiteCopy } from '../../src/lib/site-copy.ts';
import { loadComparisons } from './helpers/compare-content.ts';
import { en } from '../helpers/messages.ts';

const many = loadComparisons('tests/fixtures/many-reports');
const articlesOf = (n: number) => [...many[0]!.articles].slice(0, n).map(([id, data]) => ({ id, data }));
const rates = many[0]!.input.rates;
const references = many[0]!.input.references;

describe('counts', () => {
  it.each([
    [1, 'one report', 'the report'],
    [2, 'two reports', 'both reports'],
    [3, 'three reports', 'all three reports'],
    [12, '12 reports', 'all 12 reports'],
  ])('%i → %s, %s', (n, plain, whole) => {
    expect(reports(n, en)).toBe(plain);
    expect(theReports(n, en)).toBe(whole);
  });
});

describe('cards follow the number of reports', () => {
  it.each([
    [2, 'Two reports, checked', 'Every fact of both reports, as CSV and JSON'],
    [3, 'Three reports, checked', 'Every fact of all three reports, as CSV and JSON'],
    [4, 'Four reports, checked', 'Every fact of all four reports, as CSV and JSON'],
  ])('%i reports: home kicker and data card title', (n, kicker, dataTitle) => {
    const cards = new Map(siteCards({ articles: articlesOf(n), comparisons: [], rates, references }, en).map((c) => [c.key, c.model]));
    expect(cards.get('home')).toMatchObject({ kind: 'home', kicker });
    expect(cards.get('data')).toMatchObject({ title: dataTitle });
  });

  it('a comparison card sets two figures of one measure, and names what differs between them', () => {
    const cards = siteCards(
      {
        articles: articlesOf(many[0]!.articles.size),
        comparisons: many.map((c) => ({
          id: c.id,
          data: { title: c.id, currency: c.input.currency, verdicts: c.input.verdicts, published: '2026-01-01' },
          articles: [c.input.sides[0].id, c.input.sides[1].id],
        })),
        rates,
        references,
      },
      en,
    );
    for (const c of many) {
      const card = cards.find((x) => x.key === `comparison-${c.id}`)!.model;
      const [left, right] = c.input.sides.map((s) => cardArticle(s.article, c.input.currency, rates, references, en).facts);
      const measure = cardMeasure(left!, right!);
      const [a, b] = [cardFigure(left!, measure), cardFigure(right!, measure)];
      if (a && b) expect(a.measure, c.id).toBe(b.measure);
      if (card.kind !== 'comparison') throw new Error('wrong kind');
      expect(card.footnote, c.id).toBe((a && b && sideBySideCaveat(a, b, en)) ?? '');
      expect(card.footnote, c.id).not.toContain('periods or scopes differ');
      for (const [side, figure] of [
        [card.left, a],
        [card.right, b],
      ] as const)
        if (!figure) expect(side.big, c.id).toBe('Not given');
    }
  });

  it('sideBySideCaveat: names each difference; two unstated periods are said to be unstated, not to differ', () => {
    const { article } = many[0]!.input.sides[0];
    const f = articleFacts({ article, currency: 'EUR', rates, references, messages: en }).figures.find((x) => x.kind === 'money')!;
    const as = (change: Partial<FigureView>): FigureView => ({ ...f, ...change });
    const unstated = as({ periodKey: 'unspecified', period: 'period not stated' });
    expect(sideBySideCaveat(f, f, en)).toBeNull();
    expect(sideBySideCaveat(unstated, unstated, en)).toBe('Neither report states a period for its figure.');
    expect(sideBySideCaveat(as({ periodKey: 'one-off', period: 'one-off' }), as({ periodKey: 'per-year', period: 'per year' }), en)).toBe(
      'Their periods differ (one-off; per year).',
    );
    expect(sideBySideCaveat(unstated, as({ periodKey: 'one-off', period: 'one-off' }), en)).toBe('Their periods differ (period not stated; one-off).');
    expect(sideBySideCaveat(as({ scopeKey: 'national', scope: 'national' }), as({ scopeKey: 'programme', scope: 'this initiative' }), en)).toBe(
      'Their scopes differ (national; this initiative).',
    );
    expect(sideBySideCaveat(as({ portion: 'share' }), as({ portion: 'whole' }), en)).toBe('One is a share of a larger total, the other a whole.');
  });
});

describe('content/site.yaml', () => {
  it('the site’s description names no count of reports', () => {
    expect(en.t('site.description')).not.toMatch(/\b(two|both)\b/i);
  });
  it.each([
    ['name: [', '(yaml): malformed YAML'],
    ['dataLicence: { name: L, url: "https://x.org/" }', 'content/site.yaml → locales:'],
    ['locales: []\ndataLicence: { name: L, url: "https://x.org/" }', 'content/site.yaml → locales: list at least one language'],
    ['locales: [English]\ndataLicence: { name: L, url: "https://x.org/" }', 'content/site.yaml → locales.0:'],
    ['locales: [en, en]\ndataLicence: { name: L, url: "https://x.org/" }', 'content/site.yaml → locales: a language is listed twice'],
    ['locales: [en]\ndataLicence: { name: L, url: "javascript:x" }', 'content/site.yaml → dataLicence.url:'],
    ['locales: [en]\nkeyword: [x]\ndataLicence: { name: L, url: "https://x.org/" }', 'keyword'],
  ])('refuses %j naming the file and field', (source, message) => {
    const result = parseSiteCopy(source);
    expect('issues' in result && result.issues.map((i) => `${i.file} → ${i.field}: ${i.message}`).join('\n')).toContain(message);
  });

  it('the content check reports a missing site file with the content errors', () => {
    expect(checkContentAt('tests/fixtures/bad-content/unknown-role').errors.join('\n')).toContain('content/site.yaml → (file): missing');
    expect(checkContentAt(fixtureCopy('tests/fixtures/many-reports')).errors.join('\n')).not.toContain('site.yaml');
  });

  it('a content set without its catalogues fails naming each missing file; a fixture is given the repository’s', () => {
    // The fixture as written holds no catalogue: an editor's content set like it fails by name.
    expect(checkContentAt('tests/fixtures/many-reports').errors).toEqual(
      expect.arrayContaining([expect.stringContaining('content/i18n/en.yaml'), expect.stringContaining('content/i18n/fr.yaml')]),
    );
    expect(checkContentAt(fixtureCopy('tests/fixtures/many-reports')).errors).toEqual([]);
  });
});
