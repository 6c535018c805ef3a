/**
 * Fits the Content-Security-Policy of the built pages it is given (`workerData.files`), in
 * place. Runs in a worker thread started by `page-csp.ts`: parsing every page is the cost. A page
 * that cannot be fitted fails the build, naming it.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { workerData } from 'node:worker_threads';
import { pagePolicy } from '../lib/page-csp.ts';

for (const file of (workerData as { files: string[] }).files) {
  const html = readFileSync(file, 'utf8');
  let fitted: string;
  try {
    fitted = pagePolicy(html);
  } catch (error) {
    throw new Error(`${file}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
  if (fitted !== html) writeFileSync(file, fitted);
}
