/**
 * Each page's Content-Security-Policy, fitted to what that page holds. Astro writes one policy
 * for the whole build: the hashes of every script it could emit, and any style exception on
 * every page. `pagePolicy` rewrites a built page's policy so it allows only the inline scripts
 * and styles the page has, style attributes only where the page uses them (the share page's
 * preview), and moves the `<meta>` to the top of `<head>`, before anything it governs.
 * Pure: HTML in, HTML out.
 */
import { createHash } from 'node:crypto';
import { html as spec, parse, type DefaultTreeAdapterMap } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

const REPLACED = /^(script-src|style-src|style-src-elem|style-src-attr|script-src-elem|script-src-attr)$/;

const attributeOf = (node: Element, name: string) => node.attrs.find((a) => a.name === name)?.value;

/** The raw text of a script or style element (one text node, as the parser leaves it). */
const textOf = (node: Element) => node.childNodes.map((c) => (c.nodeName === '#text' ? (c as DefaultTreeAdapterMap['textNode']).value : '')).join('');

const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/** Every element under `root`, in document order (a loop, not recursion: pages can be deep or wide). */
function* elements(root: Node): Generator<Element> {
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if ('tagName' in node) yield node;
    if ('childNodes' in node) for (let i = node.childNodes.length - 1; i >= 0; i--) stack.push(node.childNodes[i]!);
  }
}

/** The first element, in document order, that `test` accepts. */
function find(root: Node, test: (element: Element) => boolean): Element | undefined {
  for (const element of elements(root)) if (test(element)) return element;
  return undefined;
}

const isPolicy = (element: Element) => element.tagName === 'meta' && attributeOf(element, 'http-equiv')?.toLowerCase() === 'content-security-policy';

/**
 * What a page's policy must allow, read from the page as a browser parses it (parse5, the HTML
 * standard's algorithm; so text that merely looks like a tag, inside an attribute or a textarea,
 * allows nothing): the inline scripts and styles it runs, and whether any element, including
 * those of an iframe's srcdoc (it inherits this policy), carries a style attribute. A
 * `<template>`'s content is inert until a script clones it, so it is not read.
 */
function inlineContent(root: Node, found = { scripts: new Set<string>(), styles: new Set<string>(), styleAttributes: false }) {
  for (const node of elements(root)) {
    if (attributeOf(node, 'style') !== undefined) found.styleAttributes = true;
    // External scripts load from 'self' (an SVG script names its file with href); JSON data blocks
    // never run and need no hash (a browser reads the type's essence: trimmed, before any ';').
    const external = attributeOf(node, 'src') ?? (node.namespaceURI === spec.NS.SVG ? attributeOf(node, 'href') : undefined);
    const type = (attributeOf(node, 'type') ?? '').split(';')[0]!.trim();
    if (node.tagName === 'script' && external === undefined && !/^application\/(ld\+)?json$/i.test(type)) found.scripts.add(hash(textOf(node)));
    if (node.tagName === 'style') found.styles.add(hash(textOf(node)));
    const srcdoc = node.tagName === 'iframe' ? attributeOf(node, 'srcdoc') : undefined;
    if (srcdoc !== undefined) inlineContent(parse(srcdoc), found);
  }
  return found;
}

/**
 * Where the policy `<meta>` and the `<head>` start tag are in the page's text, read from the parsed
 * page, so text that only looks like them (in a comment or an attribute) is never taken for them.
 * Parsing with locations is slow, so the text up to the first `</head>` is tried first: a parser
 * reads a page from the start, so a prefix gives the same elements, at the same places.
 */
function locate(html: string): { head: Element; meta: Element } {
  const headEnd = html.search(/<\/head\s*>/i);
  for (const source of headEnd >= 0 ? [html.slice(0, headEnd), html] : [html]) {
    const document = parse(source, { sourceCodeLocationInfo: true });
    const head = find(document, (element) => element.tagName === 'head');
    const meta = head && find(head, isPolicy);
    if (head?.sourceCodeLocation?.startTag && meta?.sourceCodeLocation) return { head, meta };
  }
  throw new Error('the policy <meta> is not inside a written <head>');
}

/** The page with its policy fitted to it; unchanged when it has no policy `<meta>`. */
export function pagePolicy(html: string): string {
  const document = parse(html);
  if (!find(document, isPolicy)) return html;
  const { head, meta } = locate(html);
  const directives = (attributeOf(meta, 'content') ?? '')
    .split(';')
    .map((d) => d.trim())
    .filter((d) => d !== '');
  const kept = directives.filter((d) => !REPLACED.test(d.split(/\s+/)[0]!));
  const { scripts, styles, styleAttributes } = inlineContent(document);
  // The page may run only inline code Astro emitted and hashed: anything else was not written by the site.
  const emitted = (name: string) =>
    new Set(
      directives
        .find((d) => d.split(/\s+/)[0] === name)
        ?.split(/\s+/)
        .slice(1) ?? [],
    );
  for (const [kind, found, allowed] of [
    ['script', scripts, emitted('script-src')],
    ['style', styles, emitted('style-src')],
  ] as const) {
    const foreign = [...found].filter((h) => !allowed.has(h));
    if (foreign.length > 0) throw new Error(`an inline ${kind} that Astro did not emit (${foreign.join(' ')}): the page's policy would allow it`);
  }
  const policy = [
    ...kept,
    `script-src ${["'self'", ...[...scripts].sort()].join(' ')}`,
    `style-src ${["'self'", ...[...styles].sort()].join(' ')}`,
    ...(styleAttributes ? ["style-src-attr 'unsafe-inline'"] : []),
  ].join('; ');
  const tag = `<meta http-equiv="content-security-policy" content="${policy.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}">`;
  const at = head.sourceCodeLocation!.startTag!.endOffset;
  const { startOffset, endOffset } = meta.sourceCodeLocation!;
  return html.slice(0, at) + tag + html.slice(at, startOffset) + html.slice(endOffset);
}
