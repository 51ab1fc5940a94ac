/**
 * Moodle GIFT: export a question set as GIFT text, and import GIFT text as a question set. No DOM.
 *
 * What maps to what (docs/formats.md has the full list of what is lost):
 * - choice, one right answer        ↔ `{=right ~wrong ~wrong}`
 * - choice, `multiple: true`        ↔ `{~%50%right ~%50%right ~%-100%wrong}`: each right choice gets
 *   100/k %, each wrong one -100/w % (k right, w wrong), so ticking every box scores nothing
 * - choice with two choices True, False (in that order), one right ↔ `{T}` / `{F}`
 * - fill-in                         ↔ `{=answer =alternative}` put where the blank is
 * - question id ↔ `::name::`; choice feedback ↔ `#`; explanation ↔ `####` (general feedback)
 *
 * What GIFT cannot say (choice ids, points, evidence, matching, scoring, the set's id, title and
 * settings) is kept in comment lines starting `// @article-quiz`, which Moodle ignores and
 * {@link fromGift} reads back, so export then import gives the same set.
 */
import { BLANK_PATTERN, QUESTION_SET_VERSION } from '../model/schema.js';
import type { ChoiceQuestion, FillInQuestion, Problem, Question, QuestionSet, ValidationResult } from '../model/types.js';
import { validateQuestionSet } from '../model/validate.js';

/** The result of {@link fromGift}: a validation result, plus notes on what was left out or ignored. */
export type GiftImportResult = ValidationResult & { notes: Problem[] };

export interface GiftImportOptions {
  /** The set's id when the file does not give one (an `@article-quiz-set` comment); default `gift-import`. */
  id?: string;
  /** The set's title when the file does not give one; default `Imported questions`. */
  title?: string;
}

const SET_META = '// @article-quiz-set ';
const QUESTION_META = '// @article-quiz ';
const SET_FIELDS = ['$schema', 'lang', 'source', 'settings'] as const;
const QUESTION_FIELDS = ['points', 'evidence', 'matching', 'scoring'] as const;
const FORMATS = ['plain', 'html', 'moodle', 'markdown'];

// --- export ----------------------------------------------------------------------------------------

/** The question set as GIFT text, ready for Moodle's question bank import. */
export function toGift(set: QuestionSet): string {
  const n = set.questions.length;
  const head = [
    `// ${oneLine(set.title)} (article-quiz question set, ${n} question${n === 1 ? '' : 's'})`,
    '// Moodle: Question bank > Import > GIFT format. Lines starting "// @article-quiz" keep what GIFT',
    '// cannot say (choice ids, points, evidence); Moodle ignores them.',
    `${SET_META}${metaJson({ id: set.id, title: set.title, ...pick(set, SET_FIELDS) })}`,
  ].join('\n');
  return `${[head, ...set.questions.map(giftQuestion)].join('\n\n')}\n`;
}

