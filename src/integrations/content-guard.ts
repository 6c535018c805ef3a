/**
 * Runs the content check before Astro builds anything: bad content stops `astro build` with
 * the count and first errors (file, field or line, reason), the full list in
 * `content-errors.txt`, and no page is written; so does a build without `SITE_URL`. In
 * `astro dev` it only logs, so the server stays up while an editor fixes the file (a body
 * holding code still never compiles: see `remarkBodyGuard`). As soon as a build's data is
 * valid, it hands it to `whenDataValid` (the cards integration starts drawing from it).
 *
 * It serves what the check found to pages as `virtual:evidence-anchors` (typed in
 * `evidence-anchors.d.ts`): each article's fact id → anchor of its highlighted passage.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import type { EvidenceAnchors, Valid } from '../lib/content-check.ts';
import { checkContentAt, reportErrors } from '../build/content-files.ts';
import { siteSettings } from '../lib/site-config.ts';

const ANCHORS_ID = 'virtual:evidence-anchors';
const RESOLVED_ANCHORS_ID = `\0${ANCHORS_ID}`;

/**
 * The Vite plugin serving `virtual:evidence-anchors`. A build serves the anchors the check
 * computed (`anchors`), so no body is parsed twice. `astro dev` reads the article's file at each
 * call instead: the check ran once at startup, and editors edit.
 */
export function evidenceAnchorsPlugin(root: string, command: string, anchors: EvidenceAnchors): Plugin {
  const source =
    command === 'dev'
      ? [
          `import { articleAnchorsAt } from ${JSON.stringify(fileURLToPath(new URL('../build/content-files.ts', import.meta.url)))};`,
          `const root = ${JSON.stringify(root)};`,
          'export default (id) => { const anchors = articleAnchorsAt(root, id); return anchors && Object.fromEntries(anchors); };',
        ]
      : [
          `const anchors = new Map(${JSON.stringify([...anchors].map(([id, byFact]) => [id, Object.fromEntries(byFact)]))});`,
          'export default (id) => anchors.get(id);',
        ];
  return {
    name: 'content-guard:evidence-anchors',
    resolveId: (id) => (id === ANCHORS_ID ? RESOLVED_ANCHORS_ID : undefined),
    load: (id) => (id === RESOLVED_ANCHORS_ID ? source.join('\n') : undefined),
  };
}

export default function contentGuard({ whenDataValid }: { whenDataValid?: (valid: Valid) => void } = {}): AstroIntegration {
  return {
    name: 'content-guard',
    hooks: {
      'astro:config:setup': ({ config, command, logger, updateConfig }) => {
        // What stops a build is the editor's or deployer's to fix, not a crash: said once, with no
        // stack trace or "unhandled error" around it, and nothing written.
        const stop = (message: string): never => {
          logger.error(message);
          process.exit(1);
        };
        // A production build must know its public origin; `astro dev` and `preview` default to localhost.
        try {
          siteSettings(process.env, command === 'build');
        } catch (error) {
          stop((error as Error).message);
        }
        // Cards need only valid data, so they start before the bodies are checked; if a body
        // then fails, the build stops here (cards drawn so far stay in the card cache).
        const root = fileURLToPath(config.root);
        const { errors, anchors } = checkContentAt(root, command === 'build' ? whenDataValid : undefined);
        const report = reportErrors(root, errors);
        updateConfig({ vite: { plugins: [evidenceAnchorsPlugin(root, command, anchors)] } });
        if (errors.length === 0) return;
        if (command === 'build' || command === 'sync') stop(report);
        logger.error(report);
      },
    },
  };
}
