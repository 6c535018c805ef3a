/**
 * Collections: loaders and references only. Field schemas live in `src/schemas/`; the content
 * check (`src/lib/content-check.ts`) runs before every build and fails it on any error,
 * including references, which Astro alone would only log.
 */
import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { articleSchema } from './schemas/article.ts';
import { checkComparison, comparisonFields } from './schemas/comparison.ts';
import { correctionSchema } from './schemas/correction.ts';
import { rateSchema } from './schemas/rate.ts';
import { referenceSchema } from './schemas/reference.ts';

const articles = defineCollection({
  loader: glob({ base: './content/articles', pattern: '*.mdx' }),
  schema: articleSchema,
});

const comparisons = defineCollection({
  loader: glob({ base: './content/comparisons', pattern: '*.mdx' }),
  schema: comparisonFields.extend({ articles: z.tuple([reference('articles'), reference('articles')]) }).superRefine(checkComparison),
});

const rates = defineCollection({
  loader: glob({ base: './content/rates', pattern: '*.yaml' }),
  schema: rateSchema,
});

const references = defineCollection({
  loader: glob({ base: './content/references', pattern: '*.yaml' }),
  schema: referenceSchema,
});

// May be empty ("No corrections so far"); the README in the folder is not matched.
const corrections = defineCollection({
  loader: glob({ base: './content/corrections', pattern: '*.yaml' }),
  schema: correctionSchema,
});

export const collections = { articles, comparisons, rates, references, corrections };
