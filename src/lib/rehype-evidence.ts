/**
 * Rehype plugin: wraps each fact's evidence passage in the rendered article body in
 * `<mark class="evidence" id="ev-…">`, so fact lists can link to the highlighted words.
 * Throws when a passage cannot be found, which fails the build.
 *
 * It also records which anchor each fact links to, as `evidenceAnchors` in the entry's
 * `remarkPluginFrontmatter` (Astro's channel from plugins to pages), so pages read the anchors
 * this very pass placed instead of parsing the body again.
 *
 * That record becomes the compiled report's whole `frontmatter` export. Pages take the facts
 * from the content layer, checked by the schema; a second copy of them in every compiled module
 * (about 16 KB of JavaScript per report) only cost the build parsing and memory: about 150 MB
 * of peak memory with 1,000 reports (bench, N = 500).
 */
import type { Element, Root, Text } from 'hast';
import { blocksFromHast } from './body-text.ts';
import { anchorsByFact, describeMiss, evidenceSegments, locateEvidence, normalise } from './evidence.ts';
import { factsOf } from './facts.ts';

interface VFileLike {
  path?: string;
  data: { astro?: { frontmatter?: Record<string, unknown> } };
}

/** Key of the fact id → anchor record in `remarkPluginFrontmatter`. */
export const ANCHORS_KEY = 'evidenceAnchors';

/** The anchors this plugin recorded, read back from `remarkPluginFrontmatter`. */
export function recordedAnchors(pluginFrontmatter: Record<string, unknown>, where: string): Map<string, string> {
  const record = pluginFrontmatter[ANCHORS_KEY];
  if (typeof record !== 'object' || record === null || Object.values(record).some((v) => typeof v !== 'string')) {
    throw new Error(`${where}: no evidence anchors recorded by rehype-evidence (is it in the markdown processor?)`);
  }
  return new Map(Object.entries(record as Record<string, string>));
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
 * page). It has no text of its own (the label is an attribute and the glyph comes from CSS), so
 * the report's text stays character for character as received.
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
    const normalised = blocks.map((b) => normalise(b.text));
    const { matches, misses } = locateEvidence(
      normalised.map((n) => n.text),
      facts,
    );
    if (misses.length > 0) {
      throw new Error(`${file.path ?? 'article'}: ${misses.map((m) => `${m.id}: ${describeMiss(m)}`).join('; ')}`);
    }
    const segments = evidenceSegments(matches);
    file.data.astro!.frontmatter = { [ANCHORS_KEY]: Object.fromEntries(anchorsByFact(segments)) };
    blocks.forEach((block, b) => {
      const { map } = normalised[b]!;
      // Original-text ranges of this block's segments; segments never overlap once merged.
      const ranges = segments.filter((s) => s.block === b).map((s) => ({ anchor: s.anchor, fact: s.facts[0]!, from: map[s.start]!, to: map[s.end - 1]! + 1 }));
      if (ranges.length === 0) return;
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
