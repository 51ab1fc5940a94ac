// Selection, the stage after the candidates: which of them make the quiz. Run on candidates written for
// the case, as the candidate stage hands them over.
import { expect } from '@open-wc/testing';
import { select, type Candidate } from '../../src/generate/questions.js';

let at = 0;
/** A sentence of its own paragraph, placed after the ones before. */
function sentence(text: string) {
  const s = { text, start: at, end: at + text.length, paragraph: at / 1000 };
  at += 1000;
  return s;
}

/** A cloze candidate: the key's first occurrence in the sentence becomes the blank unless `prompt` says otherwise. */
function candidate(s: ReturnType<typeof sentence>, key: string, score: number, prompt?: string): Candidate & { kind: string } {
  const from = s.text.indexOf(key);
  return {
    sentence: s,
    key: { text: key, kind: 'thing', start: s.start + from, end: s.start + from + key.length },
    prompt: prompt ?? `${s.text.slice(0, from)}___${s.text.slice(from + key.length)}`,
    distractors: [],
    score,
    fillIn: true,
    kind: 'fill-in',
  };
}

describe('select', () => {
  it('gives a question its better form once the question that form would give away has left the quiz', () => {
    // "Vosk-7b" is asked first; the sentence that names it ("Vosk-7b's surface temperature") would give
    // it away, so the poorer form of that sentence ("the planet's") makes up the first few questions.
    // Then "Vosk-7b" gives way to the two questions it shut out, and the better form fits again.
    const lead = sentence('Astronomers named the new planet Vosk-7b after a professor called Ana Ruiz.');
    const size = sentence('Vosk-7b is about 900 light years from the Earth, the team said on Monday.');
    const mass = sentence('The team said the mass of Vosk-7b is three times the mass of Jupiter.');
    const heat = sentence("Due to tidal locking, the planet's surface temperature is roughly 4300°C.");
    const planet = candidate(lead, 'Vosk-7b', 7);
    const professor = candidate(lead, 'Ana Ruiz', 5);
    const far = candidate(size, '900', 2);
    const times = candidate(mass, 'three', 1, 'The team said the mass of Vosk-7b is ___ times the mass of Jupiter.');
    const named = candidate(heat, '4300', -2.6, "Due to tidal locking, Vosk-7b's surface temperature is roughly ___°C.");
    const unnamed = candidate(heat, '4300', -2.9);
    const chosen = select([planet, professor, far, times, named, unnamed], 10);
    expect(chosen.map(c => c.prompt)).to.deep.equal([professor.prompt, far.prompt, times.prompt, named.prompt]);
  });
});
