/**
 * "Cite this" for an article or a comparison: the report(s) first, crediting outlet, byline,
 * headline and date (as far as we know them), then our page, with its stable address and the
 * date of the version cited (and that version as data, when the history gives one). Three forms:
 * plain text, BibTeX (written by citation-js from the CSL-JSON, which escapes what TeX needs)
 * and CSL-JSON. Pure.
 */
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import { UNKNOWN_LANGUAGE, type Source } from '../../schemas/source.ts';
import { languageName } from '../codes.ts';
import { reportCredit } from '../fact-view.ts';
import { listText, sameLanguage, type Messages } from '../i18n.ts';
import { formatPartialDate, partialDate } from '../partial-date.ts';

// Entry keys are our ids (slugs, valid BibTeX keys as they are), not keys citation-js makes up.
const bibtexConfig = plugins.config.get('@bibtex') as { format: { useIdAsLabel: boolean; checkLabel: boolean } };
bibtexConfig.format.useIdAsLabel = true;
bibtexConfig.format.checkLabel = false;

export interface CitedReport {
  /** Article id. */
  id: string;
  source: Source;
}

export interface CitedPage {
  /** Our page's title. */
  title: string;
  /** Absolute canonical URL. */
  url: string;
  /** The site's name: our page's author and container. */
  siteName: string;
  /** Day (`YYYY-MM-DD`) of the version cited: the page's last change. */
  versionDay: string;
  /** Absolute URL of that version as data, or null when the history gives none. */
  versionUrl: string | null;
  /** What our page does with the reports: "Facts extracted and checked", "Compared" (in the page's language). */
  role: string;
  /** A key for BibTeX and CSL-JSON, unique on the site: `checked-<kind>-<id>`. */
  key: string;
}

export interface Citation {
  text: string;
  bibtex: string;
  /** CSL-JSON: an array, one item a line. */
  csl: string;
}

type CslItem = Record<string, unknown>;

const dateParts = (iso: string) => ({ 'date-parts': [iso.split('-').map(Number)] });
const day = (iso: string, m: Messages) => formatPartialDate(partialDate(iso), m.locale);

/**
 * "French translation of the Spanish original"; "English; whether it is a translation is not
 * known"; or null for a text that is not a translation.
 */
function translationNote(source: Source, m: Messages): string | null {
  if (!source.translatedFrom) return null;
  if (source.translatedFrom === UNKNOWN_LANGUAGE) return m.t('language.unknown', { language: languageName(source.language, m.locale) });
  return m.t('cite.translationNote', { language: languageName(source.language, m.locale), from: languageName(source.translatedFrom, m.locale) });
}

/** "French translation (its publisher not known) of a Spanish report by Diario (A. Pérez)", for a known translation. */
function translationOf(source: Source, m: Messages): string | null {
  if (!source.translatedFrom || source.translatedFrom === UNKNOWN_LANGUAGE) return null;
  return m.t('cite.translationOf', {
    language: languageName(source.language, m.locale),
    from: languageName(source.translatedFrom, m.locale),
    outlet: source.byline ? `${source.outlet} (${source.byline})` : source.outlet,
  });
}

/** Words in the reader's language's quotation marks. */
const quoted = (text: string, m: Messages) => `${m.t('common.quoteOpen')}${text}${m.t('common.quoteClose')}`;

/**
 * A report as plain text: "Outlet (byline), “headline” [our translation: “…”], French translation
 * of the Spanish original, n.d." (`headlineGloss`: our translation of the headline into the
 * reader's language, shown when the headline is in another).
 */
function reportText({ source }: CitedReport, m: Messages): string {
  // A headline already in the reader's language carries no gloss.
  const gloss = source.headlineGloss && !sameLanguage(source.language, m.lang) ? ` ${m.t('cite.ourTranslation', { text: source.headlineGloss })}` : '';
  const headline = `${quoted(source.headline, m)}${gloss}`;
  const outlet = source.byline ? `${source.outlet} (${source.byline})` : source.outlet;
  const translation = translationOf(source, m);
  const parts = [
    // A translation's headline is its own; the outlet (and byline) are the original's, not its publisher's.
    ...(translation ? [headline, translation] : [`${outlet}, ${headline}`, translationNote(source, m)]),
    source.published ? day(source.published, m) : m.t('cite.noDate'),
    source.url,
  ].filter(Boolean);
  const text = parts.join(', ');
  return text.endsWith('.') ? text : `${text}.`;
}

function reportCsl({ id, source }: CitedReport, m: Messages): CslItem {
  return {
    id: `report-${id}`,
    type: 'article-newspaper',
    title: source.headline,
    // A translation's publisher is not the original's outlet: the outlet and byline go in the note.
    ...(translationOf(source, m) ? {} : { 'container-title': source.outlet, ...(source.byline ? { author: [{ literal: source.byline }] } : {}) }),
    // The outlet's place is the original's; a translation's publisher (and so its place) is not known.
    ...(source.outletPlace && !translationOf(source, m) ? { 'publisher-place': source.outletPlace } : {}),
    language: source.language,
    ...(source.url ? { URL: source.url } : {}),
    ...(source.published ? { issued: dateParts(source.published) } : {}),
    ...(source.translatedFrom ? { note: translationOf(source, m) ?? translationNote(source, m) } : {}),
  };
}

function pageCsl(page: CitedPage, reports: CitedReport[], m: Messages): CslItem {
  const from = listText(
    reports.map((r) => `${reportCredit(r.source, m)}, ${quoted(r.source.headline, m)}`),
    m.locale,
  );
  const version = page.versionUrl
    ? m.t('cite.versionData', { day: day(page.versionDay, m), url: page.versionUrl })
    : m.t('cite.version', { day: day(page.versionDay, m) });
  return {
    id: page.key,
    type: 'webpage',
    title: page.title,
    'container-title': page.siteName,
    author: [{ literal: page.siteName }],
    URL: page.url,
    language: m.lang,
    issued: dateParts(page.versionDay),
    version: page.versionDay,
    note: m.t('cite.note', { role: page.role, from, version }),
  };
}

/** The citation of a page built on `reports`, in the three forms, in `m`'s language. */
export function citationOf(page: CitedPage, reports: CitedReport[], m: Messages): Citation {
  const items = [...reports.map((r) => reportCsl(r, m)), pageCsl(page, reports, m)];
  const reportsText = reports.length === 1 ? reportText(reports[0]!, m) : reports.map((r, i) => `(${i + 1}) ${reportText(r, m)}`).join(' ');
  const values = { reports: reportsText, role: page.role, site: page.siteName, title: page.title, day: day(page.versionDay, m), url: page.url };
  const text = page.versionUrl ? m.t('cite.textWithData', { ...values, data: page.versionUrl }) : m.t('cite.text', values);
  return {
    text,
    bibtex: new Cite(items).format('bibtex', { format: 'text' }).trim(),
    csl: `[\n${items.map((item) => `  ${JSON.stringify(item)}`).join(',\n')}\n]`,
  };
}
