/**
 * Over the built site, on every page type (home, article, comparison, share, data downloads,
 * RSS, card alt text and og tags): every converted amount, in every form the fact view writes it
 * in, sits beside its rate's value, date and source and whose money it is, and every display of
 * a figure or date that a claim check covers says so in the view's words, whatever its status.
 * "Beside" means in the same smallest block that shows it: a list item, table row, paragraph,
 * description, caption, chart group, attribute value or CSV/JSON row. The forms and words come
 * from the view model, so a surface that writes a figure in a new form is checked too. Spaces
 * are compared as spaces, no-break ones included (a figure and a date hold together with them).
 * X's alt text (420 characters) may give a figure's status in brief, its worst aspects alone, as
 * the first screen does: the og:image:alt of the same image gives it whole.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Element, Nodes, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/build/content-files.ts';
import { articleFacts, type ArticleFacts } from '../../src/lib/fact-view.ts';
import { FORMS } from '../../src/lib/money.ts';
import { articleSchema } from '../../src/schemas/article.ts';
import { comparisonSchema } from '../../src/schemas/comparison.ts';
import { rateSchema } from '../../src/schemas/rate.ts';
import { referenceSchema } from '../../src/schemas/reference.ts';
import { contentRoot, distDir } from './seo-helpers.ts';
import { en } from '../helpers/messages.ts';
import { editionsOf } from './pages.ts';

// ---- what the content says must travel -------------------------------------------------------

/** Text with its runs of white space, no-break spaces included, as one space. */
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

const { files } = readContent(contentRoot);
const of = (c: string) => files.filter((f) => f.collection === c);
const rates = of('rates').map((f) => rateSchema.parse(f.data));
const references = new Map(of('references').map((f) => [f.id, referenceSchema.parse(f.data)]));
const articles = new Map(of('articles').map((f) => [f.id, articleSchema.parse(f.data)]));
const views: ArticleFacts[] = of('comparisons').flatMap((f) => {
  const c = comparisonSchema.parse(f.data);
  return c.articles.map((id) => articleFacts({ article: articles.get(id)!, currency: c.currency, rates, references, messages: en }));
});

/**
 * Converted amounts: every form the view writes the number in, and what must sit beside it. The
 * `axis` form is left out: it is for gridlines ("100k"), never a figure's own label.
 */
const conversions = views.flatMap((v) =>
  v.figures.flatMap((f) => {
    if (!f.converted) return [];
    return [
      {
        id: f.id,
        forms: FORMS.filter((form) => form !== 'axis').map((form) => squash(f.converted!.forms[form])),
        beside: [f.converted.rate.text, f.converted.rate.date, f.converted.rate.source.publisher].map(squash),
        // The downloads give the rate as columns: value, ISO date and the source's address.
        columns: [String(f.converted.rate.value), f.converted.rate.iso, f.converted.rate.source.url],
        whose: f.whose!,
      },
    ];
  }),
);

/** Figures and dates covered by a claim check, whatever its status: every form that shows them, and the view's words for their status. */
const flagged = views.flatMap((v) => [
  ...v.figures
    .filter((f) => f.statusText)
    .flatMap((f) =>
      [
        ...new Set([
          ...FORMS.filter((form) => form !== 'axis').map((form) => f.forms[form]),
          ...(f.converted ? [f.converted.forms.full, f.converted.forms.short] : []),
        ]),
      ].map((shown) => ({ id: f.id, shown: squash(shown), status: squash(f.statusText!), short: squash(f.statusShort!) })),
    ),
  ...v.dates.filter((d) => d.statusText).map((d) => ({ id: d.id, shown: squash(d.event), status: squash(d.statusText!), short: squash(d.statusText!) })),
]);

// ---- blocks of the built site ----------------------------------------------------------------

const BLOCKS = new Set(['li', 'tr', 'td', 'p', 'dd', 'figcaption', 'textarea', 'title', 'h1']);
const classes = (el: Element) => (Array.isArray(el.properties.className) ? el.properties.className : []);
const isBlock = (el: Element) => BLOCKS.has(el.tagName) || classes(el).includes('dot-group') || classes(el).includes('key-cell');

const textOf = (node: Nodes): string =>
  'value' in node && typeof node.value === 'string' ? node.value : 'children' in node ? node.children.map((c) => textOf(c as Nodes)).join(' ') : '';

/** X's alt text of each page's card, as blocks: a figure's status may be given in brief there. */
const xAlts = new Set<string>();

