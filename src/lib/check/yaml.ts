/**
 * YAML as content may write it, read with the parser and version Astro itself uses (js-yaml's
 * `load`), so the check sees what Astro will see, within bounds:
 *
 * - a document over `LIMITS.yamlBytes` is refused before it is parsed;
 * - anchors (`&name`) are refused as the parser meets them, so no alias (`*name`) can exist:
 *   js-yaml shares an aliased node instead of copying it, and a 1 KB "billion laughs" document
 *   becomes a structure that any walk over it (the schemas, the check) takes hours to visit;
 * - nesting is bounded by js-yaml itself (100 levels).
 *
 * Anchors are seen through js-yaml's `listener` option (called as each node closes, with the
 * parser's state), so the one parse that reads the document also refuses them. Pure.
 */
import { load } from 'js-yaml';
import { bytesOver, kb, LIMITS } from './limits.ts';

export type YamlResult = { data: unknown } | { error: string };

class AnchorFound extends Error {}

export function loadYaml(source: string): YamlResult {
  const bytes = bytesOver(source, LIMITS.yamlBytes);
  if (bytes !== null) return { error: `the YAML is ${kb(bytes)}: at most ${kb(LIMITS.yamlBytes)}` };
  try {
    const data = load(source, {
      listener(event: string, state: { anchor?: string | null; line?: number }) {
        if (event === 'close' && state.anchor) {
          throw new AnchorFound(
            `YAML anchors and aliases (&${state.anchor}, *${state.anchor}) are not allowed (line ${(state.line ?? 0) + 1}): write each value out (an alias can expand a small file into billions of values)`,
          );
        }
      },
    } as Parameters<typeof load>[1]);
    return { data };
  } catch (error) {
    if (error instanceof AnchorFound) return { error: error.message };
    return { error: `malformed YAML: ${(error as Error).message.split('\n')[0]}` };
  }
}
