/**
 * The question-set contract, described once. The TypeScript types (types.ts) are inferred from it and
 * questions/question-set.schema.json is generated from it (`npm run schema`, descriptions in
 * scripts/schema.ts). Rules between fields (unique ids, correct ids that exist, one blank per fill-in)
 * are checked in validate.ts, because JSON Schema cannot say them.
 */
import { arr, bool, constant, num, obj, oneOf, opt, str, tagged } from './shape.js';

/** The only version of the contract this library reads. */
export const QUESTION_SET_VERSION = 1;

/** A blank in a fill-in prompt: three or more underscores. */
export const BLANK_PATTERN = /_{3,}/g;

const text = str({ min: 1 });
const id = str({ min: 1, max: 200 });
const scoring = oneOf('partial', 'all-or-nothing');
const offset = num({ int: true, min: 0 });

export const EvidenceShape = obj({ text, start: opt(offset), end: opt(offset) });

export const MatchingShape = obj({
  caseSensitive: opt(bool()),
  accents: opt(bool()),
  punctuation: opt(bool()),
  articles: opt(bool()),
  numbers: opt(bool()),
  typos: opt(bool()),
});

export const ChoiceShape = obj({ id, text, feedback: opt(str()) });

const common = {
  id,
  prompt: text,
  points: opt(num({ min: 0 })),
  explanation: opt(str()),
  evidence: opt(EvidenceShape),
};

export const ChoiceQuestionShape = obj({
  ...common,
  type: constant('choice'),
  choices: arr(ChoiceShape, { min: 2, code: 'choices' }),
  correct: arr(str(), { min: 1, code: 'correct' }),
  multiple: opt(bool()),
  scoring: opt(scoring),
});

export const FillInQuestionShape = obj({
  ...common,
  type: constant('fill-in'),
  answers: arr(text, { min: 1, code: 'answers' }),
  matching: opt(MatchingShape),
});

export const QuestionShape = tagged('type', { choice: ChoiceQuestionShape, 'fill-in': FillInQuestionShape });

export const SourceShape = obj({
  title: opt(str()),
  url: opt(str()),
  published: opt(str()),
  author: opt(str()),
  publisher: opt(str()),
  licence: opt(str()),
});

export const SettingsShape = obj({
  mode: opt(oneOf('instant', 'exam', 'practice')),
  passMark: opt(num({ min: 0, max: 1 })),
  shuffle: opt(bool()),
  scoring: opt(scoring),
  allowReveal: opt(bool()),
  matching: opt(MatchingShape),
});

export const QuestionSetShape = obj({
  $schema: opt(str()),
  version: constant(QUESTION_SET_VERSION),
  id,
  title: text,
  lang: opt(str()),
  source: opt(SourceShape),
  settings: opt(SettingsShape),
  questions: arr(QuestionShape, { min: 1, code: 'questions' }),
});
