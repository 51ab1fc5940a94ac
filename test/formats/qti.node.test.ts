// QTI 3.0 export: the zip holds what toQtiFiles says; every file is well-formed XML (checked by a
// real parser); the elements and attributes QTI 3 requires are there; identifiers are valid and
// unique; hostile strings come out as the same text, escaped.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { strFromU8, unzipSync } from 'fflate';
import { toQtiFiles, toQtiZip } from '../../src/formats/index.js';
import type { Question, QuestionSet } from '../../src/model/index.js';
import { HOSTILE, HOSTILE_SET } from './sets.js';

const ASI = 'http://www.imsglobal.org/xsd/imsqtiasi_v3p0';
const demo = JSON.parse(readFileSync(new URL('../../questions/libya-arms.json', import.meta.url), 'utf8')) as QuestionSet;

// --- a small element tree from fast-xml-parser's ordered output --------------------------------------

interface El {
  name: string;
  attrs: Record<string, string>;
  children: (El | string)[];
}

const parser = new XMLParser({ preserveOrder: true, ignoreAttributes: false, attributeNamePrefix: '', trimValues: false, parseTagValue: false, parseAttributeValue: false, processEntities: true, htmlEntities: true, ignoreDeclaration: true });

function toEl(node: Record<string, unknown>): El | string {
  if ('#text' in node) return String(node['#text']);
  const name = Object.keys(node).find(k => k !== ':@')!;
  const attrs = (node[':@'] ?? {}) as Record<string, string>;
  return { name, attrs, children: (node[name] as Record<string, unknown>[]).map(toEl) };
}

