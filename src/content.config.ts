/**
 * Collections: loaders and references only. Field schemas live in `src/schemas/`; the content
 * check (`src/lib/content-check.ts`) runs before every build and fails it on any error,
 * including references, which Astro alone would only log.
 */
import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'zod';
import { COLLECTION_FILES, entryPattern, type CollectionName } from './lib/collections.ts';
import { articleSchema } from './schemas/article.ts';
import { checkComparison, comparisonFields } from './schemas/comparison.ts';
import { correctionSchema } from './schemas/correction.ts';
import { rateSchema } from './schemas/rate.ts';
import { referenceSchema } from './schemas/reference.ts';

/** The loader of a collection's files, from the one table in `src/lib/collections.ts`. */
const files = (name: CollectionName) => glob({ base: `./${COLLECTION_FILES[name].folder}`, pattern: entryPattern(name) });

const articles = defineCollection({
  loader: files('articles'),
  schema: articleSchema,
});

const comparisons = defineCollection({
  loader: files('comparisons'),
  schema: comparisonFields.extend({ articles: z.tuple([reference('articles'), reference('articles')]) }).superRefine(checkComparison),
});

const rates = defineCollection({
  loader: files('rates'),
  schema: rateSchema,
});

const references = defineCollection({
  loader: files('references'),
  schema: referenceSchema,
});

// May be empty ("No corrections so far"); the README in the folder is not matched.
const corrections = defineCollection({
  loader: files('corrections'),
  schema: correctionSchema,
});

export const collections = { articles, comparisons, rates, references, corrections };
