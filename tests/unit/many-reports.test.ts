/** The many-reports fixture through the view models: the rarer schema cases reach the reader, labelled. */
import { describe, expect, it } from 'vitest';
import { articleSections } from '../../src/lib/article-view.ts';
import { buildComparison } from '../../src/lib/compare/index.ts';
import { checkContentAt } from '../../src/build/content-files.ts';
import { loadComparisons } from './helpers/compare-content.ts';

const ROOT = 'tests/fixtures/many-reports';
const comparisons = loadComparisons(ROOT);
const coast = comparisons.find((c) => c.id === 'coast-crews-vs-riverside-lab')!;
const view = buildComparison(coast.input);
const texts = (rows: { cells: { text: string }[][] }[]) => rows.flatMap((r) => r.cells.flat().map((i) => i.text));

describe('the many-reports fixture', () => {
  it('passes the content check: four reports, four currencies, three comparisons, one report in two', () => {
    expect(checkContentAt(ROOT).errors).toEqual([]);
    const articles = comparisons[0]!.articles;
    expect(articles.size).toBeGreaterThanOrEqual(4);
    expect(new Set([...articles.values()].map((a) => a.initiative.country)).size).toBeGreaterThanOrEqual(3);
    expect(new Set([...articles.values()].flatMap((a) => a.amounts.flatMap((x) => (x.kind === 'money' ? [x.currency] : [])))).size).toBeGreaterThanOrEqual(3);
    expect(comparisons.length).toBeGreaterThanOrEqual(3);
    const uses = comparisons.flatMap((c) => c.input.sides.map((s) => s.id));
    expect(uses.some((id) => uses.filter((x) => x === id).length >= 2)).toBe(true);
  });

  it('a currency the report does not name travels with its figure, with our reading', () => {
    const dollars = view.money.rows.filter((r) => r.stated.includes('AUD'));
    expect(dollars.length).toBeGreaterThan(0);
    for (const r of dollars) expect(r.currencyBasis).toMatch(/bare “\$”/);
  });

  it('an approximate rate says "about"', () => {
    expect(view.money.rows.find((r) => r.stated.includes('BRL'))!.converted!.rate.text).toBe('1 EUR = about 6.3 BRL');
  });

  it('an undated planned event is listed last in the timeline table and left off the axis', () => {
    const last = view.timeline.entries.at(-1)!;
    expect(last).toMatchObject({ date: null, status: 'undated', planned: true });
    expect(view.timeline.layout.marks.some((m) => m.key.endsWith('second-intake'))).toBe(false);
  });

  it('a claim no other source covers is labelled so, with no tone of a finding', () => {
    expect(texts(view.claims)).toContain('The report says the pilot is the first of its kind in regional Australia.');
    expect(view.claims.map((r) => r.label)).toContain('No other source to check against');
  });

  it("a date inferred from the report's own metadata says so, and cites no other reporting", () => {
    const article = coast.articles.get('coast-crews')!;
    const dates = articleSections(article, coast.input.references, new Map()).find((s) => s.id === 'dates')!;
    const announced = dates.facts.find((f) => f.id === 'announced')!;
    expect(announced.details.join(' ')).toContain('Inferred from the report’s own metadata');
    expect(announced.citations).toEqual([]);
    expect(dates.facts.find((f) => f.id === 'second-intake')!.title).toBe('No date given');
  });
});
