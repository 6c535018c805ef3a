/**
 * The content check reads passages from the MDX source; the highlighter reads them from the
 * rendered tree. This runs the real MDX pipeline (remark-gfm + our rehype plugins) over the real
 * articles and checks both readings agree: the highlighter places exactly the anchors pages read
 * from the content check, one per fact's passage.
 */
import { compile } from '@mdx-js/mdx';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { load } from 'js-yaml';
import remarkGfm from 'remark-gfm';
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { checkContentAt } from '../../src/build/content-files.ts';
import { blocksFromHast, blocksFromMdx } from '../../src/lib/body-text.ts';
import { normalise } from '../../src/lib/evidence.ts';
import { factsOf } from '../../src/lib/facts.ts';
import rehypeEmptyFrontmatter from '../../src/lib/rehype-empty-frontmatter.ts';
import rehypeEvidence from '../../src/lib/rehype-evidence.ts';

const dir = 'content/articles';
const articles = readdirSync(dir).filter((f) => f.endsWith('.mdx'));
/** What pages read: the anchors the content check (run by the content guard) serves. */
const { anchors: checked } = checkContentAt(process.cwd());

function split(source: string) {
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(source)!;
  return { frontmatter: load(match[1]!) as Record<string, unknown>, body: match[2]! };
}

type Plugin = () => (tree: Root, file: { data: { astro: { frontmatter: Record<string, unknown> } } }) => void;

/** Compiles `body` with `plugins` after the highlighter; returns the blocks it read, the tree it left and the file's data. */
async function render(body: string, frontmatter: Record<string, unknown>, plugins: Plugin[] = []) {
  let before: string[] = [];
  let after: Root | undefined;
  const file = { data: { astro: { frontmatter: structuredClone(frontmatter) } } };
  const capture = () => (tree: Root) => {
    before = blocksFromHast(tree).map((b) => normalise(b.text).text);
  };
  const chain = [rehypeEvidence, ...plugins].map((plugin) => plugin());
  const result = await compile(body, {
    remarkPlugins: [remarkGfm],
    rehypePlugins: [
      capture,
      () => (tree: Root) => {
        for (const step of chain) step(tree, file);
        after = structuredClone(tree);
      },
    ],
    outputFormat: 'function-body',
  });
  return { before, after: after!, html: String(result), data: file.data };
}

/** Each highlighted passage's anchor (the `id` of its first mark), with the fact its back link returns to. */
function placed(tree: Root): { anchor: string; fact: string }[] {
  const found: { anchor: string; fact: string }[] = [];
  let open: string | null = null;
  visit(tree, 'element', (node: Element) => {
    const classes = ([] as unknown[]).concat(node.properties.className);
    if (node.tagName === 'mark' && classes.includes('evidence') && typeof node.properties.id === 'string') open = node.properties.id;
    if (node.tagName === 'a' && classes.includes('to-fact') && open !== null) {
      found.push({ anchor: open, fact: String(node.properties.href).replace(/^#fact-/, '') });
      open = null;
    }
  });
  return found;
}

describe.each(articles)('%s', (name) => {
  const { frontmatter, body } = split(readFileSync(`${dir}/${name}`, 'utf8'));
  const id = name.replace(/\.mdx$/, '');

  it('reads the same text blocks from the MDX source and from the rendered tree', async () => {
    const { before } = await render(body, {});
    expect(before).toEqual(blocksFromMdx(body));
  });

  it('places exactly the anchors pages read from the content check, one mark per passage', async () => {
    const { after, html } = await render(body, frontmatter);
    const anchors = checked.get(id)!;
    expect(anchors, 'the content check gives this article anchors').toBeDefined();
    expect([...anchors.keys()].sort()).toEqual(
      factsOf(frontmatter)
        .map((f) => f.id)
        .sort(),
    );
    const marks = placed(after);
    expect(marks.length, 'no anchor placed twice').toBe(new Set(marks.map((m) => m.anchor)).size);
    expect(new Set(marks.map((m) => m.anchor))).toEqual(new Set(anchors.values()));
    // Each passage links back to a fact whose anchor, for pages, is that very passage.
    for (const { anchor, fact } of marks) expect(anchors.get(fact), fact).toBe(anchor);
    expect([...html.matchAll(/id: "(ev-[a-z0-9-]+)"/g)].map((m) => m[1]).sort()).toEqual(marks.map((m) => m.anchor).sort());
  });

  it('the highlighter only marks: it leaves the file data as it found it', async () => {
    const { data } = await render(body, frontmatter);
    expect(data).toEqual({ astro: { frontmatter } });
  });

  it('with rehypeEmptyFrontmatter last, the compiled export holds no facts, and the passages are still marked', async () => {
    const { after, data } = await render(body, frontmatter, [rehypeEmptyFrontmatter]);
    expect(data.astro.frontmatter).toEqual({});
    expect(placed(after).length).toBe(new Set(checked.get(id)!.values()).size);
  });
});

describe('rehypeEvidence', () => {
  it('fails the build with the fact id when a passage is missing from the rendered text', async () => {
    await expect(render('Un texte.\n', { initiative: { evidence: 'Autre texte' } })).rejects.toThrow(/initiative: evidence passage not found/);
  });

  it('wraps a passage spread over several inline nodes, and leaves the rest intact', async () => {
    const { html } = await render('Le *programme* a été lancé ce samedi.\n', { dates: [{ id: 'launch', evidence: 'programme a été lancé' }] });
    expect(html).toContain('id: "ev-launch"');
    expect(html).toContain('" ce samedi."');
  });
});
