import { describe, expect, it } from 'vitest';
import { datesByRoute, datesNote, lastChanged, latest, ogLocale } from '../../src/lib/seo.ts';
import { en } from '../helpers/messages.ts';

const input = {
  articles: [
    { id: 'a', published: '2026-11-22', updated: null },
    { id: 'b', published: '2026-11-22', updated: null },
  ],
  comparisons: [{ id: 'a-vs-b', published: '2026-11-22', updated: null }],
  corrections: [] as { date: string; page: { kind: 'article' | 'comparison'; id: string } }[],
};

describe('datesByRoute', () => {
  it('dates each article and comparison by its own date; nothing modified without changes', () => {
    const dates = datesByRoute(input);
    expect(dates.get('articles/a/')).toEqual({ published: '2026-11-22', modified: null, setBy: 'editor' });
    expect(dates.get('compare/a-vs-b/')).toEqual({ published: '2026-11-22', modified: null, setBy: 'editor' });
    expect(dates.get('')).toEqual({ published: '2026-11-22', modified: null, setBy: 'editor' });
    expect([...dates.keys()].sort()).toEqual([
      '',
      'articles/a/',
      'articles/a/changes/',
      'articles/b/',
      'articles/b/changes/',
      'compare/a-vs-b/',
      'compare/a-vs-b/changes/',
      'data/',
      'methodology/',
    ]);
  });

  it('says the dates are set by an editor, so no page shows them as more than that', () => {
    expect(datesNote(datesByRoute(input).get('articles/a/')!, en)).toBe('dates as set by the editor');
  });

  it('a correction modifies its page and the indexes, not the other pages', () => {
    const dates = datesByRoute({ ...input, corrections: [{ date: '2026-12-03', page: { kind: 'article', id: 'a' } }] });
    expect(dates.get('articles/a/')).toEqual({ published: '2026-11-22', modified: '2026-12-03', setBy: 'editor' });
    expect(dates.get('articles/b/')!.modified).toBeNull();
    expect(dates.get('compare/a-vs-b/')!.modified).toBeNull();
    expect(dates.get('methodology/')!.modified).toBe('2026-12-03');
  });

  it('an update of a comparison counts; one before publication does not', () => {
    expect(datesByRoute({ ...input, comparisons: [{ id: 'a-vs-b', published: '2026-11-22', updated: '2026-11-30' }] }).get('compare/a-vs-b/')!.modified).toBe(
      '2026-11-30',
    );
    expect(
      datesByRoute({ ...input, comparisons: [{ id: 'a-vs-b', published: '2026-11-22', updated: '2026-11-01' }] }).get('compare/a-vs-b/')!.modified,
    ).toBeNull();
  });

  it('an article added later keeps its own date; the site pages date from the first page and change with the new one', () => {
    const later = { ...input, articles: [...input.articles, { id: 'c', published: '2027-02-01', updated: '2027-02-05' }] };
    const dates = datesByRoute(later);
    expect(dates.get('articles/c/')).toEqual({ published: '2027-02-01', modified: '2027-02-05', setBy: 'editor' });
    expect(dates.get('articles/a/')).toEqual({ published: '2026-11-22', modified: null, setBy: 'editor' });
    expect(dates.get('')).toEqual({ published: '2026-11-22', modified: '2027-02-05', setBy: 'editor' });
  });

  it('dates from the history win over the editor’s, say so, and date the page’s history page too', () => {
    const dates = datesByRoute({
      ...input,
      articles: [{ ...input.articles[0]!, history: { published: '2026-11-21', updated: '2026-11-30' } }, input.articles[1]!],
      corrections: [{ date: '2026-12-03', page: { kind: 'article', id: 'a' } }],
    });
    expect(dates.get('articles/a/')).toEqual({ published: '2026-11-21', modified: '2026-12-03', setBy: 'history' });
    expect(dates.get('articles/a/changes/')).toEqual(dates.get('articles/a/'));
    expect(dates.get('articles/b/')).toEqual({ published: '2026-11-22', modified: null, setBy: 'editor' });
    // The site pages say "from the history" only when every page's dates are.
    expect(dates.get('')).toEqual({ published: '2026-11-21', modified: '2026-12-03', setBy: 'editor' });
    const all = datesByRoute({ ...input, articles: [], comparisons: [{ ...input.comparisons[0]!, history: { published: '2026-11-22', updated: null } }] });
    expect(all.get('')).toEqual({ published: '2026-11-22', modified: null, setBy: 'history' });
  });

  it('an article without pages to date gives the site pages no date', () => {
    expect(datesByRoute({ articles: [], comparisons: [], corrections: [] }).has('')).toBe(false);
  });
});

describe('helpers', () => {
  it('latest ignores nulls', () => {
    expect(latest([null, '2025-05', undefined, '2025-07-12'])).toBe('2025-07-12');
    expect(latest([null])).toBeNull();
  });
  it('lastChanged falls back to published', () => {
    expect(lastChanged({ published: '2026-11-22', modified: null, setBy: 'editor' })).toBe('2026-11-22');
  });
});

describe('ogLocale', () => {
  it.each([
    ['en-GB', 'en_GB'],
    ['fr', 'fr_FR'],
    ['es', 'es_ES'],
    ['pt-BR', 'pt_BR'],
  ])('%s → %s', (locale, expected) => expect(ogLocale(locale)).toBe(expected));
});
