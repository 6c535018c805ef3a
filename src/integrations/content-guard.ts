/**
 * Runs the content check before Astro builds anything: bad content stops `astro build` with
 * the count and first errors (file, field or line, reason), the full list in
 * `content-errors.txt`, and no page is written; so does a build without `SITE_URL`. In
 * `astro dev` it only logs, so the server stays up while an editor fixes the file (a body
 * holding code still never compiles: see `remarkBodyGuard`). As soon as a build's data is
 * valid, it hands it to `whenDataValid` (the cards integration starts drawing from it).
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import type { Valid } from '../lib/content-check.ts';
import { checkContentAt, reportErrors } from '../build/content-files.ts';
import { siteSettings } from '../lib/site-config.ts';

export default function contentGuard({ whenDataValid }: { whenDataValid?: (valid: Valid) => void } = {}): AstroIntegration {
  return {
    name: 'content-guard',
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        // A production build must know its public origin; `astro dev` and `preview` default to localhost.
        siteSettings(process.env, command === 'build');
        // Cards need only valid data, so they start before the bodies are checked; if a body
        // then fails, the build stops here (cards drawn so far stay in the card cache).
        const root = fileURLToPath(config.root);
        const errors = checkContentAt(root, command === 'build' ? whenDataValid : undefined);
        const report = reportErrors(root, errors);
        if (errors.length === 0) return;
        if (command === 'build' || command === 'sync') throw new Error(report);
        logger.error(report);
      },
    },
  };
}
