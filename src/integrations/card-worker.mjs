// @ts-check
/**
 * A card-drawing worker, started by `drawCards` in cards.ts. satori lays each card out as SVG,
 * resvg rasterises and encodes it as PNG, and the worker writes the file itself.
 *
 * workerData: the font files, the card size, resvg's options, the jobs (element tree and the
 * PNG path to write) and a shared counter. The worker takes the next job from the counter until
 * none is left and posts `{ i }` or `{ i, error }` for each: it never waits for the main thread,
 * which may be busy for seconds at a time compiling MDX.
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { parentPort, threadId, workerData } from 'node:worker_threads';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';

if (!parentPort) throw new Error('card-worker.mjs is a worker script: draw cards through drawCards() in cards.ts');
const port = parentPort;

/** @type {{ fonts: { name: string, path: string, weight: 400 | 700, style: 'normal' }[], jobs: { tree: any, path: string }[], next: Int32Array, width: number, height: number, options: import('@resvg/resvg-js').ResvgRenderOptions }} */
const { fonts: fontFiles, jobs, next, width, height, options } = workerData;
const fonts = fontFiles.map(({ path, ...font }) => ({ ...font, data: readFileSync(path) }));

for (let i = Atomics.add(next, 0, 1); i < jobs.length; i = Atomics.add(next, 0, 1)) {
  const { tree, path } = /** @type {{ tree: any, path: string }} */ (jobs[i]);
  try {
    const svg = await satori(tree, { width, height, fonts });
    const png = new Resvg(svg, options).render().asPng();
    // Written whole or not at all: a build stopped mid-write leaves no truncated card behind.
    const partial = `${path}.${threadId}.tmp`;
    writeFileSync(partial, png);
    renameSync(partial, path);
    port.postMessage({ i });
  } catch (error) {
    port.postMessage({ i, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
  // Let the event loop turn: resvg's native images are freed by finalizers that run there
  // (without this, 1,000 cards in a row held gigabytes of native memory).
  await new Promise((resolve) => setImmediate(resolve));
}
