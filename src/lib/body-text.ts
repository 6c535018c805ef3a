/**
 * The text blocks of an article body (paragraphs, headings, list items, table rows), read from
 * the MDX source (for the content check) or from the rendered HTML tree (for highlighting).
 * Both readings must agree; a unit test holds them to it over the real content.
 */
import type { Root as HastRoot, Element, ElementContent } from 'hast';
import type { Root as MdastRoot, RootContent } from 'mdast';
import type {} from 'remark-mdx';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { normaliseText } from './evidence.ts';

/** Separator between table cells in a row's text, so a row reads "School | Film education | …". */
export const CELL_SEPARATOR = ' | ';

const mdxParser = unified().use(remarkParse).use(remarkGfm).use(remarkMdx);

/** Parses MDX; throws the parser's message (with line and column) when the MDX is malformed. */
export function parseMdx(source: string): MdastRoot {
  return mdxParser.parse(source);
}

/** Normalised text of each block of an MDX body, in document order. */
export function blocksFromMdx(source: string): string[] {
  return blocksFromTree(parseMdx(source));
}

/** Normalised text of each block of a parsed MDX body (`parseMdx`), in document order. */
export function blocksFromTree(tree: MdastRoot): string[] {
  return blocksWithLang(tree).map((b) => b.text);
}

/** A block's normalised text, and the language of the `<div lang>` it sits in (null outside one). */
export interface LangBlock {
  text: string;
  lang: string | null;
  /** Line of the body the block starts on (1-based). */
  line: number;
  /** For a table row: its cells (normalised), and the heading row's cells of its table. */
  cells?: { own: string[]; heading: string[] };
}

/** `blocksFromTree`, each block with the language of the `<div lang>` around it, and a table row with its cells and headings. */
export function blocksWithLang(tree: MdastRoot): LangBlock[] {
  const blocks: LangBlock[] = [];
  // A footnote no reference points to is never rendered: its text is not in the page.
  const referenced = new Set<string>();
  visit(tree, 'footnoteReference', (node) => {
    referenced.add(node.identifier);
  });
  const walk = (nodes: RootContent[], lang: string | null) => {
    for (const node of nodes) {
      if (node.type === 'footnoteDefinition' && !referenced.has(node.identifier)) continue;
      const line = node.position?.start.line ?? 0;
      if (node.type === 'paragraph' || node.type === 'heading') blocks.push({ text: toString(node), lang, line });
      else if (node.type === 'table') {
        const rows = node.children.map((row) => ({ cells: row.children.map((cell) => toString(cell)), line: row.position?.start.line ?? line }));
        const heading = (rows[0]?.cells ?? []).map((cell) => normaliseText(cell));
        for (const row of rows)
          blocks.push({ text: row.cells.join(CELL_SEPARATOR), lang, line: row.line, cells: { own: row.cells.map((cell) => normaliseText(cell)), heading } });
      } else if ('children' in node) {
        const attribute = node.type === 'mdxJsxFlowElement' ? node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'lang') : undefined;
        const own = typeof attribute?.value === 'string' ? attribute.value : lang;
        walk(node.children as RootContent[], own);
      }
    }
  };
  walk(tree.children, null);
  return blocks.map((b) => ({ ...b, text: normaliseText(b.text) })).filter((b) => b.text.length > 0);
}

/** A block of the rendered tree with the text nodes it is made of. */
export interface HastBlock {
  element: Element;
  /** Raw (unnormalised) text of the block. */
  text: string;
  /** Each text node with its offset in `text`. */
  pieces: { node: { type: 'text'; value: string }; parent: Element; index: number; offset: number }[];
}

const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

function hasParagraph(element: Element): boolean {
  return element.children.some((c) => c.type === 'element' && c.tagName === 'p');
}

function isBlock(element: Element): boolean {
  const tag = element.tagName;
  return tag === 'p' || HEADINGS.has(tag) || tag === 'tr' || (tag === 'li' && !hasParagraph(element));
}

function collectText(element: Element, block: HastBlock, skipLists: boolean) {
  element.children.forEach((child, index) => {
    if (child.type === 'text') {
      block.pieces.push({ node: child, parent: element, index, offset: block.text.length });
      block.text += child.value;
    } else if (child.type === 'element') {
      if (skipLists && (child.tagName === 'ul' || child.tagName === 'ol')) return;
      collectText(child, block, skipLists);
    }
  });
}

/** A table row reads as its cells joined by CELL_SEPARATOR (whitespace between cells ignored). */
function collectRow(row: Element, block: HastBlock) {
  const cells = row.children.filter((c): c is Element => c.type === 'element');
  cells.forEach((cell, i) => {
    if (i > 0) block.text += CELL_SEPARATOR;
    collectText(cell, block, false);
  });
}

/** Blocks of a rendered tree, in document order, matching `blocksFromMdx` one for one. */
export function blocksFromHast(tree: HastRoot | Element): HastBlock[] {
  const blocks: HastBlock[] = [];
  const walk = (nodes: (HastRoot | Element)['children']) => {
    for (const node of nodes as ElementContent[]) {
      if (node.type !== 'element') {
        // MDX keeps JSX (`<div lang="fr">`) as its own node types in the tree: look inside them.
        if ('children' in node && Array.isArray(node.children)) walk(node.children as ElementContent[]);
        continue;
      }
      if (isBlock(node)) {
        const block: HastBlock = { element: node, text: '', pieces: [] };
        if (node.tagName === 'tr') collectRow(node, block);
        else collectText(node, block, node.tagName === 'li');
        if (/\S/.test(block.text)) blocks.push(block);
        if (node.tagName === 'li') walk(node.children);
      } else walk(node.children);
    }
  };
  walk(tree.children);
  return blocks;
}
