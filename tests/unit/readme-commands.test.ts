/**
 * The README's production build command is one a newcomer can paste: the settings it passes are
 * ones the build accepts (an origin, a base path, a corrections channel that is not a placeholder).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { channelSettings } from '../../src/build/report-links.ts';
import { siteSettings } from '../../src/lib/site-config.ts';
import { channelOrThrow } from '../../src/lib/trust/report-channel.ts';
import { ROOT } from '../helpers/project.ts';

/** The `KEY=value` settings in front of each `npm run build` line of the README's shell blocks. */
function buildCommands(readme: string): Record<string, string>[] {
  const blocks = [...readme.matchAll(/```sh\n([\s\S]*?)```/g)].map((m) => m[1]!);
  return blocks
    .flatMap((block) => block.split('\n'))
    .filter((line) => /(^|\s)npm run build\b/.test(line))
    .map((line) => Object.fromEntries([...line.split('npm run build')[0]!.matchAll(/([A-Z_]+)=(\S+)/g)].map((m) => [m[1]!, m[2]!])));
}

describe("the README's build command", () => {
  const commands = buildCommands(readFileSync(join(ROOT, 'README.md'), 'utf8'));

  it('is there', () => expect(commands.length).toBeGreaterThan(0));

  it.each(commands.map((env) => [Object.keys(env).join(' '), env] as const))('passes settings the production build accepts (%s)', (_, env) => {
    expect(() => siteSettings(env, true)).not.toThrow();
    expect(() => channelOrThrow(channelSettings(ROOT, env))).not.toThrow();
  });

  it('would be refused without a corrections channel, or with a placeholder one', () => {
    // Holds only while content/site.yaml sets no reportError: the command must then carry SITE_REPOSITORY.
    const [env] = commands;
    const { SITE_REPOSITORY: _, ...without } = env!;
    expect(() => channelOrThrow(channelSettings(ROOT, without))).toThrow(/corrections channel/);
    expect(() => channelOrThrow(channelSettings(ROOT, { ...env, SITE_REPOSITORY: 'example/netflix-initiatives' }))).toThrow(/placeholder/);
  });
});
