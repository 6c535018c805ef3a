/**
 * Fits the Content-Security-Policy of the built pages it is given (`workerData.files`), in
 * place. Runs in a worker thread started by `page-csp.ts`: parsing every page is the cost.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { workerData } from 'node:worker_threads';
import { pagePolicy } from '../lib/page-csp.ts';

for (const file of (workerData as { files: string[] }).files) {
  const html = readFileSync(file, 'utf8');
  const fitted = pagePolicy(html);
  if (fitted !== html) writeFileSync(file, fitted);
}
