/** /changes.xml: every published change to a fact, verdict or claim, as an Atom feed. */
import type { APIRoute } from 'astro';
import { changeFeed } from '../build/trust.ts';

export const GET: APIRoute = async () => new Response((await changeFeed()).atom, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
