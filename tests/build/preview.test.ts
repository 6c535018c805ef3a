/**
 * `npm run preview` after a sub-path build serves it as published, without BASE_PATH set again:
 * the preview reads the base path from the build (src/integrations/preview-base.ts).
 */
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, inject, it } from 'vitest';
import { builtBase } from '../../src/integrations/preview-base.ts';
import { buildEnv, ROOT } from '../helpers/project.ts';
import { tempDir } from '../helpers/temp.ts';

const site = inject('builds').site;

describe('the preview', () => {
  it('reads the base path from the home page of a build, and nothing from a folder without one', () => {
    expect(builtBase(pathToFileURL(`${site.distDir}/`))).toBe(site.base);
    const other = tempDir('preview-base');
    expect(builtBase(pathToFileURL(`${other}/`))).toBeUndefined();
    writeFileSync(join(other, 'index.html'), '<link rel="canonical" href="https://news.example.org/">');
    expect(builtBase(pathToFileURL(`${other}/`))).toBe('/');
  });

  it('serves a sub-path build at its base path, styles included, with BASE_PATH unset', async () => {
    const env = { ...buildEnv(), BASE_PATH: undefined, SITE_URL: undefined, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' };
    const child = spawn(join(ROOT, 'node_modules/.bin/astro'), ['preview', '--outDir', site.distDir, '--port', '0'], { cwd: ROOT, env });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    try {
      // Port 0: the system picks a free port, and the preview says which.
      await expect.poll(() => output, { timeout: 30_000, interval: 200 }).toMatch(/Local\s+http:\/\/localhost:\d+\/netflix-initiatives\//);
      const origin = /Local\s+(http:\/\/localhost:\d+)/.exec(output)![1];
      const home = await fetch(`${origin}${site.base}`);
      expect(home.status).toBe(200);
      const css = /href="([^"]+\.css)"/.exec(await home.text())?.[1];
      expect(css).toMatch(new RegExp(`^${site.base}`));
      expect((await fetch(`${origin}${css}`)).status).toBe(200);
      expect((await fetch(`${origin}${site.base}articles/jalisco-lab/`)).status).toBe(200);
    } finally {
      child.kill();
    }
  });
});
