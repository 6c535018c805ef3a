/**
 * Every page, as a reader's browser gets it from the sub-path build, at 375 px and 1280 px:
 * it loads with no console error, failed request or request to another origin; its links and
 * #fragments resolve; axe finds no WCAG 2.2 A/AA violation in light, nor a colour one in dark;
 * at 375 px it reads the same with JavaScript off; at 320 px nothing is wider than the screen
 * and drawings keep their labels inside (`checks` below: fewer checks, at 375 px only, when the
 * project samples). Each page is loaded once, at 375 px, for all of these (the other widths
 * resize that load), and once more without JavaScript. SCREENSHOTS=<dir> also saves one
 * full-page shot per page type, width and colour scheme.
 */
import AxeBuilder from '@axe-core/playwright';
import axe, { type Result, type RunOptions } from 'axe-core';
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, ConsoleMessage, Page, Request, Response } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { Tabs, VIEWPORTS, describeRequest, launchBrowser, type ViewportName } from './browser.ts';
import { LinkChecker, linksOf } from './links.ts';
import { discoverPages, editionSamples, onePerType, type SitePage } from './pages.ts';

const baseUrl = inject('baseUrl');
const serverOrigin = inject('serverOrigin');
const siteUrl = inject('siteUrl');
const hasBrowser = inject('chromiumPath') !== null;
const { pages: defaultPages, editions, source } = await discoverPages(inject('distDir'), baseUrl, siteUrl);
// The other editions are the same templates in other words: one page of each type per edition, at 375 px.
const samples = editionSamples(editions, inject('distDir'));
const sampledEdition = new Set(samples.map((p) => p.path));
const pages = [...defaultPages, ...samples];
const screenshotDir = process.env.SCREENSHOTS ? path.resolve(process.env.SCREENSHOTS) : null;
const shotPages = new Set(onePerType(defaultPages).map((p) => p.path));
/**
 * Which checks a page gets at a width. Our site: every page loads cleanly and passes axe at both
 * widths, and reads the same without JavaScript at 375 px; one page of each type per other
 * edition loads cleanly and passes axe at 375 px.
 *
 * When the project samples (the fixture: the same templates over other content, which our site
 * already proves at both widths and in every edition), each visit keeps one guarantee about the
 * content, at 375 px only (what a page loads and links to does not depend on the width):
 * - every page of the default edition loads cleanly with its links and #fragments resolving, at
 *   a root domain, and fits a 320 px screen (any report, currency or comparison renders);
 * - one page of each type also passes axe (the templates filled with other content); the
 *   JavaScript-off reading is our site's alone, since the scripts act on clicks only and read
 *   no content, so what they could change does not depend on the content;
 * - one page of each type per other edition loads cleanly with its links resolving (its
 *   addresses under `/<lang>/` at a root domain); its axe run is our site's, whose other
 *   editions are the same templates in other words.
 */
const sample = inject('sample');
const typical = new Set(onePerType(defaultPages).map((p) => p.path));
function checks(target: SitePage, width: ViewportName) {
  if (sampledEdition.has(target.path)) return { load: width === 'phone', axe: width === 'phone' && !sample, jsOff: false, narrow: false };
  const deep = !sample || typical.has(target.path);
  // `load`: whether the page is checked at this width at all (its one visit resized to it); `narrow`: every page of the default edition at 320 px.
  return {
    load: !sample || width === 'phone',
    axe: deep,
    jsOff: !sample && width === 'phone',
    narrow: width === 'phone',
  };
}
/** The narrowest screen a page must fit without scrolling sideways. */
const NARROW = { width: 320, height: 640 };

/**
 * WCAG 2.0–2.2 A and AA rules only. Set through options() in one go: AxeBuilder.options()
 * replaces what withTags() set, so the two cannot be chained. Only violations are returned:
 * skipping the passes' serialisation halves the run.
 */
