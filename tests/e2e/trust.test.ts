/**
 * What a reader can check and reuse, over the built site: every article and comparison page
 * carries its verification record (each report text's SHA-256, as /data/verification.json has
 * it), a citation naming the report first, its changes, and one error-report link per fact,
 * verdict and claim check, prefilled; its ClaimReview JSON-LD meets Google's required and
 * recommended properties and rates each claim in the words the page shows beside it; the record's
 * one line travels in card alt text, the RSS feed, the newsletter snippet and the downloads.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Element, Nodes, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { XMLParser } from 'fast-xml-parser';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { claimReviewProblems } from '../unit/helpers/claim-review-rules.ts';
import { buildEnv } from '../helpers/project.ts';
import { canonicalOf, contentRoot, distDir, jsonLdOf, metaTags, siteUrl } from './seo-helpers.ts';
import { sectionOrder } from './pages.ts';

interface TextRecord {
  article: string;
  outlet: string;
  sha256: string;
}
interface PageEntry {
  kind: 'article' | 'comparison';
  id: string;
  url: string;
  record: { line: string; texts: TextRecord[] };
}
const verification = JSON.parse(readFileSync(path.join(distDir, 'data/verification.json'), 'utf8')) as {
  build: { commit: string | null };
  dataset: { line: string };
  pages: PageEntry[];
};
const routeOf = (p: PageEntry) => p.url.slice(siteUrl.length);
const fileOf = (route: string) => path.join(distDir, route, 'index.html');
const html = (route: string) => readFileSync(fileOf(route), 'utf8');

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
const textOf = (node: Nodes): string => ('value' in node ? node.value : 'children' in node ? node.children.map((c) => textOf(c as Nodes)).join('') : '');
const classes = (el: Element) => (Array.isArray(el.properties.className) ? el.properties.className.map(String) : []);
function all(node: Nodes, test: (el: Element) => boolean): Element[] {
  const found: Element[] = [];
  visit(node, 'element', (el: Element) => {
    if (test(el)) found.push(el);
  });
  return found;
}
const byId = (tree: Root, id: string) => all(tree, (el) => el.properties.id === id)[0];

/** Every "Report an error" link under `node`, with what it prefills. */
function reportLinks(node: Nodes): { page: string | null; fact: string | null; href: string }[] {
  return all(node, (el) => el.tagName === 'a' && classes(el).includes('report-error')).map((a) => {
    const href = String(a.properties.href);
    const url = new URL(href);
    return { href, page: url.searchParams.get('page'), fact: url.searchParams.get('fact') };
  });
}

const channel = buildEnv().SITE_REPOSITORY;
const form = `https://github.com/${channel}/issues/new?template=error-report.yml`;
const pages = verification.pages;
const articlePages = pages.filter((p) => p.kind === 'article');
const comparisonPages = pages.filter((p) => p.kind === 'comparison');

describe('verification.json', () => {
  it('has a record for every article and comparison, each naming every report text by its SHA-256', () => {
    expect(articlePages.length).toBeGreaterThan(0);
    expect(comparisonPages.length).toBeGreaterThan(0);
    for (const p of pages) {
      expect(p.record.texts.length).toBe(p.kind === 'article' ? 1 : 2);
      for (const t of p.record.texts) expect(t.sha256).toMatch(/^[0-9a-f]{64}$/);
    }
  });

  it('names the commit built, or says the build was not made from a git checkout', () => {
    const git = existsSync(path.join(contentRoot, '.git')) ? execFileSync('git', ['rev-parse', 'HEAD'], { cwd: contentRoot, encoding: 'utf8' }).trim() : null;
    expect(verification.build.commit).toBe(git);
    for (const p of pages)
      expect(p.record.line).toMatch(
        git ? new RegExp(`; commit ${git.slice(0, 12)}( with uncommitted changes)?, \\d+\u00a0\\w+\u00a0\\d{4}\\.$`) : /; built outside a git repository/,
      );
  });
});

