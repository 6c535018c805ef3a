/**
 * Over the built site: wherever a passage in a language other than English is shown (the
 * comparison pages' passage popovers, an article page's facts), our English translation sits
 * next to it, labelled as ours.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Element, Nodes } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { describe, expect, it } from 'vitest';
import { distDir } from './seo-helpers.ts';

const classes = (el: Element): string[] => (Array.isArray(el.properties.className) ? el.properties.className.map(String) : []);
const textOf = (node: Nodes): string => (node.type === 'text' ? node.value : 'children' in node ? node.children.map((c) => textOf(c as Nodes)).join('') : '');

function elements(node: Nodes, keep: (el: Element) => boolean): Element[] {
  const found: Element[] = [];
  const walk = (n: Nodes) => {
    if (n.type === 'element' && keep(n)) found.push(n);
    if ('children' in n) n.children.forEach((c) => walk(c as Nodes));
  };
  walk(node);
  return found;
}

const english = (lang: unknown) => typeof lang === 'string' && /^en(-|$)/i.test(lang);

/** The `.gloss` paragraphs of a block: label and translation, whitespace collapsed. */
const glossesIn = (block: Element) =>
  elements(block, (el) => classes(el).includes('gloss')).map((g) => {
    const label = elements(g, (el) => classes(el).includes('gloss-label'))
      .map(textOf)
      .join('')
      .trim();
    return { label, text: textOf(g).replace(/\s+/g, ' ').trim().slice(label.length).trim() };
  });

const pagesUnder = (dir: string): string[] =>
  readdirSync(path.join(distDir, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html'))
    .map((f) => path.join(distDir, dir, f));

describe('glosses over the built site', () => {
  it('every passage popover quoting a report not in English carries our labelled translation', () => {
    let checked = 0;
    for (const file of pagesUnder('compare')) {
      const tree = fromHtml(readFileSync(file, 'utf8'));
      for (const popover of elements(tree, (el) => classes(el).includes('passage') && el.properties.popover !== undefined)) {
        const quote = elements(popover, (el) => el.tagName === 'blockquote')[0];
        expect(quote, `${file}: a passage popover without its passage`).toBeDefined();
        if (english(quote!.properties.lang)) continue;
        checked++;
        expect(glossesIn(popover), `${file}: "${textOf(quote!).slice(0, 60)}"`).toEqual([{ label: 'Our translation:', text: expect.stringMatching(/\S/) }]);
      }
    }
    expect(checked, 'the built comparisons quote a report not in English').toBeGreaterThan(0);
  });

  it('every fact of an article not in English carries our labelled translation of its passage', () => {
    let checked = 0;
    for (const file of pagesUnder('articles')) {
      const tree = fromHtml(readFileSync(file, 'utf8'));
      const report = elements(tree, (el) => classes(el).includes('report'))[0];
      if (!report || english(report.properties.lang)) continue;
      for (const fact of elements(tree, (el) => el.tagName === 'li' && classes(el).includes('fact'))) {
        checked++;
        const glosses = glossesIn(fact);
        expect(glosses, `${file} #${String(fact.properties.id)}`).toContainEqual({ label: 'Passage, in our translation:', text: expect.stringMatching(/\S/) });
        // Words quoted in the report's language (a title as printed) have theirs too.
        if (elements(fact, (el) => el.tagName === 'q' && !english(el.properties.lang)).length > 0)
          expect(
            glosses.map((g) => g.label),
            `${file} #${String(fact.properties.id)}`,
          ).toContain('Our translation:');
      }
    }
    expect(checked, 'the built site has an article not in English').toBeGreaterThan(0);
  });
});
