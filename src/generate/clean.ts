/**
 * Cleaning, the generator's first stage: the article's own text, without the page furniture that
 * news sites put around and inside it. Offsets into the original text are kept, so that a question's
 * evidence still points at the article as given. No DOM.
 */
import { splitParagraphs, type Span } from './segment.js';

export interface CleanArticle {
  /** The headline, when the text starts with one (a first line with no sentence-ending mark). */
  title?: string;
  /** Paragraphs of the article body, with offsets into the original text. */
  paragraphs: Span[];
  /** Paragraphs dropped as furniture, for the eval report and for debugging. */
  removed: Span[];
}

/** Lines that are never part of a story, wherever they stand. */
const FURNITURE = [
  />>\s*$/, // "See the most-read stories this hour >>"
  /^(follow|like) (me|us) on (twitter|facebook|instagram|x)\b/i,
  /^(read|see) (more|also)\b/i,
  /^(related|more from|recommended|trending|most read|sign up|subscribe|advertisement)\b/i,
  /^(sources?|references|external links|see also)\s*:?\s*$/i,
  /^(by|from)\s+[\p{Lu}][\p{L}.'’-]+(\s+[\p{Lu}][\p{L}.'’-]+){0,3}\s*(,.*)?$/u, // bylines
  /^(photo|image|picture|video)\s*(credit)?\s*:/i,
  /^(file )?(photo|picture|image)s? of\b/i, // captions
  /\b(image|photo|picture|credit)\s*:\s/i, // "… Image: State of California."
  // Source citations: a headline, then "—Outlet, August 9, 2009", "—Agence France-Presse, August 9,2009"
  // or "—Nature (magazine), June 5, 2017".
  /[—–]\s*[\p{Lu}][\p{L}\s.&'()-]+,\s*(January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2},?\s*\d{4}\s*$/u,
  /\((photo|image)\s*:/i,
  /\b(getty images|associated press|reuters|afp)\s*\)?\s*$/i, // photo credits
  /^(share|tweet|email|print)( this( story| article)?)?\s*$/i,
  /^(comments?|leave a comment|what do you think\??|tell us what you think)\b/i,
  /@\w+\s*$/, // a handle at the end of a line
  /^https?:\/\/\S+$/i,
  /^[-–—=*_\s]+$/, // separators
  /^a compilation of (?:brief )?news reports\b/i, // digest headers with their dates
];

const ENDS_SENTENCE = /[.!?…]["'”’)\]]*$/;

/**
 * Splits the text into paragraphs and drops furniture: lines matching FURNITURE anywhere, and, after
 * the last paragraph that reads as prose, any run of short lines with no final punctuation (related
 * headlines, tag lists). A first line with no final punctuation is the title.
 */
export function cleanArticle(text: string): CleanArticle {
  // A carriage return becomes a space, not nothing: offsets stay those of the original text.
  const all = splitParagraphs(text.replace(/\r/g, ' '));
  const removed: Span[] = [];
  let title: string | undefined;
  let paragraphs: Span[] = [];
  all.forEach((p, i) => {
    const line = p.text.trim();
    if (FURNITURE.some(re => re.test(line))) removed.push(p);
    else if (i === 0 && !ENDS_SENTENCE.test(line) && line.split(/\s+/).length <= 20) title = line;
    else paragraphs.push(p);
  });
  // Headline lists after the story: paragraphs with no final punctuation after the last prose one.
  let last = paragraphs.length - 1;
  while (last >= 0 && !ENDS_SENTENCE.test(paragraphs[last]!.text.trim())) last--;
  removed.push(...paragraphs.slice(last + 1));
  paragraphs = paragraphs.slice(0, last + 1);
  // Inside the story, a paragraph without any sentence mark and few words is a heading or a caption.
  paragraphs = paragraphs.filter(p => {
    const keep = /[.!?…]/.test(p.text) || p.text.split(/\s+/).length > 12;
    if (!keep) removed.push(p);
    return keep;
  });
  removed.sort((a, b) => a.start - b.start);
  return title === undefined ? { paragraphs, removed } : { title, paragraphs, removed };
}
