/**
 * Distractors for a number: plausible wrong values in the key's own form. Numbers the article gives
 * for the same thing ("400 homes", "120 homes") come first; the rest are made around the key, with
 * the key at a seeded position among them (not always second-smallest, which a reader could learn),
 * rounded as the key is rounded ("6,000" gives thousands). Numbers that would also be true, or
 * impossible, are never offered. No DOM.
 */
import { numberWord } from './analyse.js';

/** Words before a number that make other numbers true as well ("more than 20": 10 is true too). */
export const BOUND = /\b(?:more than|less than|fewer than|over|under|at least|at most|up to|as many as|as few as|before age|within|nearly|almost|in the (?:past|last)|over the (?:past|last)|during the (?:past|last))\s+$/i;
const MONTH = /\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s+$/;
/** Numbers that are labels, not amounts: "number 91", "No. 7", "flight 370", "route 66". */
const LABEL = /\b(?:number|no\.|nos\.|flight|route|highway|train|bus|line|platform|gate|room|chapter|article|section|page|episode|season|game|round|stage|category|level|grade|class|version|model|type|mark|channel|district|precinct|ward|unit|squad)\s+$/i;

/** A seeded number from 0 to n - 1. */
export type Roll = (n: number, ...salt: (string | number)[]) => number;

export interface NumberContext {
  /** The sentence before the number, and after it. */
  before: string;
  after: string;
  /** Other numbers of the article with the word after them, in text form. */
  others: { text: string; value: number; unit: string }[];
}

/** A headline's round numbers in words as figures, so that they bound and part options as figures do:
 * "more than a hundred injured" is "more than 100 injured". */
export function inFigures(text: string): string {
  return text.replace(/\ba hundred\b/gi, '100').replace(/\ba thousand\b/gi, '1,000');
}

/** The first word after a number: its unit ("homes", "million", "%"). */
export function unitAfter(after: string): string {
  return (/^\s*(%|[\p{L}-]+)/u.exec(after)?.[1] ?? '').toLowerCase();
}

/** Why a number cannot be asked about at all (a label, a bound, one end of a range), or undefined. */
export function unaskable(before: string, after: string): string | undefined {
  if (LABEL.test(before)) return 'label';
  if (BOUND.test(before)) return 'bound';
  // The time of a moment in a game ("on 81 minutes", "in the 12th minute") is a detail, not a fact.
  if (/\b(?:on|at|in|after)\s+(?:the\s+)?$/i.test(before) && /^(?:st|nd|rd|th)?\s+minutes?\b/.test(after)) return 'moment';
  // "two days ago" is a time from the day of the story, which a quiz read later cannot ask.
  if (/^\s+(?:days?|weeks?|months?|years?|hours?|minutes?)\s+ago\b/.test(after)) return 'relative';
  // "12 of their 16 games": the whole is what anyone who knows the game can say; the part is the news.
  if (/\d\s+of\s+(?:the|their|its|his|her)\s+$/i.test(before)) return 'whole';
  // "two and a half times": the whole is the number.
  if (/^\s+and an? (?:half|quarter|third)\b/.test(after)) return 'fraction';
  // "the twelve", "the two parties": a count of what was named before.
  if (/\bthe\s+$/i.test(before)) return 'named before';
  if (/^\s*(?:to|-|–|and)\s*\d/.test(after) || /\b(?:between|from)\s+$/i.test(before) || /\d\s*(?:to|-|–|and)\s+$/.test(before)) return 'range';
  return undefined;
}

const decimals = (text: string) => /\.(\d+)$/.exec(text.replace(/,/g, ''))?.[1]?.length ?? 0;

