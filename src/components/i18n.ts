/**
 * Every string the components show, by language. English, Spanish and Arabic are built in; a site
 * supplies another language (or rewords one) through the `messages` property. Plurals use the
 * language's own rules (Intl.PluralRules): Arabic has six forms, English two.
 */

/** A message: text with {placeholders}, or one text per plural category of {n}. */
export type Message = string | Partial<Record<Intl.LDMLPluralRule, string>>;

export interface MessageTable {
  /** Writing direction of the language. */
  dir?: 'ltr' | 'rtl';
  loading: Message;
  empty: Message;
  loadFailed: Message;
  /** A quiz could not be made from the article on the page (`for`). */
  generateFailed: Message;
  malformed: Message;
  invalid: Message;
  progress: Message;
  question: Message;
  multipleHint: Message;
  blank: Message;
  check: Message;
  submit: Message;
  correct: Message;
  incorrect: Message;
  partly: Message;
  close: Message;
  /** The right answer(s), with n the number of them. */
  answer: Message;
  tryAgain: Message;
  reveal: Message;
  evidence: Message;
  /** The button that scrolls to the evidence in the article on the page. */
  showInArticle: Message;
  points: Message;
  result: Message;
  scored: Message;
  passed: Message;
  failed: Message;
  unanswered: Message;
  retryMissed: Message;
  retryAll: Message;
  print: Message;
  answerKey: Message;
  remaining: Message;
}

const en: MessageTable = {
  loading: 'Loading the quiz…',
  empty: 'No quiz to show.',
  loadFailed: 'The quiz could not be loaded ({reason}).',
  generateFailed: 'No quiz could be made from the article ({reason}).',
  malformed: 'The quiz could not be read: its JSON is malformed.',
  invalid: 'This quiz cannot be shown: its question set is invalid.',
  progress: '{answered} of {total} answered',
  question: 'Question {n} of {total}',
  multipleHint: 'Choose all that apply.',
  blank: 'blank',
  check: 'Check',
  submit: 'Submit answers',
  correct: 'Correct.',
  incorrect: 'Not quite.',
  partly: 'Partly right.',
  close: 'Accepted as a close spelling of “{answer}”.',
  answer: { one: 'The answer is: {answer}.', other: 'The right answers are: {answer}.' },
  tryAgain: 'Try again.',
  reveal: 'Show the answer',
  evidence: 'From the article:',
  showInArticle: 'Show in the article',
  points: { one: '{n} point', other: '{n} points' },
  result: 'Your result',
  scored: 'You scored {score} out of {max} ({percent}).',
  passed: 'Passed: the pass mark is {mark}.',
  failed: 'Not passed yet: the pass mark is {mark}.',
  unanswered: 'Not answered',
  retryMissed: 'Retry the ones I missed',
  retryAll: 'Start again',
  print: 'Print',
  answerKey: 'Answer key',
  remaining: { one: '{n} question is not answered yet.', other: '{n} questions are not answered yet.' },
};

/** Languages built in. English is in the runtime; the others are loaded when first used. */
const LOADERS: Record<string, () => Promise<{ messages: MessageTable }>> = {
  es: () => import('./i18n/es.js'),
  ar: () => import('./i18n/ar.js'),
};

const loaded: Record<string, MessageTable> = { en };

/** The built-in language for a BCP 47 tag: "es-MX" is "es"; anything not built in is "en". */
export function builtIn(lang: string): string {
  const base = lang.split('-')[0]!.toLowerCase();
  return base in LOADERS ? base : 'en';
}

/**
 * Whether the strings for `lang` are ready; when not, starts loading them and calls `done` once they
 * are (or once loading failed, in which case English is used).
 */
export function languageReady(lang: string, done: () => void): boolean {
  const code = builtIn(lang);
  if (loaded[code]) return true;
  LOADERS[code]!().then(
    m => (loaded[code] = m.messages),
    () => (loaded[code] = en),
  ).then(done);
  return false;
}

/** The table for a language, with the site's own strings (the `messages` property) over it. */
export function tableFor(lang: string, custom?: Partial<MessageTable>): MessageTable {
  const base = loaded[builtIn(lang)] ?? en;
  return custom ? { ...base, ...custom } : base;
}

export type Params = Record<string, string | number>;

// Intl objects are costly to make and a quiz formats hundreds of strings: one of each per language.
// An invalid language tag makes Intl throw: English rules are used instead.
const intlCache = new Map<string, [Intl.PluralRules, Intl.NumberFormat, Intl.NumberFormat]>();
function intl(lang: string): [Intl.PluralRules, Intl.NumberFormat, Intl.NumberFormat] {
  let found = intlCache.get(lang);
  if (!found) {
    const make = (l: string) =>
      [new Intl.PluralRules(l), new Intl.NumberFormat(l), new Intl.NumberFormat(l, { style: 'percent', maximumFractionDigits: 0 })] as const;
    try {
      found = [...make(lang)];
    } catch {
      found = [...make('en')];
    }
    intlCache.set(lang, found);
  }
  return found;
}

/** A share from 0 to 1 as a whole percentage in the language's own form: "67%", "٦٧٪". */
export const formatPercent = (lang: string, share: number): string => intl(lang)[2].format(share);

/** Formats one message: numbers in the language's digits and separators, plural forms by {n}. */
export function format(lang: string, table: MessageTable, key: keyof Omit<MessageTable, 'dir'>, params: Params = {}): string {
  let msg = table[key] ?? en[key];
  if (typeof msg !== 'string') msg = msg[intl(lang)[0].select(Number(params['n'] ?? 0))] ?? msg.other ?? '';
  return msg.replace(/\{(\w+)\}/g, (m, name: string) => {
    const v = params[name];
    return v === undefined ? m : typeof v === 'number' ? intl(lang)[1].format(v) : v;
  });
}
