/**
 * Link-card images, from the checked content to `dist/og/`.
 *
 * - The content guard hands over the checked data (`draw`) as soon as it is valid; the cards are
 *   named (`namedCards`, the same function the pages call) and the missing ones start drawing in
 *   worker threads (card-worker.mjs) while Astro compiles and renders the pages.
 * - Each drawn card is kept in `<cacheDir>/cards/<hash>.png`, the hash taken over everything that
 *   decides its bytes (element tree, fonts, renderer versions and options, the worker's code), so
 *   an unchanged card is never drawn twice. `astro build --force` clears only Astro's data store, not this folder;
 *   a build leaves in it only its own cards.
 * - When the build is done, the cards are copied to `dist/og/<key>-<cardId>.png`, the names the
 *   pages link to. A card that failed to draw fails the build.
 * - In `astro dev` a middleware draws a requested card from the content as it is on disk.
 */
import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { namedCards, type NamedCard } from '../lib/card-files.ts';
import type { CardContent } from '../lib/cards.ts';
import { checkedData, type Valid } from '../lib/content-check.ts';
import { readContent } from '../build/content-files.ts';
import { CARD_HEIGHT, CARD_WIDTH, RESVG_OPTIONS, type CardTree } from '../lib/og-image.ts';
import { SITE } from '../site.ts';

/** A font as satori takes it, less its bytes: `path` is the file on disk. */
export interface FontFile {
  name: string;
  path: string;
  weight: 400 | 700;
  style: 'normal';
}

/** The card fonts' files, resolved from the project root. */
export function fontFiles(root: string): FontFile[] {
  const require = createRequire(join(root, 'package.json'));
  return (['latin', 'latin-ext'] as const).flatMap((subset) =>
    ([400, 700] as const).map((weight) => ({
      name: 'Noto Sans',
      path: require.resolve(`@fontsource/noto-sans/files/noto-sans-${subset}-${weight}-normal.woff`),
      weight,
      style: 'normal' as const,
    })),
  );
}

const WORKER = new URL('./card-worker.mjs', import.meta.url);

/** What decides a card's bytes besides its tree: renderer versions, options, size, font bytes and the worker's code (its PNG encoder). */
export function rendererFingerprint(root: string): string {
  const require = createRequire(join(root, 'package.json'));
  const version = (name: string) => (require(`${name}/package.json`) as { version: string }).version;
  const hash = createHash('sha256')
    .update(JSON.stringify({ satori: version('satori'), resvg: version('@resvg/resvg-js'), size: [CARD_WIDTH, CARD_HEIGHT], options: RESVG_OPTIONS }))
    .update(readFileSync(WORKER));
  for (const font of fontFiles(root)) hash.update(JSON.stringify([font.name, font.weight, font.style])).update(readFileSync(font.path));
  return hash.digest('hex');
}

/** A card to draw: its tree, and the PNG file to write. */
export interface CardJob {
  tree: CardTree;
  path: string;
}

/** Cards being drawn. */
export interface Drawing {
  /** Resolves once every worker has ended, with one message per card that could not be drawn (empty when all were). */
  done: Promise<string[]>;
  /** Starts more workers on the same queue, for when the main thread has nothing left to do. */
  widen(workers: number): void;
}

/**
 * Draws every job in worker threads that take the next job from a shared counter. By default one
 * worker per core but one: the build's main thread stays busy compiling MDX and rendering pages.
 */
export function drawCards(jobs: CardJob[], fonts: FontFile[], workers = Math.max(1, availableParallelism() - 1)): Drawing {
  if (jobs.length === 0) return { done: Promise.resolve([]), widen: () => {} };
  const settled = new Array<boolean>(jobs.length).fill(false);
  const failures: string[] = [];
  const workerData = { fonts, jobs, next: new Int32Array(new SharedArrayBuffer(4)), width: CARD_WIDTH, height: CARD_HEIGHT, options: RESVG_OPTIONS };
  const { promise, resolve } = Promise.withResolvers<string[]>();
  let running = 0;
  let finished = false;
  let crash: Error | undefined;
  const start = () => {
    running++;
    const worker = new Worker(WORKER, { workerData });
    worker.on('message', ({ i, error }: { i: number; error?: string }) => {
      settled[i] = true;
      if (error) failures.push(`${jobs[i]!.path}: ${error}`);
    });
    worker.on('error', (error) => (crash ??= error));
    worker.on('exit', () => {
      if (--running > 0) return;
      finished = true;
      // A card still unsettled was claimed by a worker that died.
      jobs.forEach((job, i) => settled[i] || failures.push(`${job.path}: not drawn (${crash?.message ?? 'its worker ended'})`));
      resolve(failures);
    });
  };
  for (let w = 0; w < Math.min(workers, jobs.length); w++) start();
  return {
    done: promise,
    widen: (more) => {
      for (let w = 0; w < more && !finished; w++) start();
    },
  };
}

