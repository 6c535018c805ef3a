/**
 * Page metadata for link cards, feeds and the sitemap: one set of dates per page, computed
 * once here so the page, its JSON-LD, `article:*_time`, the RSS feed and the sitemap agree.
 * Pure: content comes in as plain data (validated or read from disk), the clock never.
 */
import type { Messages } from './i18n.ts';
import { routes } from './urls.ts';

/** A card image as meta tags and JSON-LD need it. */
export interface CardImage {
  /** Absolute URL, with the base path. */
  url: string;
  width: number;
  height: number;
  type: 'image/png';
  /** What the image shows, whole, then the page's record line. */
  alt: string;
  /** The same within X's 420 characters: whole parts only (a figure never loses its rate), the record line when it fits. */
  altShort: string;
}

/** ISO dates (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`) of a page. */
export interface PageDates {
  published: string;
  /** Latest substantive change after publication; `null` when none. */
  modified: string | null;
  /**
   * Where the dates come from, so a page can say what they are: `history` when taken from the
   * repository's commits, `editor` when written by hand in the content (`published`, `updated`).
   */
  setBy: 'editor' | 'history';
}

/** What a page's dates are, in words: "set by the editor", "from the repository's history". */
export function datesNote(dates: Pick<PageDates, 'setBy'>, m: Messages): string {
  return m.t(`datesNote.${dates.setBy}`);
}

/** Our own dates of a page: when we published it and its last substantive update. */
export interface OwnDates {
  id: string;
  /** As the editor set them. */
  published: string;
  updated: string | null;
  /** As the repository's history gives them (first commit, last listed change); they win over the editor's when known. */
  history?: { published: string; updated: string | null } | null;
}

export interface DateInputs {
  articles: OwnDates[];
  comparisons: OwnDates[];
  corrections: { date: string; page: { kind: 'article' | 'comparison'; id: string } }[];
}

/** The latest of some ISO dates (string order is date order for same-precision ISO dates). */
export function latest(dates: (string | null | undefined)[]): string | null {
  const known = dates.filter((d): d is string => typeof d === 'string' && d.length > 0);
  return known.length === 0 ? null : known.reduce((a, b) => (b > a ? b : a));
}

/** The earliest of some ISO dates. */
export function earliest(dates: string[]): string | null {
  return dates.length === 0 ? null : dates.reduce((a, b) => (b < a ? b : a));
}

function dated(published: string, changes: (string | null)[], fromHistory = false): PageDates {
  const last = latest(changes);
  return { published, modified: last && last > published ? last : null, setBy: fromHistory ? 'history' : 'editor' };
}

/** A page's own dates: from its history when known, else as the editor set them. */
function ownDated(page: OwnDates, corrections: string[]): PageDates {
  return page.history ? dated(page.history.published, [page.history.updated, ...corrections], true) : dated(page.published, [page.updated, ...corrections]);
}

/**
 * Dates of every dated page, by route (as `routes` spells it). Each article and comparison
 * has its own dates (from its history, else its `published`/`updated`), and is modified by its
 * corrections, and so is its history page; home, data and methodology were published with the first page and change
 * whenever any page does.
 */
export function datesByRoute(input: DateInputs): Map<string, PageDates> {
  const map = new Map<string, PageDates>();
  const correctionsOf = (kind: string, id: string) => input.corrections.filter((c) => c.page.kind === kind && c.page.id === id).map((c) => c.date);
  const own = [
    ...input.articles.map((a) => ownDated(a, correctionsOf('article', a.id))),
    ...input.comparisons.map((c) => ownDated(c, correctionsOf('comparison', c.id))),
  ];
  // A page's history page changes with it.
  input.articles.forEach((a, i) => {
    map.set(routes.article(a.id), own[i]!);
    map.set(routes.changes('article', a.id), own[i]!);
  });
  input.comparisons.forEach((c, i) => {
    map.set(routes.comparison(c.id), own[input.articles.length + i]!);
    map.set(routes.changes('comparison', c.id), own[input.articles.length + i]!);
  });
  const first = earliest(own.map((p) => p.published));
  if (first === null) return map;
  const everything = own.flatMap((p) => [p.published, p.modified]);
  const fromHistory = own.every((p) => p.setBy === 'history');
  for (const route of [routes.home(), routes.data(), routes.methodology()]) map.set(route, dated(first, everything, fromHistory));
  return map;
}

/** The date a sitemap or feed should give for "last changed". */
export function lastChanged(dates: PageDates): string {
  return dates.modified ?? dates.published;
}

/** `ogLocale` by locale: every page of an edition asks for the same one. */
const ogLocales = new Map<string, string>();

/** Open Graph's `og:locale` of a page in `locale`: language and territory, as `fr_FR` ("fr" reads as France's French, "en-GB" as `en_GB`). */
export function ogLocale(locale: string): string {
  let tag = ogLocales.get(locale);
  if (tag === undefined) {
    const full = new Intl.Locale(locale).maximize();
    ogLocales.set(locale, (tag = full.region ? `${full.language}_${full.region}` : full.language));
  }
  return tag;
}
