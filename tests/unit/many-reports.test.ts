/** The many-reports fixture through the view models: the rarer schema cases reach the reader, labelled. */
import { describe, expect, it } from 'vitest';
import { articleSections } from '../../src/lib/article-view.ts';
import { cardAlt, siteCards, type CardContent } from '../../src/lib/cards.ts';
import { buildComparison } from '../../src/lib/compare/index.ts';
import { factRows } from '../../src/lib/dataset.ts';
import { articleFacts } from '../../src/lib/fact-view.ts';
import { keySides } from '../../src/lib/first-screen.ts';
import { passagesOf } from '../../src/lib/passages.ts';
import { checkContentAt } from '../../src/build/content-files.ts';
import { fixtureCopy } from '../helpers/project.ts';
import { loadComparisons } from './helpers/compare-content.ts';
import { en } from '../helpers/messages.ts';
import { spaced } from '../helpers/spaces.ts';

const ROOT = 'tests/fixtures/many-reports';
const comparisons = loadComparisons(ROOT);
const coast = comparisons.find((c) => c.id === 'coast-crews-vs-riverside-lab')!;
const delta = comparisons.find((c) => c.id === 'riverside-lab-vs-delta-studio')!;
const view = buildComparison(coast.input);
const deltaView = buildComparison(delta.input);
const { rates, references } = coast.input;
const articles = coast.articles;
const cardContent: CardContent = {
  articles: [...articles].map(([id, data]) => ({ id, data })),
  comparisons: comparisons.map((c) => ({
    id: c.id,
    data: { title: c.id, currency: c.input.currency, verdicts: c.input.verdicts, published: '2027-01-01' },
    articles: [c.input.sides[0].id, c.input.sides[1].id],
  })),
  rates,
  references,
};
const cards = new Map(siteCards(cardContent, en).map((c) => [c.key, c.model]));
const rows = factRows(
  [...articles].map(([id, data]) => ({ id, data, currency: 'EUR', pageUrl: `https://x.example/articles/${id}/` })),
  rates,
  references,
  en,
);
const row = (article: string, id: string) => rows.find((r) => r.article === article && r.id === id)!;
const texts = (rows: { cells: { text: string }[][] }[]) => rows.flatMap((r) => r.cells.flat().map((i) => i.text));

describe('the many-reports fixture', () => {
  it('passes the content check: five reports, four currencies, four comparisons, one report in two', () => {
    expect(checkContentAt(fixtureCopy(ROOT)).errors).toEqual([]);
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
    const dates = articleSections(article, coast.input.references, new Map(), en).find((s) => s.id === 'dates')!;
    const announced = dates.facts.find((f) => f.id === 'announced')!;
    expect(announced.details.join(' ')).toContain('Inferred by us from the report’s own metadata');
    expect(announced.details.join(' ')).not.toContain('other reporting');
    expect(announced.citations).toEqual([]);
    expect(dates.facts.find((f) => f.id === 'second-intake')!.title).toBe('No date given');
  });
});

describe('labels that must not break with other reports', () => {
  it('a date inferred from the report’s metadata never reads “from other reporting”, on any surface', () => {
    expect(spaced(row('coast-crews', 'announced').label)).toBe('16 February 2026 (inferred by us from the report’s own metadata): Pilot announced');
    expect(view.timeline.entries.find((e) => e.id === 'announced')!.how).toBe('inferred by us from the report’s own metadata');
    const sourcing = view.sourcing.find((r) => r.id === 'dates')!.cells[0]![0]!.text;
    expect(sourcing).toBe('3 dates, 1 of them inferred by us (1 from the report’s own metadata)');
  });

  it('an undated event never reads “null (stated in the report)” in the downloads', () => {
    expect(row('coast-crews', 'second-intake').label).toBe('No date given (no date in the report): A second intake of trainees');
    expect(rows.map((r) => r.label).join('\n')).not.toMatch(/null|undefined/);
    expect(view.timeline.entries.find((e) => e.id === 'second-intake')).toMatchObject({ text: 'No date given', how: 'no date in the report' });
  });

  it('an unchecked claim is not counted as “0 confirmed, 0 contradicted, 0 unclear”', () => {
    const coastFacts = view.facts[0];
    expect(coastFacts.sourcing.claimsLine).toBe('None checked against other reporting (1 with no other source to check against)');
    expect(view.sourcing.find((r) => r.id === 'claims')!.cells[0]![0]!.text).toBe(coastFacts.sourcing.claimsLine);
    expect(keySides(view, en).sides[0].claims).toBe('1 with no other source');
    expect(row('coast-crews', 'claim-first-of-kind')).toMatchObject({
      check_status: 'unchecked',
      label: expect.stringContaining('(our check: no other source to check against)'),
    });
  });

  it('a card does not say the periods “differ” when neither report states one; it says so, and names other differences', () => {
    const card = cards.get('comparison-riverside-lab-vs-delta-studio')!;
    if (card.kind !== 'comparison') throw new Error('wrong kind');
    expect(card.footnote).toBe('Neither report states a period for its figure. One is a share of a larger total, the other a whole.');
    const other = cards.get('comparison-coast-crews-vs-riverside-lab')!;
    expect(other.kind === 'comparison' && other.footnote).toBe('Their periods differ (cumulative (“over the three years”); period not stated).');
  });

  it('a ratio of two conversions made at rates years apart carries a caveat with the rates’ dates', () => {
    const group = view.money.chart.groups.find((g) => g.measure === 'investment')!;
    expect(group.dots).toHaveLength(2);
    expect(spaced(group.note)).toContain('converted at rates of 1 March 2024 and 16 February 2026, about 2 years apart');
  });
});

