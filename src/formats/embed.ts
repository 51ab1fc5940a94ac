/**
 * The HTML to paste into a page: the runtime's script tag and an `<article-quiz>` with the question
 * set inline, as the element reads it (a child `<script type="application/json">`). No DOM.
 */
import type { QuestionSet } from '../model/types.js';

/** Where the runtime is loaded from unless told otherwise. */
export const DEFAULT_SCRIPT_URL = 'https://unpkg.com/article-quiz/dist/article-quiz.min.js';

export interface EmbedOptions {
  /** URL of `article-quiz.min.js`; default {@link DEFAULT_SCRIPT_URL}. */
  scriptUrl?: string;
}

/**
 * JSON that is safe inside a `<script>` element: `<`, `>` and `&` are written as `\u003c`, `\u003e`
 * and `\u0026` (the same string to JSON.parse), so no text in the set can close the element with
 * `</script>` or open a comment with `<!--`; U+2028 and U+2029 are escaped too.
 */
export function scriptSafeJson(value: unknown, indent = 2): string {
  return JSON.stringify(value, null, indent).replace(/[<>&\u2028\u2029]/g, c => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** The markup for a page: the module script tag, then the element with the set inline. */
export function embedSnippet(set: QuestionSet, options: EmbedOptions = {}): string {
  const src = (options.scriptUrl ?? DEFAULT_SCRIPT_URL).replace(/[&"<>]/g, c => `&#${c.charCodeAt(0)};`);
  return `<script type="module" src="${src}"></script>
<article-quiz>
  <script type="application/json">
${scriptSafeJson(set)}
  </script>
</article-quiz>
`;
}
