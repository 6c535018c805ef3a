/** The dataset over the real content: one row per fact, money converted with its rate. */
import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/build/content-files.ts';
import { COLUMNS, csvRows, factRows, flatRow } from '../../src/lib/dataset.ts';
import { factsOf } from '../../src/lib/facts.ts';
import { articleSchema } from '../../src/schemas/article.ts';
import { rateSchema } from '../../src/schemas/rate.ts';
import { referenceSchema } from '../../src/schemas/reference.ts';
import { en } from '../helpers/messages.ts';
import { spaced } from '../helpers/spaces.ts';

const { files } = readContent(process.cwd());
const articles = files
  .filter((f) => f.collection === 'articles')
  .map((f) => ({ id: f.id, data: articleSchema.parse(f.data), currency: 'EUR', pageUrl: `https://o.github.io/r/articles/${f.id}/` }));
const rates = files.filter((f) => f.collection === 'rates').map((f) => rateSchema.parse(f.data));
const references = new Map(files.filter((f) => f.collection === 'references').map((f) => [f.id, referenceSchema.parse(f.data)]));
const rows = factRows(articles, rates, references, en);

describe('factRows', () => {
  it('has one row per fact of every article, in the CSV column order', () => {
    const expected = files.filter((f) => f.collection === 'articles').flatMap((f) => factsOf(f.data).map((x) => `${f.id}/${x.id}`));
    expect(rows.map((r) => `${r.article}/${r.id}`)).toEqual(expected);
    for (const r of rows) expect(Object.keys(flatRow(r))).toEqual([...COLUMNS]);
  });

  it('writes labels with plain spaces, so a search for a figure or a date finds it', () => {
    const labels = rows.flatMap((r) =>
      Object.entries(flatRow(r))
        .filter(([key]) => key.startsWith('label'))
        .map(([, text]) => text as string),
    );
    expect(labels.some((l) => l.includes('250 million EUR'))).toBe(true);
    expect(labels.filter((l) => /[\u00a0\u202f]/.test(l))).toEqual([]);
  });

  it('converts MXN to EUR with the dated rate and names it', () => {
    const row = rows.find((r) => r.article === 'jalisco-lab' && r.id === 'netflix-contribution')!;
    expect(row).toMatchObject({
      type: 'amount',
      amount_value: 3_000_000,
      amount_currency: 'MXN',
      converted_currency: 'EUR',
      converted_value_rounded: 140_000,
      rate_base: 'EUR',
      rate_quote: 'MXN',
      rate_value: 21.97,
      rate_date: '2025-06-02',
    });
    expect(row.converted_value).toBeCloseTo(3_000_000 / 21.97, 6);
    expect(row.rate_source_url).toBe('https://mexicodailypost.news/2025/06/02/euro-closing-price-today-june-2-in-mexico');
    expect(row.url).toBe('https://o.github.io/r/articles/jalisco-lab/#fact-netflix-contribution');
  });

  it('leaves the rate empty when no conversion is needed, and money columns empty for other facts', () => {
    const eur = rows.find((r) => r.id === 'national-spend')!;
    expect(eur).toMatchObject({ amount_value: 250_000_000, converted_value: 250_000_000, rate_value: null });
    const person = rows.find((r) => r.type === 'person')!;
    expect(person.amount_value).toBeNull();
    expect(person.fields).not.toHaveProperty('evidence');
  });

  it('says in the label when a date is inferred and when a claim check covers the fact', () => {
    const label = (id: string) => rows.find((r) => r.id === id)!.label;
    expect(spaced(label('launch'))).toBe(
      '12 July 2025 (inferred by us from other reporting): Jalisco Lab officially launched, with a ceremony and its first masterclass',
    );
    expect(spaced(label('economic-contribution'))).toBe(
      "Economic impact of Netflix’s spending, in the report’s own voice: about 2 billion EUR, cumulative (“by 2025”), national [timing contradicted: a 2021–2024 figure, not a forecast; value reported the same way elsewhere]; what it counts: Expected contribution of Netflix's investments to the French economy",
    );
    expect(spaced(label('netflix-contribution'))).toBe(
      "Netflix’s share, as estimated by Alejandro Tavares (director of Filma Jalisco): about 3 million MXN, period not stated, this initiative (≈ 140,000 EUR at 1 EUR = 21.97 MXN, average closing rate of 2 June 2025 (Mexico Daily Post)) [value reported the same way elsewhere]; what it counts: Netflix's participation in Jalisco Lab, as estimated by the film commission's director (the exact amount was not given)",
    );
    // Every status travels, not only the bad ones: a relayed place or date says so too.
    expect(label('mexico')).toMatch(/ \[value reported the same way elsewhere\]$/);
    expect(label('expansion-2026')).toMatch(/reported the same way elsewhere\]$/);
    expect(rows.find((r) => r.id === 'economic-contribution')).toMatchObject({ check_status: 'contradicted', check_claims: 'claim-two-billion' });
    expect(label('claim-two-billion')).toMatch(
      /\(our check: timing contradicted: a 2021–2024 figure, not a forecast; value reported the same way elsewhere\)$/,
    );
    expect(rows.find((r) => r.id === 'claim-netflix-amount')).toMatchObject({ check_status: 'relayed', check_claims: 'claim-netflix-amount' });
    // What the figure counts travels with it, hedge included (“It is estimated”).
    expect(spaced(label('jobs-total'))).toMatch(
      /^In the report’s own voice: more than 25,000 jobs, cumulative \(“by 2025”\), national \[value not settled: no job figure in the other reporting we hold\]; what it counts: Jobs the report says “It is estimated” /,
    );
    expect(spaced(label('choose-france-month'))).toBe(
      'May 2025 (stated in the report): Netflix announces the two Marseille projects at the 8th Choose France summit [attribution not settled: no source we hold says the Marseille projects were announced there; timing reported the same way elsewhere]',
    );
  });

  it('flattens fields to JSON for the CSV', () => {
    const flat = csvRows(rows);
    expect(typeof flat[0]!.fields).toBe('string');
    expect(JSON.parse(String(flat[0]!.fields))).toEqual(rows[0]!.fields);
  });
});
