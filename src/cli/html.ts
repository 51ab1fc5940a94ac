// An article's main content from a web page, for the CLI: Mozilla's Readability over linkedom's DOM.
// Node only (the page's own DOM is used in browsers).
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';

/** The title and the text of the article in `html`, paragraphs separated by blank lines. */
export function articleFromHtml(html: string): { title?: string; text: string } {
  const { document } = parseHTML(html);
  const parsed = new Readability(document as unknown as Document).parse();
  const root = parseHTML(`<!doctype html><html><body>${parsed?.content ?? ''}</body></html>`).document;
  const blocks = [...root.querySelectorAll('p, li, h2, h3, h4, blockquote')]
    .map(el => (el.textContent ?? '').replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  const text = blocks.length ? blocks.join('\n\n') : (parsed?.textContent ?? document.body?.textContent ?? '').trim();
  const title = parsed?.title?.trim() || undefined;
  return title ? { title, text } : { text };
}
