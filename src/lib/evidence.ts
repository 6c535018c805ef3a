/**
 * Evidence: proves that each fact's passage appears verbatim in the article body, and says
 * where, so pages can link a fact to its highlighted passage.
 *
 * Matching is exact after normalising what editors cannot see or type reliably: runs of
 * whitespace (incl. no-break spaces), quote marks and apostrophes, Unicode composition.
 * A passage must sit inside one block of text (a paragraph, heading, list item or table row).
 */

export interface Normalised {
  text: string;
  /** `map[i]` is the index in the original string of normalised character `i`. */
  map: number[];
}

const QUOTES = /[«»“”„‟″"]/;
const APOSTROPHES = /[‘’‚‛′`']/;
const SPACE = /\s/; // includes U+00A0 and U+202F

/** Normalises whitespace, quotes and apostrophes, keeping a map back to original offsets. Linear in the input. */
export function normalise(input: string): Normalised {
  const source = input.normalize('NFC');
  let text = '';
  const map: number[] = [];
  /** Index of the first whitespace character of the run before `i`, or -1. */
  let space = -1;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i]!;
    if (SPACE.test(ch)) {
      if (space < 0 && text.length > 0) space = i;
      continue;
    }
    if (space >= 0) {
      text += ' ';
      map.push(space);
      space = -1;
    }
    text += QUOTES.test(ch) ? '"' : APOSTROPHES.test(ch) ? "'" : ch;
    map.push(i);
  }
  return { text, map };
}

const QUOTES_ALL = new RegExp(QUOTES.source, 'g');
const APOSTROPHES_ALL = new RegExp(APOSTROPHES.source, 'g');

/** `normalise(text).text` without the map: a passage as it is searched for, a block as it is searched. */
export function normaliseText(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim().replace(QUOTES_ALL, '"').replace(APOSTROPHES_ALL, "'");
}

export interface FactEvidence {
  /** The fact's id (unique within its article). */
  id: string;
  /** Its verbatim passage. */
  evidence: string;
}

export interface Match {
  id: string;
  block: number;
  /** Offsets in the block's normalised text. */
  start: number;
  end: number;
}

export interface Miss {
  id: string;
  evidence: string;
  /** Where the passage comes closest, for the error message. */
  closest: { block: number; matchedPrefix: string; bodyContinues: string } | null;
}

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

/**
 * Finds the passage in the first block that contains it, at its first occurrence on word
 * boundaries ("50 million" is not taken from inside "250 million" when the body also has it
 * whole); an occurrence inside words only when there is no other (the check then says so).
 */
export function findPassage(blocks: string[], passage: string): { block: number; start: number; end: number } | null {
  const needle = normaliseText(passage);
  if (needle.length === 0) return null;
  const open = WORD_CHAR.test(needle[0]!);
  const close = WORD_CHAR.test(needle.at(-1)!);
  let first: { block: number; start: number; end: number } | null = null;
  for (let b = 0; b < blocks.length; b++) {
    const block = blocks[b]!;
    for (let start = block.indexOf(needle); start >= 0; start = block.indexOf(needle, start + 1)) {
      const end = start + needle.length;
      if (!(open && WORD_CHAR.test(block[start - 1] ?? '')) && !(close && WORD_CHAR.test(block[end] ?? ''))) return { block: b, start, end };
      first ??= { block: b, start, end };
    }
  }
  return first;
}

/** The longest prefix of the passage found in any block, and what the body says after it. */
export function closestMiss(blocks: string[], passage: string): Miss['closest'] {
  const needle = normaliseText(passage);
  let best: Miss['closest'] = null;
  let bestLength = 0;
  blocks.forEach((block, b) => {
    let low = 0;
    let high = needle.length;
    while (low < high) {
      const mid = Math.ceil((low + high) / 2);
      if (block.includes(needle.slice(0, mid))) low = mid;
      else high = mid - 1;
    }
    if (low > bestLength) {
      bestLength = low;
      const at = block.indexOf(needle.slice(0, low)) + low;
      best = { block: b, matchedPrefix: needle.slice(0, low), bodyContinues: block.slice(at, at + 40) };
    }
  });
  return best;
}

/** How many misses of one article say where the body comes closest (each search reads the whole body). */
const CLOSEST_SHOWN = 20;

/** Locates every fact's passage in the (already normalised) block texts. */
export function locateEvidence(blocks: string[], facts: FactEvidence[]): { matches: Match[]; misses: Miss[] } {
  const matches: Match[] = [];
  const misses: Miss[] = [];
  for (const fact of facts) {
    const found = findPassage(blocks, fact.evidence);
    if (found) matches.push({ id: fact.id, ...found });
    else misses.push({ id: fact.id, evidence: fact.evidence, closest: misses.length < CLOSEST_SHOWN ? closestMiss(blocks, fact.evidence) : null });
  }
  return { matches, misses };
}

export interface Segment {
  /** `id` of the highlighted passage in the page: `ev-` + the first fact (in frontmatter order) it holds. */
  anchor: string;
  block: number;
  start: number;
  end: number;
  /** Ids of the facts whose passages fall in this segment. */
  facts: string[];
}

/**
 * Merges overlapping passages of one block into segments (one `<mark>` each), so that every fact
 * links to exactly one highlighted passage even when passages overlap or repeat.
 */
export function evidenceSegments(matches: Match[]): Segment[] {
  const sorted = [...matches].sort((a, b) => a.block - b.block || a.start - b.start || b.end - a.end);
  const segments: Segment[] = [];
  for (const match of sorted) {
    const last = segments.at(-1);
    if (last && last.block === match.block && match.start < last.end) {
      last.end = Math.max(last.end, match.end);
      last.facts.push(match.id);
    } else {
      segments.push({ anchor: '', block: match.block, start: match.start, end: match.end, facts: [match.id] });
    }
  }
  const order = new Map(matches.map((m, i) => [m.id, i]));
  for (const segment of segments) {
    const first = [...segment.facts].sort((a, b) => order.get(a)! - order.get(b)!)[0]!;
    segment.anchor = `ev-${first}`;
  }
  return segments;
}

/** Fact id → anchor of its highlighted passage. */
export function anchorsByFact(segments: Segment[]): Map<string, string> {
  return new Map(segments.flatMap((s) => s.facts.map((id) => [id, s.anchor] as const)));
}

/** Formats a miss for a build error. */
export function describeMiss(miss: Miss): string {
  const head = `evidence passage not found in the body: "${miss.evidence}"`;
  if (!miss.closest || miss.closest.matchedPrefix.length === 0) return `${head} (no part of it matches)`;
  const { matchedPrefix, bodyContinues } = miss.closest;
  return `${head}; closest: the body has "${matchedPrefix.slice(-40)}" then "${bodyContinues}"`;
}
