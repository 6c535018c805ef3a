import { describe, expect, it } from 'vitest';
import { escapeHtml, firstSentence, shareSnippet } from '../../src/lib/share.ts';

describe('share snippet', () => {
  const snippet = shareSnippet({
    headline: 'A <b>"bold"</b> & headline',
    finding: 'One line.',
    image: { url: 'https://o.github.io/r/og/c-0123456789.png', alt: 'Card: "x" & y', width: 1200, height: 630 },
    url: 'https://o.github.io/r/compare/x/',
    siteName: 'Site',
  });

  it('escapes every text', () => {
    expect(snippet).toContain('A &lt;b&gt;&quot;bold&quot;&lt;/b&gt; &amp; headline');
    expect(snippet).toContain('alt="Card: &quot;x&quot; &amp; y"');
    expect(snippet).not.toContain('<b>');
  });

  it('is email-safe: inline styles only, no script, no class, no <style>', () => {
    expect(snippet).not.toMatch(/<script|<style|class=/i);
    expect(snippet).toContain('style="');
  });

  it('has the image with size and alt, and the canonical link', () => {
    expect(snippet).toMatch(/<img src="https:\/\/o\.github\.io\/r\/og\/c-0123456789\.png" alt="[^"]+" width="560" height="294"/);
    expect(snippet).toContain('href="https://o.github.io/r/compare/x/"');
  });

  it('firstSentence and escapeHtml', () => {
    expect(firstSentence('In Jalisco, X; in Marseille, Y. Only one names sources.')).toBe('In Jalisco, X; in Marseille, Y.');
    expect(firstSentence('No stop')).toBe('No stop');
    expect(escapeHtml(`<'&">`)).toBe('&lt;&#39;&amp;&quot;&gt;');
  });
});
