/**
 * The site-wide changes feed, in Atom and JSON Feed: one entry per commit that changed a page,
 * listing what each fact, verdict or claim said and says now, the commit's message and any
 * correction recorded with it. The same change sets the pages list (`pageChanges`); dates are
 * the commits', so a build of one commit always writes the same feed. Pure.
 */
import { Feed } from 'feed';
import type { Messages } from '../i18n.ts';
import { formatPartialDate, partialDate } from '../partial-date.ts';
import { escapeHtml } from '../share.ts';
import type { Change, ChangeSet } from './changes.ts';

export interface FeedPage {
  title: string;
  /** Absolute URL of the page's history, where each change set has its `#anchor`. */
  url: string;
  /** Its published changes, newest first. */
  sets: ChangeSet[];
}

export interface ChangeFeedInput {
  siteName: string;
  /** Absolute URL of the home page. */
  siteUrl: string;
  atomUrl: string;
  jsonUrl: string;
  /** The feed's date when no page has a change: the site's last change (ISO date), never the clock. */
  fallbackDate: string;
  licence: string;
  pages: FeedPage[];
}

/** One change in words: "Money: our verdict, finding: was “…”; now “…”." */
export function changeText(change: Change, m: Messages): string {
  const what = change.field ? `${change.target.label}, ${change.field}` : change.target.label;
  if (change.before === null) return m.t('changes.added', { what, after: change.after ?? '' });
  if (change.after === null) return m.t('changes.removed', { what, before: change.before });
  return m.t('changes.changed', { what, before: change.before, after: change.after });
}

/** Why it changed: the correction recorded with it, else the commit's message. */
export function reasonText(set: ChangeSet, m: Messages): string {
  return set.note ? m.t('changes.correction', { note: set.note }) : set.subject;
}

/**
 * Characters XML 1.0 cannot hold, even escaped: removed. Today's content never holds them (the
 * check refuses them), but a change quotes older versions, which no check read.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
export const xmlText = (text: string) => text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '');

/** The `#anchor` of a change set on its page's history. */
export const changeAnchor = (set: Pick<ChangeSet, 'commit'>) => `change-${set.commit.slice(0, 12)}`;

/** The feeds, in `m`'s language (one feed for the site: its default language). */
export function changeFeeds(input: ChangeFeedInput, m: Messages): { atom: string; json: string } {
  const entries = input.pages
    .flatMap((page) => page.sets.map((set) => ({ page, set })))
    .sort((a, b) => Date.parse(b.set.committed) - Date.parse(a.set.committed) || a.page.url.localeCompare(b.page.url, 'en'));
  const latest = entries[0]?.set.committed;
  // The feed package writes an Atom entry's title and summary as type="html" and JSON Feed's as
  // plain text: each format gets its own feed, so text reads as text in both.
  const feed = (html: boolean) => {
    const f = new Feed({
      title: m.t('changes.feedTitle', { site: input.siteName }),
      description: m.t('changes.feedDescription'),
      id: input.atomUrl,
      link: input.siteUrl,
      language: m.lang,
      updated: new Date(latest ?? `${input.fallbackDate}T00:00:00Z`),
      generator: false,
      feedLinks: { atom: input.atomUrl, json: input.jsonUrl },
      author: { name: input.siteName, link: input.siteUrl },
      copyright: input.licence,
    });
    const text = (t: string) => (html ? escapeHtml(xmlText(t)) : t);
    for (const item of items) f.addItem({ ...item, title: text(item.title), description: text(item.description), content: xmlText(item.content) });
    return f;
  };
  const items = entries.map(({ page, set }) => {
    const day = formatPartialDate(partialDate(set.day), m.locale);
    const lines = set.changes.map((c) => changeText(c, m));
    const link = `${page.url}#${changeAnchor(set)}`;
    return {
      title: m.t('changes.entryTitle', { page: page.title, count: set.changes.length, day }),
      id: link,
      link,
      date: new Date(set.committed),
      description: [reasonText(set, m), ...lines].join(' '),
      content: [
        `<p>${escapeHtml(m.t('changes.entryReason', { reason: reasonText(set, m), commit: set.commit.slice(0, 12), day }))}</p>`,
        lines.length > 0 ? `<ul>${lines.map((l) => `<li>${escapeHtml(l)}</li>`).join('')}</ul>` : '',
        set.report ? `<p>${escapeHtml(m.t('changes.inAnswer'))} <a href="${escapeHtml(set.report)}">${escapeHtml(set.report)}</a>.</p>` : '',
      ].join(''),
    };
  });
  return { atom: feed(true).atom1(), json: feed(false).json1() };
}
