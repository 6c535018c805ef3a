/**
 * Every page, as a reader's browser gets it from the sub-path build, at 375 px and 1280 px:
 * it loads with no console error, failed request or request to another origin; its links and
 * #fragments resolve; axe finds no WCAG 2.2 A/AA violation in light or dark; it reads the same
 * with JavaScript off. SCREENSHOTS=<dir> also saves one full-page shot per page type, width and
 * colour scheme.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Result } from 'axe-core';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { VIEWPORTS, describeRequest, launchBrowser, type ViewportName } from './browser.ts';
import { LinkChecker, linksOf } from './links.ts';
import { discoverPages, onePerType, type SitePage } from './pages.ts';

const baseUrl = inject('baseUrl');
const serverOrigin = inject('serverOrigin');
const siteUrl = inject('siteUrl');
const hasBrowser = inject('chromiumPath') !== null;
const { pages, source } = await discoverPages(inject('distDir'), baseUrl, siteUrl);
const screenshotDir = process.env.SCREENSHOTS ? path.resolve(process.env.SCREENSHOTS) : null;
const shotPages = new Set(onePerType(pages).map((p) => p.path));

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const widths = Object.keys(VIEWPORTS) as ViewportName[];

let browser: Browser;
/** One context per width and JS setting, reused by every page (a page per test). */
const contexts = new Map<string, BrowserContext>();
const links = new LinkChecker(serverOrigin, baseUrl, siteUrl);

function context(width: ViewportName, javaScript: boolean): BrowserContext {
  return contexts.get(`${width}/${javaScript}`)!;
}

interface Visit {
  page: Page;
  status: number;
  consoleErrors: string[];
  failedRequests: string[];
  foreignRequests: string[];
}

/**
 * Opens a page and records what went wrong on the way: console errors and uncaught exceptions,
 * failed or >= 400 responses (except the 404 page's own document), and any request that left
 * the test server's origin (aborted, so the page cannot lean on a third party).
 */
async function visit(target: SitePage, ctx: BrowserContext): Promise<Visit> {
  const page = await ctx.newPage();
  const v: Visit = { page, status: 0, consoleErrors: [], failedRequests: [], foreignRequests: [] };
  await page.route('**/*', async (route) => {
    const url = route.request().url();
    if (/^(data|blob):/.test(url) || new URL(url).origin === serverOrigin) return route.continue();
    v.foreignRequests.push(url);
    return route.abort('blockedbyclient');
  });
  const isOwnDocument = (url: string) => url === target.url && target.status === 404;
  page.on('console', (msg) => {
    if (msg.type() !== 'error') return;
    // Chromium logs the 404 page's own status as a failed resource: that status is intended.
    if (isOwnDocument(msg.location().url) && /status of 404/.test(msg.text())) return;
    v.consoleErrors.push(`${msg.text()} (${msg.location().url}:${msg.location().lineNumber})`);
  });
  page.on('pageerror', (error) => v.consoleErrors.push(`uncaught: ${error.message}`));
  page.on('requestfailed', (request) => {
    if (!v.foreignRequests.includes(request.url())) v.failedRequests.push(describeRequest(request));
  });
  page.on('response', (response) => {
    if (response.status() >= 400 && !isOwnDocument(response.url()))
      v.failedRequests.push(`${response.request().method()} ${response.url()}: ${response.status()}`);
  });
  const response = await page.goto(target.url, { waitUntil: 'load' });
  v.status = response?.status() ?? 0;
  return v;
}

function formatViolations(violations: Result[]): string {
  return violations
    .map((v) => {
      const nodes = v.nodes
        .slice(0, 8)
        .map((n) => `    - ${n.target.join(' ')}\n      ${(n.failureSummary ?? '').replace(/\n/g, '\n      ')}`)
        .join('\n');
      const more = v.nodes.length > 8 ? `\n    … and ${v.nodes.length - 8} more` : '';
      return `  [${v.impact}] ${v.id}: ${v.help} (${v.nodes.length} node${v.nodes.length === 1 ? '' : 's'})\n    ${v.helpUrl}\n${nodes}${more}`;
    })
    .join('\n');
}

