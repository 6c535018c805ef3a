/** Our statements' citations resolve: covers, and restsOn of verdicts and the finding. */
import { describe, expect, it } from 'vitest';
import { checkedData } from '../../src/lib/content-check.ts';
import { formatError } from '../../src/lib/content-check.ts';
import { readContent } from '../../src/build/content-files.ts';

const real = readContent(process.cwd()).files;
const errorsWith = (edit: (files: typeof real) => void) => {
  const files = structuredClone(real);
  edit(files);
  return checkedData(files).errors.map(formatError);
};
const comparison = (files: typeof real) =>
  files.find((f) => f.collection === 'comparisons')!.data as {
    restsOn: { facts: string[]; references: string[] };
    verdicts: { restsOn: { facts: string[]; references: string[] } }[];
  };
const marseille = (files: typeof real) => files.find((f) => f.id === 'netflix-marseille')!.data as { claims: { covers: string[] }[] };

describe('grounding', () => {
  it('the real content cites only what exists, and every verdict cites something', () => {
    expect(errorsWith(() => {})).toEqual([]);
    expect(comparison(real).verdicts.every((v) => v.restsOn.facts.length + v.restsOn.references.length > 0)).toBe(true);
    expect(comparison(real).restsOn.facts.length).toBeGreaterThan(0);
  });

  it.each([
    [
      'a verdict names a fact that does not exist',
      (f: typeof real) => comparison(f).verdicts[0]!.restsOn.facts.push('jalisco-lab/no-such-fact'),
      `content/comparisons/jalisco-lab-vs-marseille.mdx → verdicts.0.restsOn.facts.${comparison(real).verdicts[0]!.restsOn.facts.length}: "jalisco-lab/no-such-fact": "no-such-fact" is not the id of a fact in content/articles/jalisco-lab.mdx`,
    ],
    [
      'the finding names an article not compared',
      (f: typeof real) => comparison(f).restsOn.facts.push('other-article/x'),
      `content/comparisons/jalisco-lab-vs-marseille.mdx → restsOn.facts.${comparison(real).restsOn.facts.length}: "other-article/x": "other-article" is not one of the articles this comparison compares`,
    ],
    [
      'a verdict names an unknown reference',
      (f: typeof real) => comparison(f).verdicts[1]!.restsOn.references.push('nowhere'),
      `content/comparisons/jalisco-lab-vs-marseille.mdx → verdicts.1.restsOn.references.${comparison(real).verdicts[1]!.restsOn.references.length}: references "nowhere", which is not in content/references/`,
    ],
    [
      'a claim covers a fact that does not exist',
      (f: typeof real) => marseille(f).claims[0]!.covers.push('ghost'),
      'content/articles/netflix-marseille.mdx → claims.0.covers.1: "ghost" is not the id of a fact in this article',
    ],
  ])('fails naming file → field when %s', (_label, edit, expected) => {
    expect(errorsWith(edit)).toContain(expected);
  });
});
