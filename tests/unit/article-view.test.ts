/** The article page's fact sections over the real content: what each fact's passage link names. */
import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/build/content-files.ts';
import { articleSections } from '../../src/lib/article-view.ts';
import { articleSchema } from '../../src/schemas/article.ts';
import { referenceSchema } from '../../src/schemas/reference.ts';
import { editions, en } from '../helpers/messages.ts';
import { spaced } from '../helpers/spaces.ts';

const { files } = readContent(process.cwd());
const references = new Map(files.filter((f) => f.collection === 'references').map((f) => [f.id, referenceSchema.parse(f.data)]));
const article = (id: string) => articleSchema.parse(files.find((f) => f.collection === 'articles' && f.id === id)!.data);
const dates = (id: string, m = en) => articleSections(article(id), references, new Map(), m).find((s) => s.id === 'dates')!.facts;

describe('a passage link never names an inferred date as if the text gave it', () => {
  it.each([
    ['jalisco-lab', 'launch', ' (“ce samedi”); 12 July 2025 is inferred'],
    ['jalisco-lab', 'ariel-awards-ceremony', ' (“le 20 septembre”); 20 September 2025 is inferred'],
  ])('%s/%s', (report, id, about) => {
    expect(spaced(dates(report).find((f) => f.id === id)!.linkAbout)).toBe(about);
  });

  it('a stated date names its date, as the text gives it', () => {
    expect(dates('jalisco-lab').find((f) => f.id === 'expansion-2026')!.linkAbout).toBe(': 2026');
  });

  it('says so in every edition', () => {
    for (const m of editions.values()) expect(dates('jalisco-lab', m).find((f) => f.id === 'launch')!.linkAbout).toMatch(/ce samedi.*2025/);
  });
});
