/**
 * Our statements cite what they rest on, and those citations resolve: every fact a claim check
 * `covers` is a fact of the same article; every `restsOn` entry of a comparison (its finding
 * and each verdict) names a fact or claim of one of the compared articles, or a reference.
 */
import type { ContentError, Valid } from './content-check.ts';
import { factsOf } from './facts.ts';

export function checkGrounding({ articles, comparisons, references }: Valid): ContentError[] {
  const errors: ContentError[] = [];
  const factIds = new Map([...articles].map(([id, { data }]) => [id, new Set(factsOf(data).map((f) => f.id))]));

  for (const [id, { file, data }] of articles) {
    const known = factIds.get(id)!;
    data.claims.forEach((claim, i) =>
      claim.covers.forEach((covered, j) => {
        if (covered === claim.id) errors.push({ file: file.path, field: `claims.${i}.covers.${j}`, message: `a claim cannot cover itself ("${covered}")` });
        else if (!known.has(covered))
          errors.push({ file: file.path, field: `claims.${i}.covers.${j}`, message: `"${covered}" is not the id of a fact in this article` });
      }),
    );
  }

  for (const { file, data } of comparisons.values()) {
    const compared = new Set<string>(data.articles);
    const check = (restsOn: { facts: string[]; references: string[] }, field: string) => {
      restsOn.facts.forEach((ref, j) => {
        const [articleId, factId] = ref.split('/') as [string, string];
        const where = `${field}.facts.${j}`;
        if (!compared.has(articleId))
          errors.push({ file: file.path, field: where, message: `"${ref}": "${articleId}" is not one of the articles this comparison compares` });
        else if (!factIds.get(articleId)?.has(factId))
          errors.push({ file: file.path, field: where, message: `"${ref}": "${factId}" is not the id of a fact in content/articles/${articleId}.mdx` });
      });
      restsOn.references.forEach((id, j) => {
        if (!references.has(id))
          errors.push({ file: file.path, field: `${field}.references.${j}`, message: `references "${id}", which is not in content/references/` });
      });
    };
    check(data.restsOn, 'restsOn');
    data.verdicts.forEach((v, i) => check(v.restsOn, `verdicts.${i}.restsOn`));
  }
  return errors;
}
