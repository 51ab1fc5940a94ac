/**
 * generateQuestionSet: article text in, a valid question set out, each question linked to the
 * sentence that answers it. Deterministic: the same article, options and seed give the same set.
 */
import { hash } from '../engine/quiz.js';
import { assertQuestionSet, type Question, type QuestionSet } from '../model/index.js';
import { analyse } from './analyse.js';
import { cleanArticle } from './clean.js';
import { inFigures } from './numbers.js';
import { candidates, evidenceOf, select, showsText, vocabulary, type Candidate } from './questions.js';
import type { Sentence } from './segment.js';
import { splitSentences } from './segment.js';

/**
 * fill-in: type the missing word; choice: pick it from four; true-false: is the statement right;
 * who-said: who said the quotation; who-is: the role the article gives a person; what-is: what it calls
 * a named thing; how-many: a quantity.
 */
export type QuestionKind = 'fill-in' | 'choice' | 'true-false' | 'who-said' | 'who-is' | 'what-is' | 'how-many';

const ALL_KINDS: QuestionKind[] = ['choice', 'fill-in', 'true-false', 'who-said', 'who-is', 'what-is', 'how-many'];

export interface GenerateOptions {
  /** How many questions at most (default 8). */
  count?: number;
  /** Changes which questions become multiple choice and the order of choices (default "1"). */
  seed?: string;
  /** Kinds to make (default all). */
  kinds?: QuestionKind[];
  /** Language of the article (only "en" is analysed today). */
  lang?: string;
  /** Title of the set; by default "Quiz: " and the article's title. */
  title?: string;
}

export type Article = string | { title?: string; text: string };

/** How much of a very long text is read (about 40 pages). */
const MAX_WORDS = 20000;

/** Thrown when an article gives nothing to ask about; `message` says why, for people. */
export class GenerateError extends Error {
  override name = 'GenerateError';
}

