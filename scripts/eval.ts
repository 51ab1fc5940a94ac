/**
 * npm run eval [folder] [-- --json]
 *
 * Evaluates the question generator on a folder of articles (by default ../shared/corpus beside the
 * project). For every `.txt` file in the folder it generates a quiz (seed "1"; count 10, or 8 per 500
 * words for a longer article, the goal the generator is measured against) and runs six
 * automatic checks on every question, each a small pure function below:
 *
 *   1 key    the key (correct choice or first answer) is in the evidence sentence, and the evidence
 *            is the article's text at its offsets
 *   2 prmt   the key is not given away elsewhere in the prompt
 *   3 dist   the options are distinct
 *   4 form   the distractors are of the key's type and form
 *   5 evid   the evidence sentence is found and is not page furniture
 *   6 alone  the sentence as asked stands alone (no leading pronoun)
 *
 * It prints one row per article (questions, kinds, words, time, the share of questions passing each
 * check), a TOTAL row, and every failing question with what failed, for an editor to look at. An
 * article the generator gives nothing for is reported with the generator's message, not a crash.
 *
 * Exit code: 0 when every check passes on every question of every article, 1 when a check fails or
 * an article gives no quiz (or no folder was given and the default corpus is missing), 2 on a usage
 * error (unknown option, a folder that does not exist or holds no .txt file).
 *
 * These checks are the automatic part of the rubric in DESIGN.md ("Generating questions"); whether a
 * distractor is also true, or a question is important, still needs a person.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { withoutSuffix } from '../src/generate/analyse.js';
import { generateQuestionSet, GenerateError } from '../src/generate/index.js';
import type { Question } from '../src/model/index.js';

const COUNT = 10;
/** Questions asked for per 500 words of an article: the goal for how many it should give. */
const PER_500 = 8;
/** How many questions are asked for: COUNT, or PER_500 per 500 words when that is more. */
const countFor = (article: string) => Math.max(COUNT, Math.ceil((words(article) / 500) * PER_500));
const SEED = '1';
const ROOT = fileURLToPath(new URL('../', import.meta.url));
const DEFAULT_FOLDER = resolve(ROOT, '../shared/corpus');

const USAGE = `usage: npm run eval [folder] [-- --json]
  folder   the articles, one .txt file each (default: ../shared/corpus beside the project)
  --json   print the results per article as JSON instead of the table
  -h, --help`;

// ---------------------------------------------------------------------------------------------
// What a question is, seen from the checks

/** What a check says about one question: it passes, it fails (and why), or it does not apply. */
export type Verdict = 'pass' | 'n/a' | { fail: string };

export type Check = (q: Question, article: string) => Verdict;

/** A true/false question: a choice question whose two choices are True and False. */
export function isTrueFalse(q: Question): boolean {
  if (q.type !== 'choice' || q.choices.length !== 2) return false;
  const texts = q.choices.map(c => c.text.trim().toLowerCase()).sort();
  return texts[0] === 'false' && texts[1] === 'true';
}

/** A "Who said ...?" question: a choice question asking for the speaker of a quotation. */
export function isWhoSaid(q: Question): boolean {
  return q.type === 'choice' && /^Who (?:said|called)\b/i.test(q.prompt);
}

/** The key: the text of the (first) correct choice, or the first accepted answer of a fill-in. */
export function keyOf(q: Question): string {
  if (q.type === 'fill-in') return q.answers[0] ?? '';
  return q.choices.find(c => c.id === q.correct[0])?.text ?? '';
}

