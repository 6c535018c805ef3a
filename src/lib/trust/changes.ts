/**
 * A page's published changes, from the versions of its content file in the repository's history:
 * per fact, verdict or claim, what it said and what it says now, with the commit's date and
 * message (or the correction recorded with it). The first version is the publication; a commit
 * whose message carries the trailer `Change: typo` is left out (its edits still move the baseline).
 *
 * Older versions are read as plain data, never through today's schemas (they may predate them),
 * and a field that appears or disappears between two versions is a change of format, not of
 * content: only a value present in both that differs, an item added to or removed from a list,
 * or a fact added or removed is a change. Pure: versions come in as arguments.
 */
import { dimensionTitle } from '../compare/index.ts';
import { FACT_LISTS, INITIATIVE_ID } from '../facts.ts';
import type { Messages } from '../i18n.ts';
import type { Dimension } from '../../schemas/comparison.ts';
import { dimensions } from '../../schemas/comparison.ts';

export type PageKind = 'article' | 'comparison';

/** A correction (`content/corrections/`) recorded in the same commit as a change. */
export interface CorrectionNote {
  wrong: string;
  corrected: string;
  /** Address of the error report it answers, if given. */
  report: string | null;
}

/** One committed version of a page's content file. */
export interface Version {
  commit: string;
  /** The commit date as git gives it (ISO 8601 with the committer's offset). */
  committed: string;
  /**
   * The version's date everywhere it is shown (`YYYY-MM-DD`): the UTC day of `committed`, or for
   * the version a page was published as, its publication day (`fromPublication`).
   */
  day: string;
  /** First line of the commit message. */
  subject: string;
  /** The commit carries the trailer `Change: typo`: its edits are not listed as changes. */
  typo: boolean;
  /** The file's frontmatter (or YAML document) at this commit, parsed but not validated. */
  data: unknown;
  /** SHA-256 of the file's body (the report's text, or our analysis) at this commit; null for a file without one. */
  bodySha256: string | null;
  /** Corrections to this page added in the same commit. */
  corrections: CorrectionNote[];
}

/** What a change is about. */
export interface ChangeTarget {
  kind: 'fact' | 'verdict' | 'page';
  /** Fact id, dimension, or the page field (`title`, `dek`, `conclusion`, `source`, `text`). */
  id: string;
  /** Readable name: the fact's name or words, "Money verdict", "Title". */
  label: string;
  /** `#anchor` of the item on its page, when it has one. */
  anchor: string | null;
}

export interface Change {
  target: ChangeTarget;
  /** The field that changed (`finding`, `value`, `checks[2].says`), or null when the whole item was added or removed. */
  field: string | null;
  /** What it said; null when added. */
  before: string | null;
  /** What it says now; null when removed. */
  after: string | null;
}

/** The changes one commit made to one page. */
export interface ChangeSet {
  commit: string;
  committed: string;
  day: string;
  subject: string;
  /** The correction recorded with it, in words, if any. */
  note: string | null;
  /** Address of the error report the correction answers, if given. */
  report: string | null;
  changes: Change[];
}

type Raw = Record<string, unknown>;
const isObject = (v: unknown): v is Raw => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A value as one line of text: lists joined, objects as `key: value` pairs (none, yes and no in `m`'s language). */
export function valueText(value: unknown, m: Messages): string {
  if (value === null || value === undefined) return m.t('common.none');
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'bigint') return String(value);
  if (typeof value === 'boolean') return m.t(value ? 'common.yes' : 'common.no');
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (Array.isArray(value)) return value.length === 0 ? m.t('common.none') : value.map((v) => valueText(v, m)).join(isObject(value[0]) ? ' | ' : ', ');
  if (isObject(value))
    return Object.entries(value)
      .map(([k, v]) => `${k}: ${valueText(v, m)}`)
      .join('; ');
  return String(value);
}

/** Differences between two versions of one item: changed values present in both, lists that grew or shrank. */
export function fieldChanges(before: unknown, after: unknown, m: Messages, path = ''): { field: string; before: string; after: string }[] {
  if (isObject(before) && isObject(after)) {
    return Object.keys(after)
      .filter((key) => key in before && key !== 'id')
      .flatMap((key) => fieldChanges(before[key], after[key], m, path ? `${path}.${key}` : key));
  }
  const text = (value: unknown) => valueText(value, m);
  if (Array.isArray(before) && Array.isArray(after)) {
    if (before.length !== after.length) return text(before) === text(after) ? [] : [{ field: path, before: text(before), after: text(after) }];
    return after.flatMap((item, i) => fieldChanges(before[i], item, m, `${path}[${i + 1}]`));
  }
  const [a, b] = [text(before), text(after)];
  return a === b ? [] : [{ field: path, before: a, after: b }];
}