/** The innermost blocks of a page, and every attribute value (alt, content, srcdoc) as a block of its own. */
function htmlBlocks(html: string): string[] {
  const tree: Root = fromHtml(html);
  const blocks: string[] = [];
  // An article page's fact is one list item: its title, tags and details are read together.
  // So is a table cell (the newsletter snippet sets a figure and its rate as paragraphs of one
  // cell), and a key figure's cell (the figure, whose it is, and the open line of its rate and status).
  const isFact = (el: Element) =>
    el.tagName === 'td' || (el.tagName === 'li' && classes(el).includes('fact')) || (el.tagName === 'div' && classes(el).includes('key-cell'));
  const walk = (node: Nodes, inFact = false) => {
    if (node.type === 'element') {
      // The report's own text, as received, is its words, not ours; a change list quotes what a
      // page said before, as it was published (held to these rules when it was current).
      if (Array.isArray(node.properties.className) && (node.properties.className.includes('report') || node.properties.className.includes('changes'))) return;
      for (const key of ['alt', 'content', 'srcDoc', 'ariaLabel']) {
        const value = node.properties[key];
        if (typeof value === 'string') blocks.push(...(key === 'srcDoc' ? htmlBlocks(value) : [squash(value)]));
        if (key === 'content' && typeof value === 'string' && node.properties.name === 'twitter:image:alt') xAlts.add(squash(value));
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
// The default edition's pages: these checks read its words (tests/e2e/editions.test.ts holds every
// other edition's figures to the default edition's, number for number).
const { others } = editionsOf(distDir);
const htmlRoutes = (dir = ''): string[] =>
  readdirSync(path.join(distDir, dir), { withFileTypes: true }).flatMap((e) => {
    const rel = path.join(dir, e.name);
    if (e.isDirectory()) return ['og', '_astro', '.prerender', ...(dir === '' ? others : [])].includes(e.name) ? [] : htmlRoutes(rel);
    return e.name.endsWith('.html') ? [rel] : [];
  });

const facts = (JSON.parse(page('data/facts.json')) as { facts: { evidence: string }[] }).facts;
/** CSV lines (comment lines, a header, then one per fact, in the JSON's order) without their evidence cell. */
const withoutEvidence = (lines: string[]) =>
  lines
    .filter((line) => !line.startsWith('#'))
    .map((line, i) =>
      i === 0 || !facts[i - 1] ? line : line.replace(`"${facts[i - 1]!.evidence.replace(/"/g, '""')}"`, '').replace(facts[i - 1]!.evidence, ''),
    );

const sources: { name: string; blocks: string[] }[] = [
  ...htmlRoutes().map((route) => ({ name: route, blocks: htmlBlocks(page(route)) })),
  {
    name: 'rss.xml',
    blocks: page('rss.xml')
      .split(/<\/item>/)
      .map(squash),
  },
  // A row's `evidence` is the report's own words, not our display of the fact: left out.
  { name: 'data/facts.csv', blocks: withoutEvidence(page('data/facts.csv').split(/\r\n/)).map(squash) },
  { name: 'data/facts.json', blocks: facts.map(({ evidence: _, ...row }) => squash(JSON.stringify(row))) },
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
    expect(flagged.some((f) => f.status.includes('contradicted'))).toBe(true);
    expect(flagged.some((f) => f.status.includes('not settled'))).toBe(true);
    expect(flagged.some((f) => f.status === 'value reported the same way elsewhere')).toBe(true);
    // A figure written with spaces (a scale word, a currency) is found where it is shown, in full and in X's alt text.
    const found = (shown: string) => sources.some((s) => showing(s.blocks, shown).length > 0);
    expect(flagged.some((f) => f.shown.includes(' ') && found(f.shown))).toBe(true);
    expect(conversions.some((c) => c.forms.some((form) => form.includes(' ') && found(form)))).toBe(true);
    expect(xAlts.size).toBeGreaterThan(0);
  });

  it.each(sources.map((s) => [s.name, s] as const))('%s: every converted amount sits beside its rate’s value, date and source', (_name, source) => {
    for (const c of conversions) {
      for (const form of c.forms) {
        for (const block of showing(source.blocks, form)) {
          const beside = source.name.startsWith('data/facts.') ? c.columns : c.beside;
          for (const needed of beside) expect(block, `${c.id} (${form}) without “${needed}” in: ${block}`).toContain(needed);
          // Whose money it is travels with it too ("StreamCo’s share"), except in the downloads' columns.
          if (!source.name.startsWith('data/facts.'))
            expect(block.toLowerCase(), `${c.id} (${form}) without whose money it is in: ${block}`).toContain(squash(c.whose).toLowerCase());
        }
      }
    }
  });

  it.each(sources.map((s) => [s.name, s] as const))('%s: every display of a checked figure or date says so, whatever its status', (_name, source) => {
    for (const f of flagged) {
      for (const block of showing(source.blocks, f.shown)) {
        // A chart's dot carries its status word, and its group the words in full.
        const status = xAlts.has(block) && !block.toLowerCase().includes(f.status.toLowerCase()) ? f.short : f.status;
        expect(block.toLowerCase(), `${f.id} (${f.shown}) shown without “${status}” in: ${block}`).toContain(status.toLowerCase());
      }
    }
  });

  it('a converted figure is shown, with its rate and whose money it is, on the home page, a comparison and a share page, card alt text included', () => {
    const c = conversions[0]!;
    const short = c.forms.at(-1)!;
    // The card's short form ("about €140k") is what its alt text, og:image:alt and the JSON-LD caption give.
    const shown = (name: string) =>
      sources.find((s) => s.name === name)!.blocks.some((b) => b.includes(short) && b.includes(c.beside[0]!) && b.includes(c.whose));
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
