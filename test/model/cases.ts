// Malformed question sets and the exact problems validation must report for each. Shared by the
// browser tests (validate.test.ts) and the Node tests (validate.node.test.ts).

type Json = Record<string, unknown>;

export const choice = (over: Json = {}): Json => ({
  id: 'q1',
  type: 'choice',
  prompt: 'Where did Kerry speak?',
  choices: [
    { id: 'a', text: 'Vienna' },
    { id: 'b', text: 'Tripoli' },
    { id: 'c', text: 'Geneva' },
    { id: 'd', text: 'Tunis' },
  ],
  correct: ['a'],
  ...over,
});

const fillIn = (over: Json = {}): Json => ({
  id: 'q2',
  type: 'fill-in',
  prompt: 'The government came by boat from ___.',
  answers: ['Tunisia'],
  ...over,
});

export const set = (over: Json = {}, questions: Json[] = [choice(), fillIn()]): Json => ({
  version: 1,
  id: 'libya',
  title: 'Libya quiz',
  questions,
  ...over,
});

export interface Case {
  name: string;
  input: unknown;
  problems: string[];
}

export const VALID: { name: string; input: unknown }[] = [
  { name: 'the smallest set', input: set({}, [fillIn()]) },
  { name: 'a choice and a fill-in', input: set() },
  {
    name: 'every optional field',
    input: set(
      {
        $schema: './question-set.schema.json',
        lang: 'en',
        source: { title: 'T', url: 'https://example.org/a', published: '2016-05-16', author: 'A', publisher: 'P', licence: 'CC BY 4.0' },
        settings: {
          mode: 'exam',
          passMark: 0.7,
          shuffle: true,
          scoring: 'all-or-nothing',
          allowReveal: false,
          matching: { caseSensitive: false, accents: true, punctuation: true, articles: true, numbers: true, typos: false },
        },
      },
      [
        choice({
          points: 2,
          multiple: true,
          correct: ['a', 'b'],
          scoring: 'partial',
          explanation: 'Both.',
          choices: [
            { id: 'a', text: 'Vienna', feedback: 'Yes.' },
            { id: 'b', text: 'Tripoli' },
            { id: 'c', text: 'Geneva' },
          ],
          evidence: { text: 'Speaking in Vienna.', start: 10, end: 29 },
        }),
        fillIn({ points: 0.5, answers: ['6,000', 'six thousand'], matching: { typos: false } }),
        choice({ id: 'tf', choices: [{ id: 't', text: 'True' }, { id: 'f', text: 'False' }], correct: ['f'] }),
      ],
    ),
  },
];

