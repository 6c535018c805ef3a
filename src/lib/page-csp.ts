/**
 * Each page's Content-Security-Policy, fitted to what that page holds. Astro writes one policy
 * for the whole build: the hashes of every script it could emit, and any style exception on
 * every page. `pagePolicy` rewrites a built page's policy so it allows only the inline scripts
 * and styles the page has, style attributes only where the page uses them (the share page's
 * preview), and moves the `<meta>` to the top of `<head>`, before anything it governs.
 * Pure: HTML in, HTML out.
 */
import { createHash } from 'node:crypto';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';

const META = /<meta http-equiv="content-security-policy" content="([^"]*)"\s*\/?>/i;
const REPLACED = /^(script-src|style-src|style-src-elem|style-src-attr|script-src-elem|script-src-attr)$/;

/** The raw text of a script or style element (one text node, as the parser leaves it). */
const textOf = (node: Element) => node.children.map((c) => (c.type === 'text' ? c.value : '')).join('');

const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/** Decodes the few entities Astro writes in attribute values. */
const attribute = (value: string) =>
  value
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');

/**
 * What a page's policy must allow, read from the parsed page (so text that merely looks like a
 * tag, inside an attribute or a textarea, allows nothing): the inline scripts and styles it runs,
 * and whether any element, including those of an iframe's srcdoc (it inherits this policy),
 * carries a style attribute.
 */
function inlineContent(tree: Root, found = { scripts: new Set<string>(), styles: new Set<string>(), styleAttributes: false }) {
  visit(tree, 'element', (node: Element) => {
    if (node.properties.style !== undefined) found.styleAttributes = true;
    // External scripts load from 'self'; JSON data blocks never run and need no hash.
    if (node.tagName === 'script' && node.properties.src === undefined && !/^application\/(ld\+)?json$/i.test(String(node.properties.type ?? '')))
      found.scripts.add(hash(textOf(node)));
    if (node.tagName === 'style') found.styles.add(hash(textOf(node)));
    if (node.tagName === 'iframe' && typeof node.properties.srcDoc === 'string') inlineContent(fromHtml(node.properties.srcDoc), found);
  });
  return found;
}

/** The page with its policy fitted to it; unchanged when it has no policy `<meta>`. */
export function pagePolicy(html: string): string {
  const meta = META.exec(html);
  if (!meta) return html;
  const kept = attribute(meta[1]!)
    .split(';')
    .map((d) => d.trim())
    .filter((d) => d !== '' && !REPLACED.test(d.split(/\s+/)[0]!));
  const { scripts, styles, styleAttributes } = inlineContent(fromHtml(html.replace(META, '')));
  const policy = [
    ...kept,
    `script-src ${["'self'", ...[...scripts].sort()].join(' ')}`,
    `style-src ${["'self'", ...[...styles].sort()].join(' ')}`,
    ...(styleAttributes ? ["style-src-attr 'unsafe-inline'"] : []),
  ].join('; ');
  const tag = `<meta http-equiv="content-security-policy" content="${policy.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}">`;
  return html.replace(META, '').replace(/<head>/i, `<head>${tag}`);
}