describe('whose money, who says it, what is not known', () => {
  const deltaFacts = deltaView.facts[1];

  it('a share of a larger total says whose share it is and who says so, on the key figures, card and alt text', () => {
    const share = deltaFacts.figures.find((f) => f.id === 'streamco-share')!;
    expect(share.label).toBe('StreamCo’s share, as estimated by João Reis (a city councillor), by our reading');
    expect(keySides(deltaView, en).sides[1].lead!.label).toBe(share.label);
    const card = cards.get('comparison-riverside-lab-vs-delta-studio')!;
    expect(card.kind === 'comparison' && card.right.figureNote).toContain(share.labelBrief);
    expect(cardAlt(card, en)).toContain(share.labelBrief);
    expect(row('delta-studio', 'streamco-share').label).toMatch(/^StreamCo’s share, as estimated by João Reis/);
    const stipend = view.facts[0].figures.find((f) => f.id === 'stipend')!;
    expect(stipend.label).toBe(
      'the budget (the report does not say who pays it), as stated by Mia Roberts (who chaired the regional screen office for over 20 years), by our reading',
    );
  });

  it('a byline that names a quoted person does not count as a source: card and page say the same', () => {
    expect(deltaFacts.sourcing.line).toBe('1 named person quoted');
    const card = cards.get('comparison-riverside-lab-vs-delta-studio')!;
    expect(card.kind === 'comparison' && card.right.sourcing).toBe(deltaFacts.sourcing.line);
    const articleCard = cards.get('article-delta-studio')!;
    expect(articleCard.kind === 'article' && articleCard.lines[0]).toContain('1 named person quoted');
  });

  it('an unknown original language is said to be unknown, never “the original language”', () => {
    expect(deltaFacts.languageLine).toBe('English; whether it is a translation is not known');
    expect(deltaView.sourcing.find((r) => r.id === 'language')!.cells[1]![0]!.text).toBe(deltaFacts.languageLine);
  });

  it('an unnamed speaker is named as such in the passages, with the words the text uses', () => {
    const passages = [...passagesOf(delta.input.sides, en).values()];
    expect(passages.find((p) => p.text === 'the school will train 40 people a year')!.by).toBe(
      'An unnamed speaker (“A teacher who asked not to be named” in the text), by our reading of the report',
    );
    expect(passages.find((p) => p.text === 'StreamCo will put in about 400,000 euros')!.by).toBe('João Reis (a city councillor), by our reading of the report');
    expect(passages.find((p) => p.text.startsWith('StreamCo joins Delta Studio, the'))!.by).toBe('The report, in its own voice (no named source)');
  });

  it('the article page says who says each passage, from the same data', () => {
    const sections = articleSections(articles.get('delta-studio')!, references, new Map(), en);
    const by = (id: string) => sections.flatMap((s) => s.facts).find((f) => f.id === id)!.by;
    expect(by('animators-trained')).toBe('An unnamed speaker (“A teacher who asked not to be named” in the text), by our reading of the report');
    expect(by('porto-city')).toBe('João Reis (a city councillor), by our reading of the report');
    expect(by('initiative')).toBe('The report, in its own voice (no named source)');
    // Recorded nowhere: the report's own voice, the default.
    expect(articleSections(articles.get('northern-fund')!, references, new Map(), en)[0]!.facts[0]!.by).toBe('The report, in its own voice (no named source)');
  });

  it('agreement from a relay reads “reported the same way elsewhere”; a shared horizon carries only the timing checks', () => {
    expect(deltaFacts.claims.find((c) => c.id === 'claim-share')).toMatchObject({ status: 'relayed', words: 'value reported the same way elsewhere' });
    const horizon = deltaFacts.dates.find((d) => d.id === 'films-horizon')!;
    expect(horizon.checks.map((c) => [c.claimId, c.aspect, c.status])).toEqual([['claim-films', 'timing', 'contradicted']]);
    expect(horizon.statusText).toBe("timing contradicted: the school's plan puts the first films in 2031");
    expect(articleFacts({ article: articles.get('delta-studio')!, currency: null, rates, references, messages: en }).claims.map((c) => c.status)).toEqual([
      'relayed',
      'contradicted',
      'unclear',
    ]);
  });
});
