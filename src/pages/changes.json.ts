/** /changes.json: every published change to a fact, verdict or claim, as a JSON Feed. */
import type { APIRoute } from 'astro';
import { changeFeed } from '../build/trust.ts';

export const GET: APIRoute = async () => new Response((await changeFeed()).json, { headers: { 'Content-Type': 'application/feed+json; charset=utf-8' } });
