/**
 * Pages read each fact's evidence anchor from `virtual:evidence-anchors`, which the content
 * guard serves from the content check: in a build, the anchors the check computed; in
 * `astro dev`, the article's file as it reads at each call.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createViteServer } from 'vitest/node';
import { describe, expect, it } from 'vitest';
import { articleAnchorsAt, checkContentAt } from '../../src/build/content-files.ts';
import type { EvidenceAnchors } from '../../src/lib/content-check.ts';
import { evidenceAnchorsPlugin } from '../../src/integrations/content-guard.ts';
import { applyOverlay, fixtureCopy } from '../helpers/project.ts';
import { tempDir } from '../helpers/temp.ts';

const GOOD = 'tests/fixtures/good-content';
const BAD = 'tests/fixtures/bad-content';

function contentCopy(overlay?: string): string {
  const dir = tempDir('evidence-anchors');
  fixtureCopy(GOOD, dir);
  if (overlay) applyOverlay(dir, join(BAD, overlay));
  return dir;
}

type AnchorsOf = (id: string) => Record<string, string> | undefined;

/** The module's default export, loaded through Vite with the plugin as `command` sets it up. */
async function served(root: string, command: string, anchors: EvidenceAnchors): Promise<AnchorsOf> {
  const server = await createViteServer({
    configFile: false,
    root,
    logLevel: 'silent',
    appType: 'custom',
    server: { middlewareMode: true, hmr: false, watch: null },
    plugins: [evidenceAnchorsPlugin(root, command, anchors)],
  });
  try {
    return ((await server.ssrLoadModule('virtual:evidence-anchors')) as { default: AnchorsOf }).default;
  } finally {
    await server.close();
  }
}

describe('the anchors of the content check', () => {
  const { errors, anchors } = checkContentAt(process.cwd());

  it('cover every article of the real content, and read the same from one file', () => {
    expect(errors).toEqual([]);
    expect([...anchors.keys()].sort()).toEqual(['jalisco-lab', 'netflix-marseille']);
    for (const [id, byFact] of anchors) {
      expect(byFact.size, id).toBeGreaterThan(0);
      expect(articleAnchorsAt(process.cwd(), id), id).toEqual(byFact);
    }
  });

  it('leave out an article whose passage is not in its body, and only that one', () => {
    const root = contentCopy('evidence-not-in-body');
    const checked = checkContentAt(root);
    expect(checked.errors.join('\n')).toContain('content/articles/alpha.mdx → amounts.0.evidence: evidence passage not found');
    expect([...checked.anchors.keys()]).toEqual(['beta']);
    expect(articleAnchorsAt(root, 'alpha')).toBeUndefined();
    expect(articleAnchorsAt(root, 'beta')).toEqual(checked.anchors.get('beta'));
    expect(articleAnchorsAt(root, 'no-such-article')).toBeUndefined();
  });
});

describe('virtual:evidence-anchors', () => {
  it('in a build, serves the anchors the check computed, without reading the files again', async () => {
    const root = contentCopy();
    const { anchors } = checkContentAt(root);
    const anchorsOf = await served(root, 'build', anchors);
    writeFileSync(join(root, 'content/articles/alpha.mdx'), '');
    expect(anchorsOf('alpha')).toEqual(Object.fromEntries(anchors.get('alpha')!));
    expect(anchorsOf('beta')).toEqual(Object.fromEntries(anchors.get('beta')!));
    expect(anchorsOf('no-such-article')).toBeUndefined();
    expect(anchorsOf('constructor')).toBeUndefined();
  });

  it('in astro dev, follows the file as an editor edits it', async () => {
    const root = contentCopy();
    // The startup check is out of date as soon as a file changes: the module does not use it.
    const anchorsOf = await served(root, 'dev', new Map());
    const before = anchorsOf('alpha')!;
    expect(before).toEqual(Object.fromEntries(articleAnchorsAt(root, 'alpha')!));
    const file = join(root, 'content/articles/alpha.mdx');
    const source = readFileSync(file, 'utf8');
    // Ana's passage moved into the initiative's: her fact now links to the initiative's mark.
    writeFileSync(file, source.replace('evidence: "Ana, directrice du programme"', 'evidence: "promu par Netflix"'));
    expect(before.ana).toBe('ev-ana');
    expect(anchorsOf('alpha')).toEqual({ ...before, ana: 'ev-initiative' });
    writeFileSync(file, source.replace('evidence: "Ana, directrice du programme"', 'evidence: "not in the body at all"'));
    expect(anchorsOf('alpha')).toBeUndefined();
  });
});
