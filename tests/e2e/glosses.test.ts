/**
 * Over the built site, in every edition: wherever a passage in a language other than the
 * edition's is shown (the comparison pages' passage popovers, an article page's facts), our
 * translation into the edition's language sits next to it, labelled as ours; a passage already
 * in the edition's language has none.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Element, Nodes } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { describe, expect, it } from 'vitest';
import { sameLanguage } from '../../src/lib/i18n.ts';
import { editions } from '../helpers/messages.ts';
import { editionsOf } from './pages.ts';
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
  existsSync(path.join(distDir, dir))
    ? readdirSync(path.join(distDir, dir), { recursive: true, encoding: 'utf8' })
        .filter((f) => f.endsWith('.html'))
        .map((f) => path.join(distDir, dir, f))
    : [];

const { defaultLang, others } = editionsOf(distDir);

describe.each([defaultLang, ...others])('glosses over the built site, %s edition', (lang) => {
  const m = editions.get(lang)!;
  const under = (kind: string) => pagesUnder(lang === defaultLang ? kind : `${lang}/${kind}`);
  const ourTranslation = m.t('factItem.ourTranslation');
  const passageInOurs = m.t('factItem.inOurTranslation', { what: m.t('factItem.passage') });

  it('every passage popover quoting a report in another language carries our labelled translation, in this language; one in it carries none', () => {
    const checked = { glossed: 0, plain: 0 };
    for (const file of under('compare')) {
      const tree = fromHtml(readFileSync(file, 'utf8'));
      for (const popover of elements(tree, (el) => classes(el).includes('passage') && el.properties.popover !== undefined)) {
        const quote = elements(popover, (el) => el.tagName === 'blockquote')[0];
        expect(quote, `${file}: a passage popover without its passage`).toBeDefined();
        const where = `${file}: "${textOf(quote!).slice(0, 60)}"`;
        if (sameLanguage(String(quote!.properties.lang), lang)) {
          checked.plain++;
          expect(glossesIn(popover), where).toEqual([]);
        } else {
          checked.glossed++;
          expect(glossesIn(popover), where).toEqual([{ label: ourTranslation, text: expect.stringMatching(/\S/) }]);
          // Our translation is in the page's language: no element inside it declares another.
          expect(
            elements(popover, (el) => classes(el).includes('gloss') && el.properties.lang !== undefined),
            where,
          ).toEqual([]);
        }
      }
    }
    expect(checked.glossed, 'the built comparisons quote a report in another language').toBeGreaterThan(0);
  });

  it('every fact of an article in another language carries our labelled translation of its passage; an article in this language carries none', () => {
    let checked = 0;
    for (const file of under('articles')) {
      const tree = fromHtml(readFileSync(file, 'utf8'));
      const report = elements(tree, (el) => classes(el).includes('report'))[0];
      if (!report) continue;
      const glossed = !sameLanguage(String(report.properties.lang), lang);
      for (const fact of elements(tree, (el) => el.tagName === 'li' && classes(el).includes('fact'))) {
        checked++;
        const labels = glossesIn(fact).map((g) => g.label);
        const where = `${file} #${String(fact.properties.id)}`;
        if (!glossed) {
          expect(labels, where).not.toContain(passageInOurs);
          continue;
        }
        expect(glossesIn(fact), where).toContainEqual({ label: passageInOurs, text: expect.stringMatching(/\S/) });
        // Words quoted in the report's language (a title as printed) have theirs too.
        if (elements(fact, (el) => el.tagName === 'q' && !sameLanguage(String(el.properties.lang), lang)).length > 0)
          expect(labels, where).toContain(ourTranslation);
      }
    }
    expect(checked, 'the built site has an article with facts').toBeGreaterThan(0);
  });
});
