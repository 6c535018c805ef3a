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

/** Start tags in document order (content of script, style, textarea and title skipped). */
export function startTags(html: string): Tag[] {
  const source = stripComments(html).replace(
    /(<(script|style|textarea|title)\b(?:"[^"]*"|'[^']*'|[^'">])*>)[\s\S]*?(<\/\2\s*>)/gi,
    (_, open: string, _name: string, close: string) => open + close,
  );
  const tags: Tag[] = [];
  for (const m of source.matchAll(TAG)) {
    const attrs = new Map<string, string>();
    for (const a of (m[2] ?? '').matchAll(ATTR)) {
      const name = a[1]!.toLowerCase();
      if (!attrs.has(name)) attrs.set(name, decodeEntities(a[2] ?? a[3] ?? a[4] ?? ''));
    }
    tags.push({ name: m[1]!.toLowerCase(), attrs, index: m.index });
  }
  return tags;
}

/** `<script>` and `<style>` elements with their text. */
export function rawTextElements(html: string, name: 'script' | 'style'): { attrs: Map<string, string>; text: string }[] {
  const out: { attrs: Map<string, string>; text: string }[] = [];
  const re = new RegExp(`<${name}\\b((?:"[^"]*"|'[^']*'|[^'">])*)>([\\s\\S]*?)</${name}\\s*>`, 'gi');
  for (const m of stripComments(html).matchAll(re)) {
    const tag = startTags(`<${name}${m[1]}>`)[0]!;
    out.push({ attrs: tag.attrs, text: m[2] ?? '' });
  }
  return out;
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
