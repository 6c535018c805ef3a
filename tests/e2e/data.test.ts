/**
 * Data downloads over the built site: CSV (RFC 4180) and JSON parse and hold every fact of every
 * article, one row each, with evidence, and money rows of a compared report carry the converted
 * amount and the rate;
 * the JSON Schema is a valid draft 2020-12 schema that accepts the real frontmatter; the /data/
 * page's Dataset JSON-LD points at files that resolve.
 */
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../helpers/csv.ts';
import { readContent } from '../../src/build/content-files.ts';
import { datasetColumns } from '../../src/lib/dataset.ts';
import { editionsOf } from './pages.ts';
import { factsOf } from '../../src/lib/facts.ts';
import { baseUrl, contentRoot, distDir, get, jsonLdOf, local } from './seo-helpers.ts';

// One dataset: the default edition's label, then one label_<lang> column per other edition.
const COLUMNS = datasetColumns(editionsOf(distDir).others);

const content = readContent(contentRoot).files;
const articles = content.filter((f) => f.collection === 'articles');
/** Reports in a comparison: their money is converted into its currency (a report in none has no currency to convert into). */
const compared = new Set(content.filter((f) => f.collection === 'comparisons').flatMap((f) => (f.data as { articles: string[] }).articles));
const expected = articles.flatMap((a) => factsOf(a.data).map((f) => ({ article: a.id, id: f.id, evidence: f.evidence })));
const key = (r: { article: string; id: string }) => `${r.article}/${r.id}`;

const csvFile = await (await get(`${baseUrl}data/facts.csv`)).text();
// One comment line, then RFC 4180.
const [comment, csvText] = [csvFile.slice(0, csvFile.indexOf('\r\n')), csvFile.slice(csvFile.indexOf('\r\n') + 2)];
const json = (await (await get(`${baseUrl}data/facts.json`)).json()) as {
  facts: Record<string, unknown>[];
  rates: unknown[];
  licence: { name: string };
  verification: { line: string; texts: { article: string; sha256: string }[] };
};

describe('facts.csv', () => {
  const [header, ...rows] = parseCsv(csvText);

  it('opens with one comment line: the verification record of the data, as facts.json has it', () => {
    expect(comment).toBe(`# ${json.verification.line}`);
    expect(comment).toMatch(/^# Verification: (\d+) of \1 passages found verbatim in /);
    expect(json.verification.texts.map((t) => t.article).sort()).toEqual(articles.map((a) => a.id).sort());
    for (const t of json.verification.texts) expect(t.sha256).toMatch(/^[0-9a-f]{64}$/);
  });
  const records = rows.map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i] ?? ''])) as Record<string, string> & { article: string; id: string });

  it('is RFC 4180: CRLF line ends, a header, every row as wide as the header', () => {
    expect(csvText.endsWith('\r\n')).toBe(true);
    const outsideQuotes = csvText.replace(/"(?:[^"]|"")*"/g, '');
    expect(/(^|[^\r])\n/.test(outsideQuotes)).toBe(false);
    expect(header).toEqual([...COLUMNS]);
    for (const r of rows) expect(r.length).toBe(header!.length);
  });

  it('holds every fact of every article exactly once, with its evidence', () => {
    expect(records.map(key).sort()).toEqual(expected.map(key).sort());
    const byKey = new Map(records.map((r) => [key(r as { article: string; id: string }), r]));
    for (const fact of expected) expect(byKey.get(key(fact))!.evidence.replace(/^'(?=[=+\-@])/, '')).toBe(fact.evidence.trim());
  });

  it('gives money rows of a compared report the converted amount and the rate (value, date, source), and others none', () => {
    const money = records.filter((r) => r.type === 'amount' && r.amount_currency);
    expect(money.filter((r) => compared.has(r.article)).length).toBeGreaterThan(0);
    for (const r of money) {
      if (!compared.has(r.article)) {
        expect([r.converted_value, r.converted_currency, r.rate_value], `${r.article}/${r.id}`).toEqual(['', '', '']);
        continue;
      }
      expect(Number(r.converted_value)).toBeGreaterThan(0);
      if (r.amount_currency !== r.converted_currency) {
        expect(Number(r.rate_value)).toBeGreaterThan(0);
        expect(r.rate_date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(r.rate_source_url).toMatch(/^https?:\/\//);
      }
    }
  });

  // A fact of one of our own reports, so it runs only over our content.
  it.skipIf(!articles.some((a) => a.id === 'jalisco-lab'))('converts the Jalisco Lab figure at the published rate', () => {
    const jalisco = records.find((r) => r.article === 'jalisco-lab' && r.id === 'netflix-contribution')!;
    expect(jalisco.amount_value).toBe('3000000');
    expect(jalisco.converted_currency).toBe('EUR');
    expect(Number(jalisco.converted_value_rounded)).toBe(140000);
  });

  it('keeps the fields of each fact as JSON', () => {
    for (const r of records) expect(typeof JSON.parse(r.fields!)).toBe('object');
  });
});

describe('facts.json', () => {
  it('holds the same facts, with fields as objects, the rates and the licence', () => {
    expect(json.facts.map((f) => key(f as { article: string; id: string })).sort()).toEqual(expected.map(key).sort());
    for (const f of json.facts) {
      expect(Object.keys(f)).toEqual([...COLUMNS]);
      expect(typeof f.fields).toBe('object');
    }
    expect(json.rates.length).toBeGreaterThan(0);
    expect(json.licence.name).toBeTruthy();
  });
});

describe('article.schema.json', () => {
  it('is a draft 2020-12 JSON Schema that accepts every real article frontmatter and rejects a broken one', async () => {
    const schema = (await (await get(`${baseUrl}data/article.schema.json`)).json()) as Record<string, unknown>;
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    // ajv arrives with the dev tools (lighthouse); it is only used here.
    const { default: Ajv2020 } = (await import('ajv/dist/2020.js')) as unknown as {
      default: new (o: object) => { compile: (s: object) => ((d: unknown) => boolean) & { errors?: unknown } };
    };
    const validate = new Ajv2020({ strict: false }).compile(schema);
    for (const a of articles) expect(validate(a.data), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({ ...(articles[0]!.data as object), title: 42 })).toBe(false);
  });
});

describe('/data/ page', () => {
  it('describes a Dataset whose downloads resolve', async () => {
    const html = await (await get(`${baseUrl}data/`)).text();
    const ld = jsonLdOf(html)[0]!;
    expect(ld['@type']).toBe('Dataset');
    expect(ld.license).toMatch(/^https:\/\//);
    const files = ld.distribution as { contentUrl: string; encodingFormat: string }[];
    expect(files.map((f) => f.encodingFormat)).toEqual(expect.arrayContaining(['text/csv', 'application/json']));
    for (const f of files) await get(local(f.contentUrl));
    for (const name of ['README.txt', 'LICENSE.txt']) expect((await (await get(`${baseUrl}data/${name}`)).text()).length).toBeGreaterThan(100);
  });
});
