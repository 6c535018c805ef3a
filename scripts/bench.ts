/**
 * `npm run bench`: how long the site takes to build and how heavy its pages are, now and as
 * content grows, next to Astro's own floor. A benchmark, not a test: it prints tables and exits
 * 0 unless a build fails.
 *
 * 1. The real project, built `--runs` times under the sub-path with its own build script (`npm
 *    run build`, each into a fresh temporary directory with its own cache): median build time,
 *    pages built, and bytes per page type (HTML raw and gzip, first-visit total as in the
 *    budgets test).
 * 2. A scale run per N: a temporary copy of the project (node_modules linked) with N synthetic
 *    articles and N comparisons added, checked by the content check, then in one run
 *    - the bare baseline: a temporary Astro + MDX project with the same article and comparison
 *      files, the same unified/remark-gfm pipeline and one bare page per entry (Astro's floor),
 *    - a cold build of the project (empty caches, as a fresh clone or a deploy without a
 *      restored cache),
 *    each reporting wall time, CPU time (user + system of the whole process tree), peak memory
 *    (max RSS of the process tree) and the load average when it started, then the three ratios
 *    project / baseline.
 *
 * Synthetic articles are copies of the real ones under new ids (the same body, so the
 * evidence passages still match); comparison k pairs synthetic article k with article k+1.
 *
 *   npm run bench                      # everything (N = 10, 100, 500)
 *   npm run bench -- --scale 500       # the real project, then the scale run at N = 500
 *   npm run bench -- --runs 0 --scale 100   # only the scale run, at N = 100
 *   npm run bench -- --scale none      # skip the scale run
 *   npm run bench -- --runs 0 --scale 500 --keep   # keep the N = 500 copy (to profile it), print where
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { TEST_BASE, TEST_SITE, scratchDir } from '../tests/e2e/build.ts';
import { buildEnv, projectCopy } from '../tests/helpers/project.ts';
import { builtPages, pageType } from '../tests/e2e/pages.ts';
import { kb, weighPage } from '../tests/e2e/weigh.ts';
import { MAX_TITLE_LENGTH } from '../src/schemas/common.ts';

const root = path.resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1]! : fallback;
};
const runs = Number(option('runs', '3'));
const keep = args.includes('--keep');
const scales = option('scale', '10,100,500') === 'none' ? [] : option('scale', '10,100,500').split(',').map(Number);

interface Build {
  seconds: number;
  /** User + system CPU seconds of the whole process tree (null without GNU time): on a shared machine, steadier than wall time. */
  cpu: number | null;
  /** The 1-minute load average when the build started: other work on the machine slows wall time. */
  load: number;
  /** Peak resident memory in bytes (null when it could not be measured). */
  peakRss: number | null;
  outDir: string;
}

const TIME = '/usr/bin/time';
const hasGnuTime = existsSync(TIME) && spawnSync(TIME, ['-v', 'true']).status === 0;

