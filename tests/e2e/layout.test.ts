/**
 * Layouts that hold for any content, in Chromium: no page is wider than a 320 px screen; map
 * labels and timeline labels stay inside their drawings; timeline ticks never repeat a label
 * and carry a year whenever the year changes; comparisons link to the other comparisons of
 * their reports, and articles to their comparisons. Runs over our content and the fixture.
 */
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { readContent } from '../../src/build/content-files.ts';
import { launchBrowser } from './browser.ts';
import { startTags } from './markup.ts';
import { discoverPages } from './pages.ts';

const baseUrl = inject('baseUrl');
const basePath = inject('basePath');
const hasBrowser = inject('chromiumPath') !== null;
const { pages } = await discoverPages(inject('distDir'), baseUrl, inject('siteUrl'));
const content = readContent(inject('contentRoot')).files;
const comparisons = content
  .filter((f) => f.collection === 'comparisons')
  .map((f) => ({ id: f.id, articles: (f.data as { articles: [string, string] }).articles }));

let browser: Browser;
let narrow: BrowserContext;

describe.skipIf(!hasBrowser)('at 320 px', () => {
  beforeAll(async () => {
    browser = await launchBrowser();
    narrow = await browser.newContext({ viewport: { width: 320, height: 640 } });
  });
  afterAll(async () => browser?.close());

  test.concurrent.each(pages.map((p) => [p.path || '(home)', p] as const))(
    '%s: nothing wider than the screen; drawings keep their labels inside',
    async (_name, target) => {
      const page = await narrow.newPage();
      try {
        await page.goto(target.url);
        const wide = await page.evaluate(() => {
          const width = document.documentElement.clientWidth;
          const over = [...document.querySelectorAll('body *')]
            .filter((e) => e.getBoundingClientRect().right > width + 0.5 && getComputedStyle(e).position !== 'fixed')
            .filter((e) => !e.closest('.visually-hidden, [hidden]'))
            .map(
              (e) =>
                `${e.tagName.toLowerCase()}${e.className && typeof e.className === 'string' ? `.${e.className.split(' ')[0]}` : ''}: ${Math.round(e.getBoundingClientRect().right)} px "${(e.textContent ?? '').trim().slice(0, 40)}"`,
            );
          return { scroll: document.documentElement.scrollWidth, width, over: over.slice(0, 5) };
        });
        expect(wide.scroll, `/${target.path} scrolls sideways: ${wide.over.join('; ')}`).toBeLessThanOrEqual(wide.width);
        const clipped = await page.evaluate(() =>
          [...document.querySelectorAll('figure svg')].flatMap((svg) => {
            const frame = svg.getBoundingClientRect();
            return [...svg.querySelectorAll('text')]
              .filter((t) => {
                const r = t.getBoundingClientRect();
                return r.width > 0 && (r.left < frame.left - 1 || r.right > frame.right + 1 || r.top < frame.top - 1 || r.bottom > frame.bottom + 1);
              })
              .map((t) => t.textContent ?? '');
          }),
        );
        expect(clipped, `labels cut by the edge of a drawing on /${target.path}`).toEqual([]);
      } finally {
        await page.close();
      }
    },
  );
});

describe.each(pages.filter((p) => p.type === 'comparison').map((p) => [p.path, p] as const))('%s', (path, page) => {
  const html = readFileSync(page.file, 'utf8');
  const id = path.split('/')[1]!;
  const self = comparisons.find((c) => c.id === id)!;

  test('timeline ticks never repeat a label; the first names its year, and all do when the axis crosses a year', () => {
    const svg = /<figure class="chart timeline[^"]*"[\s\S]*?<\/figure>/.exec(html)?.[0] ?? '';
    const ticks = [...svg.matchAll(/<text class="tick"[^>]*>([^<]+)<\/text>/g)].map((m) => m[1]!);
    expect(new Set(ticks).size).toBe(ticks.length);
    if (ticks.length > 0) expect(ticks[0]).toMatch(/\d{4}/);
    const years = new Set(ticks.map((t) => /\d{4}/.exec(t)?.[0]).filter(Boolean));
    if (years.size > 1) for (const t of ticks) expect(t).toMatch(/\d{4}/);
  });

  test('links to every other comparison that shares one of its reports, and to no other', () => {
    const related = comparisons.filter((c) => c.id !== id && c.articles.some((a) => self.articles.includes(a))).map((c) => c.id);
    const nav = /<nav class="related"[\s\S]*?<\/nav>/.exec(html)?.[0] ?? '';
    const linked = startTags(nav)
      .filter((t) => t.name === 'a')
      .map((t) => t.attrs.get('href'));
    expect(linked.sort()).toEqual(related.map((c) => `${basePath}compare/${c}/`).sort());
  });
});

describe.each(pages.filter((p) => p.type === 'article').map((p) => [p.path, p] as const))('%s', (path, page) => {
  test('links to every comparison it is in', () => {
    const id = path.split('/')[1]!;
    const hrefs = new Set(
      startTags(readFileSync(page.file, 'utf8'))
        .filter((t) => t.name === 'a')
        .map((t) => t.attrs.get('href')),
    );
    for (const c of comparisons.filter((x) => x.articles.includes(id))) expect(hrefs.has(`${basePath}compare/${c.id}/`)).toBe(true);
  });
});
