/** The question-set types, inferred from the shapes in schema.ts so that the two can never drift apart. */
import type {
  ChoiceQuestionShape,
  ChoiceShape,
  EvidenceShape,
  FillInQuestionShape,
  MatchingShape,
  QuestionSetShape,
  SettingsShape,
  SourceShape,
} from './schema.js';
import type { Infer } from './shape.js';

export type QuestionSet = Infer<typeof QuestionSetShape>;
export type ChoiceQuestion = Infer<typeof ChoiceQuestionShape>;
export type FillInQuestion = Infer<typeof FillInQuestionShape>;
export type Question = ChoiceQuestion | FillInQuestion;
export type Choice = Infer<typeof ChoiceShape>;
export type Evidence = Infer<typeof EvidenceShape>;
export type MatchingOptions = Infer<typeof MatchingShape>;
export type Settings = Infer<typeof SettingsShape>;
export type Source = Infer<typeof SourceShape>;
export type QuestionType = Question['type'];

/** One thing wrong with a question set. */
export interface Problem {
  /** Where: `questions[3].correct[0]`; empty for the whole set. */
  path: string;
  /** What is wrong, in words: `"e" is not one of the choice ids a, b, c, d`. */
  message: string;
}

export type ValidationResult =
  | { valid: true; value: QuestionSet; problems: [] }
  | { valid: false; value?: undefined; problems: Problem[] };
