// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import { fileURLToPath } from 'node:url';
import remarkGfm from 'remark-gfm';
import cards from './src/integrations/cards.ts';
import contentGuard from './src/integrations/content-guard.ts';
import previewBase from './src/integrations/preview-base.ts';
import safeOutput, { cacheFolder } from './src/integrations/safe-output.ts';
import { remarkBodyGuard } from './src/lib/body-check.ts';
import rehypeEmptyFrontmatter from './src/lib/rehype-empty-frontmatter.ts';
import rehypeEvidence from './src/lib/rehype-evidence.ts';
import { siteSettings } from './src/lib/site-config.ts';
import { sitemapOptions } from './src/build/sitemap.ts';
import { readSiteCopy } from './src/build/site-file.ts';

// A fork deploys to https://<owner>.github.io/<repo>/ unchanged: the deploy workflow sets both.
// Malformed values stop every command here, in one line; the content guard also requires
// SITE_URL for a build.
let settings;
try {
  settings = siteSettings(process.env, false);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
const { site, base } = settings;
// The editions are content (content/site.yaml → locales; the first is the default, at the root):
// Astro's i18n routing serves the others under /<lang>/. A broken site.yaml builds no edition
// here; the content guard then stops the build naming the file and field.
const siteCopy = readSiteCopy(process.cwd());
const locales = 'copy' in siteCopy ? siteCopy.copy.locales : [];
const linkCards = cards();

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  ...(locales.length > 0 ? { i18n: { locales, defaultLocale: locales[0], routing: { prefixDefaultLocale: false } } } : {}),
  // Separate caches let tests and benchmarks build side by side without sharing a data store.
  // A cache folder that is, holds or sits in an input is refused here, before Astro clears anything in it.
  cacheDir: cacheFolder(fileURLToPath(new URL('.', import.meta.url)), process.env.ASTRO_CACHE_DIR || './node_modules/.astro'),
  build: { format: 'directory' },
  markdown: {
    // The reports hold no code; Shiki's inline styles would also need CSP exceptions.
    syntaxHighlight: false,
    // remark-gfm explicitly (gfm: false stops unified() adding its own copy); MDX inherits this.
    // No smartypants: the reports are shown as received (their straight apostrophes stay straight).
    // remarkBodyGuard refuses to compile a body holding code, even in `astro dev`; rehypeEvidence
    // highlights the passages; rehypeEmptyFrontmatter, last, drops the facts from the compiled export.
    processor: unified({
      gfm: false,
      smartypants: false,
      remarkPlugins: [remarkGfm, remarkBodyGuard],
      rehypePlugins: [rehypeEvidence, rehypeEmptyFrontmatter],
    }),
  },
  // GitHub Pages sends no custom headers, so the policy travels as a <meta>, which Astro writes
  // with the hashes of the styles and scripts it emits (no page has an inline script to run).
  // The share page adds style-src-attr for its inline-styled email snippet (Astro.csp).
  security: {
    csp: {
      directives: ["default-src 'self'", "img-src 'self' data:", "object-src 'none'", "base-uri 'self'", "form-action 'none'"],
    },
  },
  vite: {
    build: {
      rolldownOptions: {
        // Rolldown warns once per MDX entry that Astro's internal "use astro:head-inject" marker may
        // not survive bundling. Astro no longer relies on it (it finds these modules by their
        // `?astroPropagatedAssets` id): withastro/astro#18087, fix verified upstream. With
        // 1,000 entries that was 1,000 boxed warnings burying the ones an editor should read.
        onLog(level, log, handler) {
          if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('astro:head-inject')) return;
          handler(level, log);
        },
      },
    },
  },
  // The content guard hands the checked data to the cards, which draw while the pages build.
  // The sitemap reads the same content and date rules as the pages, so its <lastmod> agrees with them.
  // safeOutput, last: refuses an output folder that holds or sits in an input, and swaps the
  // staged output in only once every other integration has written its files.
  integrations: [
    linkCards,
    contentGuard({ whenDataValid: linkCards.draw }),
    mdx(),
    sitemap(sitemapOptions(process.cwd(), base, locales)),
    previewBase(),
    safeOutput(),
  ],
});
