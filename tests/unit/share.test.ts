import { doIUseEmail } from '@jsx-email/doiuse-email';
import { describe, expect, it } from 'vitest';
import { escapeHtml, firstSentence, shareSnippet, SNIPPET_WIDTH, type ShareInput } from '../../src/lib/share.ts';

const input: ShareInput = {
  headline: 'A <b>"bold"</b> & headline',
  finding: 'One line.',
  figures: [
    {
      name: 'Left <i>',
      label: 'Money put in',
      figure: '≈ 140,000 EUR',
      note: 'about 3 million MXN as stated at 1 EUR = 21.97 MXN (rate, 2 June 2025, Post)',
    },
    {
      name: 'Right',
      label: 'Money put in',
      figure: 'Not given in this report',
      absent: true,
      note: 'It gives an organisation’s spending: 250 million EUR (national, per year; the report’s own figure)',
    },
  ],
  verdict: 'Money: not comparable. No like-for-like figure.',
  image: { url: 'https://o.github.io/r/og/c-0123456789.png', alt: 'Card: "x" & y', width: 1200, height: 630 },
  url: 'https://o.github.io/r/compare/x/',
  siteName: 'Site',
  verification: 'Verification: 3 of 3 passages found verbatim in the two reports’ texts (SHA-256 <a>…, b…); commit 0123456789ab, 30 November 2026.',
  readMore: 'Read the comparison',
  lang: 'en',
};

const CLIENTS = ['gmail.*', 'outlook.*', 'apple-mail.*'] as const;

describe('share snippet', () => {
  const snippet = shareSnippet(input);
  const textOnly = shareSnippet({ ...input, image: null });

  it('escapes every text', () => {
    expect(snippet).toContain('A &lt;b&gt;&quot;bold&quot;&lt;/b&gt; &amp; headline');
    expect(snippet).toContain('alt="Card: &quot;x&quot; &amp; y"');
    expect(snippet).toContain('Left &lt;i&gt;');
    expect(snippet).toContain('SHA-256 &lt;a&gt;…');
    expect(snippet).not.toContain('<b>');
  });

  it('is email-safe: a 600 px table with bgcolor, inline styles only, no script, no class, no <style>', () => {
    expect(snippet).not.toMatch(/<script|<style|class=/i);
    expect(snippet).toMatch(new RegExp(`^<table lang="en" width="${SNIPPET_WIDTH}"[^>]* bgcolor="#[0-9a-f]{6}"`));
    expect(SNIPPET_WIDTH).toBe(600);
  });

  it('carries the figures and the verdict as text, with or without the image, and the headline once', () => {
    for (const html of [snippet, textOnly]) {
      const text = html.replace(/<[^>]+>/g, ' ');
      for (const f of input.figures) {
        expect(text).toContain(escapeHtml(f.figure));
        expect(text).toContain(escapeHtml(f.note));
        expect(text).toContain(escapeHtml(f.label!));
      }
      expect(text).toContain(input.verdict);
      expect(html).toContain(escapeHtml(input.verification));
      expect(html.split(escapeHtml(input.headline)).length - 1).toBe(1);
    }
    expect(textOnly).not.toContain('<img');
  });

  it('sets a figure large and bold, and a missing one smaller so it does not outweigh it', () => {
    const size = (text: string) => Number(new RegExp(`font-size:(\\d+)px[^>]*>${text}<`).exec(snippet)?.[1]);
    expect(size('≈ 140,000 EUR')).toBe(24);
    expect(size('Not given in this report')).toBeLessThan(20);
  });

  it('sets no text under 13 px', () => {
    const sizes = [...snippet.matchAll(/font-size:(\d+(?:\.\d+)?)px/g)].map((m) => Number(m[1]));
    expect(sizes.length).toBeGreaterThan(5);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(13);
  });

  it('has the image with size, a styled alt text, and the canonical link', () => {
    expect(snippet).toMatch(
      /<img src="https:\/\/o\.github\.io\/r\/og\/c-0123456789\.png" alt="[^"]+" width="560" height="294" style="[^"]*font-size:16px;[^"]*color:#/,
    );
    expect(snippet).toContain('href="https://o.github.io/r/compare/x/"');
  });

  it.each([
    ['with the image', snippet],
    ['text only', textOnly],
  ])('%s: passes the caniemail lint for Gmail, Outlook and Apple Mail, under 30 KB', (_label, html) => {
    const result = doIUseEmail(html, { emailClients: [...CLIENTS] });
    expect(result.success ? [] : result.errors).toEqual([]);
    expect(new TextEncoder().encode(html).length).toBeLessThan(30 * 1024);
  });

  it('the lint can fail: a <style> block and flexbox are flagged', () => {
    const result = doIUseEmail('<style>.a{display:flex}</style><div class="a" style="display:flex">x</div>', { emailClients: [...CLIENTS] });
    expect(result.success).toBe(false);
  });

  it('firstSentence and escapeHtml', () => {
    expect(firstSentence('In Jalisco, X; in Marseille, Y. Only one names sources.')).toBe('In Jalisco, X; in Marseille, Y.');
    expect(firstSentence('No stop')).toBe('No stop');
    expect(escapeHtml(`<'&">`)).toBe('&lt;&#39;&amp;&quot;&gt;');
  });
});
