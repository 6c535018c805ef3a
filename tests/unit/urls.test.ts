import { afterEach, describe, expect, it, vi } from 'vitest';
import { absoluteUrl, href, routes } from '../../src/lib/urls.ts';

describe('href', () => {
  it.each([
    ['/', '', '/'],
    ['/', 'articles/x/', '/articles/x/'],
    ['/netflix-initiatives/', 'articles/x/', '/netflix-initiatives/articles/x/'],
    ['/netflix-initiatives', 'articles/x/', '/netflix-initiatives/articles/x/'],
    ['/netflix-initiatives/', '/favicon.svg', '/netflix-initiatives/favicon.svg'],
    ['/netflix-initiatives/', '', '/netflix-initiatives/'],
  ])('base %s + %s → %s', (base, path, expected) => {
    expect(href(path, base)).toBe(expected);
  });
});

describe('under a faked BASE_URL', () => {
  afterEach(() => vi.unstubAllEnvs());

  it('uses import.meta.env.BASE_URL by default', () => {
    vi.stubEnv('BASE_URL', '/repo/');
    expect(href(routes.article('jalisco-lab'))).toBe('/repo/articles/jalisco-lab/');
    expect(href(routes.comparison('a-vs-b'))).toBe('/repo/compare/a-vs-b/');
    expect(href(routes.home())).toBe('/repo/');
  });

  it('makes absolute URLs with the base, ending in /', () => {
    vi.stubEnv('BASE_URL', '/repo/');
    expect(absoluteUrl(routes.article('x'), 'https://owner.github.io')).toBe('https://owner.github.io/repo/articles/x/');
    expect(absoluteUrl('', 'https://example.org/')).toBe('https://example.org/repo/');
  });

  it('works at a root domain', () => {
    vi.stubEnv('BASE_URL', '/');
    expect(absoluteUrl(routes.comparison('c'), 'https://news.example.org')).toBe('https://news.example.org/compare/c/');
  });
});