const AXE_OPTIONS = {
  runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
  resultTypes: ['violations'],
} satisfies RunOptions;
/**
 * The dark scheme changes the palette only (tests/unit/dark-scheme.test.ts holds every
 * `prefers-color-scheme: dark` rule to custom properties): in dark, the A/AA rules that read
 * colours run again; the light run covers every other rule for both.
 */
const AXE_DARK_OPTIONS = {
  runOnly: { type: 'rule', values: ['color-contrast', 'link-in-text-block'] },
  resultTypes: ['violations'],
} satisfies RunOptions;
const widths = Object.keys(VIEWPORTS) as ViewportName[];

let browser: Browser;
/** Tabs reused from page to page, in one context per width and JavaScript setting. */
let tabs: Tabs;
const links = new LinkChecker(serverOrigin, baseUrl, siteUrl);

interface Visit {
  page: Page;
  status: number;
  consoleErrors: string[];
  failedRequests: string[];
  foreignRequests: string[];
  /** Stops recording and hands the tab back. */
  end: () => Promise<void>;
}

/**
 * Opens a page and records what went wrong on the way: console errors and uncaught exceptions,
 * failed or >= 400 responses (except the 404 page's own document), and any request that left
 * the test server's origin.
 */
async function visit(target: SitePage, width: ViewportName, javaScriptEnabled: boolean): Promise<Visit> {
  const page = await tabs.take({ viewport: VIEWPORTS[width], javaScriptEnabled });
  const foreignRequests: string[] = [];
  const v: Visit = { page, status: 0, consoleErrors: [], failedRequests: [], foreignRequests, end: async () => {} };
  const isForeign = (url: string) => !/^(data|blob|about):/.test(url) && new URL(url).origin !== serverOrigin;
  // A document in a page (the share page's snippet preview) loads our site by its absolute
  // address, same-origin on Pages: those requests are answered from the test server. Elsewhere
  // requests are only watched (intercepting every request costs a third of a load).
  const framed = readFileSync(target.file, 'utf8').includes(' srcdoc=');
  if (framed)
    await page.route('**/*', async (route) => {
      const url = route.request().url();
      if (url.startsWith(siteUrl)) return route.fulfill({ response: await route.fetch({ url: baseUrl + url.slice(siteUrl.length) }) });
      if (!isForeign(url)) return route.continue();
      return route.abort('blockedbyclient');
    });
  const isOwnDocument = (url: string) => url === target.url && target.status === 404;
  const onRequest = (request: Request) => {
    if (isForeign(request.url()) && !(framed && request.url().startsWith(siteUrl))) foreignRequests.push(request.url());
  };
  const onConsole = (msg: ConsoleMessage) => {
    if (msg.type() !== 'error') return;
    // Chromium logs the 404 page's own status as a failed resource: that status is intended.
    if (isOwnDocument(msg.location().url) && /status of 404/.test(msg.text())) return;
    // A CSP 'self' rule blocking an absolute URL of our own site: on Pages the page and that URL
    // share an origin and the load is allowed; only here (page on 127.0.0.1) do they differ.
    // Anything else a CSP blocks, including other origins, still fails.
    const csp = /^Loading the \w+ '([^']+)' violates the following Content Security Policy directive: "([^"]*)"/.exec(msg.text());
    if (csp && csp[1]!.startsWith(siteUrl) && /'self'/.test(csp[2]!)) return;
    v.consoleErrors.push(`${msg.text()} (${msg.location().url}:${msg.location().lineNumber})`);
  };
  const onPageError = (error: Error) => v.consoleErrors.push(`uncaught: ${error.message}`);
  const onRequestFailed = (request: Request) => {
    if (!foreignRequests.includes(request.url())) v.failedRequests.push(describeRequest(request));
  };
  const onResponse = (response: Response) => {
    if (response.status() >= 400 && !isOwnDocument(response.url()))
      v.failedRequests.push(`${response.request().method()} ${response.url()}: ${response.status()}`);
  };
  page.on('request', onRequest);
  page.on('console', onConsole);
  page.on('pageerror', onPageError);
  page.on('requestfailed', onRequestFailed);
  page.on('response', onResponse);
  v.end = async () => {
    page.off('request', onRequest);
    page.off('console', onConsole);
    page.off('pageerror', onPageError);
    page.off('requestfailed', onRequestFailed);
    page.off('response', onResponse);
    if (framed) await page.unrouteAll();
    await tabs.close(page);
  };
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