export function generateQuestionSet(article: Article, options: GenerateOptions = {}): QuestionSet {
  const { text, title: given } = typeof article === 'string' ? { text: article, title: undefined } : article;
  if (typeof text !== 'string') throw new GenerateError('the article has no text');
  if (!text.trim()) throw new GenerateError('the article is empty');
  const count = Math.max(1, Math.min(50, Math.floor(options.count ?? 8)));
  const seed = options.seed ?? '1';
  const kinds = options.kinds?.length ? options.kinds : ALL_KINDS;
  const unknown = kinds.find(k => !ALL_KINDS.includes(k));
  if (unknown) throw new GenerateError(`unknown question kind "${unknown}"; the kinds are ${ALL_KINDS.join(', ')}`);
  const cleaned = cleanArticle(text);
  const title = given ?? cleaned.title;
  // Sentences of the body only, with offsets into the original text.
  // The text of each sentence is taken from the article as given (cleaning turned \r into spaces).
  // Only the first MAX_WORDS words are read: questions come from the first part of a story anyway, and
  // a megabyte of text must not take minutes.
  const sentences: Sentence[] = [];
  let words = 0;
  for (const [paragraph, p] of cleaned.paragraphs.entries()) {
    if (words > MAX_WORDS) break;
    words += p.text.split(/\s+/).length;
    for (const s of splitSentences(p.text)) {
      const start = p.start + s.start;
      const end = p.start + s.end;
      sentences.push({ text: text.slice(start, end), start, end, paragraph });
    }
  }
  if (!sentences.length) throw new GenerateError('the article has no sentences to ask about');
  // Sentences too long to ask about are not analysed either (their analysis grows much faster than
  // their length): they are blanked out, which keeps every offset.
  // Nor is the page furniture between them: no option may come from a byline or a photo credit.
  // Line breaks stay, so that names do not run together across what was removed.
  const blank = (from: number, to: number) => text.slice(from, to).replace(/[^\n]/g, ' ');
  const parts: string[] = [];
  let at = 0;
  for (const s of sentences) {
    const long = s.text.split(/\s+/).length > 80;
    parts.push(blank(at, s.start), long ? blank(s.start, s.end) : s.text);
    at = s.end;
  }
  const mentions = analyse(parts.join(''));
  // Each candidate gets its kind now, so that only those that can be asked as the caller allows compete.
  const kinded: (Candidate & { kind: QuestionKind })[] = [];
  const seeded = (n: number, ...salt: (string | number)[]) => roll(seed, ...salt) % n;
  // The quiz shows the headline above its questions: a key the headline states is given away ("Two
  // killed, more than a hundred injured in …" above "How many Amtrak employees were killed?"), unless it
  // is the story's subject, only ever stated.
  const heading = options.title ?? title ?? '';
  for (const c of candidates(sentences, mentions, { title, roll: seeded })) {
    if (!c.topic && headlineGives(c, heading)) continue;
    const kind = kindFor(c, kinds, seed);
    // (A choice among three is the weaker question: it gives way where it would shut out another.)
    const three = kind === 'choice' && c.distractors.length === 2;
    if (kind) kinded.push({ ...c, kind, ...(three ? { score: c.score - 1 } : {}) });
  }
  const chosen = select(kinded, count, { ...vocabulary(sentences), text });
  if (!chosen.length) throw new GenerateError('no sentence of the article gives a good question');
  // An option that is the answer of another question would hint at it: kept out where enough remain.
  // (Speakers of other quotations are fair options: being a speaker gives nothing away.)
  const answers = new Set(chosen.filter(c => !c.quote).map(c => c.key.text));
  // (So is a number another question's prompt states: "it previously had 124 seats" beside "KP is to
  // have ___ seats", offering 124.)
  const stated = (c: Candidate) => chosen.filter(x => x !== c).map(x => x.prompt).join('\n');
  // The speakers of the quiz's quotations are offered for one another first, so that no speaker is the
  // odd name out, met in one list of options only.
  const speakers = chosen.filter(c => c.quote).map(c => c.key.text);
  // Two questions whose wrong options are much the same, with neither key among the other's options,
  // give both keys away: each is the odd one out ("Martin Luther King Jr." beside Stevie Wonder, Elton
  // John and Gwendolyn Quinn, then "Barack Obama" beside the same three). The later one is offered
  // others where the article has them; where it has not, the one of the two that ranks lower is left out.
  const made: { c: (typeof chosen)[number]; q: Question }[] = [];
  for (const c of chosen) {
    // (The headline is shown above every question: "more than a hundred injured" parts 139 passengers
    // from 97 and 76 as the sentence of another question would.)
    const shown = [inFigures(heading), ...chosen.filter(x => x !== c).map(x => (x.sentence.start < c.sentence.start ? `${evidenceOf(x, text).text}\n${x.prompt}` : x.prompt))];
    const quiz = { stated: stated(c), speakers, shown: shown.join('\n') };
    let q = toQuestion(c, c.kind, seed, answers, text, quiz);
    // (First with the other's key among its options, then with other options.)
    const first = made.find(p => mirrored(p.q, q).length);
    if (first) q = toQuestion(c, c.kind, seed, answers, text, { ...quiz, prefer: [keyOf(first.q)] });
    const shared = made.map(p => mirrored(p.q, q)).find(x => x.length);
    if (shared) q = toQuestion(c, c.kind, seed, answers, text, { ...quiz, avoid: new Set(shared) });
    const rival = made.find(p => mirrored(p.q, q).length);
    if (rival && rival.c.score >= c.score) continue;
    if (rival) made.splice(made.indexOf(rival), 1);
    made.push({ c, q });
  }
  const questions = made.map(({ q }, i) => ({ ...q, id: `q${i + 1}` }));
  const set = {
    version: 1 as const,
    id: `generated-${hash(`${title ?? ''}\n${text}`)}`,
    title: options.title ?? (title ? `Quiz: ${title}` : 'Quiz'),
    lang: options.lang ?? 'en',
    source: title ? { title } : {},
    questions,
  };
  return assertQuestionSet(set);
}

/** A seeded number for a choice about this candidate: the same seed gives the same set. */
const roll = (seed: string, ...parts: (string | number)[]) => parseInt(hash([seed, ...parts].join('/')), 36);

/** Picks n of the options, in a seeded order. */
const pick = (options: string[], n: number, seed: string) =>
  options
    .map(d => [roll(seed, d), d] as const)
    .sort((a, b) => a[0] - b[0])
    .slice(0, n)
    .map(x => x[1]);

/** Whether a headline states a question's answer: its key, or another answer it takes ("2" for "two",
 * "Kerry" for "John Kerry"). */
function headlineGives(c: Candidate, heading: string): boolean {
  return !!heading && [c.key.text, ...(c.answers ?? [])].some(a => showsText(a, heading));
}

/**
 * The kind of question a candidate makes, among those allowed: a quotation makes "Who said"; a cloze
 * candidate makes multiple choice where three good distractors exist, true/false where one does, or a
 * fill-in; the seed picks among what is possible (choice 3 : fill-in 2 : true/false 1).
 */
