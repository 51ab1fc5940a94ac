// The embed snippet: the set comes back out of the page as it went in, and nothing in it can end the
// script element or open a comment.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { parseHTML } from 'linkedom';
import { DEFAULT_SCRIPT_URL, embedSnippet } from '../../src/formats/index.js';
import type { QuestionSet } from '../../src/model/index.js';
import { HOSTILE_SET } from './sets.js';

const demo = JSON.parse(readFileSync(new URL('../../questions/libya-arms.json', import.meta.url), 'utf8')) as QuestionSet;

/** What <article-quiz> reads: the text of its child <script type="application/json">, parsed as HTML. */
function readBack(html: string): { set: unknown; scripts: string[] } {
  const { document } = parseHTML(`<!doctype html><html><body>${html}<p id="after">after</p></body></html>`);
  const el = document.querySelector('article-quiz');
  assert.ok(el, 'an <article-quiz> element');
  const inline = el.querySelector('script[type="application/json"]');
  assert.ok(inline, 'an inline JSON script');
  assert.ok(document.getElementById('after'), 'the page goes on after the snippet');
  return { set: JSON.parse(inline.textContent ?? ''), scripts: [...document.querySelectorAll('script')].map(s => s.getAttribute('src') ?? '(inline)') };
}

describe('embedSnippet', () => {
  it('loads the runtime and gives the set inline', () => {
    const html = embedSnippet(demo);
    assert.ok(html.startsWith(`<script type="module" src="${DEFAULT_SCRIPT_URL}"></script>\n<article-quiz>`));
    const { set, scripts } = readBack(html);
    assert.deepEqual(set, demo);
    assert.deepEqual(scripts, [DEFAULT_SCRIPT_URL, '(inline)']);
  });

  it('round-trips hostile strings, none of which can close the script or open a comment', () => {
    const html = embedSnippet(HOSTILE_SET);
    const json = html.slice(html.indexOf('<script type="application/json">') + 32, html.lastIndexOf('</script>'));
    assert.doesNotMatch(json, /<\/script|<!--|</i);
    assert.deepEqual(JSON.parse(json), HOSTILE_SET);
    assert.deepEqual(readBack(html).set, HOSTILE_SET);
    // The HTML tokenizer ends script data at the first "</script"; there is exactly one per script.
    assert.equal(html.match(/<\/script/gi)?.length, 2);
  });

  it('escapes the script URL as an attribute', () => {
    const html = embedSnippet(demo, { scriptUrl: '/q.js?a=1&b="><img src=x onerror=alert(1)>' });
    const { scripts } = readBack(html);
    assert.deepEqual(scripts, ['/q.js?a=1&b="><img src=x onerror=alert(1)>', '(inline)']);
    assert.ok(!html.includes('<img'));
  });
});
