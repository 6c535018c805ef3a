/**
 * Corrections over built sites: the shared "fixture" build holds an example correction
 * (tests/fixtures/corrections/hostile-test.yaml) to the hostile fixture's article, published before
 * it (real content has none). The affected page shows the correction
 * with its date and its modified date moves in the page, JSON-LD, article:modified_time and
 * sitemap alike; the methodology page lists it; other pages do not change their dates. The build
 * of our own content (no corrections) says "No corrections so far".
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { readContent } from '../../src/build/content-files.ts';
import { TEST_SITE } from '../e2e/build.ts';
import { canonicalOf, jsonLdOf, metaTags } from '../e2e/seo-helpers.ts';

const { site, fixture } = inject('builds');
const distDir = site.distDir;
const out = fixture.distDir;
const siteUrl = new URL(fixture.base, TEST_SITE).href;
const read = (dir: string, p: string) => readFileSync(path.join(dir, p, 'index.html'), 'utf8');

describe('corrections', () => {
  it('without corrections, pages that can be corrected say so and the methodology log is empty', () => {
    expect(read(distDir, 'articles/jalisco-lab')).toContain('No corrections so far.');
    expect(read(distDir, 'methodology')).toContain('No corrections so far.');
  });

  it('the corrected article shows the correction with its date, and its modified date moves everywhere', () => {
    const html = read(out, 'articles/hostile-test');
    // A date's words hold together on one line (no-break spaces).
    expect(html).toMatch(/<time datetime="2026-12-03">3\u00a0December\u00a02026<\/time>: We gave the launch date as 13 July 2025\./);
    // The page record's own <time> tags (its text holds hostile markup, escaped, so read the tags directly).
    expect(html).toMatch(/<time class="published" datetime="2026-11-22">/);
    expect(html).toMatch(/<time class="modified" datetime="2026-12-03">/);
    expect(jsonLdOf(html)[0]).toMatchObject({ datePublished: '2026-11-22', dateModified: '2026-12-03' });
    expect(metaTags(html).get('article:modified_time')).toBe('2026-12-03');
    const sitemap = readFileSync(path.join(out, 'sitemap-0.xml'), 'utf8');
    expect(sitemap).toContain(`<loc>${canonicalOf(html)}</loc><lastmod>2026-12-03`);
  });

  it('the other articles keep the dates their editors set and show no correction', () => {
    const others = readContent(fixture.root).files.filter((f) => f.collection === 'articles' && f.id !== 'hostile-test');
    expect(others.length).toBeGreaterThan(1);
    const sitemap = readFileSync(path.join(out, 'sitemap-0.xml'), 'utf8');
    for (const { id, data } of others) {
      const { published, updated } = data as { published: string; updated?: string };
      const html = read(out, `articles/${id}`);
      expect(html, id).toContain('No corrections so far.');
      expect(jsonLdOf(html)[0], id).toMatchObject({ datePublished: published, dateModified: updated ?? published });
      expect(sitemap).toContain(`<loc>${siteUrl}articles/${id}/</loc><lastmod>${updated ?? published}`);
    }
  });

  it('the methodology page lists it, linking to the corrected page', () => {
    const html = read(out, 'methodology');
    expect(html).not.toContain('No corrections so far.');
    expect(html).toMatch(/3\u00a0December\u00a02026<\/time>, <a href="\/articles\/hostile-test\/#corrections"[^>]*>[^<]*Hostile/);
  });
});
