// The `article-quiz` command, run as a user runs it: the built bin in a child process.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const bin = join(root, 'dist/cli/main.js');
const dir = mkdtempSync(join(tmpdir(), 'aq-cli-'));

function run(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: root, input, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

function file(name: string, text: string): string {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
}

describe('article-quiz validate', () => {
  it('says a valid set is valid and exits 0', () => {
    const r = run(['validate', 'questions/libya-arms.json']);
    assert.equal(r.err, '');
    assert.equal(r.out, 'questions/libya-arms.json: valid, 8 questions\n');
    assert.equal(r.code, 0);
  });

  it('lists every problem of an invalid set with its path and exits 1', () => {
    const p = file('bad.json', JSON.stringify({ version: 1, id: 'x', title: '', questions: [{ id: 'q1', type: 'choice', prompt: 'P', choices: [{ id: 'a', text: 'A' }, { id: 'b', text: 'B' }], correct: ['e'] }] }));
    const r = run(['validate', p]);
    assert.equal(r.out, `${p}: invalid, 2 problems\n  title: must not be empty\n  questions[0].correct[0]: "e" is not one of the choice ids a, b\n`);
    assert.equal(r.code, 1);
  });

  it('reads standard input for -', () => {
    const r = run(['validate', '-'], '{"version": 1,');
    assert.match(r.out, /^\(stdin\): invalid, 1 problem\n {2}not valid JSON: /);
    assert.equal(r.code, 1);
  });

  it('checks several files and fails if any fails; a missing file is named on stderr', () => {
    const r = run(['validate', 'questions/libya-arms.json', join(dir, 'missing.json')]);
    assert.equal(r.out, 'questions/libya-arms.json: valid, 8 questions\n');
    assert.equal(r.err, `article-quiz: cannot read ${join(dir, 'missing.json')}: no such file\n`);
    assert.equal(r.code, 1);
  });

  it('prints JSON with --json', () => {
    const r = run(['validate', '--json', 'questions/libya-arms.json']);
    assert.deepEqual(JSON.parse(r.out), [{ file: 'questions/libya-arms.json', valid: true, problems: [] }]);
  });
});

describe('article-quiz usage', () => {
  it('prints help with --help and exits 0', () => {
    const r = run(['--help']);
    assert.match(r.out, /^Usage: article-quiz <command>/);
    assert.equal(r.code, 0);
  });

  it('prints the package version', () => {
    const r = run(['--version']);
    assert.match(r.out, /^\d+\.\d+\.\d+\n$/);
  });

  for (const [args, message] of [
    [[], 'no command given'],
    [['frob'], 'unknown command "frob"'],
    [['validate'], 'validate needs at least one file (or - for standard input)'],
    [['validate', '--strict', 'x.json'], 'unknown option --strict'],
  ] as const) {
    it(`exits 2 with a clear message: ${message}`, () => {
      const r = run([...args]);
      assert.equal(r.err, `article-quiz: ${message}\nRun article-quiz --help for usage.\n`);
      assert.equal(r.out, '');
      assert.equal(r.code, 2);
    });
  }
});
