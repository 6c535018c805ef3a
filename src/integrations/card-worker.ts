/**
 * The build's card-drawing thread, started by `drawCards` in cards.ts: draws every job
 * (`workerData.jobs`: element tree and PNG path) in order, writes each file and posts `{ i }`, or
 * `{ i, error }` for a card that could not be drawn. It never waits for the main thread, which
 * may be busy for seconds at a time compiling MDX.
 */
import { writeFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { drawCard, loadFonts, type FontFile } from './card-draw.ts';
import type { CardJob } from './cards.ts';

const { fonts, jobs } = workerData as { fonts: FontFile[]; jobs: CardJob[] };
const loaded = loadFonts(fonts);
for (const [i, job] of jobs.entries()) {
  try {
    writeFileSync(job.path, await drawCard(job.tree, loaded));
    parentPort!.postMessage({ i });
  } catch (error) {
    parentPort!.postMessage({ i, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
  // Let the event loop turn: resvg's native images are freed by finalizers that run there
  // (without this, 1,000 cards in a row held gigabytes of native memory).
  await new Promise((resolve) => setImmediate(resolve));
}
