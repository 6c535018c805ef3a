/**
 * JSON-LD (schema.org) for every page, as plain objects, and the one safe way to put it in
 * HTML: JSON.stringify with `<`, `>`, `&` and line separators escaped, so no report text can
 * close the script element or start markup. That escaped string is the only `set:html` on the site.
 */
import type { Article } from '../schemas/article.ts';
import type { Reference } from '../schemas/reference.ts';
import { UNKNOWN_LANGUAGE } from '../schemas/source.ts';
import type { CardImage, PageDates } from './seo.ts';

export type JsonLd = Record<string, unknown>;

/** Serialises for `<script type="application/ld+json">`: inert whatever the strings contain. */
export function serializeJsonLd(data: JsonLd | JsonLd[]): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

export interface Publisher {
  name: string;
  /** Absolute URL of the home page. */
  url: string;
}

const organization = (p: Publisher) => ({ '@type': 'Organization', name: p.name, url: p.url });

const imageObject = (image: CardImage) => ({ '@type': 'ImageObject', url: image.url, width: image.width, height: image.height, caption: image.alt });

/**
 * The source report as a citation: what we know of it, nothing more (no URL or date when unknown).
 * The byline is a plain credit (`creditText`): as printed, it does not say whether it names a
 * person or an organisation (initials and an outlet name, "AB / outlet"). The outlet published
 * the original: for a translation, it is the original's publisher, and the text we hold has none
 * we know of.
 */
export function reportCitation(article: Article): JsonLd {
  const { source } = article;
  const outlet = { '@type': 'Organization', name: source.outlet };
  const translated = source.translatedFrom !== null && source.translatedFrom !== UNKNOWN_LANGUAGE;
  return {
    '@type': 'NewsArticle',
    headline: source.headline,
    inLanguage: source.language,
    ...(translated ? {} : { publisher: outlet }),
    ...(source.byline ? { creditText: source.byline } : {}),
    ...(source.url ? { url: source.url } : {}),
    ...(source.published ? { datePublished: source.published } : {}),
    ...(translated ? { translationOfWork: { '@type': 'NewsArticle', inLanguage: source.translatedFrom, publisher: outlet } } : {}),
  };
}

/** A secondary source used to check a claim or infer a date; its date is given as `datePublished` only when it is one. */
export function referenceCitation(ref: Reference): JsonLd {
  return {
    '@type': 'CreativeWork',
    name: ref.label,
    url: ref.url,
    inLanguage: ref.language,
    publisher: { '@type': 'Organization', name: ref.publisher },
    ...(ref.date && ref.dateKind === 'published' ? { datePublished: ref.date } : {}),
  };
}

export interface ArticleLdInput {
  kind: 'article' | 'analysis';
  headline: string;
  description: string;
  /** Absolute canonical URL. */
  url: string;
  image: CardImage;
  dates: PageDates;
  publisher: Publisher;
  citations: JsonLd[];
  /** Absolute URLs of pages this one is built on (the article pages a comparison compares). */
  basedOn?: string[];
  about?: string[];
  /** BCP 47 language of the page (its edition's). */
  inLanguage: string;
  /** The page in the other editions, when it is a translation of ours: the default edition's page it translates. */
  translationOf?: string;
}

/** `NewsArticle` for an article page; `["NewsArticle", "AnalysisNewsArticle"]` for a comparison. */
export function newsArticleLd(input: ArticleLdInput): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': input.kind === 'analysis' ? ['NewsArticle', 'AnalysisNewsArticle'] : 'NewsArticle',
    headline: input.headline,
    description: input.description,
    url: input.url,
    mainEntityOfPage: { '@type': 'WebPage', '@id': input.url },
    image: imageObject(input.image),
    datePublished: input.dates.published,
    dateModified: input.dates.modified ?? input.dates.published,
    inLanguage: input.inLanguage,
    author: organization(input.publisher),
    publisher: organization(input.publisher),
    citation: input.citations,
    ...(input.translationOf ? { translationOfWork: { '@type': 'NewsArticle', '@id': input.translationOf, url: input.translationOf } } : {}),
    ...(input.basedOn ? { isBasedOn: input.basedOn } : {}),
    ...(input.about ? { about: input.about.map((name) => ({ '@type': 'Thing', name })) } : {}),
  };
}

export interface DatasetLdInput {
  name: string;
  description: string;
  url: string;
  dates: PageDates;
  publisher: Publisher;
  licence: string;
  /** Files: absolute URL, MIME type, name. */
  files: { url: string; encodingFormat: string; name: string }[];
  /** Absolute URLs of the article pages the rows come from. */
  basedOn: string[];
  keywords: string[];
  image?: CardImage;
  /** BCP 47 language of the page describing the dataset. */
  inLanguage: string;
}

export function datasetLd(input: DatasetLdInput): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    name: input.name,
    description: input.description,
    url: input.url,
    license: input.licence,
    isAccessibleForFree: true,
    creator: organization(input.publisher),
    publisher: organization(input.publisher),
    datePublished: input.dates.published,
    dateModified: input.dates.modified ?? input.dates.published,
    inLanguage: input.inLanguage,
    keywords: input.keywords,
    isBasedOn: input.basedOn,
    distribution: input.files.map((f) => ({ '@type': 'DataDownload', name: f.name, contentUrl: f.url, encodingFormat: f.encodingFormat })),
    ...(input.image ? { image: imageObject(input.image) } : {}),
  };
}

/** `WebSite` for the home page, `WebPage` for others (methodology, share snippet, 404). */
export function webPageLd(input: {
  type: 'WebSite' | 'WebPage';
  name: string;
  description: string;
  /** Absolute canonical URL; none for a page without one (404). */
  url?: string;
  publisher: Publisher;
  image?: CardImage;
  dates?: PageDates;
  /** BCP 47 language of the page. */
  inLanguage: string;
}): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': input.type,
    name: input.name,
    description: input.description,
    ...(input.url ? { url: input.url } : {}),
    inLanguage: input.inLanguage,
    publisher: organization(input.publisher),
    ...(input.image ? { image: imageObject(input.image) } : {}),
    ...(input.dates ? { datePublished: input.dates.published, dateModified: input.dates.modified ?? input.dates.published } : {}),
  };
}
