/**
 * The content collections and their files, in one table: Astro's loaders
 * (`src/content.config.ts`), the content check's reader (`src/build/content-files.ts`, which the
 * sitemap options also read through) and the corrections glob in `src/build/page-meta.ts` all
 * take the folder and extension from here, so every reader sees the same files. A collection's
 * entries are the `<id><extension>` files directly in its folder.
 */
export const COLLECTION_FILES = {
  articles: { folder: 'content/articles', extension: '.mdx' },
  comparisons: { folder: 'content/comparisons', extension: '.mdx' },
  rates: { folder: 'content/rates', extension: '.yaml' },
  references: { folder: 'content/references', extension: '.yaml' },
  corrections: { folder: 'content/corrections', extension: '.yaml' },
} as const satisfies Record<string, { folder: string; extension: '.mdx' | '.yaml' }>;

export type CollectionName = keyof typeof COLLECTION_FILES;

export const COLLECTIONS = Object.keys(COLLECTION_FILES) as readonly CollectionName[];

/** The loader's glob pattern for a collection's entries, relative to its folder. */
export const entryPattern = (name: CollectionName): string => `*${COLLECTION_FILES[name].extension}`;