/** Sum of VmRSS over a process and its descendants (Linux /proc), in bytes. */
function treeRss(pid: number): number {
  let total = 0;
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      /* gone */
    }
  }
  const stack = [pid];
  while (stack.length > 0) {
    const p = stack.pop()!;
    try {
      const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${p}/status`, 'utf8'));
      if (m) total += Number(m[1]) * 1024;
    } catch {
      /* gone */
    }
    stack.push(...(children.get(p) ?? []));
  }
  return total;
}

/**
 * The project's `npm run build`, under the sub-path, timed, with peak memory. The script runs
 * as npm runs it (`sh -c`, node_modules/.bin first on PATH) but without npm's own process, so
 * its settings (such as the allocator's) count and npm's memory does not.
 */
function build(projectRoot: string, label: string): Promise<Build> {
  const work = scratchDir(projectRoot, `bench-${label}`);
  const outDir = path.join(work, 'dist');
  const script = (JSON.parse(readFileSync(path.join(projectRoot, 'package.json'), 'utf8')) as { scripts: { build: string } }).scripts.build;
  const shellArgs = ['-c', `${script} --outDir "$BENCH_OUT_DIR"`];
  const command = hasGnuTime ? TIME : 'sh';
  const commandArgs = hasGnuTime ? ['-v', 'sh', ...shellArgs] : shellArgs;
  const env = buildEnv();
  const load = os.loadavg()[0]!;
  const started = process.hrtime.bigint();
  return new Promise((resolve, reject) => {
    const child = spawn(command, commandArgs, {
      cwd: projectRoot,
      env: {
        ...env,
        PATH: `${path.join(projectRoot, 'node_modules', '.bin')}${path.delimiter}${env.PATH ?? ''}`,
        BENCH_OUT_DIR: outDir,
        BASE_PATH: TEST_BASE,
        SITE_URL: TEST_SITE,
        ASTRO_CACHE_DIR: path.join(work, 'cache'),
        ASTRO_TELEMETRY_DISABLED: '1',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (c: Buffer) => (output += c.toString()));
    child.stderr.on('data', (c: Buffer) => (output += c.toString()));
    // Sampled as a cross-check and as the fallback without GNU time: the whole process tree.
    let sampled = 0;
    const timer = setInterval(() => (sampled = Math.max(sampled, child.pid ? treeRss(child.pid) : 0)), 100);
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(timer);
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      if (code !== 0) {
        rmSync(work, { recursive: true, force: true });
        return reject(new Error(`build of ${projectRoot} failed (exit ${code}):\n${output.slice(-8000)}`));
      }
      const max = /Maximum resident set size \(kbytes\): (\d+)/.exec(output);
      const peakRss = Math.max(max ? Number(max[1]) * 1024 : 0, sampled) || null;
      const cpuTime = (name: string) => Number(new RegExp(`${name} time \\(seconds\\): ([\\d.]+)`).exec(output)?.[1] ?? NaN);
      const cpu = cpuTime('User') + cpuTime('System');
      resolve({ seconds, cpu: Number.isNaN(cpu) ? null : cpu, load, peakRss, outDir });
    });
  });
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

function printTable(title: string, head: string[], rows: string[][]): void {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  console.log(`\n${title}\n${line(head)}\n${widths.map((n) => '-'.repeat(n)).join('  ')}\n${rows.map(line).join('\n')}`);
}

const mb = (bytes: number | null) => (bytes === null ? 'n/a' : `${(bytes / 1024 / 1024).toFixed(0)} MB`);

/** Adds n articles (copies of the real ones, new ids and titles) and n comparisons of them. */
function addSynthetic(copy: string, n: number): void {
  const articlesDir = path.join(copy, 'content', 'articles');
  const comparisonsDir = path.join(copy, 'content', 'comparisons');
  const templates = readdirSync(articlesDir)
    .filter((f) => f.endsWith('.mdx'))
    .sort();
  const comparisonTemplate = readdirSync(comparisonsDir)
    .filter((f) => f.endsWith('.mdx'))
    .sort()[0];
  if (templates.length === 0 || !comparisonTemplate) throw new Error('no article or comparison to derive synthetic content from');
  // A new title per copy (so every card differs, as real ones would), within the schema's 120 characters.
  const retitle = (source: string, prefix: string) =>
    source.replace(/^title: (["']?)(.*)\1$/m, (_m, q: string, title: string) => `title: ${q}${`${prefix}${title}`.slice(0, MAX_TITLE_LENGTH).trimEnd()}${q}`);
  const id = (k: number) => `synthetic-${String(k).padStart(4, '0')}`;
  // A title names its copy in letters ("Synthetic ab: …"): a number in a title must rest on a fact.
  const letters = (k: number): string => (k < 26 ? '' : letters(Math.floor(k / 26) - 1)) + String.fromCharCode(97 + (k % 26));
  // One edition: the bare build it is measured against has one, and a synthetic comparison has no translation.
  const site = path.join(copy, 'content', 'site.yaml');
  writeFileSync(site, readFileSync(site, 'utf8').replace(/^locales: \[([^,\]]+)[^\]]*\]/m, 'locales: [$1]'));
  rmSync(path.join(copy, 'content', 'translations'), { recursive: true, force: true });
  const templateIds: string[] = [];
  for (let k = 0; k < n; k++) {
    const template = templates[k % templates.length]!;
    templateIds.push(template.replace(/\.mdx$/, ''));
    const source = readFileSync(path.join(articlesDir, template), 'utf8');
    writeFileSync(path.join(articlesDir, `${id(k)}.mdx`), retitle(source, `Synthetic ${letters(k)}: `));
  }
  const comparison = readFileSync(path.join(comparisonsDir, comparisonTemplate), 'utf8');
  const compared = (/^articles: \[([^\]]*)\]/m.exec(comparison)?.[1] ?? '').split(',').map((name) => name.trim().replace(/^["']|["']$/g, ''));
  for (let k = 0; k < n; k++) {
    // Pair articles made from different templates, as the real comparison does.
    let other = (k + 1) % n;
    while (n > 1 && templateIds[other] === templateIds[k] && other !== k) other = (other + 1) % n;
    const [a, b] = [k, other].sort((x, y) => templateIds[x]!.localeCompare(templateIds[y]!));
    // The template's fact references ("<article>/<fact>") follow its articles to their copies.
    const body = retitle(comparison, `Synthetic ${letters(k)}: `)
      .replace(/^articles: \[[^\]]*\]/m, `articles: [${id(a!)}, ${id(b!)}]`)
      .replace(
        new RegExp(`(["'\\s\\[])(${compared.join('|')})/`, 'g'),
        (_m, before: string, article: string) => `${before}${article === templateIds[a!] ? id(a!) : id(b!)}/`,
      );
    writeFileSync(path.join(comparisonsDir, `${id(k)}-vs.mdx`), body);
  }
}

function contentCheck(copy: string): void {
  const result = spawnSync(process.execPath, ['--experimental-strip-types', '--no-warnings', path.join(copy, 'scripts', 'check-content.ts'), copy], {
    cwd: copy,
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`synthetic content fails the content check:\n${result.stdout}${result.stderr}`);
  process.stdout.write(`  ${result.stdout.trim()}\n`);
}

async function main(): Promise<void> {
  console.log(
    `bench: ${os.cpus().length} cores, node ${process.version}, ${hasGnuTime ? 'peak memory from /usr/bin/time -v' : 'peak memory sampled from /proc'}`,
  );

  // 1. The real project (--runs 0 skips it).
  if (runs > 0) {
    const builds: Build[] = [];
    for (let i = 0; i < runs; i++) {
      const b = await build(root, 'site');
      console.log(`  build ${i + 1}/${runs}: ${b.seconds.toFixed(2)} s, peak ${mb(b.peakRss)}`);
      builds.push(b);
    }
    const last = builds.at(-1)!;
    const pages = builtPages(last.outDir);
    const types = new Map<string, { count: number; html: number; gzip: number; visit: number }>();
    for (const p of pages) {
      const w = weighPage(last.outDir, p, TEST_BASE, TEST_SITE);
      const t = types.get(pageType(p)) ?? { count: 0, html: 0, gzip: 0, visit: 0 };
      t.count++;
      t.html += w.htmlRaw;
      t.gzip += w.htmlGzip;
      t.visit += w.firstVisit;
      types.set(pageType(p), t);
    }
    printTable(
      'Build (real content)',
      ['figure', 'value'],
      [
        [`build time, median of ${runs}`, `${median(builds.map((b) => b.seconds)).toFixed(2)} s`],
        ['all runs', builds.map((b) => `${b.seconds.toFixed(2)} s`).join(', ')],
        ['peak memory, median', mb(median(builds.map((b) => b.peakRss ?? 0)))],
        ['pages built (HTML)', String(pages.length)],
      ],
    );
    printTable(
      'Bytes per page type (mean per page)',
      ['type', 'pages', 'HTML', 'HTML gzip', 'first visit'],
      [...types].map(([type, t]) => [type, String(t.count), kb(t.html / t.count), kb(t.gzip / t.count), kb(t.visit / t.count)]),
    );
    for (const b of builds) rmSync(path.dirname(b.outDir), { recursive: true, force: true });
  }

  // 2. Scale, next to the bare baseline.
  if (scales.length === 0) return;
  const rows: string[][] = [];
  const ratios: string[][] = [];
  const failures: string[] = [];
  for (const n of scales) {
    console.log(`\nscale N=${n}: copying the project and adding ${n} articles and ${n} comparisons`);
    const copy = projectCopy();
    let bare: string | null = null;
    try {
      addSynthetic(copy, n);
      contentCheck(copy);
      bare = bareProject(copy);
      const runs: Partial<Record<'bare' | 'cold', Build>> = {};
      const steps = [
        ['bare', () => build(bare!, `n${n}-bare`)],
        ['cold', () => build(copy, `n${n}`)],
      ] as const;
      for (const [name, run] of steps) {
        try {
          runs[name] = await run();
          const b = runs[name];
          console.log(`  ${name}: ${b.seconds.toFixed(1)} s, CPU ${b.cpu?.toFixed(1) ?? 'n/a'} s, peak ${mb(b.peakRss)} (load ${b.load.toFixed(2)} at start)`);
        } catch (error) {
          // Keep going: a failure at one N is a finding for the table, not the end of the run.
          const message = error instanceof Error ? error.message : String(error);
          const cause = /panicked at [^\n]*|Error: [^\n]*|\[\w+Error\][^\n]*/.exec(message)?.[0] ?? message.split('\n')[0]!;
          console.log(`  ${name}: FAILED: ${cause}`);
          failures.push(`N=${n} ${name}: ${cause}`);
        }
      }
      const { cold, bare: floor } = runs;
      const pages = cold ? builtPages(cold.outDir).length : 0;
      const figures = (b?: Build) =>
        b ? [`${b.seconds.toFixed(1)} s`, `${b.cpu?.toFixed(1) ?? 'n/a'} s`, mb(b.peakRss), b.load.toFixed(2)] : ['failed', '', '', ''];
      rows.push([String(n), String(pages), ...figures(cold), ...figures(floor)]);
      const ratio = (a?: number | null, b?: number | null) => (a && b ? `${(a / b).toFixed(2)}×` : 'n/a');
      ratios.push([String(n), ratio(cold?.cpu, floor?.cpu), ratio(cold?.seconds, floor?.seconds), ratio(cold?.peakRss, floor?.peakRss)]);
      for (const b of Object.values(runs)) rmSync(path.dirname(b.outDir), { recursive: true, force: true });
    } finally {
      if (keep) console.log(`  kept: ${copy} and ${bare ?? '(no bare project)'}`);
      else {
        rmSync(copy, { recursive: true, force: true });
        if (bare) rmSync(bare, { recursive: true, force: true });
      }
    }
  }
  printTable(
    'Scale: N synthetic articles + N comparisons, cold builds',
    ['N', 'pages', 'project wall', 'CPU', 'peak', 'load', 'bare Astro + MDX wall', 'CPU', 'peak', 'load'],
    rows,
  );
  printTable('Project / bare build (goals at N = 500: CPU ≤ 2.5×, wall ≤ 2.5×, memory ≤ 1.2×)', ['N', 'CPU', 'wall', 'peak memory'], ratios);
  if (failures.length > 0) {
    console.log(`\nFailed builds:\n  ${failures.join('\n  ')}`);
    process.exitCode = 1;
  }
}

/**
 * Astro's floor for the same content: a bare Astro + MDX project with the copy's article and
 * comparison files, the project's Markdown pipeline (unified with remark-gfm, no smartypants, no
 * highlighting) and one page per entry that renders its title and body. No schemas, no checks,
 * no cards.
 */
function bareProject(from: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bench-bare-'));
  for (const collection of ['articles', 'comparisons'])
    cpSync(path.join(from, 'content', collection), path.join(dir, 'content', collection), { recursive: true });
  symlinkSync(path.join(root, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  const files: Record<string, string> = {
    'package.json': JSON.stringify({ name: 'bench-bare', private: true, type: 'module', scripts: { build: 'astro build --force' } }),
    'astro.config.mjs': `import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import remarkGfm from 'remark-gfm';
export default defineConfig({
  site: process.env.SITE_URL,
  base: process.env.BASE_PATH,
  trailingSlash: 'always',
  cacheDir: process.env.ASTRO_CACHE_DIR,
  markdown: { syntaxHighlight: false, processor: unified({ gfm: false, smartypants: false, remarkPlugins: [remarkGfm] }) },
  integrations: [mdx()],
});
`,
    'src/content.config.ts': `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
export const collections = {
  articles: defineCollection({ loader: glob({ base: './content/articles', pattern: '*.mdx' }) }),
  comparisons: defineCollection({ loader: glob({ base: './content/comparisons', pattern: '*.mdx' }) }),
};
`,
    'src/pages/[collection]/[id].astro': `---
import { getCollection, render } from 'astro:content';
export async function getStaticPaths() {
  const entries = [...(await getCollection('articles')), ...(await getCollection('comparisons'))];
  return entries.map((entry) => ({ params: { collection: entry.collection, id: entry.id }, props: { entry } }));
}
const { entry } = Astro.props;
const { Content } = await render(entry);
---
<html lang="en"><head><meta charset="utf-8" /><title>{entry.data.title}</title></head><body><h1>{entry.data.title}</h1><Content /></body></html>
`,
  };
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  return dir;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
