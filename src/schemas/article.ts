/**
 * An article (`content/articles/<id>.mdx`): one news report. The body is the report's text as
 * received; this frontmatter holds its facts, each with the verbatim passage that states it.
 */
import { z } from 'zod';
import { FACT_LISTS, INITIATIVE_ID } from '../lib/facts.ts';
import { amountSchema } from './amount.ts';
import { beneficiarySchema } from './beneficiary.ts';
import { claimSchema } from './claim.ts';
import { partialDateString, record, REPORT_VOICE, text, title, UNNAMED_VOICE } from './common.ts';
import { dateSchema } from './date.ts';
import { initiativeSchema } from './initiative.ts';
import { institutionSchema } from './institution.ts';
import { locationSchema } from './location.ts';
import { personSchema } from './person.ts';
import { sourceSchema } from './source.ts';

export { REPORT_VOICE, UNNAMED_VOICE };

export const articleFields = record({
  /** Our headline for the article page, in English. */
  title,
  /** Our one-sentence description of the report, in English (used in lists and cards). */
  dek: text,
  /**
   * Day our page on this report went public (not the report's own date: that is
   * `source.published`). Its published history starts there: earlier commits are drafts.
   */
  published: partialDateString,
  /** Day of our last substantive update to the page, if any; `null` otherwise. Corrections also count. */
  updated: partialDateString.nullable().default(null),
  /** The report: outlet, byline, language, provenance. */
  source: sourceSchema,
  /** What the report is about. */
  initiative: initiativeSchema,
  /** Every institution the report names. */
  institutions: z.array(institutionSchema).min(1, { error: 'an article names at least one institution' }),
  /** Every named person, with the title the report gives. */
  people: z.array(personSchema).default([]),
  /** Every amount of money and other quantity. */
  amounts: z.array(amountSchema).default([]),
  /** Every date, stated or inferred. */
  dates: z.array(dateSchema).default([]),
  /** Every place. */
  locations: z.array(locationSchema).default([]),
  /** Who the initiative trains or serves. */
  beneficiaries: z.array(beneficiarySchema).default([]),
  /** Claims checked against other reporting (our analysis layer). */
  claims: z.array(claimSchema).default([]),
});

type ArticleFields = z.output<typeof articleFields>;

/** Ids unique across all facts; every id a fact points to exists in this article. */
export function checkArticle(article: ArticleFields, ctx: z.RefinementCtx) {
  const seen = new Map<string, string>();
  for (const list of FACT_LISTS) {
    article[list].forEach((fact, i) => {
      const earlier = seen.get(fact.id);
      if (earlier || fact.id === INITIATIVE_ID) {
        ctx.addIssue({ code: 'custom', path: [list, i, 'id'], message: `duplicate fact id "${fact.id}" (already used at ${earlier ?? 'initiative'})` });
      } else seen.set(fact.id, `${list}.${i}`);
    });
  }
  const institutions = new Set(article.institutions.map((x) => x.id));
  if (!institutions.has(article.initiative.sponsor)) {
    ctx.addIssue({
      code: 'custom',
      path: ['initiative', 'sponsor'],
      message: `"${article.initiative.sponsor}" is not the id of an institution in this article`,
    });
  }
  article.people.forEach((p, i) => {
    if (p.affiliation && !institutions.has(p.affiliation)) {
      ctx.addIssue({ code: 'custom', path: ['people', i, 'affiliation'], message: `"${p.affiliation}" is not the id of an institution in this article` });
    }
    if (p.id === REPORT_VOICE || p.id === UNNAMED_VOICE) {
      ctx.addIssue({
        code: 'custom',
        path: ['people', i, 'id'],
        message: `"${p.id}" names a voice (the report's own, or an unnamed speaker): give the person another id`,
      });
    }
  });
  const voices = new Set([REPORT_VOICE, UNNAMED_VOICE, ...article.people.map((p) => p.id)]);
  const checkVoice = (path: (string | number)[], voice: string, words: string | null) => {
    if (!voices.has(voice))
      ctx.addIssue({ code: 'custom', path, message: `"${voice}" is neither "${REPORT_VOICE}", "${UNNAMED_VOICE}" nor the id of a person in this article` });
    if (words !== null && voice !== UNNAMED_VOICE)
      ctx.addIssue({
        code: 'custom',
        path: [...path.slice(0, -1), 'speakerWords'],
        message: 'speakerWords names an unnamed speaker: set the speaker to "unnamed", or remove it',
      });
  };
  checkVoice(['initiative', 'speaker'], article.initiative.speaker, article.initiative.speakerWords);
  for (const list of ['institutions', 'people', 'dates', 'locations', 'beneficiaries'] as const) {
    article[list].forEach((fact, i) => checkVoice([list, i, 'speaker'], fact.speaker, fact.speakerWords));
  }
  article.amounts.forEach((a, i) => {
    checkVoice(['amounts', i, 'statedBy'], a.statedBy, a.speakerWords);
    if (a.kind === 'money' && a.payer !== null && !institutions.has(a.payer)) {
      ctx.addIssue({ code: 'custom', path: ['amounts', i, 'payer'], message: `"${a.payer}" is not the id of an institution in this article` });
    }
  });
  article.claims.forEach((c, i) => checkVoice(['claims', i, 'claimant'], c.claimant, c.speakerWords));
  // A date read from the report's own metadata is one a reader can see only where we read it.
  const missing = (['url', 'accessed'] as const).filter((key) => article.source[key] === null);
  article.dates.forEach((d, i) => {
    if (d.status === 'inferred' && d.basisKind === 'report-metadata' && missing.length > 0)
      ctx.addIssue({
        code: 'custom',
        path: ['dates', i, 'basisKind'],
        message: `a date inferred from the report's own metadata needs source.${missing.join(' and source.')}, so a reader can see the date we read: fill them, or rest the date on a reference (basisSource)`,
      });
  });
}

export const articleSchema = articleFields.superRefine(checkArticle);

export type ArticleInput = z.input<typeof articleSchema>;
export type Article = z.output<typeof articleSchema>;
