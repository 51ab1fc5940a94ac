/**
 * Candidates, distractors, filters and ranking: from analysed sentences to the questions of a set.
 * Overgenerate, filter, rank: every sentence that passes the filters offers one blank per mention; the
 * best are kept, one per sentence, spread over the article. No DOM.
 */
import type { Mention, MentionKind } from './analyse.js';
import type { Sentence } from './segment.js';

export interface Candidate {
  sentence: Sentence;
  key: Mention;
  /** The sentence with the key replaced by ___. */
  prompt: string;
  /** Same-kind options from the article (or shifted numbers), never equal to or part of the key. */
  distractors: string[];
  score: number;
  /** For a "Who said ...?" question: the quotation, and the key is its speaker. */
  quote?: string;
}

/** Verbs that attribute a quotation to its speaker. */
const SAID = /\b(?:said|says|told|added|asked|stated|declared|explained|wrote|warned|according to)\b/;

/** Capitalised words that may stand before a name without being part of it. */
const TITLE_WORD = /^(?:Mr|Mrs|Ms|Dr|President|Minister|Secretary|State|Senator|Governor|Judge|General|King|Queen|Prince|Pope|Coach|Chairman|Chancellor|Mayor|The|A|An|And|But|In|On|At|By|Of|As|When|While|Said|Says|Told)\.?$/;

/**
 * A sentence whose subject is a pronoun, or that opens by pointing back at what came before
 * ("Another ...", "The same ...", "However, ..."), cannot stand alone as a question.
 */