function kindFor(c: Candidate, kinds: QuestionKind[], seed: string): QuestionKind | undefined {
  if (c.quote) return kinds.includes('who-said') && c.distractors.length >= 2 ? 'who-said' : undefined;
  if (c.ask) return kinds.includes(c.ask) && (c.ask === 'how-many' || c.distractors.length >= 2) ? c.ask : undefined;
  // A false statement swaps in a number or another named thing ("KELT-9b" for "KELT-9"). Not a place or
  // an organisation, which may be true as well (a city in the country, a body within the government);
  // nor a person, which readers found absurd ("toured with Barack Obama in the 1950s") or defensible
  // (people of one story say much the same).
  // (Not one side of "12 of their 16 games": "12 of their 24" is false only to a reader who knows the
  // season has 16.)
  const partOf = /\d[\d,]*\s+of\s+(?:(?:the|their|its|his|her)\s+)?___|___\s+of\s+(?:(?:the|their|its|his|her)\s+)?\d/.test(c.prompt);
  // (Nor a statement too long to hold in mind while judging it: thirty words at most.)
  const swappable = (c.key.kind === 'number' || c.key.kind === 'year' || c.key.kind === 'thing') && !partOf && !c.dated && c.prompt.split(/\s+/).length <= 30;
  // The story's subject ("AMD", "KELT-9"), named in most prompts, is never the blank: a true/false
  // statement at most.
  if (c.topic && c.key.kind !== 'person') return swappable && c.distractors.length >= 1 && kinds.includes('true-false') ? 'true-false' : undefined;
  const weights: [QuestionKind, number][] = [
    // (Three options where the article gives two wrong ones of the key's kind and the key cannot be
    // typed: "Senate Chairman ___", a person named once.)
    ['choice', c.distractors.length >= 3 || (c.distractors.length === 2 && !c.fillIn) ? 3 : 0],
    ['fill-in', c.fillIn ? 2 : 0],
    ['true-false', swappable && c.distractors.length >= 1 ? 1 : 0],
  ];
  const open = weights.filter(([k, w]) => w > 0 && kinds.includes(k));
  const total = open.reduce((n, [, w]) => n + w, 0);
  let r = roll(seed, c.sentence.start, c.key.start) % Math.max(total, 1);
  for (const [k, w] of open) if ((r -= w) < 0) return k;
  return undefined;
}

/**
 * The wrong options to choose from, n at least, none the answer of another question where enough
 * remain: for a name, the three found in sentences most like the key's (they come ranked: the other
 * singers for a singer); numbers and speakers come as they are. `quiz` says what the rest of the quiz
 * states, asks and offers.
 */
function closest(c: Candidate, answers: Set<string>, n: number, quiz: Quiz = { stated: '', speakers: [] }): string[] {
  const numeric = c.key.kind === 'number' || c.key.kind === 'year';
  const said = (d: string) => numeric && new RegExp(`(?<![\\d.,])${d.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\d]|[.,]\\d)`).test(quiz.stated);
  // (Nor, for "Who is …?", a role another question shows with its holder, or one that holds another's
  // answer: selection left two at least.)
  const told = (d: string) => c.ask === 'who-is' && ((!!quiz.shown && showsText(d, quiz.shown)) || [...answers].some(a => showsText(a, d)));
  const free = c.distractors.filter(d => (!answers.has(d) || !!quiz.prefer?.includes(d)) && !said(d) && !told(d));
  // (Options another question already offers with another key, where enough others remain.)
  const fresh = free.filter(d => !quiz.avoid?.has(d));
  if (fresh.length >= n) free.splice(0, free.length, ...fresh);
  // (A speaker may be asked among three: the judge of another question is not offered as a fourth.)
  // (Nor a role to be told apart: "Who is …?" is asked among three where a fourth is shown.)
  const from = free.length >= n || ((c.quote || c.ask === 'who-is') && free.length >= 2) ? free : c.distractors;
  if (c.quote) {
    // (The other speakers the quiz asks about first, then the rest: the first three are offered.)
    const asked = from.filter(d => quiz.speakers.includes(d) || quiz.prefer?.includes(d));
    return [...asked, ...from.filter(d => !asked.includes(d))].slice(0, Math.max(n, asked.length));
  }
  const preferred = quiz.prefer ? [...from.filter(d => quiz.prefer!.includes(d)), ...from.filter(d => !quiz.prefer!.includes(d))] : from;
  if (numeric) return straddle(c.key.text, preferred, quiz.shown ?? '').slice(0, 3);
  return c.ask && !quiz.prefer ? preferred : preferred.slice(0, 3);
}

