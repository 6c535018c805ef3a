import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pagePolicy } from '../src/lib/page-csp.ts';
function htmlFiles(dir: string): string[] { return readdirSync(dir).flatMap((name) => { const p = join(dir, name); if (statSync(p).isDirectory()) return htmlFiles(p); return name.endsWith('.html') ? [p] : []; }); }
let t = performance.now();
const files = htmlFiles('/tmp/n500/out');
const pages = files.map((f) => readFileSync(f, 'utf8'));
console.log('read', files.length, (performance.now() - t).toFixed(0), 'ms', pages.reduce((a, p) => a + p.length, 0) / 1e6, 'MB');
t = performance.now();
for (const p of pages) pagePolicy(p);
console.log('policy', (performance.now() - t).toFixed(0), 'ms');
