/**
 * Rehype plugin, last in the chain: empties what Astro exports as a compiled body's
 * `frontmatter`, once the plugins before it have read the facts from it. A copy of the facts in
 * every compiled module only cost the build parsing and memory (about 150 MB of peak memory
 * with 1,000 reports).
 */

interface VFileLike {
  data: { astro?: { frontmatter?: Record<string, unknown> } };
}

export default function rehypeEmptyFrontmatter() {
  return (_tree: unknown, file: VFileLike) => {
    // Pages read facts from the content layer: a compiled body carries no second copy of them.
    if (file.data.astro) file.data.astro.frontmatter = {};
  };
}
