/**
 * The change history, end to end: in a temporary copy of the project whose content is the small
 * valid fixture (tests/fixtures/good-content, one edition: the history is the same code for any
 * content) made a git repository, an editor rewords a verdict and a fact and commits; the build
 * lists both changes (old and new wording, date) on their pages and in the changes feed, leaves
 * out a commit marked `Change: typo`, dates the pages from the commits and publishes each day's
 * version as data. Built from a shallow clone, the pages say why they show no history.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element, Nodes, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { load, dump } from 'js-yaml';
import { XMLParser } from 'fast-xml-parser';
import { visit } from 'unist-util-visit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, projectCopy, ROOT, type BuildResult } from '../helpers/project.ts';
import { commit, git, initRepository } from '../helpers/git.ts';

const GOOD = 'tests/fixtures/good-content';
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** Rewrites an entry's frontmatter (parsed and dumped as YAML), keeping its body byte for byte. */
function editFrontmatter(file: string, change: (data: Record<string, unknown>) => void): void {
  const source = readFileSync(file, 'utf8');
  const end = source.indexOf('\n---\n', 4);
  const data = load(source.slice(4, end)) as Record<string, unknown>;
  change(data);
  writeFileSync(file, `---\n${dump(data, { lineWidth: -1 })}---\n${source.slice(end + '\n---\n'.length)}`);
}

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
const textOf = (node: Nodes): string => ('value' in node ? node.value : 'children' in node ? node.children.map((c) => textOf(c as Nodes)).join('') : '');

/** The text of the first element of a built page matching `#id`, `.class` or a tag name. */
function pageText(outDir: string, route: string, selector = 'main'): string {
  const tree: Root = fromHtml(readFileSync(join(outDir, route, 'index.html'), 'utf8'));
  let found: Element | null = null;
  const matches = (el: Element) =>
    selector.startsWith('#')
      ? el.properties.id === selector.slice(1)
      : selector.startsWith('.')
        ? Array.isArray(el.properties.className) && el.properties.className.includes(selector.slice(1))
        : el.tagName === selector;
  visit(tree, 'element', (el: Element) => {
    if (!found && matches(el)) found = el;
  });
  return found ? squash(textOf(found)) : '';
}

