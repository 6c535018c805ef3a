/**
 * Report and comparison bodies are text, never code. MDX compiles `import`/`export`, `{…}`
 * and `<Component>` into JavaScript that runs at build time, and raw HTML into the page; this
 * check refuses all of it before the build, naming the line. A body may hold Markdown (GFM)
 * and a few inline elements a faithful report needs (see `ALLOWED`), with no other attributes
 * and links only to absolute http(s) addresses.
 */
import type { Nodes, Root } from 'mdast';
import type {} from 'remark-mdx';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { parseMdx } from './body-text.ts';
import { bodyLimitProblems } from './check/limits.ts';
import { hiddenCharacterIn, languageTagProblem, webUrlProblem } from './text-rules.ts';

/** Elements a body may use, and the attributes each may carry. Nothing else passes. */
export const ALLOWED: Record<string, readonly string[]> = {
  div: ['lang'],
  span: ['lang'],
  abbr: ['title', 'lang'],
  br: [],
  sup: [],
  sub: [],
};

export interface BodyProblem {
  /** 1-based line in the body; 0 for the whole body. */
  line: number;
  message: string;
}

const ESCAPE_HINT = 'to show the character itself, write \\{ or &#123; for "{", \\< or &lt; for "<"';

/** A JSX element in a body (`remark-mdx` adds these node types to mdast). */
type JsxElement = Extract<Nodes, { type: 'mdxJsxFlowElement' | 'mdxJsxTextElement' }>;

function attributeProblems(node: JsxElement, name: string, allowed: readonly string[]): string[] {
  return node.attributes.flatMap((attribute) => {
    if (attribute.type === 'mdxJsxExpressionAttribute') return [`<${name}> has a {…} attribute spread: not allowed in a body`];
    const value = attribute.value;
    if (value !== null && value !== undefined && typeof value !== 'string')
      return [`<${name} ${attribute.name}={…}>: attribute values must be plain quoted text`];
    if (!allowed.includes(attribute.name)) {
      return [
        `<${name} ${attribute.name}>: attribute not allowed in a body (<${name}> may carry ${allowed.length ? allowed.join(', ') : 'no attribute'}; no event handlers, style, id, name or URLs)`,
      ];
    }
    if (typeof value !== 'string' || value.trim() === '') return [`<${name} ${attribute.name}> needs a value`];
    if (attribute.name === 'lang') {
      const problem = languageTagProblem(value);
      if (problem) return [`<${name} lang>: ${problem}`];
    }
    const hidden = hiddenCharacterIn(value);
    return hidden ? [`<${name} ${attribute.name}> ${hidden}`] : [];
  });
}

/**
 * Every reason a parsed body is not plain, safe text: code, components, markup, unsafe links,
 * and hidden characters written as character references. With the `source` the tree was parsed
 * from, text is checked only where it holds a reference (the source lines are checked apart).
 */
export function problemsInTree(tree: Root, source?: string): BodyProblem[] {
  const problems: BodyProblem[] = [];
  const add = (node: { position?: { start: { line: number } } }, message: string) => problems.push({ line: node.position?.start.line ?? 1, message });

  visit(tree, (node, index, parent) => {
    switch (node.type) {
      case 'delete': {
        // A reader takes struck words as withdrawn ("~~2~~50 million", "~~more than~~ 250"); the check would read them.
        const around = parent && index !== undefined ? [parent.children[index - 1], parent.children[index + 1]] : [];
        const [before, after] = around.map((n) => (n ? toString(n) : ''));
        if (/\d/.test(toString(node)) || /\d\s*$/.test(before ?? '') || /^\s*\d/.test(after ?? '')) {
          add(
            node,
            'struck-through text (~~…~~) in or beside a number reads as withdrawn, while the check reads it as the report’s: write it plain, and say in source.notes that the report strikes it',
          );
        }
        break;
      }
      case 'mdxjsEsm':
        add(node, '`import`/`export` is code, not text: a body may not hold it');
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        add(node, `{${node.value.slice(0, 30)}} is an expression that would run at build time; ${ESCAPE_HINT}`);
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const name = node.name;
        if (name === null) add(node, '<>…</> (a fragment) is not allowed in a body');
        else if (!/^[a-z][a-z0-9]*$/.test(name)) add(node, `<${name}> is a component, which runs code: not allowed in a body; ${ESCAPE_HINT}`);
        else if (!(name in ALLOWED))
          add(
            node,
            `<${name}> is not allowed in a body (allowed: ${Object.keys(ALLOWED)
              .map((n) => `<${n}>`)
              .join(', ')}); ${ESCAPE_HINT}`,
          );
        else for (const message of attributeProblems(node, name, ALLOWED[name]!)) add(node, message);
        // "2<sup>50</sup>" shows 2 to the 50th, "250<sup>1</sup>" a footnote; the check would read 250 and 2501.
        if ((name === 'sup' || name === 'sub') && parent && index !== undefined && index > 0) {
          const before = toString(parent.children[index - 1]);
          const own = toString(node);
          if (/\d$/.test(before) && /^\d/.test(own)) {
            add(
              node,
              `${name === 'sup' ? 'a superscript' : 'a subscript'} right after a digit (“${/\S*$/.exec(before)![0]}<${name}>${own.slice(0, 6)}</${name}>”) shows a power or a note, while the check reads one number: write the number plain, and the note apart`,
            );
          }
        }
        break;
      }
      case 'image':
      case 'imageReference':
        add(node, 'images are not allowed in a body: it holds the text of the report');
        break;
      case 'link':
      case 'definition': {
        // An e-mail address in the text becomes a mailto: link (GFM autolink): harmless, kept.
        const problem = /^mailto:[^\s:/?#]+@[^\s:/?#]+$/.test(node.url) ? null : webUrlProblem(node.url);
        if (problem) add(node, `link to "${node.url.slice(0, 60)}": ${problem}`);
        break;
      }
      case 'html':
        add(node, 'raw HTML is not allowed in a body');
        break;
      case 'text':
      case 'inlineCode':
      case 'code': {
        // Character references (`&#x202E;`, `&#0;`) decode here, past the check of the source lines.
        const written = source === undefined ? '&' : source.slice(node.position?.start.offset ?? 0, node.position?.end.offset ?? source.length);
        const hidden = written.includes('&') ? hiddenCharacterIn(node.value, false) : null;
        if (hidden) add(node, `a character reference ${hidden.replace(/: delete it.*$/, ': delete it')}`);
        break;
      }
    }
    if ((node.type === 'link' || node.type === 'definition') && node.title) {
      const hidden = hiddenCharacterIn(node.title, false);
      if (hidden) add(node, `the link's title ${hidden.replace(/: delete it.*$/, ': delete it')}`);
    }
  });
  return problems;
}

