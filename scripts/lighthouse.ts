/**
 * `npm run lighthouse`: Lighthouse (mobile preset: emulated phone, simulated slow 4G and CPU
 * slowdown) on one page of each type in every edition, in Debian's Chromium, over the sub-path build served
 * like GitHub Pages on 127.0.0.1. Prints the four category scores and LCP, CLS and TBT.
 * A script, not a test: it exits 0 whatever the scores, 1 only if a run fails.
 *
 * The site is built with SITE_URL set to the local server's origin, so canonical and card URLs
 * are same-origin, as they are on Pages. The 404 page is left out (Lighthouse refuses to
 * audit a page answered with 404).
 *
 *   npm run lighthouse
 *   npm run lighthouse -- --json lighthouse.json   # also write the figures as JSON
 *   npm run lighthouse -- --edition fr              # one edition only (`en` for the default)
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, chromiumPath } from '../tests/e2e/browser.ts';
import { TEST_BASE, buildSite, scratchDir } from '../tests/e2e/build.ts';
import { discoverPages, editionSamples, editionsOf, onePerType, splitEdition } from '../tests/e2e/pages.ts';
import { startServer } from '../tests/e2e/server.ts';

const root = path.resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const jsonOut = args.includes('--json') ? args[args.indexOf('--json') + 1] : undefined;
const onlyEdition = args.includes('--edition') ? args[args.indexOf('--edition') + 1] : undefined;
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

interface Row {
  type: string;
  path: string;
  scores: Record<(typeof CATEGORIES)[number], number | null>;
  lcpMs: number | null;
  cls: number | null;
  tbtMs: number | null;
  /** Audits under 100 % in any category, for the reader of the table. */
  notes: string[];
}

async function main(): Promise<void> {
  if (!chromiumPath) throw new Error('No Chromium: install Debian chromium or set CHROMIUM_PATH');
  const work = scratchDir(root, 'lighthouse');
  const dist = path.join(work, 'dist');
  // The server reads files per request, so it can start (and pick its port) before the build.
  const server = await startServer({ dist, base: TEST_BASE });
  mkdirSync(path.join(work, 'profile'));
  const chrome = await chromeLauncher.launch({
    chromePath: chromiumPath,
    chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
    userDataDir: path.join(work, 'profile'),
    logLevel: 'silent',
  });
  const rows: Row[] = [];
  try {
    const { seconds } = await buildSite({ root, outDir: dist, cacheDir: path.join(work, 'cache'), site: server.origin });
    console.log(`lighthouse: built under ${TEST_BASE} in ${seconds.toFixed(1)} s, serving ${server.baseUrl}`);
    const { pages, editions } = await discoverPages(dist, server.baseUrl, server.baseUrl);
    const { defaultLang, others } = editionsOf(dist);
    const editionOf = (p: { path: string }) => splitEdition(p.path, others).edition ?? defaultLang;
    const targets = [...onePerType(pages), ...editionSamples(editions, dist)].filter(
      (p) => p.status === 200 && (onlyEdition === undefined || editionOf(p) === onlyEdition),
    );
    for (const page of targets) {
      process.stdout.write(`  ${page.type} /${page.path} … `);
      const result = await lighthouse(page.url, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: [...CATEGORIES],
      });
      if (!result) throw new Error(`no result for ${page.url}`);
      const { lhr } = result;
      if (lhr.runtimeError) throw new Error(`${page.url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
      const score = (c: string) => (lhr.categories[c]?.score == null ? null : Math.round(lhr.categories[c]!.score! * 100));
      const numeric = (id: string) => lhr.audits[id]?.numericValue ?? null;
      const notes = CATEGORIES.flatMap((c) =>
        (lhr.categories[c]?.auditRefs ?? [])
          .filter((ref) => ref.weight > 0)
          .map((ref) => lhr.audits[ref.id]!)
          .filter((a) => a.score !== null && a.score < 1)
          .map((a) => `${c}: ${a.id} (${Math.round((a.score ?? 0) * 100)})`),
      );
      rows.push({
        type: page.type,
        path: `/${page.path}`,
        scores: Object.fromEntries(CATEGORIES.map((c) => [c, score(c)])) as Row['scores'],
        lcpMs: numeric('largest-contentful-paint'),
        cls: numeric('cumulative-layout-shift'),
        tbtMs: numeric('total-blocking-time'),
        notes,
      });
      console.log('done');
    }
  } finally {
    chrome.kill();
    await server.close();
    rmSync(work, { recursive: true, force: true });
  }

  const head = ['page type', 'path', 'perf', 'a11y', 'best pr.', 'SEO', 'LCP', 'CLS', 'TBT'];
  const cells = rows.map((r) => [
    r.type,
    r.path,
    ...CATEGORIES.map((c) => String(r.scores[c] ?? 'n/a')),
    r.lcpMs === null ? 'n/a' : `${(r.lcpMs / 1000).toFixed(2)} s`,
    r.cls === null ? 'n/a' : r.cls.toFixed(3),
    r.tbtMs === null ? 'n/a' : `${Math.round(r.tbtMs)} ms`,
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...cells.map((r) => r[i]!.length)));
  const line = (c: string[]) => c.map((v, i) => (i < 2 ? v.padEnd(widths[i]!) : v.padStart(widths[i]!))).join('  ');
  console.log(`\nLighthouse ${lighthouseVersion()}, mobile preset (simulated slow 4G, 4x CPU slowdown)`);
  console.log([line(head), widths.map((n) => '-'.repeat(n)).join('  '), ...cells.map(line)].join('\n'));
  const withNotes = rows.filter((r) => r.notes.length > 0);
  if (withNotes.length > 0) {
    console.log('\nAudits below 100:');
    for (const r of withNotes) console.log(`  ${r.path}: ${r.notes.join('; ')}`);
  }
  if (jsonOut) writeFileSync(jsonOut, `${JSON.stringify(rows, null, 2)}\n`);
}

function lighthouseVersion(): string {
  const pkg = path.join(root, 'node_modules', 'lighthouse', 'package.json');
  return (JSON.parse(readFileSync(pkg, 'utf8')) as { version: string }).version;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exit(1);
});