const cut = (text: string, max = 90) => (text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`);

/** A fact's readable name, from whichever field names it in its list. */
function factLabel(fact: Raw): string {
  for (const key of ['name', 'what', 'event', 'who', 'claim']) if (typeof fact[key] === 'string') return cut(fact[key]);
  return String(fact.id);
}

interface Item {
  target: ChangeTarget;
  value: unknown;
}

const PAGE_FIELDS: Record<PageKind, string[]> = {
  article: ['title', 'dek', 'source'],
  comparison: ['title', 'dek', 'conclusion'],
};

/** Every item of a version a change can be about, by key. */
function itemsOf(kind: PageKind, version: Version, m: Messages): Map<string, Item> {
  const items = new Map<string, Item>();
  const data = isObject(version.data) ? version.data : {};
  for (const field of PAGE_FIELDS[kind]) {
    if (field in data)
      items.set(`page/${field}`, { target: { kind: 'page', id: field, label: m.t(`changes.field.${field}`), anchor: null }, value: data[field] });
  }
  if (version.bodySha256 !== null) {
    const label = m.t(kind === 'article' ? 'changes.field.textArticle' : 'changes.field.textComparison');
    items.set('page/text', { target: { kind: 'page', id: 'text', label, anchor: null }, value: version.bodySha256 });
  }
  if (kind === 'article') {
    if (isObject(data.initiative)) {
      items.set(`fact/${INITIATIVE_ID}`, {
        target: { kind: 'fact', id: INITIATIVE_ID, label: factLabel({ id: INITIATIVE_ID, ...data.initiative }), anchor: `fact-${INITIATIVE_ID}` },
        value: data.initiative,
      });
    }
    for (const list of FACT_LISTS) {
      const facts = Array.isArray(data[list]) ? (data[list] as unknown[]) : [];
      for (const fact of facts) {
        if (!isObject(fact) || typeof fact.id !== 'string') continue;
        items.set(`fact/${fact.id}`, { target: { kind: 'fact', id: fact.id, label: factLabel(fact), anchor: `fact-${fact.id}` }, value: fact });
      }
    }
  } else {
    const verdicts = Array.isArray(data.verdicts) ? (data.verdicts as unknown[]) : [];
    for (const verdict of verdicts) {
      if (!isObject(verdict) || typeof verdict.dimension !== 'string') continue;
      const title = (dimensions as readonly string[]).includes(verdict.dimension) ? dimensionTitle(verdict.dimension as Dimension, m) : verdict.dimension;
      items.set(`verdict/${verdict.dimension}`, {
        target: { kind: 'verdict', id: verdict.dimension, label: m.t('changes.verdict', { title }), anchor: verdict.dimension },
        value: verdict,
      });
    }
  }
  return items;
}

/** The changes from one version to the next. */
export function versionChanges(kind: PageKind, before: Version, after: Version, m: Messages): Change[] {
  const old = itemsOf(kind, before, m);
  const now = itemsOf(kind, after, m);
  const changes: Change[] = [];
  for (const [key, item] of now) {
    const was = old.get(key);
    if (!was) {
      // A page field or a body hash that first appears is a change of format; a new fact or verdict is news.
      if (item.target.kind !== 'page') changes.push({ target: item.target, field: null, before: null, after: valueText(item.value, m) });
      continue;
    }
    for (const c of fieldChanges(was.value, item.value, m)) changes.push({ target: item.target, field: c.field || null, before: c.before, after: c.after });
  }
  for (const [key, item] of old) {
    if (!now.has(key) && item.target.kind !== 'page') changes.push({ target: item.target, field: null, before: valueText(item.value, m), after: null });
  }
  return changes;
}

const noteOf = (notes: CorrectionNote[]) => (notes.length === 0 ? null : notes.map((n) => `${n.wrong} ${n.corrected}`).join(' '));

/**
 * A page's published changes, newest first, from its versions oldest first, labelled in `m`'s
 * language (the values are the data's). Commits marked `Change: typo` and commits that changed
 * nothing a change can be about are left out.
 */
export function pageChanges(kind: PageKind, versions: Version[], m: Messages): ChangeSet[] {
  const sets: ChangeSet[] = [];
  for (let i = 1; i < versions.length; i++) {
    const version = versions[i]!;
    if (version.typo) continue;
    const changes = versionChanges(kind, versions[i - 1]!, version, m);
    if (changes.length === 0 && version.corrections.length === 0) continue;
    sets.push({
      commit: version.commit,
      committed: version.committed,
      day: version.day,
      subject: version.subject,
      note: noteOf(version.corrections),
      report: version.corrections.find((c) => c.report)?.report ?? null,
      changes,
    });
  }
  return sets.reverse();
}

/**
 * A page's versions from its publication on: the page as it stood at the end of its `published`
 * day (the day an editor set, `YYYY-MM-DD`), dated that day, then every later version. What was
 * committed before publication is a draft: not a change, not a version readers were shown.
 * Without a full-date `published`, or when no version is that old (the page reached this
 * repository later), the versions are returned as they are.
 */
export function fromPublication(versions: Version[], published: unknown): Version[] {
  if (typeof published !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(published)) return versions;
  const drafts = versions.filter((v) => v.day <= published).length;
  if (drafts === 0) return versions;
  return [{ ...versions[drafts - 1]!, day: published }, ...versions.slice(drafts)];
}

/** The version of each day a page changed (the day's last commit), oldest first: what `/data/versions/` publishes. */
export function versionsByDay(versions: Version[]): Version[] {
  const byDay = new Map<string, Version>();
  for (const v of versions) byDay.set(v.day, v);
  return [...byDay.values()];
}

/** The UTC day (`YYYY-MM-DD`) of an ISO 8601 date-time with an offset. */
export function utcDay(iso: string): string {
  const time = Date.parse(iso);
  if (Number.isNaN(time)) throw new Error(`not an ISO 8601 date-time: "${iso}"`);
  return new Date(time).toISOString().slice(0, 10);
}

/** A page's dates as its history gives them: the day of its first version, and of its last listed change (null when none). */
export function historyDates(versions: Version[], sets: ChangeSet[]): { published: string; updated: string | null } | null {
  const first = versions[0];
  if (!first) return null;
  const last = sets[0]?.day ?? null;
  return { published: first.day, updated: last && last > first.day ? last : null };
}
