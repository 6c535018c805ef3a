/**
 * Our analysis as each edition shows it: a comparison's words in our translation where it is
 * written, and which pages show our analysis untranslated (their translation marked pending),
 * for the pages' notice. The content check has proved every translation file is there, valid and
 * true to its original; this reads them once per build (on every call in `astro dev`).
 */
import type { Article } from '../schemas/article.ts';
import type { Comparison } from '../schemas/comparison.ts';
import type { Rate } from '../schemas/rate.ts';
import type { Reference } from '../schemas/reference.ts';
import type { CardContent } from '../lib/cards.ts';
import type { Messages } from '../lib/i18n.ts';
import {
  analysisPending,
  articleTranslationSchema,
  localizeArticle,
  localizeComparison,
  localizeRate,
  localizeReference,
  bodyBlock,
  paragraphsOf,
  rateTranslationSchema,
  referenceTranslationSchema,
  TRANSLATED,
  TRANSLATIONS_FOLDER,
  type TranslatedKind,
  type Translation,
} from '../lib/translations.ts';
import { DEFAULT_LOCALE } from '../site.ts';
import { readTranslationFiles } from './translation-files.ts';

let cache: Map<string, { data: unknown; body?: string } | { field: string; message: string }> | undefined;
const files = () => (import.meta.env?.DEV ? readTranslationFiles(process.cwd()) : (cache ??= readTranslationFiles(process.cwd())));

/** The translation of `kind`/`id` into `lang`, as its file holds it (undefined for the default edition). */
export function translationOf(lang: string, kind: TranslatedKind, id: string): Translation | undefined {
  if (lang === DEFAULT_LOCALE) return undefined;
  const found = files().get(`${TRANSLATIONS_FOLDER}/${lang}/${kind}/${id}${TRANSLATED[kind]}`);
  if (!found || !('data' in found)) return undefined;
  const data = found.data as Record<string, unknown>;
  if ('pending' in data) return { pending: true };
  if (kind === 'articles') return { ...articleTranslationSchema.parse(data), kind: 'article' };
  if (kind === 'references') return referenceTranslationSchema.parse(data);
  if (kind === 'rates') return rateTranslationSchema.parse(data);
  return { ...data, conclusion: data.conclusion ?? null, body: paragraphsOf(found.body ?? '') } as Translation;
}

/** True when the page of `kind`/`id` shows our analysis in `m`'s language as translated (not the default edition, not pending). */
export function isTranslated(m: Pick<Messages, 'lang'>, kind: TranslatedKind, id: string): boolean {
  const t = translationOf(m.lang, kind, id);
  return t !== undefined && !('pending' in t);
}

/** An article's data in `m`'s edition: our words and glosses in our translation where written. */
export function articleData(article: { id: string; data: Article }, m: Pick<Messages, 'lang'>): Article {
  return localizeArticle(article.data, translationOf(m.lang, 'articles', article.id));
}

/** A secondary source in `m`'s edition: how we name it and our note on its date in our translation. */
export const referenceIn = (id: string, reference: Reference, m: Pick<Messages, 'lang'>): Reference =>
  localizeReference(reference, translationOf(m.lang, 'references', id));

/** An exchange rate in `m`'s edition: its kind and why we chose it in our translation. */
export const rateIn = (id: string, rate: Rate, m: Pick<Messages, 'lang'>): Rate => localizeRate(rate, translationOf(m.lang, 'rates', id));

/** True when the page of `kind`/`id` in `m`'s edition shows our analysis untranslated. */
export function isAnalysisPending(m: Messages, kind: TranslatedKind, id: string): boolean {
  const t = translationOf(m.lang, kind, id);
  return analysisPending(new Map([[m.lang, new Map(t ? [[`${kind}/${id}`, t]] : [])]]), m.lang, kind, id);
}

/** True when the page shows our translation of the comparison's analysis. */
export const isAnalysisTranslated = (m: Messages, id: string) => isTranslated(m, 'comparisons', id);

/**
 * What a comparison's page (and the home page featuring it) shows of our analysis in `m`'s
 * edition: our translation, `partly` when a compared article's is still pending, or the English
 * (`pending`); and the language that untranslated words of ours are marked with.
 */
export function comparisonAnalysis(
  m: Messages,
  comparisonId: string,
  articleIds: readonly string[],
): { analysis: 'translated' | 'partly' | 'pending' | undefined; lang: string | undefined } {
  const factsPending = articleIds.some((id) => isAnalysisPending(m, 'articles', id));
  const analysis = isAnalysisTranslated(m, comparisonId)
    ? factsPending
      ? 'partly'
      : 'translated'
    : isAnalysisPending(m, 'comparisons', comparisonId) || factsPending
      ? 'pending'
      : undefined;
  return { analysis, lang: analysis === 'pending' ? DEFAULT_LOCALE : undefined };
}

/** A comparison's data in `m`'s edition: our translation of its title, standfirst, conclusion and verdicts where written. */
export function comparisonData<T extends Pick<Comparison, 'title' | 'verdicts'> & Partial<Pick<Comparison, 'dek' | 'conclusion'>>>(
  id: string,
  data: T,
  m: Pick<Messages, 'lang'>,
): T {
  return localizeComparison(data, translationOf(m.lang, 'comparisons', id));
}

/** The cards' content as `lang`'s edition shows it: each comparison's title and verdicts in our translation where written. */
export function cardContentIn(content: CardContent, lang: string): CardContent {
  return {
    ...content,
    articles: content.articles.map((a) => ({ ...a, data: articleData(a, { lang }) })),
    comparisons: content.comparisons.map((c) => ({ ...c, data: comparisonData(c.id, c.data, { lang }) })),
  };
}

/** The comparison's analysis body in our translation, paragraph by paragraph (the original's blockquote as one), or null where the edition shows it as written. */
export function translatedBody(m: Messages, id: string): { quote: boolean; text: string }[] | null {
  const t = translationOf(m.lang, 'comparisons', id);
  return t && 'body' in t ? t.body.map(bodyBlock) : null;
}
