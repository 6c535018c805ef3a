import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'parse5';
import { Parser } from 'htmlparser2';
import { parse as uparse } from 'ultrahtml';
import { fromHtml } from 'hast-util-from-html';
function htmlFiles(dir: string): string[] { return readdirSync(dir).flatMap((name) => { const p = join(dir, name); if (statSync(p).isDirectory()) return htmlFiles(p); return name.endsWith('.html') ? [p] : []; }); }
const pages = htmlFiles('/tmp/n500/out').map((f) => readFileSync(f, 'utf8'));
let t = performance.now();
for (const p of pages) parse(p);
console.log('parse5', (performance.now() - t).toFixed(0), 'ms');
t = performance.now();
for (const p of pages) { let n = 0; const ps = new Parser({ onopentag(name, a) { if (a.style) n++; } }); ps.end(p); }
console.log('htmlparser2', (performance.now() - t).toFixed(0), 'ms');
t = performance.now();
for (const p of pages) uparse(p);
console.log('ultrahtml', (performance.now() - t).toFixed(0), 'ms');
t = performance.now();
for (const p of pages.slice(0, 300)) fromHtml(p);
console.log('fromHtml x300', (performance.now() - t).toFixed(0), 'ms');
