// The generator through its public function, on an article written for this test.
import { expect } from '@open-wc/testing';
import { analyse, cleanArticle, generateQuestionSet, GenerateError } from '../../src/generate/index.js';
import { formatProblem, validateQuestionSet } from '../../src/model/index.js';

const ARTICLE = `Harbour town opens new lighthouse museum

The harbour town of Port Ellis opened a museum in its old lighthouse on Saturday, after a restoration that took more than 12 years.

Mayor Clara Dunmore said the building would welcome 40,000 visitors a year. "It is the heart of our coast," Dunmore said.

The lighthouse was built in 1874 by the engineer Thomas Greave and guided ships into Port Ellis for a century.

The Maritime Heritage Trust paid 2,500,000 pounds for the work, and the town council of Port Ellis added the rest.

Visitors can climb 160 steps to the lamp room, where a guide from the Maritime Heritage Trust explains how the lens works.

In 1952 a storm damaged the tower, and the keeper, Edwin Marsh, kept the light burning for three nights.

Read more: Ten coastal walks for the summer >>

Follow us on Twitter @porteillisnews`;

describe('cleanArticle', () => {
  it('keeps the headline as the title and drops page furniture, keeping offsets', () => {
    const c = cleanArticle(ARTICLE);
    expect(c.title).to.equal('Harbour town opens new lighthouse museum');
    expect(c.removed.map(r => r.text)).to.deep.equal(['Read more: Ten coastal walks for the summer >>', 'Follow us on Twitter @porteillisnews']);
    for (const p of c.paragraphs) expect(ARTICLE.slice(p.start, p.end)).to.equal(p.text);
    expect(c.paragraphs).to.have.length(6);
  });

  it('drops digest headers, and keeps the full stop of "Jr." in a name', () => {
    const text = 'Wikinews shorts\n\nA compilation of brief news reports for Monday, August 10, 2009.\n\nShe toured with Martin Luther King Jr. in the late 1950s, the singer said.';
    expect(cleanArticle(text).removed.map(r => r.text)).to.deep.equal(['A compilation of brief news reports for Monday, August 10, 2009.']);
    expect(analyse(text).find(m => m.kind === 'person')?.text).to.equal('Martin Luther King Jr.');
  });

  it('drops headline lists after the story and captions inside it', () => {
    const c = cleanArticle('A story begins here and goes on.\n\nFile photo of the harbour, 2012.\n\nIt ends here.\n\nAnother headline\n\nYet another headline');
    expect(c.paragraphs.map(p => p.text)).to.deep.equal(['A story begins here and goes on.', 'It ends here.']);
  });
});

describe('analyse', () => {
  it('finds people, places, organisations, numbers and years with their offsets', () => {
    const ms = analyse(ARTICLE);
    const of = (kind: string) => ms.filter(m => m.kind === kind).map(m => m.text);
    expect(of('person')).to.include.members(['Clara Dunmore', 'Thomas Greave']);
    expect(of('organization')).to.include('Maritime Heritage Trust');
    expect(of('number')).to.include.members(['40,000', '160']);
    expect(of('year')).to.include.members(['1874', '1952']);
    for (const m of ms) expect(ARTICLE.slice(m.start, m.end)).to.equal(m.text);
  });
});

