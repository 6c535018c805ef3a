/**
 * The corpus of broken content (tests/fixtures/bad-content/<case>/): each case overlays one fault
 * on a valid fixture tree. The content check must name the file, the field and the reason.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContentAt } from '../../src/build/content-files.ts';
import { applyOverlay, fixtureCopy } from '../helpers/project.ts';
import { tempDir } from '../helpers/temp.ts';

const GOOD = 'tests/fixtures/good-content';
const BAD = 'tests/fixtures/bad-content';

interface Case {
  expect: { file: string; field: string; message: string };
  remove: string[];
}

const cases = readdirSync(BAD).sort();

function contentWith(name: string): string {
  const dir = tempDir('bad-content');
  fixtureCopy(GOOD, dir);
  const spec = JSON.parse(readFileSync(join(BAD, name, 'case.json'), 'utf8')) as Case;
  applyOverlay(dir, join(BAD, name), spec.remove);
  return dir;
}

describe('bad content', () => {
  it('has at least 140 cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(140);
  });

  it('starts from a fixture that is itself valid', () => {
    expect(checkContentAt(fixtureCopy(GOOD)).errors).toEqual([]);
  });

  it.each(cases)('%s: fails naming the file, the field and the reason', (name) => {
    const spec = JSON.parse(readFileSync(join(BAD, name, 'case.json'), 'utf8')) as Case;
    const errors = checkContentAt(contentWith(name)).errors;
    const { file, field, message } = spec.expect;
    const named = errors.filter((e) => e.startsWith(`${file} → ${field}: `));
    expect(named, `errors were:\n${errors.join('\n')}`).not.toEqual([]);
    expect(named.join('\n')).toContain(message);
    // The overlays carry every gloss their report's language needs, so each case fails for its own fault only.
    expect(errors.filter((e) => / → [^:]*\.gloss: /.test(e))).toEqual([]);
  });
});

describe('the early hand-off of valid data (the build starts drawing cards from it)', () => {
  const handedOver = (root: string) => {
    let valid: unknown = null;
    const { errors } = checkContentAt(root, (v) => (valid = v));
    return { errors, valid };
  };

  it('hands over valid data, before and regardless of the body check', () => {
    expect(handedOver(fixtureCopy(GOOD)).valid).not.toBeNull();
    const { errors, valid } = handedOver(contentWith('evidence-not-in-body'));
    expect(valid, 'the bodies are checked after the hand-off').not.toBeNull();
    expect(errors.join('\n')).toContain('evidence');
  });

  it('hands over nothing when a schema or a reference fails', () => {
    expect(handedOver(contentWith('impossible-date')).valid).toBeNull();
    expect(handedOver(contentWith('inferred-date-unknown-source')).valid).toBeNull();
  });
});
