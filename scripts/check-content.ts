/** `npm run check:content`: validates all content in a second or two, without building. */
import { checkContentAt, reportErrors, reportNotes } from '../src/build/content-files.ts';

const root = process.argv[2] ?? process.cwd();
const { errors, notes, files } = checkContentAt(root);
// Notes are not errors: the check passes, and says which texts to shorten.
if (notes.length > 0) console.warn(reportNotes(notes));
const report = reportErrors(root, errors);
if (errors.length > 0) {
  // exitCode, not exit(): the report is flushed in full even when stderr is a pipe.
  console.error(report);
  process.exitCode = 1;
} else {
  const counts = new Map<string, number>();
  for (const file of files) counts.set(file.collection, (counts.get(file.collection) ?? 0) + 1);
  console.log(`content OK: ${[...counts].map(([c, n]) => `${n} ${c}`).join(', ')}`);
}