function giftQuestion(q: Question): string {
  const meta = pick(q, QUESTION_FIELDS);
  const name = `::${escape(q.id)}::`;
  const blanks = q.prompt.match(BLANK_PATTERN) ?? [];
  const oneBlank = blanks.length === 1 ? blanks[0]! : undefined;
  // Moodle reads a text as HTML unless told otherwise: say [plain] when it matters.
  const texts = [q.prompt, q.explanation ?? '', ...(q.type === 'choice' ? q.choices.flatMap(c => [c.text, c.feedback ?? '']) : q.answers)];
  const plain = texts.some(t => /[<&]/.test(t)) || q.prompt.startsWith('[') ? '[plain]' : '';
  let block: string;
  if (q.type === 'fill-in') {
    block = `{${q.answers.map(a => `=${/^\s*%/.test(a) ? '%100%' : ''}${piece(a)}`).join(' ')}${general(q, ' ')}}`;
  } else if (isTrueFalse(q)) {
    const [t, f] = q.choices as [ChoiceQuestion['choices'][0], ChoiceQuestion['choices'][0]];
    const right = q.correct[0] === t.id ? t : f;
    const wrong = right === t ? f : t;
    const feedback = wrong.feedback || right.feedback ? `#${piece(wrong.feedback ?? '')}${right.feedback ? `#${piece(right.feedback)}` : ''}` : '';
    block = `{${right === t ? 'T' : 'F'}${feedback}${general(q, '')}}`;
  } else {
    block = `{\n${choiceLines(q).join('\n')}${general(q, '\n\t')}\n}`;
  }
  if (q.type === 'choice') {
    const ids = q.choices.map(c => c.id);
    if (ids.join('\n') !== defaultChoiceIds(q.choices.length, isTrueFalse(q)).join('\n')) meta['choices'] = ids;
  }
  let text: string;
  if (oneBlank !== undefined) {
    const at = q.prompt.search(BLANK_PATTERN);
    const before = q.prompt.slice(0, at);
    const after = q.prompt.slice(at + oneBlank.length);
    // Where the importer would put the blank without help; when that is not the prompt, say so.
    if (placeBlank(before, after, q.type === 'fill-in') !== q.prompt) meta['blank'] = oneBlank;
    text = `${plain}${escape(before)}${block}${escape(after)}`;
  } else {
    text = `${plain}${escape(q.prompt)}${block}`;
  }
  const metaLine = Object.keys(meta).length ? `${QUESTION_META}${metaJson(meta)}\n` : '';
  return `${metaLine}${name}${text}`;
}

function choiceLines(q: ChoiceQuestion): string[] {
  const wrong = q.choices.length - q.correct.length;
  return q.choices.map(c => {
    const right = q.correct.includes(c.id);
    let mark: string;
    if (q.multiple) mark = `~%${percent(right ? 100 / q.correct.length : -100 / wrong)}%`;
    else mark = right ? '=' : /^\s*%/.test(c.text) ? '~%0%' : '~';
    return `\t${mark}${piece(c.text)}${c.feedback ? `#${piece(c.feedback)}` : ''}`;
  });
}

const general = (q: Question, sep: string) => (q.explanation ? `${sep}####${piece(q.explanation)}` : '');

/**
 * The prompt from the text around an answer block, as Moodle reads it: a blank where the answers were
 * when text follows them ("missing word"); otherwise the text alone, or for a fill-in the text and a
 * blank after it. `blank` (from an @article-quiz comment) puts that blank exactly where the block was.
 */
function placeBlank(before: string, after: string, fillIn: boolean, blank?: string): string {
  if (blank) return `${before}${blank}${after}`.trim();
  if (after.trim()) return `${before}___${after}`.trim();
  if (!fillIn) return before.trim();
  return before.trim() ? `${before.trim()} ___` : '___';
}

/** A weight as Moodle lists them: 33.33333, 50, -12.5. */
const percent = (n: number) => String(Number(n.toFixed(5)));

/** True/false: exactly the choices True, False in that order, one right. */
function isTrueFalse(q: ChoiceQuestion): boolean {
  return !q.multiple && q.choices.length === 2 && q.choices[0]?.text === 'True' && q.choices[1]?.text === 'False' && q.correct.length === 1;
}

function defaultChoiceIds(n: number, trueFalse: boolean): string[] {
  if (trueFalse) return ['true', 'false'];
  return Array.from({ length: n }, (_, i) => (i < 26 ? String.fromCharCode(97 + i) : `c${i + 1}`));
}

