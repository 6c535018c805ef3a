import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { startServer } from '/work/wt/multi/tests/e2e/server.ts';
import { CHROMIUM_ARGS } from '/work/wt/multi/tests/e2e/browser.ts';
const [dist, out, ...paths] = process.argv.slice(2);
mkdirSync(out!, { recursive: true });
const server = await startServer({ dist: dist!, base: '/netflix-initiatives/' });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
for (const width of [375, 1280]) {
  const ctx = await browser.newContext({ viewport: { width, height: 800 } });
  for (const p of paths) {
    const page = await ctx.newPage();
    await page.goto(server.baseUrl + p);
    const name = (p.replace(/\//g, '_') || 'home') + `-${width}.png`;
    await page.screenshot({ path: `${out}/${name}`, fullPage: true });
    await page.screenshot({ path: `${out}/top-${name}` });
    for (const sel of ['figure.timeline', '.maps', 'section.source', 'nav.related', '#money']) {
      const loc = page.locator(sel).first();
      if (await loc.count()) await loc.screenshot({ path: `${out}/${sel.replace(/[^a-z]/g, '')}-${name}` });
    }
    await page.close();
  }
}
await browser.close();
await server.close();