/** Deepest nesting a body may use, in blockquote markers or columns of indentation (about 16 list levels). */
export const MAX_NESTING = { quotes: 8, indent: 32 } as const;

/**
 * The first line nesting deeper than `MAX_NESTING`, or null. A report never nests so deep, and
 * the Markdown parser's time grows with the cube of the depth (800 nested list levels took 12 s).
 */
function tooDeep(source: string): BodyProblem | null {
  const lines = source.split(/\r?\n/);
  const at = lines.findIndex((line) => {
    const lead = /^[\s>]*/.exec(line)![0];
    const columns = lead.replace(/\t/g, '    ').replace(/>/g, ' ').length;
    return (lead.match(/>/g)?.length ?? 0) > MAX_NESTING.quotes || columns > MAX_NESTING.indent + 2 * MAX_NESTING.quotes;
  });
  return at < 0
    ? null
    : {
        line: at + 1,
        message: `the body does not parse within limits: it nests deeper than ${MAX_NESTING.quotes} quotes or ${MAX_NESTING.indent} columns of indentation; a report's text never needs that`,
      };
}

/** Every reason the body is not plain, safe text; an unparsable body is one problem at its line. */
export function checkBody(source: string): BodyProblem[] {
  return parseAndCheckBody(source).problems;
}

/**
 * `checkBody`, with the parsed body for further reading (`blocksFromTree`), so a body is parsed
 * once; a body too deep or unparsable has no tree.
 */
export function parseAndCheckBody(source: string): { tree?: Root; problems: BodyProblem[] } {
  // Limits first, on the text: the parser's time on a hostile body is what they bound.
  const limits = bodyLimitProblems(source);
  if (limits.length > 0) return { problems: limits };
  const deep = tooDeep(source);
  if (deep) return { problems: [deep] };
  let tree: Root;
  try {
    tree = parseMdx(source);
  } catch (error) {
    const e = error as { line?: number; reason?: string; message: string };
    return { problems: [{ line: e.line ?? 1, message: `the body does not parse as Markdown: ${e.reason ?? e.message} (${ESCAPE_HINT})` }] };
  }
  const problems = problemsInTree(tree, source);
  source.split(/\r?\n/).forEach((line, i) => {
    const hidden = hiddenCharacterIn(line, false);
    if (hidden)
      problems.push({
        line: i + 1,
        message: `the text ${hidden.replace(/: delete it.*$/, ': delete it (if the report truly holds it, say so in source.notes)')}`,
      });
  });
  return { tree, problems: problems.sort((a, b) => a.line - b.line) };
}

/**
 * Remark plugin, in the MDX pipeline itself: refuses to compile a body holding code or markup
 * outside the allowlist, so not even `astro dev` (where the content check only logs) runs it.
 */
export function remarkBodyGuard() {
  return (tree: Root, file: { path?: string }) => {
    const problems = problemsInTree(tree);
    if (problems.length > 0) {
      throw new Error(
        `${file.path ?? 'body'}: the body is not plain text (run npm run check:content): ${problems.map((p) => `line ${p.line}: ${p.message}`).join('; ')}`,
      );
    }
  };
}
