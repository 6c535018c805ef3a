/**
 * Where a reader reports an error: the issue form of the site's GitHub repository
 * (`.github/ISSUE_TEMPLATE/error-report.yml`), prefilled with the page and the fact, or else the
 * address the site owner sets in `content/site.yaml` (`reportError`). A production build refuses
 * a channel that would publish a placeholder: a reserved example domain (RFC 2606, RFC 6761), a
 * local host, or an address or repository written as a template ("you@your-domain", "owner/repo").
 * Pure: the settings come in as arguments.
 */

/** The issue form's file name under `.github/ISSUE_TEMPLATE/`; its field ids are `FORM_FIELDS`. */
export const ERROR_FORM = 'error-report.yml';

/** Ids of the issue form's fields that a link prefills (GitHub reads a field's value from the query parameter named by its id). */
export const FORM_FIELDS = { page: 'page', fact: 'fact' } as const;

export type ReportChannel =
  /** The repository's issue form; `url` is the blank form. */
  | { kind: 'repository'; repository: string; url: string }
  /** The site owner's `mailto:` address or `https:` form. */
  | { kind: 'address'; url: string };

export interface ChannelSettings {
  /** `owner/name` of the GitHub repository (`SITE_REPOSITORY`, set by the deploy workflow), if any. */
  repository?: string | undefined;
  /** The site owner's address from the site copy (`reportError`), or null. */
  address: string | null;
}

/** GitHub's rules: an owner of letters, digits and single inner hyphens (at most 39); a repository name of letters, digits, `.`, `_`, `-`. */
const REPOSITORY = /^([A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38})\/([A-Za-z0-9._-]{1,100})$/;

/** Domains reserved for documentation and testing, and names that never reach a newsroom. */
const RESERVED_DOMAINS = ['example.com', 'example.net', 'example.org'];
const RESERVED_TLDS = ['example', 'test', 'invalid', 'localhost', 'local'];

/** Words that only a template holds, in any part of an address or a repository. */
const PLACEHOLDER_WORDS = new Set([
  'example',
  'your',
  'yours',
  'yourname',
  'yourdomain',
  'yoursite',
  'yourorg',
  'yourrepo',
  'mydomain',
  'changeme',
  'placeholder',
  'todo',
  'tbd',
  'fixme',
  'xxx',
  'xxxx',
  'dummy',
  'sample',
]);

/** Owner or repository names that only a template uses: `owner/repo`, `user/repository`, `octo-org/octo-repo`. */
const PLACEHOLDER_OWNERS = new Set(['owner', 'user', 'username', 'org', 'organisation', 'organization', 'octocat', 'octo-org', 'me']);
const PLACEHOLDER_REPOS = new Set(['repo', 'repository', 'name', 'octo-repo', 'hello-world', 'project']);

const words = (text: string) =>
  text
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);

/** Why a host name cannot be published as a corrections channel, or null. */
export function reservedHostProblem(host: string): string | null {
  const name = host.toLowerCase().replace(/\.$/, '');
  if (name === 'localhost' || /^\d{1,3}(?:\.\d{1,3}){3}$/.test(name) || name.startsWith('[')) return `"${host}" is a local or numeric host`;
  const domain = RESERVED_DOMAINS.find((d) => name === d || name.endsWith(`.${d}`));
  if (domain) return `"${host}" is under ${domain}, a domain reserved for examples`;
  const tld = name.split('.').pop()!;
  if (RESERVED_TLDS.includes(tld)) return `"${host}" is under .${tld}, a top-level domain reserved for tests and examples`;
  if (!name.includes('.')) return `"${host}" is not a public domain name`;
  return null;
}