/**
 * Number options chosen so that no number the reader has seen parts the key from some of them: "at least
 * 116 were injured" beside "with ___ passengers aboard" offering 76 and 97 for 139 rules both out. The
 * options on the key's side of it are offered where there are two (a choice among three at least), or one
 * at least.
 */
function straddle(key: string, options: string[], seen: string): string[] {
  const value = (t: string) => Number(t.replace(/,/g, ''));
  const k = value(key);
  if (!Number.isFinite(k) || options.length < 3 || options.some(d => !Number.isFinite(value(d)))) return options;
  const first = options.slice(0, 3).map(value);
  for (const m of seen.matchAll(/(?<![\d.,:])\d{1,3}(?:,\d{3})+(?![\d])|(?<![\d.,:])\d+(?:\.\d+)?(?![\d:])/g)) {
    const n = value(m[0]);
    if (n === k || !first.some(d => d > n !== k > n)) continue;
    const side = options.filter(d => value(d) > n === k > n);
    if (side.length >= 2) return side;
    if (side.length) return [side[0]!, ...options.filter(d => d !== side[0])];
  }
  return options;
}

/** What the rest of the quiz says: the other questions' prompts, the speakers it asks about, and the
 * options not to offer again. */
interface Quiz {
  stated: string;
  /** What a reader may have seen: the other questions' prompts, and the evidence of those before. */
  shown?: string;
  speakers: string[];
  avoid?: Set<string>;
  /** Options to offer first: the key of a question whose options this one's would mirror. */
  prefer?: string[];
}

/** The right answer of a choice question, as text. */
function keyOf(q: Question): string {
  return q.type === 'choice' ? q.choices.find(c => q.correct.includes(c.id))!.text : q.answers[0]!;
}

/** The wrong options two choice questions share when there are two or more and neither key is among the
 * other's options; none otherwise. */
function mirrored(a: Question, b: Question): string[] {
  if (a.type !== 'choice' || b.type !== 'choice' || a.correct[0] === 'true' || a.correct[0] === 'false' || b.correct[0] === 'true' || b.correct[0] === 'false') return [];
  const [ka, kb] = [keyOf(a), keyOf(b)];
  const [oa, ob] = [a.choices.map(c => c.text), b.choices.map(c => c.text)];
  if (oa.includes(kb) || ob.includes(ka)) return [];
  const shared = ob.filter(t => t !== kb && oa.includes(t));
  return shared.length >= 2 ? shared : [];
}

/** One question of the given kind from a candidate, with the sentence as its evidence (numbered once the
 * quiz is made). */
function toQuestion(c: Candidate, kind: QuestionKind, seed: string, answers: Set<string>, text: string, quiz: Quiz): Question {
  // (The evidence of '"…," he said' begins at the sentence before, which names him.)
  const evidence = evidenceOf(c, text);
  const id = 'q';
  const key = c.key.text;
  if (kind === 'true-false') {
    const isTrue = roll(seed, 'tf', c.sentence.start) % 2 === 0;
    const wrong = pick(closest(c, answers, 1, quiz), 1, seed)[0]!;
    // The sentence as asked (a leading "She" named, its slips mended: see the prompt), with the key or
    // with a distractor in the blank.
    const from = c.prompt.indexOf('___');
    const statement = `${c.prompt.slice(0, from)}${isTrue ? key : wrong}${c.prompt.slice(from + 3)}`;
    return {
      id,
      type: 'choice',
      prompt: `True or false: ${statement}`,
      choices: [
        { id: 'true', text: 'True' },
        { id: 'false', text: 'False' },
      ],
      correct: [isTrue ? 'true' : 'false'],
      ...(isTrue ? {} : { explanation: `The article says ${key}, not ${wrong}.` }),
      evidence,
    };
  }
  const asChoice = kind === 'choice' || kind === 'who-said' || kind === 'who-is' || kind === 'what-is' || (kind === 'how-many' && c.distractors.length >= 3);
  if (asChoice) {
    const texts = [key, ...pick(closest(c, answers, 3, quiz), 3, seed)].sort((a, b) => roll(seed, a) - roll(seed, b));
    const choices = texts.map((text, j) => ({ id: String.fromCharCode(97 + j), text }));
    const prompt = c.quote ? (c.asked ?? `Who said: “${c.quote}”?`) : c.prompt;
    return { id, type: 'choice', prompt, choices, correct: [choices.find(ch => ch.text === key)!.id], evidence };
  }
  // "How many …?" as a fill-in: the question, then a blank for the number.
  const prompt = kind === 'how-many' ? `${c.prompt} ___` : c.prompt;
  return { id, type: 'fill-in', prompt, answers: c.answers ?? [key], evidence };
}
