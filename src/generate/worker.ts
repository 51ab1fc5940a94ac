/**
 * The generator as a page loads it (dist/article-quiz-generate.min.js): the same exports as the
 * package's `generate` module, and, when this file is started as a module Web Worker, an answer to
 * every message `{ article, options }` with `{ set }` or `{ error }` (a GenerateError's message, for
 * people). `<article-quiz for>` starts it as a worker, or imports it on the main thread where workers
 * are unavailable. No DOM.
 */
import { GenerateError, generateQuestionSet, type Article, type GenerateOptions } from './generate.js';

export * from './index.js';

/** What the page sends to the worker. */
export interface GenerateRequest {
  article: Article;
  options?: GenerateOptions;
}

/** What the worker answers: the question set, or why there is none. */
export type GenerateReply = { set: ReturnType<typeof generateQuestionSet> } | { error: string };

/** Generates for one request; never throws (an unexpected failure is answered as an error too). */
export function answer(request: GenerateRequest): GenerateReply {
  try {
    return { set: generateQuestionSet(request.article, request.options) };
  } catch (e) {
    return { error: e instanceof GenerateError ? e.message : `the generator failed (${String(e)})` };
  }
}

interface WorkerScope {
  addEventListener(type: 'message', listener: (e: { data: GenerateRequest }) => void): void;
  postMessage(message: GenerateReply): void;
}

// In a worker, `self` is a WorkerGlobalScope and there is no `document`; on the main thread and in
// Node nothing is installed.
const scope = globalThis as unknown as WorkerScope & { WorkerGlobalScope?: unknown; document?: unknown };
if (typeof scope.WorkerGlobalScope === 'function' && !scope.document) {
  scope.addEventListener('message', e => scope.postMessage(answer(e.data)));
}
