/**
 * Each article page shows its report as received: every paragraph, heading, list item and
 * table cell of the MDX body appears in the page's text character for character, so no
 * typographic rewriting (curly apostrophes, dashes, ellipses) slips between source and reader.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { describe, expect, inject, test } from 'vitest';
import { parseMdx } from '../../src/lib/body-text.ts';
import { readContent } from '../../src/build/content-files.ts';
import { decodeEntities, stripComments } from './markup.ts';

const distDir = inject('distDir');
const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The text a reader sees: tags, scripts and styles removed, entities decoded, spaces collapsed. */
function pageText(html: string): string {
  const body = stripComments(html).replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, '');
  return collapse(decodeEntities(body.replace(/<[^>]+>/g, '')));
}

/** Text of each paragraph, heading and table cell of an MDX body, as written. */
function sourceBlocks(body: string): string[] {
  const blocks: string[] = [];
  const walk = (nodes: RootContent[]) => {
    for (const node of nodes) {
      if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell') blocks.push(collapse(toString(node)));
      else if ('children' in node) walk(node.children as RootContent[]);
    }
  };
  walk(parseMdx(body).children);
  return blocks.filter((b) => b.length > 0);
}

const articles = readContent(inject('contentRoot')).files.filter((f) => f.collection === 'articles');

describe('article pages show the report text as received', () => {
  test('the check has text to compare, including straight apostrophes that a typographer would curl', () => {
    const all = articles.flatMap((a) => sourceBlocks(a.body ?? ''));
    expect(all.length).toBeGreaterThanOrEqual(articles.length);
    expect(all.some((b) => b.includes("'"))).toBe(true);
  });

  test.each(articles.map((a) => [a.id, a] as const))('%s', (id, article) => {
    const text = pageText(readFileSync(path.join(distDir, 'articles', id, 'index.html'), 'utf8'));
    const missing = sourceBlocks(article.body ?? '').filter((block) => !text.includes(block));
    expect(missing).toEqual([]);
  });
});
