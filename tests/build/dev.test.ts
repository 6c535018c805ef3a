/**
 * `astro dev` while an editor works: a content error shows in the browser, naming file and field,
 * on every page, and the server stays up; once the file is fixed, the page renders again.
 */
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { errorPage } from '../../src/integrations/content-guard.ts';
import { buildEnv, projectCopy, ROOT } from '../helpers/project.ts';

describe('astro dev', () => {
  it('answers a page with the content errors, escaped, instead of rendering it', () => {
    const html = errorPage(['content/articles/a.mdx → title: <b>not</b> & that']);
    expect(html).toContain('<title>1 content error</title>');
    expect(html).toContain('<li>content/articles/a.mdx → title: &lt;b&gt;not&lt;/b&gt; &amp; that</li>');
  });

  it('shows a misspelt key in the browser, file → field, stays up, and renders again once it is fixed', async () => {
    const dir = projectCopy('tests/fixtures/good-content');
    const env = {
      ...buildEnv(),
      BASE_PATH: undefined,
      SITE_URL: undefined,
      ASTRO_CACHE_DIR: join(dir, '.cache'),
      ASTRO_TELEMETRY_DISABLED: '1',
      NO_COLOR: '1',
    };
    const child = spawn(join(ROOT, 'node_modules/.bin/astro'), ['dev', '--port', '0'], { cwd: dir, env });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const page = async () => {
      const origin = /Local\s+(http:\/\/localhost:\d+)/.exec(output)![1];
      const res = await fetch(`${origin}/articles/alpha/`, { headers: { accept: 'text/html' } });
      return { status: res.status, html: await res.text() };
    };
    const file = join(dir, 'content/articles/alpha.mdx');
    const source = readFileSync(file, 'utf8');
    try {
      await expect.poll(() => output, { timeout: 60_000, interval: 200 }).toMatch(/Local\s+http:\/\/localhost:\d+/);
      expect((await page()).status).toBe(200);
      writeFileSync(file, source.replace(/^people:/m, 'peple:'));
      await expect.poll(async () => (await page()).html, { timeout: 30_000, interval: 300 }).toContain('content/articles/alpha.mdx → peple: unknown field');
      expect((await page()).status).toBe(500);
      writeFileSync(file, source);
      await expect.poll(async () => (await page()).status, { timeout: 30_000, interval: 300 }).toBe(200);
    } finally {
      child.kill();
    }
  });
});
