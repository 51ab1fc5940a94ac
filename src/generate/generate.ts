/**
 * generateQuestionSet: article text in, a valid question set out, each question linked to the
 * sentence that answers it. Deterministic: the same article, options and seed give the same set.
 */
import { hash } from '../engine/quiz.js';
import { assertQuestionSet, type Question, type QuestionSet } from '../model/index.js';
import { analyse } from './analyse.js';
import { cleanArticle } from './clean.js';
import { candidates, select, type Candidate } from './questions.js';
import type { Sentence } from './segment.js';
import { splitSentences } from './segment.js';

export type QuestionKind = 'fill-in' | 'choice';

export interface GenerateOptions {
  /** How many questions at most (default 8). */
  count?: number;
  /** Changes which questions become multiple choice and the order of choices (default "1"). */
  seed?: string;
  /** Kinds to make (default both). */
  kinds?: QuestionKind[];
  /** Language of the article (only "en" is analysed today). */
  lang?: string;
  /** Title of the set; by default "Quiz: " and the article's title. */
  title?: string;
}

export type Article = string | { title?: string; text: string };

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
  const kinds = options.kinds?.length ? options.kinds : (['choice', 'fill-in'] as QuestionKind[]);
  const cleaned = cleanArticle(text);
  const title = given ?? cleaned.title;
  // Sentences of the body only, with offsets into the original text.
  const sentences: Sentence[] = [];
  cleaned.paragraphs.forEach((p, paragraph) => {
    for (const s of splitSentences(p.text)) sentences.push({ ...s, start: p.start + s.start, end: p.start + s.end, paragraph });
  });
  if (!sentences.length) throw new GenerateError('the article has no sentences to ask about');
  const mentions = analyse(text).filter(m => sentences.some(s => m.start >= s.start && m.end <= s.end));
  const chosen = select(candidates(sentences, mentions, title), count);
  if (!chosen.length) throw new GenerateError('no sentence of the article gives a good question');
  const questions = chosen.map((c, i) => toQuestion(c, i, kinds, seed));
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

/** Multiple choice where there are three good distractors and the seed says so; fill-in otherwise. */
function toQuestion(c: Candidate, i: number, kinds: QuestionKind[], seed: string): Question {
  const evidence = { text: c.sentence.text, start: c.sentence.start, end: c.sentence.end };
  const id = `q${i + 1}`;
  const roll = parseInt(hash(`${seed}/${c.sentence.start}/${c.key.start}`), 36);
  const asChoice = kinds.includes('choice') && c.distractors.length >= 3 && (!kinds.includes('fill-in') || roll % 3 !== 0);
  if (asChoice) {
    const picks = c.distractors
      .map(d => [parseInt(hash(`${seed}/${d}`), 36), d] as const)
      .sort((a, b) => a[0] - b[0])
      .slice(0, 3)
      .map(x => x[1]);
    const texts = [c.key.text, ...picks].sort((a, b) => parseInt(hash(`${seed}${a}`), 36) - parseInt(hash(`${seed}${b}`), 36));
    const choices = texts.map((text, j) => ({ id: String.fromCharCode(97 + j), text }));
    return { id, type: 'choice', prompt: c.prompt, choices, correct: [choices.find(ch => ch.text === c.key.text)!.id], evidence };
  }
  return { id, type: 'fill-in', prompt: c.prompt, answers: [c.key.text], evidence };
}