export const INVALID: Case[] = [
  { name: 'not an object: a list', input: [], problems: ['a question set must be a JSON object, found a list'] },
  { name: 'not an object: null', input: null, problems: ['a question set must be a JSON object, found null'] },
  { name: 'not an object: a string', input: 'quiz', problems: ['a question set must be a JSON object, found "quiz"'] },
  {
    name: 'an empty object',
    input: {},
    problems: [
      'version: this required field is missing',
      'id: this required field is missing',
      'title: this required field is missing',
      'questions: this required field is missing',
    ],
  },
  { name: 'an unknown version', input: set({ version: 2 }), problems: ['version: unsupported version 2; this library reads version 1'] },
  { name: 'a version as a string', input: set({ version: '1' }), problems: ['version: unsupported version "1"; this library reads version 1'] },
  { name: 'no questions', input: set({}, []), problems: ['questions: a question set needs at least one question'] },
  { name: 'questions not a list', input: set({ questions: { q1: choice() } }), problems: ['questions: expected a list, found an object'] },
  { name: 'an empty title', input: set({ title: '  ' }), problems: ['title: must not be empty'] },
  { name: 'an id that is a number', input: set({ id: 7 }), problems: ['id: expected a string, found 7'] },
  {
    name: 'a question that is not an object',
    input: set({}, [choice(), 'What?' as unknown as Json]),
    problems: ['questions[1]: expected an object, found "What?"'],
  },
  {
    name: 'an unknown question type',
    input: set({}, [choice({ type: 'essay' })]),
    problems: ['questions[0].type: expected one of "choice", "fill-in", found "essay"'],
  },
  {
    name: 'a question with no type',
    input: set({}, [choice({ type: undefined })]),
    problems: ['questions[0].type: this required field is missing ("choice", "fill-in")'],
  },
  {
    name: 'a correct id that is not a choice',
    input: set({}, [choice(), choice({ id: 'q2' }), choice({ id: 'q3' }), choice({ id: 'q4', correct: ['e'] })]),
    problems: ['questions[3].correct[0]: "e" is not one of the choice ids a, b, c, d'],
  },
  {
    name: 'duplicate question ids',
    input: set({}, [choice(), fillIn({ id: 'q1' })]),
    problems: ['questions[1].id: "q1" is already the id of questions[0]'],
  },
  {
    name: 'duplicate choice ids',
    input: set({}, [choice({ choices: [{ id: 'a', text: 'Vienna' }, { id: 'a', text: 'Tripoli' }] })]),
    problems: ['questions[0].choices[1].id: "a" is already the id of choices[0]'],
  },
  {
    name: 'two choices with the same text',
    input: set({}, [choice({ choices: [{ id: 'a', text: 'Vienna' }, { id: 'b', text: 'vienna ' }] })]),
    problems: ['questions[0].choices[1].text: "vienna " is the same as choices[0].text'],
  },
  { name: 'an empty prompt', input: set({}, [choice({ prompt: '' })]), problems: ['questions[0].prompt: must not be empty'] },
  {
    name: 'a fill-in with no accepted answer',
    input: set({}, [fillIn({ answers: [] })]),
    problems: ['questions[0].answers: a fill-in question needs at least one accepted answer'],
  },
  {
    name: 'a fill-in with an empty answer',
    input: set({}, [fillIn({ answers: ['Tunisia', ''] })]),
    problems: ['questions[0].answers[1]: must not be empty'],
  },
  {
    name: 'a fill-in prompt with no blank',
    input: set({}, [fillIn({ prompt: 'Where did it come from?' })]),
    problems: ['questions[0].prompt: a fill-in prompt needs exactly one blank (___), found 0'],
  },
  {
    name: 'a fill-in prompt with two blanks',
    input: set({}, [fillIn({ prompt: '___ came from ___.' })]),
    problems: ['questions[0].prompt: a fill-in prompt needs exactly one blank (___), found 2'],
  },
  {
    name: 'a choice question with one choice',
    input: set({}, [choice({ choices: [{ id: 'a', text: 'Vienna' }] })]),
    problems: ['questions[0].choices: a choice question needs at least 2 choices'],
  },
  {
    name: 'a choice question with no correct choice',
    input: set({}, [choice({ correct: [] })]),
    problems: ['questions[0].correct: a choice question needs at least one correct choice'],
  },
  {
    name: 'two correct choices without multiple',
    input: set({}, [choice({ correct: ['a', 'b'] })]),
    problems: ['questions[0].correct: 2 choices are correct but the question takes one answer; add "multiple": true'],
  },
  {
    name: 'every choice correct',
    input: set({}, [choice({ multiple: true, correct: ['a', 'b', 'c', 'd'] })]),
    problems: ['questions[0].correct: every choice is correct, so the question tests nothing'],
  },
  {
    name: 'a correct id listed twice',
    input: set({}, [choice({ correct: ['a', 'a'] })]),
    problems: ['questions[0].correct[1]: "a" is listed twice'],
  },
  {
    name: 'a misspelt field',
    input: set({}, [choice({ correct: undefined, corect: ['a'] })]),
    problems: ['questions[0].correct: this required field is missing', 'questions[0].corect: unknown field; did you mean "correct"?'],
  },
  {
    name: 'an unknown mode and a pass mark over 1',
    input: set({ settings: { mode: 'quiz', passMark: 70 } }),
    problems: ['settings.mode: expected one of "instant", "exam", "practice", found "quiz"', 'settings.passMark: must be from 0 to 1, found 70'],
  },
  {
    name: 'negative points and a string for multiple',
    input: set({}, [choice({ points: -1, multiple: 'yes' })]),
    problems: ['questions[0].points: must be at least 0, found -1', 'questions[0].multiple: expected true or false, found "yes"'],
  },
  {
    name: 'evidence whose end comes before its start',
    input: set({}, [fillIn({ evidence: { text: 'abc', start: 5, end: 3 } })]),
    problems: ['questions[0].evidence.end: end (3) must be greater than start (5)'],
  },
  {
    name: 'evidence whose offsets do not match its text',
    input: set({}, [fillIn({ evidence: { text: 'The sentence.', start: 0, end: 20 } })]),
    problems: ['questions[0].evidence: start and end span 20 characters but the text has 13'],
  },
  {
    name: 'evidence with a start but no end, and a fractional offset',
    input: set({}, [fillIn({ evidence: { text: 'x', start: 1.5 } })]),
    problems: [
      'questions[0].evidence.start: must be a whole number, found 1.5',
      'questions[0].evidence: give both start and end, or neither',
    ],
  },
  {
    name: 'evidence with a start but no end',
    input: set({}, [fillIn({ evidence: { text: 'x', start: 1 } })]),
    problems: ['questions[0].evidence: give both start and end, or neither'],
  },
  {
    name: 'a field named like a built-in property',
    input: set({ constructor: 'x' }, [choice({ toString: 1 })]),
    problems: ['questions[0].toString: unknown field', 'constructor: unknown field'],
  },
  {
    name: 'an unknown matching option',
    input: set({ settings: { matching: { fuzzy: true } } }),
    problems: ['settings.matching.fuzzy: unknown field'],
  },
  {
    name: 'several problems in several questions, all reported',
    input: set({ title: '' }, [choice({ correct: ['z'] }), fillIn({ answers: [] }), choice({ id: 'q1', prompt: 5 })]),
    problems: [
      'title: must not be empty',
      'questions[1].answers: a fill-in question needs at least one accepted answer',
      'questions[2].prompt: expected a string, found 5',
      'questions[0].correct[0]: "z" is not one of the choice ids a, b, c, d',
      'questions[2].id: "q1" is already the id of questions[0]',
    ],
  },
];
