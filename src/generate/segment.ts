/**
 * Segmentation, the generator's first stage: article text into paragraphs, then sentences, each with
 * its character offsets in the original text (so a question's evidence can point back at it).
 * No DOM, no NLP package: plain rules that know abbreviations, initials, decimals and quotations.
 */

export interface Span {
  text: string;
  /** Offset of the first character in the article text. */
  start: number;
  /** Offset just past the last character. */
  end: number;
}

export interface Sentence extends Span {
  /** Index of the paragraph the sentence belongs to. */
  paragraph: number;
}

/** Words that end with a full stop without ending a sentence (compared lower-case, without the stop). */
const ABBREVIATIONS = new Set(
  (
    'mr mrs ms dr prof sr jr st mt ft gen lt col sgt capt cmdr adm gov sen rep rev hon pres supt insp ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun ' +
    'inc ltd co corp bros dept univ assn est approx vs etc no nos fig figs vol ed eds p pp ' +
    'u.s u.k u.n e.u u.s.a d.c a.m p.m e.g i.e ph.d n.y l.a'
  ).split(' '),
);

/** Abbreviations that are also words ("Sun", "No"), shortened only before a number or a date. */
const BEFORE_NUMBER = new Set('mon tue tues wed thu thur thurs fri sat sun jan feb mar apr jun jul aug sep sept oct nov dec no nos fig figs vol p pp'.split(' '));

/** Abbreviations that are ordinary words at the end of a sentence ("... in the U.S. The next ..."). */
const CAN_END = new Set(['u.s', 'u.k', 'u.n', 'e.u', 'u.s.a', 'd.c', 'a.m', 'p.m', 'etc', 'inc', 'ltd', 'co', 'corp', 'jr', 'sr']);

const CLOSERS = `"'”’)]»`;

/** Splits text into paragraphs at blank lines; single line breaks stay inside a paragraph. */
export function splitParagraphs(text: string): Span[] {
  const out: Span[] = [];
  const re = /\S(?:[^\n]|\n(?![ \t\r]*\n))*/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const raw = m[0].replace(/\s+$/, '');
    out.push({ text: raw, start: m.index, end: m.index + raw.length });
  }
  return out;
}

/** Splits text into sentences with their offsets and paragraph index. */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  splitParagraphs(text).forEach((p, paragraph) => {
    for (const s of sentencesIn(p.text)) {
      out.push({ text: s.text, start: p.start + s.start, end: p.start + s.end, paragraph });
    }
  });
  return out;
}

function sentencesIn(para: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  const push = (end: number) => {
    const raw = para.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (body) out.push({ text: body, start: start + lead, end: start + lead + body.length });
    start = end;
  };
  for (let i = 0; i < para.length; i++) {
    const ch = para[i]!;
    // A line that ends with ";" or ":" is a list item or its lead-in: the line break ends it.
    if (ch === '\n' && /[;:]\s*$/.test(para.slice(start, i))) {
      push(i);
      continue;
    }
    if (ch !== '.' && ch !== '!' && ch !== '?' && ch !== '…') continue;
    // Take a run of marks and closing quotes/brackets: `?!`, `.”`, `...)`.
    let j = i + 1;
    while (j < para.length && (/[.!?…]/.test(para[j]!) || CLOSERS.includes(para[j]!))) j++;
    const rest = para.slice(j);
    if (rest && !/^\s/.test(rest)) {
      i = j - 1;
      continue; // "3.5", "U.S.-backed", "example.com"
    }
    const next = rest.trimStart();
    if (!next) {
      push(j);
      break;
    }
    if (ch === '.' && !endsSentence(para.slice(start, i), next)) {
      i = j - 1;
      continue;
    }
    // A new sentence starts with a capital, a digit, or an opening quote or bracket.
    if (!/^[\p{Lu}\p{N}"“‘'(\[¿¡]/u.test(next)) {
      i = j - 1;
      continue;
    }
    push(j);
    i = j - 1;
  }
  push(para.length);
  return out;
}

/** Whether a full stop after `before` ends the sentence, given the text that follows. */
function endsSentence(before: string, next: string): boolean {
  const word = /(\S+)$/.exec(before)?.[1] ?? '';
  const bare = word.replace(/^[("“‘'[]+/, '').toLowerCase();
  if (/^\p{L}$/u.test(bare)) return false; // an initial: "John F. Kennedy"
  // Initials before a name: "V.K. Verma", "J.R.R. Tolkien" (but "U.S." may end a sentence, below).
  if (/^(?:\p{Lu}\.)+\p{Lu}$/u.test(word.replace(/^[("“‘'[]+/, '')) && !CAN_END.has(bare) && /^\p{Lu}\p{Ll}/u.test(next)) return false;
  if (!ABBREVIATIONS.has(bare)) return true;
  // "Jan. 5", "No. 7", "Sun. 12 May": a day, a month or a number sign is short only before a date or a
  // number; "the Sun." and "in March." end their sentences.
  if (BEFORE_NUMBER.has(bare)) return !/^(?:\d|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b)/.test(next);
  if (!CAN_END.has(bare)) return false; // "Dr. Smith", "approx. 40"
  // "U.S." ends a sentence when the next word is a usual sentence opener, not a name it modifies.
  return SENTENCE_OPENER.test(next);
}

const SENTENCE_OPENER =
  /^(?:The|A|An|It|He|She|They|We|I|In|On|At|But|And|This|That|These|Those|There|Its|His|Her|Their|Some|Many|Most|Officials?|After|Before|When|While|Still|Yet|So|Now|Last|Next)\b|^[“"‘]/;
