/**
 * Each page's Content-Security-Policy, fitted to what that page holds. Astro writes one policy
 * for the whole build: the hashes of every script it could emit, and any style exception on
 * every page. `pagePolicy` rewrites a built page's policy so it allows only the inline scripts
 * and styles the page has, style attributes only where the page uses them (the share page's
 * preview), and moves the `<meta>` to the top of `<head>`, before anything it governs.
 * Pure: HTML in, HTML out.
 */
import { createHash } from 'node:crypto';

const META = /<meta http-equiv="content-security-policy" content="([^"]*)"\s*\/?>/i;
const REPLACED = /^(script-src|style-src|style-src-elem|style-src-attr|script-src-elem|script-src-attr)$/;

const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/** Decodes the few entities Astro writes in attribute values. */
const attribute = (value: string) => value.replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&');

/** The page with its policy fitted to it; unchanged when it has no policy `<meta>`. */
export function pagePolicy(html: string): string {
  const meta = META.exec(html);
  if (!meta) return html;
  const kept = attribute(meta[1]!)
    .split(';')
    .map((d) => d.trim())
    .filter((d) => d !== '' && !REPLACED.test(d.split(/\s+/)[0]!));
  const scripts = new Set<string>();
  for (const [, attrs, body] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    // External scripts load from 'self'; JSON data blocks never run and need no hash.
    if (/\ssrc=/i.test(attrs!) || /type="application\/(ld\+)?json"/i.test(attrs!)) continue;
    scripts.add(hash(body!));
  }
  const styles = new Set<string>();
  for (const [, body] of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)) styles.add(hash(body!));
  // A style attribute on any element, including those of an iframe's srcdoc (it inherits this policy).
  const styleAttributes = /<[a-zA-Z][^<>]*\sstyle=/.test(html.replace(META, ''));
  const policy = [
    ...kept,
    `script-src ${["'self'", ...[...scripts].sort()].join(' ')}`,
    `style-src ${["'self'", ...[...styles].sort()].join(' ')}`,
    ...(styleAttributes ? ["style-src-attr 'unsafe-inline'"] : []),
  ].join('; ');
  const tag = `<meta http-equiv="content-security-policy" content="${policy.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}">`;
  return html.replace(META, '').replace(/<head>/i, `<head>${tag}`);
}