/** The wrong choices of a choice question; none for a fill-in. */
function distractorsOf(q: Question): string[] {
  return q.type === 'choice' ? q.choices.filter(c => !q.correct.includes(c.id)).map(c => c.text) : [];
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const quote = (s: string) => `"${s.length > 40 ? `${s.slice(0, 39)}…` : s}"`;

/**
 * Whether `asked` is `evidence` as the generator mends a sentence: the same words in the same order,
 * its punctuation aside ("Santa Clara, California, in", "all-London", "the Turpins’"), at most five
 * words left out (a time told from the story's day, "yesterday", "on Sunday"; a conversion in brackets),
 * first names put in before a surname ("Maria Haddad said" for "Haddad said"), a thing named ("Super
 * Bowl 50, played at …" for "The game, played at …", "KELT-9b's" for "the planet's"), initials spelled
 * out ("Khyber Pakhtunkhwa" for "KP"), and a clause of its own after a comma left out (", and the
 * Senate size is to be decreased …"). A word swapped for another, as in a false statement, is no mend.
 */
export function mendedFrom(evidence: string, asked: string): boolean {
  // The sentence, or the sentence as an editor trims it: without what follows a comma (a clause of its
  // own, a comparison tacked on, the laws a complaint cites), without an aside between two commas
  // ("Super Bowl 50, played at …, in front of …, marked …"), or without a clause before one that takes
  // its subject up again by a pronoun ("KELT-9 is …, but it is about 300 million years old").
  const commas = [...evidence.matchAll(/,/g)].map(m => m.index!);
  const whole = [
    evidence,
    ...commas.map(i => `${evidence.slice(0, i)}.`),
    ...commas.flatMap((i, n) => commas.slice(n + 1).map(j => `${evidence.slice(0, i)}${evidence.slice(j)}`)),
  ];
  const verb = /\s(?:is|was|are|were|has|had|have)\s/.exec(evidence);
  const again = /,\s+(?:but|and|yet|while)\s+(?:it|he|she|they)\s+/.exec(evidence);
  if (verb && again && verb.index < again.index) whole.push(`${evidence.slice(0, verb.index)} ${evidence.slice(again.index + again[0].length)}`);
  // In each, a thing named ("The game" by the game the lead names, "Super Bowl 50, played at …"; "the
  // planet's" by the planet's name, "KELT-9b's"; "The star" as "The star KELT-9") and initials spelled out ("KP" as "Khyber Pakhtunkhwa"),
  // one of each at most.
  const names = [...asked.matchAll(/(?<![\p{L}\p{N}])\p{Lu}[\p{L}\p{N}.-]*(?:\s+(?:\p{Lu}[\p{L}\p{N}.-]*|\d+))*(?=['’,.\s])/gu)].map(m => m[0]);
  const initials = (name: string) => name.split(/\s+/).map(w => w[0]).join('');
  const named = (v: string) => [
    v,
    // (And a pronoun named: "One of her signature songs" as "One of Aretha Franklin’s signature songs".)
    ...[...v.matchAll(/\b(?:[Hh]e|[Ss]he|[Hh]is|[Hh]er|It)\b/g)].flatMap(t => names.map(n => `${v.slice(0, t.index)}${/^[Hh](?:is|er)$/.test(t[0]) ? `${n}’s` : n}${v.slice(t.index! + t[0].length)}`)),
    ...[...v.matchAll(/\b[Tt]he \p{Ll}+(?=['’,.\s])/gu)].flatMap(t => names.flatMap(n => [`${v.slice(0, t.index)}${n}${v.slice(t.index! + t[0].length)}`, ...(/^\s+[\p{Lu}\d]/u.test(v.slice(t.index! + t[0].length)) ? [] : [`${v.slice(0, t.index! + t[0].length)} ${n}${v.slice(t.index! + t[0].length)}`])])),
  ];
  const spelled = (v: string) => [
    v,
    ...[...v.matchAll(/(?<![\p{L}])\p{Lu}{2,6}(?![\p{L}])/gu)].flatMap(t => names.filter(n => n.includes(' ') && initials(n) === t[0]).map(n => `${v.slice(0, t.index)}${n}${v.slice(t.index! + t[0].length)}`)),
  ];
  return whole.flatMap(named).flatMap(spelled).some(v => sameWords(v, asked));
}

function sameWords(evidence: string, asked: string): boolean {
  const words = (s: string) => s.replace(/['’]/g, '').split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const [from, to] = [words(evidence), words(asked)];
  const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();
  // The longest common run of words, by the usual table, walked back to mark the words kept.
  const table = Array.from({ length: from.length + 1 }, () => new Array<number>(to.length + 1).fill(0));
  for (let i = from.length - 1; i >= 0; i--)
    for (let j = to.length - 1; j >= 0; j--) table[i]![j] = same(from[i]!, to[j]!) ? table[i + 1]![j + 1]! + 1 : Math.max(table[i + 1]![j]!, table[i]![j + 1]!);
  const kept = new Array<boolean>(to.length).fill(false);
  for (let i = 0, j = 0; i < from.length && j < to.length; ) {
    if (same(from[i]!, to[j]!)) (kept[j] = true), i++, j++;
    else if (table[i + 1]![j]! >= table[i]![j + 1]!) i++;
    else j++;
  }
  if (from.length - kept.filter(Boolean).length > 5) return false;
  // (Each word put in is part of a name, before a word of the sentence that is one.)
  return to.every((w, j) => {
    if (kept[j]) return true;
    let next = j + 1;
    while (next < to.length && !kept[next]) next++;
    return /^\p{Lu}/u.test(w) && next < to.length && /^\p{Lu}/u.test(to[next]!);
  });
}

/**
 * Whether `asked` is `evidence` with one pronoun ("She", "his", "It") replaced by a name: the generator
 * names the person a one-person story is about, and the thing "It" opening a sentence stands for.
 */
function namedPronoun(evidence: string, asked: string): boolean {
  let i = 0;
  while (i < evidence.length && evidence[i] === asked[i]) i++;
  let j = 0;
  while (j < evidence.length - i && evidence[evidence.length - 1 - j] === asked[asked.length - 1 - j]) j++;
  const gone = evidence.slice(i, evidence.length - j);
  const put = asked.slice(i, asked.length - j);
  return /^(?:[Hh]e|[Ss]he|[Hh]is|[Hh]er|It)$/.test(gone) && /^\p{Lu}/u.test(put);
}

/**
 * "In the article, who is Josh Earnest?" and "… what is KELT-9?": choice questions whose options are the
 * article's descriptions (roles, kinds of thing), not names.
 */
export function isWhoIs(q: Question): boolean {
  return q.type === 'choice' && /^In the article, (?:who|what) is\b/.test(q.prompt);
}

/** The statement of a true/false question, without its "True or false:" lead-in. */
const statementOf = (q: Question) => squash(q.prompt.replace(/^\s*True or false\s*[:?-]?\s*/i, ''));

/** Whether the evidence of `q` is the article's own text at its offsets; why not otherwise. */
function evidenceProblem(q: Question, article: string): string | undefined {
  const e = q.evidence;
  if (!e) return 'the question has no evidence';
  const at = article.slice(e.start, e.end);
  if (at !== e.text) return `the evidence is not the article's text at ${e.start}-${e.end} (there: ${quote(squash(at))})`;
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// The checks: each pure, one question and the article's text in, a verdict out

/**
 * 1. Key found in the article: the evidence text equals article.slice(start, end), and the key
 * occurs in it. For true/false, where the key is "True" or "False", the statement must be the
 * evidence sentence when it is marked true and must not be when it is marked false. For "Who said",
 * the quotation must be in the evidence too.
 */
export const keyInArticle: Check = (q, article) => {
  const problem = evidenceProblem(q, article);
  if (problem) return { fail: problem };
  const evidence = squash(q.evidence!.text);
  if (isTrueFalse(q)) {
    const statement = statementOf(q);
    const markedTrue = keyOf(q).trim().toLowerCase() === 'true';
    const says = evidence.includes(statement) || namedPronoun(evidence, statement) || mendedFrom(evidence, statement);
    if (markedTrue && !says) return { fail: 'marked true, but the statement is not the evidence sentence' };
    if (!markedTrue && says) return { fail: 'marked false, but the evidence sentence says the statement' };
    return 'pass';
  }
  const key = keyOf(q);
  if (!key.trim()) return { fail: 'the key is empty' };
  // A speaker may be named in full elsewhere and by surname in the sentence ("Judge Bernard Schwartz").
  // (A role is given as it reads without a name after it: "Libyan Prime Minister Fayez Serraj" makes "Libyan
  // prime minister".)
  const named = q.evidence!.text.includes(key) || (isWhoIs(q) && q.evidence!.text.toLowerCase().includes(key.toLowerCase())) || (isWhoSaid(q) && q.evidence!.text.includes(key.split(/\s+/).at(-1)!) && article.includes(key));
  if (!named) return { fail: `the key ${quote(key)} is not in the evidence sentence` };
  // (Each quotation of the prompt: "Who said the locomotive was “barely recognizable” and described it
  // as “a horrible thing …”?" has two.)
  const said = isWhoSaid(q) ? [...q.prompt.matchAll(/[“"]([^”"]+)[”"]/g)].map(m => m[1]!) : [];
  if (said.some(s => !evidence.includes(squash(s)))) return { fail: 'the quotation is not in the evidence sentence' };
  return 'pass';
};

/**
 * 2. Key not in the prompt: the prompt, blanks removed, does not contain the key (case-insensitive,
 * as a whole word or phrase: "20" is not found in "2011"). Not for true/false, whose prompt is the
 * statement itself.
 */
export const keyNotInPrompt: Check = q => {
  if (isTrueFalse(q)) return 'n/a';
  const key = squash(keyOf(q));
  if (!key) return 'n/a';
  const prompt = q.prompt.replace(/_{3,}/g, ' ');
  const found = new RegExp(`(?<![\\p{L}\\p{N}])${escape(key).replace(/ /g, '\\s+')}(?![\\p{L}\\p{N}])`, 'iu').test(prompt);
  return found ? { fail: `the prompt contains the key ${quote(key)}` } : 'pass';
};

/** A choice text compared for sameness: lower case, spaces collapsed, punctuation trimmed at both ends. */
const sameness = (text: string) => squash(text).toLowerCase().replace(/^[\p{P}\p{S}\s]+|[\p{P}\p{S}\s]+$/gu, '');

/**
 * 3. Options distinct: no two choice texts are the same ignoring case, nor once punctuation and
 * spaces are trimmed from their ends ("U.S." and "U.S", "Kerry" and "kerry,"). Choice questions only.
 */
export const optionsDistinct: Check = q => {
  if (q.type !== 'choice') return 'n/a';
  const seen = new Map<string, string>();
  for (const c of q.choices) {
    const k = sameness(c.text);
    const before = seen.get(k);
    if (before !== undefined) return { fail: `${quote(before)} and ${quote(c.text)} are the same option` };
    seen.set(k, c.text);
  }
  return 'pass';
};

/** The number written in a text (digits, with "," or "." inside), if any. */
const numberIn = (text: string) => /\d(?:[\d,.]*\d)?/.exec(text)?.[0];
/** How a number is written: with thousands separators, four or more digits without them, or short. */
const numberStyle = (n: string) => (/\d,\d{3}/.test(n) ? 'grouped' : (n.split('.')[0] ?? '').length >= 4 ? 'ungrouped' : 'short');
const digits = (n: string) => n.replace(/\D/g, '').length;
/** Words of a text; a generational suffix ("Jr.", "III") is not a word of a name. */
const words = (text: string) => withoutSuffix(text).split(/\s+/).filter(Boolean).length;
const startsCapital = (text: string) => /^\p{Lu}/u.test(/\p{L}/u.exec(text)?.[0] ?? '');

/**
 * 4. Distractors of the key's type and form. A numeric key (one with a digit): every distractor has
 * a number too, written the same way (thousands separators where the key has them: "5,000" never
 * beside "1200"; a decimal point where the key has one), with as many digits as the key's, one more
 * or one fewer. Any other key: every distractor starts with a capital exactly when the key does, and
 * has as many words, one more or one fewer. Choice questions other than true/false only.
 */
export const distractorForm: Check = q => {
  if (q.type !== 'choice' || isTrueFalse(q)) return 'n/a';
  const key = keyOf(q);
  const wrong = distractorsOf(q);
  if (!wrong.length) return 'n/a';
  const keyNumber = numberIn(key);
  for (const d of wrong) {
    if (keyNumber) {
      const n = numberIn(d);
      if (!n) return { fail: `${quote(d)} is not a number, the key ${quote(key)} is` };
      const [ks, ds] = [numberStyle(keyNumber), numberStyle(n)];
      if ((ks === 'grouped' && ds === 'ungrouped') || (ks === 'ungrouped' && ds === 'grouped')) {
        return { fail: `${quote(d)} and the key ${quote(key)} differ in thousands separators` };
      }
      if (keyNumber.includes('.') !== n.includes('.')) return { fail: `${quote(d)} and the key ${quote(key)} differ in decimals` };
      if (Math.abs(digits(n) - digits(keyNumber)) > 1) return { fail: `${quote(d)} has ${digits(n)} digits, the key ${quote(key)} ${digits(keyNumber)}` };
    } else {
      if (numberIn(d)) return { fail: `${quote(d)} is a number, the key ${quote(key)} is not` };
      // Roles ("Pentagon spokesman", "longtime ruler") and kinds of thing ("Europe's largest retailer")
      // are descriptions: their capitals follow their words.
      if (!isWhoIs(q) && startsCapital(d) !== startsCapital(key)) return { fail: `${quote(d)} and the key ${quote(key)} differ in capitals` };
      // Speakers named by their role ("The father", "One of the children") are descriptions too: their
      // length follows the article's words.
      const byRole = (x: string) => /^(?:The|One of the)\s+\p{Ll}/u.test(x);
      // So are the roles of "Who is …?" ("state governor", "chairman of the National Transportation
      // Safety Board"): each is the article's own words for a person of it.
      if (Math.abs(words(d) - words(key)) > 1 && !isWhoIs(q) && !(/^Who said\b/.test(q.prompt) && (byRole(d) || byRole(key)))) {
        return { fail: `${quote(d)} has ${words(d)} words, the key ${quote(key)} ${words(key)}` };
      }
    }
  }
  return 'pass';
};

/**
 * Page furniture, line by line: "Read more >>", "Follow us on Twitter", "Sources", related headlines,
 * photo credits, links and handles. ("Twitter" alone is not furniture: a story can be about it.)
 */
const FURNITURE: RegExp[] = [
  />>/,
  /^\s*(Follow|Read more|See more|Sources?|Related( news| stories| articles)?|Share|Image|Photo|Picture|Credit|Copyright|Advertisement|Subscribe|Sign up|Click here)\b/i,
  /\bread more\b/i,
  /\bfollow\b.*\b(Twitter|Facebook|Instagram)\b/i,
  /\b(Twitter|Facebook|Instagram)\s*:/i,
  /(^|\s)@[A-Za-z_]\w+/,
  /https?:\/\/|\bwww\./i,
];
/** The end of a sentence: ".", "!", "?" or "…", then perhaps closing quotes or brackets. */
const FINAL = /[.!?…]["'”’)\]]*$/;

/**
 * 5. Evidence found and not boilerplate: the question has evidence, it is the article's text at its
 * offsets, no line of it looks like page furniture (FURNITURE), and every line of it ends as a
 * sentence ends (a line without final punctuation is a headline, a caption or a source line).
 */
export const evidenceNotBoilerplate: Check = (q, article) => {
  const problem = evidenceProblem(q, article);
  if (problem) return { fail: problem };
  for (const raw of q.evidence!.text.split('\n')) {
    const line = raw.trim();
    if (!line) continue;
    const pattern = FURNITURE.find(p => p.test(line));
    if (pattern) return { fail: `page furniture (${pattern.source}) in ${quote(line)}` };
    if (!FINAL.test(line)) return { fail: `a line with no final punctuation: "${line.length > 40 ? `…${line.slice(-39)}` : line}"` };
  }
  return 'pass';
};

/** A pronoun that needs the sentence before it, at the start, perhaps after an opening quote or bracket. */
const LEADING_PRONOUN = /^\s*["“‘'«(]?\s*(He|She|It|They|This|These|Those|His|Her|Their)(?![\p{L}\p{N}])/u;

/**
 * 6. The sentence stands alone: the sentence as asked (the prompt; a true/false question's
 * statement) does not start with He, She, It, They, This, These, Those, His, Her or Their (after an
 * opening quote too), which would need the sentence before it. The evidence may: the generator names
 * the person that a one-person story's "She" means.
 */
export const standsAlone: Check = q => {
  if (!q.evidence) return 'n/a';
  const m = LEADING_PRONOUN.exec(isTrueFalse(q) ? statementOf(q) : q.prompt);
  return m ? { fail: `the question starts with "${m[1]}"` } : 'pass';
};

/** The checks in order, with the short names used in the table and in JSON. */
export const CHECKS: { name: string; title: string; check: Check }[] = [
  { name: 'key', title: 'key found in the article', check: keyInArticle },
  { name: 'prmt', title: 'key not in the prompt', check: keyNotInPrompt },
  { name: 'dist', title: 'options distinct', check: optionsDistinct },
  { name: 'form', title: "distractors of the key's type and form", check: distractorForm },
  { name: 'evid', title: 'evidence found, not boilerplate', check: evidenceNotBoilerplate },
  { name: 'alone', title: 'sentence stands alone', check: standsAlone },
];

// ---------------------------------------------------------------------------------------------
// Evaluating a folder

export interface Failure {
  id: string;
  check: string;
  why: string;
  prompt: string;
}

export interface ArticleResult {
  file: string;
  words: number;
  ms: number;
  /** The generator's message when it gave no quiz. */
  error?: string;
  questions: number;
  kinds: { fillIn: number; choice: number; trueFalse: number; whoSaid: number };
  /** Per check: how many questions it applies to, and how many of those pass. */
  checks: Record<string, { passed: number; of: number }>;
  failures: Failure[];
}

/** Generates the quiz of one article and runs every check on every question. */
export function evaluateArticle(file: string, article: string): ArticleResult {
  const result: ArticleResult = {
    file,
    words: words(article),
    ms: 0,
    questions: 0,
    kinds: { fillIn: 0, choice: 0, trueFalse: 0, whoSaid: 0 },
    checks: Object.fromEntries(CHECKS.map(c => [c.name, { passed: 0, of: 0 }])),
    failures: [],
  };
  const started = performance.now();
  let questions: Question[];
  try {
    questions = generateQuestionSet(article, { count: countFor(article), seed: SEED }).questions;
  } catch (e) {
    // A GenerateError says why in words; anything else is a generator bug, named as such.
    result.error = e instanceof GenerateError ? e.message : `${(e as Error)?.name ?? 'Error'}: ${(e as Error)?.message ?? String(e)}`;
    return result;
  } finally {
    result.ms = Math.round((performance.now() - started) * 10) / 10;
  }
  result.questions = questions.length;
  for (const q of questions) {
    if (q.type === 'fill-in') result.kinds.fillIn++;
    else result.kinds.choice++;
    if (isTrueFalse(q)) result.kinds.trueFalse++;
    if (isWhoSaid(q)) result.kinds.whoSaid++;
    for (const { name, check } of CHECKS) {
      const verdict = check(q, article);
      if (verdict === 'n/a') continue;
      const tally = result.checks[name]!;
      tally.of++;
      if (verdict === 'pass') tally.passed++;
      else result.failures.push({ id: q.id, check: name, why: verdict.fail, prompt: q.prompt });
    }
  }
  return result;
}

/** The .txt files of a folder, sorted by name (SOURCES.tsv and anything else skipped). */
function articleFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true })
    .filter(d => d.isFile() && d.name.toLowerCase().endsWith('.txt'))
    .map(d => d.name)
    .sort();
}

// ---------------------------------------------------------------------------------------------
// The report

const percent = (t: { passed: number; of: number }) =>
  !t.of ? '-' : t.passed === t.of ? '100' : String(Math.floor((100 * t.passed) / t.of));
const per500 = (questions: number, words: number) => (words ? ((questions / words) * 500).toFixed(1) : '-');
const shorten = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
const label = (file: string) => file.replace(/\.txt$/i, '');

/** The fixed-width table, the errors and the failing questions, as printed. */
export function report(folder: string, results: ArticleResult[]): string {
  const nameWidth = Math.min(40, Math.max(24, ...results.map(r => label(r.file).length)));
  const columns: [string, number][] = [
    ['Q', 3], ['fill', 4], ['chc', 4], ['tf', 3], ['who', 3], ['words', 6], ['ms', 7],
    ...CHECKS.map(c => [c.name, Math.max(4, c.name.length)] as [string, number]),
  ];
  const row = (name: string, cells: string[]) =>
    [shorten(name, nameWidth).padEnd(nameWidth), ...cells.map((c, i) => c.padStart(columns[i]![1]))].join(' ');
  const cellsOf = (r: Omit<ArticleResult, 'file' | 'failures'>) => [
    String(r.questions), String(r.kinds.fillIn), String(r.kinds.choice), String(r.kinds.trueFalse), String(r.kinds.whoSaid),
    String(r.words), r.ms.toFixed(r.ms < 100 ? 1 : 0), ...CHECKS.map(c => percent(r.checks[c.name]!)),
  ];

  const total = {
    words: 0, ms: 0, questions: 0,
    kinds: { fillIn: 0, choice: 0, trueFalse: 0, whoSaid: 0 },
    checks: Object.fromEntries(CHECKS.map(c => [c.name, { passed: 0, of: 0 }])),
  };
  for (const r of results) {
    total.words += r.words;
    total.ms += r.ms;
    total.questions += r.questions;
    for (const k of Object.keys(total.kinds) as (keyof typeof total.kinds)[]) total.kinds[k] += r.kinds[k];
    for (const c of CHECKS) {
      total.checks[c.name]!.passed += r.checks[c.name]!.passed;
      total.checks[c.name]!.of += r.checks[c.name]!.of;
    }
  }
  total.ms = Math.round(total.ms * 10) / 10;

  const errors = results.filter(r => r.error !== undefined);
  const short = results.filter(r => r.words && (r.questions / r.words) * 500 < PER_500);
  const failing = results.flatMap(r => r.failures.map(f => ({ ...f, file: r.file })));
  const failingQuestions = new Set(failing.map(f => `${f.file}\n${f.id}`)).size;
  const header = row('article', columns.map(c => c[0]));
  const rule = '-'.repeat(header.length);
  const lines = [
    `eval: ${results.length} article${results.length === 1 ? '' : 's'} in ${folder} (count ${COUNT} or ${PER_500} per 500 words, seed "${SEED}")`,
    '',
    header,
    rule,
    ...results.map(r =>
      r.error !== undefined
        ? `${shorten(label(r.file), nameWidth).padEnd(nameWidth)} ${shorten(`error: ${r.error}`, header.length - nameWidth - 1)}`
        : row(label(r.file), cellsOf(r)),
    ),
    rule,
    row('TOTAL', cellsOf(total)),
    '',
    'Q questions; fill fill-in; chc choice, of which tf true/false and who "Who said"; words in the file;',
    'ms to generate. Checks, % of the questions each applies to (- none):',
    ...CHECKS.map((c, i) => `  ${i + 1} ${c.name.padEnd(5)} ${c.title}`),
    '',
    `${total.questions} questions from ${results.length - errors.length} of ${results.length} articles; ` +
      `${errors.length} article${errors.length === 1 ? '' : 's'} gave no quiz; ${failingQuestions} question${failingQuestions === 1 ? '' : 's'} failing a check.`,
    `${per500(total.questions, total.words)} questions per 500 words (goal ${PER_500}); ` +
      `${short.length} of ${results.length} article${results.length === 1 ? '' : 's'} below the goal${short.length ? `: ${short.map(r => `${label(r.file)} ${per500(r.questions, r.words)}`).join(', ')}` : ''}.`,
  ];
  if (errors.length) {
    lines.push('', `No quiz (${errors.length}):`, ...errors.map(r => `  ${label(r.file)}: ${r.error}`));
  }
  if (failing.length) {
    lines.push('', `Failing questions (${failingQuestions}):`);
    let last = '';
    for (const f of failing) {
      const at = `${label(f.file)} ${f.id}`;
      if (at !== last) lines.push(`  ${at}: ${shorten(squash(f.prompt), 100)}`);
      last = at;
      lines.push(`      ${f.check}: ${f.why}`);
    }
  }
  lines.push(
    '',
    errors.length || failing.length
      ? 'FAIL: not every automatic check passes on every question of every article.'
      : 'OK: every automatic check passes on every question.',
  );
  return `${lines.join('\n')}\n`;
}

// ---------------------------------------------------------------------------------------------
// The command

function main(argv: string[]): number {
  let values: { json?: boolean; help?: boolean };
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args: argv,
      options: { json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    }));
  } catch (e) {
    process.stderr.write(`eval: ${(e as Error).message}\n${USAGE}\n`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (positionals.length > 1) {
    process.stderr.write(`eval: one folder at a time, got ${positionals.length}\n${USAGE}\n`);
    return 2;
  }

  let folder: string;
  if (positionals[0] !== undefined) {
    // Under `npm run eval`, the working directory is the project's; a relative folder is the caller's.
    const base = process.env.npm_lifecycle_event === 'eval' && process.env.INIT_CWD ? process.env.INIT_CWD : process.cwd();
    folder = resolve(base, positionals[0]);
    if (!existsSync(folder)) {
      process.stderr.write(`eval: ${folder}: no such folder\n${USAGE}\n`);
      return 2;
    }
    if (!statSync(folder).isDirectory()) {
      process.stderr.write(`eval: ${folder} is not a folder\n${USAGE}\n`);
      return 2;
    }
  } else {
    folder = DEFAULT_FOLDER;
    if (!existsSync(folder) || !statSync(folder).isDirectory()) {
      process.stderr.write(`eval: no folder given, and the default corpus ${folder} does not exist; name a folder of .txt articles\n${USAGE}\n`);
      return 1;
    }
  }

  const files = articleFiles(folder);
  if (!files.length) {
    process.stderr.write(`eval: ${folder} holds no .txt article\n`);
    return 2;
  }
  const texts = files.map(file => readFileSync(join(folder, file), 'utf8'));
  // One untimed run first, so that the first article's time is not the generator's warm-up.
  evaluateArticle(files[0]!, texts[0]!);
  const results = files.map((file, i) => evaluateArticle(file, texts[i]!));
  process.stdout.write(values.json ? `${JSON.stringify(results, null, 2)}\n` : report(folder, results));
  return results.some(r => r.error !== undefined || r.failures.length) ? 1 : 0;
}

// Run only as a script, so that the checks can be imported by tests.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  // `npm run eval | head` closes the pipe early: that is not an error.
  process.stdout.on('error', e => {
    if ((e as NodeJS.ErrnoException).code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
  process.exitCode = main(process.argv.slice(2));
}
