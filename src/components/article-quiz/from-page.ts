/**
 * `<article-quiz for="story">`: the quiz made from an article on the page, and the way back from a
 * question to its sentence in that article. A chunk of its own, loaded only when `for` is set.
 *
 * The article's text is read from the DOM (blocks become paragraphs, whitespace is collapsed, scripts,
 * buttons, captions, hidden parts and the quiz itself are left out), with a map from every character
 * back to its text node. The generator runs in a module Web Worker, or on the main thread where a
 * worker cannot start (no Worker, or a Content-Security-Policy without worker-src). The article's DOM
 * is never changed: the evidence sentence is shown with the CSS Custom Highlight API, or where that is
 * missing, by selecting it.
 */
import { findEvidence } from '../../model/evidence.js';
import type { Question, QuestionSet } from '../../model/types.js';

/** The generator as the page loads it (the built runtime points this at dist/article-quiz-generate.min.js). */
const GENERATOR = new URL('../../generate/worker.ts', import.meta.url);

/** The name of the highlight, for pages that style it: `::highlight(article-quiz) { … }`. */
export const HIGHLIGHT = 'article-quiz';

/** What a page's quiz reads from the element: its public properties and attributes. */
type Quiz = HTMLElement & { for: string; seed?: string };

interface GeneratorModule {
  answer(request: GeneratorRequest): { set: QuestionSet } | { error: string };
}

// --- reading the article ----------------------------------------------------------------------------

/** Never part of the article's text. */
const SKIP = /^(script|style|noscript|template|article-quiz|button|select|textarea|input|svg|math|iframe|audio|video|canvas|figcaption|nav|aside|form|h1)$/;
/** Elements that start and end a paragraph. */
const BLOCK = /^(p|h[2-6]|li|dt|dd|blockquote|div|section|article|header|footer|figure|pre|table|tr|td|th|caption|main|br|hr)$/;

export interface PageText {
  text: string;
  /** The h1 inside the article, if any: the title. */
  title?: string;
  /** For every character of `text`: its text node (undefined for paragraph breaks) and offset there. */
  nodes: (Text | undefined)[];
  offsets: number[];
}

/** The readable text of an element, as the generator reads it, with the way back to the DOM. */
export function readArticle(root: Element): PageText {
  const page: PageText = { text: '', nodes: [], offsets: [] };
  let text = '';
  const push = (c: string, node?: Text, offset = 0) => {
    text += c;
    page.nodes.push(node);
    page.offsets.push(offset);
  };
  const trimEnd = () => {
    while (text.endsWith(' ')) {
      text = text.slice(0, -1);
      page.nodes.pop();
      page.offsets.pop();
    }
  };
  const paragraph = () => {
    trimEnd();
    if (text && !text.endsWith('\n\n')) for (const c of text.endsWith('\n') ? '\n' : '\n\n') push(c);
  };
  const visit = (node: Node): void => {
    for (const child of node.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) {
        const data = (child as Text).data;
        for (let i = 0; i < data.length; i++) {
          const c = data[i]!;
          if (!/\s/.test(c)) push(c, child as Text, i);
          else if (text && !/[ \n]$/.test(text)) push(' ', child as Text, i);
        }
      } else if (child instanceof Element) {
        if (SKIP.test(child.localName) || (child as HTMLElement).hidden || child.getAttribute('aria-hidden') === 'true') continue;
        const block = BLOCK.test(child.localName);
        if (block) paragraph();
        visit(child);
        if (block) paragraph();
      }
    }
  };
  visit(root);
  trimEnd();
  while (text.endsWith('\n')) {
    text = text.slice(0, -1);
    page.nodes.pop();
    page.offsets.pop();
  }
  page.text = text;
  const title = root.querySelector('h1')?.textContent?.replace(/\s+/g, ' ').trim();
  if (title) page.title = title;
  return page;
}

/** The element that `for` names: an id, else a CSS selector, looked up where the quiz is. */
function target(quiz: Quiz): Element {
  const name = quiz.for.trim();
  const root = quiz.getRootNode() as Document | ShadowRoot;
  let found: Element | null = null;
  try {
    found = root.getElementById(name) ?? root.querySelector(name);
  } catch {
    // Not a valid selector either: reported below.
  }
  if (!found) throw new Error(`no element on the page matches for="${name}"`);
  return found;
}

