/**
 * QTI 3.0 export: a content package (a zip) with one `qti-assessment-item` per question, a
 * `qti-assessment-test` that lists them, and `imsmanifest.xml`. No DOM.
 *
 * Layout of the zip:
 *   imsmanifest.xml          the IMS content package manifest (QTI 3 resource types)
 *   assessment-test.xml      the test: one part, one section, every item in order
 *   items/<identifier>.xml   one item per question
 *
 * Scoring follows the engine: a choice with one right answer and 1 point uses the standard
 * match_correct template; a fill-in, a choice worth other points, and a partly-scored multiple
 * choice use map_response (each right choice +points/k, each wrong one -points/k, never below 0,
 * where k is the number of right choices). Fill-in answers match ignoring case unless the set says
 * `caseSensitive`; the other forgiving rules (accents, typos, "six thousand") have no QTI form.
 */
import { strToU8, zipSync } from 'fflate';
import { BLANK_PATTERN } from '../model/schema.js';
import type { ChoiceQuestion, FillInQuestion, Question, QuestionSet } from '../model/types.js';

const ASI = 'http://www.imsglobal.org/xsd/imsqtiasi_v3p0';
const ASI_XSD = 'https://purl.imsglobal.org/spec/qti/v3p0/schema/xsd/imsqti_asiv3p0_v1p0.xsd';
const CP = 'http://www.imsglobal.org/xsd/qti/qtiv3p0/imscp_v1p1';
const CP_XSD = 'https://purl.imsglobal.org/spec/qti/v3p0/schema/xsd/imsqtiv3p0_imscpv1p2_v1p0.xsd';
const XSI = 'http://www.w3.org/2001/XMLSchema-instance';
const TEMPLATES = 'https://purl.imsglobal.org/spec/qti/v3p0/rptemplates/';
const TEST_FILE = 'assessment-test.xml';
/** Zip entries get this date, so the same set always gives the same bytes. */
const ZIP_DATE = new Date(2000, 0, 1);

/** The package as a zip file. */
export function toQtiZip(set: QuestionSet): Uint8Array {
  const files = toQtiFiles(set);
  const entries: Record<string, Uint8Array> = {};
  for (const [name, text] of Object.entries(files)) entries[name] = strToU8(text);
  return zipSync(entries, { level: 6, mtime: ZIP_DATE });
}

/** The package's files by path (what {@link toQtiZip} zips): manifest, test, then the items. */
export function toQtiFiles(set: QuestionSet): Record<string, string> {
  const names = new Identifiers();
  const items = set.questions.map(q => {
    const identifier = names.get(q.id);
    return { identifier, href: `items/${identifier}.xml`, xml: item(q, identifier, set) };
  });
  const testId = names.get(`test-${set.id}`);
  const files: Record<string, string> = {};
  files['imsmanifest.xml'] = manifest(testId, items);
  files[TEST_FILE] = test(set, testId, items);
  for (const i of items) files[i.href] = i.xml;
  return files;
}

// --- identifiers and escaping ----------------------------------------------------------------------

/**
 * Valid, unique XML NCNames (ASCII letters, digits, _ . -; starting with a letter or _) for ids that
 * may be anything. Uniqueness ignores case, since identifiers become file names.
 */
class Identifiers {
  private readonly _used = new Set<string>();
  get(id: string): string {
    let base = id.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[^A-Za-z0-9_.-]+/g, '_').slice(0, 60);
    if (!/^[A-Za-z_]/.test(base)) base = `_${base}`;
    let name = base;
    for (let n = 2; this._used.has(name.toLowerCase()); n++) name = `${base}_${n}`;
    this._used.add(name.toLowerCase());
    return name;
  }
}

