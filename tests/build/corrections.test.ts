/**
 * Corrections over a built site: a copy of the project with the example correction from
 * tests/fixtures/corrections/ (real content has none) is built under the sub-path; the affected
 * page shows the correction with its date and its modified date moves in the page, JSON-LD,
 * article:modified_time and sitemap alike; the methodology page lists it; other pages do not
 * change their dates. The main build (no corrections) says "No corrections so far".
 */
import { cpSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectCopy } from '../helpers/project.ts';
import { buildSite } from './build.ts';
import { canonicalOf, distDir, jsonLdOf, metaTags, shownDates, siteUrl } from './seo-helpers.ts';

const root = path.resolve(import.meta.dirname, '../..');
let tmp: string;
let out: string;
const read = (dir: string, p: string) => readFileSync(path.join(dir, p, 'index.html'), 'utf8');

beforeAll(async () => {
  const project = projectCopy();
  tmp = project;
  cpSync(path.join(root, 'tests/fixtures/corrections/example.yaml'), path.join(project, 'content/corrections/example.yaml'));
  // buildSite wants the output inside the project it builds.
  out = path.join(project, 'dist-corrections');
  await buildSite({ root: project, outDir: out, cacheDir: path.join(project, '.cache') });
}, 180_000);

afterAll(() => {
  if (tmp && !process.env.KEEP_E2E_BUILD) rmSync(tmp, { recursive: true, force: true });
});

describe('corrections', () => {
  it('without corrections, pages that can be corrected say so and the methodology log is empty', () => {
    expect(read(distDir, 'articles/jalisco-lab')).toContain('No corrections so far.');
    expect(read(distDir, 'methodology')).toContain('No corrections so far.');
  });

  it('the corrected article shows the correction with its date, and its modified date moves everywhere', () => {
    const html = read(out, 'articles/jalisco-lab');
    expect(html).toMatch(/<time datetime="2026-12-03">3 December 2026<\/time>: We gave the launch date as 13 July 2025\./);
    expect(shownDates(html)).toEqual({ published: '2026-11-22', modified: '2026-12-03' });
    expect(jsonLdOf(html)[0]).toMatchObject({ datePublished: '2026-11-22', dateModified: '2026-12-03' });
    expect(metaTags(html).get('article:modified_time')).toBe('2026-12-03');
    const sitemap = readFileSync(path.join(out, 'sitemap-0.xml'), 'utf8');
    expect(sitemap).toContain(`<loc>${canonicalOf(html)}</loc><lastmod>2026-12-03`);
  });

  it('the other article keeps its dates and shows no correction', () => {
    const html = read(out, 'articles/netflix-marseille');
    expect(html).toContain('No corrections so far.');
    expect(jsonLdOf(html)[0]).toMatchObject({ dateModified: '2026-11-22' });
    expect(readFileSync(path.join(out, 'sitemap-0.xml'), 'utf8')).toContain(`<loc>${siteUrl}articles/netflix-marseille/</loc><lastmod>2026-11-22`);
  });

  it('the methodology page lists it, linking to the corrected page', () => {
    const html = read(out, 'methodology');
    expect(html).not.toContain('No corrections so far.');
    expect(html).toMatch(/3 December 2026<\/time>, <a href="\/netflix-initiatives\/articles\/jalisco-lab\/#corrections"[^>]*>Jalisco Lab<\/a>/);
  });
});