describe.each(pages.map((p) => [routeOf(p), p] as const))('%s', (route, entry) => {
  const source = html(route);
  const tree: Root = fromHtml(source);
  const canonical = canonicalOf(source)!;

  it('shows its record, its citation and its changes, folded, at the end', () => {
    const trust = byId(tree, 'trust')!;
    expect(trust.tagName).toBe('details');
    expect(trust.properties.open).toBeUndefined();
    const record = squash(textOf(byId(tree, 'verification')!));
    expect(record).toContain(squash(entry.record.line));
    for (const t of entry.record.texts) expect(record).toContain(`SHA-256 of the text as stored: ${t.sha256}`);
    expect(byId(tree, 'changes')).toBeDefined();
  });

  it('cites the reports first (each naming its outlet; a translation as one of its outlet’s report), then this page at its canonical address; BibTeX and CSL-JSON to copy without script', () => {
    const cite = byId(tree, 'cite')!;
    const [text, bibtex, csl] = all(cite, (el) => classes(el).includes('cite')).map((el) => textOf(el));
    if (entry.kind === 'comparison') expect(text!.startsWith('(1) ')).toBe(true);
    expect(text).toContain(canonical);
    for (const t of entry.record.texts) {
      expect(text!.indexOf(t.outlet)).toBeGreaterThan(-1);
      expect(text!.indexOf(t.outlet)).toBeLessThan(text!.indexOf(canonical));
    }
    expect(bibtex).toMatch(/^@article\{report-/);
    const items = JSON.parse(csl!) as { 'container-title'?: string; note?: string; URL?: string }[];
    // A report's outlet is its container, or (a translation's publisher being unknown) named in its note.
    items.slice(0, -1).forEach((item, i) => expect(item['container-title'] ?? item.note).toContain(entry.record.texts[i]!.outlet));
    expect(items.at(-1)!.URL).toBe(canonical);
  });

  it('reports an error through the corrections channel, prefilled with the page, from every fact, verdict and claim check', () => {
    const links = reportLinks(byId(tree, 'main')!);
    for (const link of links) {
      expect(link.href.startsWith(`${form}&`)).toBe(true);
      expect(link.page).toBe(canonical);
    }
    if (entry.kind === 'article') {
      const facts = all(tree, (el) => el.tagName === 'li' && classes(el).includes('fact'));
      expect(facts.length).toBeGreaterThan(5);
      for (const fact of facts) expect(reportLinks(fact).map((l) => l.fact)).toEqual([String(fact.properties.id).replace(/^fact-/, '')]);
    } else {
      const verdicts = links.filter((l) => l.fact?.startsWith('verdict-')).map((l) => l.fact);
      expect(verdicts).toEqual(sectionOrder(source).map((d) => `verdict-${d}`));
      const claimIds = links.filter((l) => l.fact?.includes('/')).map((l) => l.fact);
      expect(claimIds.length).toBeGreaterThan(0);
      for (const id of claimIds) expect(id).toMatch(new RegExp(`^(${entry.record.texts.map((t) => t.article).join('|')})/`));
    }
  });

  it('marks up each claim check as a ClaimReview that meets Google’s properties and rates it in the words shown beside the claim', () => {
    const reviews = jsonLdOf(source).filter((ld) => ld['@type'] === 'ClaimReview');
    const articles = entry.record.texts.map((t) => t.article);
    // Every checked claim of the reports the page shows.
    const checked = articles.flatMap((a) => {
      const page = fromHtml(html(`articles/${a}/`));
      const section = all(page, (el) => el.tagName === 'section' && String(el.properties.ariaLabelledBy) === 'facts-claims')[0];
      if (!section) return [];
      return all(section, (el) => el.tagName === 'li' && classes(el).includes('fact'))
        .filter((li) => !all(li, (el) => classes(el).includes('tone-neutral')).some((t) => squash(textOf(t)) === 'no other source'))
        .map((li) => ({ article: a, li }));
    });
    expect(reviews.map((r) => r.url)).toEqual(checked.map((c) => `${siteUrl}articles/${c.article}/#${String(c.li.properties.id)}`));
    for (const review of reviews) {
      const { article, li } = checked.find((c) => review.url === `${siteUrl}articles/${c.article}/#${String(c.li.properties.id)}`)!;
      const report = articlePages.find((p) => p.id === article)!;
      expect(claimReviewProblems(review, { site: siteUrl, reportDate: null }).filter((p) => !p.includes('Claim.datePublished'))).toEqual([]);
      const rating = (review.reviewRating as Record<string, string>).alternateName;
      const tags = all(li, (el) => classes(el).includes('tag')).map((t) => squash(textOf(t)));
      expect(tags).toContain(rating);
      expect(squash(textOf(all(li, (el) => classes(el).includes('fact-title'))[0]!))).toContain(String(review.claimReviewed));
      expect(report).toBeDefined();
      if (entry.kind === 'comparison') {
        // The comparison shows the same claim with the same words.
        const item = all(
          tree,
          (el) => el.tagName === 'li' && reportLinks(el).some((l) => l.fact === `${article}/${String(li.properties.id).slice('fact-'.length)}`),
        )[0]!;
        expect(squash(textOf(item))).toContain(String(review.claimReviewed));
        // In the comparison's rows the rating is the claim's tag, or the label of the row it sits in.
        const fact = `${article}/${String(li.properties.id).slice('fact-'.length)}`;
        const holders = all(tree, (el) => (classes(el).includes('cell') || classes(el).includes('row')) && reportLinks(el).some((l) => l.fact === fact));
        expect(holders.some((h) => squash(textOf(h)).toLowerCase().includes(rating.toLowerCase()))).toBe(true);
      }
    }
  });

  it('carries the record’s line in its card’s alt text', () => {
    expect(metaTags(source).get('og:image:alt')!.endsWith(entry.record.line)).toBe(true);
  });
});

describe('the record travels with the content', () => {
  it('each RSS item ends with its page’s record line', () => {
    const items = [new XMLParser().parse(readFileSync(path.join(distDir, 'rss.xml'), 'utf8')).rss.channel.item].flat() as {
      link: string;
      description: string;
    }[];
    for (const p of pages) expect(items.find((i) => i.link === p.url)!.description.endsWith(p.record.line)).toBe(true);
  });

  it('the newsletter snippet of each comparison carries its line', () => {
    for (const p of comparisonPages) {
      const snippets = all(fromHtml(html(`${routeOf(p)}share/`)), (el) => el.tagName === 'textarea').map((t) => textOf(t));
      expect(snippets.length).toBeGreaterThan(0);
      for (const snippet of snippets) expect(snippet).toContain(p.record.line);
    }
  });

  it('facts.json and the CSV carry the dataset’s line', () => {
    const json = JSON.parse(readFileSync(path.join(distDir, 'data/facts.json'), 'utf8')) as { verification: { line: string } };
    expect(json.verification.line).toBe(verification.dataset.line);
    expect(readFileSync(path.join(distDir, 'data/facts.csv'), 'utf8').split('\r\n')[0]).toBe(`# ${verification.dataset.line}`);
  });
});