/** Parses one document after checking it is well-formed; returns its root element. */
function parse(xml: string, file: string): El {
  const valid = XMLValidator.validate(xml);
  assert.equal(valid, true, `${file} is not well-formed: ${JSON.stringify(valid)}`);
  // Stricter than the validator: only the five XML entities and character references; no raw
  // control characters; no < inside an attribute value.
  for (const m of xml.matchAll(/&([^;\s]*);?/g)) assert.match(m[0], /^&(amp|lt|gt|quot|apos|#\d+|#x[\da-f]+);$/i, `${file}: bad entity ${m[0]}`);
  assert.doesNotMatch(xml, /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/, `${file}: control character`);
  for (const m of xml.matchAll(/="([^"]*)"/g)) assert.ok(!m[1]!.includes('<'), `${file}: < in an attribute`);
  const roots = (parser.parse(xml) as Record<string, unknown>[]).map(toEl).filter((n): n is El => typeof n !== 'string');
  assert.equal(roots.length, 1, `${file}: one root element`);
  return roots[0]!;
}

const all = (el: El, name: string): El[] => el.children.flatMap(c => (typeof c === 'string' ? [] : [...(c.name === name ? [c] : []), ...all(c, name)]));
const one = (el: El, name: string): El => {
  const found = all(el, name);
  assert.equal(found.length, 1, `one <${name}> in <${el.name}>`);
  return found[0]!;
};
/** Text content, with <br/> as a line break. */
const text = (el: El | string): string => (typeof el === 'string' ? el : el.name === 'br' ? '\n' : el.children.map(text).join(''));

const NCNAME = /^[A-Za-z_][A-Za-z0-9_.-]*$/;

function checkPackage(set: QuestionSet): Record<string, El> {
  const files = toQtiFiles(set);
  const docs = Object.fromEntries(Object.entries(files).map(([name, xml]) => [name, parse(xml, name)]));

  // The manifest: QTI 3 content package, a test resource depending on one item resource per question.
  const manifest = docs['imsmanifest.xml']!;
  assert.equal(manifest.name, 'manifest');
  assert.equal(manifest.attrs['xmlns'], 'http://www.imsglobal.org/xsd/qti/qtiv3p0/imscp_v1p1');
  const resources = all(manifest, 'resource');
  const tests = resources.filter(r => r.attrs['type'] === 'imsqti_test_xmlv3p0');
  const items = resources.filter(r => r.attrs['type'] === 'imsqti_item_xmlv3p0');
  assert.equal(tests.length, 1);
  assert.equal(items.length, set.questions.length);
  const resourceIds = resources.map(r => r.attrs['identifier']!);
  assert.equal(new Set(resourceIds).size, resourceIds.length);
  for (const id of resourceIds) assert.match(id, NCNAME);
  for (const r of resources) {
    assert.ok(r.attrs['href']! in files, `${r.attrs['href']} is in the package`);
    assert.equal(one(r, 'file').attrs['href'], r.attrs['href']);
  }
  assert.deepEqual(all(tests[0]!, 'dependency').map(d => d.attrs['identifierref']), items.map(i => i.attrs['identifier']));

  // The test: QTI 3 namespace, every item referenced in order, by the item's identifier.
  const test = docs[tests[0]!.attrs['href']!]!;
  assert.equal(test.name, 'qti-assessment-test');
  assert.equal(test.attrs['xmlns'], ASI);
  assert.match(test.attrs['identifier']!, NCNAME);
  assert.equal(test.attrs['title'], set.title);
  const part = one(test, 'qti-test-part');
  assert.ok(part.attrs['navigation-mode'] && part.attrs['submission-mode']);
  const section = one(part, 'qti-assessment-section');
  assert.ok(section.attrs['identifier'] && section.attrs['title'] !== undefined && section.attrs['visible']);
  const refs = all(section, 'qti-assessment-item-ref');
  assert.deepEqual(refs.map(r => r.attrs['href']), items.map(i => i.attrs['href']));

  // Each item.
  const itemIds = new Set<string>();
  set.questions.forEach((q, i) => {
    const item = docs[refs[i]!.attrs['href']!]!;
    assert.equal(item.name, 'qti-assessment-item');
    assert.equal(item.attrs['xmlns'], ASI);
    const id = item.attrs['identifier']!;
    assert.match(id, NCNAME);
    assert.ok(!itemIds.has(id.toLowerCase()), `item identifiers are unique: ${id}`);
    itemIds.add(id.toLowerCase());
    assert.equal(refs[i]!.attrs['identifier'], id);
    assert.ok(item.attrs['title'], 'items have a title');
    assert.equal(item.attrs['adaptive'], 'false');
    assert.equal(item.attrs['time-dependent'], 'false');
    const response = one(item, 'qti-response-declaration');
    assert.equal(response.attrs['identifier'], 'RESPONSE');
    const score = all(item, 'qti-outcome-declaration').find(o => o.attrs['identifier'] === 'SCORE');
    assert.ok(score, 'a SCORE outcome');
    assert.equal(score.attrs['cardinality'], 'single');
    assert.equal(score.attrs['base-type'], 'float');
    const processing = one(item, 'qti-response-processing');
    const names = item.children.filter((c): c is El => typeof c !== 'string').map(c => c.name);
    assert.ok(names.indexOf('qti-item-body') > names.lastIndexOf('qti-outcome-declaration'), 'declarations come before the body');
    assert.ok(names.indexOf('qti-response-processing') > names.indexOf('qti-item-body'), 'processing comes after the body');
    checkItem(q, item, response, processing, set);
  });
  return docs;
}

function checkItem(q: Question, item: El, response: El, processing: El, set: QuestionSet) {
  const templates = 'https://purl.imsglobal.org/spec/qti/v3p0/rptemplates/';
  if (q.type === 'choice') {
    const interaction = one(item, 'qti-choice-interaction');
    assert.equal(interaction.attrs['response-identifier'], 'RESPONSE');
    assert.equal(interaction.attrs['max-choices'], q.multiple ? '0' : '1');
    assert.equal(response.attrs['cardinality'], q.multiple ? 'multiple' : 'single');
    assert.equal(response.attrs['base-type'], 'identifier');
    assert.equal(text(one(interaction, 'qti-prompt')), q.prompt);
    const choices = all(interaction, 'qti-simple-choice');
    assert.deepEqual(choices.map(text), q.choices.map(c => c.text));
    const ids = choices.map(c => c.attrs['identifier']!);
    for (const id of ids) assert.match(id, NCNAME);
    assert.equal(new Set(ids).size, ids.length);
    const correct = all(one(response, 'qti-correct-response'), 'qti-value').map(text);
    assert.deepEqual(correct, q.correct.map(c => ids[q.choices.findIndex(ch => ch.id === c)]));
    const partial = q.multiple && (q.scoring ?? set.settings?.scoring ?? 'partial') === 'partial';
    if (partial) {
      assert.equal(processing.attrs['template'], `${templates}map_response.xml`);
      const entries = all(response, 'qti-map-entry');
      const k = q.correct.length;
      assert.deepEqual(
        entries.map(e => Number(e.attrs['mapped-value'])),
        q.choices.map(c => Math.round(((q.correct.includes(c.id) ? 1 : -1) * (q.points ?? 1) * 1e6) / k) / 1e6),
      );
      assert.equal(one(response, 'qti-mapping').attrs['lower-bound'], '0');
    } else if ((q.points ?? 1) === 1) {
      assert.equal(processing.attrs['template'], `${templates}match_correct.xml`);
    }
  } else {
    assert.equal(response.attrs['cardinality'], 'single');
    assert.equal(response.attrs['base-type'], 'string');
    assert.equal(processing.attrs['template'], `${templates}map_response.xml`);
    assert.equal(text(one(one(response, 'qti-correct-response'), 'qti-value')), q.answers[0]);
    const entries = all(one(response, 'qti-mapping'), 'qti-map-entry');
    const caseSensitive = (q.matching?.caseSensitive ?? set.settings?.matching?.caseSensitive) === true;
    for (const e of entries) {
      assert.equal(e.attrs['case-sensitive'], String(caseSensitive));
      assert.equal(Number(e.attrs['mapped-value']), q.points ?? 1);
    }
    assert.deepEqual(new Set(entries.map(e => e.attrs['map-key'])), new Set(q.answers));
    // The text entry sits in the prompt where the blank was.
    const body = one(item, 'qti-item-body');
    const p = one(body, 'p');
    const at = p.children.findIndex(c => typeof c !== 'string' && c.name === 'qti-text-entry-interaction');
    assert.ok(at >= 0, 'a text entry inside the paragraph');
    assert.equal((p.children[at] as El).attrs['response-identifier'], 'RESPONSE');
    const before = p.children.slice(0, at).map(text).join('');
    const after = p.children.slice(at + 1).map(text).join('');
    assert.equal(`${before}___${after}`, q.prompt.replace(/_{3,}/, '___'));
  }
}

describe('toQtiFiles', () => {
  it('writes a well-formed QTI 3 package for the demo set', () => {
    const docs = checkPackage(demo);
    assert.deepEqual(Object.keys(docs), ['imsmanifest.xml', 'assessment-test.xml', ...demo.questions.map(q => `items/${q.id}.xml`)]);
  });

  it('writes a well-formed package for every kind of question with hostile strings, which come out as the same text', () => {
    checkPackage(HOSTILE_SET);
    const files = toQtiFiles(HOSTILE_SET);
    const joined = Object.values(files).join('\n');
    assert.ok(!joined.includes('<script'), 'no <script> element');
    assert.ok(!joined.includes('<!--'), 'no comment opened by a string');
    assert.ok(joined.includes('&lt;script&gt;alert("x")&lt;/script&gt;'));
    assert.ok(joined.includes('&amp;amp;'), '& is escaped, even before amp;');
    assert.ok(joined.includes(HOSTILE.rtl), 'right-to-left text is kept');
  });

  it('maps ids to valid, unique identifiers', () => {
    const q = (id: string): Question => ({ id, type: 'fill-in', prompt: 'A ___', answers: ['x'] });
    const set: QuestionSet = { version: 1, id: '9', title: 'T', questions: ['1abc', 'a b', 'a_b', 'Q1', 'q1', 'é', '-', '.x'].map(q) };
    checkPackage(set);
    const refs = [...toQtiFiles(set)['assessment-test.xml']!.matchAll(/item-ref identifier="([^"]+)"/g)].map(m => m[1]);
    assert.deepEqual(refs, ['_1abc', 'a_b', 'a_b_2', 'Q1', 'q1_2', 'e', '_-', '_.x']);
  });

  it('drops characters XML cannot carry', () => {
    const set: QuestionSet = { version: 1, id: 's', title: 'T\u0001', questions: [{ id: 'q', type: 'fill-in', prompt: 'A\u0007 ___ \uD800', answers: ['x\u001F'] }] };
    const files = toQtiFiles(set);
    for (const [name, xml] of Object.entries(files)) parse(xml, name);
    assert.match(files['items/q.xml']!, /map-key="x"/);
  });

  it('scores points, partial credit and all-or-nothing like the engine', () => {
    const files = toQtiFiles(HOSTILE_SET);
    const multi = files['items/multi.xml']!;
    assert.match(multi, /<qti-mapping default-value="0" lower-bound="0" upper-bound="3">/);
    assert.match(multi, /map-key="a" mapped-value="1"/);
    assert.match(multi, /map-key="d" mapped-value="-1"/);
    // All or nothing, 2 points: the correct response gives 2, anything else 0.
    const aon = files['items/all-or-nothing.xml']!;
    assert.match(aon, /<qti-match><qti-variable identifier="RESPONSE"\/><qti-correct identifier="RESPONSE"\/><\/qti-match>/);
    assert.match(aon, /<qti-base-value base-type="float">2<\/qti-base-value>/);
    // Fill-in: case-sensitive when the question says so; 2 points per accepted answer.
    assert.match(files['items/fill.xml']!, /mapped-value="2" case-sensitive="true"/);
    assert.match(files['items/fill-end.xml']!, /case-sensitive="false"/);
  });
});

describe('toQtiZip', () => {
  it('zips exactly the files of toQtiFiles, the same bytes every time', () => {
    const zip = toQtiZip(HOSTILE_SET);
    assert.deepEqual([...zip.slice(0, 4)], [0x50, 0x4b, 0x03, 0x04], 'a zip file');
    const entries = unzipSync(zip);
    const files = toQtiFiles(HOSTILE_SET);
    assert.deepEqual(Object.keys(entries), Object.keys(files));
    for (const [name, bytes] of Object.entries(entries)) assert.equal(strFromU8(bytes), files[name]);
    assert.deepEqual(toQtiZip(HOSTILE_SET), zip);
  });
});
