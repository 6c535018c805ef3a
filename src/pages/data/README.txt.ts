/** /data/README.txt: what the data files hold and how to read them. */
import type { APIRoute } from 'astro';
import { readmeText } from '../../build/downloads.ts';

export const GET: APIRoute = async () => new Response(await readmeText(), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
