import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import { describe, expect, it } from 'vitest';
import { citationOf, type CitedPage } from '../../src/lib/trust/cite.ts';
import type { Source } from '../../src/schemas/source.ts';
import { en } from '../helpers/messages.ts';
import { spaced } from '../helpers/spaces.ts';

const translated: Source = {
  outlet: 'El Diario',
  outletPlace: 'Ciudad',
  byline: 'AB / diario',
  headline: 'Un titre en français & {avec} des accents : “cité”',
  headlineGloss: 'A headline in French',
  language: 'fr',
  translatedFrom: 'es',
  url: null,
  published: null,
  accessed: null,
  notes: [],
};
const english: Source = {
  ...translated,
  outlet: 'Coast News',
  byline: null,
  headline: 'Crews on the coast',
  headlineGloss: null,
  language: 'en',
  translatedFrom: null,
  url: 'https://coast.news/a',
  published: '2025-07',
};
const page: CitedPage = {
  title: 'Our page: “two reports”',
  url: 'https://o.github.io/r/compare/a-vs-b/',
  siteName: 'Site, checked',
  versionDay: '2026-11-30',
  versionUrl: 'https://o.github.io/r/data/versions/comparisons/a-vs-b/2026-11-30.json',
  role: 'Compared and checked',
  key: 'checked-comparison-a-vs-b',
};

describe('citationOf', () => {
  it('says of a text that may or may not be a translation only that this is not known', () => {
    const unknown = citationOf(page, [{ id: 'u', source: { ...english, translatedFrom: 'unknown' } }], en);
    expect(spaced(unknown.text)).toContain('“Crews on the coast”, English; whether it is a translation is not known, July 2025');
    expect(unknown.text).not.toContain('translation of the');
  });

  const both = citationOf(
    page,
    [
      { id: 'a', source: translated },
      { id: 'b', source: english },
    ],
    en,
  );

  it('plain text names the reports first (outlet, byline, headline, date if known; a translation by its headline, then whose report it translates), then our page, its version and address', () => {
    expect(spaced(both.text)).toBe(
      '(1) “Un titre en français & {avec} des accents : “cité”” [our translation: “A headline in French”], French translation (its publisher not known) of a Spanish report by El Diario (AB / diario), n.d. ' +
        '(2) Coast News, “Crews on the coast”, July 2025, https://coast.news/a. ' +
        'Compared and checked by Site, checked: “Our page: “two reports””, version of 30 November 2026, https://o.github.io/r/compare/a-vs-b/ (this version as data: https://o.github.io/r/data/versions/comparisons/a-vs-b/2026-11-30.json).',
    );
    expect(both.text.indexOf('El Diario')).toBeLessThan(both.text.indexOf('Site, checked'));
    // The original's outlet is never given as the translation's publisher.
    expect(both.text).not.toContain('El Diario (AB / diario), “Un titre');
  });

  it('CSL-JSON: the reports, then our page with its version', () => {
    const items = JSON.parse(both.csl) as Record<string, unknown>[];
    expect(items.map((i) => i.id)).toEqual(['report-a', 'report-b', 'checked-comparison-a-vs-b']);
    expect(items[0]).toMatchObject({
      type: 'article-newspaper',
      language: 'fr',
      note: 'French translation (its publisher not known) of a Spanish report by El Diario (AB / diario)',
    });
    // A translation's container is not the original's outlet, nor its byline the translation's author.
    expect(items[0]).not.toHaveProperty('container-title');
    expect(items[0]).not.toHaveProperty('author');
    expect(items[1]).toMatchObject({ 'container-title': 'Coast News' });
    expect(items[0]).not.toHaveProperty('issued');
    expect(items[1]).toMatchObject({ URL: 'https://coast.news/a', issued: { 'date-parts': [[2025, 7]] } });
    expect(items[2]).toMatchObject({ type: 'webpage', URL: page.url, version: '2026-11-30', issued: { 'date-parts': [[2026, 11, 30]] } });
  });

  it('BibTeX parses back to the same entries (keys are our ids; TeX’s special characters escaped)', () => {
    expect(both.bibtex).toMatch(/^@article\{report-a,/);
    expect(both.bibtex).toContain('\\&');
    const parsed = new Cite(both.bibtex).data as Record<string, unknown>[];
    expect(parsed.map((e) => e['citation-key'] ?? e.id)).toEqual(['report-a', 'report-b', 'checked-comparison-a-vs-b']);
    expect(parsed[0]!.title).toBe(translated.headline);
    expect(parsed[2]!.URL).toBe(page.url);
  });

  it('one report: no numbering; without a version as data, no data address', () => {
    const one = citationOf({ ...page, versionUrl: null, role: 'Facts extracted and checked' }, [{ id: 'b', source: english }], en);
    expect(spaced(one.text)).toMatch(/^Coast News, “Crews on the coast”, July 2025, https:\/\/coast\.news\/a\. Facts extracted and checked by /);
    expect(one.text).not.toContain('as data');
  });
});
