/**
 * After the build, fits every page's Content-Security-Policy to that page (`pagePolicy`):
 * only its own inline hashes, style attributes only where it has them, the `<meta>` first.
 */
import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pagePolicy } from '../lib/page-csp.ts';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

export default function pageCsp(): AstroIntegration {
  return {
    name: 'page-csp',
    hooks: {
      'astro:build:done': ({ dir }) => {
        for (const file of htmlFiles(fileURLToPath(dir))) {
          const html = readFileSync(file, 'utf8');
          const fitted = pagePolicy(html);
          if (fitted !== html) writeFileSync(file, fitted);
        }
      },
    },
  };
}