const LEADING_PRONOUN =
  /^(?:["“‘]?\s*)(?:he|she|it|they|this|that|these|those|his|her|its|their|we|i|another|such|both|also|however|meanwhile|but|and|instead|then|later|still|yet|the (?:same|latter|former|two|three|other)|a similar|a second|similarly|likewise)\b/i;

const norm = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/**
 * Whether two names could be the same thing: one contains the other ("Kerry", "John Kerry"), or one
 * is the initials of the other ("U.N.", "United Nations").
 */
function alias(a: string, b: string): boolean {
  const x = ` ${norm(a)} `;
  const y = ` ${norm(b)} `;
  const initials = (s: string) => s.split(/\s+/).filter(w => /^\p{Lu}/u.test(w) && !/^(of|the|and|for)$/i.test(w)).map(w => w[0]).join('');
  const letters = (s: string) => s.replace(/[^\p{Lu}]/gu, '');
  const acronym = (p: string, q: string) => /^[\p{Lu}.]{2,}$/u.test(p.trim()) && letters(p).length > 1 && letters(p) === initials(q);
  return x.includes(y) || y.includes(x) || acronym(a, b) || acronym(b, a);
}

/** Words before a number that make neighbouring numbers true as well ("more than 20": 10 is true too). */
const QUALIFIED = /\b(?:more than|less than|fewer than|over|under|at least|at most|up to|nearly|almost|about|around|some|roughly|approximately|as many as|as few as)\s+$/i;
const MONTH = /\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s+$/;

/**
 * Numbers near the key, in the key's own form ("6,000" gives "3,000", "9,000", "12,000"), none also
 * true: a number after "more than", "up to" and the like gets none (it is asked as a fill-in), and a
 * day of the month stays a day.
 */
function shiftedNumbers(key: Mention, before: string, sentenceText: string): string[] {
  if (QUALIFIED.test(before)) return [];
  const v = key.value!;
  if (MONTH.test(before)) return [v - 1, v + 1, v - 3, v + 3, v - 7, v + 7].filter(d => d >= 1 && d <= 31).slice(0, 3).map(String);
  const format = (n: number) => (key.text.includes(',') ? n.toLocaleString('en-US') : String(n));
  if (key.kind === 'year') {
    // A year inside a span the sentence gives ("from 1968 through 1975") would be true as well.
    const years = [...sentenceText.matchAll(/\b(1[89]|20)\d\d\b/g)].map(m => Number(m[0]));
    const [lo, hi] = [Math.min(...years), Math.max(...years)];
    return [v - 3, v - 1, v + 2, v + 4, v - 6, v + 7].filter(y => y < lo || y > hi).slice(0, 4).map(String);
  }
  const out = v >= 10 ? [Math.round(v / 2), Math.round(v * 1.5), v * 2, v * 3] : [v + 1, v + 2, v + 3, v > 1 ? v - 1 : v + 4];
  return [...new Set(out.filter(n => n !== v && n > 0))].map(format);
}

/** Every candidate question of the article, before ranking. */
export function candidates(sentences: Sentence[], mentions: Mention[], title: string | undefined): Candidate[] {
  const byKind = new Map<MentionKind, string[]>();
  const counts = new Map<string, number>();
  for (const m of mentions) {
    const list = byKind.get(m.kind) ?? [];
    if (!list.some(x => norm(x) === norm(m.text))) list.push(m.text);
    byKind.set(m.kind, list);
    counts.set(norm(m.text), (counts.get(norm(m.text)) ?? 0) + 1);
  }
  const titleWords = new Set(norm(title ?? '').split(' ').filter(w => w.length > 3));
  const out: Candidate[] = [];
  const paragraphs = Math.max(1, ...sentences.map(s => s.paragraph + 1));
  // Mentions and sentences are both in text order: walk them together, not one against all.
  let first = 0;
  for (const sentence of sentences) {
    while (first < mentions.length && mentions[first]!.start < sentence.start) first++;
    const words = sentence.text.split(/\s+/).length;
    // A question needs a whole declarative sentence: not a question, not a list item or lead-in (";", ":"),
    // and with no blank of its own ("___" in the text would make a second blank).
    if (words < 8 || words > 45 || LEADING_PRONOUN.test(sentence.text) || !/[.!…]["”’)]*$/.test(sentence.text) || /_{3,}/.test(sentence.text)) continue;
    // An unbalanced quotation is part of a longer quote: it does not stand alone either.
    if ((sentence.text.match(/[“”"]/g)?.length ?? 0) % 2) continue;
    const inside: Mention[] = [];
    for (let i = first; i < mentions.length && mentions[i]!.start < sentence.end; i++) if (mentions[i]!.end <= sentence.end) inside.push(mentions[i]!);
    const overlap = norm(sentence.text).split(' ').filter(w => titleWords.has(w)).length;
    const people = byKind.get('person') ?? [];
    // "Who said ...?": a quotation of some length, and a named speaker outside it, with a verb of saying.
    for (const q of sentence.text.matchAll(/[“"]([^”"]{25,300}?)[,.]?[”"]/g)) {
      const qStart = sentence.start + q.index!;
      const qEnd = qStart + q[0].length;
      const rest = sentence.text.slice(0, q.index!) + sentence.text.slice(q.index! + q[0].length);
      const speaker = inside.find(m => m.kind === 'person' && (m.end <= qStart || m.start >= qEnd));
      if (!speaker || !SAID.test(rest) || inside.some(m => m.kind === 'person' && m !== speaker && (m.end <= qStart || m.start >= qEnd))) continue;
      const quote = q[1]!.trim();
      if (people.some(p => alias(p, speaker.text) && norm(quote).includes(norm(p)))) continue;
      const distractors = people.filter(d => !alias(d, speaker.text) && (d.split(' ').length > 1) === (speaker.text.split(' ').length > 1));
      out.push({ sentence, key: speaker, prompt: `___ said: “${quote}”`, distractors, score: 2 + (sentence.paragraph === 0 ? 3 : 0) + (1 - sentence.paragraph / paragraphs) * 2, quote });
    }
    for (const key of inside) {
      const from = key.start - sentence.start;
      const to = key.end - sentence.start;
      const before = sentence.text[from - 1] ?? ' ';
      const after = sentence.text[to] ?? ' ';
      // Never blank part of a token: a word, a hyphenated form ("6-week-old"), a time ("2:35"), a
      // decimal, "±0.7": the blank stands between spaces and ordinary punctuation only.
      if (!/[\s("“‘[]/.test(before) || !/[\s.,;:!?)"”’\]]/.test(after) || /^[:.,/]\d/.test(sentence.text.slice(to, to + 2))) continue;
      // Never leave half a name as a clue: "Aretha ___" for "Franklin", "___ Ellis" for "Port".
      const prevWord = /([\p{Lu}][\p{L}'’-]*)\s$/u.exec(sentence.text.slice(0, from))?.[1];
      const nextWord = /^\s([\p{Lu}][\p{L}'’-]*)/u.exec(sentence.text.slice(to))?.[1];
      const named = key.kind !== 'number' && key.kind !== 'year';
      // A number that is part of a name or designation ("Athlon 64", "Super Bowl 50", "21 Lutetia"),
      // inside brackets ("(0735 UTC)"), or followed by its own conversion ("70 miles (112 km)").
      if (!named && ((prevWord && from > prevWord.length + 1) || nextWord || before === '(' || /^\s*\p{L}*\s*\(\d/u.test(sentence.text.slice(to)))) continue;
      if (named && ((prevWord && !TITLE_WORD.test(prevWord) && from > prevWord.length + 1) || (nextWord && !TITLE_WORD.test(nextWord)))) continue;
      const prompt = `${sentence.text.slice(0, from)}___${sentence.text.slice(to)}`;
      // The key, or a name of the same thing, must not stand elsewhere in the prompt.
      if (inside.some(m => m !== key && alias(m.text, key.text)) || norm(prompt).includes(norm(key.text))) continue;
      const pool = key.kind === 'number' || key.kind === 'year' ? shiftedNumbers(key, sentence.text.slice(0, from), sentence.text) : (byKind.get(key.kind) ?? []);
      const size = (x: string) => x.split(/\s+/).length;
      // Same form as the key: a full name for a full name, about as many words.
      const sameForm = (d: string) => (key.kind === 'person' ? size(d) > 1 === size(key.text) > 1 : Math.abs(size(d) - size(key.text)) <= 1);
      const distractors: string[] = [];
      for (const d of pool) {
        if (distractors.length >= 12) break; // enough to choose from; a long article has thousands
        const fits = sameForm(d) && !alias(d, key.text) && !inside.some(m => alias(m.text, d)) && !norm(sentence.text).includes(norm(d));
        // Two options that name the same thing ("U.N.", "United Nations") would both be wrong: keep one.
        if (fits && !distractors.some(x => alias(x, d))) distractors.push(d);
      }
      const importance =
        (sentence.paragraph === 0 ? 3 : 0) +
        (1 - sentence.paragraph / paragraphs) * 2 +
        Math.min(overlap, 3) +
        Math.min((counts.get(norm(key.text)) ?? 1) - 1, 3) +
        (key.kind === 'number' ? 1.5 : key.kind === 'person' ? 1 : 0);
      out.push({ sentence, key, prompt, distractors, score: importance });
    }
  }
  return out;
}

/**
 * The best `count` candidates: highest score first, at most one per sentence and one per key, then
 * in the order of the article.
 */
export function select<C extends Candidate>(all: C[], count: number): C[] {
  const chosen: C[] = [];
  const sorted = [...all].sort((a, b) => b.score - a.score || a.sentence.start - b.sentence.start || a.key.start - b.key.start);
  for (const c of sorted) {
    if (chosen.length >= count) break;
    if (chosen.some(x => x.sentence === c.sentence || norm(x.key.text) === norm(c.key.text))) continue;
    chosen.push(c);
  }
  return chosen.sort((a, b) => a.sentence.start - b.sentence.start);
}
