/**
 * Corrections over built sites: the shared "variant" build holds an example correction
 * (tests/fixtures/corrections/hostile-test.yaml) to the hostile fixture's article, published before
 * it (real content has none). The affected page shows the correction
 * with its date and its modified date moves in the page, JSON-LD, article:modified_time and
 * sitemap alike; the methodology page lists it; other pages do not change their dates. The build
 * of our own content (no corrections) says "No corrections so far".
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { TEST_SITE } from '../e2e/build.ts';
import { canonicalOf, jsonLdOf, metaTags } from '../e2e/seo-helpers.ts';

const { site, variant } = inject('builds');
const distDir = site.distDir;
const out = variant.distDir;
const siteUrl = new URL(variant.base, TEST_SITE).href;
const read = (dir: string, p: string) => readFileSync(path.join(dir, p, 'index.html'), 'utf8');

describe('corrections', () => {
  it('without corrections, pages that can be corrected say so and the methodology log is empty', () => {
    expect(read(distDir, 'articles/jalisco-lab')).toContain('No corrections so far.');
    expect(read(distDir, 'methodology')).toContain('No corrections so far.');
  });

  it('the corrected article shows the correction with its date, and its modified date moves everywhere', () => {
    const html = read(out, 'articles/hostile-test');
    expect(html).toMatch(/<time datetime="2026-12-03">3 December 2026<\/time>: We gave the launch date as 13 July 2025\./);
    // The page record's own <time> tags (its text holds hostile markup, escaped, so read the tags directly).
    expect(html).toMatch(/<time class="published" datetime="2026-11-22">/);
    expect(html).toMatch(/<time class="modified" datetime="2026-12-03">/);
    expect(jsonLdOf(html)[0]).toMatchObject({ datePublished: '2026-11-22', dateModified: '2026-12-03' });
    expect(metaTags(html).get('article:modified_time')).toBe('2026-12-03');
    const sitemap = readFileSync(path.join(out, 'sitemap-0.xml'), 'utf8');
    expect(sitemap).toContain(`<loc>${canonicalOf(html)}</loc><lastmod>2026-12-03`);
  });

  it('the other article keeps its dates and shows no correction', () => {
    const html = read(out, 'articles/netflix-marseille');
    expect(html).toContain('No corrections so far.');
    const published = jsonLdOf(html)[0]!.datePublished as string;
    expect(jsonLdOf(html)[0]).toMatchObject({ dateModified: published });
    expect(readFileSync(path.join(out, 'sitemap-0.xml'), 'utf8')).toContain(`<loc>${siteUrl}articles/netflix-marseille/</loc><lastmod>${published}`);
  });

  it('the methodology page lists it, linking to the corrected page', () => {
    const html = read(out, 'methodology');
    expect(html).not.toContain('No corrections so far.');
    expect(html).toMatch(/3 December 2026<\/time>, <a href="\/netflix-initiatives\/articles\/hostile-test\/#corrections"[^>]*>[^<]*Hostile/);
  });
});
