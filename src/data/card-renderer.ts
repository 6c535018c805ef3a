/**
 * Renders many cards at once, for `allCards()`. Satori (layout to SVG) runs here; resvg (SVG to
 * PNG, the larger part of a card's cost) runs in worker threads, one per core, with the same
 * options as `svgToPng`, so the bytes and hashes are those `renderCard` gives.
 *
 * Why workers, besides using every core: resvg's images live in native memory that V8 does not
 * count, so a build that rendered every card in one thread kept them all until a late garbage
 * collection (5.6 GB peak at 1,000 cards). A worker is replaced after RECYCLE_AFTER cards, and
 * ending a worker frees its native memory at once.
 */
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { cardSvg, pngHash, RESVG_OPTIONS, type CardModel, type RenderedCard } from '../lib/og-image.ts';

const RECYCLE_AFTER = 40;

// CommonJS, evaluated as the worker's main script: receives SVG text, returns PNG bytes.
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const { Resvg } = require(workerData.resvg);
parentPort.on('message', ({ id, svg }) => {
  try {
    const png = new Uint8Array(new Resvg(svg, workerData.options).render().asPng());
    parentPort.postMessage({ id, png }, [png.buffer]);
  } catch (error) {
    parentPort.postMessage({ id, error: String(error && error.stack || error) });
  }
});
`;

interface Job {
  resolve: (png: Uint8Array) => void;
  reject: (error: Error) => void;
}

/** One worker at a time, replaced after RECYCLE_AFTER cards once it has answered them all. */
class Rasteriser {
  private worker: { thread: Worker; send: (id: number, svg: string) => void } | undefined;
  private readonly jobs = new Map<number, Job>();
  private sent = 0;
  /** Cards asked for and not yet answered (including those waiting for a fresh worker). */
  private pending = 0;
  private ready: Promise<void> = Promise.resolve();
  private waiters: (() => void)[] = [];

  constructor(private readonly resvg: string) {}

  get load(): number {
    return this.pending;
  }

  /** Resolves when this rasteriser next answers a card. */
  next(): Promise<void> {
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  private settle(id: number, outcome: { png: Uint8Array } | { error: Error }): void {
    const job = this.jobs.get(id);
    if (!job) return;
    this.jobs.delete(id);
    this.pending--;
    if ('png' in outcome) job.resolve(outcome.png);
    else job.reject(outcome.error);
    for (const wake of this.waiters.splice(0)) wake();
  }

  private spawn(): { thread: Worker; send: (id: number, svg: string) => void } {
    const worker = new Worker(WORKER, { eval: true, workerData: { resvg: this.resvg, options: RESVG_OPTIONS } });
    const mine = new Set<number>();
    worker.on('message', (message: { id: number; png?: Uint8Array; error?: string }) => {
      mine.delete(message.id);
      this.settle(message.id, message.png ? { png: message.png } : { error: new Error(`card rasterisation failed: ${message.error}`) });
    });
    const fail = (error: Error) => {
      for (const id of [...mine]) this.settle(id, { error });
      mine.clear();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`card worker exited (code ${code}) before answering`)));
    const send = (id: number, svg: string) => {
      mine.add(id);
      worker.postMessage({ id, svg });
    };
    return { thread: worker, send };
  }

  render(id: number, svg: string): Promise<Uint8Array> {
    this.pending++;
    if (!this.worker || this.sent >= RECYCLE_AFTER) {
      const old = this.worker;
      this.sent = 0;
      // Ending a worker frees resvg's native memory; wait until it has answered everything.
      this.ready = this.ready
        .then(async () => {
          while (old && this.jobs.size > 0) await this.next();
          await old?.thread.terminate();
        })
        .then(() => {
          this.worker = this.spawn();
        });
    }
    this.sent++;
    return new Promise((resolve, reject) => {
      void this.ready.then(
        () => {
          this.jobs.set(id, { resolve, reject });
          this.worker!.send(id, svg);
        },
        (error: Error) => {
          this.pending--;
          reject(error);
        },
      );
    });
  }

  async close(): Promise<void> {
    await this.ready.catch(() => {});
    await this.worker?.thread.terminate();
  }
}

/**
 * Starts rendering every model, in order, and returns one promise per model at once: a page
 * can await its own card while later ones are still being drawn (pages render on this thread
 * while the workers rasterise).
 */
export function startRenderingCards(models: CardModel[], siteName: string): Promise<RenderedCard>[] {
  const cards = models.map(() => {
    let settle!: { resolve: (card: RenderedCard) => void; reject: (error: unknown) => void };
    const promise = new Promise<RenderedCard>((resolve, reject) => (settle = { resolve, reject }));
    promise.catch(() => {}); // whoever awaits the card gets the error; no unhandled rejection
    return { promise, ...settle };
  });
  void (async () => {
    const resvg = createRequire(join(process.cwd(), 'package.json')).resolve('@resvg/resvg-js');
    const pool = Array.from({ length: Math.max(1, Math.min(availableParallelism(), models.length)) }, () => new Rasteriser(resvg));
    try {
      for (const [id, model] of models.entries()) {
        const svg = await cardSvg(model, siteName);
        // Keep at most two cards queued per worker, so SVG text does not pile up ahead of them.
        let rasteriser = pool.reduce((a, b) => (b.load < a.load ? b : a));
        while (rasteriser.load >= 2) {
          await Promise.race(pool.map((r) => r.next()));
          rasteriser = pool.reduce((a, b) => (b.load < a.load ? b : a));
        }
        const card = cards[id]!;
        rasteriser.render(id, svg).then((png) => card.resolve({ png, hash: pngHash(png) }), card.reject);
      }
    } catch (error) {
      for (const card of cards) card.reject(error); // no effect on cards already drawn
    } finally {
      await Promise.allSettled(cards.map((c) => c.promise));
      await Promise.all(pool.map((r) => r.close()));
    }
  })();
  return cards.map((c) => c.promise);
}

/** Renders every model, in parallel; results in the order of `models`. */
export function renderCards(models: CardModel[], siteName: string): Promise<RenderedCard[]> {
  return Promise.all(startRenderingCards(models, siteName));
}
