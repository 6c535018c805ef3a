/**
 * The content check reads passages from the MDX source; the highlighter reads them from the
 * rendered tree. This runs the real MDX pipeline (remark-gfm + our rehype plugin) over the real
 * articles and checks both readings agree, and that every fact gets a highlighted passage.
 */
import { compile } from '@mdx-js/mdx';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { load } from 'js-yaml';
import remarkGfm from 'remark-gfm';
import type { Root } from 'hast';
import { blocksFromHast, blocksFromMdx } from '../../src/lib/body-text.ts';
import { normalise } from '../../src/lib/evidence.ts';
import { evidenceAnchors } from '../../src/lib/article-view.ts';
import { articleSchema } from '../../src/schemas/article.ts';
import rehypeEvidence, { recordedAnchors } from '../../src/lib/rehype-evidence.ts';

const dir = 'content/articles';
const articles = readdirSync(dir).filter((f) => f.endsWith('.mdx'));

function split(source: string) {
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(source)!;
  return { frontmatter: load(match[1]!) as Record<string, unknown>, body: match[2]! };
}

async function render(body: string, frontmatter: Record<string, unknown>) {
  let before: string[] = [];
  const file = { data: { astro: { frontmatter: structuredClone(frontmatter) } } };
  const capture = () => (tree: Root) => {
    before = blocksFromHast(tree).map((b) => normalise(b.text).text);
  };
  const highlight = rehypeEvidence();
  const result = await compile(body, {
    remarkPlugins: [remarkGfm],
    rehypePlugins: [capture, () => (tree: Root) => highlight(tree, file)],
    outputFormat: 'function-body',
  });
  return { before, html: String(result), pluginFrontmatter: file.data.astro.frontmatter };
}

describe.each(articles)('%s', (name) => {
  const { frontmatter, body } = split(readFileSync(`${dir}/${name}`, 'utf8'));

  it('reads the same text blocks from the MDX source and from the rendered tree', async () => {
    const { before } = await render(body, {});
    expect(before).toEqual(blocksFromMdx(body));
  });

  it('highlights one mark per evidence anchor, and records for pages the anchors the source reading gives', async () => {
    const { html, pluginFrontmatter } = await render(body, frontmatter);
    const fromSource = evidenceAnchors(articleSchema.parse(frontmatter), body);
    const recorded = recordedAnchors(pluginFrontmatter, name);
    expect(recorded).toEqual(fromSource);
    // The compiled module exports only the record: the facts come from the content layer.
    expect(Object.keys(pluginFrontmatter)).toEqual(['evidenceAnchors']);
    const anchors = new Set(recorded.values());
    const ids = [...html.matchAll(/id: "(ev-[a-z0-9-]+)"/g)].map((m) => m[1]);
    expect(new Set(ids)).toEqual(anchors);
    expect(ids.length).toBe(anchors.size);
  });
});

describe('rehypeEvidence', () => {
  it('recordedAnchors refuses an entry the plugin did not annotate, naming the file', () => {
    expect(() => recordedAnchors({}, 'content/articles/x.mdx')).toThrow(/content\/articles\/x\.mdx: no evidence anchors recorded/);
    expect(() => recordedAnchors({ evidenceAnchors: { a: 1 } }, 'x')).toThrow(/no evidence anchors/);
  });

  it('fails the build with the fact id when a passage is missing from the rendered text', async () => {
    await expect(render('Un texte.\n', { initiative: { evidence: 'Autre texte' } })).rejects.toThrow(/initiative: evidence passage not found/);
  });

  it('wraps a passage spread over several inline nodes, and leaves the rest intact', async () => {
    const { html } = await render('Le *programme* a été lancé ce samedi.\n', { dates: [{ id: 'launch', evidence: 'programme a été lancé' }] });
    expect(html).toContain('id: "ev-launch"');
    expect(html).toContain('" ce samedi."');
  });
});
