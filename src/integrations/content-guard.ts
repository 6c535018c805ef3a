/**
 * Runs the content check before Astro builds anything: bad content stops `astro build` with
 * the count and first errors (file, field or line, reason), the full list in
 * `content-errors.txt`, and no page is written; so does a build without `SITE_URL`. In
 * `astro dev` the server stays up while an editor fixes the file: every page shows the errors
 * instead, and the check runs again after each change (a body holding code still never
 * compiles: see `remarkBodyGuard`). As soon as a build's data is
 * valid, it hands it to `whenDataValid` (the cards integration starts drawing from it).
 *
 * It serves what the check found to pages as `virtual:evidence-anchors` (typed in
 * `evidence-anchors.d.ts`): each article's fact id → anchor of its highlighted passage; and as
 * `virtual:article-checks` (typed there too) what it proved of each body, for the verification
 * record. A production build also refuses a corrections channel that would publish a placeholder.
 */
import type { AstroIntegration } from 'astro';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import type { ArticleChecks, EvidenceAnchors, Valid } from '../lib/content-check.ts';
import { checkContentAt, reportErrors, reportNotes } from '../build/content-files.ts';
import { channelSettings } from '../build/report-links.ts';
import { siteSettings } from '../lib/site-config.ts';
import { channelOrThrow } from '../lib/trust/report-channel.ts';

/**
 * A Vite plugin serving `virtual:<name>`, whose default export gives an article id's entry. A
 * build serves what the check computed (`byArticle`), so no body is parsed twice; `astro dev`
 * reads the article's file at each call instead (`dev`: an expression of `root` and `id` over
 * content-files.ts's `articleAnchorsAt` and `articleCheckAt`): the check ran once at startup,
 * and editors edit.
 */
function checkedModule(name: string, root: string, command: string, dev: string, byArticle: [string, unknown][]): Plugin {
  const id = `virtual:${name}`;
  const source =
    command === 'dev'
      ? [
          `import { articleAnchorsAt, articleCheckAt } from ${JSON.stringify(fileURLToPath(new URL('../build/content-files.ts', import.meta.url)))};`,
          `const root = ${JSON.stringify(root)};`,
          `export default (id) => ${dev};`,
        ]
      : [`const byArticle = new Map(${JSON.stringify(byArticle)});`, 'export default (id) => byArticle.get(id);'];
  return {
    name: `content-guard:${name}`,
    resolveId: (x) => (x === id ? `\0${id}` : undefined),
    load: (x) => (x === `\0${id}` ? source.join('\n') : undefined),
  };
}

/** `virtual:evidence-anchors`: each article's fact id → anchor of its highlighted passage. */
export const evidenceAnchorsPlugin = (root: string, command: string, anchors: EvidenceAnchors): Plugin =>
  checkedModule(
    'evidence-anchors',
    root,
    command,
    '{ const anchors = articleAnchorsAt(root, id); return anchors && Object.fromEntries(anchors); }',
    [...anchors].map(([id, byFact]) => [id, Object.fromEntries(byFact)]),
  );

/** `virtual:article-checks`: what the check proved of each article's body. */
const articleChecksPlugin = (root: string, command: string, checks: ArticleChecks): Plugin =>
  checkedModule('article-checks', root, command, 'articleCheckAt(root, id)', [...checks]);

/** What `astro dev` answers instead of a page while the content has errors: the list, file → field. */
export function errorPage(errors: string[]): string {
  const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const count = `${errors.length} content error${errors.length === 1 ? '' : 's'}`;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${count}</title></head><body><h1>${count}</h1><p>Fix them in <code>content/</code>, save, and reload this page.</p><ul>${errors.map((e) => `<li>${escape(e)}</li>`).join('')}</ul></body></html>`;
}

export default function contentGuard({ whenDataValid }: { whenDataValid?: (valid: Valid) => void } = {}): AstroIntegration {
  let root = '';
  let errors: string[] | undefined;
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
        // then fails, the build stops here.
        root = fileURLToPath(config.root);
        const checked = checkContentAt(root, command === 'build' ? whenDataValid : undefined);
        errors = checked.errors;
        const report = reportErrors(root, errors);
        if (checked.notes.length > 0) logger.warn(reportNotes(checked.notes));
        updateConfig({ vite: { plugins: [evidenceAnchorsPlugin(root, command, checked.anchors), articleChecksPlugin(root, command, checked.checks)] } });
        if (errors.length === 0) {
          // Every page links to the corrections channel: a build must not publish a placeholder.
          if (command === 'build') {
            try {
              channelOrThrow(channelSettings(root, process.env));
            } catch (error) {
              stop((error as Error).message);
            }
          }
          return;
        }
        if (command === 'build' || command === 'sync') stop(report);
        logger.error(report);
      },
      // In `astro dev`, while the content has errors, every page answers with them (file → field)
      // instead of rendering from stale or half-valid data; the server stays up, and the check runs
      // again after any change under content/.
      'astro:server:setup': ({ server, logger }) => {
        const content = join(root, 'content');
        server.watcher.on('all', (_event, file) => {
          if (file.startsWith(content)) errors = undefined;
        });
        server.middlewares.use((req, res, next) => {
          if (!req.headers.accept?.includes('text/html')) return next();
          if (errors === undefined) {
            errors = checkContentAt(root).errors;
            const report = reportErrors(root, errors);
            if (errors.length > 0) logger.error(report);
          }
          if (errors.length === 0) return next();
          res.statusCode = 500;
          res.setHeader('Content-Type', 'text/html; charset=utf-8');
          res.end(errorPage(errors));
        });
      },
    },
  };
}