/** The plain data the cards are made from, as the content check parsed it. */
function cardContent(valid: Valid): CardContent {
  return {
    articles: [...valid.articles].map(([id, { data }]) => ({ id, data })),
    comparisons: [...valid.comparisons].map(([id, { data }]) => ({ id, data, articles: data.articles })),
    rates: [...valid.rates.values()].map((r) => r.data),
    references: new Map([...valid.references].map(([id, r]) => [id, r.data])),
  };
}

interface Setup {
  root: string;
  cache: string;
  fonts: FontFile[];
  fingerprint: string;
}

/** The site's cards, each with the cache file its picture lives in. */
function cachedCards(content: CardContent, setup: Setup): (NamedCard & { cached: string })[] {
  return namedCards(content, SITE).map((card) => {
    const key = createHash('sha256').update(setup.fingerprint).update(JSON.stringify(card.tree)).digest('hex');
    return { ...card, cached: join(setup.cache, `${key}.png`) };
  });
}

/** Names every card and starts drawing those not in the cache. */
function startDrawing(content: CardContent, setup: Setup) {
  const cards = cachedCards(content, setup);
  const missing = cards.filter((card) => !existsSync(card.cached));
  mkdirSync(setup.cache, { recursive: true });
  const pool = drawCards(
    missing.map((card) => ({ tree: card.tree, path: card.cached })),
    setup.fonts,
  );
  return { cards, drawn: missing.length, pool };
}

export type CardsIntegration = AstroIntegration & {
  /** Starts drawing the site's cards from the checked data (the content guard calls it in builds). */
  draw(valid: Valid): void;
};

/** Must come before the content guard in `integrations`: the guard hands it the checked data. */
export default function cards(): CardsIntegration {
  let setup: Setup | undefined;
  let drawing: ReturnType<typeof startDrawing> | undefined;

  return {
    name: 'cards',
    draw(valid) {
      if (!setup) throw new Error('cards(): list this integration before the content guard, which hands it the checked data');
      drawing = startDrawing(cardContent(valid), setup);
    },
    hooks: {
      'astro:config:setup': ({ config }) => {
        const root = fileURLToPath(config.root);
        setup = { root, cache: fileURLToPath(new URL('cards/', config.cacheDir)), fonts: fontFiles(root), fingerprint: rendererFingerprint(root) };
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((req, res, next) => {
          const file = /\/og\/([a-z0-9-]+-[0-9a-f]{10}\.png)$/.exec(req.url?.split('?')[0] ?? '')?.[1];
          if (!file || !setup) return next();
          const { files, errors } = readContent(setup.root);
          const data = checkedData(files);
          const card = errors.length + data.errors.length === 0 ? cachedCards(cardContent(data.valid), setup).find((c) => c.file === file) : undefined;
          if (!card) return next();
          mkdirSync(setup.cache, { recursive: true });
          const ready = existsSync(card.cached) ? Promise.resolve([]) : drawCards([{ tree: card.tree, path: card.cached }], setup.fonts, 1).done;
          ready.then((failures) => {
            if (failures.length > 0) return next(new Error(failures.join('\n')));
            res.setHeader('Content-Type', 'image/png');
            res.end(readFileSync(card.cached));
          }, next);
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!drawing || !setup) throw new Error('cards(): no checked content was handed over, so no card was drawn (is the content guard listed after it?)');
        // The pages are written: the main thread's core can draw the cards still queued.
        drawing.pool.widen(1);
        const failures = await drawing.pool.done;
        if (failures.length > 0) throw new Error(`${failures.length} card${failures.length === 1 ? '' : 's'} could not be drawn:\n${failures.join('\n')}`);
        const out = fileURLToPath(new URL('og/', dir));
        mkdirSync(out, { recursive: true });
        for (const card of drawing.cards) copyFileSync(card.cached, join(out, card.file));
        // The cache keeps this build's cards only, so it stays the size of the site.
        const kept = new Set(drawing.cards.map((card) => basename(card.cached)));
        for (const name of readdirSync(setup.cache)) if (!kept.has(name)) rmSync(join(setup.cache, name), { force: true });
        logger.info(`og/: ${drawing.cards.length} cards, ${drawing.drawn} drawn, ${drawing.cards.length - drawing.drawn} from the cache`);
      },
    },
  };
}
