/** The real content: every file valid, every passage found, every reference resolved. Prints counts. */
import { describe, expect, it } from 'vitest';
import { checkContentAt, readContent } from '../../src/build/content-files.ts';
import { articleSchema } from '../../src/schemas/article.ts';

const root = process.cwd();
const { files } = readContent(root);
const articles = files.filter((f) => f.collection === 'articles');

describe('content/', () => {
  it('passes the content check with no error', () => {
    expect(checkContentAt(root).errors).toEqual([]);
  });

  it('holds the two reports and at least one comparison', () => {
    expect(articles.map((a) => a.id).sort()).toEqual(['jalisco-lab', 'netflix-marseille']);
    expect(files.filter((f) => f.collection === 'comparisons').length).toBeGreaterThanOrEqual(1);
  });

  it('models every report completely (counts per article)', () => {
    const rows = articles.map((file) => {
      const a = articleSchema.parse(file.data);
      return {
        article: file.id,
        institutions: a.institutions.length,
        people: a.people.length,
        amounts: a.amounts.length,
        dates: a.dates.length,
        locations: a.locations.length,
        beneficiaries: a.beneficiaries.length,
        claims: a.claims.length,
      };
    });
    console.table(rows);
    for (const row of rows) {
      expect(row.institutions).toBeGreaterThan(0);
      expect(row.amounts).toBeGreaterThan(0);
      expect(row.dates).toBeGreaterThan(0);
      expect(row.locations).toBeGreaterThan(0);
    }
  });

  it('records the launch dates the texts leave open as inferred, with their basis', () => {
    const byId = Object.fromEntries(articles.map((f) => [f.id, articleSchema.parse(f.data)]));
    expect(byId['jalisco-lab']!.dates.find((d) => d.id === 'launch')).toMatchObject({
      status: 'inferred',
      date: '2025-07-12',
      basisSource: 'vallarta-daily-2025-07-14',
    });
    expect(byId['netflix-marseille']!.dates.find((d) => d.date === '2025-05-19')).toMatchObject({
      status: 'inferred',
      basisSource: 'societe-sarandos-2025-05-18',
    });
  });
});
