// Runs in every test file: its temporary folders go when it ends.
import { appendFileSync, readFileSync } from 'node:fs';
import { afterAll, expect } from 'vitest';
import { removeTempDirs } from './helpers/temp.ts';

afterAll(removeTempDirs);

// TEST_CPU_LOG=<file>: each test file appends the CPU seconds its worker and the child processes
// it waited for (builds, Chromium's main process) used while it ran (docs/build.md, "The tests").
const log = process.env.TEST_CPU_LOG;
if (log) {
  /** utime + stime + cutime + cstime of this process, in seconds (Linux /proc, 100 ticks a second). */
  const cpu = () => {
    const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]!.split(' ');
    return [11, 12, 13, 14].reduce((sum, i) => sum + Number(fields[i]), 0) / 100;
  };
  const start = cpu();
  // The suite is the hook's second argument; vitest requires the first (fixtures) to be destructured.
  // eslint-disable-next-line no-empty-pattern
  afterAll(({}, suite) => appendFileSync(log, `file\t${suite.file.projectName ?? ''}\t${expect.getState().testPath ?? '?'}\t${(cpu() - start).toFixed(2)}\n`));
}
