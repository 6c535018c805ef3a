/**
 * Rehype plugin: wraps each fact's evidence passage in the rendered article body in
 * `<mark class="evidence" id="ev-…">`, so fact lists can link to the highlighted words.
 * Throws when a passage cannot be found, which fails the build.
 *
 * It only marks. Pages take each fact's anchor from the content check (`checkBodies`), which
 * locates the passages in the MDX source with the same functions; the two readings of a body
 * agree (tests/unit/highlight.test.ts), so the ids placed here are the ones pages link to.
 */
import type { Element, Root, Text } from 'hast';
import { blocksFromHast } from './body-text.ts';
import { describeMiss, evidenceSegments, locateEvidence, normalise, normaliseText } from './evidence.ts';
import { factsOf } from './facts.ts';

interface VFileLike {
  path?: string;
  data: { astro?: { frontmatter?: Record<string, unknown> } };
}

function mark(value: string, id: string | undefined): Element {
  return {
    type: 'element',
    tagName: 'mark',
    properties: id ? { id, className: ['evidence'] } : { className: ['evidence'] },
    children: [{ type: 'text', value }],
  };
}

/**
 * After a passage's last piece, a link back to the fact it states (`#fact-<id>` on the article
 * page). It has no text of its own, so the report's text stays character for character as
 * received: the article page names it in the reader's language (`BodyLink.astro`: `aria-label`,
 * and the word CSS shows after the glyph); the English name here is for a body rendered without it.
 */
function backLink(factId: string): Element {
  return {
    type: 'element',
    tagName: 'a',
    properties: { className: ['to-fact'], href: `#fact-${factId}`, ariaLabel: 'Back to the fact this passage states' },
    children: [],
  };
}

/** Prefix of every id a body's headings get: no id the page itself sets (`ev-…`, `fact-…`) starts with it. */
export const BODY_HEADING_PREFIX = 'body-';

const HEADING = /^h[1-6]$/;

/** Text of a node, for heading slugs. */
function textOf(node: Element | Text): string {
  return node.type === 'text' ? node.value : node.children.map((c) => (c.type === 'element' || c.type === 'text' ? textOf(c) : '')).join('');
}

/**
 * Normalises every text node to NFC (what the evidence check compares), and gives each heading
 * an id under `BODY_HEADING_PREFIX`, so no heading of a body can take over an anchor of the page.
 */
function prepareBody(tree: Root) {
  const ids = new Set<string>();
  /** Ids the headings had (the footnotes' label), and the ids they get, for references to them. */
  const renamed = new Map<string, string>();
  const referrers: Element[] = [];
  const walk = (node: Root | Element) => {
    for (const child of node.children) {
      if (child.type === 'text') child.value = child.value.normalize('NFC');
      else if (child.type === 'element' || ('children' in child && Array.isArray(child.children))) {
        if (child.type === 'element' && HEADING.test(child.tagName)) {
          const slug =
            textOf(child)
              .toLowerCase()
              .replace(/[^\p{L}\p{N}\s-]/gu, '')
              .trim()
              .replace(/\s+/g, '-') || 'section';
          // Unique among the body's headings, even against a heading whose text ends in "-1".
          let id = `${BODY_HEADING_PREFIX}${slug}`;
          for (let n = 1; ids.has(id); n++) id = `${BODY_HEADING_PREFIX}${slug}-${n}`;
          ids.add(id);
          if (typeof child.properties.id === 'string') renamed.set(child.properties.id, id);
          child.properties.id = id;
        }
        if (child.type === 'element' && child.properties.ariaDescribedBy !== undefined) referrers.push(child);
        walk(child as Element);
      }
    }
  };
  walk(tree);
  for (const element of referrers) {
    const refs = ([] as unknown[]).concat(element.properties.ariaDescribedBy).map(String);
    element.properties.ariaDescribedBy = refs.map((ref) => renamed.get(ref) ?? ref);
  }
}

export default function rehypeEvidence() {
  return (tree: Root, file: VFileLike) => {
    prepareBody(tree);
    const facts = factsOf(file.data.astro?.frontmatter);
    if (facts.length === 0) return;
    const blocks = blocksFromHast(tree);
    const { matches, misses } = locateEvidence(
      blocks.map((b) => normaliseText(b.text)),
      facts,
    );
    if (misses.length > 0) {
      throw new Error(`${file.path ?? 'article'}: ${misses.map((m) => `${m.id}: ${describeMiss(m)}`).join('; ')}`);
    }
    const segments = evidenceSegments(matches);
    blocks.forEach((block, b) => {
      const own = segments.filter((s) => s.block === b);
      if (own.length === 0) return;
      // Original-text ranges of this block's segments; segments never overlap once merged.
      const { map } = normalise(block.text);
      const ranges = own.map((s) => ({ anchor: s.anchor, fact: s.facts[0]!, from: map[s.start]!, to: map[s.end - 1]! + 1 }));
      // Later pieces first, so splitting a node never shifts the index of one still to do.
      for (const piece of [...block.pieces].reverse()) {
        const value = piece.node.value;
        const pieceEnd = piece.offset + value.length;
        const parts: (Text | Element)[] = [];
        let cursor = 0;
        for (const range of ranges) {
          const start = Math.max(range.from, piece.offset) - piece.offset;
          const end = Math.min(range.to, pieceEnd) - piece.offset;
          if (start >= end) continue;
          if (start > cursor) parts.push({ type: 'text', value: value.slice(cursor, start) });
          parts.push(mark(value.slice(start, end), range.from >= piece.offset ? range.anchor : undefined));
          if (range.to <= pieceEnd) parts.push(backLink(range.fact));
          cursor = end;
        }
        if (parts.length === 0) continue;
        if (cursor < value.length) parts.push({ type: 'text', value: value.slice(cursor) });
        piece.parent.children.splice(piece.index, 1, ...parts);
      }
    });
  };
}
