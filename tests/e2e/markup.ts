/**
 * Just enough HTML reading for tests that run without a browser (budgets, crawling, anchor
 * lookups): start tags with their attributes, and element contents for script/style. Astro's
 * output is regular (quoted attributes, no omitted end tags in these elements), and every
 * check built on this is also made in the browser or by html-validate.
 */

export interface Tag {
  name: string;
  attrs: Map<string, string>;
  /** Offset of the tag in the document. */
  index: number;
}

/** Removes comments, which may mention markup that is not there. */
export function stripComments(html: string): string {
  return html.replace(/<!--[\s\S]*?-->/g, '');
}

const TAG = /<([a-zA-Z][^\s/>]*)((?:"[^"]*"|'[^']*'|[^'">])*)>/g;
const ATTR = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

export function decodeEntities(s: string): string {
  return s
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** Elements whose content is text, not markup: a `<` inside them opens no tag. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title']);

/**
 * Start tags in document order, each with the offset where its content starts. Read from the
 * start, one tag after the next, so a quoted attribute value holding `<script>` (legal, and inert)
 * stays in its tag; comments are skipped, and so is the content of script, style, textarea and
 * title up to their end tag.
 */
function scan(html: string): (Tag & { end: number })[] {
  const token = new RegExp(`<!--[\\s\\S]*?-->|${TAG.source}`, 'g');
  const tags: (Tag & { end: number })[] = [];
  for (let m = token.exec(html); m; m = token.exec(html)) {
    if (m[1] === undefined) continue;
    const attrs = new Map<string, string>();
    for (const a of (m[2] ?? '').matchAll(ATTR)) {
      const name = a[1]!.toLowerCase();
      if (!attrs.has(name)) attrs.set(name, decodeEntities(a[2] ?? a[3] ?? a[4] ?? ''));
    }
    const name = m[1].toLowerCase();
    tags.push({ name, attrs, index: m.index, end: token.lastIndex });
    if (RAW_TEXT.has(name)) {
      const close = new RegExp(`</${name}\\s*>`, 'gi');
      close.lastIndex = token.lastIndex;
      const found = close.exec(html);
      token.lastIndex = found ? found.index : html.length;
    }
  }
  return tags;
}

/** Start tags in document order (content of script, style, textarea and title skipped). */
export function startTags(html: string): Tag[] {
  return scan(html).map(({ name, attrs, index }) => ({ name, attrs, index }));
}

/** `<script>` and `<style>` elements with their text. */
export function rawTextElements(html: string, name: 'script' | 'style'): { attrs: Map<string, string>; text: string }[] {
  return scan(html)
    .filter((tag) => tag.name === name)
    .map((tag) => {
      const close = new RegExp(`</${name}\\s*>`, 'gi');
      close.lastIndex = tag.end;
      return { attrs: tag.attrs, text: html.slice(tag.end, close.exec(html)?.index ?? html.length) };
    });
}

/** `<a href>` values, entity-decoded. */
export function anchorHrefs(html: string): string[] {
  return startTags(html)
    .filter((t) => (t.name === 'a' || t.name === 'area') && t.attrs.has('href'))
    .map((t) => t.attrs.get('href')!);
}

/** Ids (and `<a name>`s) in a document: valid `#fragment` targets. */
export function idsOf(html: string): Set<string> {
  const ids = new Set<string>();
  for (const tag of startTags(html)) {
    const id = tag.attrs.get('id');
    if (id !== undefined) ids.add(id);
    if (tag.name === 'a' && tag.attrs.has('name')) ids.add(tag.attrs.get('name')!);
  }
  return ids;
}
