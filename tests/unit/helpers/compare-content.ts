/** Loads a content tree (real or fixture) into the inputs `buildComparison` takes, as the page does. */
import { readContent } from '../../../src/build/content-files.ts';
import type { ComparisonInput, SideInput } from '../../../src/lib/compare/index.ts';
import { checkBodies } from '../../../src/lib/content-check.ts';
import { articleSchema, type Article } from '../../../src/schemas/article.ts';
import { comparisonSchema } from '../../../src/schemas/comparison.ts';
import { rateSchema } from '../../../src/schemas/rate.ts';
import { referenceSchema } from '../../../src/schemas/reference.ts';
import { en } from '../../helpers/messages.ts';

export function loadComparisons(root: string): { id: string; input: ComparisonInput; articles: Map<string, Article> }[] {
  const { files, errors } = readContent(root);
  if (errors.length > 0) throw new Error(JSON.stringify(errors));
  const of = (collection: string) => files.filter((f) => f.collection === collection);
  const articles = new Map(of('articles').map((f) => [f.id, articleSchema.parse(f.data)]));
  // The evidence anchors pages read: the content check's.
  const { anchors } = checkBodies(of('articles'));
  const rates = of('rates').map((f) => rateSchema.parse(f.data));
  const references = new Map(of('references').map((f) => [f.id, referenceSchema.parse(f.data)]));
  const side = (id: string): SideInput => {
    const article = articles.get(id);
    if (!article || !anchors.has(id)) throw new Error(`no article ${id}, or a passage not in its body`);
    return { id, article, url: `/base/articles/${id}/`, anchors: anchors.get(id)! };
  };
  return of('comparisons').map((f) => {
    const c = comparisonSchema.parse(f.data);
    return {
      id: f.id,
      input: {
        verdicts: c.verdicts,
        order: c.order,
        restsOn: c.restsOn,
        currency: c.currency,
        sides: [side(c.articles[0]), side(c.articles[1])],
        rates,
        references,
        messages: en,
      },
      articles,
    };
  });
}
