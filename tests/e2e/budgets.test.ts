/**
 * Performance budgets over the built files, for a reader on a slow phone connection who opens a
 * newsletter link (a first visit, empty cache). Sizes are what GitHub Pages sends (gzip for
 * text). Prints every page's figures, pass or fail.
 *
 * - HTML ≤ 14 KB gzip (what fits in the first round trip), 30 KB for comparison pages (their passages travel with them, each
 *   once, and the ClaimReview of every checked claim of both reports);
 * - all CSS ≤ 8 KB gzip, per page and for the whole site;
 * - nothing render-blocking but the HTML and that CSS;
 * - no JavaScript but the copy-link, copy-snippet and edition-link enhancements: < 2 KB per page, 3 KB for the whole site (raw);
 * - a first visit (HTML + everything it loads, card images excepted) < 60 KB;
 * - no web font over 25 KB.
 */
import { describe, expect, inject, test } from 'vitest';
import { builtPages, distFiles, editionsOf, pageType, splitEdition } from './pages.ts';
import { BUDGETS, KB, htmlBudget, kb, siteAssets, weighPage, type PageWeight } from './weigh.ts';

const distDir = inject('distDir');
const basePath = inject('basePath');
const siteOrigin = inject('siteOrigin');

const files = distFiles(distDir);
// Every page of every edition, each held to its type's budget.
const { others } = editionsOf(distDir);
const pages = builtPages(distDir);
const weights: (PageWeight & { type: string })[] = pages.map((p) => ({
  ...weighPage(distDir, p, basePath, siteOrigin),
  type: pageType(splitEdition(p, others).route),
}));
const site = siteAssets(
  distDir,
  files,
  files.filter((f) => f.endsWith('.html')),
);

function table(): string {
  const head = ['page', 'type', 'HTML', 'HTML gz', 'budget', 'CSS gz', 'JS', 'requests', 'first visit', 'fonts'];
  const rows = weights.map((w) => [
    `/${w.page}`,
    w.type,
    kb(w.htmlRaw),
    kb(w.htmlGzip),
    kb(htmlBudget(w.type)),
    kb(w.cssGzip),
    w.jsRaw ? `${w.jsRaw} B` : '0',
    String(1 + w.resources.length),
    kb(w.firstVisit),
    String(w.resources.filter((r) => r.kind === 'font').length),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i < 2 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [line(head), widths.map((n) => '-'.repeat(n)).join('  '), ...rows.map(line)].join('\n');
}

describe('performance budgets (first visit, gzip as served)', () => {
  test('prints each page’s figures', () => {
    console.log(`\nBudgets over ${distDir}\n${table()}\n`);
    console.log(
      `site-wide: CSS ${kb(site.cssGzip)} gzip (${site.cssParts.join(', ') || 'none'}); ` + `JS ${site.jsRaw} B raw (${site.jsFiles.join(', ') || 'none'})\n`,
    );
    for (const w of weights) {
      if (w.resources.length === 0) continue;
      const list = w.resources.map((r) => `    ${r.file} (${r.kind}, ${r.via}): ${kb(r.transfer)}`).join('\n');
      console.log(`/${w.page} loads:\n${list}${w.cardImages.length ? `\n    not counted (card images): ${w.cardImages.join(', ')}` : ''}`);
    }
    expect(weights.length).toBeGreaterThan(0);
  });

  test.for(weights.map((w) => [w.page, w] as const))('/%s', ([, w], { expect }) => {
    const budget = htmlBudget(w.type);
    expect.soft(w.problems, 'references that would fail or leave the site').toEqual([]);
    expect.soft(w.htmlGzip, `HTML ${kb(w.htmlGzip)} gzip over the ${kb(budget)} budget for ${w.type} pages`).toBeLessThanOrEqual(budget);
    expect.soft(w.cssGzip, `CSS ${kb(w.cssGzip)} gzip over ${kb(BUDGETS.cssGzip)}`).toBeLessThanOrEqual(BUDGETS.cssGzip);
    expect.soft(w.renderBlocking, 'render-blocking resources besides the HTML and local CSS').toEqual([]);
    expect.soft(w.jsRaw, `JS ${w.jsRaw} B over ${BUDGETS.jsRaw} B`).toBeLessThan(BUDGETS.jsRaw);
    expect.soft(w.firstVisit, `first visit ${kb(w.firstVisit)} over ${kb(BUDGETS.firstVisit)}`).toBeLessThan(BUDGETS.firstVisit);
    const heavyFonts = w.resources.filter((r) => r.kind === 'font' && r.transfer > BUDGETS.font).map((r) => `${r.file}: ${kb(r.transfer)}`);
    expect.soft(heavyFonts, `web fonts over ${kb(BUDGETS.font)}`).toEqual([]);
  });

  test(`the whole site's CSS is at most ${BUDGETS.cssGzip / KB} KB gzip`, () => {
    expect(site.cssGzip, `all CSS: ${kb(site.cssGzip)} (${site.cssParts.join(', ')})`).toBeLessThanOrEqual(BUDGETS.cssGzip);
  });

  test(`the only JavaScript is the copy-link, copy-snippet and edition-link enhancements, under ${BUDGETS.jsSiteRaw} B for the whole site`, () => {
    expect(site.jsRaw, `all JS: ${site.jsRaw} B (${site.jsFiles.join(', ')})`).toBeLessThan(BUDGETS.jsSiteRaw);
    expect(site.jsFiles.map((f) => f.split('/').at(-1)).sort(), `JS files: ${site.jsFiles.join(', ')}`).toEqual([
      'copy-link.js',
      'copy-snippet.js',
      'edition-link.js',
    ]);
  });

  test(`no web font over ${BUDGETS.font / KB} KB`, () => {
    const fonts = new Map(weights.flatMap((w) => w.resources.filter((r) => r.kind === 'font').map((r) => [r.file, r.transfer] as const)));
    console.log(`web fonts loaded: ${[...fonts].map(([f, n]) => `${f} ${kb(n)}`).join(', ') || 'none (system fonts)'}`);
    expect([...fonts].filter(([, n]) => n > BUDGETS.font).map(([f, n]) => `${f}: ${kb(n)}`)).toEqual([]);
  });
});
