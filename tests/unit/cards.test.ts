/** Card models over the real content, and one real render (size, weight, determinism). */
import { describe, expect, it } from 'vitest';
import { articleCard, cardAlt, comparisonCard, homeCard, keyAmount } from '../../src/lib/cards.ts';
import { readContent } from '../../src/lib/content-files.ts';
import { renderCards } from '../../src/data/card-renderer.ts';
import { pngSize, renderCard } from '../../src/lib/og-image.ts';
import { articleSchema } from '../../src/schemas/article.ts';
import { comparisonSchema } from '../../src/schemas/comparison.ts';
import { rateSchema } from '../../src/schemas/rate.ts';

const { files } = readContent(process.cwd());
const article = (id: string) => articleSchema.parse(files.find((f) => f.collection === 'articles' && f.id === id)!.data);
const jalisco = article('jalisco-lab');
const marseille = article('netflix-marseille');
const comparison = comparisonSchema.parse(files.find((f) => f.collection === 'comparisons')!.data);
const rates = files.filter((f) => f.collection === 'rates').map((f) => rateSchema.parse(f.data));

describe('card models', () => {
  it('the comparison card shows both sides with their key figures, converted, from the data', () => {
    const card = comparisonCard(comparison, jalisco, marseille, rates);
    if (card.kind !== 'comparison') throw new Error('wrong kind');
    expect(card.left).toMatchObject({ name: 'Jalisco Lab', figure: 'about 3 million MXN', sourcing: '4 named people quoted' });
    expect(card.left.figureNote).toContain('= about 140,000 EUR');
    expect(card.right).toMatchObject({ name: 'Netflix in Marseille', figure: '250 million EUR', sourcing: 'No named person quoted' });
    expect(card.right.place).toContain('Kourtrajmé');
    expect(card.footnote).toContain('1 EUR = 21.97 MXN');
    expect(JSON.stringify(card)).not.toContain('≈');
    expect(cardAlt(card)).toContain('Jalisco Lab');
  });

  it('the key figure is the first money amount', () => {
    expect(keyAmount(jalisco)?.id).toBe('netflix-contribution');
    expect(keyAmount(marseille)?.id).toBe('national-spend');
  });

  it('article cards say where the report comes from', () => {
    const card = articleCard(jalisco);
    expect(card.kind === 'article' && card.lines[0]).toContain('French translation of a Spanish original');
    expect(homeCard('T', 'S', [jalisco, marseille])).toMatchObject({ sides: ['Jalisco Lab (Mexico)', 'Netflix in Marseille (France)'] });
    const many = Array.from({ length: 30 }, () => jalisco);
    expect(homeCard('T', 'S', many)).toMatchObject({ sides: ['Jalisco Lab (Mexico)', 'Jalisco Lab (Mexico)', 'Jalisco Lab (Mexico)', '27 more initiatives'] });
  });
});

describe('renderCard', () => {
  it('draws a 1200×630 PNG under 300 KB, the same bytes every time', async () => {
    const model = comparisonCard(comparison, jalisco, marseille, rates);
    const [a, b] = [await renderCard(model, 'Site'), await renderCard(model, 'Site')];
    expect(pngSize(a.png)).toEqual({ width: 1200, height: 630 });
    expect(a.png.byteLength).toBeLessThan(300 * 1024);
    expect(a.hash).toMatch(/^[0-9a-f]{10}$/);
    expect(b.hash).toBe(a.hash);
    const other = await renderCard({ ...model, title: 'Another title' } as typeof model, 'Site');
    expect(other.hash).not.toBe(a.hash);
  });
});

describe('renderCards (worker threads, for whole builds)', () => {
  it('gives renderCard’s bytes, in order, across worker recycling', async () => {
    const base = comparisonCard(comparison, jalisco, marseille, rates);
    // More cards than a worker renders before it is replaced (40), so recycling is exercised.
    const models = Array.from({ length: 45 }, (_, i) => (i % 3 === 0 ? articleCard(jalisco) : { ...base, title: `${base.title} ${i}` }));
    const many = await renderCards(models, 'Site');
    expect(many).toHaveLength(models.length);
    for (const i of [0, 1, 2, 41, 44]) {
      const one = await renderCard(models[i]!, 'Site');
      expect(many[i]!.hash).toBe(one.hash);
      expect(Buffer.from(many[i]!.png).equals(Buffer.from(one.png))).toBe(true);
    }
    expect(new Set(many.map((c) => c.hash)).size).toBe(31);
  }, 60_000);

  it('renders nothing for no models', async () => {
    expect(await renderCards([], 'Site')).toEqual([]);
  });
});
