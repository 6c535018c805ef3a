/**
 * Every error the located check finds in an article's data against its (already parsed) body, as
 * "field: message": the check the mutation tests (mutations, reading-mutations) run each mutant through.
 */
import type { blocksWithLang } from '../../../src/lib/body-text.ts';
import { locatedIssues } from '../../../src/lib/check/located.ts';
import { locateEvidence } from '../../../src/lib/evidence.ts';
import { evidenceValueIssues } from '../../../src/lib/evidence-values.ts';
import { factsOf } from '../../../src/lib/facts.ts';
import { articleSchema } from '../../../src/schemas/article.ts';

/** The roots whose articles the mutation tests mutate: our content and two fixtures. */
export const ROOTS = ['.', 'tests/fixtures/many-reports', 'tests/fixtures/good-content'];

export function articleIssues(data: unknown, blocks: ReturnType<typeof blocksWithLang>): string[] {
  const parsed = articleSchema.safeParse(data);
  if (!parsed.success) return parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  const article = parsed.data;
  const { matches, misses } = locateEvidence(
    blocks.map((b) => b.text),
    factsOf(article),
  );
  return [
    ...misses.map((m) => `${m.id}: not found`),
    ...evidenceValueIssues(article).map((i) => `${i.field}: ${i.message}`),
    ...locatedIssues(article, blocks, matches).map((i) => `${i.field}: ${i.message}`),
  ];
}
