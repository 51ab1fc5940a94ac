// Question sets for the format tests: every kind of question, and strings chosen to break exporters.
import type { QuestionSet } from '../../src/model/index.js';

/** Strings that must come out of every format unharmed (and, in HTML and XML, inert). */
export const HOSTILE = {
  script: '<script>alert("x")</script>',
  gift: 'Braces {and} ~tilde =equals #hash :colon \\ backslash \\n (not a line break) // slashes',
  lines: 'first line\nsecond line\n\nafter an empty line',
  unicode: 'Zoë & Łódź — “quoted” 🎉 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 e\u0301',
  rtl: 'قال الوزير إن الحكومة ستصل \u202Bمن تونس\u202C',
  html: '</script><!-- comment --> ]]> &amp; &lt; "double" \'single\'',
};

/** One question of each kind, with hostile text wherever text goes. */
export const HOSTILE_SET: QuestionSet = {
  version: 1,
  id: 'hostile {set}: <x>',
  title: `Title ${HOSTILE.script} ${HOSTILE.gift}\nsecond line`,
  lang: 'ar',
  source: { title: HOSTILE.rtl, url: 'https://example.org/?a=1&b=<2>' },
  settings: { mode: 'exam', passMark: 0.6, shuffle: true, matching: { typos: false } },
  questions: [
    {
      id: '1 odd:id {with} ~specials~',
      type: 'choice',
      prompt: `Which is it? ${HOSTILE.script} ${HOSTILE.gift}`,
      choices: [
        { id: 'a b', text: HOSTILE.unicode, feedback: `Right: ${HOSTILE.lines}` },
        { id: '1', text: HOSTILE.rtl, feedback: HOSTILE.html },
        { id: '<x>', text: HOSTILE.gift },
        { id: 'a_b', text: '%50% starts with a percent sign' },
      ],
      correct: ['a b'],
      explanation: `Because ${HOSTILE.html} #### ${HOSTILE.gift}`,
      evidence: { text: HOSTILE.rtl, start: 10, end: 10 + HOSTILE.rtl.length },
    },
    {
      id: 'multi',
      type: 'choice',
      prompt: 'Which three are cities?',
      choices: [
        { id: 'a', text: 'Vienna' },
        { id: 'b', text: 'Tripoli' },
        { id: 'c', text: 'Geneva' },
        { id: 'd', text: 'Libya' },
        { id: 'e', text: '[html] Europe -> continent' },
      ],
      correct: ['a', 'b', 'c'],
      multiple: true,
      points: 3,
    },
    {
      id: 'all-or-nothing',
      type: 'choice',
      prompt: 'Pick both right ones.',
      choices: [
        { id: 'x', text: 'Right one' },
        { id: 'y', text: 'Right two' },
        { id: 'z', text: 'Wrong' },
      ],
      correct: ['x', 'y'],
      multiple: true,
      scoring: 'all-or-nothing',
      points: 2,
    },
    {
      id: 'tf',
      type: 'choice',
      prompt: `True or false: ${HOSTILE.lines}`,
      choices: [
        { id: 'true', text: 'True' },
        { id: 'false', text: 'False', feedback: 'No: it is true.' },
      ],
      correct: ['true'],
      explanation: 'The article says so.',
    },
    {
      id: 'tf-false',
      type: 'choice',
      prompt: 'True or false: the sea is dry.',
      choices: [
        { id: 'T', text: 'True', feedback: 'Wrong' },
        { id: 'F', text: 'False', feedback: 'Right' },
      ],
      correct: ['F'],
    },
    {
      id: 'cloze-choice',
      type: 'choice',
      prompt: 'The museum is in ___',
      choices: [
        { id: 'a', text: 'Port Ellis' },
        { id: 'b', text: 'Kelby' },
      ],
      correct: ['b'],
    },
    {
      id: 'fill',
      type: 'fill-in',
      prompt: `The minister said ___ ${HOSTILE.rtl} ${HOSTILE.gift}.`,
      answers: [HOSTILE.unicode, 'six thousand', '%100% sure', HOSTILE.script],
      matching: { caseSensitive: true },
      points: 2,
      explanation: HOSTILE.lines,
    },
    { id: 'fill-end', type: 'fill-in', prompt: 'Name:_____', answers: ['Kerry'] },
    { id: 'fill-start', type: 'fill-in', prompt: '___ said the offer was welcome.', answers: ['Serraj', 'Fayez Serraj'] },
    { id: 'fill-space-end', type: 'fill-in', prompt: 'They came by boat from ___', answers: ['Tunisia'] },
    { id: 'Fill', type: 'fill-in', prompt: `[plain] ${HOSTILE.html} ___ ok`, answers: ['[markdown] answer', 'T'] },
  ],
};