/** Up to seven plausible wrong numbers for the key, in its form, the best first; none when none can be right. */
export function numberDistractors(key: { text: string; value: number }, year: boolean, ctx: NumberContext, roll: Roll): string[] {
  const v = key.value;
  const places = decimals(key.text);
  // A number in words gets words ("thirteen" gives "eleven", "Three" gives "Five"); digits get digits.
  const inWords = /^\p{L}/u.test(key.text);
  const format = (n: number) =>
    inWords
      ? (numberWord(n) ?? '').replace(/^\p{Ll}/u, c => (/^\p{Lu}/u.test(key.text) ? c.toUpperCase() : c))
      : key.text.includes(',')
        ? n.toLocaleString('en-US', { minimumFractionDigits: places, maximumFractionDigits: places })
        : n.toFixed(places);
  const unit = unitAfter(ctx.after);
  // "16 of 23 passes", "12 of their 16 games": the first is at most the second.
  const ceiling = Number(/^\s*of\s+(?:(?:the|their|its|his|her)\s+)?(\d[\d,]*)/.exec(ctx.after)?.[1]?.replace(/,/g, '') ?? Infinity);
  // "12 of their 16 games": the second is at least the first.
  const part = Number(/(\d[\d,]*)\s+of\s+(?:(?:the|their|its|his|her)\s+)?$/.exec(ctx.before)?.[1]?.replace(/,/g, '') ?? -Infinity);
  // "116, up from 70": the options stay on the side of the earlier figure that the sentence gives.
  // ("up from an initial report of 70" too.)
  const floor = Number(/\bup from\s+(?:about\s+|(?:an?|the)\s+(?:[\p{L}-]+\s+){0,3}?of\s+)?(\d[\d,]*)/u.exec(ctx.after)?.[1]?.replace(/,/g, '') ?? -Infinity);
  const top = Number(/\bdown from\s+(?:about\s+)?(\d[\d,]*)/.exec(ctx.after)?.[1]?.replace(/,/g, '') ?? Infinity);
  // "1 yellow card" against "3 yellow cards": a one before a singular noun stays a fill-in.
  if (v === 1 && !year) return [];
  const ok = (n: number) => n > 0 && n !== v && n <= ceiling && n >= part && n > floor && n < top && (v < 2 || n >= 2) && Number.isFinite(n);
  const out: string[] = [];
  const add = (n: number) => {
    const t = format(n);
    if (ok(n) && t && t !== key.text && !out.includes(t)) out.push(t);
  };
  if (MONTH.test(ctx.before)) {
    // A day of the month stays a day.
    for (const d of [v - 3, v + 4, v - 7, v + 9, v + 2]) if (d >= 1 && d <= 31) add(d);
    return out.slice(0, 3);
  }
  if (year) {
    // A year inside a span the sentence gives ("from 1968 through 1975") would be true as well.
    const years = [...`${ctx.before} ${ctx.after}`.matchAll(/\b(1[89]|20)\d\d\b/g)].map(m => Number(m[0]));
    const [lo, hi] = [Math.min(v, ...years), Math.max(v, ...years)];
    // Each wrong year before or after the key as the seed says, so the key is not always the latest.
    const steps = [3, 7, 2, 5, 9, 4];
    for (let i = 0; out.length < 3 && i < steps.length; i++) {
      const y = roll(2, 'year', i) ? v - steps[i]! : v + steps[i]!;
      if (y < lo || y > hi) add(y);
    }
    return out;
  }
  // Numbers the article gives for the same unit first: a reader must know which one is meant.
  for (const o of ctx.others) if (unit && o.unit === unit && o.text !== key.text && decimals(o.text) === places) add(o.value);
  // Then made around the key: `below` of them smaller, the rest larger, rounded as the key is.
  // Halves stay halves ("2.5 sacks" gives 1.5 and 4, never 3.3).
  const halves = places === 1 && /\.[05]$/.test(key.text);
  // (A key in fives gives fives: "parole in 25 years" gives 20 and 35, not 18 and 34, which look made up.)
  const tens = v >= 10 ? 10 ** Math.min(Math.floor(Math.log10(v)) - 1, trailingZeros(v)) : 1;
  const step = halves ? 0.5 : places ? 10 ** -places : v >= 10 && v % (tens * 5) === 0 && tens * 5 <= v / 4 ? tens * 5 : tens;
  const round = (n: number) => Math.round(n / step) * step;
  const below = roll(4, 'below', key.text);
  // (Uneven factors: options at half, one and a half and twice the key would show which one they were
  // made from.)
  const lowFactors = [0.7, 0.55, 0.8, 0.4];
  const highFactors = [1.35, 1.7, 1.2, 2.3, 1.55];
  const small = v < 10 && !places;
  // (Seven, the first three offered: the others stand in for one the quiz states elsewhere, or on the
  // key's side of a number the quiz shows.)
  for (let i = 0, lo = 0, hi = 0; out.length < 7 && i < 16; i++) {
    const wantLow = out.filter(t => Number(t.replace(/,/g, '')) < v).length < below;
    if (wantLow && (small ? v - lo - 1 > 0 : lo < lowFactors.length)) add(small ? v - ++lo : round(v * lowFactors[lo++]!));
    else if (small) add(v + ++hi);
    else if (hi < highFactors.length) add(round(v * highFactors[hi++]!));
  }
  return out.slice(0, 7);
}

function trailingZeros(n: number): number {
  let z = 0;
  while (n >= 10 && n % 10 === 0) {
    n /= 10;
    z++;
  }
  return z;
}
