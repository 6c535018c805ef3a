import { describe, expect, it } from 'vitest';
import { alignBy, buildComparison, mapPlaces, type ComparisonView, type Row } from '../../src/lib/compare/index.ts';
import { sourcesSummary } from '../../src/lib/compare/sources.ts';
import { checkContentAt } from '../../src/build/content-files.ts';
import { fixtureCopy } from '../helpers/project.ts';
import { loadComparisons } from './helpers/compare-content.ts';
import { passagesOf } from '../../src/lib/passages.ts';
import { en } from '../helpers/messages.ts';
import { spaced } from '../helpers/spaces.ts';

const FIXTURE = 'tests/fixtures/three-articles';
const fixtures = loadComparisons(FIXTURE);
const real = loadComparisons('.');

const texts = (row: Row | undefined) => row?.cells.map((items) => items.map((i) => i.text));
const hrefs = (view: ComparisonView) =>
  [view.overview, view.money.other, view.partners, view.places, view.focus, view.claims].flat().flatMap((r) =>
    r.cells
      .flat()
      .map((i) => i.href)
      .filter(Boolean),
  );

describe('alignBy', () => {
  const sides: [{ k: string; v: string }[], { k: string; v: string }[]] = [
    [
      { k: 'a', v: 'left a' },
      { k: 'c', v: 'left c' },
    ],
    [
      { k: 'b', v: 'right b' },
      { k: 'a', v: 'right a1' },
      { k: 'a', v: 'right a2' },
    ],
  ];
  it.each([
    [
      ['a', 'b', 'c'],
      ['a', 'b', 'c'],
    ],
    [
      ['c', 'b', 'a'],
      ['c', 'b', 'a'],
    ],
    [['a', 'z'], ['a']],
    [['z'], []],
  ])('order %j keeps only keys present on a side: %j', (order, expected) => {
    const rows = alignBy(
      sides,
      (x) => x.k,
      order,
      (x) => ({ text: x.v, details: [], tags: [], citations: [] }),
      (k) => k.toUpperCase(),
    );
    expect(rows.map((r) => r.id)).toEqual(expected);
  });
  it('puts each side in its own cell, several items per cell, none when absent', () => {
    const rows = alignBy(
      sides,
      (x) => x.k,
      ['a', 'b', 'c'],
      (x) => ({ text: x.v, details: [], tags: [], citations: [] }),
      (k) => k,
    );
    expect(rows.map(texts)).toEqual([
      [['left a'], ['right a1', 'right a2']],
      [[], ['right b']],
      [['left c'], []],
    ]);
  });
});

