// `npm test` itself: a missing browser is named with the package that brings it, never a stack trace.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));

function runTests(env: Record<string, string>) {
  const r = spawnSync(process.execPath, ['scripts/run-tests.mjs'], { cwd: root, env: { ...process.env, ...env }, encoding: 'utf8' });
  return { code: r.status, err: r.stderr, out: r.stdout };
}

describe('npm test', () => {
  it('names the Debian package of each missing browser and stops before running anything', () => {
    const r = runTests({ BROWSERS: 'chromium,firefox,webkit', CHROMIUM_BIN: '/nonexistent/chromium', FIREFOX_BIN: '/nonexistent/firefox', XVFB_BIN: '/nonexistent/Xvfb' });
    assert.equal(r.code, 1);
    assert.equal(
      r.err,
      'npm test: Cannot run the browser tests, a browser is missing:\n' +
        '  Chromium: /nonexistent/chromium not found; install it with: apt-get install chromium\n' +
        '  Firefox: /nonexistent/firefox not found; install it with: apt-get install firefox-esr\n' +
        '  WebKit: /nonexistent/Xvfb not found; install it with: apt-get install xvfb\n' +
        '(or choose other browsers, for example BROWSERS=chromium npm test)\n',
    );
    assert.equal(r.out, '');
  });

  it('rejects an unknown browser name', () => {
    const r = runTests({ BROWSERS: 'safari' });
    assert.equal(r.code, 1);
    assert.equal(r.err, 'npm test: BROWSERS: unknown browser "safari"; use any of chromium, firefox, webkit (or none)\n');
  });
});
