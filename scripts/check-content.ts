/** `npm run check:content`: validates all content in a second or two, without building. */
import { checkContentAt } from '../src/lib/content-files.ts';
import { readContent } from '../src/lib/content-files.ts';

const root = process.argv[2] ?? process.cwd();
const errors = checkContentAt(root);
if (errors.length > 0) {
  console.error(`${errors.length} content error${errors.length === 1 ? '' : 's'}:`);
  for (const error of errors) console.error(`  ${error}`);
  process.exit(1);
}
const counts = new Map<string, number>();
for (const file of readContent(root).files) counts.set(file.collection, (counts.get(file.collection) ?? 0) + 1);
console.log(`content OK: ${[...counts].map(([c, n]) => `${n} ${c}`).join(', ')}`);
