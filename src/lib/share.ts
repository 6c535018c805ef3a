/**
 * The email-safe share snippet of a comparison: a small HTML block an editor pastes into a
 * newsletter. Email clients drop <style> and scripts, so it is one table with inline styles,
 * fixed image size, and every text escaped.
 */

export interface ShareInput {
  headline: string;
  /** One-line finding. */
  finding: string;
  /** Absolute URL of the card image, its alt text and size. */
  image: { url: string; alt: string; width: number; height: number };
  /** Absolute canonical URL of the comparison. */
  url: string;
  siteName: string;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML content and double-quoted attributes. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ESCAPES[ch]!);
}

/** The first sentence of a text (up to the first ". ", "? " or "! "), for the one-line finding. */
export function firstSentence(text: string): string {
  const match = /^(.+?[.!?])(\s|$)/.exec(text.trim());
  return match ? match[1]! : text.trim();
}

const WIDTH = 560;

export function shareSnippet(input: ShareInput): string {
  const e = escapeHtml;
  const height = Math.round((WIDTH * input.image.height) / input.image.width);
  const font = "font-family:Georgia,'Times New Roman',serif;";
  return [
    `<table role="presentation" cellpadding="0" cellspacing="0" border="0" width="${WIDTH + 40}" style="width:${WIDTH + 40}px;max-width:100%;border-collapse:collapse;border:1px solid #dcd8cf;background:#fdfcf9;">`,
    '<tr><td style="padding:20px;">',
    `<a href="${e(input.url)}" style="text-decoration:none;"><img src="${e(input.image.url)}" alt="${e(input.image.alt)}" width="${WIDTH}" height="${height}" style="display:block;width:100%;max-width:${WIDTH}px;height:auto;border:0;"></a>`,
    `<p style="margin:16px 0 6px;${font}font-size:22px;line-height:1.25;font-weight:bold;color:#1c1b19;"><a href="${e(input.url)}" style="color:#1c1b19;text-decoration:none;">${e(input.headline)}</a></p>`,
    `<p style="margin:0 0 12px;font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.45;color:#5b5852;">${e(input.finding)}</p>`,
    `<p style="margin:0;font-family:Arial,Helvetica,sans-serif;font-size:15px;"><a href="${e(input.url)}" style="color:#8a2b1d;font-weight:bold;">Read the comparison on ${e(input.siteName)}</a></p>`,
    '</td></tr>',
    '</table>',
  ].join('\n');
}
