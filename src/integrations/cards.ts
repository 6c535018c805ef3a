/**
 * Link-card images, from the checked content to `dist/og/`.
 *
 * - The content guard hands over the checked data (`draw`) as soon as it is valid; the cards are
 *   named (`namedCards`, the same function the pages call) and drawn in one worker thread
 *   (card-worker.ts) into `<cacheDir>/cards/` while Astro compiles and renders the pages on the
 *   main thread.
 * - When the build is done, they are copied to `dist/og/<key>-<cardId>.png`, the names the pages
 *   link to, and the folder is removed. A card that failed to draw fails the build.
 * - In `astro dev` a middleware draws a requested card from the content as it is on disk.
 */
import type { AstroIntegration } from 'astro';
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { namedCards, type NamedCard } from '../lib/card-files.ts';
import type { CardContent } from '../lib/cards.ts';
import { checkedData, type Valid } from '../lib/content-check.ts';
import type { CardTree } from '../lib/og-image.ts';
import { readContent } from '../build/content-files.ts';
import { cardContentIn } from '../build/analysis-state.ts';
import { DEFAULT_LOCALE, LOCALES, messagesOf } from '../site.ts';
import { drawCard, fontFiles, loadFonts, type FontFile } from './card-draw.ts';

/** A card to draw: its tree, and the PNG file to write. */
export interface CardJob {
  tree: CardTree;
  path: string;
}

/** Draws every job in one worker thread; resolves with one message per card that could not be drawn (none when all were). */
export function drawCards(jobs: CardJob[], fonts: FontFile[]): Promise<string[]> {
  if (jobs.length === 0) return Promise.resolve([]);
  return new Promise((resolve) => {
    const settled = new Array<boolean>(jobs.length).fill(false);
    const failures: string[] = [];
    let crash: Error | undefined;
    const worker = new Worker(new URL('./card-worker.ts', import.meta.url), { workerData: { fonts, jobs } });
    worker.on('message', ({ i, error }: { i: number; error?: string }) => {
      settled[i] = true;
      if (error) failures.push(`${jobs[i]!.path}: ${error}`);
    });
    worker.on('error', (error) => (crash = error));
    worker.on('exit', () => {
      jobs.forEach((job, i) => settled[i] || failures.push(`${job.path}: not drawn (${crash?.message ?? 'the worker ended'})`));
      resolve(failures);
    });
  });
}

/** Every edition's cards: the default's as `<key>-<cardId>.png`, each other's prefixed with its language (`<lang>-<key>-…`). */
export function editionCards(content: CardContent): NamedCard[] {
  return LOCALES.flatMap((lang) => namedCards(cardContentIn(content, lang), messagesOf(lang), lang === DEFAULT_LOCALE ? '' : `${lang}-`));
}

/** The plain data the cards are made from, as the content check parsed it. */
export function cardContent(valid: Valid): CardContent {
  return {
    articles: [...valid.articles].map(([id, { data }]) => ({ id, data })),
    comparisons: [...valid.comparisons].map(([id, { data }]) => ({ id, data, articles: data.articles })),
    rates: [...valid.rates.values()].map((r) => r.data),
    references: new Map([...valid.references].map(([id, r]) => [id, r.data])),
  };
}

export type CardsIntegration = AstroIntegration & {
  /** Starts drawing the site's cards from the checked data (the content guard calls it in builds). */
  draw(valid: Valid): void;
};

/** Must come before the content guard in `integrations`: the guard hands it the checked data. */
export default function cards(): CardsIntegration {
  let setup: { root: string; folder: string; fonts: FontFile[] } | undefined;
  let drawing: { cards: NamedCard[]; done: Promise<string[]> } | undefined;

  return {
    name: 'cards',
    draw(valid) {
      if (!setup) throw new Error('cards(): list this integration before the content guard, which hands it the checked data');
      const { folder, fonts } = setup;
      const cards = editionCards(cardContent(valid));
      rmSync(folder, { recursive: true, force: true });
      mkdirSync(folder, { recursive: true });
      drawing = {
        cards,
        done: drawCards(
          cards.map((card) => ({ tree: card.tree, path: join(folder, card.file) })),
          fonts,
        ),
      };
    },
    hooks: {
      'astro:config:setup': ({ config }) => {
        const root = fileURLToPath(config.root);
        setup = { root, folder: fileURLToPath(new URL('cards/', config.cacheDir)), fonts: fontFiles(root) };
      },
      'astro:server:setup': ({ server }) => {
        let fonts: ReturnType<typeof loadFonts> | undefined;
        server.middlewares.use((req, res, next) => {
          const file = /\/og\/([A-Za-z0-9-]+-[0-9a-f]{10}\.png)$/.exec(req.url?.split('?')[0] ?? '')?.[1];
          if (!file || !setup) return next();
          const { files, errors } = readContent(setup.root);
          const data = checkedData(files, undefined, DEFAULT_LOCALE);
          const card = errors.length + data.errors.length === 0 ? editionCards(cardContent(data.valid)).find((c) => c.file === file) : undefined;
          if (!card) return next();
          fonts ??= loadFonts(setup.fonts);
          drawCard(card.tree, fonts).then((png) => {
            res.setHeader('Content-Type', 'image/png');
            res.end(png);
          }, next);
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!drawing || !setup) throw new Error('cards(): no checked content was handed over, so no card was drawn (is the content guard listed after it?)');
        const failures = await drawing.done;
        if (failures.length > 0) throw new Error(`${failures.length} card${failures.length === 1 ? '' : 's'} could not be drawn:\n${failures.join('\n')}`);
        const out = fileURLToPath(new URL('og/', dir));
        mkdirSync(out, { recursive: true });
        for (const card of drawing.cards) copyFileSync(join(setup.folder, card.file), join(out, card.file));
        rmSync(setup.folder, { recursive: true, force: true });
        logger.info(`og/: ${drawing.cards.length} cards`);
      },
    },
  };
}
