/**
 * What the repository's history says of the content: the commit a build is made from, and every
 * committed version of each article and comparison file (with the commit's date, message and
 * `Change:` trailer, and the corrections added with it). Dates come from commits, never from the
 * clock, so one commit always builds the same site.
 *
 * It runs `git` in the project folder. Without git, outside a repository, or in a shallow clone
 * (whose history is cut off, so its first commit would pass for each page's publication), it
 * says so in `note` and gives no versions; pages then say why they show no history.
 */
import { spawnSync } from 'node:child_process';
import { load } from 'js-yaml';
import { COLLECTION_FILES } from '../lib/collections.ts';
import { webUrlProblem } from '../lib/text-rules.ts';
import { fromPublication, historyDates, pageChanges, utcDay, type ChangeSet, type CorrectionNote, type PageKind, type Version } from '../lib/trust/changes.ts';
import { sha256 } from '../lib/trust/verification.ts';
import type { Messages } from '../lib/i18n.ts';
import { parseEntrySource } from './content-files.ts';

/** The commit a build is made from. */
export interface BuildCommit {
  /** Full commit id. */
  commit: string;
  /** Its commit date (ISO 8601 with offset). */
  committed: string;
  /** Tracked files differ from the commit (a local build of edited files). */
  dirty: boolean;
}

export interface RepositoryHistory {
  /** The commit built, or null without git. */
  head: BuildCommit | null;
  /** True when every version of every content file is here (a full clone). */
  complete: boolean;
  /** Why there is no (complete) history, in a sentence for readers; null when complete. */
  note: string | null;
  /** Versions of each article and comparison, oldest first, by `<kind>/<id>`. */
  versions: Map<string, Version[]>;
}

const PAGE_FOLDERS: [PageKind, string, string][] = [
  ['article', COLLECTION_FILES.articles.folder, COLLECTION_FILES.articles.extension],
  ['comparison', COLLECTION_FILES.comparisons.folder, COLLECTION_FILES.comparisons.extension],
];
const CORRECTIONS = COLLECTION_FILES.corrections;

/** The key of a page in `versions`: `article/<id>` or `comparison/<id>`. */
export const pageKey = (kind: PageKind, id: string) => `${kind}/${id}`;

function git(root: string, args: string[], input?: string): { ok: boolean; out: Buffer; missing: boolean } {
  const result = spawnSync('git', args, { cwd: root, input, maxBuffer: 1 << 30, stdio: ['pipe', 'pipe', 'ignore'] });
  return {
    ok: result.status === 0 && !result.error,
    out: result.stdout ?? Buffer.alloc(0),
    missing: (result.error as NodeJS.ErrnoException | undefined)?.code === 'ENOENT',
  };
}

const text = (root: string, args: string[]) => {
  const { ok, out } = git(root, args);
  return ok ? out.toString('utf8').trim() : null;
};

/** Which page a content path is, or null. */
function pageOf(path: string): { kind: PageKind; id: string; extension: string } | null {
  for (const [kind, folder, extension] of PAGE_FOLDERS) {
    const match = new RegExp(`^${folder}/([^/]+)${extension.replace('.', '\\.')}$`).exec(path);
    if (match) return { kind, id: match[1]!, extension };
  }
  return null;
}

interface Commit {
  commit: string;
  committed: string;
  subject: string;
  typo: boolean;
  files: { status: string; path: string }[];
}

/** `git log` of content/, oldest first, with each commit's changed files (paths relative to the project). */
function contentLog(root: string): Commit[] | null {
  const format = '%x1e%H%x1f%cI%x1f%s%x1f%(trailers:key=Change,valueonly,separator=%x2C)%x1f';
  const { ok, out } = git(root, ['log', '--reverse', '--relative', '--no-renames', '--name-status', '-z', `--format=${format}`, '--', 'content/']);
  if (!ok) return null;
  return out
    .toString('utf8')
    .split('\x1e')
    .filter((record) => record.trim() !== '')
    .map((record) => {
      const [commit, committed, subject, trailers, rest] = record.split('\x1f') as [string, string, string, string, string];
      const fields = rest.split('\0').map((f) => f.trim());
      const files: Commit['files'] = [];
      for (let i = 0; i < fields.length; i++) {
        if (/^[ACDMTU]$/.test(fields[i]!) && fields[i + 1]) files.push({ status: fields[i]!, path: fields[++i]! });
      }
      return { commit, committed, subject, typo: trailers.split(',').some((t) => t.trim().toLowerCase() === 'typo'), files };
    });
}

/** The files' texts at their commits, in one `git cat-file --batch`. */
function blobs(root: string, wanted: { commit: string; path: string }[]): string[] {
  if (wanted.length === 0) return [];
  const { ok, out } = git(root, ['cat-file', '--batch'], wanted.map((w) => `${w.commit}:./${w.path}\n`).join(''));
  if (!ok) throw new Error('git cat-file failed while reading the history of content/');
  const texts: string[] = [];
  let at = 0;
  for (const w of wanted) {
    const end = out.indexOf(0x0a, at);
    const header = out.subarray(at, end).toString('utf8');
    const size = /^\S+ blob (\d+)$/.exec(header);
    if (!size) throw new Error(`git cat-file could not read ${w.path} at ${w.commit}: ${header}`);
    texts.push(out.subarray(end + 1, end + 1 + Number(size[1])).toString('utf8'));
    at = end + 1 + Number(size[1]) + 1;
  }
  return texts;
}

