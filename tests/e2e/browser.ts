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

/**
 * Tabs reused from one page to the next. A new tab starts a renderer process, which costs about
 * twice what loading a page in it does, so `open` loads the page in a free tab of a context
 * made with the same options (viewport, colour scheme, script on or off), and `close` hands the
 * tab back blank, with the media and viewport its context set. Every page is still a fresh load.
 */
export class Tabs {
  readonly #contexts = new Map<string, { context: BrowserContext; options: BrowserContextOptions; free: Page[] }>();
  readonly #home = new Map<Page, { options: BrowserContextOptions; free: Page[] }>();

  readonly browser: Browser;

  constructor(browser: Browser) {
    this.browser = browser;
  }

  /** A blank tab of a context made with `options`. */
  async take(options: BrowserContextOptions = {}): Promise<Page> {
    const key = JSON.stringify(options);
    let entry = this.#contexts.get(key);
    if (!entry) {
      entry = { context: await this.browser.newContext(options), options, free: [] };
      this.#contexts.set(key, entry);
    }
    const page = entry.free.pop() ?? (await entry.context.newPage());
    this.#home.set(page, entry);
    return page;
  }

  /** `url` loaded in a tab of a context made with `options`; pair with `close`. */
  async open(url: string, options: BrowserContextOptions = {}): Promise<Page> {
    const page = await this.take(options);
    await page.goto(url);
    return page;
  }

  /** Hands a tab back for the next page. */
  async close(page: Page): Promise<void> {
    const home = this.#home.get(page);
    if (!home) throw new Error('not a tab of this pool');
    this.#home.delete(page);
    await page.goto('about:blank');
    await page.emulateMedia({ media: null, colorScheme: home.options.colorScheme ?? null });
    const { viewport } = home.options;
    const now = page.viewportSize();
    if (viewport && (now?.width !== viewport.width || now.height !== viewport.height)) await page.setViewportSize(viewport);
    home.free.push(page);
  }
}

export const VIEWPORTS = {
  phone: { width: 375, height: 812 },
  desktop: { width: 1280, height: 800 },
} as const;
export type ViewportName = keyof typeof VIEWPORTS;

/** Short description of a failed request, for messages. */
export function describeRequest(request: Request): string {
  return `${request.method()} ${request.url()} (${request.resourceType()}): ${request.failure()?.errorText ?? 'failed'}`;
}
