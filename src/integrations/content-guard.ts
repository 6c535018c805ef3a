/**
 * Runs the content check before Astro builds anything: bad content stops `astro build` with
 * every error (file, field, reason) and no page is written. In `astro dev` it only logs, so the
 * server stays up while an editor fixes the file. When a build's content is clean, it starts
 * drawing the link cards from it at once (see `drawCardsEarly`).
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { drawCardsEarly } from '../data/card-renderer.ts';
import { checkedContentAt } from '../lib/content-files.ts';

export default function contentGuard(): AstroIntegration {
  return {
    name: 'content-guard',
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        const { errors, valid } = checkedContentAt(fileURLToPath(config.root));
        if (errors.length === 0) {
          if (command === 'build') drawCardsEarly(valid);
          return;
        }
        const report = `${errors.length} content error${errors.length === 1 ? '' : 's'}:\n${errors.map((e) => `  ${e}`).join('\n')}`;
        if (command === 'build' || command === 'sync') throw new Error(report);
        logger.error(report);
      },
    },
  };
}
