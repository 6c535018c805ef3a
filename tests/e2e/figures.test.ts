/**
 * Over the built site, on every page type (home, article, comparison, share, data downloads,
 * RSS, card alt text and og tags): every converted amount sits beside its rate's value, date and
 * source, and every display of a figure or date that a contradicted or unclear check covers
 * says so in words. "Beside" means in the same smallest block that shows it: a list item, table
 * row, paragraph, description, caption, chart group, attribute value or CSV/JSON row.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Element, Nodes, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/build/content-files.ts';
import { articleFacts, statusWords, type ArticleFacts } from '../../src/lib/fact-view.ts';
import { articleSchema } from '../../src/schemas/article.ts';
import { comparisonSchema } from '../../src/schemas/comparison.ts';
import { rateSchema } from '../../src/schemas/rate.ts';
import { referenceSchema } from '../../src/schemas/reference.ts';
import { distDir } from './seo-helpers.ts';

// ---- what the content says must travel -------------------------------------------------------

const { files } = readContent(process.cwd());
const of = (c: string) => files.filter((f) => f.collection === c);
const rates = of('rates').map((f) => rateSchema.parse(f.data));
const references = new Map(of('references').map((f) => [f.id, referenceSchema.parse(f.data)]));
const articles = new Map(of('articles').map((f) => [f.id, articleSchema.parse(f.data)]));
const views: ArticleFacts[] = of('comparisons').flatMap((f) => {
  const c = comparisonSchema.parse(f.data);
  return c.articles.map((id) => articleFacts({ article: articles.get(id)!, currency: c.currency, rates, references }));
});

/** Converted amounts: each way the site writes the number, and the three things that must sit beside it. */
const conversions = views.flatMap((v) =>
  v.figures.flatMap((f) => {
    if (!f.converted) return [];
    const n = new Intl.NumberFormat('en-GB').format(f.converted.rounded);
    const compact = new Intl.NumberFormat('en-GB', { notation: 'compact', compactDisplay: 'long', maximumSignificantDigits: 2 }).format(f.converted.value);
    return [
      {
        id: f.id,
        forms: [`${n} ${f.converted.currency}`, `${compact} ${f.converted.currency}`],
        beside: [f.converted.rate.text, f.converted.rate.date, f.converted.rate.source.publisher],
      },
    ];
  }),
);

/** Figures and dates covered by a contradicted or unclear check: the words that show them, and the status word. */
const flagged = views.flatMap((v) => [
  ...v.figures.filter((f) => f.status).map((f) => ({ id: f.id, shown: f.stated, status: f.status! })),
  ...v.dates.filter((d) => d.checkStatus).map((d) => ({ id: d.id, shown: d.event, status: d.checkStatus! })),
]);

// ---- blocks of the built site ----------------------------------------------------------------

const BLOCKS = new Set(['li', 'tr', 'td', 'p', 'dd', 'figcaption', 'textarea', 'title', 'h1']);
const isBlock = (el: Element) => BLOCKS.has(el.tagName) || (Array.isArray(el.properties.className) && el.properties.className.includes('dot-group'));

const textOf = (node: Nodes): string =>
  'value' in node && typeof node.value === 'string' ? node.value : 'children' in node ? node.children.map((c) => textOf(c as Nodes)).join(' ') : '';
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The innermost blocks of a page, and every attribute value (alt, content, srcdoc) as a block of its own. */
function htmlBlocks(html: string): string[] {
  const tree: Root = fromHtml(html);
  const blocks: string[] = [];
  // An article page's fact is one list item: its title, tags and details are read together.
  // So is a table cell (the newsletter snippet sets a figure and its rate as paragraphs of one cell).
  const isFact = (el: Element) =>
    el.tagName === 'td' || (el.tagName === 'li' && Array.isArray(el.properties.className) && el.properties.className.includes('fact'));
  const walk = (node: Nodes, inFact = false) => {
    if (node.type === 'element') {
      // The report's own text, as received, is its words, not ours; a change list quotes what a
      // page said before, as it was published (held to these rules when it was current).
      if (Array.isArray(node.properties.className) && (node.properties.className.includes('report') || node.properties.className.includes('changes'))) return;
      for (const key of ['alt', 'content', 'srcDoc', 'ariaLabel']) {
        const value = node.properties[key];
        if (typeof value === 'string') blocks.push(...(key === 'srcDoc' ? htmlBlocks(value) : [squash(value)]));
      }
      if (node.tagName === 'script') blocks.push(squash(textOf(node)));
      else if (isBlock(node) && (!inFact || isFact(node))) blocks.push(squash(textOf(node)));
      if (node.tagName === 'textarea') blocks.push(...htmlBlocks(textOf(node)));
    }
    if ('children' in node) for (const child of node.children) walk(child as Nodes, inFact || (node.type === 'element' && isFact(node)));
  };
  walk(tree);
  return blocks;
}

