import { describe, expect, it } from 'vitest';
import {
  addressProblem,
  channelOrThrow,
  errorReportUrl,
  ERROR_FORM,
  repositoryProblem,
  reportChannel,
  reservedHostProblem,
} from '../../src/lib/trust/report-channel.ts';

describe('a production build refuses a placeholder corrections channel', () => {
  it.each([
    ['mailto:corrections@example.org?subject=Error%20report', /reserved for examples/],
    ['mailto:desk@news.example.com', /reserved for examples/],
    ['mailto:desk@example.net', /reserved for examples/],
    ['https://forms.example/report', /\.example, a top-level domain reserved/],
    ['mailto:desk@newsroom.test', /\.test, a top-level domain reserved/],
    ['mailto:desk@newsroom.invalid', /\.invalid/],
    ['mailto:desk@localhost', /local or numeric host/],
    ['https://127.0.0.1/report', /local or numeric host/],
    ['mailto:you@your-domain.com', /placeholder \("your"\)/],
    ['mailto:corrections@yourdomain.org', /placeholder \("yourdomain"\)/],
    ['mailto:changeme@newsroom.org', /placeholder \("changeme"\)/],
    ['http://newsroom.org/report', /neither a mailto: address nor an https: URL/],
    ['mailto:nobody', /not a mailto: address/],
  ])('%s', (address, message) => {
    expect(addressProblem(address)).toMatch(message);
  });

  it.each(['mailto:corrections@lemonde.fr', 'mailto:desk@news.org?subject=Error', 'https://newsroom.org/corrections/form'])(
    'accepts a real-looking address: %s',
    (address) => {
      expect(addressProblem(address)).toBeNull();
    },
  );

  it.each([
    ['owner/repo', /placeholder/],
    ['OWNER/name', /placeholder/],
    ['your-org/netflix-initiatives', /placeholder \("your"\)/],
    ['octo-org/octo-repo', /placeholder/],
    ['newsroom/changeme', /placeholder/],
    ['-newsroom/site', /not a GitHub repository/],
    ['news--room/site', /not a GitHub repository/],
    ['newsroom', /not a GitHub repository/],
    ['newsroom/site/extra', /not a GitHub repository/],
    ['newsroom/..', /not a GitHub repository/],
  ])('refuses the repository %s', (repository, message) => {
    expect(repositoryProblem(repository)).toMatch(message);
  });

  it.each(['checked-newsroom/netflix-initiatives', 'le-monde/decodeurs.data', 'a/b_c'])('accepts the repository %s', (repository) => {
    expect(repositoryProblem(repository)).toBeNull();
  });

  it('reserved hosts are reserved under any label', () => {
    expect(reservedHostProblem('EXAMPLE.ORG')).toMatch(/reserved/);
    expect(reservedHostProblem('a.b.example.com.')).toMatch(/reserved/);
    expect(reservedHostProblem('examples.org')).toBeNull();
    expect(reservedHostProblem('intranet')).toMatch(/not a public domain name/);
  });
});

describe('the channel', () => {
  it('is the repository’s issue form when a repository is set, whatever the address', () => {
    const { channel, problems } = reportChannel({ repository: 'checked-newsroom/site', address: 'mailto:desk@newsroom.org' });
    expect(problems).toEqual([]);
    expect(channel).toEqual({
      kind: 'repository',
      repository: 'checked-newsroom/site',
      url: `https://github.com/checked-newsroom/site/issues/new?template=${ERROR_FORM}`,
    });
  });

  it('falls back to the owner’s address without a repository', () => {
    expect(reportChannel({ repository: '  ', address: 'mailto:desk@newsroom.org' }).channel).toEqual({ kind: 'address', url: 'mailto:desk@newsroom.org' });
  });

  it('names every problem: none at all, a bad repository, a placeholder fallback kept in the site copy', () => {
    expect(reportChannel({ address: null }).problems).toEqual([expect.stringMatching(/^no corrections channel: set SITE_REPOSITORY=/)]);
    expect(() => channelOrThrow({ address: null })).toThrow(/cannot be published:\n {2}no corrections channel/);
    const both = reportChannel({ repository: 'owner/repo', address: 'mailto:corrections@example.org' }).problems;
    expect(both).toEqual([
      expect.stringMatching(/^SITE_REPOSITORY="owner\/repo" reads as a placeholder/),
      expect.stringMatching(/^content\/site.yaml → reportError: /),
    ]);
    expect(channelOrThrow({ repository: 'checked-newsroom/site', address: null }).kind).toBe('repository');
  });
});

describe('errorReportUrl', () => {
  const page = { pageUrl: 'https://o.github.io/r/articles/a/', pageTitle: 'A & B: “quoted”' };

  it('prefills the issue form’s page and fact fields (query parameters named by the field ids)', () => {
    const url = new URL(errorReportUrl(channelOrThrow({ repository: 'checked-newsroom/site', address: null }), { ...page, factId: 'netflix-amount' }));
    expect(url.origin + url.pathname).toBe('https://github.com/checked-newsroom/site/issues/new');
    expect(Object.fromEntries(url.searchParams)).toEqual({ template: ERROR_FORM, page: page.pageUrl, fact: 'netflix-amount' });
  });

  it('leaves the fact out for the page as a whole', () => {
    const url = new URL(errorReportUrl(channelOrThrow({ repository: 'checked-newsroom/site', address: null }), page));
    expect(url.searchParams.has('fact')).toBe(false);
  });

  it('fills a mailto: address’s subject and body, percent-encoded, replacing the query it had', () => {
    const url = errorReportUrl({ kind: 'address', url: 'mailto:desk@newsroom.org?subject=Old' }, { ...page, factId: 'x' });
    expect(url).toBe(
      `mailto:desk@newsroom.org?subject=${encodeURIComponent('Error report: x on A & B: “quoted”')}&body=${encodeURIComponent(`Page: ${page.pageUrl}\nFact: x\nWhat is wrong:\nSource:`)}`,
    );
    expect(url).not.toContain('+');
  });

  it('links an owner’s https: form as it is (its fields are unknown)', () => {
    expect(errorReportUrl({ kind: 'address', url: 'https://newsroom.org/form' }, page)).toBe('https://newsroom.org/form');
  });
});
