// Builds questions/question-set.schema.json from the shapes in src/model/schema.ts, adding the
// descriptions below (kept here so that they cost the runtime bundle nothing).
import { QuestionSetShape } from '../src/model/schema.js';
import type { Shape } from '../src/model/shape.js';

export const SCHEMA_PATH = new URL('../questions/question-set.schema.json', import.meta.url);

/** Descriptions by path; `questions[]` stands for any question, `choices[]` for any choice. */
const DOCS: Record<string, string> = {
  '': 'A comprehension quiz about one article, read by <article-quiz>.',
  $schema: 'Optional pointer to this schema, for editors.',
  version: 'Version of this contract; always 1.',
  id: 'Stable id of the set; saved progress is kept under it.',
  title: 'Title shown above the quiz.',
  lang: 'BCP 47 language tag of the questions, such as "en" or "ar".',
  source: 'The article the questions are about.',
  'source.published': 'Publication date, ISO 8601.',
  settings: 'How the quiz runs; attributes on <article-quiz> override these.',
  'settings.mode':
    'instant: feedback on each check; exam: marked when the whole quiz is submitted; practice: wrong answers can be tried again.',
  'settings.passMark': 'Share of the maximum score needed to pass, from 0 to 1.',
  'settings.shuffle': 'Shuffle questions and choices (seeded, stable across reloads).',
  'settings.scoring':
    'Multiple-answer scoring: "partial" gives (right picks - wrong picks) / right choices, never below 0; "all-or-nothing" gives full points only for exactly the right picks.',
  'settings.allowReveal': 'Whether readers may reveal the answers (default true).',
  'settings.matching': 'Fill-in matching rules for every question; all forgiving rules are on by default.',
  questions: 'The questions, in order.',
  'questions[].id': 'Unique within the set.',
  'questions[].type': 'choice (one or several answers; true/false is a two-choice question) or fill-in (one blank).',
  'questions[].prompt': 'The question; a fill-in prompt has exactly one blank, written ___.',
  'questions[].points': 'What a fully correct answer scores (default 1).',
  'questions[].explanation': 'Shown after the question is marked.',
  'questions[].evidence': 'Where in the article the answer is stated.',
  'questions[].evidence.text': 'The sentence from the article that answers the question.',
  'questions[].evidence.start': 'Character offset of the sentence in the article text.',
  'questions[].evidence.end': 'Character offset just past the sentence; end - start is the length of text.',
  'questions[].choices': 'At least two; texts distinct.',
  'questions[].choices[].feedback': 'Shown when this choice is picked and checked.',
  'questions[].correct': 'The ids of the correct choices.',
  'questions[].multiple': 'Several choices may be picked (checkboxes); required when more than one is correct.',
  'questions[].scoring': 'Overrides settings.scoring for this question.',
  'questions[].answers': 'Accepted answers; the first is shown as the canonical one.',
  'questions[].matching': 'Overrides settings.matching for this question.',
  'settings.matching.caseSensitive': 'Compare letter case (default false).',
  'settings.matching.accents': 'Treat "é" and "e" as different (default false).',
  'settings.matching.punctuation': 'Forgive curly vs straight quotes, dashes and trailing punctuation (default true).',
  'settings.matching.articles': 'Ignore a leading "the", "a" or "an" (default true).',
  'settings.matching.numbers': 'Equate "6,000", "6000", "6 000" and "six thousand"; decimal comma or point (default true).',
  'settings.matching.typos': 'Accept a small typo in longer words, never in numbers or short words (default true).',
};

type Json = Record<string, unknown>;

export function schemaText(): string {
  const used = new Set<string>();
  const convert = (shape: Shape, path: string): Json => {
    const out: Json = {};
    const doc = DOCS[path] ?? DOCS[path.replace(/^questions\[\]\.matching/, 'settings.matching')];
    if (doc !== undefined) {
      used.add(DOCS[path] !== undefined ? path : path.replace(/^questions\[\]\.matching/, 'settings.matching'));
      if (path) out['description'] = doc;
    }
    const at = (key: string) => (path ? `${path}.${key}` : key);
    switch (shape.k) {
      case 'str':
        return { type: 'string', ...(shape.min ? { minLength: shape.min, pattern: '\\S' } : {}), ...(shape.max ? { maxLength: shape.max } : {}), ...out };
      case 'num':
        return {
          type: shape.int ? 'integer' : 'number',
          ...(shape.min !== undefined ? { minimum: shape.min } : {}),
          ...(shape.max !== undefined ? { maximum: shape.max } : {}),
          ...out,
        };
      case 'bool':
        return { type: 'boolean', ...out };
      case 'const':
        return { const: shape.value, ...out };
      case 'enum':
        return { type: 'string', enum: [...shape.values], ...out };
      case 'arr':
        return { type: 'array', items: convert(shape.of, `${path}[]`), ...(shape.min ? { minItems: shape.min } : {}), ...out };
      case 'obj':
        return {
          type: 'object',
          ...out,
          properties: Object.fromEntries(Object.entries(shape.props).map(([k, s]) => [k, convert(s, at(k))])),
          required: Object.keys(shape.props).filter(k => !shape.optional.includes(k)),
          additionalProperties: false,
        };
      case 'tagged': {
        // Merge the variants' docs under one path: they share most fields.
        return { oneOf: Object.values(shape.of).map(s => convert(s, path)), ...out };
      }
    }
  };
  const body = convert(QuestionSetShape, '');
  const unused = Object.keys(DOCS).filter(k => !used.has(k));
  if (unused.length) throw new Error(`scripts/schema.ts documents paths the schema does not have: ${unused.join(', ')}`);
  const schema = {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://unpkg.com/article-quiz/questions/question-set.schema.json',
    title: 'article-quiz question set',
    $comment:
      'Generated from src/model/schema.ts by `npm run schema`; do not edit. validateQuestionSet() also checks what ' +
      'JSON Schema cannot: unique ids, correct ids that exist, one blank per fill-in prompt.',
    description: DOCS[''],
    ...body,
  };
  return `${JSON.stringify(schema, null, 2)}\n`;
}
