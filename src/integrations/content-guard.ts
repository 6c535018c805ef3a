/**
 * Runs the content check before Astro builds anything: bad content stops `astro build` with
 * every error (file, field, reason) and no page is written. In `astro dev` it only logs, so the
 * server stays up while an editor fixes the file. As soon as a build's data is valid, it hands
 * it to `whenDataValid` (the cards integration starts drawing from it).
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import type { Valid } from '../lib/content-check.ts';
import { checkContentAt } from '../lib/content-files.ts';

export default function contentGuard({ whenDataValid }: { whenDataValid?: (valid: Valid) => void } = {}): AstroIntegration {
  return {
    name: 'content-guard',
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        // Cards need only valid data, so they start before the bodies are checked; if a body
        // then fails, the build stops here (cards drawn so far stay in the card cache).
        const errors = checkContentAt(fileURLToPath(config.root), command === 'build' ? whenDataValid : undefined);
        if (errors.length === 0) return;
        const report = `${errors.length} content error${errors.length === 1 ? '' : 's'}:\n${errors.map((e) => `  ${e}`).join('\n')}`;
        if (command === 'build' || command === 'sync') throw new Error(report);
        logger.error(report);
      },
    },
  };
}
