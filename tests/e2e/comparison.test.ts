/**
 * The comparison page's navigation, as a reader on a phone uses it: each dimension is a section
 * with a stable id, listed in the sections menu; its "Link" control copies the
 * section's full address and is a plain #anchor link without JavaScript; the menu stays at the
 * top of the screen while the reader scrolls (CSS sticky, no script); each passage a button
 * opens is carried once on the page.
 */
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { dimensions } from '../../src/schemas/comparison.ts';
import { VIEWPORTS, launchBrowser } from './browser.ts';
import { discoverPages, editionsOf, sectionOrder, splitEdition } from './pages.ts';

const baseUrl = inject('baseUrl');
const hasBrowser = inject('chromiumPath') !== null;
const { pages, editions } = await discoverPages(inject('distDir'), baseUrl, inject('siteUrl'));
const comparisons = pages.filter((p) => p.type === 'comparison');
const { others } = editionsOf(inject('distDir'));

/** The analysis section of a comparison page: its blockquotes' text, and its paragraphs outside them. */
function analysisOf(html: string): { quotes: string[]; paragraphs: string[] } {
  const section = /<section id="analysis"[\s\S]*?<\/section>/.exec(html)?.[0] ?? '';
  const text = (s: string) => s.replace(/<[^>]+>/g, '').trim();
  const quotes = [...section.matchAll(/<blockquote[^>]*>([\s\S]*?)<\/blockquote>/g)].map((m) => text(m[1]!));
  const rest = section.replace(/<blockquote[\s\S]*?<\/blockquote>/g, '');
  return { quotes, paragraphs: [...rest.matchAll(/<p[^>]*>([\s\S]*?)<\/p>/g)].map((m) => text(m[1]!)) };
}

// Every edition shows the report's words a comparison's analysis quotes as a quotation, as they are.
describe.each(editions.filter((p) => p.type === 'comparison').map((p) => [p.path, p] as const))('%s', (path, page) => {
  test('shows the analysis’s blockquotes as the default edition does, and no paragraph opening with “>”', () => {
    const original = comparisons.find((c) => c.path === splitEdition(path, others).route);
    expect(original, 'the default edition’s page').toBeDefined();
    const [own, theirs] = [analysisOf(readFileSync(page.file, 'utf8')), analysisOf(readFileSync(original!.file, 'utf8'))];
    expect(own.quotes).toEqual(theirs.quotes);
    expect(own.paragraphs.filter((p) => /^(&gt;|>)/.test(p))).toEqual([]);
  });
});

describe.each(comparisons.map((p) => [p.path, p] as const))('%s', (_path, page) => {
  const html = readFileSync(page.file, 'utf8');

  test('lists every dimension in the sections menu, each a section with that id', () => {
    const menu = /<nav aria-label="Sections" class="toc" id="sections">([\s\S]*?)<\/nav>/.exec(html)?.[1];
    expect(menu, 'a sections menu with id="sections"').toBeDefined();
    const listed = [...menu!.matchAll(/href="#([^"]+)"/g)].map((m) => m[1]);
    const order = sectionOrder(html);
    expect([...order].sort()).toEqual([...dimensions].sort());
    expect(listed).toEqual([...order, 'analysis']);
  });

  test('every passage button opens a popover on the page, and each passage is carried once', () => {
    const popovers = [...html.matchAll(/<div id="([^"]+)" popover class="passage"[\s\S]*?<a href="([^"]+)">Open in the full text/g)];
    const ids = popovers.map((m) => m[1]!);
    const targets = new Set([...html.matchAll(/<button type="button" class="ev ev-open" popovertarget="([^"]+)"/g)].map((m) => m[1]!));
    expect(popovers.length, 'passage popovers').toBeGreaterThan(0);
    expect(
      [...targets].filter((t) => !ids.includes(t)),
      'buttons whose popover is missing',
    ).toEqual([]);
    expect(
      ids.filter((id) => !targets.has(id)),
      'popovers no button opens',
    ).toEqual([]);
    const hrefs = popovers.map((m) => m[2]!);
    expect(
      hrefs.filter((h, i) => hrefs.indexOf(h) !== i),
      'passages carried twice',
    ).toEqual([]);
  });

  test('each dimension section has a link to itself', () => {
    for (const id of dimensions) {
      const section = new RegExp(`<section id="${id}"[\\s\\S]*?</section>`).exec(html)?.[0] ?? '';
      expect(section, id).toMatch(new RegExp(`<a class="copy-link" href="#${id}" data-copy-link>`));
    }
  });
});

// The control's script and markup read no content and no base path (the address is the link's
// #anchor resolved against the page's): our site proves them, and the fixture skips the browser.
describe.skipIf(!hasBrowser || comparisons.length === 0 || inject('sample'))('copy-link control in Chromium', () => {
  let browser: Browser;
  const page = comparisons[0]!;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  test('with JavaScript, copies the section’s full address, announces it and shows it in the address bar', async () => {
    const context = await browser.newContext({ viewport: VIEWPORTS.desktop });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseUrl).origin });
    const tab = await context.newPage();
    await tab.goto(page.url);
    await tab.click('#money a[data-copy-link]');
    await expect.poll(() => tab.textContent('#money [data-copy-status]')).toBe('Link copied');
    expect(await tab.evaluate(() => navigator.clipboard.readText())).toBe(`${page.url}#money`);
    expect(tab.url()).toBe(`${page.url}#money`);
    await context.close();
  });

  test('without JavaScript, goes to the section, with the sections menu still in reach at the top', async () => {
    const context = await browser.newContext({ viewport: VIEWPORTS.desktop, javaScriptEnabled: false });
    const tab = await context.newPage();
    await tab.goto(page.url);
    await tab.click('#claims a[data-copy-link]');
    expect(tab.url()).toBe(`${page.url}#claims`);
    expect(await tab.evaluate(() => Math.abs(document.getElementById('sections')!.getBoundingClientRect().top))).toBeLessThan(5);
    await tab.click('#sections a[href="#money"]');
    expect(tab.url()).toBe(`${page.url}#money`);
    expect(await tab.textContent('#claims [data-copy-status]')).toBe('');
    await context.close();
  });
});
