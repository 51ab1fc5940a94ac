// The committed generated sets must be what the generator makes now from the demo stories.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { generatedSets } from '../../scripts/questions.js';

describe('questions/generated/', () => {
  const sets = generatedSets();
  it('has a set for the demo story', () => assert.ok(sets.has('index.json')));
  for (const [name, text] of sets) {
    it(`questions/generated/${name} is up to date (run npm run questions if not)`, () => {
      assert.equal(readFileSync(new URL(`../../questions/generated/${name}`, import.meta.url), 'utf8'), text);
    });
  }
});