/** GIFT escapes: a backslash before ~ = # { } : and the backslash itself; a line break as \n. */
function escape(s: string): string {
  return s.replace(/\r\n?/g, '\n').replace(/[\\~=#{}:\n]/g, c => (c === '\n' ? '\\n' : `\\${c}`));
}

/** A piece of text Moodle reads a [format] from: one starting with "[" says [plain] first. */
const piece = (s: string) => `${s.startsWith('[') ? '[plain]' : ''}${escape(s)}`;

const oneLine = (s: string) => s.replace(/[\r\n\u2028\u2029]+/g, ' ');

/** JSON on one line, safe in a comment line. */
const metaJson = (o: unknown) => JSON.stringify(o).replace(/[\u2028\u2029\u0085]/g, c => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

/** The fields of `o` named in `keys` that are set. */
function pick(o: object, keys: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of keys) {
    const v = (o as Record<string, unknown>)[k];
    if (v !== undefined) out[k] = v;
  }
  return out;
}

// --- import ----------------------------------------------------------------------------------------

/** One character of a question's text: whether it was escaped, and its line in the file. */
interface Unit {
  c: string;
  esc: boolean;
  line: number;
}

interface Context {
  problems: Problem[];
  notes: Problem[];
}

/**
 * Reads GIFT text as a question set. Never throws: every problem is collected with its line
 * (`line 12: the answer block is never closed`), and the set is validated like any other. Things
 * that are read but left out (a `$CATEGORY`, partial-credit weights, fill-in answer feedback) are
 * listed in `notes`.
 */
export function fromGift(text: string, options: GiftImportOptions = {}): GiftImportResult {
  const ctx: Context = { problems: [], notes: [] };
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  let setMeta: Record<string, unknown> | undefined;
  const questions: Question[] = [];
  const starts: number[] = [];
  const ids = new Set<string>();
  let block: { text: string; line: number }[] = [];
  const flush = () => {
    if (!block.length) return;
    const content: { text: string; line: number }[] = [];
    let meta: Record<string, unknown> | undefined;
    for (const l of block) {
      const t = l.text.trim();
      if (!t.startsWith('//')) content.push(l);
      else if (t.startsWith(SET_META.trim())) setMeta = readMeta(t.slice(SET_META.trim().length), l.line, ctx) ?? setMeta;
      else if (t.startsWith(QUESTION_META.trim())) meta = readMeta(t.slice(QUESTION_META.trim().length), l.line, ctx);
    }
    block = [];
    if (!content.length) return;
    const q = readQuestion(content, meta ?? {}, questions.length, ctx);
    if (!q) return;
    if (ids.has(q.id)) {
      let n = 2;
      while (ids.has(`${q.id}-${n}`)) n++;
      ctx.notes.push({ path: `line ${content[0]!.line}`, message: `the name "${q.id}" is used twice; this question is "${q.id}-${n}"` });
      q.id = `${q.id}-${n}`;
    }
    ids.add(q.id);
    questions.push(q);
    starts.push(content[0]!.line);
  };
  lines.forEach((t, i) => {
    if (t.trim() === '') flush();
    else block.push({ text: t, line: i + 1 });
  });
  flush();

  if (!questions.length && !ctx.problems.length) ctx.problems.push({ path: '', message: 'the file has no questions' });
  if (ctx.problems.length) return { valid: false, problems: ctx.problems, notes: ctx.notes };

  const set: Record<string, unknown> = {
    version: QUESTION_SET_VERSION,
    id: typeof setMeta?.['id'] === 'string' ? setMeta['id'] : (options.id ?? 'gift-import'),
    title: typeof setMeta?.['title'] === 'string' ? setMeta['title'] : (options.title ?? 'Imported questions'),
  };
  for (const k of SET_FIELDS) if (setMeta?.[k] !== undefined) set[k] = setMeta[k];
  set['questions'] = questions;
  const result = validateQuestionSet(set);
  if (result.valid) return { ...result, notes: ctx.notes };
  // Say where in the file each problem is.
  const problems = result.problems.map(p => {
    const i = /^questions\[(\d+)\]/.exec(p.path)?.[1];
    const line = i === undefined ? undefined : starts[Number(i)];
    return line === undefined ? p : { path: `line ${line}, ${p.path}`, message: p.message };
  });
  return { valid: false, problems, notes: ctx.notes };
}

function readMeta(json: string, line: number, ctx: Context): Record<string, unknown> | undefined {
  try {
    const v: unknown = JSON.parse(json);
    if (v && typeof v === 'object' && !Array.isArray(v)) return v as Record<string, unknown>;
  } catch {
    // reported below
  }
  ctx.notes.push({ path: `line ${line}`, message: 'the @article-quiz comment is not a JSON object; it is ignored' });
  return undefined;
}

/** The characters of the lines, with GIFT escapes resolved (\\ \~ \= \# \{ \} \: and \n). */
function lex(lines: { text: string; line: number }[]): Unit[] {
  const units: Unit[] = [];
  lines.forEach(({ text, line }, i) => {
    if (i) units.push({ c: '\n', esc: false, line });
    const chars = [...text];
    for (let k = 0; k < chars.length; k++) {
      const ch = chars[k]!;
      const next = chars[k + 1];
      if (ch === '\\' && next !== undefined && '\\~=#{}:n'.includes(next)) {
        units.push({ c: next === 'n' ? '\n' : next, esc: true, line });
        k++;
      } else units.push({ c: ch, esc: false, line });
    }
  });
  return units;
}

const str = (units: Unit[]) => units.map(u => u.c).join('');
const is = (u: Unit | undefined, c: string) => !!u && !u.esc && u.c === c;
const find = (units: Unit[], c: string, from = 0) => {
  for (let i = from; i < units.length; i++) if (is(units[i], c)) return i;
  return -1;
};
/** Splits at unescaped `sep`, at most `limit` pieces (the last keeps the rest). */
function split(units: Unit[], sep: string, limit = Infinity): Unit[][] {
  const out: Unit[][] = [[]];
  for (const u of units) {
    if (is(u, sep) && out.length < limit) out.push([]);
    else out[out.length - 1]!.push(u);
  }
  return out;
}

/** Text with Moodle's optional leading [format] taken off. */
function clean(units: Unit[], ctx: Context): string {
  return stripFormat(str(units), units[0]?.line ?? 0, ctx);
}

function stripFormat(text: string, line: number, ctx: Context): string {
  const s = text.trim();
  const m = /^\[([a-z]+)\]/.exec(s);
  if (!m || !FORMATS.includes(m[1]!)) return s;
  if (m[1] === 'html' || m[1] === 'markdown') ctx.notes.push({ path: `line ${line}`, message: `[${m[1]}] text is read as plain text` });
  return s.slice(m[0].length).trim();
}

function readQuestion(lines: { text: string; line: number }[], meta: Record<string, unknown>, index: number, ctx: Context): Question | undefined {
  const first = lines[0]!.line;
  const at = (line: number, message: string) => void ctx.problems.push({ path: `line ${line}`, message });
  let units = lex(lines);
  while (units.length && /\s/.test(units[0]!.c)) units.shift();
  if (str(units.slice(0, 10)) === '$CATEGORY:') {
    ctx.notes.push({ path: `line ${first}`, message: 'the $CATEGORY line is ignored (a question set has no categories)' });
    return undefined;
  }
  let id = `q${index + 1}`;
  if (is(units[0], ':') && is(units[1], ':')) {
    let end = 2;
    while (end < units.length - 1 && !(is(units[end], ':') && is(units[end + 1], ':'))) end++;
    if (end >= units.length - 1) end = -1;
    if (end < 0) return at(first, 'the question name is never closed (a name is written ::name::; write \\: for a colon)');
    id = str(units.slice(2, end)).trim();
    if (!id) return at(first, 'the question name between :: and :: is empty');
    units = units.slice(end + 2);
  }
  const open = find(units, '{');
  const close = find(units, '}');
  if (open < 0 && close < 0) return at(first, 'the question has no answer block ({...}); descriptions are not supported');
  if (open < 0 || (close >= 0 && close < open)) return at(units[close]!.line, 'a } with no { before it (write \\} for a brace in the text)');
  if (close < 0) return at(units[open]!.line, 'the answer block is never closed (a } is missing)');
  const nested = find(units, '{', open + 1);
  if (nested >= 0 && nested < close) return at(units[nested]!.line, `a { inside the answer block opened on line ${units[open]!.line} (write \\{ for a brace)`);
  const extra = [find(units, '{', close + 1), find(units, '}', close + 1)].filter(i => i >= 0).sort((a, b) => a - b)[0];
  if (extra !== undefined) return at(units[extra]!.line, 'a second answer block; a question has one (write \\{ and \\} for braces in the text)');

  const before = units.slice(0, open);
  const after = units.slice(close + 1);
  let answer = units.slice(open + 1, close);
  const line = units[open]!.line;
  let explanation: string | undefined;
  for (let i = answer.length - 4; i >= 0; i--) {
    if ([0, 1, 2, 3].every(k => is(answer[i + k], '#'))) {
      explanation = clean(answer.slice(i + 4), ctx) || undefined;
      answer = answer.slice(0, i);
      break;
    }
  }
  const body = str(answer).trim();
  const base = { id, ...pick(meta, QUESTION_FIELDS) };
  const blankHint = typeof meta['blank'] === 'string' && /^_{3,}$/.test(meta['blank']) ? meta['blank'] : undefined;
  const prompt = (fillIn: boolean) => stripFormat(placeBlank(str(before), str(after), fillIn, blankHint), first, ctx);
  const withExplanation = <T extends Question>(q: T): T => (explanation ? { ...q, explanation } : q);

  if (!body) return at(line, 'an empty answer block {} is an essay question, which is not supported');
  if (is(answer.find(u => !/\s/.test(u.c)), '#')) return at(line, 'numerical questions ({#...}) are not supported');
  if (find(answer, '~') >= 0) return withExplanation(readChoice(answer, base, meta, prompt(false), line, ctx));
  if (find(answer, '=') >= 0 && body.includes('->')) return at(line, 'matching questions (=a -> b) are not supported');
  const tf = split(answer, '#', 3);
  const tfAnswer = str(tf[0]!).trim();
  if (['T', 'TRUE', 'F', 'FALSE'].includes(tfAnswer)) {
    const right = tfAnswer.startsWith('T') ? 0 : 1;
    const [wrongFeedback, rightFeedback] = [clean(tf[1] ?? [], ctx), clean(tf[2] ?? [], ctx)];
    const ids = choiceIds(meta, 2, ['true', 'false'], line, ctx);
    const choices = ['True', 'False'].map((t, i) => {
      const feedback = i === right ? rightFeedback : wrongFeedback;
      return { id: ids[i]!, text: t, ...(feedback ? { feedback } : {}) };
    });
    return withExplanation({ ...base, type: 'choice', prompt: prompt(false), choices, correct: [ids[right]!] } as ChoiceQuestion);
  }
  // Short answer: every =answer (and text before the first =) is accepted.
  const answers: string[] = [];
  split(answer, '=').forEach((item, i) => {
    if (i === 0 && !str(item).trim()) return;
    let units = item;
    while (units.length && /\s/.test(units[0]!.c)) units.shift();
    const w = weight(units);
    if (w) units = units.slice(w.length);
    const [textUnits, feedback] = split(units, '#', 2);
    const t = clean(textUnits!, ctx);
    const l = units[0]?.line ?? line;
    if (!t) return void at(l, 'an empty answer (= with nothing after it)');
    if (w && w.value !== 100) {
      ctx.notes.push({ path: `line ${l}`, message: `the answer "${t}" is worth ${w.value}%; a fill-in accepts only fully right answers, so it is left out` });
      return;
    }
    if (feedback && clean(feedback, ctx)) ctx.notes.push({ path: `line ${l}`, message: `the feedback for the answer "${t}" is left out (a fill-in answer has no feedback)` });
    answers.push(t);
  });
  if (!answers.length) return at(line, 'no fully right answer (a fill-in needs at least one =answer worth 100%)');
  const fill: FillInQuestion = { ...base, type: 'fill-in', prompt: prompt(true), answers };
  return withExplanation(fill);
}

/** A weight such as %50% or %-33.33333% at the start, with its length in units. */
function weight(units: Unit[]): { value: number; length: number } | undefined {
  const m = /^%(-?\d+(?:\.\d+)?)%/.exec(str(units.slice(0, 16)));
  return m ? { value: Number(m[1]), length: m[0].length } : undefined;
}

function choiceIds(meta: Record<string, unknown>, n: number, fallback: string[], line: number, ctx: Context): string[] {
  const ids = meta['choices'];
  if (ids === undefined) return fallback;
  if (Array.isArray(ids) && ids.length === n && ids.every(x => typeof x === 'string' && x) && new Set(ids).size === n) return ids as string[];
  ctx.notes.push({ path: `line ${line}`, message: 'the choice ids in the @article-quiz comment do not fit the answers; the choices are named a, b, c, ...' });
  return fallback;
}

function readChoice(answer: Unit[], base: { id: string }, meta: Record<string, unknown>, prompt: string, line: number, ctx: Context): ChoiceQuestion {
  const at = (l: number, message: string) => void ctx.problems.push({ path: `line ${l}`, message });
  // Items start at an unescaped ~ or =.
  const items: { mark: string; units: Unit[] }[] = [];
  let lead: Unit[] = [];
  for (const u of answer) {
    if (is(u, '~') || is(u, '=')) items.push({ mark: u.c, units: [] });
    else (items.length ? items[items.length - 1]!.units : lead).push(u);
  }
  if (str(lead).trim()) at(lead.find(u => !/\s/.test(u.c))!.line, `text before the first ~ or = in the answer block: "${str(lead).trim()}"`);
  const single = items.some(i => i.mark === '=');
  const read = items.map(({ mark, units }) => {
    let rest = units;
    while (rest.length && /\s/.test(rest[0]!.c)) rest.shift();
    const l = rest[0]?.line ?? line;
    let value = mark === '=' ? 100 : 0;
    const w = mark === '~' ? weight(rest) : undefined;
    if (w) {
      if (w.value < -100 || w.value > 100) at(l, `the weight ${w.value}% is not between -100% and 100%`);
      value = w.value;
      rest = rest.slice(w.length);
    }
    const [textUnits, feedbackUnits] = split(rest, '#', 2);
    const text = clean(textUnits!, ctx);
    if (!text) at(l, `an empty answer (${mark} with nothing after it)`);
    const feedback = feedbackUnits ? clean(feedbackUnits, ctx) : '';
    return { text, feedback, value, line: l };
  });
  if (read.length < 2) at(line, 'a multiple-choice question needs at least 2 answers');
  const ids = choiceIds(meta, read.length, defaultChoiceIds(read.length, false), line, ctx);
  const choices = read.map((r, i) => ({ id: ids[i]!, text: r.text, ...(r.feedback ? { feedback: r.feedback } : {}) }));
  let correct: string[];
  if (single) {
    correct = ids.filter((_, i) => read[i]!.value === 100);
    if (correct.length > 1) at(line, 'more than one answer is marked right with = ; for several right answers give weights instead: ~%50%a ~%50%b ~%-100%c');
    for (const r of read) {
      if (r.value !== 100 && r.value !== 0) ctx.notes.push({ path: `line ${r.line}`, message: `the answer "${r.text}" is worth ${r.value}%; it is imported as wrong (a single-answer question has one right answer and no penalties)` });
    }
  } else {
    correct = ids.filter((_, i) => read[i]!.value > 0);
    if (!correct.length) at(line, 'no answer is right: mark it with =, or give the right answers a positive weight such as ~%50%');
  }
  return { ...base, type: 'choice', prompt, choices, correct, ...(single ? {} : { multiple: true }) } as ChoiceQuestion;
}