/** innerText, whitespace-normalised per line, blank lines dropped. */
async function readableText(page: Page): Promise<string[]> {
  const text = await page.evaluate(() => document.body.innerText);
  return text
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

/** The first lines where two texts part, for a readable failure. */
function firstDifference(a: string[], b: string[]): string {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const show = (lines: string[]) => lines.slice(i, i + 3).map((l) => `      ${l}`).join('\n') || '      (end)';
  return `first difference at line ${i + 1}:\n    with JavaScript:\n${show(a)}\n    without:\n${show(b)}`;
}

describe.skipIf(!hasBrowser)(`every page in Chromium (${pages.length} pages, from the ${source})`, () => {
  beforeAll(async () => {
    browser = await launchBrowser();
    for (const width of widths) {
      for (const javaScript of [true, false]) {
        contexts.set(`${width}/${javaScript}`, await browser.newContext({ viewport: VIEWPORTS[width], javaScriptEnabled: javaScript }));
      }
    }
    if (screenshotDir) mkdirSync(screenshotDir, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
    if (links.external.size > 0) {
      const list = [...links.external].map(([href, on]) => `  ${href}  (${[...on].join(', ')})`).join('\n');
      console.log(`External links (listed, not fetched):\n${list}`);
    }
  });

  test('the page list is not empty and includes the home page', () => {
    expect(pages.map((p) => p.path)).toContain('');
  });

  describe.concurrent.each(pages)('$type /$path', (target) => {
    describe.concurrent.each(widths)('%s', (width) => {
      test('loads cleanly: expected status, no console error, failed or foreign request; links and #fragments resolve', async ({ expect }) => {
        const v = await visit(target, context(width, true));
        try {
          expect(v.status, 'HTTP status').toBe(target.status);
          expect(v.consoleErrors, 'console errors').toEqual([]);
          expect(v.failedRequests, 'failed requests').toEqual([]);
          expect(v.foreignRequests, 'requests to other origins').toEqual([]);
          const found = await linksOf(v.page);
          const ids = new Set(await v.page.evaluate(() => [...document.querySelectorAll('[id], a[name]')].map((e) => e.id || e.getAttribute('name') || '')));
          const problems = [...new Set(await links.check(v.page.url(), found, ids))];
          expect(problems, `broken links on /${target.path}:\n  ${problems.join('\n  ')}`).toEqual([]);
        } finally {
          await v.page.close();
        }
      });

      test('axe: no WCAG 2.2 A/AA violation, light and dark', async ({ expect }) => {
        const v = await visit(target, context(width, true));
        try {
          const report: string[] = [];
          for (const colorScheme of ['light', 'dark'] as const) {
            await v.page.emulateMedia({ colorScheme });
            const { violations } = await new AxeBuilder({ page: v.page })
              .withTags(AXE_TAGS)
              // Only violations are reported: skipping passes' serialisation halves the run.
              .options({ resultTypes: ['violations'] })
              .analyze();
            if (violations.length > 0) report.push(`${colorScheme}:\n${formatViolations(violations)}`);
            if (screenshotDir && shotPages.has(target.path)) {
              const file = path.join(screenshotDir, `${target.type}-${width}-${colorScheme}.png`);
              await v.page.screenshot({ path: file, fullPage: true });
            }
          }
          expect(report.length, `axe on /${target.path} at ${VIEWPORTS[width].width} px:\n${report.join('\n')}`).toBe(0);
        } finally {
          await v.page.close();
        }
      });

      test('reads the same with JavaScript off', async ({ expect }) => {
        const withJs = await visit(target, context(width, true));
        const withoutJs = await visit(target, context(width, false));
        try {
          const a = await readableText(withJs.page);
          const b = await readableText(withoutJs.page);
          expect(a.length, 'the page has text').toBeGreaterThan(0);
          expect(b, `text differs without JavaScript on /${target.path}; ${firstDifference(a, b)}`).toEqual(a);
        } finally {
          await withJs.page.close();
          await withoutJs.page.close();
        }
      });
    });
  });
});