describe('generateQuestionSet', () => {
  it('returns a valid set whose every question points at its sentence in the article', () => {
    const set = generateQuestionSet(ARTICLE, { count: 6 });
    expect(validateQuestionSet(set).problems.map(formatProblem)).to.deep.equal([]);
    expect(set.questions.length).to.be.within(4, 6);
    expect(set.title).to.equal('Quiz: Harbour town opens new lighthouse museum');
    for (const q of set.questions) {
      const e = q.evidence!;
      expect(ARTICLE.slice(e.start!, e.end!)).to.equal(e.text);
      expect(q.prompt).to.not.match(/Read more|Twitter/);
      // A true/false statement is the sentence, or the sentence with one fact swapped.
      if (q.prompt.startsWith('True or false: ')) {
        if (q.type === 'choice' && q.correct[0] === 'true') expect(q.prompt).to.equal(`True or false: ${e.text}`);
        continue;
      }
      const key = q.type === 'fill-in' ? q.answers[0]! : q.choices.find(c => c.id === q.correct[0])!.text;
      // The key is stated in the sentence, and not left in the prompt.
      expect(e.text).to.contain(key);
      expect(q.prompt.replace('___', '')).to.not.contain(key);
    }
  });

  it('gives the same set for the same input and seed, and may differ for another seed', () => {
    const a = generateQuestionSet(ARTICLE, { seed: 'x' });
    expect(generateQuestionSet(ARTICLE, { seed: 'x' })).to.deep.equal(a);
    expect(generateQuestionSet(ARTICLE, { seed: 'y' }).questions.map(q => q.evidence)).to.deep.equal(a.questions.map(q => q.evidence));
  });

  it('makes choices of the same kind as the key, and none that would also be true', () => {
    const set = generateQuestionSet(ARTICLE, { count: 10, kinds: ['choice', 'fill-in'] });
    for (const q of set.questions) {
      if (q.type !== 'choice') continue;
      expect(q.choices).to.have.length(4);
      expect(new Set(q.choices.map(c => c.text)).size).to.equal(4);
    }
    // "more than 12 years": 10 would be true as well, so under no seed is it offered among choices (it
    // may be typed); the number of the same kind in the next sentence is (so the rule, not chance, leaves
    // it out).
    const text = `${ARTICLE}\n\nDiplomats from more than 20 countries met the mayor of Port Ellis on Monday to discuss the museum.\n\nThe museum has 14 rooms, and the town council plans to open two more in 2030.\n\nEach of the rooms tells the story of one of the ships built in the town.`;
    const keys = new Set<string>();
    for (const seed of ['1', '2', '3', '4', '5', '6', '7', '8']) {
      for (const q of generateQuestionSet(text, { count: 20, seed, kinds: ['choice'] }).questions) if (q.type === 'choice') keys.add(q.choices.find(c => q.correct.includes(c.id))!.text);
    }
    expect(keys).to.include('14');
    expect(keys).not.to.include('20');
    expect(keys).not.to.include('12');
  });

  it('never asks about a sentence that leans on the one before, nor blanks part of a word', () => {
    const text = `${ARTICLE}\n\nAnother storm in 1963 damaged the lighthouse of Port Ellis and the harbour wall.\n\nHowever, the mayor Clara Dunmore said 300 volunteers repaired the wall in 1964.`;
    const set = generateQuestionSet(text, { count: 20 });
    for (const q of set.questions) {
      expect(q.prompt).to.not.match(/^(True or false: )?(It|He|She|They|Another|However)\b/);
      expect(q.prompt).to.not.match(/[\p{L}\p{N}-]___|___[\p{L}\p{N}-]/u);
    }
  });

  it('makes only the kinds asked for', () => {
    const fill = generateQuestionSet(ARTICLE, { kinds: ['fill-in'] });
    expect(fill.questions.length).to.be.greaterThan(2);
    expect(fill.questions.every(q => q.type === 'fill-in')).to.equal(true);
    const tf = generateQuestionSet(ARTICLE, { kinds: ['true-false'] });
    expect(tf.questions.length).to.be.greaterThan(0);
    for (const q of tf.questions) {
      expect(q.type).to.equal('choice');
      expect(q.prompt).to.match(/^True or false: /);
      if (q.type === 'choice') expect(q.choices.map(c => c.text)).to.deep.equal(['True', 'False']);
    }
    expect(() => generateQuestionSet(ARTICLE, { kinds: ['essay' as never] })).to.throw(GenerateError, 'unknown question kind "essay"');
  });

  it('makes a true/false statement false only by swapping in a fact of the same kind', () => {
    for (const seed of ['1', '2', '3', '4', '5']) {
      for (const q of generateQuestionSet(ARTICLE, { kinds: ['true-false'], seed, count: 10 }).questions) {
        if (q.type !== 'choice') continue;
        const statement = q.prompt.replace('True or false: ', '');
        expect(statement === q.evidence!.text).to.equal(q.correct[0] === 'true');
      }
    }
  });

  it('asks who said a quotation, naming its speaker', () => {
    // (Early in the story: a source first named in its last third is not asked.)
    const text = `${ARTICLE.replace('\n\nThe lighthouse was built', '\n\nThe engineer Rosa Quint said: "The lens is the finest of its kind on this stretch of coast."\n\nThe lighthouse was built')}\n\nThe keeper Edwin Marsh later wrote a book about the storm of that winter.`;
    const set = generateQuestionSet(text, { kinds: ['who-said'], count: 5 });
    const q = set.questions.find(x => x.prompt.includes('finest of its kind'))!;
    expect(q, 'a question about the quotation').to.exist;
    const key = q.type === 'fill-in' ? q.answers[0] : q.choices.find(c => c.id === q.correct[0])!.text;
    expect(key).to.equal('Rosa Quint');
    expect(q.prompt).to.match(/^(Who said: “|___ said: “)The lens is the finest of its kind on this stretch of coast/);
  });

  const BRIDGE = `Town opens new bridge over the river Wen

Harbour Board chairman Alan Pryce opened the new bridge over the river Wen on Friday, three years after work began.

The bridge was designed by Rosa Lindqvist, the director of Nordbro Studio, and cost 18 million pounds to build.

City council leader Omar Haddad said the bridge would carry about 12,000 cyclists every day.

Regional transport minister Hana Sato said the town would add 40 kilometres of cycle lanes by 2030.

About 300 people attended the opening ceremony on the north bank of the river.`;

  const keyOf = (q: { type: string; answers?: string[]; choices?: { id: string; text: string }[]; correct?: string[] }) =>
    q.type === 'fill-in' ? q.answers![0] : q.choices!.find(c => q.correct!.includes(c.id))!.text;

  it('asks who a person is, offering the roles of the other people of the article', () => {
    const set = generateQuestionSet(BRIDGE, { kinds: ['who-is'], count: 10 });
    const asked = Object.fromEntries(set.questions.map(q => [q.prompt, q]));
    const pryce = asked['In the article, who is Alan Pryce?'];
    expect(pryce, 'a question about Alan Pryce').to.exist;
    expect(keyOf(pryce!)).to.equal('Harbour Board chairman');
    if (pryce!.type !== 'choice') throw new Error('a choice question');
    const options = pryce!.choices.map(c => c.text);
    expect(options).to.include.members(['Harbour Board chairman']);
    // (Roles in the key's form, and in lower case where a sentence's first word gave them a capital:
    // "director" alone, what is left of "director of Nordbro Studio", says too little to be offered.)
    expect(options).to.have.members(['Harbour Board chairman', 'city council leader', 'regional transport minister']);
    // (One "Who is …?" where the article gives three roles of note: the answer of a second would be one
    // of two left. Rosa Lindqvist is asked where Alan Pryce is not.)
    expect(set.questions.filter(q => q.prompt.startsWith('In the article, who is'))).to.have.length(1);
    const without = generateQuestionSet(BRIDGE.replace(/\n\nHarbour Board chairman Alan Pryce[^\n]*/, ''), { kinds: ['who-is'], count: 10 });
    const rosa = without.questions.find(q => q.prompt === 'In the article, who is Rosa Lindqvist?');
    expect(rosa && keyOf(rosa)).to.equal('director of Nordbro Studio');
    expect(validateQuestionSet(set).valid).to.equal(true);
  });

  it('asks how many, turning a sentence with a quantity into a question', () => {
    const set = generateQuestionSet(BRIDGE, { kinds: ['how-many'], count: 10 });
    const prompts = set.questions.map(q => q.prompt.replace(/ ___$/, ''));
    expect(prompts).to.include('About how many cyclists would the bridge carry every day, according to City council leader Omar Haddad?');
    expect(prompts).to.include('About how many people attended the opening ceremony on the north bank of the river?');
    const cyclists = set.questions.find(q => q.prompt.includes('cyclists'))!;
    expect(keyOf(cyclists)).to.equal('12,000');
    expect(cyclists.evidence!.text).to.equal('City council leader Omar Haddad said the bridge would carry about 12,000 cyclists every day.');
  });

  it('varies where the answer stands among numeric options, and takes them from the article first', () => {
    const ranks = new Set<number>();
    for (const seed of ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12']) {
      for (const q of generateQuestionSet(BRIDGE, { kinds: ['choice'], count: 10, seed }).questions) {
        if (q.type !== 'choice' || !/^\d[\d,]*$/.test(keyOf(q)!)) continue;
        const values = q.choices.map(c => Number(c.text.replace(/,/g, ''))).sort((a, b) => a - b);
        ranks.add(values.indexOf(Number(keyOf(q)!.replace(/,/g, ''))));
      }
    }
    expect(ranks.size, `ranks of the key: ${[...ranks]}`).to.be.greaterThan(2);
  });

  it('keeps numeric options possible: above an "up from" figure, in halves where the key is', () => {
    const text = `City hospital treats more patients after the storm

The city hospital treated 116 patients on Monday, up from 70 on Sunday, the health office said.

The defender Marco Reyes made 2.5 tackles per game during the whole of the winter season.`;
    let seen = 0;
    for (const seed of ['1', '2', '3', '4', '5', '6']) {
      for (const q of generateQuestionSet(text, { kinds: ['choice'], seed, count: 5 }).questions) {
        if (q.type !== 'choice') continue;
        const values = q.choices.map(c => Number(c.text.replace(/,/g, '')));
        if (keyOf(q) === '116') {
          seen++;
          for (const v of values) expect(v, q.choices.map(c => c.text).join(' / ')).to.be.above(70);
        }
        if (keyOf(q) === '2.5') {
          seen++;
          for (const v of values) expect(v * 2, q.choices.map(c => c.text).join(' / ')).to.equal(Math.round(v * 2));
        }
      }
    }
    expect(seen).to.be.above(1);
  });

  it('never offers the place a story is about as a wrong option for another place', () => {
    const text = `Norway signs a fishing deal with Iceland

Norway signed a new fishing agreement with Iceland on Monday, the foreign ministry of Norway said.

Boats from Norway will be allowed to fish in the cold waters north of Iceland during the winter season.

Fishing boats from Finland will also be allowed to fish in the Barents Sea during the summer season.

Fishermen in Norway have waited for the deal for many years, according to the national union of fishermen.

Talks on a similar agreement with Denmark will begin in Sweden next spring, officials in Norway said.

Ministers from Germany, Poland and Estonia have asked to take part in those talks as observers.`;
    let asked = 0;
    for (const seed of ['1', '2', '3', '4', '5', '6']) {
      for (const q of generateQuestionSet(text, { kinds: ['choice'], seed, count: 8 }).questions) {
        if (q.type !== 'choice' || keyOf(q) !== 'Finland') continue;
        asked++;
        expect(q.choices.map(c => c.text), q.prompt).not.to.include('Norway');
      }
    }
    expect(asked).to.be.above(0);
  });

  it('accepts the other names of a thing in a fill-in: "Broncos", "U.S."', () => {
    const text = `Denver celebrates its team after the final

Thousands of fans of the Denver Broncos filled the streets of the city on Sunday night to celebrate the title.

The mayor said the United States had rarely seen a crowd so large gather in a single square.`;
    const answers = generateQuestionSet(text, { kinds: ['fill-in'], count: 5 }).questions.flatMap(q => (q.type === 'fill-in' ? [q.answers] : []));
    expect(answers).to.deep.include(['Denver Broncos', 'Broncos']);
    expect(answers).to.deep.include(['United States', 'U.S.', 'US', 'USA', 'America']);
  });

  it('names the person a one-person story is about where a sentence starts with "She"', () => {
    const text = `Singer Lena Varga dies at 81

Hungarian singer Lena Varga died on Sunday in Budapest, her family said.

Lena Varga was born in the town of Szeged in 1942 and sang in church as a child.

She recorded her first album in Vienna with the label Pannon Records.

Varga won the national song prize in 1975, and she toured Europe for two decades.

Her last concert was held in Vienna in 2019, where she sang for three hours.`;
    const set = generateQuestionSet(text, { count: 10, kinds: ['fill-in', 'choice'] });
    const album = set.questions.find(q => q.evidence!.text.startsWith('She recorded'));
    expect(album, 'a question on the "She recorded" sentence').to.exist;
    expect(album!.prompt).to.match(/^Lena Varga recorded her first album in/);
    for (const q of set.questions) expect(q.prompt).not.to.match(/^(She|Her)\b/);
  });

  it('says clearly when there is nothing to ask', () => {
    for (const [input, message] of [
      ['', 'the article is empty'],
      ['   \n\n ', 'the article is empty'],
      ['Read more >>\n\nFollow us on Twitter @x', 'the article has no sentences to ask about'],
      ['ok.', 'no sentence of the article gives a good question'],
    ] as const) {
      expect(() => generateQuestionSet(input), input).to.throw(GenerateError, message);
    }
  });

  it('handles right-to-left text, emoji and control characters without throwing an unexplained error', () => {
    for (const input of ['مرحبا بالعالم. هذا اختبار طويل بما فيه الكفاية لكي يكون جملة.', '🎉🎉🎉 party 🎉', 'a\u0000b\u0007c. d e f g h i j k.']) {
      try {
        const set = generateQuestionSet(input);
        expect(validateQuestionSet(set).valid).to.equal(true);
      } catch (e) {
        expect(e).to.be.instanceOf(GenerateError);
      }
    }
  });
});