function parseYaml(source: string): unknown {
  try {
    return load(source);
  } catch {
    return null;
  }
}

/**
 * The repository's history of `content/` under `root`. Never throws for a missing git or
 * repository: it says so in `note`.
 */
export function readHistory(root: string): RepositoryHistory {
  const none = (note: string, head: BuildCommit | null = null): RepositoryHistory => ({ head, complete: false, note, versions: new Map() });
  const probe = git(root, ['rev-parse', '--is-inside-work-tree']);
  if (probe.missing) return none('This copy of the site was built where git is not installed, so it has no change history and names no commit.');
  if (!probe.ok || probe.out.toString('utf8').trim() !== 'true')
    return none('This copy of the site was built outside a git repository, so it has no change history and names no commit.');
  const headLine = text(root, ['log', '-1', '--format=%H%x1f%cI']);
  if (!headLine) return none('The repository has no commit yet, so the site has no change history.');
  const [commit, committed] = headLine.split('\x1f') as [string, string];
  const dirty = (text(root, ['status', '--porcelain', '--untracked-files=no']) ?? '') !== '';
  const head = { commit, committed, dirty };
  if (text(root, ['rev-parse', '--is-shallow-repository']) === 'true') {
    return none(
      'This build was made from a shallow clone of the repository, which lacks older commits, so the change history and the dates derived from it are not shown (the deploy fetches the full history: actions/checkout with fetch-depth: 0).',
      head,
    );
  }
  const log = contentLog(root);
  if (!log) return none('The history of content/ could not be read from git, so the change history is not shown.', head);

  // Which file versions to read: every page file a commit added or modified, and every correction it added.
  const wanted: { commit: string; path: string }[] = [];
  for (const c of log) {
    for (const f of c.files) {
      if (f.status === 'D') continue;
      if (pageOf(f.path) || (f.status === 'A' && f.path.startsWith(`${CORRECTIONS.folder}/`) && f.path.endsWith(CORRECTIONS.extension))) {
        wanted.push({ commit: c.commit, path: f.path });
      }
    }
  }
  const sources = blobs(root, wanted);
  const sourceOf = new Map(wanted.map((w, i) => [`${w.commit}:${w.path}`, sources[i]!]));

  const versions = new Map<string, Version[]>();
  for (const c of log) {
    const corrections = new Map<string, CorrectionNote[]>();
    for (const f of c.files) {
      if (f.status !== 'A' || !f.path.startsWith(`${CORRECTIONS.folder}/`)) continue;
      const data = parseYaml(sourceOf.get(`${c.commit}:${f.path}`) ?? '') as {
        page?: { kind?: string; id?: string };
        wrong?: unknown;
        corrected?: unknown;
        report?: unknown;
      } | null;
      if (!data?.page?.kind || !data.page.id) continue;
      const key = pageKey(data.page.kind as PageKind, data.page.id);
      corrections.set(key, [
        ...(corrections.get(key) ?? []),
        {
          wrong: String(data.wrong ?? ''),
          corrected: String(data.corrected ?? ''),
          // Old versions were never checked against today's rules: only an http(s) address becomes a link.
          report: typeof data.report === 'string' && webUrlProblem(data.report) === null ? data.report : null,
        },
      ]);
    }
    for (const f of c.files) {
      const page = pageOf(f.path);
      if (!page) continue;
      const key = pageKey(page.kind, page.id);
      // A deleted file's history ends; a file added again under the name starts a new one.
      if (f.status === 'D') {
        versions.delete(key);
        continue;
      }
      const parsed = parseEntrySource(sourceOf.get(`${c.commit}:${f.path}`)!, page.extension);
      versions.set(key, [
        ...(versions.get(key) ?? []),
        {
          commit: c.commit,
          committed: c.committed,
          day: utcDay(c.committed),
          subject: c.subject,
          typo: c.typo,
          data: 'data' in parsed ? parsed.data : null,
          bodySha256: 'data' in parsed && parsed.body !== undefined ? sha256(parsed.body) : null,
          corrections: corrections.get(key) ?? [],
        },
      ]);
    }
  }
  // A page's history starts at its publication: the `published` day its latest version gives.
  for (const [key, list] of versions) {
    const latest = list.at(-1)?.data as { published?: unknown } | null | undefined;
    versions.set(key, fromPublication(list, latest?.published));
  }
  return { head, complete: true, note: null, versions };
}

/** A page's published changes (newest first) and its dates as the history gives them, or nothing without a complete history. */
export function pageHistoryOf(
  history: RepositoryHistory,
  kind: PageKind,
  id: string,
  m: Messages,
): { sets: ChangeSet[]; dates: { published: string; updated: string | null } | null } {
  const versions = history.complete ? (history.versions.get(pageKey(kind, id)) ?? []) : [];
  const sets = pageChanges(kind, versions, m);
  return { sets, dates: historyDates(versions, sets) };
}
