import { describe, expect, it } from 'vitest';
import { newsArticleLd, referenceCitation, reportCitation, serializeJsonLd } from '../../src/lib/jsonld.ts';

const image = { url: 'https://o.github.io/r/og/x-0123456789.png', width: 1200, height: 630, type: 'image/png' as const, alt: 'Alt', altShort: 'Alt' };

describe('serializeJsonLd', () => {
  it('cannot close the script element or open markup, and parses back to the same data', () => {
    const hostile = { headline: '</script><script>alert(1)</script> & <!-- \u2028' };
    const text = serializeJsonLd(hostile);
    expect(text).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(text)).toEqual(hostile);
  });
});

describe('newsArticleLd', () => {
  const base = {
    headline: 'H',
    description: 'D',
    url: 'https://o.github.io/r/compare/x/',
    image,
    dates: { published: '2026-11-22', modified: null, setBy: 'editor' as const },
    publisher: { name: 'Site', url: 'https://o.github.io/r/' },
    citations: [{ '@type': 'NewsArticle', headline: 'Report' }],
    inLanguage: 'en',
  };

  it('types a comparison as NewsArticle and AnalysisNewsArticle', () => {
    expect(newsArticleLd({ ...base, kind: 'analysis' })['@type']).toEqual(['NewsArticle', 'AnalysisNewsArticle']);
    expect(newsArticleLd({ ...base, kind: 'article' })['@type']).toBe('NewsArticle');
  });

  it('uses published as dateModified when never modified', () => {
    const ld = newsArticleLd({ ...base, kind: 'article' });
    expect(ld.datePublished).toBe('2026-11-22');
    expect(ld.dateModified).toBe('2026-11-22');
    expect(newsArticleLd({ ...base, kind: 'article', dates: { published: '2026-11-22', modified: '2026-12-01', setBy: 'editor' } }).dateModified).toBe(
      '2026-12-01',
    );
  });

  it('carries author, publisher, image and citations', () => {
    const ld = newsArticleLd({ ...base, kind: 'article' });
    expect(ld.author).toMatchObject({ '@type': 'Organization', name: 'Site' });
    expect(ld.image).toMatchObject({ url: image.url, width: 1200, height: 630 });
    expect(ld.citation).toEqual(base.citations);
  });
});

describe('citations', () => {
  const ref = { label: 'L', publisher: 'P', url: 'https://p.example/a', date: '2025-10-08', dateNote: 'visit of 8 October 2025', language: 'fr' };

  it('gives a reference date as datePublished only when it is a publication date', () => {
    expect(referenceCitation({ ...ref, dateKind: 'published' })).toMatchObject({ datePublished: '2025-10-08' });
    expect(referenceCitation({ ...ref, dateKind: 'event' })).not.toHaveProperty('datePublished');
    expect(referenceCitation({ ...ref, dateKind: 'shown' })).not.toHaveProperty('datePublished');
  });

  it('gives the byline as a plain credit, never as a Person', () => {
    const source = {
      outlet: 'O',
      outletPlace: null,
      byline: 'YC / informador',
      headline: 'H',
      headlineGloss: null,
      language: 'fr',
      translatedFrom: 'es',
      url: null,
      published: null,
      accessed: null,
      notes: [],
    };
    const ld = reportCitation({ source } as unknown as Parameters<typeof reportCitation>[0]);
    expect(ld).toMatchObject({ creditText: 'YC / informador' });
    expect(JSON.stringify(ld)).not.toContain('Person');
    expect(ld).not.toHaveProperty('datePublished');
  });
});
