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
  /** What our page does with the reports: "Facts extracted and checked", "Compared". */
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
const day = (iso: string) => formatPartialDate(partialDate(iso));

const languages = new Intl.DisplayNames(['en'], { type: 'language' });

/**
 * "French translation of the Spanish original"; "English; whether it is a translation is not
 * known"; or null for a text that is not a translation.
 */
function translationNote(source: Source): string | null {
  if (!source.translatedFrom) return null;
  if (source.translatedFrom === UNKNOWN_LANGUAGE) return `${languages.of(source.language) ?? source.language}; whether it is a translation is not known`;
  return `${languages.of(source.language) ?? source.language} translation of the ${languages.of(source.translatedFrom) ?? source.translatedFrom} original`;
}

/** A report as plain text: "Outlet (byline), “headline” [our translation: “…”], French translation of the Spanish original, n.d." */
function reportText({ source }: CitedReport): string {
  const parts = [
    `${source.byline ? `${source.outlet} (${source.byline})` : source.outlet}, “${source.headline}”${source.headlineGloss ? ` [our translation: “${source.headlineGloss}”]` : ''}`,
    translationNote(source),
    source.published ? day(source.published) : 'n.d.',
    source.url,
  ].filter(Boolean);
  const text = parts.join(', ');
  return text.endsWith('.') ? text : `${text}.`;
}

function reportCsl({ id, source }: CitedReport): CslItem {
  return {
    id: `report-${id}`,
    type: 'article-newspaper',
    title: source.headline,
    'container-title': source.outlet,
    ...(source.byline ? { author: [{ literal: source.byline }] } : {}),
    ...(source.outletPlace ? { 'publisher-place': source.outletPlace } : {}),
    language: source.language,
    ...(source.url ? { URL: source.url } : {}),
    ...(source.published ? { issued: dateParts(source.published) } : {}),
    ...(source.translatedFrom ? { note: translationNote(source) } : {}),
  };
}

function pageCsl(page: CitedPage, reports: CitedReport[]): CslItem {
  return {
    id: page.key,
    type: 'webpage',
    title: page.title,
    'container-title': page.siteName,
    author: [{ literal: page.siteName }],
    URL: page.url,
    issued: dateParts(page.versionDay),
    version: page.versionDay,
    note: `${page.role} from ${reports.map((r) => `${r.source.outlet}, “${r.source.headline}”`).join(' and ')}. Version of ${day(page.versionDay)}${page.versionUrl ? `: ${page.versionUrl}` : ''}.`,
  };
}

/** The citation of a page built on `reports`, in the three forms. */
export function citationOf(page: CitedPage, reports: CitedReport[]): Citation {
  const items = [...reports.map(reportCsl), pageCsl(page, reports)];
  const reportsText = reports.length === 1 ? reportText(reports[0]!) : reports.map((r, i) => `(${i + 1}) ${reportText(r)}`).join(' ');
  const version = `version of ${day(page.versionDay)}`;
  const text = `${reportsText} ${page.role} by ${page.siteName}: “${page.title}”, ${version}, ${page.url}${page.versionUrl ? ` (this version as data: ${page.versionUrl})` : ''}.`;
  return {
    text,
    bibtex: new Cite(items).format('bibtex', { format: 'text' }).trim(),
    csl: `[\n${items.map((item) => `  ${JSON.stringify(item)}`).join(',\n')}\n]`,
  };
}
