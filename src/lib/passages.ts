/**
 * The passages a comparison quotes, keyed by the link to their highlight on the article page,
 * so an item that links to its evidence can also open the passage in place: the words in the
 * report's language, who says them, and the fact they back on the article page.
 */
import { needsGloss, passageVoice } from './fact-view.ts';
import type { Messages } from './i18n.ts';
import type { Item, Row } from './compare/index.ts';
import type { MoneySide } from './money-view.ts';
import { factsOf, glossOf } from './facts.ts';
import { isTableCell } from './arithmetic.ts';

export interface Passage {
  /** The evidence passage, verbatim. */
  text: string;
  /** Language of `text` (the report's). */
  lang: string;
  /** Our rendering in the reader's language, when the passage is in another; always shown labelled as our translation. */
  gloss: string | null;
  /** Language of `gloss` where it is not the reader's (our translation shown untranslated: its edition's is pending). */
  glossLang?: string | undefined;
  /** Who says it, as the data records it: "<Name> (<title>), in the report", "An unnamed speaker (“elle” in the text), in the report", "The report, in its own voice (no named source)", or "In the report". */
  by: string;
  /** The highlighted passage in the full text. */
  href: string;
  /** The passage is a row of the report's table, its cells joined by our " | ". */
  tableRow: boolean;
}

/**
 * Evidence link (`<article url>#<anchor>`) → passage. Facts whose passages merge into one
 * highlight share a link; the longest of their passages is the one shown.
 */
export function passagesOf(sides: readonly (MoneySide & { notesLang?: string | undefined })[], m: Messages): Map<string, Passage> {
  const passages = new Map<string, Passage>();
  for (const side of sides) {
    for (const fact of factsOf(side.article)) {
      const anchor = side.anchors.get(fact.id);
      if (!anchor) continue;
      const href = `${side.url}#${anchor}`;
      const known = passages.get(href);
      if (known && known.text.length >= fact.evidence.length) continue;
      passages.set(href, {
        text: fact.evidence,
        lang: side.article.source.language,
        gloss: needsGloss(side.article.source.language, m.lang) ? glossOf(side.article, fact) : null,
        glossLang: side.notesLang,
        by: passageVoice(side.article, fact.list, fact.list === 'initiative' ? null : Number(fact.path.split('.')[1]), m),
        href,
        tableRow: isTableCell(fact),
      });
    }
  }
  return passages;
}

const STATUS_TONES = new Set(['contradicted', 'unclear', 'relayed', 'confirmed']);

/** What a link to an item's passage names: its words, with its check status whatever it is (which travels with the figure). */
export function passageSubject(item: Item): string {
  return [item.subject ?? item.text, ...item.tags.filter((t) => STATUS_TONES.has(t.tone)).map((t) => `(${t.label})`)].join(' ');
}

/** One passage popover of a page. */
export interface PassagePopover {
  /** Unique on the page. */
  id: string;
  passage: Passage;
}

/**
 * The passage popovers of a page: one per distinct passage among the items its rows show, in
 * the order they are first shown, so a passage cited in several places is carried once (each
 * button that opens it names what it states there). `idOf` gives the popover an item opens
 * (undefined when its passage is not quoted in place).
 */
export function passagePopovers(
  rows: readonly Row[],
  passages: Map<string, Passage>,
): { popovers: PassagePopover[]; idOf: (item: Item) => string | undefined } {
  const byHref = new Map<string, PassagePopover>();
  for (const item of rows.flatMap((row) => row.cells.flat())) {
    const passage = item.href ? passages.get(item.href) : undefined;
    if (passage && !byHref.has(passage.href)) byHref.set(passage.href, { id: `passage-${byHref.size + 1}`, passage });
  }
  return { popovers: [...byHref.values()], idOf: (item) => (item.href ? byHref.get(item.href)?.id : undefined) };
}
