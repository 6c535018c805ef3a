/** /data/LICENSE.txt: the data licence. */
import type { APIRoute } from 'astro';
import { licenceText } from '../../build/downloads.ts';

export const GET: APIRoute = () => new Response(licenceText(), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