/** Why a `mailto:` or `https:` address cannot be published as a corrections channel, or null. */
export function addressProblem(address: string): string | null {
  const mail = /^mailto:([^?#]+)/i.exec(address);
  let host: string;
  let local = '';
  if (mail) {
    const at = decodeURIComponent(mail[1]!).split('@');
    if (at.length !== 2 || !at[0] || !at[1]) return `"${address}" is not a mailto: address`;
    [local, host] = at as [string, string];
  } else {
    let url: URL;
    try {
      url = new URL(address);
    } catch {
      return `"${address}" is neither a mailto: address nor an https: URL`;
    }
    if (url.protocol !== 'https:') return `"${address}" is neither a mailto: address nor an https: URL`;
    host = url.hostname;
  }
  const reserved = reservedHostProblem(host);
  if (reserved) return reserved;
  const placeholder = [...words(local), ...words(host)].find((w) => PLACEHOLDER_WORDS.has(w));
  return placeholder ? `"${address}" reads as a placeholder ("${placeholder}")` : null;
}

/** Why `owner/name` is not a GitHub repository a reader can reach, or null. */
export function repositoryProblem(repository: string): string | null {
  const match = REPOSITORY.exec(repository);
  if (!match || match[2] === '.' || match[2] === '..') return `"${repository}" is not a GitHub repository written owner/name`;
  const [owner, name] = [match[1]!.toLowerCase(), match[2]!.toLowerCase()];
  if (PLACEHOLDER_OWNERS.has(owner) || PLACEHOLDER_REPOS.has(name)) return `"${repository}" reads as a placeholder`;
  const placeholder = [...words(owner), ...words(name)].find((w) => PLACEHOLDER_WORDS.has(w));
  return placeholder ? `"${repository}" reads as a placeholder ("${placeholder}")` : null;
}

/**
 * The channel readers report errors through: the repository's issue form when a repository is
 * set, else the owner's address. Returns every problem as well; a production build refuses to
 * run with any (`channelOrThrow`): no channel, or a channel (or a configured fallback) that
 * would publish a placeholder.
 */
export function reportChannel(settings: ChannelSettings): { channel: ReportChannel | null; problems: string[] } {
  const problems: string[] = [];
  const repository = settings.repository?.trim() || null;
  if (repository) {
    const problem = repositoryProblem(repository);
    if (problem) problems.push(`SITE_REPOSITORY=${problem}`);
  }
  if (settings.address) {
    const problem = addressProblem(settings.address);
    if (problem) problems.push(`content/site.yaml → reportError: ${problem}`);
  }
  const channel: ReportChannel | null = repository
    ? { kind: 'repository', repository, url: `https://github.com/${repository}/issues/new?template=${ERROR_FORM}` }
    : settings.address
      ? { kind: 'address', url: settings.address }
      : null;
  if (!channel)
    problems.push(
      'no corrections channel: set SITE_REPOSITORY=<owner>/<name> (the deploy workflow sets it from the repository) or reportError in content/site.yaml (a mailto: address or an https: form)',
    );
  return { channel, problems };
}

/** The channel, or throws naming every problem: for production builds, which publish it on every page. */
export function channelOrThrow(settings: ChannelSettings): ReportChannel {
  const { channel, problems } = reportChannel(settings);
  if (problems.length > 0 || !channel) throw new Error(`The corrections channel cannot be published:\n  ${problems.join('\n  ')}`);
  return channel;
}

/** What an error report is about: the page (absolute URL) and, when it is one item, the fact, verdict or claim (its id). */
export interface ReportSubject {
  pageUrl: string;
  pageTitle: string;
  /** `<id>` of a fact or claim (an article's), or `verdict-<dimension>` (a comparison's); absent for the page as a whole. */
  factId?: string;
}

/**
 * The link that opens an error report about `subject`: the issue form with the page and fact
 * filled in, or a `mailto:` with subject and body filled in; an `https:` form of the owner's is
 * linked as it is (its fields are unknown).
 */
export function errorReportUrl(channel: ReportChannel, subject: ReportSubject): string {
  const about = subject.factId ? `${subject.factId} on ${subject.pageTitle}` : subject.pageTitle;
  if (channel.kind === 'repository') {
    // The form sets the issue's title; the page and the fact are what the newsroom needs to find it.
    const query = new URLSearchParams({ [FORM_FIELDS.page]: subject.pageUrl });
    if (subject.factId) query.set(FORM_FIELDS.fact, subject.factId);
    return `${channel.url}&${query.toString()}`;
  }
  if (!/^mailto:/i.test(channel.url)) return channel.url;
  const [address] = channel.url.split('?');
  const body = [`Page: ${subject.pageUrl}`, ...(subject.factId ? [`Fact: ${subject.factId}`] : []), 'What is wrong:', 'Source:'].join('\n');
  // mailto: takes percent-encoding (RFC 6068), not the "+" of form encoding.
  return `${address}?subject=${encodeURIComponent(`Error report: ${about}`)}&body=${encodeURIComponent(body)}`;
}
