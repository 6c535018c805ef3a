/**
 * After the build, fits every page's Content-Security-Policy to that page (`pagePolicy`):
 * only its own inline hashes, style attributes only where it has them, the `<meta>` first.
 * The pages are shared among worker threads, one per core (the card workers are done by then):
 * each parses its pages with the HTML standard's algorithm, which is the cost.
 */
import type { AstroIntegration } from 'astro';
import { readdirSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';

const WORKER = new URL('./page-csp-worker.ts', import.meta.url);

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

function fit(files: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER, { workerData: { files } });
    worker.on('error', reject);
    worker.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`page-csp: a worker exited with code ${code}`))));
  });
}

export default function pageCsp(): AstroIntegration {
  return {
    name: 'page-csp',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        const files = htmlFiles(fileURLToPath(dir));
        const workers = Math.max(1, Math.min(availableParallelism(), files.length));
        // Every n-th page to each worker, so large and small pages spread evenly.
        await Promise.all(Array.from({ length: workers }, (_, w) => fit(files.filter((_, i) => i % workers === w))));
      },
    },
  };
}