/** Characters XML 1.0 cannot carry at all (control characters, lone surrogates) are dropped. */
const INVALID = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Text content: & < > escaped. */
export function xmlText(s: string): string {
  return s.replace(INVALID, '').replace(/[&<>]/g, c => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'));
}

/** An attribute value in double quotes: also " and the white space a parser would fold. */
export function xmlAttr(s: string): string {
  return xmlText(s).replace(/["\t\n\r]/g, c => ({ '"': '&quot;', '\t': '&#9;', '\n': '&#10;', '\r': '&#13;' })[c]!);
}

/** Text with its line breaks as <br/>. */
const lines = (s: string) => xmlText(s.replace(/\r\n?/g, '\n')).replace(/\n/g, '<br/>');

const attrs = (a: Record<string, string | number | boolean | undefined>) =>
  Object.entries(a)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` ${k}="${xmlAttr(String(v))}"`)
    .join('');

const num = (n: number) => String(Math.round(n * 1e6) / 1e6);

// --- items -----------------------------------------------------------------------------------------

function item(q: Question, identifier: string, set: QuestionSet): string {
  const points = q.points ?? 1;
  const title = q.prompt.length > 80 ? `${q.prompt.slice(0, 77)}...` : q.prompt;
  const { declaration, body, processing } = q.type === 'choice' ? choice(q, set, points) : fillIn(q, set, points);
  return `<?xml version="1.0" encoding="UTF-8"?>
<qti-assessment-item${attrs({ xmlns: ASI, 'xmlns:xsi': XSI, 'xsi:schemaLocation': `${ASI} ${ASI_XSD}`, identifier, title, adaptive: false, 'time-dependent': false, 'xml:lang': set.lang })}>
${declaration}
  <qti-outcome-declaration identifier="SCORE" cardinality="single" base-type="float"${attrs({ 'normal-maximum': num(points) })}>
    <qti-default-value><qti-value>0</qti-value></qti-default-value>
  </qti-outcome-declaration>
  <qti-outcome-declaration identifier="MAXSCORE" cardinality="single" base-type="float">
    <qti-default-value><qti-value>${num(points)}</qti-value></qti-default-value>
  </qti-outcome-declaration>
  <qti-item-body>
${body}
  </qti-item-body>
${processing}
</qti-assessment-item>
`;
}

const template = (name: string) => `  <qti-response-processing template="${TEMPLATES}${name}.xml"/>`;

function choice(q: ChoiceQuestion, set: QuestionSet, points: number) {
  const names = new Identifiers();
  const ids = new Map(q.choices.map(c => [c.id, names.get(c.id)]));
  const multiple = q.multiple === true;
  const correct = q.correct.map(c => `<qti-value>${ids.get(c) ?? ''}</qti-value>`).join('');
  const partial = multiple && (q.scoring ?? set.settings?.scoring ?? 'partial') === 'partial';
  let mapping = '';
  let processing = template('match_correct');
  if (partial) {
    const share = points / q.correct.length;
    const entries = q.choices.map(c => `\n      <qti-map-entry map-key="${ids.get(c.id)!}" mapped-value="${num(q.correct.includes(c.id) ? share : -share)}"/>`).join('');
    mapping = `\n    <qti-mapping default-value="0" lower-bound="0" upper-bound="${num(points)}">${entries}\n    </qti-mapping>`;
    processing = template('map_response');
  } else if (points !== 1 && !multiple) {
    mapping = `\n    <qti-mapping default-value="0">\n      <qti-map-entry map-key="${ids.get(q.correct[0]!)!}" mapped-value="${num(points)}"/>\n    </qti-mapping>`;
    processing = template('map_response');
  } else if (points !== 1) {
    // All or nothing, worth other than 1 point: match_correct would give 1.
    processing = `  <qti-response-processing>
    <qti-response-condition>
      <qti-response-if>
        <qti-match><qti-variable identifier="RESPONSE"/><qti-correct identifier="RESPONSE"/></qti-match>
        <qti-set-outcome-value identifier="SCORE"><qti-base-value base-type="float">${num(points)}</qti-base-value></qti-set-outcome-value>
      </qti-response-if>
      <qti-response-else>
        <qti-set-outcome-value identifier="SCORE"><qti-base-value base-type="float">0</qti-base-value></qti-set-outcome-value>
      </qti-response-else>
    </qti-response-condition>
  </qti-response-processing>`;
  }
  const declaration = `  <qti-response-declaration identifier="RESPONSE" cardinality="${multiple ? 'multiple' : 'single'}" base-type="identifier">
    <qti-correct-response>${correct}</qti-correct-response>${mapping}
  </qti-response-declaration>`;
  const trueFalse = q.choices.length === 2 && q.choices.every(c => /^(true|false)$/i.test(c.text));
  const shuffle = set.settings?.shuffle === true && !trueFalse;
  const choices = q.choices.map(c => `      <qti-simple-choice identifier="${ids.get(c.id)!}">${lines(c.text)}</qti-simple-choice>`).join('\n');
  const body = `    <qti-choice-interaction${attrs({ 'response-identifier': 'RESPONSE', shuffle, 'max-choices': multiple ? 0 : 1, 'min-choices': multiple ? 0 : undefined })}>
      <qti-prompt>${lines(q.prompt)}</qti-prompt>
${choices}
    </qti-choice-interaction>`;
  return { declaration, body, processing };
}

function fillIn(q: FillInQuestion, set: QuestionSet, points: number) {
  const caseSensitive = (q.matching?.caseSensitive ?? set.settings?.matching?.caseSensitive) === true;
  const seen = new Set<string>();
  const keys = q.answers.filter(a => {
    const k = caseSensitive ? a : a.toLowerCase();
    return seen.has(k) ? false : (seen.add(k), true);
  });
  const entries = keys.map(a => `\n      <qti-map-entry map-key="${xmlAttr(a)}" mapped-value="${num(points)}" case-sensitive="${caseSensitive}"/>`).join('');
  const declaration = `  <qti-response-declaration identifier="RESPONSE" cardinality="single" base-type="string">
    <qti-correct-response><qti-value>${xmlText(q.answers[0]!)}</qti-value></qti-correct-response>
    <qti-mapping default-value="0">${entries}
    </qti-mapping>
  </qti-response-declaration>`;
  const blank = q.prompt.match(BLANK_PATTERN)?.[0] ?? '___';
  const at = q.prompt.indexOf(blank);
  const longest = Math.max(...q.answers.map(a => a.length));
  const input = `<qti-text-entry-interaction${attrs({ 'response-identifier': 'RESPONSE', 'expected-length': Math.max(longest, 5) })}/>`;
  const text = at < 0 ? `${lines(q.prompt)} ${input}` : `${lines(q.prompt.slice(0, at))}${input}${lines(q.prompt.slice(at + blank.length))}`;
  return { declaration, body: `    <p>${text}</p>`, processing: template('map_response') };
}

// --- test and manifest -----------------------------------------------------------------------------

interface ItemFile {
  identifier: string;
  href: string;
}

function test(set: QuestionSet, identifier: string, items: ItemFile[]): string {
  const exam = set.settings?.mode === 'exam';
  const refs = items.map(i => `      <qti-assessment-item-ref identifier="${i.identifier}" href="${xmlAttr(i.href)}"/>`).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<qti-assessment-test${attrs({ xmlns: ASI, 'xmlns:xsi': XSI, 'xsi:schemaLocation': `${ASI} ${ASI_XSD}`, identifier, title: set.title, 'xml:lang': set.lang })}>
  <qti-outcome-declaration identifier="SCORE" cardinality="single" base-type="float">
    <qti-default-value><qti-value>0</qti-value></qti-default-value>
  </qti-outcome-declaration>
  <qti-outcome-declaration identifier="MAXSCORE" cardinality="single" base-type="float">
    <qti-default-value><qti-value>0</qti-value></qti-default-value>
  </qti-outcome-declaration>
  <qti-test-part identifier="part-1" navigation-mode="nonlinear" submission-mode="${exam ? 'simultaneous' : 'individual'}">
    <qti-assessment-section identifier="section-1"${attrs({ title: set.title })} visible="true">${set.settings?.shuffle ? '\n      <qti-ordering shuffle="true"/>' : ''}
${refs}
    </qti-assessment-section>
  </qti-test-part>
  <qti-outcome-processing>
    <qti-set-outcome-value identifier="SCORE"><qti-sum><qti-test-variables variable-identifier="SCORE"/></qti-sum></qti-set-outcome-value>
    <qti-set-outcome-value identifier="MAXSCORE"><qti-sum><qti-test-variables variable-identifier="MAXSCORE"/></qti-sum></qti-set-outcome-value>
  </qti-outcome-processing>
</qti-assessment-test>
`;
}

function manifest(testId: string, items: ItemFile[]): string {
  const itemResources = items
    .map(i => `    <resource identifier="res-${i.identifier}" type="imsqti_item_xmlv3p0" href="${xmlAttr(i.href)}">\n      <file href="${xmlAttr(i.href)}"/>\n    </resource>`)
    .join('\n');
  const dependencies = items.map(i => `\n      <dependency identifierref="res-${i.identifier}"/>`).join('');
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest${attrs({ xmlns: CP, 'xmlns:xsi': XSI, 'xsi:schemaLocation': `${CP} ${CP_XSD}`, identifier: `manifest-${testId}` })}>
  <metadata>
    <schema>QTI Package</schema>
    <schemaversion>3.0.0</schemaversion>
  </metadata>
  <organizations/>
  <resources>
    <resource identifier="res-${testId}" type="imsqti_test_xmlv3p0" href="${TEST_FILE}">
      <file href="${TEST_FILE}"/>${dependencies}
    </resource>
${itemResources}
  </resources>
</manifest>
`;
}