describe('generality: a third article and a second comparison need only content', () => {
  it('the fixture content passes the real content check', () => {
    expect(checkContentAt(fixtureCopy(FIXTURE)).errors).toEqual([]);
  });

  it('builds both fixture comparisons, covering all three articles', () => {
    expect(fixtures.map((f) => f.id).sort()).toEqual(['northern-vs-riverside', 'riverside-vs-harbour']);
    const used = new Set(fixtures.flatMap((f) => f.input.sides.map((s) => s.id)));
    expect([...used].sort()).toEqual(['harbour-school', 'northern-fund', 'riverside-lab']);
  });

  it.each(fixtures.map((f) => [f.id, f] as const))('%s: every figure links to its passage on its article page', (_id, f) => {
    const view = buildComparison(f.input);
    for (const link of [...hrefs(view), ...view.money.rows.map((r) => r.evidenceHref), ...view.timeline.entries.map((e) => e.href)]) {
      expect(link).toMatch(/^\/base\/articles\/[a-z-]+\/#ev-[a-z0-9-]+$/);
    }
    expect(view.sides.map((s) => s.url)).toEqual(f.input.sides.map((s) => `/base/articles/${s.id}/`));
  });

  it('converts with a rate quoted either way round and names it', () => {
    const view = buildComparison(fixtures.find((f) => f.id === 'northern-vs-riverside')!.input);
    expect(spaced(view.money.rows.map((r) => [r.stated, r.converted?.text, r.converted?.rate.text, r.converted?.rate.source.publisher]))).toEqual([
      ['10 million CAD', '≈ 6,700,000 EUR', '1 CAD = 0.67 EUR', 'Fixture Post'],
      ['about 2 million BRL', '≈ 320,000 EUR', '1 EUR = 6.25 BRL', 'Fixture Wire'],
    ]);
  });

  it('aligns partners by role, leaving a side empty where its report names none', () => {
    const view = buildComparison(fixtures.find((f) => f.id === 'riverside-vs-harbour')!.input);
    expect(view.partners.map((r) => [r.id, ...texts(r)!])).toEqual([
      ['sponsor', ['StreamCo'], ['StreamCo']],
      ['organiser', ['State film office'], []],
      ['beneficiary', [], ['Harbour film school']],
      ['people-quoted', ['Ana Lima'], []],
      ['people-named', [], []],
    ]);
  });

  it('checks a fixture table that does not add up', () => {
    const view = buildComparison(fixtures.find((f) => f.id === 'riverside-vs-harbour')!.input);
    const arithmetic = view.claims.find((r) => r.id === 'arithmetic')!;
    expect(arithmetic.cells[0]).toEqual([]);
    expect(spaced(arithmetic.cells[1].map((i) => [i.text, i.tags[0]?.label]))).toEqual([
      ['Table rows 300 thousand EUR + 200 thousand EUR = 500 thousand EUR, but the report’s figure is 600 thousand EUR.', 'does not add up'],
    ]);
  });

  it('maps only places inside the initiative’s country, never the country itself', () => {
    const northern = fixtures.find((f) => f.id === 'northern-vs-riverside')!.input.sides[0].article;
    expect(mapPlaces(northern).map((p) => p.id)).toEqual(['montreal']);
  });
});

describe('the real comparison', () => {
  const view = buildComparison(real[0]!.input);

  it('converts the one non-euro figure and names rate, date and source', () => {
    const converted = view.money.rows.filter((r) => r.converted);
    expect(spaced(converted.map((r) => [r.stated, r.converted!.text, r.converted!.rate.line]))).toEqual([
      ['about 3 million MXN', '≈ 140,000 EUR', '1 EUR = 21.97 MXN, average closing rate of 2 June 2025 (Mexico Daily Post)'],
    ]);
    expect(view.money.rows.filter((r) => r.converted === null).map((r) => r.side)).toEqual([1, 1, 1, 1]);
  });

  it('marks a table-row passage, whose " | " between cells is ours, and only those', () => {
    const passages = [...passagesOf(real[0]!.input.sides, en).values()];
    const rows = passages.filter((p) => p.tableRow).map((p) => p.text);
    expect(rows).toEqual(expect.arrayContaining(['Film Production | 20,000 | 1.5 billion', 'Education and Training | 5,000 | 500 million']));
    expect(passages.filter((p) => !p.tableRow).every((p) => !p.text.includes(' | '))).toBe(true);
  });

  it('warns that no money figure has the same scope on both sides', () => {
    expect(view.money.warning).toBe(
      'Jalisco Lab’s one money figure covers the initiative itself; Netflix in Marseille’s money figures cover the whole country and a whole region. No figure has the same scope on both sides, so none can be set directly against another.',
    );
  });

  it('says who states each figure', () => {
    expect(view.money.rows.map((r) => [r.side, r.named])).toEqual([
      [0, true],
      [1, false],
      [1, false],
      [1, false],
      [1, false],
    ]);
    expect(view.money.rows[0]!.statedBy).toContain('Alejandro Tavares');
  });

  it('computes the Marseille table arithmetic from the data', () => {
    const cells = view.claims.find((r) => r.id === 'arithmetic')!.cells;
    expect(cells[0]).toEqual([]);
    expect(cells[1].map((i) => i.tags[0]?.label)).toEqual(['adds up', 'rows equal, total says more']);
    expect(spaced(cells[1].map((i) => i.text).join(' '))).toContain(
      '20,000 jobs + 5,000 jobs = exactly 25,000 jobs, while the report’s figure is more than 25,000 jobs',
    );
    // Rows and total of different scopes: the sentence that says they match says so too.
    expect(cells[1].every((i) => i.text.includes('though we record the rows as regional and that figure as national: one number for two scopes'))).toBe(true);
  });

  it('counts sourcing from the data', () => {
    const [jalisco, marseille] = view.facts.map((f) => f.sourcing);
    expect(jalisco).toMatchObject({ quotedPeople: 4, figuresNamed: 4, figures: 4, datesInferred: 2, claims: { relayed: 5, unclear: 1, confirmed: 0 } });
    expect(marseille).toMatchObject({
      namedPeople: 0,
      quotedPeople: 0,
      figuresNamed: 0,
      claims: { contradicted: 1, confirmed: 0 },
      sums: { checked: 2, addUp: 1 },
    });
    expect(view.sourcing.find((r) => r.id === 'claims')!.cells.map((c) => c[0]!.text)).toEqual([
      '1 not settled · 5 reported the same way elsewhere',
      '1 contradicted · 6 not settled',
    ]);
  });

  it('carries a covering check’s status to the timeline table and the chart’s labels', () => {
    expect(view.timeline.entries.find((e) => e.id === 'contribution-horizon')!.check).toEqual({
      status: 'contradicted',
      words: 'timing contradicted: a 2021–2024 figure, not a forecast',
    });
    // The jobs' horizon does not take the 2 billion's status.
    expect(view.timeline.entries.find((e) => e.id === 'jobs-horizon')!.check).toBeNull();
    expect(view.timeline.entries.find((e) => e.id === 'launch')!.check).toBeNull();
    const mark = view.timeline.layout.marks.find((m) => m.key === '1-contribution-horizon')!;
    expect(mark.lines.join(' ')).toContain('(timing contradicted)');
  });

  it('other figures each carry what they count, who says so, period and scope, never a bare number', () => {
    const texts = view.money.other.flatMap((r) => r.cells.flat().map((i) => i.text));
    expect(spaced(texts)).toContain(
      'Free courses PLAi offers, on subjects such as innovation, Industry 4.0 and audiovisual production, not only Jalisco Lab’s: more than 50 courses (stated by Carlos Bañuelos, by our reading), period not stated, whole organisation'.replace(
        '’',
        "'",
      ),
    );
    expect(spaced(texts).find((t) => t.includes('more than 25,000 jobs'))).toMatch(
      /^Jobs the report says “It is estimated” .*: more than 25,000 jobs \(in the report’s own voice\), cumulative \(“by 2025”\), national$/,
    );
    for (const t of texts) expect(t).toMatch(/\), [^,]+, [^,]+$/);
  });

  it('counts the sources the reports were checked against apart from the source of an exchange rate', () => {
    expect(view.sources.filter((s) => s.use === 'rate').map((s) => s.who)).toEqual(['Mexico Daily Post']);
    expect(view.sourcesSummary).toBe('Sources: both reports, the 9 other sources we checked them against and the source of our exchange rate');
    expect(
      sourcesSummary(
        view.sources.filter((s) => s.use !== 'rate'),
        en,
      ),
    ).toBe('Sources: both reports and the 9 other sources we checked them against');
  });

  it('links what each verdict and the finding rest on, status included', () => {
    expect(view.findingRestsOn.length).toBeGreaterThan(0);
    const money = view.restsOn.money.map((l) => l.text);
    expect(spaced(money)).toContain(
      'Netflix in Marseille: about 2 billion EUR (economic impact of Netflix’s spending, in the report’s own voice), cumulative (“by 2025”), national (timing contradicted: a 2021–2024 figure, not a forecast; value reported the same way elsewhere)',
    );
    // A claim's link says which aspect each status is of, its finding beside it, before the claim.
    expect(money).toContain(
      'Netflix in Marseille: timing contradicted (a 2021–2024 figure, not a forecast); value reported the same way elsewhere: The report presents around…',
    );
    expect(money).toContain('Jalisco Lab: value reported the same way elsewhere: Alejandro Tavares, the film…');
    expect(view.restsOn.money.every((l) => /^(\/base\/articles\/[a-z-]+\/#fact-[a-z0-9-]+|https:\/\/)/.test(l.href))).toBe(true);
  });

  it('puts every date on the timeline, in date order, inferred ones marked', () => {
    const dates = view.timeline.entries.map((e) => e.date);
    expect(dates).toEqual([...dates].sort());
    expect(view.timeline.layout.marks.filter((m) => m.inferred)).toHaveLength(3);
    expect(view.timeline.entries.filter((e) => e.status === 'inferred').every((e) => e.basis && e.citation)).toBe(true);
  });
});

describe('our notes on a report shown untranslated', () => {
  const { input } = fixtures[0]!;
  const view = buildComparison({ ...input, sides: [{ ...input.sides[0], notesLang: 'en' }, input.sides[1]] });
  const items = (rows: Row[], side: 0 | 1) => rows.filter((r) => !r.id.startsWith('people')).flatMap((r) => r.cells[side]);

  it('carry their language on the side whose notes are untranslated, in every row that shows them', () => {
    const left = items(view.partners, 0);
    expect(left.length).toBeGreaterThan(0);
    for (const it of left) expect(it.detailLangs?.at(-1), it.text).toBe('en');
    for (const it of items(view.focus, 0)) expect(it.lang, it.text).toBe('en');
    for (const it of items(view.claims, 0)) expect(it.lang, it.text).toBe('en');
    for (const it of items(view.sourcing, 0)) expect(it.detailLangs ?? [], it.text).toEqual(it.detailLangs ? it.details.map(() => 'en') : []);
  });

  it('and nothing on the other side, whose notes are in the reader’s language', () => {
    for (const rows of [view.partners, view.places, view.focus, view.claims, view.sourcing])
      for (const it of items(rows, 1)) {
        expect(it.lang === 'en' && rows !== view.partners, it.text).toBe(false);
        expect(it.detailLangs ?? [], it.text).not.toContain('en');
      }
  });
});