// --- generating -------------------------------------------------------------------------------------

/** Makes the question set for the quiz's `for` article; rejects with a message for people. */
export async function generate(quiz: Quiz): Promise<QuestionSet> {
  const page = readArticle(target(quiz));
  if (!page.text.trim()) throw new Error('the article on the page has no text');
  const count = Number(quiz.getAttribute('count'));
  const request = {
    article: { title: page.title, text: page.text },
    options: {
      count: Number.isInteger(count) && count > 0 ? count : 8,
      seed: quiz.seed,
      lang: quiz.closest('[lang]')?.getAttribute('lang') ?? undefined,
    },
  };
  const reply = await runGenerator(request);
  if ('error' in reply) throw new Error(reply.error);
  return reply.set;
}

/** A request to the generator: the article, and options such as count, seed, kinds and lang. */
export interface GeneratorRequest {
  article: { title?: string; text: string };
  options: object;
}

/**
 * Runs the generator once: in a module Web Worker, or on the main thread where no worker can start.
 * Never rejects for the generator's own refusals: they are answered as `{ error }`, in words for people.
 */
export async function runGenerator(request: GeneratorRequest): Promise<{ set: QuestionSet } | { error: string }> {
  return (await inWorker(request)) ?? (await import(/* @vite-ignore */ GENERATOR.href) as GeneratorModule).answer(request);
}

/** Runs the generator in a module worker; undefined when no worker can start here. */
function inWorker(request: object): Promise<{ set: QuestionSet } | { error: string } | undefined> {
  if (typeof Worker !== 'function') return Promise.resolve(undefined);
  return new Promise(resolve => {
    let worker: Worker;
    try {
      worker = new Worker(GENERATOR, { type: 'module' });
    } catch {
      return resolve(undefined);
    }
    const done = (reply: { set: QuestionSet } | { error: string } | undefined) => {
      worker.terminate();
      resolve(reply);
    };
    worker.onmessage = e => done(e.data as { set: QuestionSet } | { error: string });
    // The worker could not load (blocked, or module workers unsupported): the main thread does it.
    worker.onerror = e => {
      e.preventDefault();
      done(undefined);
    };
    worker.postMessage(request);
  });
}

// --- showing a question's sentence --------------------------------------------------------------------

/**
 * Scrolls to the question's evidence sentence in the `for` article and highlights it. The sentence is
 * found at its offsets when the text there is the same, else by its words (findEvidence). Returns
 * false (and does nothing) when the sentence is not in the article.
 */
export function locate(quiz: Quiz, question: Question): boolean {
  const evidence = question.evidence;
  if (!evidence) return false;
  const page = readArticle(target(quiz));
  const found = findEvidence(page.text, question);
  if (!found) return false;
  const { start, end } = found;
  // The first and last characters that are in a text node.
  let a = start;
  while (a < end && !page.nodes[a]) a++;
  let b = end - 1;
  while (b > a && !page.nodes[b]) b--;
  const range = document.createRange();
  range.setStart(page.nodes[a]!, page.offsets[a]!);
  range.setEnd(page.nodes[b]!, page.offsets[b]! + 1);
  highlight(range);
  const reduce = matchMedia('(prefers-reduced-motion: reduce)').matches;
  (range.startContainer.parentElement ?? quiz).scrollIntoView({ block: 'center', behavior: reduce ? 'auto' : 'smooth' });
  return true;
}

let styled = false;

function highlight(range: Range): void {
  const registry = (globalThis.CSS as { highlights?: Map<string, unknown> } | undefined)?.highlights;
  const Highlight = (globalThis as { Highlight?: new (r: Range) => unknown }).Highlight;
  if (registry && Highlight) {
    if (!styled) {
      // A constructed sheet, so a strict Content-Security-Policy allows it; the page can restyle it.
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(`::highlight(${HIGHLIGHT}){background-color:var(--aq-color-highlight,Mark);color:var(--aq-color-highlight-text,MarkText)}`);
      document.adoptedStyleSheets = [sheet, ...document.adoptedStyleSheets];
      styled = true;
    }
    registry.set(HIGHLIGHT, new Highlight(range));
    return;
  }
  const selection = getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
}
