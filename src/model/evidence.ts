/**
 * Finding a question's evidence sentence in an article's text: at its offsets when the text there is
 * the same, else where it first occurs, else by its words with any whitespace between them (the
 * generator reads runs of whitespace as single spaces; a page or a pasted article may have line
 * breaks there). Used by `<article-quiz for>` and `<quiz-editor>`. No DOM.
 */
import type { Question } from './types.js';

export function findEvidence(article: string, q: Question): { start: number; end: number } | undefined {
  const e = q.evidence;
  if (!e?.text.trim()) return undefined;
  if (e.start !== undefined && article.slice(e.start, e.start + e.text.length) === e.text) return { start: e.start, end: e.start + e.text.length };
  const i = article.indexOf(e.text);
  if (i >= 0) return { start: i, end: i + e.text.length };
  const words = e.text.trim().split(/\s+/).map(w => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const m = new RegExp(words.join('\\s+')).exec(article);
  return m ? { start: m.index, end: m.index + m[0].length } : undefined;
}
