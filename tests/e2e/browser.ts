/**
 * One way to start Chromium for every browser test (and the Lighthouse script): Debian's
 * Chromium, never a downloaded one, with the flags this closed, root-run machine needs.
 *
 *   const browser = await launchBrowser();            // throws if none: guard with hasBrowser
 *   describe.skipIf(!hasBrowser)('…', () => { … });
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page, type Request } from 'playwright-core';

/**
 * Flags for headless Chromium here: no sandbox (runs as root), and nothing that phones home —
 * background networking, component updates and sync would hit the closed network and log
 * failures at every start.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
] as const;

/**
 * `CHROMIUM_PATH` when set (and null if it names nothing: a wrong setting should be seen, not
 * papered over by another browser), else Debian's `/usr/bin/chromium`; null when there is none.
 */
export function findChromium(): string | null {
  const explicit = process.env.CHROMIUM_PATH;
  if (explicit) return existsSync(explicit) ? explicit : null;
  return ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p)) ?? null;
}

export const chromiumPath = findChromium();
export const hasBrowser = chromiumPath !== null;

/** Says loudly that browser tests will not run; fails instead when CI requires them. */
export function reportMissingBrowser(): void {
  if (hasBrowser) return;
  const line = '!'.repeat(78);
  const message = [
    line,
    `!! No Chromium found (${process.env.CHROMIUM_PATH ? `CHROMIUM_PATH=${process.env.CHROMIUM_PATH} does not exist` : 'CHROMIUM_PATH unset and /usr/bin/chromium missing'}).`,
    '!! The BROWSER tests are SKIPPED: no console, link, axe, no-JS or screenshot checks ran.',
    '!! Install it with: apt-get install chromium   (or set CHROMIUM_PATH)',
    line,
  ].join('\n');
  if (process.env.REQUIRE_BROWSER === '1') throw new Error(`REQUIRE_BROWSER=1 but no Chromium was found.\n${message}`);
  console.warn(`\n${message}\n`);
}

export async function launchBrowser(): Promise<Browser> {
  if (!chromiumPath) throw new Error('No Chromium: set CHROMIUM_PATH or install Debian chromium');
  return chromium.launch({ executablePath: chromiumPath, args: [...CHROMIUM_ARGS], headless: true });
}

/** `url` loaded in a page of its own context (viewport, colour scheme, script on or off); `closePage` ends both. */
export async function openPage(browser: Browser, url: string, options: BrowserContextOptions): Promise<Page> {
  const page = await (await browser.newContext(options)).newPage();
  await page.goto(url);
  return page;
}

export const closePage = (page: Page) => page.context().close();

export const VIEWPORTS = {
  phone: { width: 375, height: 812 },
  desktop: { width: 1280, height: 800 },
} as const;
export type ViewportName = keyof typeof VIEWPORTS;

/**
 * A context that lets requests reach only `allowedOrigin` (the loopback server). Anything else
 * is aborted and recorded in `blocked`, so a test can fail on it: the site must work with no
 * third party at all.
 */
export async function isolatedContext(
  browser: Browser,
  allowedOrigin: string,
  options: BrowserContextOptions = {},
): Promise<{ context: BrowserContext; blocked: string[] }> {
  const context = await browser.newContext({ ...options });
  const blocked: string[] = [];
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (url.startsWith('data:') || url.startsWith('blob:') || new URL(url).origin === allowedOrigin) {
      await route.continue();
    } else {
      blocked.push(url);
      await route.abort('blockedbyclient');
    }
  });
  return { context, blocked };
}

/** Short description of a failed request, for messages. */
export function describeRequest(request: Request): string {
  return `${request.method()} ${request.url()} (${request.resourceType()}): ${request.failure()?.errorText ?? 'failed'}`;
}