describe('the change history, from a repository where an editor rewords a verdict and a fact', () => {
  let dir: string;
  let result: BuildResult;
  let comparison: { id: string; before: string; after: string; dekBefore: string; dekAfter: string };
  let article: { id: string; fact: string; before: string; after: string };

  beforeAll(() => {
    dir = projectCopy(GOOD);
    dirs.push(dir);
    const comparisonId = execFileSync('ls', [join(dir, 'content/comparisons')], { encoding: 'utf8' })
      .split('\n')
      .find((f) => f.endsWith('.mdx'))!
      .slice(0, -4);
    writeFileSync(join(dir, '.gitignore'), 'node_modules\ndist\n.cache\n');
    // The pages go public with the first commit: their history starts there.
    for (const folder of ['articles', 'comparisons']) {
      for (const file of readdirSync(join(dir, 'content', folder)).filter((f) => f.endsWith('.mdx'))) {
        editFrontmatter(join(dir, 'content', folder, file), (d) => {
          d.published = '2026-11-22';
        });
      }
    }
    initRepository(dir, ['.'], '2026-11-22T09:00:00+00:00');

    const comparisonFile = join(dir, 'content/comparisons', `${comparisonId}.mdx`);
    const data = load(readFileSync(comparisonFile, 'utf8').split('\n---\n')[0]!.slice(4)) as {
      articles: string[];
      dek: string;
      verdicts: { dimension: string; finding: string }[];
    };
    const articleId = data.articles[0]!;
    const money = data.verdicts.find((v) => v.dimension === 'money')!;
    comparison = {
      id: comparisonId,
      before: money.finding,
      // Its numbers and dates stay, as a translation of it would have to carry every one of them.
      after: `${money.finding.replace(/\.$/, '')}; reworded in a history test.`,
      dekBefore: data.dek,
      dekAfter: '',
    };
    editFrontmatter(comparisonFile, (d) => {
      (d.verdicts as { dimension: string; finding: string }[]).find((v) => v.dimension === 'money')!.finding = comparison.after;
    });
    const articleFile = join(dir, 'content/articles', `${articleId}.mdx`);
    let institution = { id: '', does: '' };
    // Its numbers and names stay too: the article's translations carry every one of them.
    const reworded = (does: string) => `${does.replace(/\.$/, '')}; reworded in a history test.`;
    editFrontmatter(articleFile, (d) => {
      const first = (d.institutions as { id: string; does: string }[])[0]!;
      institution = { ...first };
      first.does = reworded(first.does);
    });
    article = {
      id: articleId,
      fact: institution.id,
      before: institution.does,
      after: reworded(institution.does),
    };
    commit(dir, ['content'], '2026-12-05T10:00:00+00:00', 'Money verdict and an institution reworded');

    // A typo fix the editor marks as such: on the page, not in its history.
    comparison.dekAfter = `${comparison.dekBefore.replace(/\.$/, '')}; typo fixed.`;
    editFrontmatter(comparisonFile, (d) => {
      d.dek = comparison.dekAfter;
    });
    commit(dir, ['content'], '2026-12-06T10:00:00+00:00', 'Fix a typo in the standfirst\n\nChange: typo');
    result = build(dir);
  }, 180_000);

  it('builds', () => {
    expect(result.status, result.output.slice(-3000)).toBe(0);
  });

  it('the comparison page lists the verdict’s old and new wording with the date; the history page and the feed too', () => {
    const changes = pageText(result.outDir, `compare/${comparison.id}`, '#changes');
    expect(changes).toContain(`was “${comparison.before}”; now “${comparison.after}”`);
    expect(changes).toContain('5 December 2026: Money verdict and an institution reworded');
    expect(pageText(result.outDir, `compare/${comparison.id}/changes`)).toContain(`was “${comparison.before}”; now “${comparison.after}”`);
  });

  it('the article page lists the fact’s old and new wording with the date, linking to the fact', () => {
    const changes = pageText(result.outDir, `articles/${article.id}`, '#changes');
    expect(changes).toContain(`was “${article.before}”; now “${article.after}”`);
    expect(changes).toContain('5 December 2026');
    const html = readFileSync(join(result.outDir, 'articles', article.id, 'index.html'), 'utf8');
    expect(html).toContain(`<a href="#fact-${article.fact}">`);
  });

  it('the changes feed (Atom and JSON) holds both changes, dated by the commit', () => {
    const atom = readFileSync(join(result.outDir, 'changes.xml'), 'utf8');
    const entries = [new XMLParser({ ignoreAttributes: false }).parse(atom).feed.entry].flat() as Record<string, unknown>[];
    const text = entries.map((e) => `${String(e.updated)} ${(e.content as Record<string, string>)['#text']}`).join('\n');
    const escaped = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
    for (const { before, after } of [comparison, article]) {
      expect(text).toContain(`was “${escaped(before)}”`);
      expect(text).toContain(escaped(after));
    }
    expect(entries.filter((e) => String(e.updated).startsWith('2026-12-05T10:00:00')).length).toBe(2);
    const json = JSON.parse(readFileSync(join(result.outDir, 'changes.json'), 'utf8')) as { items: { content_html: string }[] };
    expect(json.items.some((i) => i.content_html.includes(escaped(comparison.after)))).toBe(true);
  });

  it('a commit marked Change: typo is on the page but not in its history', () => {
    expect(pageText(result.outDir, `compare/${comparison.id}`, '.dek')).toBe(comparison.dekAfter);
    expect(pageText(result.outDir, `compare/${comparison.id}/changes`)).not.toContain('typo fixed');
    expect(readFileSync(join(result.outDir, 'changes.xml'), 'utf8')).not.toContain('typo fixed');
  });

  it('dates the pages from the commits, names the commit built, and publishes each day’s version as data', () => {
    const record = pageText(result.outDir, `compare/${comparison.id}`, '.page-record');
    expect(record).toContain('Published 22 November 2026 · Updated 5 December 2026');
    expect(record).not.toContain('as set by the editor');
    const head = git(dir, ['rev-parse', 'HEAD']).trim();
    expect(record).toContain(`commit ${head.slice(0, 12)}, 6 December 2026`);
    for (const day of ['2026-11-22', '2026-12-05', '2026-12-06']) {
      const version = JSON.parse(readFileSync(join(result.outDir, 'data/versions/comparisons', comparison.id, `${day}.json`), 'utf8')) as {
        version: string;
        data: unknown;
      };
      expect(version.version).toBe(day);
    }
    const old = JSON.parse(readFileSync(join(result.outDir, 'data/versions/comparisons', comparison.id, '2026-11-22.json'), 'utf8')) as {
      data: { verdicts: { dimension: string; finding: string }[] };
    };
    expect(old.data.verdicts.find((v) => v.dimension === 'money')!.finding).toBe(comparison.before);
  });

  describe('built from a shallow clone', () => {
    let shallow: string;
    let shallowResult: BuildResult;

    beforeAll(() => {
      shallow = join(dir, '..', `${dir.split('/').pop()}-shallow`);
      dirs.push(shallow);
      execFileSync('git', ['clone', '-q', '--depth', '1', `file://${dir}`, shallow]);
      symlinkSync(join(ROOT, 'node_modules'), join(shallow, 'node_modules'), 'dir');
      shallowResult = build(shallow);
    }, 180_000);

    it('says why the pages show no history, dates them as the editor set them, and still names the commit', () => {
      expect(shallowResult.status, shallowResult.output.slice(-3000)).toBe(0);
      const record = pageText(shallowResult.outDir, `compare/${comparison.id}`, '.page-record');
      expect(record).toContain('shallow clone');
      expect(record).toContain('(dates as set by the editor)');
      expect(record).toContain(`commit ${git(dir, ['rev-parse', 'HEAD']).trim().slice(0, 12)}, 6 December 2026`);
      expect(pageText(shallowResult.outDir, `compare/${comparison.id}`, '#changes')).not.toContain(comparison.before);
      expect(existsSync(join(shallowResult.outDir, 'data/versions/comparisons', comparison.id))).toBe(false);
    });
  });
});
