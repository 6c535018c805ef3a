/** Git repositories for tests that read history: commits with fixed dates, so results never depend on the clock. */
import { execFileSync } from 'node:child_process';

/** Runs git in `dir` as a fixed test author; `date` (ISO 8601) dates the commit. */
export function git(dir: string, args: string[], date = '2026-12-01T10:00:00+00:00'): string {
  return execFileSync('git', args, {
    cwd: dir,
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 'Test Editor',
      GIT_AUTHOR_EMAIL: 'editor@newsroom.org',
      GIT_COMMITTER_NAME: 'Test Editor',
      GIT_COMMITTER_EMAIL: 'editor@newsroom.org',
      GIT_AUTHOR_DATE: date,
      GIT_COMMITTER_DATE: date,
      GIT_CONFIG_NOSYSTEM: '1',
      GIT_CONFIG_GLOBAL: '/dev/null',
    },
  });
}

/** A new repository in `dir` (branch main), with everything under `paths` committed at `date`. */
export function initRepository(dir: string, paths: string[], date: string, message = 'Publish'): void {
  git(dir, ['init', '-q', '-b', 'main']);
  git(dir, ['add', '--', ...paths]);
  git(dir, ['commit', '-q', '-m', message], date);
}

/** Commits everything under `paths` at `date` with `message` (trailers in its last paragraph). */
export function commit(dir: string, paths: string[], date: string, message: string): void {
  git(dir, ['add', '--', ...paths]);
  git(dir, ['commit', '-q', '-m', message], date);
}