const SCRIPTLESS_FRAMES = 'iframe[sandbox]:not([sandbox~="allow-scripts"])';

/**
 * axe in the page's top document. Its source is evaluated once per document and reused by the
 * light and dark runs (AxeBuilder evaluates it again on every run, about a third of a run's cost).
 */
async function axeIn(page: Page, options: RunOptions): Promise<Result[]> {
  type WithAxe = { axe?: typeof axe };
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source);
  return page.evaluate((options) => (window as WithAxe).axe!.run(document, options).then((results) => results.violations), options);
}

/**
 * axe over the page, and over the document of each script-less sandboxed iframe (the share
 * page's preview) on a page of its own: Playwright cannot evaluate in a frame that forbids
 * scripts, so they are checked with `iframes: false`, which still checks the iframe element
 * itself (title, …). A page with other frames goes through AxeBuilder, which puts axe in each.
 */
async function runAxe(page: Page, colorScheme: 'light' | 'dark'): Promise<Result[]> {
  const options = colorScheme === 'dark' ? AXE_DARK_OPTIONS : AXE_OPTIONS;
  const frames = await page.$$eval(SCRIPTLESS_FRAMES, (els) => els.map((e) => ({ title: e.getAttribute('title') ?? '', srcdoc: e.getAttribute('srcdoc') })));
  const otherFrames = await page.$$eval(`iframe:not(${SCRIPTLESS_FRAMES})`, (els) => els.length);
  // Legacy mode runs axe in the page itself; the default mode opens a blank page per run to
  // merge frame results, which makes it 2–3 times slower here.
  const violations =
    otherFrames > 0
      ? (
          await new AxeBuilder({ page })
            .options(frames.length > 0 ? { ...options, iframes: false } : options)
            .setLegacyMode(true)
            .analyze()
        ).violations
      : await axeIn(page, { ...options, iframes: false });
  for (const frame of frames) {
    if (frame.srcdoc === null) continue;
    const inner = await page.context().newPage();
    try {
      await inner.route('**/*', (route) => {
        const url = route.request().url();
        if (url.startsWith(siteUrl)) return route.fulfill({ status: 302, headers: { location: baseUrl + url.slice(siteUrl.length) } });
        if (url.startsWith(baseUrl) || /^(data|blob):/.test(url)) return route.continue();
        return route.abort('blockedbyclient');
      });
      await inner.emulateMedia({ colorScheme });
      await inner.setContent(frame.srcdoc, { waitUntil: 'load' });
      const inside = await axeIn(inner, options);
      violations.push(...inside.map((v) => ({ ...v, help: `inside <iframe title="${frame.title}">: ${v.help}` })));
    } finally {
      await inner.close();
    }
  }
  return violations;
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
  const show = (lines: string[]) =>
    lines
      .slice(i, i + 3)
      .map((l) => `      ${l}`)
      .join('\n') || '      (end)';
  return `first difference at line ${i + 1}:\n    with JavaScript:\n${show(a)}\n    without:\n${show(b)}`;
}

