/**
 * Draws cards in worker threads (card-worker.cjs): satori lays each card out as SVG, resvg
 * rasterises it, and the worker encodes the PNG. The main thread only hands over element trees
 * and collects PNGs:
 * pages go on rendering while cards are drawn (they name their card by `cardId`, without
 * waiting for it).
 *
 * Memory: resvg's images live in native memory that V8 does not count; they are freed by
 * finalizers that run on the worker's event loop after a garbage collection. Each worker lets its
 * loop turn after every card: without that, 1,000 cards peaked at 3.6 GB; with it, at about
 * 500 MB for the whole process (measured; rasterising on the page thread once peaked at 5.6 GB).
 */
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { siteCards, type CardContent } from '../lib/cards.ts';
import type { Valid } from '../lib/content-check.ts';
import { CARD_HEIGHT, CARD_WIDTH, cardFileName, cardTree, fontFiles, RESVG_OPTIONS, type CardModel, type CardTree } from '../lib/og-image.ts';
import { SITE } from '../site.ts';
// The worker's main script, as text (Vite's ?raw): evaluated with `eval: true`, it needs no
// path that differs between the source tree, the built prerender bundle and the test runner.
import WORKER from './card-worker.cjs?raw';

/**
 * Starts drawing every tree and returns one promise per tree at once, in order. A card that
 * cannot be drawn rejects with the reason, and the others are still drawn. By default one worker
 * per core but one: the build's main thread stays busy (compiling MDX, then rendering pages)
 * the whole time the cards are drawn, and a third thread on two cores slowed it more than the
 * cards gained (N=500 build, measured).
 */
export function startRenderingCards(trees: CardTree[], workers = Math.max(1, availableParallelism() - 1)): Promise<Uint8Array>[] {
  const jobs = trees.map(() => Promise.withResolvers<Uint8Array>());
  for (const job of jobs) job.promise.catch(() => {}); // whoever awaits the card gets the error
  if (trees.length === 0) return [];
  const require = createRequire(join(process.cwd(), 'package.json'));
  const workerData = {
    satori: require.resolve('satori'),
    resvg: require.resolve('@resvg/resvg-js'),
    fonts: fontFiles(),
    width: CARD_WIDTH,
    height: CARD_HEIGHT,
    options: RESVG_OPTIONS,
    trees,
    next: new Int32Array(new SharedArrayBuffer(4)),
  };
  const count = Math.min(workers, trees.length);
  let running = count;
  let failure: Error | undefined;
  for (let w = 0; w < count; w++) {
    const worker = new Worker(WORKER, { eval: true, workerData });
    worker.on('message', ({ i, png, error }: { i: number; png?: Uint8Array; error?: string }) => {
      if (png) jobs[i]!.resolve(png);
      else jobs[i]!.reject(new Error(`card rendering failed: ${error}`));
    });
    worker.on('error', (error) => (failure ??= error));
    // Once every worker has ended, a card still unsettled was claimed by a worker that died.
    worker.on('exit', () => {
      if (--running > 0) return;
      const reason = failure ?? new Error('card was not drawn: every card worker has ended');
      for (const job of jobs) job.reject(reason); // no effect on cards already drawn
    });
  }
  return jobs.map((job) => job.promise);
}

// ---- drawing ahead of the pages ----------------------------------------------------------
//
// Astro runs page code (and so the og route) only after compiling every MDX file, a stretch in
// which the build keeps about one core busy. The content guard has the checked content long
// before that, so `drawCardsEarly` starts the workers then, and hands the promises to the og
// route through a global: the integration and the pages are separate module instances in one
// process. The og route takes only cards whose file name (a hash of the card's tree) it expects,
// and draws any other itself, so the handoff can make the build faster but never wrong.

const EARLY = Symbol.for('netflix-initiatives.early-cards');
type EarlyCards = Map<string, Promise<Uint8Array>>;
const slot = globalThis as typeof globalThis & { [EARLY]?: EarlyCards };

/**
 * Every card of the site, with the element tree it is drawn from and its file name: the one
 * naming both the early drawing and the pages use, so their file names agree.
 */
export function namedCards(content: CardContent): { key: string; model: CardModel; tree: CardTree; file: string }[] {
  return siteCards(content, SITE).map(({ key, model }) => {
    const tree = cardTree(model, SITE.name);
    return { key, model, tree, file: cardFileName(key, tree) };
  });
}

/** Starts drawing every card of the site from the checked content (the build, at config time). */
export function drawCardsEarly(valid: Valid): void {
  const cards = namedCards({
    articles: [...valid.articles].map(([id, { data }]) => ({ id, data })),
    comparisons: [...valid.comparisons].map(([id, { data }]) => ({ id, data, articles: data.articles })),
    rates: [...valid.rates.values()].map((r) => r.data),
    references: new Map([...valid.references].map(([id, r]) => [id, r.data])),
  });
  const pngs = startRenderingCards(cards.map((card) => card.tree));
  slot[EARLY] = new Map(cards.map((card, i) => [card.file, pngs[i]!]));
}

/** The cards drawn early, by file name (empty when none were); hands them over once. */
export function takeEarlyCards(): EarlyCards {
  const early = slot[EARLY] ?? new Map();
  delete slot[EARLY];
  return early;
}
