/**
 * The email-safe share snippet of a comparison: a block an editor pastes into a newsletter.
 * Email clients drop <style>, classes and scripts and often block images, so the figures and the
 * verdict are live text in one 600 px table with inline styles and `bgcolor`; the card image is
 * optional, and its alt text is styled so that a blocked image still reads. Every text is escaped.
 */

export interface ShareFigure {
  /** The side's name. */
  name: string;
  /** What the figures measure ("Money put in"); the same on both sides, or null when neither gives money. */
  label: string | null;
  /** The figure in the comparison's currency, or "Not given for this initiative". */
  figure: string;
  /** True when `figure` says the report gives none: set smaller and lighter than a figure. */
  absent?: boolean;
  /** Whose money and who says so, as stated with the conversion's rate (value, date, source), scope, period and any status: `keyNote`. */
  note: string;
}

export interface ShareInput {
  headline: string;
  /** One-line finding. */
  finding: string;
  /** One figure per side, left then right. */
  figures: [ShareFigure, ShareFigure];
  /** Our verdict in one line: "Money: not comparable. No like-for-like money figure". */
  verdict: string;
  /** Absolute URL of the card image, its alt text and size; `null` for a text-only block. */
  image: { url: string; alt: string; width: number; height: number } | null;
  /** Absolute canonical URL of the comparison. */
  url: string;
  siteName: string;
  /** The page's verification record in one line, set small under the link. */
  verification: string;
  /** The link's words ("Read the comparison"), in the snippet's language. */
  readMore: string;
  /** BCP 47 language of the snippet's words, on its table (`lang`), so a reader's software reads them in it. */
  lang: string;
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

/** Width of the block; email layouts are built for 600 px. */
export const SNIPPET_WIDTH = 600;
const INNER = SNIPPET_WIDTH - 40;
const COLOURS = { bg: '#fdfcf9', fg: '#1c1b19', soft: '#4a4740', line: '#dcd8cf', accent: '#8a2b1d', sides: ['#1f5f8b', '#8a4b0f'] } as const;
const SANS = 'font-family:Arial,Helvetica,sans-serif;';
const SERIF = "font-family:Georgia,'Times New Roman',serif;";

function figureCell(f: ShareFigure, side: 0 | 1): string {
  const e = escapeHtml;
  return [
    `<td width="50%" valign="top" style="width:50%;padding:0 10px 0 10px;border-left:3px solid ${COLOURS.sides[side]};${SANS}">`,
    `<p style="margin:0 0 4px;font-size:14px;line-height:1.3;font-weight:bold;color:${COLOURS.sides[side]};">${e(f.name)}</p>`,
    f.label ? `<p style="margin:0 0 2px;font-size:13px;line-height:1.3;color:${COLOURS.soft};">${e(f.label)}</p>` : '',
    f.absent
      ? `<p style="margin:0 0 4px;font-size:17px;line-height:1.3;font-weight:bold;color:${COLOURS.fg};">${e(f.figure)}</p>`
      : `<p style="margin:0 0 4px;font-size:24px;line-height:1.2;font-weight:bold;color:${COLOURS.fg};">${e(f.figure)}</p>`,
    f.note ? `<p style="margin:0;font-size:14px;line-height:1.4;color:${COLOURS.soft};">${e(f.note)}</p>` : '',
    '</td>',
  ].join('');
}

export function shareSnippet(input: ShareInput): string {
  const e = escapeHtml;
  const rows = [
    `<tr><td style="padding:20px 20px 0;${SANS}font-size:13px;line-height:1.4;letter-spacing:1px;text-transform:uppercase;color:${COLOURS.soft};">${e(input.siteName)}</td></tr>`,
    `<tr><td style="padding:6px 20px 0;${SERIF}font-size:22px;line-height:1.25;font-weight:bold;"><a href="${e(input.url)}" style="color:${COLOURS.fg};text-decoration:none;">${e(input.headline)}</a></td></tr>`,
  ];
  if (input.image) {
    const height = Math.round((INNER * input.image.height) / input.image.width);
    rows.push(
      `<tr><td style="padding:16px 20px 0;"><a href="${e(input.url)}" style="text-decoration:none;"><img src="${e(input.image.url)}" alt="${e(input.image.alt)}" width="${INNER}" height="${height}" style="display:block;width:100%;max-width:${INNER}px;height:auto;border:0;background-color:#f3f1eb;${SANS}font-size:16px;line-height:1.4;color:${COLOURS.fg};"></a></td></tr>`,
    );
  }
  rows.push(
    `<tr><td style="padding:16px 20px 0;"><table width="100%" cellpadding="0" cellspacing="0" border="0" style="width:100%;border-collapse:collapse;"><tr>${figureCell(input.figures[0], 0)}${figureCell(input.figures[1], 1)}</tr></table></td></tr>`,
    `<tr><td style="padding:16px 20px 0;${SANS}font-size:16px;line-height:1.45;color:${COLOURS.fg};"><strong>${e(input.verdict)}</strong><br>${e(input.finding)}</td></tr>`,
    `<tr><td style="padding:14px 20px 0;${SANS}font-size:16px;line-height:1.4;"><a href="${e(input.url)}" style="color:${COLOURS.accent};font-weight:bold;">${e(input.readMore)}</a></td></tr>`,
    `<tr><td style="padding:10px 20px 20px;${SANS}font-size:13px;line-height:1.4;color:${COLOURS.soft};">${e(input.verification)}</td></tr>`,
  );
  return [
    `<table lang="${e(input.lang)}" width="${SNIPPET_WIDTH}" cellpadding="0" cellspacing="0" border="0" bgcolor="${COLOURS.bg}" style="width:${SNIPPET_WIDTH}px;max-width:100%;border-collapse:collapse;border:1px solid ${COLOURS.line};background-color:${COLOURS.bg};">`,
    ...rows,
    '</table>',
  ].join('\n');
}
