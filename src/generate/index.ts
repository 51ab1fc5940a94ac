/**
 * The question generator: article text in, question set out. No DOM, no Lit; runs in Node, a worker
 * or the page. It is never part of the runtime bundle: pages load it only when asked to generate.
 */
export { generateQuestionSet, GenerateError, type GenerateOptions, type Article, type QuestionKind } from './generate.js';
export { cleanArticle, type CleanArticle } from './clean.js';
export { analyse, type Mention, type MentionKind } from './analyse.js';
export { splitParagraphs, splitSentences, type Span, type Sentence } from './segment.js';
export { sidesOf } from './sides.js';
