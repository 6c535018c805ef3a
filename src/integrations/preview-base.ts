/**
 * `astro preview` serves the last build at the base path it was built for, so a sub-path build
 * (BASE_PATH=/<name>/ npm run build) previews as it is published without BASE_PATH set again.
 * The base is read from the build itself: the home page's canonical address is the site's
 * address, base path included. An explicit BASE_PATH wins.
 */
import type { AstroIntegration } from 'astro';
import { readFileSync } from 'node:fs';

const CANONICAL = /<link rel="canonical" href="([^"]+)"/;

/** The base path of the build in `outDir`, or undefined when it has no readable home page. */
export function builtBase(outDir: URL): string | undefined {
  try {
    const href = CANONICAL.exec(readFileSync(new URL('index.html', outDir), 'utf8'))?.[1];
    return href ? new URL(href).pathname : undefined;
  } catch {
    return undefined;
  }
}

export default function previewBase(): AstroIntegration {
  return {
    name: 'preview-base',
    hooks: {
      'astro:config:setup': ({ command, config, logger, updateConfig }) => {
        if (command !== 'preview' || process.env.BASE_PATH) return;
        const base = builtBase(config.outDir);
        if (!base || base === config.base) return;
        logger.info(`serving the build at ${base}, the base path it was built for`);
        updateConfig({ base });
      },
    },
  };
}