describe.skipIf(!hasBrowser)(`every page in Chromium (${pages.length} pages, from the ${source})`, () => {
  beforeAll(async () => {
    browser = await launchBrowser();
    tabs = new Tabs(browser);
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
    // One visit per page serves every check below, in order: at 375 px what the load recorded,
    // axe and the JavaScript-off reading; narrowed to 320 px, the layout; widened to 1280 px,
    // axe again and nothing more logged or requested. The site's scripts only answer clicks and
    // it has no width-dependent asset (no srcset, <picture> or media-dependent url()), so a
    // page resized to a width lays out and loads as a page loaded at that width would.
    let visited: Promise<Visit & { text: string[] }> | undefined;
    /** The page as loaded at 375 px with JavaScript, and its readable text read at once. */
    const loaded = () => (visited ??= visit(target, 'phone', true).then(async (v) => ({ ...v, text: await readableText(v.page) })));
    afterAll(async () => {
      await (await visited?.catch(() => undefined))?.end();
    });

    describe.each(widths.filter((width) => checks(target, width).load))('%s', { concurrent: false }, (width) => {
      const { axe, jsOff, narrow } = checks(target, width);
      /** The visit at this width. */
      const at = async () => {
        const v = await loaded();
        if (v.page.viewportSize()?.width !== VIEWPORTS[width].width) await v.page.setViewportSize(VIEWPORTS[width]);
        return v;
      };

      if (width === 'phone')
        test('loads cleanly: expected status, no console error, failed or foreign request; links and #fragments resolve', async ({ expect }) => {
          const v = await at();
          expect.soft(v.status, 'HTTP status').toBe(target.status);
          expect.soft(v.consoleErrors, 'console errors').toEqual([]);
          expect.soft(v.failedRequests, 'failed requests').toEqual([]);
          expect.soft(v.foreignRequests, 'requests to other origins').toEqual([]);
          const found = await linksOf(v.page);
          const ids = new Set(await v.page.evaluate(() => [...document.querySelectorAll('[id], a[name]')].map((e) => e.id || e.getAttribute('name') || '')));
          const problems = [...new Set(await links.check(v.page.url(), found, ids))];
          expect.soft(problems, `broken links on /${target.path}:\n  ${problems.join('\n  ')}`).toEqual([]);
        });
      else
        test('widened from 375 px: no console error, failed or foreign request since the load', async ({ expect }) => {
          const v = await at();
          await v.page.waitForLoadState('networkidle');
          expect.soft(v.consoleErrors, 'console errors').toEqual([]);
          expect.soft(v.failedRequests, 'failed requests').toEqual([]);
          expect.soft(v.foreignRequests, 'requests to other origins').toEqual([]);
        });

      if (axe)
        test('axe: no WCAG 2.2 A/AA violation in light, no colour violation in dark', async ({ expect }) => {
          const { page } = await at();
          const report: string[] = [];
          for (const colorScheme of ['light', 'dark'] as const) {
            await page.emulateMedia({ colorScheme });
            const violations = await runAxe(page, colorScheme);
            if (violations.length > 0) report.push(`${colorScheme}:\n${formatViolations(violations)}`);
            if (screenshotDir && shotPages.has(target.path)) {
              const file = path.join(screenshotDir, `${target.type}-${width}-${colorScheme}.png`);
              await page.screenshot({ path: file, fullPage: true });
            }
          }
          await page.emulateMedia({ colorScheme: null });
          expect(report.length, `axe on /${target.path} at ${VIEWPORTS[width].width} px:\n${report.join('\n')}`).toBe(0);
        });

      // The scripts only add controls; what they could hide or change is the same at any width.
      if (jsOff)
        test('reads the same with JavaScript off', async ({ expect }) => {
          const { text: a } = await loaded();
          const withoutJs = await visit(target, 'phone', false);
          try {
            const b = await readableText(withoutJs.page);
            expect(a.length, 'the page has text').toBeGreaterThan(0);
            expect(b, `text differs without JavaScript on /${target.path}; ${firstDifference(a, b)}`).toEqual(a);
          } finally {
            await withoutJs.end();
          }
        });

      if (narrow)
        test('at 320 px: nothing wider than the screen; drawings keep their labels inside', async ({ expect }) => {
          const { page } = await loaded();
          await page.setViewportSize(NARROW);
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
          expect(wide.width).toBe(NARROW.width);
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
        });
    });
  });
});
