/** Card models over the real content, and real drawing in the card worker (size, determinism, failures). */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import cards, { cardContent, drawCards, editionCards, type CardJob } from '../../src/integrations/cards.ts';
import { drawCard, fontFiles, loadFonts } from '../../src/integrations/card-draw.ts';
import { ALT_MAX, articleCard, cardAlt, cardArticle, cardMeasure, comparisonCard, homeCard, keyFigure, siteCards } from '../../src/lib/cards.ts';
import { checkedData } from '../../src/lib/content-check.ts';
import { readContent } from '../../src/build/content-files.ts';
import { CARD_WIDTH, cardId, cardTree, MIN_TEXT, type CardModel } from '../../src/lib/og-image.ts';
import { pngSize } from '../helpers/png.ts';
import { SNIPPET_WIDTH } from '../../src/lib/share.ts';
import { articleSchema } from '../../src/schemas/article.ts';
import { comparisonSchema } from '../../src/schemas/comparison.ts';
import { rateSchema } from '../../src/schemas/rate.ts';
import { referenceSchema } from '../../src/schemas/reference.ts';
import { editions, en } from '../helpers/messages.ts';
import { spaced } from '../helpers/spaces.ts';

const { files } = readContent(process.cwd());
const fonts = fontFiles(process.cwd());
const out = mkdtempSync(join(tmpdir(), 'cards-test-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));
let n = 0;
/** Draws every tree into its own file; resolves with the PNGs in order and the failures. */
async function draw(trees: CardJob['tree'][]) {
  const jobs = trees.map((tree) => ({ tree, path: join(out, `${n++}.png`) }));
  const failures = await drawCards(jobs, fonts);
  return { failures, pngs: jobs.map((job) => (failures.some((f) => f.startsWith(job.path)) ? undefined : new Uint8Array(readFileSync(job.path)))) };
}
const article = (id: string) => articleSchema.parse(files.find((f) => f.collection === 'articles' && f.id === id)!.data);
const jalisco = article('jalisco-lab');
const marseille = article('netflix-marseille');
const comparison = comparisonSchema.parse(files.find((f) => f.collection === 'comparisons')!.data);
const rates = files.filter((f) => f.collection === 'rates').map((f) => rateSchema.parse(f.data));
const references = new Map(files.filter((f) => f.collection === 'references').map((f) => [f.id, referenceSchema.parse(f.data)]));
/** The two sides of a comparison card, in its currency. */
const side = (article: typeof jalisco) => cardArticle(article, comparison.currency, rates, references, en);
const card = (left = jalisco, right = marseille) => comparisonCard(comparison, side(left), side(right), en);

describe('card models', () => {
  it.each([
    ['en', 'Jalisco Lab: '],
    ['fr', 'Jalisco Lab\u00a0: '],
    ['es', 'Jalisco Lab: '],
  ])(
    '%s: the short alt (X’s 420 characters) gives what a side without a figure gives instead, with its period, scope and status, as the fact view words them',
    (lang, label) => {
      const m = editions.get(lang)!;
      const model = comparisonCard(
        comparison,
        cardArticle(jalisco, comparison.currency, rates, references, m),
        cardArticle(marseille, comparison.currency, rates, references, m),
        m,
      );
      if (model.kind !== 'comparison') throw new Error('wrong kind');
      const instead = cardArticle(marseille, comparison.currency, rates, references, m).facts.figures.find((f) => f.id === 'national-spend')!;
      const brief = `${instead.forms.plain} (${[instead.period, instead.scope, instead.statusShort].join(', ')})`;
      expect(model.right.figureNoteBrief).toContain(brief);
      const alt = cardAlt(model, m, ALT_MAX, true);
      expect(alt.length).toBeLessThanOrEqual(ALT_MAX);
      expect(alt).toContain(label);
      expect(alt).toContain(brief);
      // The other side's figure with its rate and its status in full, whole.
      const key = cardArticle(jalisco, comparison.currency, rates, references, m).facts.figures[0]!;
      expect(alt).toContain(`${model.left.big} (${key.statusText}`);
      expect(alt).toContain(key.converted!.rate.short);
    },
  );

  it('the comparison card shows both sides with their key figures from the fact views: the rate, whose money and who says so beside the figure', () => {
    const model = card();
    if (model.kind !== 'comparison') throw new Error('wrong kind');
    expect(spaced(model.left)).toMatchObject({ name: 'Jalisco Lab', big: 'about €140k', figure: 'about 3 million MXN', sourcing: '4 named people quoted' });
    expect(spaced(model.left.figureNote)).toBe(
      'value reported the same way elsewhere · Netflix’s share, estimated by Alejandro Tavares · about 3 million MXN at 1 EUR = 21.97 MXN (2 June 2025, Mexico Daily Post) · period not stated · this initiative',
    );
    // The other report gives no money put into its initiative: "Not given" large, never its unlike national
    // spending; the note says what it gives instead, as the page's key figures do, with whose, scope and status.
    expect(model.right.big).toBe('Not given');
    expect(model.right.figure).toBe('');
    // Where room is short, the same with the status's worst aspect alone.
    expect(spaced(model.right.figureNoteBrief)).toBe(
      'for this initiative; instead: Netflix’s spending, 250 million EUR (per year, national, value not settled)',
    );
    expect(model.left.figureNoteBrief).toBeUndefined();
    expect(spaced(model.right.figureNote)).toBe(
      'No figure of money put in for this initiative; instead: Netflix’s spending, 250 million EUR (per year, national, value not settled: one source gives 200 million for 2024; scope reported the same way elsewhere)',
    );
    expect(JSON.stringify(model)).not.toContain('money put into the initiative');
    // A sentence each: the verdict's short words may have a colon of their own.
    expect(model.verdict).toBe(`Not comparable. ${comparison.verdicts.find((v) => v.dimension === 'money')!.short}`);
    expect(model.right).toMatchObject({ name: 'Netflix in Marseille', figure: '', sourcing: 'No named person quoted' });
    expect(model.right.place).toContain('Kourtrajmé');
    expect(JSON.stringify(model)).not.toContain('≈');
  });

  it('alt text keeps each figure with its rate, label and status whole, within 420 characters', () => {
    const alt = cardAlt(card(), en, ALT_MAX);
    expect(alt.length).toBeLessThanOrEqual(ALT_MAX);
    expect(spaced(alt)).toContain(
      'about €140k (value reported the same way elsewhere; Netflix’s share, estimated by Alejandro Tavares; about 3 million MXN at 1 EUR = 21.97 MXN (2 June 2025, Mexico Daily Post)',
    );
    // Too long for the limit: the parts that only repeat the page go, whole; the figure and its rate stay.
    const long = comparisonCard({ ...comparison, title: 'T '.repeat(200).trim() }, side(jalisco), side(marseille), en);
    expect(spaced(cardAlt(long, en, ALT_MAX))).toContain('at 1 EUR = 21.97 MXN (2 June 2025, Mexico Daily Post)');
    expect(cardAlt(long, en, ALT_MAX)).not.toContain('T T');
    // When even the figures with their rates do not fit, the alt text names no figure at all.
    const short = comparisonCard({ ...comparison, title: 'Short' }, side(jalisco), side(marseille), en);
    expect(cardAlt(short, en, 100)).toBe('Short. Jalisco Lab and Netflix in Marseille: each key figure with its rate, and our verdict.');
  });

  it('both sides lead with a measure they share: two figures of it, never unlike ones, with a status beside a flagged one', () => {
    const spend = marseille.amounts.find((a) => a.id === 'national-spend')!;
    const withSpend = { ...jalisco, amounts: [...jalisco.amounts, { ...spend, id: 'spend-too', value: 9 }] };
    expect(cardMeasure(side(withSpend).facts, side(marseille).facts)).toBe('spending');
    const model = card(withSpend, marseille);
    if (model.kind !== 'comparison') throw new Error('wrong kind');
    expect([model.left.big, model.right.big]).toEqual(['€9m', '€250m']);
    expect(model.left.figureNote).toContain('Netflix’s spending, in the report’s own voice');
    expect(spaced(model.right.figureNote)).toMatch(/^value not settled: one source gives 200 million for 2024; scope reported the same way elsewhere · /);
    const none = { ...jalisco, amounts: jalisco.amounts.filter((a) => a.kind !== 'money') };
    const bare = card(none, { ...marseille, amounts: [] });
    if (bare.kind !== 'comparison') throw new Error('wrong kind');
    expect([bare.left.big, bare.right.big]).toEqual(['Not given', 'Not given']);
    expect(bare.left.figureNote).toBe('No money figure');
  });

  it('the home card is the lead comparison’s', () => {
    const content = {
      articles: [
        { id: 'jalisco-lab', data: jalisco },
        { id: 'netflix-marseille', data: marseille },
      ],
      comparisons: [
        { id: 'old', data: { ...comparison, published: '2020-01-01' }, articles: ['jalisco-lab', 'netflix-marseille'] as [string, string] },
        { id: 'new', data: { ...comparison, title: 'Newest' }, articles: ['netflix-marseille', 'jalisco-lab'] as [string, string] },
      ],
    };
    const cards = new Map(siteCards({ ...content, rates, references }, en).map((c) => [c.key, c.model]));
    expect(cards.get('home')).toEqual({ ...cards.get('comparison-new'), kicker: 'Latest comparison · our analysis' });
  });

  it('the key figure is the first money figure', () => {
    expect(keyFigure(side(jalisco).facts)?.id).toBe('netflix-contribution');
    expect(keyFigure(side(marseille).facts)?.id).toBe('national-spend');
  });

  it('article cards say where the report comes from, in the language line every page gives', () => {
    const model = articleCard(cardArticle(jalisco, null, rates, references, en), en);
    expect(spaced(model.kind === 'article' && model.lines)).toEqual([
      'French translation of a Spanish report by El Informador · 4 named people quoted',
      'Key figure: about 3 million MXN (value reported the same way elsewhere; Netflix’s share, estimated by Alejandro Tavares; period not stated; this initiative)',
    ]);
    const other = articleCard(cardArticle(marseille, null, rates, references, en), en);
    expect(other.kind === 'article' && other.lines[0]).toBe('scrapcinema.fr · English; whether it is a translation is not known · no named person quoted');
    expect(homeCard('T', 'S', [jalisco, marseille], en)).toMatchObject({ sides: ['Jalisco Lab (Mexico)', 'Netflix in Marseille (France)'] });
    const many = Array.from({ length: 30 }, () => jalisco);
    expect(homeCard('T', 'S', many, en)).toMatchObject({
      sides: ['Jalisco Lab (Mexico)', 'Jalisco Lab (Mexico)', 'Jalisco Lab (Mexico)', '27 more initiatives'],
    });
  });
});

describe('cards: drawing and naming', () => {
  const tree = cardTree(card(), { siteName: 'Site', tagline: 'T' });

  it('a comparison card leads with the finding, its largest text, then both key figures; no text under MIN_TEXT, across the card but for thin bands', () => {
    const model = card();
    if (model.kind !== 'comparison') throw new Error('wrong kind');
    type N = { type: string; props: { style?: Record<string, unknown>; children?: N | string | (N | string)[] } };
    const texts: { text: string; size: number; x: number }[] = [];
    // Walk the tree: the x offset of each text is the sum of the widths and paddings of the boxes before it in a row.
    const walk = (node: N | string, size: number, x: number) => {
      if (typeof node === 'string') return void texts.push({ text: node, size, x });
      const style = node.props.style ?? {};
      const kids = [node.props.children ?? []].flat();
      let offset = x;
      for (const kid of kids) {
        walk(kid, Number(style.fontSize ?? size), offset);
        if (style.flexDirection !== 'column' && typeof kid !== 'string') {
          const k = kid.props.style ?? {};
          offset +=
            Number(k.width ?? 0) +
            2 *
              Number(
                String(k.padding ?? '0 0')
                  .split(' ')[1]
                  ?.replace('px', '') ?? 0,
              );
        }
      }
    };
    walk(tree as N, 16, 0);
    const largest = Math.max(...texts.map((t) => t.size));
    expect(texts.filter((t) => t.size === largest).map((t) => t.text)).toEqual([model.title]);
    expect(largest).toBeGreaterThanOrEqual(34);
    // The finding comes before the figures, which stay prominent.
    const at = (text: string) => texts.findIndex((t) => t.text === text);
    expect(at(model.title)).toBeLessThan(at(model.left.big));
    expect(texts.filter((t) => t.size >= 40 && t.text !== model.title).map((t) => t.text)).toEqual([model.left.big, model.right.big]);
    for (const t of texts) {
      expect(t.size, t.text).toBeGreaterThanOrEqual(MIN_TEXT);
      expect(t.x, t.text).toBeGreaterThanOrEqual(20);
      expect(t.x, t.text).toBeLessThan(1180);
    }
    // 13 px where the share snippet shows the card (its 600 px width less padding), about 12 px in a chat's 500 px preview.
    expect((MIN_TEXT * (SNIPPET_WIDTH - 40)) / CARD_WIDTH).toBeGreaterThanOrEqual(13);
    expect((MIN_TEXT * 500) / CARD_WIDTH).toBeGreaterThanOrEqual(11.5);
  });

  it.each([
    ['home', homeCard('T', 'S', [], en)],
    ['article', { kind: 'article', kicker: 'K', title: 'T', lines: ['L'] } as CardModel],
  ])('a %s card has no text under MIN_TEXT either', (_kind, model) => {
    const sizes: number[] = [];
    const walk = (node: unknown, size: number) => {
      if (typeof node === 'string') return void sizes.push(size);
      const n = node as { props: { style?: { fontSize?: number }; children?: unknown } };
      for (const kid of [n.props.children ?? []].flat()) walk(kid, n.props.style?.fontSize ?? size);
    };
    walk(cardTree(model, { siteName: 'Site', tagline: 'T' }), 16);
    expect(sizes.length).toBeGreaterThan(2);
    for (const size of sizes) expect(size).toBeGreaterThanOrEqual(MIN_TEXT);
  });

  it('draws a valid 1200×630 PNG under 300 KB, the same bytes every time', async () => {
    const {
      failures,
      pngs: [a, b],
    } = await draw([tree, tree]);
    expect(failures).toEqual([]);
    expect(pngSize(a!)).toEqual({ width: 1200, height: 630 });
    expect(a!.byteLength).toBeLessThan(300 * 1024);
    expect(Buffer.from(b!).equals(Buffer.from(a!))).toBe(true);
    // Decodes as a PNG (every chunk's CRC and the image data checked by a real decoder).
    const { Resvg } = await import('@resvg/resvg-js');
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="1200" height="630"><image width="1200" height="630" xlink:href="data:image/png;base64,${Buffer.from(a!).toString('base64')}"/></svg>`;
    const decoded = new Resvg(svg).render();
    expect([decoded.width, decoded.height]).toEqual([1200, 630]);
    expect(decoded.pixels.some((v) => v !== 0)).toBe(true);
  }, 60_000);

  it('breaks a word too long for the card inside its text column: nothing is drawn between the column and the band, nothing is cut', async () => {
    const model = card();
    if (model.kind !== 'comparison') throw new Error('wrong kind');
    const long = { ...model.left, name: 'W'.repeat(60), big: `€${'9'.repeat(60)}`, figureNote: `${'M'.repeat(80)} and after` };
    const png = await drawCard(cardTree({ ...model, left: long, right: long }, { siteName: 'Site', tagline: 'T' }), loadFonts(fonts));
    const { Resvg } = await import('@resvg/resvg-js');
    const image = `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="1200" height="630"><image width="1200" height="630" xlink:href="data:image/png;base64,${png.toString('base64')}"/></svg>`;
    const pixels = new Resvg(image).render().pixels;
    const inked: number[] = [];
    // The text column ends 42 px before the right band (x = 1138): the margin up to the band (x = 1180) is paper on every row.
    for (let y = 0; y < 630; y++)
      for (let x = 1139; x < 1180; x++) {
        const i = (y * CARD_WIDTH + x) * 4;
        if (pixels[i] !== 0xfd || pixels[i + 1] !== 0xfc || pixels[i + 2] !== 0xf9) inked.push(y);
      }
    expect(inked).toEqual([]);
  }, 60_000);

  it('names a card by its tree: same tree, same id; any change of text or site name, another id', () => {
    expect(cardId(tree)).toMatch(/^[0-9a-f]{10}$/);
    expect(cardId(structuredClone(tree))).toBe(cardId(tree));
    const model = card();
    if (model.kind !== 'comparison') throw new Error('wrong kind');
    expect(cardId(cardTree({ ...model, title: `${model.title}.` }, { siteName: 'Site', tagline: 'T' }))).not.toBe(cardId(tree));
    expect(cardId(cardTree(model, { siteName: 'Another site', tagline: 'T' }))).not.toBe(cardId(tree));
  });
});

describe('drawCards (a worker thread, for whole builds)', () => {
  it('gives each tree its own picture, in order, the same bytes as drawing it in place (as astro dev does)', async () => {
    const base = card();
    if (base.kind !== 'comparison') throw new Error('wrong kind');
    const trees = Array.from({ length: 12 }, (_, i) =>
      cardTree(i % 3 === 0 ? articleCard(cardArticle(jalisco, null, rates, references, en), en) : { ...base, title: `${base.title} ${i}` }, {
        siteName: 'Site',
        tagline: 'T',
      }),
    );
    const many = await draw(trees);
    expect(many.failures).toEqual([]);
    const loaded = loadFonts(fonts);
    for (const i of [0, 1, 11]) expect(Buffer.from(many.pngs[i]!).equals(await drawCard(trees[i]!, loaded)), String(i)).toBe(true);
    expect(new Set(many.pngs.map((png) => Buffer.from(png!).toString('base64'))).size).toBe(9);
  }, 60_000);

  it('sets the columns it draws apart side by side as the whole card would be drawn (a few glyph edges aside)', async () => {
    const { Resvg } = await import('@resvg/resvg-js');
    const { default: satori } = await import('satori');
    const loaded = loadFonts(fonts);
    for (const tree of [
      cardTree(articleCard(cardArticle(jalisco, null, rates, references, en), en), { siteName: 'Site', tagline: 'T' }),
      cardTree(card(), { siteName: 'Site', tagline: 'T' }),
    ]) {
      const whole = new Resvg(await satori(tree as never, { width: 1200, height: 630, fonts: loaded })).render().pixels;
      const png = (await drawCard(tree, loaded)).toString('base64');
      const image = `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="1200" height="630"><image width="1200" height="630" xlink:href="data:image/png;base64,${png}"/></svg>`;
      const drawn = new Resvg(image).render().pixels;
      let differing = 0;
      for (let i = 0; i < whole.length; i++) if (Math.abs(whole[i]! - drawn[i]!) > 64) differing++;
      expect(differing).toBe(0);
      expect(whole.reduce((n, v, i) => n + (v === drawn[i] ? 0 : 1), 0)).toBeLessThan(whole.length / 10_000);
    }
  }, 60_000);

  it('a card that cannot be drawn is reported with its file and reason, and the others are still drawn', async () => {
    const good = cardTree(articleCard(cardArticle(jalisco, null, rates, references, en), en), { siteName: 'Site', tagline: 'T' });
    const bad = { type: 'div', props: { style: { display: 'no-such-display' }, children: 'x' } } as unknown as typeof good;
    const {
      failures,
      pngs: [first, second, third],
    } = await draw([good, bad, good]);
    expect(failures).toHaveLength(1);
    expect(failures[0]).toMatch(/\d+\.png: .*display/s);
    expect(second).toBeUndefined();
    expect(pngSize(first!)).toEqual({ width: 1200, height: 630 });
    expect(pngSize(third!)).toEqual({ width: 1200, height: 630 });
  }, 60_000);

  it('draws nothing for no jobs', async () => {
    expect(await drawCards([], fonts)).toEqual([]);
  });
});

describe('the cards integration', () => {
  /** One build's worth of the integration's hooks, into `dist`, with Astro's cache folder `cache`. */
  async function build(cache: string, dist: string) {
    const integration = cards();
    const hooks = integration.hooks as Record<string, (options: unknown) => unknown>;
    await hooks['astro:config:setup']!({ config: { root: pathToFileURL(`${process.cwd()}/`), cacheDir: pathToFileURL(`${cache}/`) } });
    integration.draw(checkedData(files).valid);
    await hooks['astro:build:done']!({ dir: pathToFileURL(`${dist}/`), logger: { info: () => {} } });
  }

  // The same bytes on every build: two clean builds of our site are byte-identical, og/ included
  // (tests/build/build-guarantees.test.ts), and one tree always draws the same bytes (above).
  it('writes every card to og/ under the name the pages use, and leaves nothing in the cache folder', async () => {
    const cache = join(out, 'cache');
    await build(cache, join(out, 'dist'));
    const names = readdirSync(join(out, 'dist', 'og')).sort();
    expect(names.length).toBeGreaterThan(4);
    expect(names).toEqual(
      editionCards(cardContent(checkedData(files).valid))
        .map((c) => c.file)
        .sort(),
    );
    expect(existsSync(join(cache, 'cards'))).toBe(false);
  }, 60_000);
});