/** Blocks that show `form`, innermost first: a block is skipped when a smaller one inside it shows the form too. */
function showing(blocks: string[], form: string): string[] {
  const hits = blocks.filter((b) => b.includes(form));
  return hits.filter((b) => !hits.some((other) => other !== b && other.length < b.length && b.includes(other)));
}

const page = (route: string) => readFileSync(path.join(distDir, route), 'utf8');
const htmlRoutes = (dir = ''): string[] =>
  readdirSync(path.join(distDir, dir), { withFileTypes: true }).flatMap((e) => {
    const rel = path.join(dir, e.name);
    if (e.isDirectory()) return ['og', '_astro', '.prerender'].includes(e.name) ? [] : htmlRoutes(rel);
    return e.name.endsWith('.html') ? [rel] : [];
  });

const sources: { name: string; blocks: string[] }[] = [
  ...htmlRoutes().map((route) => ({ name: route, blocks: htmlBlocks(page(route)) })),
  {
    name: 'rss.xml',
    blocks: page('rss.xml')
      .split(/<\/item>/)
      .map(squash),
  },
  { name: 'data/facts.csv', blocks: page('data/facts.csv').split(/\r\n/) },
  { name: 'data/facts.json', blocks: (JSON.parse(page('data/facts.json')) as { facts: unknown[] }).facts.map((f) => JSON.stringify(f)) },
];

describe('figures over the built site', () => {
  it('covers every page type and knows what to look for', () => {
    const names = sources.map((s) => s.name);
    for (const pattern of [
      /^index\.html$/,
      /^compare\/[a-z0-9-]+\/index\.html$/,
      /^compare\/[a-z0-9-]+\/share\/index\.html$/,
      /^articles\/[a-z0-9-]+\/index\.html$/,
      /^data\/index\.html$/,
      /^404\.html$/,
    ]) {
      expect(
        names.some((n) => pattern.test(n)),
        String(pattern),
      ).toBe(true);
    }
    expect(conversions.length).toBeGreaterThan(0);
    expect(flagged.map((f) => f.status)).toEqual(expect.arrayContaining(['contradicted', 'unclear']));
  });

  it.each(sources.map((s) => [s.name, s] as const))('%s: every converted amount sits beside its rate’s value, date and source', (_name, source) => {
    for (const c of conversions) {
      for (const form of c.forms) {
        for (const block of showing(source.blocks, form)) {
          // The downloads give the rate as columns: value, ISO date and the source's address.
          const beside = source.name.startsWith('data/facts.') ? ['21.97', '2025-06-02', 'mexicodailypost'] : c.beside;
          for (const needed of beside) expect(block, `${c.id} (${form}) without “${needed}” in: ${block}`).toContain(needed);
        }
      }
    }
  });

  it.each(sources.map((s) => [s.name, s] as const))('%s: every display of a contradicted or unclear figure or date says so', (_name, source) => {
    for (const f of flagged) {
      for (const block of showing(source.blocks, f.shown)) {
        // A block may carry a worse status than the figure's own (a date covered by two checks).
        const words = [f.status, statusWords(f.status), 'contradicted'];
        expect(
          words.some((w) => block.includes(w)),
          `${f.id} shown without “${f.status}” in: ${block}`,
        ).toBe(true);
      }
    }
  });

  it('a converted figure is shown, with its rate, on the home page, a comparison and a share page (the card alt text)', () => {
    const c = conversions[0]!;
    const shown = (name: string) => sources.find((s) => s.name === name)!.blocks.some((b) => b.includes(c.forms[0]!) && b.includes(c.beside[0]!));
    for (const pattern of [/^index\.html$/, /^compare\/[a-z0-9-]+\/index\.html$/, /^compare\/[a-z0-9-]+\/share\/index\.html$/]) {
      expect(
        sources.some((s) => pattern.test(s.name) && shown(s.name)),
        String(pattern),
      ).toBe(true);
    }
  });

  it('no page has a size headline or a ratio across measures', () => {
    for (const s of sources.filter((x) => x.name.endsWith('.html') || x.name === 'rss.xml')) {
      const text = s.blocks.join('\n');
      expect(text, s.name).not.toMatch(/orders? of magnitude apart|times the smallest \(4 orders/);
    }
  });
});
