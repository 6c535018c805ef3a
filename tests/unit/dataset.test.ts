/** The dataset over the real content: one row per fact, money converted with its rate. */
import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/build/content-files.ts';
import { COLUMNS, csvRows, factRows } from '../../src/lib/dataset.ts';
import { factsOf } from '../../src/lib/facts.ts';
import { articleSchema } from '../../src/schemas/article.ts';
import { rateSchema } from '../../src/schemas/rate.ts';
import { referenceSchema } from '../../src/schemas/reference.ts';

const { files } = readContent(process.cwd());
const articles = files
  .filter((f) => f.collection === 'articles')
  .map((f) => ({ id: f.id, data: articleSchema.parse(f.data), currency: 'EUR', pageUrl: `https://o.github.io/r/articles/${f.id}/` }));
const rates = files.filter((f) => f.collection === 'rates').map((f) => rateSchema.parse(f.data));
const references = new Map(files.filter((f) => f.collection === 'references').map((f) => [f.id, referenceSchema.parse(f.data)]));
const rows = factRows(articles, rates, references);

describe('factRows', () => {
  it('has one row per fact of every article, in the CSV column order', () => {
    const expected = files.filter((f) => f.collection === 'articles').flatMap((f) => factsOf(f.data).map((x) => `${f.id}/${x.id}`));
    expect(rows.map((r) => `${r.article}/${r.id}`)).toEqual(expected);
    for (const r of rows) expect(Object.keys(r)).toEqual([...COLUMNS]);
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
    expect(label('launch')).toBe(
      '2025-07-12 (inferred by us from other reporting): Jalisco Lab officially launched, with a ceremony and its first masterclass',
    );
    expect(label('economic-contribution')).toBe('about 2 billion EUR [contradicted by other reporting]');
    expect(rows.find((r) => r.id === 'economic-contribution')).toMatchObject({ check_status: 'contradicted', check_claims: 'claim-two-billion' });
    expect(label('claim-two-billion')).toMatch(/\(our check: contradicted by other reporting\)$/);
    expect(label('jobs-total')).toBe('more than 25,000 jobs [not settled by other reporting]');
  });

  it('flattens fields to JSON for the CSV', () => {
    const flat = csvRows(rows);
    expect(typeof flat[0]!.fields).toBe('string');
    expect(JSON.parse(String(flat[0]!.fields))).toEqual(rows[0]!.fields);
  });
});
