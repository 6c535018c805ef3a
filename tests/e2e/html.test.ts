/**
 * Every HTML file of the sub-path build is valid HTML (html-validate, settings and their
 * justified exceptions in html-validate.config.ts). Runs without a browser.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { HtmlValidate, type Message } from 'html-validate';
import { describe, expect, inject, test } from 'vitest';
import { htmlValidateConfig } from './html-validate.config.ts';
import { distFiles } from './pages.ts';

const distDir = inject('distDir');
const htmlFiles = distFiles(distDir).filter((f) => f.endsWith('.html'));
const validator = new HtmlValidate(htmlValidateConfig);

function describeMessage(file: string, m: Message): string {
  const severity = m.severity === 2 ? 'error' : 'warning';
  return `  ${file}:${m.line}:${m.column} ${severity} ${m.ruleId}: ${m.message}${m.selector ? `\n      at ${m.selector}` : ''}`;
}

describe('HTML is valid (html-validate:recommended)', () => {
  test('the build has HTML pages', () => {
    expect(htmlFiles.length).toBeGreaterThan(0);
  });

  test.concurrent.for(htmlFiles)('%s', async (file, { expect }) => {
    const report = await validator.validateString(readFileSync(path.join(distDir, file), 'utf8'), file);
    const messages = report.results.flatMap((r) => r.messages);
    const warnings = messages.filter((m) => m.severity !== 2);
    if (warnings.length > 0) console.warn(`html-validate warnings:\n${warnings.map((m) => describeMessage(file, m)).join('\n')}`);
    const errors = messages.filter((m) => m.severity === 2);
    expect(errors.length, `html-validate errors:\n${errors.map((m) => describeMessage(file, m)).join('\n')}`).toBe(0);
  });
});

/** Heading levels in document order; a screen reader's outline breaks where one is skipped. */
function skippedHeadings(html: string): string[] {
  let previous = 0;
  const skips: string[] = [];
  for (const match of html.matchAll(/<h([1-6])\b/g)) {
    const level = Number(match[1]);
    if (level > previous + 1) skips.push(`h${previous || '(none)'} → h${level}`);
    previous = level;
  }
  return skips;
}

describe('headings never skip a level (axe files this under best practice, not WCAG)', () => {
  test('the check sees a skip', () => {
    expect(skippedHeadings('<h1>a</h1><h3>b</h3><h2>c</h2>')).toEqual(['h1 → h3']);
  });

  test.for(htmlFiles)('%s', (file) => {
    expect(skippedHeadings(readFileSync(path.join(distDir, file), 'utf8'))).toEqual([]);
  });
});
