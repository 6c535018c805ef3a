/** /data/article.schema.json: JSON Schema of the article frontmatter, generated from the zod schemas. */
import type { APIRoute } from 'astro';
import { articleJsonSchema } from '../../build/downloads.ts';

export const GET: APIRoute = () =>
  new Response(`${JSON.stringify(articleJsonSchema(), null, 2)}\n`, { headers: { 'Content-Type': 'application/schema+json; charset=utf-8' } });
