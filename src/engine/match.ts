/**
 * Forgiving fill-in answer matching. Pure functions: no DOM, no Lit.
 *
 * Both the response and every accepted answer are reduced to a comparison key by `normaliseAnswer`;
 * equal keys are a match. Failing that, the typo rule compares the keys word by word.
 */
import { editDistance, type MatchingOptions } from '../model/index.js';

/** The outcome of matching one fill-in response. */
export interface MatchResult {
  /** The response matches one of the accepted answers. */
  correct: boolean;
  /** `answers[0]`, always: what feedback shows as "the" answer. */
  canonical: string;
  /** The accepted answer it matched, when correct. */
  matched?: string;
  /** Accepted only thanks to the typo rule ("close spelling accepted"). */
  close: boolean;
}

// Strips combining diacritics only (not every \p{M}): vowel signs of Indic scripts are letters.
const fold = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').normalize('NFC');
const key = (w = '') => fold(w.toLowerCase());

// Number words: a word's position in the list gives its value (0-19, tens, then 1e2, 1e3, 1e6, 1e9).
const WORDS = new Map<string, number>();
'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand million billion'
  .split(' ')
  .forEach((w, i) => WORDS.set(w, i < 20 ? i : i < 28 ? i * 10 - 180 : 10 ** +'2369'[i - 28]!));

const isScale = (w = '') => (WORDS.get(key(w)) ?? 0) >= 100;

/**
 * Digit groups to one form: "6,000", "6.000", "6 000", "6'000" -> "6000"; "3,5" -> "3.5". Groups of
 * exactly three digits after one kind of separator are thousands (so "6.000" is six thousand, as most of
 * Europe writes it); a single "." or "," before other digit counts is a decimal point. Anything else
 * ("1,2,3", mixed "1,500.5") is left as written: rare in answers, and not worth the bytes.
 */
const digits = (m: string) =>
  /^[1-9]\d{0,2}([ .,'])\d{3}(\1\d{3})*$/.test(m) ? m.replace(/\D/g, '') : /^\d+[.,]\d+$/.test(m) ? m.replace(',', '.') : m;

/** Runs of number words (and "6 thousand", "1.5 million") to digits: "two hundred and fifty" -> "250". */
function numberWords(s: string): string {
  const out: string[] = [];
  let total = 0;
  let cur = 0;
  let run = false;
  let and = '';
  const flush = () => {
    if (run) out.push(String(+(total + cur).toPrecision(15)));
    if (and) out.push(and);
    total = cur = 0;
    run = false;
    and = '';
  };
  // "twenty-one" is two number words; "al-Sarraj" stays one word.
  const t = s.split(' ').flatMap(w => (w.split('-').every(p => WORDS.has(key(p))) ? w.split('-') : [w]));
  t.forEach((w, i) => {
    const k = key(w);
    // A figure only starts a run and only before a scale word, so "2011 2012" stays two.
    const v = WORDS.get(k) ?? (!run && /^\d+(\.\d+)?$/.test(k) && isScale(t[i + 1]) ? +k : undefined);
    if (v === undefined) {
      if (run && !and && k === 'and') and = w;
      else flush(), out.push(w);
      return;
    }
    // "twenty one" is 21 but "one two" is two numbers, not 3.
    if (v < 100 && cur % 100 && !(cur % 10 === 0 && v < 10)) flush();
    and = '';
    run = true;
    if (v < 100) cur += v;
    else if (v === 100) cur = (cur || 1) * 100;
    else (total += (cur || 1) * v), (cur = 0);
  });
  flush();
  return out.join(' ');
}

/**
 * The comparison key of an answer or response under `options` (defaults: forgiving). Always applies
 * Unicode NFKC and trims and collapses whitespace. Never throws.
 */
export function normaliseAnswer(text: string, options: MatchingOptions = {}): string {
  const { caseSensitive, accents, punctuation = true, articles = true, numbers = true } = options;
  let s = text;
  // Before NFKC, which would turn "´" into a space and a combining accent.
  if (punctuation) {
    s = s.replace(/[\u2018-\u201f\u2032\u2033\u00b4\u00ab\u00bb`"]/g, "'").replace(/[\u2010-\u2015\u2212]/g, '-');
  }
  s = s.normalize('NFKC');
  if (!caseSensitive) s = s.toLowerCase();
  if (!accents) s = fold(s);
  s = s.replace(/\s+/g, ' ').trim();
  if (punctuation) {
    // A loop, not /[...]+$/, which is quadratic on long runs of punctuation.
    let e = s.length;
    while (e && ' .,;:!?\''.includes(s[e - 1]!)) e--;
    s = s.slice(0, e).replace(/^['¿¡ ]+/, '');
  }
  if (articles) s = s.replace(/^(?:the|an?|el|los|las?|una?) /i, '');
  if (numbers) s = numberWords(s.replace(/\d+(?:[ .,']\d+)*/g, digits));
  return s;
}

/**
 * Word by word, within a small edit budget that grows with the word: none up to 3 letters; at 4 letters
 * only an extra letter (a changed letter too often makes another word: Iraq/Iran, Mali/Bali); 1 edit up
 * to 8 letters, 2 from 9. Never for figures. An edit a switched-off rule makes significant (case, accent,
 * punctuation) is not a typo: the edits must survive default normalisation.
 */
function near(a: string, b: string): boolean {
  const x = a.split(' ');
  const y = b.split(' ');
  return (
    b.length <= 60 &&
    x.length === y.length &&
    x.every((w, i) => {
      const v = y[i]!;
      const n = Math.min(w.length, v.length);
      if (w === v) return true;
      if (n < 4 || /\d/.test(w + v)) return false;
      const d = editDistance(w, v);
      return (
        d <= (n > 8 ? 2 : n > 4 || w.length !== v.length ? 1 : 0) &&
        editDistance(normaliseAnswer(w), normaliseAnswer(v)) === d
      );
    })
  );
}

/**
 * Matches a fill-in response against the accepted answers. An exact (normalised) match with any answer
 * wins over a typo match with an earlier one. Empty responses are never correct. Never throws.
 */
export function matchAnswer(response: string, answers: readonly string[], options: MatchingOptions = {}): MatchResult {
  const canonical = answers[0] ?? '';
  const r = normaliseAnswer(response, options);
  const keys = answers.map(a => normaliseAnswer(a, options));
  let i = r ? keys.indexOf(r) : -1;
  const close = i < 0 && !!r && options.typos !== false && r.length <= 60 && (i = keys.findIndex(k => near(r, k))) >= 0;
  return i < 0 ? { correct: false, canonical, close: false } : { correct: true, canonical, matched: answers[i]!, close };
}
