/**
 * Draws many cards at once, for the build. Satori (layout to SVG) and resvg (SVG to PNG) both run
 * in worker threads, one per core, with the fonts and options `renderCard` uses, so the bytes are
 * those `renderCard` gives. The page-rendering thread only sends element trees: pages go on
 * rendering while cards are drawn (pages name their card by `cardId`, without waiting for it).
 *
 * Memory: resvg's images live in native memory that V8 does not count, and are freed only when
 * their JS handles are collected. Rasterising alone, a thread made too little garbage to collect
 * them (5.6 GB peak at 1,000 cards). Satori's layout makes plenty, so a worker that does both
 * collects as it goes: 1,000 cards in two workers peak at about 480 MB for the whole process.
 */
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { CARD_HEIGHT, CARD_WIDTH, fontFiles, RESVG_OPTIONS, type CardTree } from '../lib/og-image.ts';

// CommonJS, evaluated as the worker's main script: receives a card's tree, answers its PNG bytes.
const WORKER = `
const { readFileSync } = require('node:fs');
const { parentPort, workerData } = require('node:worker_threads');
const satoriModule = require(workerData.satori);
const satori = satoriModule.default || satoriModule;
const { Resvg } = require(workerData.resvg);
const fonts = workerData.fonts.map(({ path, ...font }) => ({ ...font, data: readFileSync(path) }));
parentPort.on('message', async (tree) => {
  try {
    const svg = await satori(tree, { width: workerData.width, height: workerData.height, fonts });
    const png = new Uint8Array(new Resvg(svg, workerData.options).render().asPng());
    parentPort.postMessage({ png }, [png.buffer]);
  } catch (error) {
    parentPort.postMessage({ error: String((error && error.stack) || error) });
  }
});
`;

/** Sends one tree to a worker and waits for its answer (or its death). */
function draw(worker: Worker, tree: CardTree): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const done = () => worker.off('message', onMessage).off('error', onError).off('exit', onExit);
    const onMessage = (answer: { png?: Uint8Array; error?: string }) => {
      done();
      if (answer.png) resolve(answer.png);
      else reject(new Error(`card rendering failed: ${answer.error}`));
    };
    const onError = (error: Error) => (done(), reject(error));
    const onExit = (code: number) => (done(), reject(new Error(`card worker exited (code ${code}) before answering`)));
    worker.on('message', onMessage).on('error', onError).on('exit', onExit);
    worker.postMessage(tree);
  });
}

/**
 * Starts drawing every tree and returns one promise per tree at once, in order. Each lane (one
 * per core) takes the next tree from a shared queue, in its own worker, replaced after a failure.
 */
export function startRenderingCards(trees: CardTree[]): Promise<Uint8Array>[] {
  const jobs = trees.map((tree) => ({ tree, ...Promise.withResolvers<Uint8Array>() }));
  for (const job of jobs) job.promise.catch(() => {}); // whoever awaits the card gets the error
  const require = createRequire(join(process.cwd(), 'package.json'));
  const workerData = {
    satori: require.resolve('satori'),
    resvg: require.resolve('@resvg/resvg-js'),
    fonts: fontFiles(),
    width: CARD_WIDTH,
    height: CARD_HEIGHT,
    options: RESVG_OPTIONS,
  };
  const queue = [...jobs];
  const lane = async () => {
    let worker: Worker | undefined;
    for (let job = queue.shift(); job; job = queue.shift()) {
      try {
        worker ??= new Worker(WORKER, { eval: true, workerData });
        job.resolve(await draw(worker, job.tree));
      } catch (error) {
        job.reject(error);
        await worker?.terminate();
        worker = undefined;
      }
    }
    await worker?.terminate();
  };
  const lanes = Math.min(availableParallelism(), trees.length);
  for (let i = 0; i < lanes; i++) void lane();
  return jobs.map((job) => job.promise);
}

/** Draws every tree, in parallel; results in the order of `trees`. */
export function renderCards(trees: CardTree[]): Promise<Uint8Array[]> {
  return Promise.all(startRenderingCards(trees));
}
