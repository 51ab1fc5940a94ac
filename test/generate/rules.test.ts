// The generator's rules for good questions, each through generateQuestionSet (or analyse) on a short
// article written for the rule. Every test has a case the rule must leave alone or make, so that it
// fails when the rule is broken as well as when it is missing.
import { expect } from '@open-wc/testing';
import { analyse, cleanArticle, GenerateError, generateQuestionSet, splitSentences, type QuestionKind } from '../../src/generate/index.js';
import type { Question } from '../../src/model/index.js';

const SEEDS = ['1', '2', '3', '4', '5', '6', '7', '8'];

/** Every question of the article under eight seeds. */
function everySeed(text: string, kinds: QuestionKind[] = ['fill-in', 'choice']): Question[] {
  return SEEDS.flatMap(seed => generateQuestionSet(text, { count: 20, seed, kinds }).questions);
}

/** The right answer of a question as text (its first accepted answer, or the right choice). */
const keyOf = (q: Question) => (q.type === 'fill-in' ? q.answers[0]! : q.choices.find(c => q.correct.includes(c.id))!.text);
const options = (q: Question) => (q.type === 'choice' ? q.choices.map(c => c.text) : []);

describe('generator rules', () => {
  it('asks about numbers written in words, accepting digits, and only where they count a noun', () => {
    const text = `Parents sentenced for keeping children at home

A county court in Ohio heard on Friday how the parents kept their thirteen children at home for years.

Officials said the oldest child weighed less than most teenagers when the police found the family.

Of the children, twelve had never seen a dentist, a doctor who examined them told the court.

The new family home is about two and a half times larger than the old farmhouse in the valley.

The county prosecutor said the parents had pleaded guilty to fourteen felony charges in March.`;
    const qs = everySeed(text);
    const thirteen = qs.filter(q => keyOf(q).toLowerCase() === 'thirteen');
    expect(thirteen.length, 'questions on "thirteen children"').to.be.above(0);
    for (const q of thirteen) {
      if (q.type === 'fill-in') expect(q.answers).to.include('13');
      // Options in words, as the key is.
      else for (const o of options(q)) expect(o, o).to.match(/^[a-z-]+$/);
    }
    expect(qs.some(q => keyOf(q).toLowerCase() === 'fourteen'), '"fourteen felony charges"').to.equal(true);
    // "twelve had" has no noun after it, and "two and a half" is not two.
    for (const q of qs) expect(keyOf(q), q.prompt).not.to.match(/^(?:twelve|two)$/i);
  });

  it('keeps sentences whose "their" points at a plural named before it, and drops those pointing back', () => {
    const text = `Town celebrates the return of its rowing crew

The rowers brought their trophy home to Lakeside on Sunday after winning the race in Oxford.

Their coach, Maria Olsen, said the crew had trained for nine months in the cold.

The crowd of 3,000 people cheered as the boat was carried through the town square by Maria Olsen.`;
    const prompts = everySeed(text).map(q => q.prompt);
    expect(prompts.some(p => p.startsWith('The rowers brought their trophy')), 'the "rowers … their" sentence').to.equal(true);
    expect(prompts.some(p => p.startsWith('Their coach')), 'the sentence starting with "Their"').to.equal(false);
  });

  it('makes a fill-in, never a choice, where the sentence says where a place lies or whose leader a person is', () => {
    const text = `Moldova asks its neighbours for help with the river

The new government in Moldova asked the European Union for help with its ports on Tuesday.

Boats and engineers will also be sent by neighbouring Romania, the ministers said on Tuesday.

Trade ministers from Poland, Hungary and Austria met in Vienna to discuss shipping on the Danube.

Exports from Moldova to Germany and Italy grew last year, according to the national bank of Moldova.

Farmers in Ukraine and Bulgaria also sell grain along the river, officials in Vienna said.

Moldovan Prime Minister Ana Rusu signed the request on Tuesday morning.

Austrian Chancellor Peter Brandt said the talks on the river would go on until the summer.

The next round of talks will be held in Cahul, Moldova, during the first week of June.

Barges from Galati and Braila already carry grain down to Constanta for farmers in Tulcea.

A new port for grain ships will open in Poland next spring, the transport ministers said.

The spokesman Karl Weiss said the ministers had met for nine hours in the old palace.

However, Ana Rusu said the first boats would not sail before the winter.`;
    const qs = everySeed(text);
    const romania = qs.filter(q => keyOf(q) === 'Romania');
    expect(romania.length, 'questions on "neighbouring Romania"').to.be.above(0);
    for (const q of romania) expect(q.type, q.prompt).to.equal('fill-in');
    // "held in ___, Moldova": a city before its country is a detail, asked in a short article only, and
    // then as a fill-in.
    expect(qs.filter(q => keyOf(q) === 'Cahul')).to.have.length(0);
    const short = text.split('\n\n').filter(p => /^(?:Moldova asks|The next round|The spokesman)/.test(p)).join('\n\n');
    const cahul = everySeed(short).filter(q => keyOf(q) === 'Cahul');
    expect(cahul.length, 'questions on "held in Cahul, Moldova"').to.be.above(0);
    for (const q of cahul) expect(q.type, q.prompt).to.equal('fill-in');
    const rusu = qs.filter(q => keyOf(q) === 'Ana Rusu' && q.prompt.includes('Moldovan Prime Minister ___'));
    expect(rusu.length, 'questions on "Moldovan Prime Minister ___"').to.be.above(0);
    for (const q of rusu) expect(q.type, q.prompt).to.equal('fill-in');
    // A country without such words around it is still asked as a choice among countries.
    expect(qs.some(q => q.type === 'choice' && ['Moldova', 'Germany', 'Ukraine', 'Poland'].includes(keyOf(q)))).to.equal(true);
  });

  it('offers a body in the key’s form: one the article gives with "the" for a blank after "the"', () => {
    const text = `Chip maker sues its rival over secret deals

Orion Chips filed a complaint against Vexa Corporation on Monday in a federal court in Delaware.

According to industry reports confirmed by the Fair Trade Authority in Japan, Vexa Corporation paid Delta Company not to buy chips from Orion Chips.

The complaint also names Sorin Group and Norden Bank, which lent money for the deals in Europe.

A spokesman for the Consumer Council said the deals had raised prices for buyers in Europe.

Delta Company said it would answer the complaint once it had read it with its lawyers.

Sorin Group lent the money for the deals through a small branch office abroad.

Each deal was examined by the Fair Trade Authority, which looked into the payments for a year.`;
    const qs = everySeed(text);
    const commission = qs.filter(q => q.type === 'choice' && keyOf(q) === 'Fair Trade Authority');
    for (const q of commission) for (const o of options(q)) expect(['Fair Trade Authority', 'Consumer Council'], q.prompt).to.include(o);
    // And a bare name is never offered a name that takes "the".
    for (const q of qs) if (q.type === 'choice' && ['Vexa Corporation', 'Orion Chips', 'Delta Company'].includes(keyOf(q))) expect(options(q)).not.to.include('Fair Trade Authority');
    expect(qs.some(q => q.type === 'choice' && ['Vexa Corporation', 'Delta Company', 'Sorin Group', 'Norden Bank'].includes(keyOf(q))), 'a choice among companies').to.equal(true);
  });

  it('never blanks a place used to describe something else, nor the time of a moment in a game', () => {
    const text = `City wins the cup final in extra time

The Brazil striker scored the winning goal in the second half of the final on Sunday.

On 81 minutes, Tom Barker made a poor pass and Carlos Mendes ran clear of the defence to score.

Local fans had seen 3 finals lost in a row before this season, a club official said.`;
    const qs = everySeed(text);
    for (const q of qs) {
      expect(q.prompt, 'a place as a modifier').not.to.match(/The ___ striker/);
      expect(keyOf(q), q.prompt).not.to.equal('81');
    }
    expect(qs.some(q => keyOf(q) === '3'), '"3 finals" is still asked').to.equal(true);
  });

  it('does not take descriptions for names, nor a club for a person', () => {
    const found = analyse('Police said the bomb went off on the Mediterranean island on Sunday. Chelsea FC won the cup. Chelsea fielded a full side. The Kashmiri group denied it.');
    const names = found.map(m => m.text);
    expect(names).not.to.include('Mediterranean island');
    expect(names).not.to.include('Kashmiri group');
    for (const m of found.filter(x => x.text.startsWith('Chelsea'))) expect(m.kind, m.text).to.equal('organization');
    // A role noun before a name makes it a person's: "the keeper, Edwin Marsh," "the engineer Thomas Greave".
    const people = analyse('In 1952 a storm hit the tower, and the keeper, Edwin Marsh, kept the light burning. It was built by the engineer Thomas Greave.');
    expect(people.filter(m => m.kind === 'person').map(m => m.text)).to.deep.equal(['Edwin Marsh', 'Thomas Greave']);
    // And so does a title of a place: "Chief Minister of KP, Pervez Khattak".
    expect(analyse('Outgoing Chief Minister of KP, Pervez Khattak said he would raise the concerns.').filter(m => m.kind === 'person').map(m => m.text)).to.deep.equal(['Pervez Khattak']);
  });

  it('asks who said a quotation whose speaker is named by a role: "The father said", but not words about the family', () => {
    const text = `Court jails parents for keeping children at home

Judge Bernard Hale said in court on Friday, "What happened in that house was cruel beyond anything this court has seen."

A neighbour, Ruth Ames, said, "I saw them only once, late at night, and never in the daytime."

The father said "I am sorry for the harm that was done in our house over all those years."

The mother said "I look forward to the day when I can start a new life and make amends."

One of the children said, "Sometimes I still dream of the house and of being locked in my room."

The judge told the father, "You have taken away the childhood of every one of your children."`;
    const said = everySeed(text, ['who-said']);
    const father = said.find(q => keyOf(q) === 'The father');
    expect(father, 'a question on the father’s words').to.exist;
    expect(father!.prompt).to.match(/^Who said: “I am sorry for the harm/);
    expect(options(father!)).to.include('The mother');
    expect(said.some(q => keyOf(q) === 'Bernard Hale' && options(q).includes('The father'))).to.equal(true);
    // "your children" says who is spoken to, which rules the parents out; "I saw them" does not say
    // whom. Neither is asked.
    for (const q of said) expect(q.prompt).not.to.match(/your children|I saw them/);
  });

  it('knows designations as names of things, and swaps one for another in a false statement, never one a letter apart', () => {
    const found = analyse('Astronomers found that the planet TOI-77b circles the star TOI-77 every two days.');
    expect(found.filter(m => m.kind === 'thing').map(m => m.text)).to.deep.equal(['TOI-77b', 'TOI-77']);
    const text = `Astronomers find a planet that circles its star in two days

Astronomers at the Lund Observatory said on Monday that they had found a gas giant named TOI-77b.

TOI-77 is a young blue star, much hotter than our own Sun, the team said.

The team first saw TOI-77b pass in front of its star in 2021 using a small telescope in Chile.

The same telescope found a smaller planet around the old red star WASP-12 last year.`;
    const tf = everySeed(text, ['true-false']).filter(q => /(?:TOI-77b?|WASP-12) is a young blue star/.test(q.prompt));
    expect(tf.length).to.be.above(0);
    const falses = tf.filter(q => q.type === 'choice' && q.correct[0] === 'false');
    expect(falses.length, 'a false statement among the seeds').to.be.above(0);
    // "WASP-12", never "TOI-77b", which is a letter away from "TOI-77".
    for (const q of falses) expect(q.prompt).to.include('WASP-12 is a young blue star');
    // A blank for "TOI-77b" beside a prompt that shows "TOI-77" is all but given away.
    const near = `Astronomers find a hot planet\n\nAstronomers said on Monday that they had found a gas giant named TOI-77b near a young star.\n\nHowever, TOI-77b circles its star in two days.\n\nThe light of TOI-77's flares takes about 400 years to reach the Earth, the team said.`;
    for (const seed of SEEDS) {
      const qs = generateQuestionSet(near, { count: 10, seed, kinds: ['fill-in', 'choice'] }).questions;
      if (qs.some(q => keyOf(q) === 'TOI-77b')) for (const q of qs) expect(q.prompt, seed).not.to.match(/TOI-77(?!b)/);
    }
  });

  it('asks "The planet …" as "TOI-77b …" when the article names one planet, and not at all when it names two', () => {
    const one = `Astronomers find a hot planet light years away

Astronomers at the Lund Observatory have found an exoplanet, named TOI-77b, circling a young star.

The planet is about 900 light years from the Earth and circles its star every two days.

The planet was first seen by a small telescope in Chile during the winter of 2021.`;
    const prompts = everySeed(one, ['fill-in', 'choice', 'true-false']).map(q => q.prompt);
    // (The designation keeps the noun it stands for: "The planet TOI-77b is about …".)
    expect(prompts.some(p => /^(?:True or false: )?The planet TOI-77b is about (?:___|\d+) light years/.test(p)), prompts.join('\n')).to.equal(true);
    expect(prompts.some(p => /^(?:True or false: )?The planet (?!TOI-77b\b)/.test(p))).to.equal(false);
    const two = one.replace('circling a young star.', 'circling a young star, and a second exoplanet, named TOI-78c, circling an old one.');
    for (const q of everySeed(two, ['fill-in', 'choice', 'true-false'])) expect(q.prompt).not.to.match(/light years/);
  });

  it('asks about one person once, by any of their names, and accepts the surname the article uses', () => {
    const text = `President signs the river bill into law

On Thursday, President Amir Haddad signed a bill to protect the river that runs through the capital, Dalaran.

Speaking in Dalaran, Haddad said farmers along the river would get clean water for the first time.

Ministers from Norway and Chile came to the signing in the new parliament building.

Lawmakers approved the river bill by 212 votes to 40 on May 24, officials said.

President Haddad later flew to Norway.`;
    for (const seed of SEEDS) {
      const keys = generateQuestionSet(text, { count: 10, seed, kinds: ['fill-in'] }).questions.map(keyOf);
      expect(keys.filter(k => /Haddad/.test(k)).length, keys.join(', ')).to.be.at.most(1);
    }
    const haddad = everySeed(text, ['fill-in']).filter(q => q.type === 'fill-in' && q.answers.includes('Amir Haddad'));
    expect(haddad.length).to.be.above(0);
    for (const q of haddad) if (q.type === 'fill-in') expect(q.answers).to.include('Haddad');
  });

  it('never asks for the name of the person a story is about', () => {
    const text = `Singer Rosa Lind dies at 80

The Swedish singer Rosa Lind died at her home in Malmo on Sunday at the age of 80, her family said.

Rosa Lind was born in Lund in 1944 and first sang in her father's church when she was 10.

She recorded her first album in 1962 with the label Nordic Records in Stockholm.

Lind won the national music prize in 1975, and she toured Europe with the pianist Erik Sand.

Her last concert was held in Oslo in 2019, where she sang for three hours.

Anna Lind, her niece, said the family would hold a small funeral for the singer in Lund.`;
    // (Nor anyone of her family name, often the person under another name: "Anna Lind" is not asked.)
    const qs = everySeed(text, ['fill-in', 'choice']);
    expect(qs.length).to.be.above(0);
    for (const q of qs) expect(keyOf(q), q.prompt).not.to.match(/Lind/);
    expect(qs.some(q => keyOf(q) === 'Erik Sand' || keyOf(q) === 'Stockholm' || keyOf(q) === 'Oslo')).to.equal(true);
    // Someone of her family name is not her: "Anna Lind said …" is not asked as Rosa Lind's words.
    const niece = `${text.replace('Anna Lind, her niece, said the family would hold a small funeral for the singer in Lund.', 'Anna Lind said a small funeral for the singer would be held in the old church of the town in the spring.')}\n\nHer manager Sven Berg said the last album had sold more copies than any other.\n\nThe critic Eva Holm said no other singer of her time could hold a note for so long.`;
    for (const q of everySeed(niece, ['fill-in', 'choice', 'who-said'])) if (/small funeral/.test(q.prompt)) expect(keyOf(q)).to.match(/^Anna Lind$|^Lund$/);
  });

  it('asks the part of "12 of their 16 games", never the whole, and true/false statements false only by a number or a designation', () => {
    const text = `Broncos win the final

Entering the final, the Panthers had lost only once in the season, while the Broncos won 12 of their 16 games.

Peyton Manning threw the ball to Bennie Fowler for a two-point conversion late in the fourth quarter.

Von Miller forced two fumbles and was named the most valuable player of the final by the league.

The Broncos recorded only 194 yards, the fewest by a winner of the final in its history.`;
    let asked = 0;
    for (const q of everySeed(text, ['choice', 'fill-in', 'true-false'])) {
      // (The whole, 16 games, is what anyone who knows the game can say; the part, 12 wins, is the news.)
      expect(q.prompt).not.to.match(/of their ___ games/);
      if (/won ___ of their 16 games/.test(q.prompt)) {
        asked++;
        for (const o of options(q)) expect(Number(o), q.prompt).to.be.at.most(16);
      }
      expect(q.prompt, 'a true/false statement on one side of "N of M"').not.to.match(/^True or false: .*of their \d+ games/);
      if (q.prompt.startsWith('True or false') && keyOf(q) === 'False') {
        for (const name of ['Bennie Fowler', 'Von Miller', 'Peyton Manning']) {
          if (q.evidence!.text.includes(name)) expect(q.prompt, 'a person swapped').to.include(name);
        }
      }
    }
    expect(asked, 'questions on "won ___ of their 16 games"').to.be.above(0);
    // Nor the whole where the part cannot be asked ("more than 12": every smaller number is true too).
    for (const q of everySeed(text.replace('won 12 of', 'won more than 12 of'), ['choice', 'fill-in'])) expect(q.prompt).not.to.match(/of their ___ games/);
  });

  it('offers people who speak in the article as the speakers of a quotation before people who only have a role', () => {
    const text = `Ministers back the new government

The longtime ruler Omar Basri was ousted in 2011 after months of fighting in the north of the country.

Foreign minister Lina Sarrafi said the new government was "the only one that can unite the country again".

The army spokesman Tarek Aziz said the troops would "stay in their barracks until the talks are over".

Peter Lund, a spokesman for the United Nations, said the talks would "begin in Geneva before the end of the month".

Kamal Idris, the head of the central bank, said the bank had "enough money to pay every salary this year".`;
    const said = everySeed(text, ['who-said']);
    expect(said.length).to.be.above(0);
    for (const q of said) expect(options(q), q.prompt).not.to.include('Omar Basri');
  });

  it('accepts "LA" for Los Angeles, and never half of a place name ("Angeles", "Orleans")', () => {
    const text = `Parents jailed for keeping children at home

Police found the children in a house south of Los Angeles after one of them escaped at night.

A judge in the county court sentenced the two parents to life in prison for cruelty on Friday.

The parents had lived in a small house near New Orleans until the family moved west in 2010.`;
    const fills = everySeed(text, ['fill-in']).filter(q => q.type === 'fill-in' && q.answers[0] === 'Los Angeles');
    expect(fills.length).to.be.above(0);
    for (const q of fills) if (q.type === 'fill-in') {
      expect(q.answers).to.include('LA');
      expect(q.answers).not.to.include('Angeles');
    }
    const orleans = everySeed(text, ['fill-in']).filter(q => q.type === 'fill-in' && q.answers[0] === 'New Orleans');
    expect(orleans.length).to.be.above(0);
    for (const q of orleans) if (q.type === 'fill-in') expect(q.answers).to.deep.equal(['New Orleans']);
  });

  it('keeps "them" where the sentence names the people first, and drops it where it points back', () => {
    const text = `Army strikes militant camps in the desert

The army has launched two airstrikes against them in the desert near the town of Oasis Springs.

The Turpins had kept their children indoors for years and rarely allowed them outside the house near Los Angeles.

Officials in Riverside said 40 soldiers would stay in Oasis Springs until the end of the year.`;
    const prompts = everySeed(text, ['fill-in', 'choice', 'true-false']).map(q => q.prompt);
    expect(prompts.some(p => p.includes('airstrikes'))).to.equal(false);
    expect(prompts.some(p => p.includes('rarely allowed them'))).to.equal(true);
  });

  it('offers a surname against the surnames of the other people, and names in full only those met before', () => {
    // (Not a game report: there, one play such as a fumble is not asked at all.)
    const text = `Denver defence stars in the final

However, Von Miller, Darian Stewart and Malik Jackson led the Denver defence against quarterback Cam Newton at Levi's Stadium in Santa Clara, and kicker Graham Gano missed a field goal for the Panthers.

Unfortunately for the Panthers, Miller forced Newton to fumble at the four-yard line and Jackson recovered.

Later in the game, Newton was sacked by Burke, and Brandon McManus kicked a field goal for Denver.

Tom Burke, the Denver safety, said he had never seen a defence play so well in a final.`;
    const found = analyse(text);
    expect(found.find(m => m.text === 'Santa Clara')?.kind).to.equal('place');
    const surnames = ['Miller', 'Stewart', 'Jackson', 'Newton', 'Gano', 'McManus', 'Burke'];
    const bySurname = everySeed(text, ['choice']).filter(q => ['Miller', 'Newton', 'Jackson'].includes(keyOf(q)));
    expect(bySurname.length).to.be.above(0);
    for (const q of bySurname) for (const o of options(q)) expect(surnames, q.prompt).to.include(o);
    // "Burke" is met in full ("Tom Burke") only after "sacked by Burke": that fill-in accepts "Burke" alone.
    const later = `Safety sacks the quarterback\n\nBurke sacked the quarterback on the last play of the game in the fourth quarter.\n\nHowever, Tom Burke said after the game that the win belonged to the whole team.`;
    const burke = everySeed(later, ['fill-in']).filter(q => q.type === 'fill-in' && q.answers[0] === 'Burke');
    expect(burke.length).to.be.above(0);
    for (const q of burke) if (q.type === 'fill-in') expect(q.answers).to.deep.equal(['Burke']);
  });

  it('asks who said the first sentence of a longer quotation, twice for one speaker at most and far apart, among the people who speak', () => {
    const text = `Asteroid held together by weak forces

A team of researchers has found that a small asteroid is held together by weak forces between its grains rather than by gravity.

As Ben Rozitis, a planetary scientist and a co-author of the study, told reporters: "We found a low-density rubble pile that would fall apart without such forces. It was a surprise to the whole team."

As Ben Rozitis explained: "You would want to avoid touching the asteroid directly if it ever came close. A gravity tractor would be safer."

The asteroid spins once every two hours and measures about a kilometre across, the team reported.

Its surface is covered by fine dust and small rocks, according to radar images taken in 2001.

Ben Rozitis added: "Mining missions will have to deal with asteroids that can break up at the slightest touch. That makes them harder."

Bong Wie, an aerospace engineer at Iowa State University, noted: "I just hope that an asteroid heading for the Earth will not be spinning fast."

B. Rozitis, E. MacLennan, J. P. Emery. "Cohesive forces prevent the break-up of a fast-spinning asteroid" —Nature (magazine), August 14, 2014

"Asteroid spins too fast for gravity alone, Rozitis says" —Agence France-Presse, August 14,2014

According to Daniel Scheeres, an aerospace engineer in Colorado, the forces may also matter for future asteroid mining.`;
    expect(cleanArticle(text).paragraphs.some(p => p.text.includes('MacLennan') || p.text.includes('France-Presse')), 'the citations are furniture').to.equal(false);
    expect(analyse(text).filter(m => m.kind === 'person').map(m => m.text)).to.include('Bong Wie');
    for (const seed of SEEDS) {
      const said = generateQuestionSet(text, { count: 10, seed, kinds: ['who-said'] }).questions;
      expect(said.filter(q => keyOf(q) === 'Ben Rozitis').length, seed).to.equal(2);
      for (const q of said) {
        expect(q.prompt).not.to.match(/”.*“|It was a surprise|A gravity tractor|That makes them/);
        expect(options(q), q.prompt).to.include.members(['Ben Rozitis', 'Bong Wie', 'Daniel Scheeres']);
      }
      expect(said.some(q => q.prompt.startsWith('Who said: “We found a low-density rubble pile that would fall apart without such forces”?'))).to.equal(true);
    }
    // Nor two quotations on one thing ("rubble pile"), however far apart.
    const same = text.replace('Mining missions will have to deal with asteroids that can break up at the slightest touch.', 'A rubble pile like this one would break up at the slightest touch of a probe.');
    for (const seed of SEEDS) {
      const prompts = generateQuestionSet(same, { count: 10, seed, kinds: ['who-said'] }).questions.map(q => q.prompt);
      expect(prompts.some(p => p.includes('We found a low-density rubble pile')) && prompts.some(p => p.includes('A rubble pile like this one')), seed).to.equal(false);
    }
    // Two quotations from neighbouring paragraphs tend to make one point twice: one is asked.
    const near = text.replace(/\n\nThe asteroid spins[^\n]*\n\nIts surface[^\n]*/, '');
    for (const seed of SEEDS) expect(generateQuestionSet(near, { count: 10, seed, kinds: ['who-said'] }).questions.filter(q => keyOf(q) === 'Ben Rozitis').length, seed).to.equal(1);
  });

  it('asks about the key terms an article repeats, but not a role, a time or words inside a quotation', () => {
    const text = `Small asteroid held together by weak forces

The team wrote that "the rotation rate of small asteroids is still a puzzle" in its report.

Researchers have found that cohesive forces between grains hold a small asteroid together.

Without such forces, the rotation rate of the asteroid would tear it apart within days.

According to Daniel Ross, an aerospace engineer in Colorado, cohesive forces may also matter for mining.

The aerospace engineer who led the study said the forces were weak but steady.

Another aerospace engineer at the same university disagreed with the study.

As the asteroid warms in sunlight, its rotation rate changes slowly over the years.`;
    const qs = everySeed(text, ['fill-in', 'choice']);
    const terms = qs.filter(q => q.type === 'fill-in' && ['cohesive forces', 'rotation rate'].includes(q.answers[0]!));
    expect(terms.length, 'questions on the terms').to.be.above(0);
    // A term written with capitals is part of a name there: "Federally Administered Tribal Areas".
    const areas = `Tribal areas join the province\n\nOn Thursday, the president signed a bill to merge the Federally Administered Tribal Areas with the province.\n\nHowever, the tribal areas will keep their own courts.\n\nHowever, the tribal areas have been governed by agents since independence.\n\nOfficials said the first new court would open in Islamabad in March.`;
    for (const q of everySeed(areas, ['fill-in'])) expect(q.prompt, 'the term inside a name').not.to.match(/Administered ___/);
    // With "spin rate" beside "rotation rate", the blank has two answers: it is not asked.
    const rate = `Asteroid spins fast\n\nThe rotation rate of the small asteroid is much higher than anyone had expected.\n\nHowever, the rotation rate may change over millions of years.`;
    expect(everySeed(rate, ['fill-in']).some(q => keyOf(q) === 'rotation rate')).to.equal(true);
    const spin = `${rate}\n\nHowever, its spin rate is still a puzzle for the team.`;
    expect(() => everySeed(spin, ['fill-in'])).to.throw(/no sentence of the article gives a good question/);
    for (const q of qs) {
      expect(keyOf(q).toLowerCase(), q.prompt).not.to.equal('aerospace engineer');
      expect(q.prompt, 'a blank inside a quotation').not.to.match(/"[^"]*___/);
    }
  });

  it('never asks for a person whose surname another prompt shows', () => {
    const text = `Actor claims to be the father of a singer's daughter

Former child actor Mark Lester, best known for a film of 1968, claims to be the father of the girl.

Speaking to a tabloid, Lester said that the singer Sam Rowe had asked him for help in 1996.

Sam Rowe, who died in June, had always said that he was the father of all three of his children.`;
    for (const seed of SEEDS) {
      const qs = generateQuestionSet(text, { count: 10, seed, kinds: ['fill-in', 'choice'] }).questions;
      for (const q of qs.filter(x => /Lester/.test(keyOf(x)))) {
        for (const other of qs) if (other !== q) expect(other.prompt, `${q.prompt} / ${other.prompt}`).not.to.match(/Lester/);
      }
    }
  });

  it('prefers questions on the people to one whose prompt names them all', () => {
    const text = `Writers win prizes at the book festival

Anna Berg, Carl Dahl and Erik Falk won prizes at the book festival in Oslo on Friday evening.

Anna Berg won the first prize for her novel about a fishing village in the far north.

Carl Dahl, a poet from Bergen, won the second prize for a book of poems about the sea.

Erik Falk won the prize for young writers with his first book, a story set in a mining town.`;
    for (const seed of SEEDS) {
      const keys = generateQuestionSet(text, { count: 10, seed, kinds: ['fill-in', 'choice'] }).questions.map(keyOf);
      expect(keys, seed).to.include.members(['Anna Berg', 'Erik Falk']);
      expect(keys, seed).not.to.include('Oslo');
    }
  });

  it('never blanks the story’s subject, which other prompts name, but may state it true or false', () => {
    const text = `Moldova asks for help with its river ports

The government of Moldova asked the European Union for help with its river ports on Monday.

Ministers from Poland and Austria said they would visit Moldova before the end of June.

Farmers in Moldova sell most of their grain to Romania and Ukraine along the Danube.

Boats from Moldova carried 40,000 tonnes of grain to Galati in March, officials in Vienna said.`;
    const qs = everySeed(text, ['fill-in', 'choice', 'true-false']);
    expect(qs.length).to.be.above(0);
    for (const q of qs) expect(keyOf(q), q.prompt).not.to.equal('Moldova');
  });

  it('leaves a speaker question at three options rather than offer the answer of another question', () => {
    const text = `Parents jailed for keeping children at home

Yesterday in the county court, Judge Bernard Hale sentenced the two parents to life in prison for cruelty.

The father said "I love my children and I know that my children love me too."

The mother said "I look forward to the day when I can see them and tell them that I am sorry."

One of the children said, "Sometimes I still dream of the house and of being locked in my room."

The grandmother said "I hope that one day the whole family can sit at one table again."

Hale said the parents would be eligible for parole in 25 years, after a hearing in the court.`;
    for (const seed of SEEDS) {
      const qs = generateQuestionSet(text, { count: 10, seed }).questions;
      const answers = new Set(qs.filter(q => !q.prompt.startsWith('Who said')).map(keyOf));
      for (const q of qs.filter(q => q.prompt.startsWith('Who said'))) {
        for (const o of options(q)) if (o !== keyOf(q)) expect(answers.has(o), `${o} in ${q.prompt}`).to.equal(false);
        expect(options(q).length).to.be.within(3, 4);
      }
    }
  });

  it('keeps initials with a name, asks a court against courts, and accepts only the full name where two people share the surname', () => {
    expect(analyse('With three minutes left, C. J. Anderson scored again. In the U.S. John Kerry spoke.').filter(m => m.kind === 'person').map(m => m.text)).to.deep.equal(['C. J. Anderson', 'John Kerry']);
    const text = `Tribal areas join the province

Before January, when a bill extended the writ of both the Supreme Court and the High Court to the areas, they had no courts.

The Federal Government, the National Assembly and the Muslim League all backed the bill in May.

Appeals now go to the Supreme Court and the Peshawar High Court, officials of the Labour Court said.

David Haddad, alone, was also charged with making false statements to the court in Karachi.

His wife Louise Haddad was charged with cruelty, and both pleaded guilty to 14 charges in June.`;
    for (const q of everySeed(text, ['choice'])) if (/Court$/.test(keyOf(q))) for (const o of options(q)) expect(o, q.prompt).to.match(/Court$/);
    const david = everySeed(text, ['fill-in']).filter(q => q.type === 'fill-in' && q.answers[0] === 'David Haddad');
    expect(david.length).to.be.above(0);
    // (Neither "Haddad" nor "David" alone: either could be his wife or another David.)
    for (const q of david) if (q.type === 'fill-in') expect(q.answers).to.deep.equal(['David Haddad']);
    // (Unless the prompt tells the two apart: "running back ___" is the running back, not the safety.)
    const game = (other: string) => `Broncos beat Panthers in the final

In the second quarter, the Panthers scored a touchdown when running back Jon Stewart jumped over the goal line.

Later in the game, ${other} Dan Stewart of the Broncos took the ball from quarterback Cam Newton at midfield.

Jon Stewart ended the game with 40 yards and one touchdown for the Panthers, and Dan Stewart made nine tackles.`;
    const answers = (other: string) => everySeed(game(other), ['fill-in']).filter(q => q.prompt.includes('running back ___ jumped')).map(q => (q.type === 'fill-in' ? q.answers : []));
    expect(answers('safety')[0]).to.deep.equal(['Jon Stewart', 'Stewart']);
    expect(answers('running back')[0]).to.deep.equal(['Jon Stewart']);
  });

  it('drops a sentence that counts from an earlier event ("Three months later") and a body used as a modifier ("the ___ sanctions committee")', () => {
    const text = `Jets strike camps in the desert

In November, jets from the United States struck a training camp near the eastern city of Derna.

Three months later, jets from the United States killed 40 fighters at a second camp in Sabratha.

The U.N. sanctions committee must still approve the sale of arms to the new government in Tripoli.`;
    for (const q of everySeed(text, ['fill-in', 'choice', 'true-false'])) {
      expect(q.prompt).not.to.match(/months later/);
      expect(q.prompt).not.to.match(/The ___ sanctions/);
    }
  });

  it('does not ask for a person named once who neither speaks nor has a role, nor offer choices for "the eastern city of ___"', () => {
    const text = `Jets strike militants in the east

In November, jets killed a militant commander known as Omar Zaid in the desert.

Jets also hit the eastern city of Derna twice during November, officials said.

Last year, fighters loyal to Hamid Rahim fought fighters loyal to Yusuf Karim for the port.

Foreign minister Lina Sarrafi said the strikes had been agreed with the new government in Tripoli.

The army spokesman Tarek Aziz said the troops would stay in Benghazi until the end of the month.

Ministers from Tunis, Cairo and Rome met Lina Sarrafi in Valletta on Friday to discuss the strikes.`;
    const qs = everySeed(text, ['fill-in', 'choice']);
    for (const q of qs) expect(keyOf(q), q.prompt).not.to.equal('Omar Zaid');
    const derna = qs.filter(q => keyOf(q) === 'Derna');
    expect(derna.length, 'questions on "the eastern city of Derna"').to.be.above(0);
    for (const q of derna) expect(q.type, q.prompt).to.equal('fill-in');
    // A person who speaks is still asked.
    expect(qs.some(q => keyOf(q) === 'Tarek Aziz' || keyOf(q) === 'Lina Sarrafi')).to.equal(true);
  });

  it('asks who said a quotation followed by "she said", naming the one person of the sentence before', () => {
    const text = `Town council approves a new sea wall

Mayor Helen Achterberg said the barrier would protect about 9,000 residents from the highest tides. "We cannot ask families to bail out their kitchens every January," she said.

The finance officer, Tomas Reyes, said the national government would pay most of the cost of the wall.

Opposition councillor Priya Nair said the town should first move the most exposed homes inland.

"A wall on its own will only push the water onto the beaches of our neighbours," Nair added.`;
    const said = everySeed(text, ['who-said']);
    const helen = said.filter(q => q.prompt.startsWith('Who said: “We cannot ask families'));
    expect(helen.length, 'a question on the quotation after "she said"').to.be.above(0);
    for (const q of helen) {
      expect(keyOf(q)).to.equal('Helen Achterberg');
      expect(options(q)).to.include.members(['Tomas Reyes', 'Priya Nair']);
    }
    // "the town should" is this story's town: the sentence is asked.
    expect(everySeed(text, ['fill-in', 'choice']).some(q => q.evidence!.text.includes('the town should'))).to.equal(true);
    // Where the sentence before names two people, the one it makes the speaker, even across a paragraph.
    const two = text.replace(
      'The finance officer, Tomas Reyes, said the national government would pay most of the cost of the wall.',
      'The finance officer, Tomas Reyes, who spoke after Achterberg, said the government would pay for the wall.\n\n"The money for the whole wall has been set aside in this year\'s budget," he said.',
    );
    const reyes = everySeed(two, ['who-said']).filter(q => q.prompt.startsWith('Who said: “The money for the whole wall'));
    expect(reyes.length).to.be.above(0);
    for (const q of reyes) {
      expect(keyOf(q)).to.equal('Tomas Reyes');
      // (Its evidence begins with the sentence that names him.)
      expect(q.evidence!.text).to.match(/^The finance officer, Tomas Reyes, [\s\S]*” he said\.$|^The finance officer, Tomas Reyes, [\s\S]*," he said\.$/);
      expect(q.evidence!.text).to.equal(two.slice(q.evidence!.start, q.evidence!.end));
    }
  });

  it('asks who said what the article reports in its own words: after "He said", and of the story’s person', () => {
    const text = `Harbour board approves a new sea wall

Mayor Helen Achterberg said on Monday that the town would build a sea wall before the winter storms.

Tomas Reyes, the finance officer, said the national government would pay most of the cost of the wall.

He said the regional water agency had promised a further grant of two million euros for the pumps.

He added that the harbour tax would not rise for the next five years under the agreement.

Opposition councillor Priya Nair said the town should first move the most exposed homes inland.

He said the council of the town had praised his work on the plans for the harbour.

Achterberg said the first stones of the wall would be laid on the beach below the old lighthouse.

Achterberg thanked the fishermen, and Achterberg said the harbour would stay open during the work.`;
    const said = everySeed(text, ['who-said']);
    const grant = said.filter(q => q.prompt === 'Who said the regional water agency had promised a further grant of two million euros for the pumps?');
    expect(grant.length, '"He said …" after the sentence that names Tomas Reyes').to.be.above(0);
    for (const q of grant) {
      expect(keyOf(q)).to.equal('Tomas Reyes');
      expect(options(q)).to.include.members(['Helen Achterberg', 'Priya Nair']);
      // (The evidence begins with the sentence that names him.)
      expect(q.evidence!.text).to.match(/^Tomas Reyes, the finance officer, said [\s\S]* for the pumps\.$/);
    }
    // Not words that name someone by "he".
    expect(said.some(q => /praised his work/.test(q.prompt))).to.equal(false);
    // The story's person, never a blank, is asked "Who said …?" too; not with their name in the words.
    const stones = said.filter(q => q.prompt === 'Who said the first stones of the wall would be laid on the beach below the old lighthouse?');
    expect(stones.length).to.be.above(0);
    for (const q of stones) expect(keyOf(q)).to.equal('Helen Achterberg');
    // Only where the name opens the sentence as its speaker: "Achterberg thanked …, and Achterberg said" is not asked.
    expect(said.some(q => /stay open during the work/.test(q.prompt))).to.equal(false);
    // Words that point back ("the team …", "the decision …") do not stand alone; "He added …" after them is
    // still Tomas Reyes.
    const team = everySeed(text.replace('He said the regional water agency', 'He said the decision of the regional water agency'), ['who-said']);
    expect(team.some(q => /regional water agency/.test(q.prompt))).to.equal(false);
    const tax = team.filter(q => q.prompt === 'Who said the harbour tax would not rise for the next five years under the agreement?');
    expect(tax.length).to.be.above(0);
    for (const q of tax) expect(keyOf(q)).to.equal('Tomas Reyes');
  });

  it('asks how many of a count in words, with whose it is, and only of what is said of that count', () => {
    const text = `Workers hurt as crane falls at the harbour

Two Harbour Board workers were hurt and at least 12 were treated for shock when a crane fell on Friday.

Police said the crane had collapsed onto the quay shortly after the morning shift began at the harbour.

The harbour will stay closed until an inspector has checked the other cranes, the board said on Saturday.`;
    const asked = SEEDS.flatMap(seed => generateQuestionSet(text, { count: 10, seed, kinds: ['how-many'] }).questions);
    const hurt = asked.filter(q => q.prompt.replace(/ ___$/, '') === 'How many Harbour Board workers were hurt?');
    expect(hurt.length, asked.map(q => q.prompt).join(' / ')).to.be.above(0);
    for (const q of hurt) {
      if (q.type === 'fill-in') expect(q.answers).to.include.members(['Two', '2']);
      else {
        expect(keyOf(q)).to.equal('Two');
        // (Options in the key's form: numbers in words, capitalised as it is.)
        for (const o of options(q)) expect(o).to.match(/^\p{Lu}\p{Ll}+$/u);
      }
    }
    // The count is not part of the name it stands before; a name that opens on a number keeps it.
    const names = analyse('Two Harbour Board workers were hurt. Engineers from the Three Gorges Dam came on Monday.').map(m => m.text);
    expect(names).to.include.members(['Harbour Board', 'Three Gorges Dam']).and.not.to.include('Two Harbour Board');
  });

  it('reads "He" after a sentence that names one person only as that person, by surname', () => {
    const text = `Harbour town opens its new sea wall

Mayor Helen Achterberg opened the new sea wall of the town of Hoorn on Friday, after three years of work.

Councillor Tomas Reyes cut the ribbon at the north pier in the morning. He then walked 800 metres along the top of the new wall with the engineer Anna Visser.

Visser said the wall would protect about 9,000 homes from the highest tides for a century.

Achterberg said the town would hold a festival on the new promenade every summer.`;
    const stated = (t: string) => everySeed(t, ['true-false']).map(q => q.prompt);
    expect(stated(text).some(p => /^True or false: Reyes then walked \d+ metres along the top of the new wall/.test(p))).to.equal(true);
    // Where the sentence before names two people, "He" could be either: the sentence is not asked.
    const two = stated(text.replace('Councillor Tomas Reyes cut the ribbon', 'Councillor Tomas Reyes and Lena Stahl cut the ribbon'));
    expect(two.some(p => /then walked/.test(p))).to.equal(false);
  });

  it('asks who said a quotation in a sentence that is otherwise no question, and not among the people it names', () => {
    const text = `Singer Mara Quinn, queen of jazz, dies aged 80

US jazz singer Mara Quinn died at her home in Chicago on Thursday, her publicist Dana Reid said.

Quinn was born in Memphis in 1940, and she sang in the church of her father as a child.

Quinn recorded an album with the pianist Omar Haddad, and it sold millions of copies in Europe.

Quinn sang at the inauguration of President Barack Obama, who invited her to the White House.

On her death, Barack Obama tweeted, "Mara showed a whole country the worth of its own music.

She was a gift to us all."

The critic Lena Stahl said the album with Haddad was "the finest record of the decade in jazz".`;
    const said = everySeed(text, ['who-said']).filter(q => q.prompt === 'Who said: “Mara showed a whole country the worth of its own music”?');
    expect(said.length, 'the words of a tweet, though "her" opens the sentence').to.be.above(0);
    for (const q of said) {
      expect(keyOf(q)).to.equal('Barack Obama');
      // (Not Mara Quinn: the words name her, by her first name.)
      expect(options(q)).not.to.include('Mara Quinn');
    }
  });

  it('does not offer the holder of an office the prompt names', () => {
    const text = `President signs the tribal areas bill

On Thursday, Pakistani President Mamnoon Hussain signed the bill to merge the tribal areas with the province.

Chief Minister Pervez Khattak said the province would raise the concerns of the tribes in the capital.

Senate Chairman Sadiq Sanjrani handed the bill to the president on Tuesday for his assent.

The bill had passed the Senate by a large majority on Monday, after a long debate led by Sanjrani.

Opposition leader Raza Rabbani said the bill would change the lives of five million people.

Interior Minister Ahsan Iqbal said the police of the province would take over from the tribal levies.

Hussain said the merger would open an era of peace, and Khattak said the tribes would gain from it.`;
    const qs = everySeed(text).filter(q => /^Senate Chairman ___ handed the bill to the president/.test(q.prompt));
    expect(qs.length, 'the question on who presented the bill').to.be.above(0);
    for (const q of qs) {
      expect(keyOf(q)).to.equal('Sadiq Sanjrani');
      if (q.type === 'choice') expect(options(q)).not.to.include('Mamnoon Hussain');
    }
    // Roles as answers read as they do without a name: in lower case, but for names ("Senate", which the
    // article capitalises inside a sentence) and peoples ("Pakistani").
    const roles = new Set(everySeed(text, ['who-is' as never]).flatMap(options));
    expect([...roles]).to.include.members(['Pakistani president', 'interior minister', 'Senate chairman']);
    // A surname under a title is asked among the surnames of the others who speak or hold an office.
    const surname = everySeed(text.replace('Senate Chairman Sadiq Sanjrani handed', 'Senate Chairman Sadiq Sanjrani spoke in the capital on Monday.\n\nSenate Chairman Sanjrani handed'));
    const sanjrani = surname.filter(q => q.type === 'choice' && /^Senate Chairman ___ handed/.test(q.prompt));
    expect(sanjrani.length).to.be.above(0);
    for (const q of sanjrani) expect(options(q)).to.include('Sanjrani').and.to.include.members(['Khattak', 'Rabbani']);
    // The president is offered where no prompt names his office.
    const other = everySeed(text.replace('the bill to the president', 'the bill to the assembly'));
    expect(other.filter(q => /^Senate Chairman ___ handed the bill to the assembly/.test(q.prompt) && q.type === 'choice').some(q => options(q).includes('Mamnoon Hussain'))).to.equal(true);
  });

  it('accepts the short forms of an answer: "temperature" for "surface temperature", "Helmand" for "Helmand Province"', () => {
    const text = `Hot planet found by astronomers

The surface temperature of the planet is about 4,000 degrees, far hotter than any planet seen before.

Astronomers say the surface temperature of the planet barely changes between day and night.

A British soldier has been killed while on patrol in Helmand Province, Afghanistan, the army said.`;
    const fills = everySeed(text, ['fill-in']).filter(q => q.type === 'fill-in');
    const temp = fills.filter(q => q.type === 'fill-in' && q.answers[0]!.toLowerCase() === 'surface temperature');
    expect(temp.length).to.be.above(0);
    for (const q of temp) if (q.type === 'fill-in') expect(q.answers).to.include('temperature');
    const helmand = fills.filter(q => q.type === 'fill-in' && q.answers[0] === 'Helmand Province');
    expect(helmand.length).to.be.above(0);
    for (const q of helmand) if (q.type === 'fill-in') expect(q.answers).to.include('Helmand');
  });

  it('takes a name a description makes a body for one ("Nordmart, Sweden\'s largest furniture retailer,"), and asks it', () => {
    const text = `Furniture maker Elkborg to close its factory in Velmar

The furniture maker Elkborg will close its factory in Velmar in March, the company said on Monday.

Elkborg lost its biggest customer in 2023, when it was shut out from Nordmart, Sweden's largest furniture retailer, which sells a third of the country's beds.

About 400 people work at the factory, which opened in 1961.

The mayor of Velmar, Lena Stahl, said the town would try to find a buyer for the factory.`;
    expect(analyse(text).find(m => m.text === 'Nordmart')?.kind).to.equal('organization');
    const asked = everySeed(text, ['fill-in']).filter(q => keyOf(q) === 'Nordmart');
    expect(asked.length).to.be.above(0);
    for (const q of asked) expect(q.prompt).to.match(/shut out from ___, Sweden's largest furniture retailer,/);
  });

  it('keeps a body\'s name whole past a hyphen ("Farmers League-North"), and a clause after it is no list ("…, and passed …")', () => {
    const text = `Provincial assembly approves the river bill

The river bill was proposed by the Farmers League-North, and passed in the provincial assembly on Tuesday after a long debate.

The Green Party and the Harbour Party voted against the bill, which moves the river port to the town of Elmford.

The Farmers League-North said the bill would bring jobs to the farms of the north.`;
    expect(analyse(text).filter(m => m.kind === 'organization').map(m => m.text)).to.include('Farmers League-North');
    const asked = everySeed(text, ['fill-in']).filter(q => q.evidence?.text.startsWith('The river bill'));
    expect(asked.length).to.be.above(0);
    for (const q of asked) expect(q.prompt).to.equal('The river bill was proposed by the ___, and passed in the provincial assembly after a long debate.');
  });

  it('asks a number the article gives as a bound ("more than 20 countries") to be typed, never to be picked', () => {
    const text = `Ministers meet in Vienna to discuss the river treaty

Ministers from more than 20 countries met in Vienna on Monday to sign a treaty that protects the river Elmer.

The treaty was drafted by the lawyer Ana Rusu, who worked on it for eleven years.

Several floods have hit the towns along the river in the past three months, the ministers said.

The river Elmer supplies drinking water to about 9 million people in six countries, Ana Rusu said.`;
    const typed = everySeed(text, ['fill-in']).filter(q => q.evidence?.text.startsWith('Ministers from'));
    expect(typed.length).to.be.above(0);
    for (const q of typed) {
      expect(q.prompt).to.equal('Ministers from more than ___ countries met in Vienna to sign a treaty that protects the river Elmer.');
      expect(q.type === 'fill-in' && q.answers).to.deep.equal(['20', 'twenty']);
    }
    // (Ten countries offered would be as true; so would "more than 15" in a statement.)
    expect(everySeed(text, ['choice', 'true-false']).filter(q => q.evidence?.text.startsWith('Ministers from'))).to.deep.equal([]);
    // (A window of time is not: "in the past ___ months".)
    expect(everySeed(text, ['fill-in']).filter(q => q.evidence?.text.startsWith('Several floods'))).to.deep.equal([]);
  });

  it('keeps numbers possible and to the point: "in the past three months", "up from an initial report of 70", minor figures last', () => {
    const text = `Train crash injures more than one hundred

The county gave a count of 116 injured, up from an initial report of 70, officials said on Monday.

Several fatal incidents involving the trains of the company have occurred in the past three months.

A spill of about 5,000 gallons of fuel from the second engine posed no hazard to the river.

The trains of the company carried 31 million passengers in 2015, according to its annual report.`;
    const qs = everySeed(text, ['choice', 'fill-in', 'true-false']);
    for (const q of qs) {
      if (/up from an initial report of 70/.test(q.prompt)) for (const o of options(q)) if (/^\d/.test(o)) expect(Number(o.replace(/,/g, '')), q.prompt).to.be.above(70);
      expect(q.prompt, 'a bound: every smaller number is true too').not.to.match(/in the past (?:___|\w+) months/);
    }
    // A minor figure far from the lead is asked only when nothing better is left.
    for (const seed of SEEDS) {
      const keys = generateQuestionSet(text, { count: 2, seed, kinds: ['choice', 'fill-in'] }).questions.map(keyOf);
      expect(keys, 'a minor figure far from the lead').not.to.include('5,000');
    }
    expect(qs.some(q => /up from an initial report/.test(q.prompt) && q.type === 'choice' && q.prompt.includes('___'))).to.equal(true);
  });

  it('asks what a sentence reports, not who reported it at its end, where a speaker spoke, or one of a pair', () => {
    const text = `Chip maker pays rivals to keep out competitor

Speaking in Vienna, the trade minister Anna Holt said the country would look into the deals of Vexa Corporation.

Inspectors recently visited the chip factories in the north, Peter Lund, the ministry spokesman, said Monday.

Norden Corporation lent the money for the deals through a small branch office abroad.

The complaint also names Norden Corporation, the bank of the three companies.

Vexa Corporation has paid Delta Company and Sorin Group large sums not to buy chips from Orion Chips.

Orion Chips filed a complaint against Vexa Corporation in a court in Delaware on Monday.`;
    const qs = everySeed(text, ['fill-in', 'choice']);
    for (const q of qs) {
      expect(keyOf(q), q.prompt).not.to.equal('Vienna');
      expect(keyOf(q), q.prompt).not.to.equal('Peter Lund');
      expect(keyOf(q), q.prompt).not.to.equal('Delta Company');
    }
    // A company's name is accepted without "Corporation".
    const norden = everySeed(text, ['fill-in']).filter(q => q.type === 'fill-in' && q.answers[0] === 'Norden Corporation');
    expect(norden.length).to.be.above(0);
    for (const q of norden) if (q.type === 'fill-in') expect(q.answers).to.include('Norden');
    expect(qs.length).to.be.above(0);
    // Each rule alone: with it, these articles give nothing to ask.
    const nothing = /no sentence of the article gives a good question/;
    const lund = `Inspectors visit factories\n\nInspectors recently visited the chip factories in the north, Peter Lund, the ministry spokesman, said Monday.\n\nHowever, Peter Lund gave no more details.`;
    expect(() => everySeed(lund, ['fill-in'])).to.throw(nothing);
    const pair = `Chip deals\n\nThe rival chip maker paid Delta Company and Sorin Group large sums of money last year.\n\nHowever, Delta Company denied it.\n\nHowever, Sorin Group said nothing.`;
    expect(() => everySeed(pair, ['fill-in'])).to.throw(nothing);
  });

  it('asks a year only in the lead or for the birth or death of the story’s person, and drops "Specifically, …"', () => {
    const text = `Singer Rosa Lind dies at 80

The Swedish singer Rosa Lind died at her home in Malmo on Sunday, her family said.

Her manager Jonas Berg said the singer had been ill since the spring.

Rosa Lind was born in 1944 and first sang in her father's church as a small child.

Rosa Lind signed her first record contract in 1962 with a small label from the south.

Specifically, Rosa Lind recorded 40 albums and sang in 12 languages over six decades.`;
    const qs = everySeed(text, ['fill-in', 'choice']);
    const keys = qs.map(keyOf);
    expect(keys).not.to.include('1962');
    expect(keys, 'the birth year').to.include('1944');
    for (const q of qs) expect(q.prompt).not.to.match(/^Specifically/);
  });

  it('asks who people are from the roles the article gives them, twice at most, beside what they said', () => {
    const text = `Passenger train hits a parked freight train

Robert Sumwalt, chairman of the National Transportation Safety Board, told reporters the switch had been "locked in place with a heavy padlock".

In a press conference, the state governor, Henry McMaster, described the wreck as "a terrible thing to see up close".

Harrison Cahill, a spokesman for Lexington County, said 116 people were injured on Monday.

Ben Holt, a planetary scientist and a co-author of a study of the crash, said the engine was travelling fast.

Mia Roth, an aerospace engineer at Iowa State University in Ames, said such crashes were rare.`;
    for (const seed of SEEDS) {
      const qs = generateQuestionSet(text, { count: 12, seed }).questions;
      const whoIs = qs.filter(q => q.prompt.startsWith('In the article, who is'));
      expect(whoIs.length, seed).to.be.within(1, 2);
      for (const q of whoIs) expect(options(q).length).to.be.at.least(3);
    }
    const roles = new Map(everySeed(text, ['who-is' as never]).map(q => [q.prompt, keyOf(q)]));
    expect(roles.get('In the article, who is Robert Sumwalt?')).to.equal('chairman of the National Transportation Safety Board');
    // Roles after a name: "…, a planetary scientist and a co-author …", "…, an aerospace engineer at … in Ames,".
    const three = text.split('\n\n').filter(p => !/Sumwalt|McMaster/.test(p)).join('\n\n');
    const asked = everySeed(three, ['who-is' as never]);
    expect(asked.length).to.be.above(0);
    for (const q of asked) expect(options(q)).to.include.members(['planetary scientist', 'aerospace engineer at Iowa State University', 'spokesman for Lexington County']);
    // Not "planetary scientist" as the key: among roles "at" or "for" a body, the key's form would give it
    // away, and "aerospace engineer" and "spokesman" cut short are one role and a word too few.
    expect(asked.map(q => q.prompt)).not.to.include('In the article, who is Ben Holt?');
    // The answer of "Who is Harrison Cahill?" holds "Lexington County": never beside a question on it, in
    // its own sentence ("a spokesman for ___") or another.
    const county = `${three.replace('said 116 people were injured on Monday', 'said many people were injured on Monday')}\n\nLexington County opened a shelter for the stranded passengers near the rail yard on Sunday.`;
    for (const t of [three, county]) {
      for (const seed of SEEDS) {
        const qs = generateQuestionSet(t, { count: 12, seed }).questions;
        if (qs.some(q => q.prompt === 'In the article, who is Harrison Cahill?')) expect(qs.map(keyOf), seed).not.to.include('Lexington County');
      }
      expect(SEEDS.some(seed => generateQuestionSet(t, { count: 12, seed }).questions.some(q => q.prompt === 'In the article, who is Harrison Cahill?'))).to.equal(true);
    }
    // (Without "Who is …?", the county is asked.)
    expect(everySeed(county).some(q => keyOf(q) === 'Lexington County')).to.equal(true);
    // Never a "Who is" and a "Who said" from one sentence: the sentence shown with the one gives the
    // other's answer ("Robert Sumwalt, chairman of the …, told reporters …").
    for (const seed of SEEDS) {
      const qs = generateQuestionSet(text, { count: 12, seed, kinds: ['who-is', 'who-said'] }).questions;
      expect(qs.some(q => q.prompt === 'In the article, who is Robert Sumwalt?') && qs.some(q => /^Who said .*“locked in place/.test(q.prompt)), seed).to.equal(false);
    }
    expect(SEEDS.some(seed => generateQuestionSet(text, { count: 12, seed, kinds: ['who-said'] }).questions.some(q => /^Who said .*“locked in place/.test(q.prompt)))).to.equal(true);
  });

  it('does not make up a short quiz with side characters or background figures', () => {
    const text = `Town hall reopens after the rebuild

Mayor Ana Ruiz reopened the town hall of Vella on Friday after a rebuild that took two years.

The old roof of the hall was replaced by Karel Smit in the spring of the second year.

Before the fire, the old hall previously had 300 seats for its concerts and its meetings.

Late in the evening, Karel Smit, Omar Haddad and Lena Stahl thanked the roofers of the town.`;
    const qs = SEEDS.flatMap(seed => generateQuestionSet(text, { count: 10, seed, kinds: ['fill-in', 'choice'] }).questions);
    expect(qs.length).to.be.above(0);
    // ("replaced by ___" and "previously had ___ seats": details, even where nothing else is left.)
    for (const q of qs) expect(keyOf(q), q.prompt).not.to.be.oneOf(['Karel Smit', 'Smit', '300']);
    // A role ends at the name before it: "… deputy mayor Lena Stahl and chief engineer Karel Smit".
    // (The roles of people who speak are offered: Haddad and Stahl speak.)
    const roles = `${text.replace('Karel Smit, Omar Haddad and Lena Stahl', 'council leader Omar Haddad, deputy mayor Lena Stahl and chief engineer Karel Smit')}\n\nHaddad said the hall would open for concerts in May, and Stahl said the town would pay for new seats.`;
    const offered = everySeed(roles, ['who-is' as never]).flatMap(options);
    expect(offered).to.include('chief engineer');
    expect(offered.filter(o => /Stahl|Haddad/.test(o))).to.deep.equal([]);
  });

  it('makes up wrong numbers that do not show which one they were made from', () => {
    const text = `Train crash in the south injures passengers

A county spokesman, Harrison Cahill, gave a count of 116 injured passengers on Monday after the crash.

The passenger train was carrying 139 passengers and eight crew members from New York to Miami.`;
    const choices = SEEDS.flatMap(seed => generateQuestionSet(text, { count: 4, seed, kinds: ['choice'] }).questions).filter(q => /^\d+$/.test(keyOf(q)));
    expect(choices.length).to.be.above(0);
    for (const q of choices) {
      const values = options(q).map(Number);
      // (Not half, a third, or two thirds of another option.)
      for (const a of values) for (const b of values) if (a < b) expect([2, 1.5, 3].some(r => Math.abs(b / a - r) < 0.02), `${a} and ${b} in ${q.prompt}`).to.equal(false);
    }
  });

  it('offers the speakers a quiz asks about for one another, so that none is the odd name out', () => {
    const text = `Train crash in the south kills two railway workers

Two railway workers were killed when a passenger train hit a parked freight train near the small town of Cayce on Sunday.

Robert Sumwalt, chairman of the safety board, told reporters the train had been sent onto a side track by a switch "locked in place with a heavy padlock".

Governor Henry McMaster said the state would "pay for every hospital bed" after the crash, and he thanked the rescue teams.

Derrec Becker, an emergency officer of the state, said the injuries ranged "from cuts and bruises to broken bones".

County spokesman Harrison Cahill said 116 people had been taken to hospitals in the area by the evening.

Railway chief Richard Anderson said the company would work with the board to find the cause of the crash.

Passenger Derek Pettaway told a television network that he had been asleep when the crash happened. He said the staff cleared the passengers from the train quickly, and there was no panic.`;
    let sets = 0;
    for (const seed of SEEDS) {
      const said = generateQuestionSet(text, { count: 10, seed, kinds: ['who-said'] }).questions;
      const keys = said.map(keyOf);
      if (keys.length >= 3) sets++;
      for (const q of said) expect(options(q), `${seed}: ${q.prompt}`).to.include.members(keys.filter(k => k !== keyOf(q)).slice(0, 3));
    }
    expect(sets, 'quizzes with three quotations or more').to.be.above(0);
  });

  it('does not offer a number another question states, nor ask a part or the total of a breakdown', () => {
    const text = `Merger bill grows the national and provincial assemblies

The president signed the merger bill on Thursday after a long debate in the capital of the country.

The province is to have 55 seats in the National Assembly under the bill, up from the present number.

Governor Sara Qadir said the provincial assembly, with room for up to 124 seats, would meet in a new hall in Kassar.

Opposition leader Raza Rabbani said the bill had been rushed through the house without a proper debate.

Interior Minister Ahsan Iqbal said the police of the province would be reformed within a year of the merger.

The bill adds 21 new seats — sixteen general ones, four for women and one for a minority candidate — to the provincial assembly.`;
    for (const seed of SEEDS) {
      const qs = generateQuestionSet(text, { count: 10, seed, kinds: ['fill-in', 'choice'] }).questions;
      // (No part or total of "21 new seats — sixteen …, four … and one …": each follows from the others.)
      for (const q of qs) expect(keyOf(q), q.prompt).not.to.be.oneOf(['21', 'sixteen', 'four']);
      const prompts = qs.map(q => q.prompt).join('\n');
      for (const q of qs.filter(q => q.type === 'choice' && /^\d+$/.test(keyOf(q)))) for (const o of options(q)) if (o !== keyOf(q)) expect(prompts, `${seed}: ${o} in ${q.prompt}`).not.to.match(new RegExp(`\\b${o}\\b`));
    }
    // (The breakdown is left alone where it does not add up: the total is asked.)
    const off = text.replace('one for a minority candidate', 'two for minority candidates');
    expect(everySeed(off).map(keyOf)).to.include('21');
  });

  it('never asks two questions whose wrong options are the same, each key the odd one out', () => {
    const text = `Singer Mara Quinn, queen of jazz, dies aged 80

US jazz singer Mara Quinn died at her home in Chicago on Thursday, her family said in a statement.

Quinn was born in Memphis in 1940, and she sang in the church of her father as a child.

Her father's politics brought her in contact with Martin Luther King Jr., with whom she toured in the late 1950s.

Quinn sang at the funeral of King in 1968, and she wept on the steps of the church.

Barack Obama tweeted in 2009: "No singer has ever carried the hopes of a whole country like Mara did."

Elton John, Stevie Wonder and Lionel Richie said they would sing at her funeral in Chicago next week.`;
    let both = 0;
    for (const seed of SEEDS) {
      const qs = generateQuestionSet(text, { count: 10, seed, kinds: ['choice', 'who-said'] }).questions.filter(q => q.type === 'choice');
      if (qs.some(q => keyOf(q) === 'Barack Obama')) both++;
      for (const a of qs) {
        for (const b of qs) {
          if (a === b) continue;
          const [oa, ob] = [options(a), options(b)];
          const shared = oa.filter(o => o !== keyOf(a) && ob.includes(o) && o !== keyOf(b));
          // (Two wrong options in common, and neither key among the other's options: the keys stand out.)
          expect(shared.length >= 2 && !oa.includes(keyOf(b)) && !ob.includes(keyOf(a)), `${seed}: ${a.prompt} / ${b.prompt}`).to.equal(false);
        }
      }
    }
    expect(both, 'the question that ranks higher is asked').to.equal(SEEDS.length);
  });

  it('never asks a number that the sentence shown with another question gives', () => {
    const text = `Train crash in the south kills railway workers

Two railway workers were killed and at least 116 people were injured when a passenger train hit a parked freight train on Sunday.

A county spokesman, Harrison Cahill, gave a count of 116 injured on Monday, up from an initial report of 70 injured.

The passenger train was carrying 139 passengers and eight crew members from New York to Miami.

Investigators said a switch had been left in the wrong position, sending the train onto a side track.`;
    const numbers = (t: string) =>
      SEEDS.flatMap(seed => {
        const qs = generateQuestionSet(t, { count: 10, seed }).questions.filter(q => !q.prompt.startsWith('True or false'));
        const asked = qs.filter(y => /^\d|^(?:Two|two)$/.test(keyOf(y)));
        for (const y of asked) for (const x of qs) if (x !== y && x.evidence!.start !== y.evidence!.start) expect(x.evidence!.text, `${seed}: ${y.prompt}`).not.to.match(new RegExp(`\\b${keyOf(y)}\\b`));
        return asked.map(keyOf);
      });
    expect(numbers(text)).to.include('Two');
    // Where no other sentence gives it, the count of 116 injured is asked.
    expect(numbers(text.replace(' and at least 116 people were injured', ''))).to.include('116');
  });

  it('offers a speaker’s surname against the surnames of others who speak or have a role', () => {
    const text = `Powers ready to arm the new government

They heard Secretary of State John Kerry say the major powers would support the request.

Kerry called it "imperative" to stand behind the government, which is still very young.

White House spokesman Josh Earnest said the decision marked "the start of a long process".

Prime Minister Fayez Serraj, who appeared with Kerry, said he welcomed the support of the powers.

In November, jets killed a commander known as Abu Nabil in the east of the country.

Pentagon spokesman Peter Cook said special forces had been sent to find partners on the ground.`;
    const kerry = everySeed(text, ['choice']).filter(q => keyOf(q) === 'Kerry');
    expect(kerry.length).to.be.above(0);
    for (const q of kerry) expect(options(q), q.prompt).not.to.include('Nabil');
  });

  it('drops sentences that tell a time from an earlier one: "that year", "in the next few minutes"', () => {
    const text = `Singer Rosa Lind dies at 80

The singer Rosa Lind died at her home in Malmo on Sunday at the age of 80, her family said.

Rosa Lind's mother died that year, having left the family four years earlier.

Rosa Lind recorded 40 albums and sang in 12 languages, according to her record company.`;
    const prompts = everySeed(text).map(q => q.prompt);
    expect(prompts.some(p => p.includes('left the family'))).to.equal(false);
    expect(prompts.some(p => p.includes('albums'))).to.equal(true);
  });

  it('accepts the other spelling of a place in a fill-in: "Mallorca" for "Majorca"', () => {
    const text = `Bombs explode on a holiday island

Small bombs exploded on the Spanish holiday island of Majorca on Sunday, police said.

No one was hurt in the blasts in Majorca, which went off in a restaurant and some shops near Palma.`;
    const fills = everySeed(text, ['fill-in']).filter(q => q.type === 'fill-in' && q.answers[0] === 'Majorca');
    expect(fills.length).to.be.above(0);
    for (const q of fills) if (q.type === 'fill-in') expect(q.answers).to.include('Mallorca');
  });

  it('offers, for a name, the names found in sentences most like the key’s: singers for a singer', () => {
    const text = `Denver wins the final as singers entertain the crowd

Tom Reed scored two touchdowns for Denver in the final at the Bay Stadium on Sunday night.

Sam Park fumbled the ball twice for Carolina, and Joe Dale recovered it for Denver each time.

Max Ortiz kicked three field goals for Carolina before the end of the first half.

The festivities featured Lena Ross performing the national anthem before the kickoff.

At half time, Mia Holt performed a medley of her songs with the singer Ada Brook.

Lena Ross has now sung the anthem at three finals, and Ada Brook at two.`;
    const lena = everySeed(text, ['choice']).filter(q => keyOf(q) === 'Lena Ross');
    expect(lena.length).to.be.above(0);
    for (const q of lena) expect(options(q), q.prompt).to.include.members(['Mia Holt', 'Ada Brook']);
  });
  it('asks what a named thing is, in the article’s words, against what it calls other things', () => {
    const text = `Astronomers find a scorching planet around a hot star

Astronomers said on Monday that they had found an exoplanet, named TOI-77b, which is hotter than most stars.

TOI-77 is a blue A-type star, which burns through its fuel in a few hundred million years.

The team watched the star for two years with the KS-2 telescope before it was sure of the find.

Mia Ross, an astronomer at Leeds University, said the planet was "far hotter than anything we had seen before" in a statement.

KS-9, a small robotic camera, then checked the data from the telescope for errors over a week.`;
    const asked = everySeed(text, ['what-is' as never]);
    const whats = new Map(asked.map(q => [q.prompt, keyOf(q)]));
    expect(whats.get('In the article, what is TOI-77b?')).to.equal('exoplanet');
    expect(whats.get('In the article, what is TOI-77?')).to.equal('blue A-type star');
    for (const q of asked) {
      expect(options(q), q.prompt).to.have.members(['exoplanet', 'blue A-type star', 'telescope', 'small robotic camera']);
      expect(q.evidence!.text, q.prompt).to.include(keyOf(q));
    }
    // Two at most in one quiz: a third would be found by elimination.
    for (const seed of SEEDS) expect(generateQuestionSet(text, { count: 12, seed }).questions.filter(q => q.prompt.startsWith('In the article, what is')).length).to.be.at.most(2);
    // And one only where the article describes three things: the answer of one would leave two for the other.
    const three = text.replace(/\n\nKS-9, a small[^\n]*/, '');
    for (const seed of SEEDS) expect(generateQuestionSet(three, { count: 12, seed }).questions.filter(q => q.prompt.startsWith('In the article, what is')).length).to.equal(1);
    // Never one whose answer another option shares the noun of ("star" would be as true), and not at
    // all with fewer than two other things described.
    const stars = three.replace('KS-2 telescope', 'KS-2 star').replace('its fuel', 'its fuel quickly');
    const whatIs = (t: string) => SEEDS.flatMap(seed => generateQuestionSet(t, { count: 12, seed }).questions).filter(q => q.prompt.startsWith('In the article, what is'));
    expect(whatIs(stars).filter(q => keyOf(q) === 'blue A-type star')).to.have.length(0);
    expect(whatIs(three.replace(/\n\nThe team watched[^\n]*/, ''))).to.have.length(0);
    // What a name is, set off by commas: "KS-9, a small robotic camera, found …".
    const camera = `Robotic camera finds a hot planet

KS-9, a small robotic camera, found the planet TOI-5b on Monday after a year of searching.

TOI-5b is a hot gas giant, which circles its star in less than two days.

The team then used the KS-2 telescope in Arizona to check the find over three nights.`;
    expect(whatIs(camera).filter(q => q.prompt === 'In the article, what is KS-9?').map(keyOf)).to.include('small robotic camera');
  });
  it('knows a name spelled out before its initials, and leaves the initials out of its prompt', () => {
    const text = `President signs bill to merge the tribal areas

On Thursday, President Arif Noor signed a bill to merge the country's Northern Frontier Districts (NFD) with the neighbouring province of Kassar Valley (KV).

The bill was approved by the National Assembly on May 24 and by the Provincial Assembly of Kassar Valley on May 27.

Since independence in 1950, the government had ruled the NFD through agents who had near-complete control.

The Regional Courts Act (RCA) had kept the districts outside the reach of the high courts for decades.`;
    const found = analyse(text).map(m => `${m.kind}:${m.text}`);
    expect(found).to.include.members(['place:Northern Frontier Districts', 'place:NFD', 'place:Kassar Valley', 'place:KV']);
    // (Not "Districts" or "Valley" alone, and a law is neither a place nor a body.)
    expect(found.filter(f => /Act|RCA|^place:(?:Districts|Valley|Kassar)$/.test(f))).to.deep.equal([]);
    const kassar = everySeed(text).filter(q => keyOf(q) === 'Kassar Valley');
    expect(kassar.length).to.be.above(0);
    for (const q of kassar) expect(q.prompt).to.match(/province of ___\.$/);
  });

  it('keeps "The bill …" under a headline about a bill, and asks among three where the article names three people', () => {
    const text = `President signs bill to merge the tribal areas

On Thursday, President Arif Noor signed a bill to merge the country's Northern Frontier Districts with the neighbouring province of Kassar Valley.

The bill was signed by the president after Senate Chairman Omar Latif presented it on Tuesday.

The decision was welcomed by Governor Sara Qadir, who said the province was ready.

Outgoing Chief Minister Bilal Shah said he would raise the concerns of traders with the federal government.`;
    const latif = everySeed(text).filter(q => keyOf(q) === 'Omar Latif');
    expect(latif.length).to.be.above(0);
    for (const q of latif) expect(options(q)).to.have.members(['Omar Latif', 'Sara Qadir', 'Bilal Shah']);
    // "The decision" is not named by the headline: it points back.
    for (const q of everySeed(text)) expect(q.prompt).not.to.match(/^The decision/);
    // Without a bill in the headline, "The bill …" points back too.
    const law = text.replace('signs bill to merge', 'signs law to merge');
    for (const q of everySeed(law)) expect(q.prompt).not.to.match(/^The bill/);
    // Nor are "the concerns" named where they are not said: "raise the concerns with the government".
    expect(everySeed(text).some(q => /raise the concerns of traders/.test(q.evidence!.text))).to.equal(true);
    const concerns = text.replace('the concerns of traders with', 'the concerns with');
    for (const q of everySeed(concerns)) expect(q.evidence!.text).not.to.match(/raise the concerns/);
  });

  it('asks who said words that open a sentence, but not words without their subject, nor words that name the speaker’s kin', () => {
    const text = `Judge sentences parents to life in prison

Judge Ann Cole sentenced the parents to life in prison on Friday after a trial of six weeks.

"I love my children and I believe they love me," the father said.

"I am sorry for everything that happened in our home," the mother said.

"Sometimes I still dream of my siblings being chained to their beds," one of the children said.

One of the neighbours said the house "was always quiet, with the curtains closed all day long".

Prosecutor Dan Webb said it "is the only fair outcome for what the children suffered in that house".

The prison term, the longest the county has ever given, "was earned by every day of cruelty," Webb said.

Cole said the parents had "caused harm that cannot be measured in years or in words" in her ruling.

Defence lawyer Mia Rossi said: "The parents were ill for many years and needed help, not prison."

Reporter Joe Carter wrote that the courtroom "fell silent when the judge read out the sentence".

Rossi said the parents would appeal against the sentence within a month.`;
    const said = everySeed(text, ['who-said']);
    const speakers = new Set(said.map(keyOf));
    expect([...speakers]).to.include.members(['The mother', 'Ann Cole']);
    // ("I love my children" rules out all but the parents: not asked.)
    for (const q of said) expect(q.prompt).not.to.match(/my children/);
    // ("One of the children", capitalised as an option, where one is offered.)
    for (const q of said) for (const o of options(q)) expect(o).to.match(/^\p{Lu}/u);
    // "my siblings" tells that a child speaks; "is the only fair outcome …" has lost its subject ("it").
    for (const q of said) expect(q.prompt).not.to.match(/siblings|is the only fair|was always quiet/);
    // Words that open on a verb are asked with the subject before them; words that are not a sentence,
    // with what they were said of.
    expect(said.map(q => q.prompt)).to.include('Who said the prison term, the longest the county has ever given, “was earned by every day of cruelty”?');
    // (Without "in her ruling": "her" would rule out the men.)
    expect(said.map(q => q.prompt)).to.include('Who said the parents had “caused harm that cannot be measured in years or in words”?');
    // The lawyer's words are asked as "Who said …?", not as a blank before them ("Rossi" is asked elsewhere).
    const blanks = everySeed(text);
    expect(blanks.some(q => keyOf(q) === 'Rossi')).to.equal(true);
    for (const q of blanks) expect(q.prompt).not.to.match(/^Defence lawyer ___ said:/);
  });

  it('asks what the sentence is about before its asides, and drops asides when enough else is left', () => {
    const text = `Passenger train crash kills two in South Carolina

Early on Sunday, a passenger train bound for Miami slammed into a parked freight train near the small city of Cayce.

Amtrak said the crash killed two of its workers and injured 116 people, among them 60 children.

Governor Henry McMaster said the engine was "barely recognizable, a horrible thing to see up close" after the crash.

McMaster said the switch had been locked in the wrong position by the freight company.

Investigator Robert Sumwalt told reporters the switch was "literally locked in place with a padlock".

Mayor Tim James said the town had "never seen anything like this in forty years" of railway traffic.

Sumwalt said the wreck happened at a switching yard outside Cayce, which is near Columbia.

A spill of about 5,000 gallons of fuel from the freight train posed no risk to the town, officials said.`;
    const asked = SEEDS.flatMap(seed => generateQuestionSet(text, { count: 10, seed }).questions);
    expect(asked.some(q => keyOf(q) === 'Miami'), 'a question on "bound for Miami"').to.equal(false);
    expect(asked.some(q => keyOf(q) === '5,000'), 'a question on the fuel spill').to.equal(false);
    expect(asked.some(q => keyOf(q) === '116')).to.equal(true);
    // With fewer questions to be had, an aside is asked rather than none.
    const short = `Train bound for Miami hits a freight train

Early on Sunday, a passenger train bound for Miami slammed into a parked freight train near the city of Cayce.`;
    expect(generateQuestionSet(short, { count: 4, seed: '1' }).questions.length).to.be.above(0);
  });

  it('asks no key term that news uses of anything, nor one the article writes as part of a name', () => {
    const text = `Powers back arms for the new government

On Monday, the powers said they would back an exemption from the arms embargo.

The council must approve any exemption from the arms embargo, diplomats said on Tuesday.

The press conference ended after an hour, and the diplomats left by train.

Reporters at the press conference asked about the next round of meetings in the spring.

The Western Tribal Areas have no courts, and the tribal areas are ruled by agents of the state.

Traders in the tribal areas sell their goods in the markets of the capital each week.`;
    const keys = everySeed(text).map(keyOf);
    expect(keys).to.include('arms embargo');
    expect(keys).not.to.include('press conference');
    expect(keys).not.to.include('tribal areas');
  });

  it('leaves "yesterday" and "two days ago" out of its prompts, and offers towns, not counties, for "the small city of ___"', () => {
    const text = `Freight train crash closes rail line

Yesterday, a freight train left the rails in the small city of Cayce after a switch failed.

Judge Mary Holt of Lexington County said the line would stay closed until Friday.

Trains from Atlanta and Boston were stopped two days ago, officials in Denver said.

Mayor Tim James of Cayce said the town had "never seen anything like this in forty years".

About a year ago, Amtrak moved its night trains to the new line through the yard.

The switch was made by a company in Orange Park that also built the yard in Miami.`;
    const all = SEEDS.flatMap(seed => generateQuestionSet(text, { count: 20, seed }).questions);
    expect(all.some(q => q.prompt.startsWith('A freight train left the rails'))).to.equal(true);
    for (const q of all) expect(q.prompt, q.prompt).not.to.match(/yesterday|days ago|a year ago/i);
    // (Nor is the number of "two days ago" asked, even where nothing else is: it counts from the day of
    // the story.)
    const ago = 'Freight train crash closes rail line\n\nThe line was closed two days ago after a freight train left the rails near the old depot.';
    const few = (() => {
      try {
        return generateQuestionSet(ago, { count: 4 }).questions;
      } catch {
        return [];
      }
    })();
    expect(few.map(keyOf)).not.to.include('two');
    const cayce = everySeed(text, ['choice']).filter(q => keyOf(q) === 'Cayce');
    expect(cayce.length).to.be.above(0);
    for (const q of cayce) expect(options(q)).not.to.include('Lexington County');
    // ("in ___" may be a county.)
    expect(everySeed(text, ['choice']).some(q => options(q).includes('Lexington County'))).to.equal(true);
  });

  it('asks who is who only of the people the story is about: named twice, given a role in the lead, or speaking early', () => {
    const text = `Passenger train hits a parked freight train

Robert Sumwalt, chairman of the National Transportation Safety Board, told reporters the switch had been "locked in place with a heavy padlock".

The crash closed the line for two days while crews cleared the wreck from the tracks.

Crowds gathered near the yard in the afternoon and stayed until the evening.

Food and water were brought to the families by volunteers from the churches of the town.

Harrison Cahill, a spokesman for Lexington County, said 116 people were injured on Monday.

Mia Roth, an aerospace engineer at Iowa State University in Ames, said she took photographs of the wreck.

The yard was first opened in 1950 by longtime mayor Ada Brandt of the town.`;
    const asked = everySeed(text, ['who-is' as never]).map(q => q.prompt);
    expect(asked).to.include('In the article, who is Robert Sumwalt?');
    // The roles offered are those of people who speak or are named twice, not of a mayor named in passing.
    const offered = everySeed(text, ['who-is' as never]).flatMap(options);
    expect(offered).to.include('spokesman for Lexington County').and.not.to.include('longtime mayor');
    // A spokesman and an engineer first named late in the story, once each.
    expect(asked.filter(p => /Cahill|Roth/.test(p))).to.deep.equal([]);
  });

  it('knows the people of a list, offers a player’s teammates for him, and leaves out who passed, who came on, and a figure the news replaced', () => {
    const text = `Rovers beat United in the cup final

Rovers fielded a strong side, including Marek Dvorak, Tomas Hruby, Sven Lindqvist, and skipper Alan Reid.

United fielded a young side, including Kofi Mensah, Ravi Patel, Diego Luz, and Jan Kowal.

On 12 minutes, Kofi Mensah struck first, scoring his first goal for United after a long run.

Rovers struck back quickly, as Marek Dvorak headed in a long ball from the right.

Rovers skipper Alan Reid was injured in the second half and was replaced by Omar Farid.

The stadium previously had 40,000 seats, and the club plans to add more in 2030.

The visitors had arrived by coach from neighbouring Slovakia on the morning of the game.

The winning goal of the match was set up by Sven Lindqvist.

Mensah was 19 when he first played for United, and he has scored 30 goals since.

Rovers coach Peter Hall said: "This is the best night the club has had in twenty years of trying."

United coach Luis Mora said: "My players gave everything they had until the very last minute of the game."`;
    const people = analyse(text).filter(m => m.kind === 'person').map(m => m.text);
    expect(people).to.include.members(['Marek Dvorak', 'Tomas Hruby', 'Sven Lindqvist', 'Alan Reid', 'Kofi Mensah', 'Ravi Patel', 'Diego Luz', 'Jan Kowal', 'Mensah']);
    // So are the companies of a list that names two known ones, there and wherever else they stand.
    const firms = analyse('Intel forced customers such as Dell, Sony, Toshiba, Gateway, and Hitachi into exclusive deals. According to Gateway executives, prices rose.').filter(m => m.kind === 'organization');
    expect(firms.filter(m => m.text === 'Gateway').length).to.equal(2);
    const qs = everySeed(text);
    // "his first goal for United" is asked among the players of United.
    const mensah = qs.filter(q => q.type === 'choice' && keyOf(q) === 'Kofi Mensah');
    expect(mensah.length).to.be.above(0);
    for (const q of mensah) expect(options(q)).to.have.members(['Kofi Mensah', 'Ravi Patel', 'Diego Luz', 'Jan Kowal']);
    // (A figure the news replaced ranks below the one that replaced it.)
    const hall = 'Hall reopens after the rebuild\n\nThe hall previously had 300 seats, and it now has 500 seats after the long rebuild.';
    for (const seed of SEEDS) expect(generateQuestionSet(hall, { count: 1, seed, kinds: ['fill-in'] }).questions.map(keyOf)).to.deep.equal(['500']);
    // (Even where the new figure comes first: "adds 21 new seats …; it previously had 124 seats".)
    const seats = `Merger bill grows the provincial assembly

The president signed the merger bill on Thursday after a long debate in the capital.

The bill moves the tribal areas into the province of Kassar Valley.

Members said the province would need more seats in its assembly for the tribes.

The bill adds 21 new seats for the members of the tribal areas in the provincial assembly; it previously had 124 seats.`;
    for (const seed of SEEDS) {
      const keys = generateQuestionSet(seats, { count: 10, seed, kinds: ['fill-in'] }).questions.map(keyOf);
      expect(keys, seed).to.include('21').and.not.to.include('124');
    }
    // Who set the goal up ("by ___"), who came on ("replaced by ___"), "previously had ___ seats", and
    // where the visitors came from ("from neighbouring ___").
    for (const q of qs) expect(keyOf(q), q.prompt).not.to.be.oneOf(['Sven Lindqvist', 'Omar Farid', '40,000', 'Slovakia']);
  });

  it('asks nothing of a source first named in the story’s last third while the main speakers give enough', () => {
    const text = `Powers agree to arm new government

Foreign minister Anna Berg said the powers had agreed "to train and equip the forces of the new government".

Prime Minister Omar Nasser told reporters: "Training the army is a turning point for the whole country and its people."

Army chief Tomas Weber said: "Training will begin within weeks, once the first units are ready for it."

The army of the new government is to grow to 20,000 soldiers by 2030 under the plan of the powers.

The government took office in March after a long dispute over the capital.

Aid workers in the capital reported calm streets on Tuesday after a week of fighting.

Food prices in the markets have fallen since the fighting stopped in the south.

Defence spokesman Karl Moss said: "The small team sent in April has been meeting local leaders every day."

Moss said the team would stay in the country for as long as the government asks it to.`;
    const qs = SEEDS.flatMap(seed => generateQuestionSet(text, { count: 10, seed }).questions);
    expect(qs.filter(q => /^Who said/.test(q.prompt)).map(keyOf)).to.include.members(['Anna Berg', 'Tomas Weber']);
    for (const q of qs) {
      expect(keyOf(q), q.prompt).not.to.be.oneOf(['Karl Moss', 'Moss']);
      expect(q.prompt).not.to.match(/Karl Moss|small team sent in April/);
    }
  });

  it('never states as true or false what the article reports as a claim', () => {
    const text = `Chip maker sues a rival over its sales practices

Brightway filed a complaint against Corex in a federal court in Delaware on Monday, after 14 months of talks.

According to the complaint, Corex has broken the law by, among other things:

Paying the largest computer shops to stock only its chips, and 12 shops agreed to do so.

Corex paid the shops about 30 million dollars for exclusive deals over three years.`;
    const tf = everySeed(text, ['true-false']).map(q => q.prompt);
    expect(tf.some(p => p.includes('Brightway filed a complaint'))).to.equal(true);
    // (After "According to the complaint, …:", each sentence is what Brightway alleges.)
    for (const p of tf) expect(p).not.to.match(/Corex paid the shops|shops agreed/);
  });

  it('knows "King" for Martin Luther King Jr., the headline’s person as the story’s, and offers full names of another length', () => {
    const text = `Singer Mara Quinn, 'queen of jazz', dies aged 80

US jazz singer Mara Quinn died at her home in Chicago on Thursday, her family said in a statement.

Quinn was born in Memphis in 1940, and she sang solos in the church of her father as a child.

Her father's politics brought her in contact with Martin Luther King Jr., with whom she toured in the late 1950s.

She sang at the funeral of King in 1968, and she wept for a week.

In 2009 she sang at the inauguration of Barack Obama, and the crowd of a million cheered her.

Quinn recorded an album with Elton John and Stevie Wonder, and it sold millions of copies.

Her last hit was a 1987 duet with the British singer George Michael, which topped the charts.

King wrote to her often, and she kept every one of his letters in a box until her death.`;
    expect(analyse(text).filter(m => m.kind === 'person').map(m => m.text)).to.include('King');
    // (And a hall of fame is one body, "and" and all.)
    expect(analyse('In 1987 she became the first woman in the Rock and Roll Hall of Fame.').map(m => m.text)).to.include('Rock and Roll Hall of Fame');
    const qs = everySeed(text);
    // Mara Quinn, named in the headline, is the story's person though King is named as often: never the blank.
    for (const q of qs) expect(keyOf(q), q.prompt).not.to.be.oneOf(['Mara Quinn', 'Quinn']);
    const king = qs.filter(q => q.type === 'fill-in' && keyOf(q) === 'King');
    expect(king.length).to.be.above(0);
    for (const q of king) if (q.type === 'fill-in') expect(q.answers).to.include('Martin Luther King Jr.').and.not.to.include('Jr.');
    // Without King's letters, he is asked in full, among full names of two words: people the story places
    // in his years (the 1960s), not those it places only decades later (Barack Obama in 2009, George Michael
    // in 1987), nor those it dates nowhere, who for all a reader knows were children then (Elton John,
    // Stevie Wonder: readers rejected them).
    const sixties = text.replace(/\n\nKing wrote[^\n]*$/, '\n\nIn 1962 she toured Europe with the pianist Ray Dell, and in 1964 Japan with the drummer Sam Hart.');
    const full = everySeed(sixties, ['choice']).filter(q => keyOf(q) === 'Martin Luther King Jr.');
    expect(full.length).to.be.above(0);
    for (const q of full) expect(options(q)).to.include.members(['Ray Dell', 'Sam Hart']).and.not.to.include.oneOf(['Barack Obama', 'George Michael', 'Elton John', 'Stevie Wonder']);
    // (Where the story dates nobody else then, he is not asked among three people of another time.)
    const alone = everySeed(text.replace(/\n\nKing wrote[^\n]*$/, ''), ['choice']).filter(q => keyOf(q) === 'Martin Luther King Jr.');
    expect(alone).to.deep.equal([]);
  });


  it('knows the story’s person by a middle name and by the first name alone, and asks the milestones of their life by year', () => {
    const text = `Singer Zaneta Vance, 'voice of the valley', dies aged 81

US folk singer Zaneta Vance died at her home in Denver on Monday, her family said in a statement.

Zaneta Ellen Vance was born in Tulsa in 1941, the third child of a miner and a nurse.

Her father was a fiddler, and Zaneta sang at his dances in the mining town of Ardmore.

In 1958 she signed a contract with a small label in Kansas City for two records.

In 1979 she became the first woman in the Western Music Hall of Fame.

She won the National Folk Award in 1983 for an album of miners' songs from the valley.

Vance toured with the guitarist Paul Reed, the fiddler Anna Cole and the drummer Tom Baker for years.`;
    const people = analyse(text).filter(m => m.kind === 'person').map(m => m.text);
    expect(people).to.include.members(['Zaneta Ellen Vance', 'Zaneta']);
    // (A first name is a name only where the article never writes it in lower case: "Will" may be a verb.)
    expect(analyse('Will Hart spoke first. Will said the plan will work.').filter(m => m.kind === 'person').map(m => m.text)).not.to.include('Will');
    const qs = everySeed(text);
    // "Her father was a fiddler, and Zaneta sang …" is about her: it is asked with her name.
    expect(qs.some(q => q.prompt.startsWith('Zaneta Vance’s father was a fiddler')), 'the "Her father" sentence').to.equal(true);
    // A first, a prize: asked by year; a contract far from the lead is background.
    const years = qs.map(keyOf).filter(k => /^\d{4}$/.test(k));
    expect(years).to.include.members(['1979', '1983']);
    expect(years).not.to.include('1958');
    const first = qs.find(q => keyOf(q) === '1979')!;
    expect(first.prompt).to.equal('In ___ Zaneta Vance became the first woman in the Western Music Hall of Fame.');
  });

  it('leaves out a "Who said …?" that another prompt answers by showing the speaker saying much the same', () => {
    const text = `Powers back the new government in Valdoria

Speaking in Geneva, Foreign Minister Lena Berg said the European Union would support the new government of Valdoria.

Berg said it was vital to support the young government in Dakar, which she called “the only lawful one in the country and the one that must now begin its work.”

The young government, which arrived by ferry from Ostland in March, “is the only body that can unite the nation,” Berg said.

Tomas Hale, the trade minister, said the plan “will cost far less than another year of war” across the region.

Clara Weiss, a spokeswoman for the army, said the soldiers “have waited for clear orders since the autumn” at their bases.

Berg said the union must keep a “careful balance” to stop weapons from reaching the militias in the hills.

Hale said the border crossings “should open again within weeks” for traders and for families.

Weiss said the army “will not take sides” in any quarrel among the parties of the new coalition.`;
    const sets = SEEDS.map(seed => generateQuestionSet(text, { count: 20, seed, kinds: ['fill-in', 'choice', 'who-said'] }).questions);
    for (const qs of sets) {
      const shows = qs.some(q => /\bBerg said it was vital\b/.test(q.prompt));
      const asks = qs.some(q => q.prompt.startsWith('Who said the young government'));
      expect(shows && asks, qs.map(q => q.prompt).join('\n')).to.equal(false);
    }
    // (Either may be asked, beside a prompt that shows her saying something else of the government.)
    const either = (q: Question) => /\bBerg said it was vital\b|^Who called the young government\b|^Who said the young government\b/.test(q.prompt);
    expect(sets.some(qs => qs.some(either) && qs.some(q => q.prompt.startsWith('Speaking in Geneva')))).to.equal(true);
    // (One word in common is not much the same: "… to the port of Dakar" beside "Who said the first ships
    // “must reach the port …”?")
    const one = `Europe sends aid to Valdoria

Speaking in Geneva, Foreign Minister Lena Berg said the European Union would send aid to the port of Dakar.

Tomas Hale, the trade minister, said: “The aid will cost far less than another year of war in the region.”

Clara Weiss, a spokeswoman for the army, said the soldiers “have waited for clear orders since the autumn” at their bases.

Berg said the first ships “must reach the port before the winter storms begin” in the north.`;
    const both = SEEDS.map(seed => generateQuestionSet(one, { count: 20, seed, kinds: ['fill-in', 'choice', 'who-said'] }).questions);
    expect(both.some(qs => qs.some(q => q.prompt.startsWith('Who said the first ships')) && qs.some(q => q.prompt.startsWith('Speaking in Geneva')))).to.equal(true);
  });

  it('finds a place where only a place can stand, and asks a stronghold as no aside', () => {
    const text = `Rebels hold the coast of Velmar

Rebel fighters have seized a strip of the central coastline of Velmar near Tarsa, their stronghold.

General Ivo Marek, the head of the army, said the rebels had some 4,000 fighters and boats along the coast.

The rebel leader Karl Stenn told reporters that his fighters would hold the coast until the government fell.

The United Nations said that fighting on the coast had forced 30,000 people from their homes this month.

Marek said the army would retake the coast before the winter, with help from the navy of Ostland.

Stenn said his men were ready for a long war and had food and arms for a year.

President Lina Horvat visited the soldiers of the army on the coast on Sunday and promised them new ships.

Horvat said the fighting on the coast would be over by the spring, and the rebels would lose the war.

Government jets struck a training camp in Oreno and destroyed eleven boats there, officials said.

The navy said its ships had sunk three more boats near Kelba, a fishing port, over the weekend.`;
    const places = analyse(text).filter(m => m.kind === 'place').map(m => m.text);
    expect(places).to.include.members(['Tarsa', 'Oreno', 'Kelba']);
    // (Not a month: "the camp in May".)
    expect(analyse('Soldiers returned to the camp in May and left the base in June for the coast.').map(m => m.text)).not.to.include.oneOf(['May', 'June']);
    const qs = everySeed(text);
    expect(qs.some(q => keyOf(q) === 'Tarsa' && q.prompt.includes('near ___, their stronghold')), 'the stronghold').to.equal(true);
    // (Where a place lies, or where something happened on the way, is still an aside: "near Kelba, a fishing port".)
    expect(qs.some(q => keyOf(q) === 'Kelba'), 'the fishing port').to.equal(false);
  });

  it('takes a number’s conversion in brackets out of the prompt, and never asks a distance from a place', () => {
    const text = `Astronomers find the hottest giant planet yet

Astronomers in Ohio have found a giant planet hotter than many stars, the university said on Monday.

The planet's dayside is roughly 4300°C (7772°F), hotter than the surface of most red dwarf stars.

The star it circles is about 650 light years from the Earth, and it is young by the standards of stars.

The telescope that found the planet stands about ten miles (16 km) south of Tucson, in the desert.

The planet takes about two days to circle its star, and one side of it always faces the star.`;
    const qs = everySeed(text);
    const hot = qs.filter(q => keyOf(q) === '4300');
    expect(hot.length, 'the temperature').to.be.above(0);
    for (const q of hot) {
      expect(q.prompt).to.include('roughly ___°C, hotter').and.not.to.include('7772');
      // (The sentence as evidence keeps it.)
      expect(q.evidence!.text).to.include('(7772°F)');
    }
    for (const q of qs) expect(keyOf(q), q.prompt).not.to.be.oneOf(['ten', '10', '16', '7772']);
  });

  it('offers no role another question has shown with its holder, nor options a number the quiz shows parts from the key', () => {
    const text = `Passenger train hits parked freight train near Dover

A passenger train hit a parked freight train near Dover early on Sunday, killing two crew members and injuring 116 people.

Nina Ortiz, the railway's chief executive, said: “We will pay for every repair and help every family that needs it.”

Ruth Adler, chairman of the Rail Safety Board, told reporters the train had been sent onto a siding by a switch “locked in the wrong position” before the crash.

Mark Vale, the state governor, said: “The engine was crushed beyond all recognition by the force of the impact.”

The train, with 139 passengers and six crew members aboard, was on its way from Boston to Miami when it left the main line.

Omar Finch, a spokesman for Kent County, visited the injured at the county hospital in Dover on Monday with the mayor.

Karl Brandt, a union leader, said the crews “had warned about that switch for months” before the crash.

Adler said the inquiry “will look at every signal on the line” before the trains run again at full speed.`;
    let later = 0;
    // (And without the union leader, two roles only are left unshown beside Ruth Adler's: she is not asked.)
    const fewer = text.replace(/\n\nKarl Brandt[^\n]*/, '');
    for (const [seed, story] of [...SEEDS.map(seed => [seed, text]), ...SEEDS.map(seed => [seed, fewer])]) {
      const qs = generateQuestionSet(story!, { count: 20, seed }).questions;
      for (const [i, q] of qs.entries()) {
        if (!/^In the article, who is\b/.test(q.prompt)) continue;
        // What a reader has seen: the evidence of the questions before, and every other prompt.
        const seen = [...qs.slice(0, i).map(x => x.evidence!.text), ...qs.filter(x => x !== q).map(x => x.prompt)].join('\n').toLowerCase();
        for (const o of options(q)) if (o !== keyOf(q)) expect(seen, `"${o}" in ${q.prompt}`).not.to.include(o.toLowerCase());
      }
      // (Unless the quiz is shuffled, the evidence of a later question is seen after: "state governor" may
      // be offered before "Mark Vale, the state governor, said: …".)
      const adler = qs.findIndex(q => q.prompt === 'In the article, who is Ruth Adler?');
      if (adler >= 0 && options(qs[adler]!).includes('state governor') && qs.slice(adler + 1).some(q => q.evidence!.text.includes('the state governor'))) later++;
      // 116 injured: not 139 passengers among 76, 97 and 111, nor beside any of them (among three above 116).
      for (const q of qs.filter(x => keyOf(x) === '139' && x.type === 'choice')) expect(options(q).every(o => Number(o) > 116), options(q).join(', ')).to.equal(true);
    }
    expect(later, 'a role shown only by a later question').to.be.above(0);
  });

  it('leaves out whom a spokesman speaks for, the place a distance is measured from, a figure of an aside and a figure the news replaced', () => {
    const details = `Omar Finch, a spokesman for Kent County, visited the flooded streets of Harlow on Tuesday morning.

Harlow lies about 30 miles (48 km) south of Norwich, on a river that burst its banks after a week of rain.

The water reached the Harlow Mill, which employs 300 people, and shut it for the rest of the week.

On Tuesday officials raised the number of flooded homes in the town, up from an early count of 25.`;
    const text = `Flood closes the main road into Harlow

A flood closed the main road into Harlow on Monday, cutting off 3,000 homes from the rest of the county.

${details}

The county sent 12 pumps to Harlow, and the army sent 40 soldiers to build a wall of sandbags along the river.

Mayor Ruth Adler said the town would need 2 million pounds to repair the road and the bridge over the river.

Finch said the river “should fall by the end of the week” if the rain stopped, as the forecasts said it would.

Adler said the people of Harlow “have shown what a town can do” when they filled sandbags through the night.`;
    const gone = ['Kent County', 'Kent', 'Norwich', '300', '25', '30', '48'];
    const keys = everySeed(text).map(keyOf);
    expect(keys, 'other questions').to.include.members(['3,000', 'Ruth Adler']);
    for (const k of gone) expect(keys, k).not.to.include(k);
    // Not even to give a short article its first few questions (they are details, not only asides).
    const few = everySeed(`Flood closes the main road into Harlow\n\nA flood closed the main road into Harlow on Monday, cutting off 3,000 homes from the rest of the county.\n\n${details}`).map(keyOf);
    expect(few).to.include('3,000');
    for (const k of gone) expect(few, k).not.to.include(k);
  });

  it('does not offer for who did something someone the article shows having it done to them', () => {
    // (A report that does not say who won: in one that does, who did what is a fill-in, see below.)
    const text = `Hawks and Rovers meet in the league final

On Sunday, the Hawks and the Rovers met in the league final at Elm Park in front of a full house.

Early in the game, linebacker Dan Price forced quarterback Sam Cole to fumble, and the Hawks kicked a field goal.

In the second quarter, safety Tom Reyes forced running back Ben Okafor to fumble near the middle of the field.

Unfortunately for the Rovers, Price forced Cole to fumble again at the four-yard line, and Reyes recovered the ball.

Receiver Jon Bell of the Hawks caught two passes for touchdowns in the second half of the final.

Price ended the game with six tackles and two forced fumbles and was named the best player of the final.

Coach Paul Kent of the Rovers said his team had “made too many mistakes in the big moments” of the game.

Coach Lee Moss of the Hawks said his players “never stopped believing” even when the Rovers led early.

Okafor said the Rovers “will come back stronger next season” after a long winter of training.`;
    const qs = everySeed(text, ['choice']).filter(q => q.prompt.startsWith('___ forced Sam Cole to fumble again'));
    expect(qs.length, 'the question on who forced the fumble').to.be.above(0);
    // ("forced running back Ben Okafor to fumble": he fumbled, on the other side.)
    for (const q of qs) expect(options(q)).to.include('Price').and.not.to.include('Okafor');
  });

  it('leaves out the day of the week, which says when only beside the story\'s date (and after a verb in the perfect cannot stand at all)', () => {
    const text = `Bombs explode on Majorca

Three bombs have exploded on the Spanish holiday island of Majorca on Sunday.

Police closed four beaches near Palma on Sunday after the blasts, and the airport stayed open.

The separatist group ETA has claimed the attacks, which followed a car bomb that killed two police officers.

About 3,000 tourists were moved from their hotels in Palma for the night while the police searched the beaches.`;
    const prompts = everySeed(text).map(q => q.prompt);
    expect(prompts).to.include('___ bombs have exploded on the Spanish holiday island of Majorca.');
    expect(prompts.some(p => p.startsWith('Police closed ___ beaches near Palma after the blasts'))).to.equal(true);
    for (const p of prompts) expect(p, p).not.to.include('Sunday');
  });

  it('closes a town’s state or country with a comma where the sentence goes on, and only there', () => {
    const text = `Jazz singer Ida Brennan dies at 74

US jazz singer Ida Brennan died at her Chicago, Illinois home on Friday, her family said in a statement.

Ida Brennan was born in Dayton, Ohio in 1950, the daughter of a pastor and a schoolteacher.

She moved to Paris, France and Rome in the 1970s, and sang in clubs in both cities for ten years.

Brennan won the National Jazz Award in 1984 for an album of songs her mother had taught her.

In 1990 she became the first woman to lead the Chicago Jazz Orchestra, a post she held for twenty years.`;
    const prompts = everySeed(text).map(q => q.prompt);
    expect(prompts).to.include('Ida Brennan was born in ___, Ohio, in 1950, the daughter of a pastor and a schoolteacher.');
    expect(prompts.some(p => p.startsWith('US jazz singer Ida Brennan died at her ___, Illinois, home'))).to.equal(true);
    // (Not before "and", nor after a word that is no state or country.)
    expect(prompts.some(p => p.includes('moved to Paris, France and Rome'))).to.equal(true);
  });

  it('mends the slips of the source an editor would: "all-London", "head-on", "the Turpins’", a place said twice, and the comma of a true statement too', () => {
    const final = `United beat City in cup final

United beat City 2-1 in the all Manchester cup final at Wembley in front of 84,000 fans.

Marcus Hale scored both of the United goals, the second in the last minute of the game.

City manager Pep Ortiz said his players had given everything in the final.`;
    const crash = `Train hits freight train in Carolina

A passenger train carrying 139 passengers collided head on with a parked freight train in the small city of Cayce.

Two railway workers were killed and at least 116 people were injured in the crash.

A head on crash between two buses on the same road left 9 people with minor injuries.

A British guard working for a private security firm in Basra has been arrested for the murder of two colleagues in Basra.`;
    const family = (plural: boolean) => `Okafor parents jailed for life

A judge in Riverside jailed David and Ann Okafor for life on Friday for keeping their twelve children locked in their home.

${plural ? 'The Okafors' : 'The parents'} had kept the children indoors for years, the court heard.

The oldest of the Okafor's children, age 29, weighed 82 pounds when police found the family.`;
    const game = `Eagles win third title

The Eagles beat the Hawks at Ridge Park in Dayton, Ohio in front of 40,112 fans to win their third title in ten years.

The Eagles scored 24 points in the second half to beat the Hawks by 24 points to 10.`;
    const all = ['fill-in', 'choice', 'true-false'] as const;
    const prompts = (text: string) => everySeed(text, [...all]).map(q => q.prompt);
    expect(prompts(final).some(p => p.includes('in the all-Manchester cup final'))).to.equal(true);
    expect(prompts(final).some(p => p.includes('all Manchester'))).to.equal(false);
    const crashes = prompts(crash);
    expect(crashes.some(p => p.includes('collided head-on with a parked freight train'))).to.equal(true);
    expect(crashes.some(p => p.includes('A head-on crash between two buses'))).to.equal(true);
    expect(crashes.some(p => p.includes('head on'))).to.equal(false);
    // (The place said twice is said once; the evidence keeps the article's words.)
    const guard = crashes.filter(p => p.includes('a private security firm in Basra has been arrested'));
    expect(guard.length).to.be.above(0);
    for (const p of guard) expect(p, p).to.match(/ colleagues\.$/);
    // (The possessive of a family the article names in the plural; a single person's stays.)
    expect(prompts(family(true)).some(p => p.includes('The oldest of the Okafors’ children') || p.includes("The oldest of the Okafors' children"))).to.equal(true);
    expect(prompts(family(false)).some(p => p.includes("The oldest of the Okafor's children"))).to.equal(true);
    // A true statement is the prompt with its key, mended as the prompt is.
    const statements = everySeed(game, ['true-false']).filter(q => q.prompt.includes('Dayton'));
    expect(statements.some(q => q.type === 'choice' && q.correct[0] === 'true'), 'a true statement').to.equal(true);
    for (const q of statements) expect(q.prompt).to.include('Dayton, Ohio, in front of');
  });

  it('asks who someone is only against roles of no other nation, and keeps a verb out of a role', () => {
    const people = {
      us: ['White House spokesman Josh Earnest', 'Earnest', 'Pentagon spokesman Peter Cook', 'Cook'],
      abroad: ['French Foreign Minister Anne Morel', 'Morel', 'Italian Defence Minister Paolo Conti', 'Conti'],
      home: ['Foreign Minister Leila Mansour', 'Mansour', 'Defence Minister Samir Toumi', 'Toumi'],
    };
    const text = ([first, firstAgain, second, secondAgain]: string[]) => `Leaders back Tunisia's new government

Tunisian Prime Minister Karim Haddad met ${first} in Vienna on Monday to talk about the border.

"We are not asking for soldiers, only for trust," Haddad said after the meeting.

${firstAgain} said the talks had gone well and would go on in the spring.

${second} said a team of advisers would visit Tunis next month.

"The advisers will help to train the coast guard," ${secondAgain} told reporters in Rome.`;
    // (A set of neither kind is no set: none is asked.)
    const set = (t: string, seed: string) => {
      try {
        return generateQuestionSet(t, { count: 20, seed, kinds: ['who-is', 'who-said'] }).questions;
      } catch (e) {
        if (e instanceof GenerateError) return [];
        throw e;
      }
    };
    const asked = (who: string[]) => SEEDS.flatMap(seed => set(text(who), seed)).filter(q => q.prompt.startsWith('In the article, who is'));
    // ("Tunisian prime minister" for an Arabic name against two US spokesmen is no question; nor against
    // ministers of two other nations, or a US spokesman against him.)
    expect(asked(people.us).map(q => q.prompt)).to.deep.equal([]);
    expect(asked(people.abroad).map(q => q.prompt)).to.deep.equal([]);
    // (Against roles that name no nation it is.)
    const home = asked(people.home);
    const haddad = home.filter(q => q.prompt === 'In the article, who is Karim Haddad?');
    expect(haddad.length).to.be.above(0);
    for (const q of haddad) expect(options(q)).to.have.members(['Tunisian prime minister', 'foreign minister', 'defence minister']);
    // ("… Karim Haddad met Foreign Minister Leila Mansour": she is the minister, not "met …".)
    expect(home.flatMap(options).some(o => /^met\b/i.test(o))).to.equal(false);
    expect(home.flatMap(options)).to.include('foreign minister');
  });

  it('asks what happened in a common noun: the cause of a death, what someone died of or was killed by, and not a name, a number or an act', () => {
    const text = `Singer Rosa Lind dies at 80

The Swedish singer Rosa Lind died at her home in Malmo on Sunday at the age of 80, her family said.

According to the statement, the cause of death was heart failure after a long illness.

Her brother Nils Lind died of lung cancer in 1990, a loss she sang about for years.

In 1975 a court in Stockholm sentenced her manager Olle Berg to two years in prison for taking her earnings.

Berg was also charged with making false statements to the tax office in the same year.

The first band of Rosa Lind split up after its drummer was killed by a falling tree.`;
    const qs = everySeed(text, ['fill-in']);
    const answers = (prompt: string) => qs.filter(q => q.prompt === prompt).map(q => (q.type === 'fill-in' ? q.answers : []));
    // (Whose death it was, said; "According to the statement", which statement?, left out.)
    expect(answers('The cause of Rosa Lind’s death was ___ after a long illness.')[0]).to.deep.equal(['heart failure', 'failure']);
    // (In the sentence as asked, "Her" named.)
    expect(answers('Rosa Lind’s brother Nils Lind died of ___ in 1990, a loss she sang about for years.')[0]).to.deep.equal(['lung cancer', 'cancer']);
    expect(answers('The first band of Rosa Lind split up after its drummer was killed by a falling ___.').length + answers('The first band of Rosa Lind split up after its drummer was killed by a ___.').length).to.be.above(0);
    // (Not "two years" of "sentenced … to two years", a number; nor "making false statements", an act;
    // nor initials, "killed by an IED", where a reader may type "roadside bomb".)
    expect(everySeed(`Soldier killed in Helmand\n\nA British soldier has been killed by an IED while on patrol near the town of Gereshk, the army said.`, ['fill-in']).some(q => q.prompt.includes('killed by an ___'))).to.equal(false);
    expect(qs.some(q => /sentenced .* to ___|charged with ___/.test(q.prompt))).to.equal(false);
    // (A death in a story about nobody in particular is nobody's: not asked.)
    const nobody = everySeed(`Storm leaves town without power

A storm cut power to most of the town of Ely on Monday night, the county council said.

A man was found dead in a flat where the heating had failed, and the cause of death was heart failure.

Crews from three counties worked through the night to bring the power back to about 4,000 homes.`, ['fill-in']);
    expect(nobody.some(q => q.prompt.includes('cause of'))).to.equal(false);
  });

  it('finds a person by two names the NLP package misses where the article gives the second alone, and nothing else so', () => {
    const text = `The Broncos failed to score when Peyton Manning was intercepted by Kony Ealy. Afterwards, Manning was sacked by Ealy and fumbled. She signed with JVB Records and later with Columbia Records.`;
    const people = analyse(text).filter(m => m.kind === 'person').map(m => m.text);
    expect(people).to.include.members(['Peyton Manning', 'Kony Ealy', 'Manning', 'Ealy']);
    for (const name of ['Columbia Records', 'JVB Records', 'Records']) expect(people, name).not.to.include(name);
    // (Not a word the article writes in lower case too, nor one after "the", nor a place's second word.)
    const others = analyse(`She moved to Atlantic Records in 1966. Records from those years sold well, and the records still sell. The train, called the Silver Star, left at noon, and the Star reached Miami at six, where Star fans waited. The team flew home to North Wexham, and Wexham held a parade.`)
      .filter(m => m.kind === 'person')
      .map(m => m.text);
    for (const name of ['Atlantic Records', 'Records', 'Silver Star', 'Star', 'Wexham', 'North Wexham']) expect(others, name).not.to.include(name);
  });

  it('leaves out what opens a sentence without a fact, hyphenates "first-ever", and offers fives for a key in fives', () => {
    const text = `Broncos beat Panthers in the final

Unfortunately for the Panthers, quarterback Cam Newton lost the ball three times in the fourth quarter of the final.

Safety Tom Reyes ended the game with six tackles and was named the most valuable player of the final.

Receiver Jon Bell scored his first ever touchdown in a final in the third quarter, and Abe Hale kicked two goals.

The Broncos have now won 25 finals since the league began, the most of any team.`;
    const qs = everySeed(text, ['fill-in', 'choice']);
    const prompts = qs.map(q => q.prompt);
    expect(prompts.some(p => p.includes('Unfortunately'))).to.equal(false);
    expect(prompts.some(p => /^(?:Quarterback ___|Quarterback Cam Newton) lost the ball (?:___|three) times/.test(p))).to.equal(true);
    expect(prompts.some(p => p.includes('his first-ever touchdown'))).to.equal(true);
    expect(prompts.some(p => p.includes('first ever'))).to.equal(false);
    const finals = qs.filter(q => q.prompt.startsWith('The Broncos have now won ___ finals') && q.type === 'choice');
    expect(finals.length).to.be.above(0);
    for (const q of finals) for (const o of options(q)) expect(Number(o) % 5, o).to.equal(0);
  });

  it('names in a prompt what it speaks of: initials the article spells out in brackets, and "the planet" of one planet', () => {
    const merger = `Tribal areas join the province

On Thursday, President Omar Saleh signed a bill to merge the Northern Tribal Areas (NTA) with the neighbouring province of Upper Valley (UV).

UV is to have 55 seats in the national assembly, up from 40, under the new law.

Officials in Nepal said the new law was the biggest change to the map of Nepal since the war.

Under the new law, voters in NTA will elect 21 members of the country's assembly in May.

Fans in the National Football League stadium cheered, and the NFL gave 3,000 tickets to the tribal areas.`;
    const prompts = everySeed(merger).map(q => q.prompt);
    // (And "the country's" of a story about Nepal is Nepal's; of a story that names a country once, it stays.)
    expect(prompts).to.include("Under the new law, voters in Northern Tribal Areas will elect ___ members of Nepal's assembly in May.");
    const nowhere = everySeed(merger.replace('Officials in Nepal said the new law was the biggest change to the map of Nepal', "Officials said the new law was Nepal's biggest change to its map")).map(q => q.prompt);
    expect(nowhere).to.include("Under the new law, voters in Northern Tribal Areas will elect ___ members of the country's assembly in May.");
    // (Not initials the article never spells out in brackets: "the NFL" stays.)
    expect(prompts).to.include('Fans in the National Football League stadium cheered, and the NFL gave ___ tickets to the tribal areas.');
    // (The headline names the planet, so that "named ___" is not asked, which the name would give away.)
    const planet = `Astronomers find TOI-77b, the hottest planet yet

On Monday, astronomers at Lakeview University revealed the discovery of an exoplanet, named TOI-77b, and said it is the hottest planet ever found.

The star TOI-77 is about 400 light years from the Earth and is about 200 million years old.

Due to tidal locking, the planet's surface temperature facing the star is roughly 4100°C, hotter than most stars.`;
    const asked = everySeed(planet).map(q => q.prompt);
    expect(asked).to.include('Due to tidal locking, TOI-77b\'s surface temperature facing the star is roughly ___°C.');
    expect(asked.some(p => p.includes("the planet's"))).to.equal(false);
    // (But where the name would give away another question's answer, "… an exoplanet, named ___", the
    // prompt as the article has it stands in.)
    const named = everySeed(`Astronomers find hottest planet yet

On Monday, astronomers at Lakeview University revealed the discovery of an exoplanet, named TOI-77b and according to the university's astronomy professor Ann Kerr, it is "the hottest planet ever found".

Professor Kerr told reporters the planet TOI-77b "is about three times the mass of Jupiter".

The star is about 400 light years from the Earth, but it is about 200 million years old.

The planet circles its star once every day and a half, which the team saw as a small dip in the light of the star.

Its close orbit exposes it to strong light, and the planet loses some of its air into space as it circles.

The team watched the star for years with small telescopes before they could be sure of what they had found.

Other teams will now look at the planet with larger telescopes to learn what its air is made of.

Due to tidal locking, the planet's surface temperature facing the star is roughly 4100°C, more than the surface temperature of most stars.`).map(q => q.prompt);
    expect(named.some(p => p.includes('an exoplanet, named ___'))).to.equal(true);
    expect(named).to.include("Due to tidal locking, the planet's surface temperature facing the star is roughly ___°C.");
    // (A person named by surname is named in full.)
    const game = everySeed(`Broncos win the final

Linebacker Von Miller was named the best player of the final after the Broncos beat the Panthers 24 to 10.

Quarterback Cam Newton threw for 265 yards for the Panthers, who had lost only one game all season.

In the third quarter, Miller forced Newton to lose the ball at the four-yard line, and the Broncos scored a touchdown.

Miller said the whole team had played for the coach, who retires this year.`).map(q => q.prompt);
    expect(game).to.include('In the third quarter, ___ forced Cam Newton to lose the ball at the four-yard line.');
    expect(game.some(p => / forced Newton /.test(p))).to.equal(false);
  });

  it('leaves out a clause of its own after the blank’s, and only that', () => {
    const text = `Province gains seats in the assembly

Under the new law, the province of Upper Valley is to have 55 seats in the national assembly, and the senate is to be cut to 96 seats by 2024.

The Farmers Party won 14 seats in the last election, and it won the vote for governor as well.

Most members of the senate backed the bill, while 12 members of the smallest party voted against it.

The bill was backed by the farmers' union, the teachers' union, and the Green Party in 2019.`;
    const prompts = everySeed(text, ['fill-in', 'choice', 'true-false']).map(q => q.prompt);
    // (A verb of its own that is not regular: "and it won …".)
    expect(prompts).to.include('The ___ won 14 seats in the last election.');
    expect(prompts).to.include('Under the new law, the province of ___ is to have 55 seats in the national assembly.');
    expect(prompts.some(p => p.includes('the senate is to be cut'))).to.equal(false);
    // (Not the clause the blank is in.)
    expect(prompts).to.include('Most members of the senate backed the bill, while ___ members of the smallest party voted against it.');
  });

  it('offers for "___, who is the oldest quarterback" only people the article calls quarterbacks, or asks it as a fill-in', () => {
    const text = `Broncos beat Panthers in the final

Linebacker Von Miller forced two fumbles, and safety Dan Ward made nine tackles for the Broncos.

Cam Newton threw for 265 yards for the Panthers, and Newton also ran for 45 yards.

Miller was named the best player of the final, and Ward said the defence had won the game.

Later, Kony Ealy of the Panthers caught a pass meant for Manning, and Malik Jackson of the Broncos scored a touchdown.

Ealy said the Panthers had played well, and Jackson said the Broncos had played better.

Manning, who is the oldest quarterback ever to start a final, threw a touchdown pass and lost a fumble.

After the game, Peyton Manning said he had not yet decided whether to retire.`;
    const oldest = (kinds: ('fill-in' | 'choice')[]) => everySeed(text, kinds).filter(q => q.prompt.startsWith('___, who is the oldest quarterback'));
    // (The article calls nobody else a quarterback: linebackers and safeties are no options for one.)
    expect(oldest(['choice']).map(options)).to.deep.equal([]);
    const typed = oldest(['fill-in']);
    expect(typed.length).to.be.above(0);
    for (const q of typed) expect(keyOf(q)).to.equal('Manning');
  });

  it('does not ask "Who said …?" after "Who is …?" on the speaker whose sentence has them speak of the same rare thing', () => {
    const text = `Passenger train hits parked freight train near Dover

A passenger train hit a parked freight train near Dover early on Sunday, killing two crew members and injuring 116 people.

Ruth Adler, chairman of the Rail Safety Board, told reporters the train had been sent onto a siding by a switch locked in the wrong position.

Mark Vale, the state governor, said: “The engine was crushed beyond all recognition by the force of the impact.”

Nina Ortiz, the railway's chief executive, said: “We will pay for every repair and help every family that needs it.”

Karl Brandt, a union leader, said the crews “had warned about the old signals for months” before Sunday.

The train, with 139 passengers and six crew members aboard, was on its way from Boston to Miami when it left the main line.

“Key to this inquiry is learning why the switch was set that way,” Adler said on Monday.`;
    const both = (story: string) =>
      SEEDS.map(seed => generateQuestionSet(story, { count: 20, seed }).questions).filter(qs => qs.some(q => q.prompt === 'In the article, who is Ruth Adler?') && qs.some(q => q.prompt.startsWith('Who said: “Key to this inquiry')));
    // "… by a switch locked in the wrong position" before "… why the switch was set that way".
    expect(both(text)).to.have.length(0);
    // (On another thing, or one many sentences name, "the train", both are asked.)
    expect(both(text.replace('learning why the switch was set that way', 'learning who last checked the brakes of the train')).length).to.be.above(0);
  });

  it('asks a sentence without the words that only link it to the one before, where the rest stands alone', () => {
    const text = `Navy strikes camp in Harbin province

The navy struck a militant camp near the port of Velmar in Harbin province on Monday, officials said.

Three months later, navy jets destroyed a training camp run by foreign fighters in the town of Ostrava.

However, the militants have kept their largest base near the mountain city of Tarsk, officials said.

Soon after, it was moved to the coastal town of Kerran, a senior officer told reporters.

Over the next seven years the group carried out 33 attacks on ships in the port of Velmar.`;
    const qs = everySeed(text);
    const prompts = qs.map(q => q.prompt);
    // "Three months later," and "However," leave the prompt; the rest is asked.
    expect(prompts).to.include('Navy jets destroyed a training camp run by foreign fighters in the town of ___.');
    expect(prompts.some(p => /^The militants have kept their largest base near the mountain city of ___/.test(p)), prompts.join('\n')).to.equal(true);
    for (const p of prompts) expect(p, p).not.to.match(/Three months later|However|Soon after/);
    // (Not where the rest still points back, "it was moved", nor where what follows holds only for the
    // time it opens with: "Over the next seven years … 33 attacks".)
    expect(qs.some(q => q.evidence?.text.startsWith('Soon after'))).to.equal(false);
    expect(qs.some(q => q.evidence?.text.startsWith('Over the next'))).to.equal(false);
    // The evidence is the article's sentence as it stands.
    const ostrava = qs.find(q => keyOf(q) === 'Ostrava')!;
    expect(ostrava.evidence!.text).to.equal('Three months later, navy jets destroyed a training camp run by foreign fighters in the town of Ostrava.');
  });

  it('offers in a game report only team-mates the article lists with the key, or asks a fill-in', () => {
    const text = `Hawks beat Rovers in the league final

On Sunday, the Hawks beat the Rovers by 24 points to 10 in the league final at Elm Park in front of a full house.

The Hawks fielded their strongest side, including Dan Price, Jon Bell, Tom Reyes and Lee Moss.

The Rovers named a young side, including Sam Cole, Ben Okafor, Carl Dunn and Raj Patel.

Early in the game, Rovers captain Sam Cole lost the ball near the halfway line and Tom Reyes ran clear to score.

In the second quarter, the Hawks scored again when receiver Jon Bell caught a long pass from Dan Price.

Late in the game, Ben Okafor made a sloppy pass and Lee Moss picked up the loose ball to seal the win.

In the last minute, Tom Reyes forced Omar Haddad to fumble, and Lee Moss fell on the ball to end the game.

Sam Cole, Ben Okafor, Carl Dunn, Jon Bell and Tom Reyes were all booked by the referee in the second half.

Carl Dunn of the Rovers said his team had “made too many mistakes in the big moments of the game”.

Dan Price of the Hawks said his players “never stopped believing, even when the Rovers led early”.`;
    // (Omar Haddad, whom a Hawk forced to fumble, is a Rover.)
    const rovers = ['Sam Cole', 'Ben Okafor', 'Carl Dunn', 'Raj Patel', 'Omar Haddad', 'Cole', 'Okafor', 'Dunn', 'Patel', 'Haddad'];
    const hawks = ['Dan Price', 'Jon Bell', 'Tom Reyes', 'Lee Moss', 'Price', 'Bell', 'Reyes', 'Moss'];
    // Every choice on who did what offers team-mates listed with the key only.
    const sided = everySeed(text, ['choice']).filter(q => q.prompt.includes('___') && (hawks.includes(keyOf(q)) || rovers.includes(keyOf(q))));
    expect(sided.filter(q => hawks.includes(keyOf(q))).length, 'questions on a Hawk').to.be.above(0);
    expect(sided.filter(q => rovers.includes(keyOf(q))).length, 'questions on a Rover').to.be.above(0);
    for (const q of sided) for (const o of options(q)) expect(hawks.includes(keyOf(q)) ? hawks : rovers, `${o} in ${q.prompt}`).to.include(o);
    // Where the article lists no side, who did what is a fill-in: the article cannot vouch for the side,
    // the place or the moment of the others ("a goalkeeper", "already carried off").
    const unlisted = text.replace(/\n\nThe (?:Hawks|Rovers) (?:fielded|named)[^\n]*/g, '');
    const blanks = everySeed(unlisted, ['fill-in', 'choice']).filter(q => q.prompt.includes('___') && (hawks.includes(keyOf(q)) || rovers.includes(keyOf(q))));
    expect(blanks.length).to.be.above(0);
    for (const q of blanks) expect(q.type, q.prompt).to.equal('fill-in');
    // (Not so in a report that does not say who won: "Late in the game, ___ made a sloppy pass" offers
    // players of both.)
    const unwon = unlisted.replace('Hawks beat Rovers in the league final', 'Hawks and Rovers meet in the league final').replace('the Hawks beat the Rovers by 24 points to 10', 'the Hawks and the Rovers met');
    expect(everySeed(unwon, ['choice']).some(q => q.prompt.includes('___') && rovers.includes(keyOf(q)) && options(q).some(o => hawks.includes(o)))).to.equal(true);
  });

  it('asks the name of a force or effect named after someone, leaving its kind as the clue, where the article names it twice (not where the headline above the quiz names it)', () => {
    const text = `Comet held together by forces other than gravity, astronomers find

A team of astronomers has found that a comet seen last spring is held together by Ostrov forces rather than by its gravity.

The comet spins once every three hours, faster than gravity alone could allow for a body of its size.

Smaller comets are also held together by cohesive forces between their grains, the team said.

Ostrov forces act between the fine grains of dust that cover most of the surface of the comet.

The tail of the comet glows green because of the Marlow effect, which the team measured for a month.

The Ostrov forces between the grains were first measured on the comet Tempel in the spring of 2005.`;
    const qs = everySeed(text, ['fill-in', 'choice']);
    const ostrov = qs.filter(q => q.prompt === 'A team of astronomers has found that a comet seen last spring is held together by ___ forces rather than by its gravity.');
    expect(ostrov.length, qs.map(q => q.prompt).join('\n')).to.be.above(0);
    // (And what the article puts in the same words elsewhere: "held together by cohesive forces".)
    for (const q of ostrov) expect(q.type === 'fill-in' && q.answers).to.deep.equal(['Ostrov', 'cohesive']);
    // (Not "the ___ effect" of a name written once; "The Ostrov forces" is "The ___ forces".)
    expect(qs.some(q => keyOf(q) === 'Marlow')).to.equal(false);
    for (const q of qs) if (/Ostrov/.test(keyOf(q))) expect(keyOf(q)).to.equal('Ostrov');
    const headed = everySeed(text.replace('Comet held together by forces other than gravity', 'Comet held together by Ostrov forces'), ['fill-in', 'choice']);
    expect(headed.some(q => keyOf(q) === 'Ostrov')).to.equal(false);
  });

  it('offers for where something happened no place the article names only as where someone spoke, nor a part of a continent for a town', () => {
    const text = `Jets strike a militant camp on the coast

Speaking in Vienna, the foreign minister said the powers would back the new government in Tripoli.

Islamic State militants hold a strip of the coast near Sirte, their stronghold, officials said.

In November, jets bombed a militant base near the eastern port of Derna.

Jets killed several dozen foreign fighters at a training camp in Sabratha, officials said on Friday.

Militias from Misrata have fought the militants for months along the coast road west of Sirte.

Officials fear the militants will spread their training camps across North Africa in the coming year.`;
    // ("At a meeting in Vienna, …" is where someone spoke too.)
    for (const story of [text, text.replace('Speaking in Vienna,', 'At a meeting in Vienna,')]) {
      const camp = everySeed(story, ['choice']).filter(q => q.prompt.startsWith('Jets killed several dozen foreign fighters at a training camp in ___'));
      expect(camp.length).to.be.above(0);
      for (const q of camp) expect(options(q), q.prompt).to.include('Sabratha').and.not.to.include.oneOf(['Vienna', 'North Africa']);
    }
    // (A place the article also names as where something happened is offered.)
    const scene = text.replace('near the eastern port of Derna', 'near the city of Vienna');
    expect(everySeed(scene, ['choice']).some(q => q.prompt.startsWith('Jets killed') && options(q).includes('Vienna'))).to.equal(true);
  });

  it('takes a name after kin and a possessive for a person, wherever the article names them ("his daughter Paris")', () => {
    const text = `The actor says he is the father of the singer's daughter Paris. He says Paris looks like his own daughter, and that he last saw Paris in Paris in May.`;
    const paris = analyse(text).filter(m => m.text === 'Paris');
    // (The first three are the daughter; the city after "in" stays a place.)
    expect(paris.map(m => m.kind)).to.deep.equal(['person', 'person', 'person', 'place']);
    expect(analyse('She flew to Paris in May to see her mother.').filter(m => m.text === 'Paris').map(m => m.kind)).to.deep.equal(['place']);
  });

  it('trims an aside told by a participle, a clause a pronoun takes up, and a sentence run on with "and according to", keeping the evidence whole', () => {
    const text = `Harbour Cup goes to the Gulls

The Harbour Cup final, played at Quay Park in Marlow, Kent, in front of a full house, gave the Gulls their fourth cup in nine years.

The Gulls kept the ball for most of the final, and their captain Ines Berg scored twice before half-time.

Astronomers at the Lakeview Observatory announced a new comet, named Tarsk-4 and according to the observatory's director Omar Haddad, it is "the brightest comet seen from here in a century".

Tarsk-4 is still far from the Sun, but it is about 12 kilometres wide.

Tarsk-4 moves at about 30 kilometres a second, but it is hard to see without a telescope.

Omar Haddad said the comet would be seen best in the north in March, and Omar Haddad said he would watch it from Marlow.`;
    const qs = everySeed(text, ['fill-in', 'choice', 'true-false']);
    const cup = qs.filter(q => q.evidence?.text.startsWith('The Harbour Cup final'));
    expect(cup.length, 'questions on the cup final').to.be.above(0);
    for (const q of cup) {
      expect(q.prompt, q.prompt).to.match(/^(?:True or false: )?The Harbour Cup final gave the Gulls /);
      // (The evidence is the article's sentence, aside and all.)
      expect(q.evidence!.text).to.include('played at Quay Park');
    }
    // (The clause before the blank's goes, its subject kept; so does the clause after it.)
    const wide = qs.filter(q => q.evidence?.text.startsWith('Tarsk-4 is still far'));
    expect(wide.length, 'questions on the comet\'s size').to.be.above(0);
    for (const q of wide) expect(q.prompt, q.prompt).to.match(/^(?:True or false: )?Tarsk-4 is about (?:___|\d+) kilometres wide\.$/);
    const fast = qs.filter(q => q.evidence?.text.startsWith('Tarsk-4 moves'));
    expect(fast.length, 'questions on the comet\'s speed').to.be.above(0);
    for (const q of fast) expect(q.prompt, q.prompt).to.match(/^(?:True or false: )?Tarsk-4 moves at about (?:___|\d+) kilometres a second\.$/);
    const named = qs.filter(q => q.evidence?.text.startsWith('Astronomers at the Lakeview'));
    expect(named.length, 'questions on the run-on sentence').to.be.above(0);
    for (const q of named) expect(q.prompt, q.prompt).to.match(/^According to the Lakeview Observatory's director ___, Tarsk-4 is "the brightest comet/);
    // (A clause that is not taken up by a pronoun, and an aside with no verb after it, stay.)
    const kept = `Harbour Cup goes to the Gulls

The Gulls kept the ball for most of the final, and their captain Ines Berg scored twice before half-time in Marlow.

Ines Berg, born in Marlow in 1990, has now scored 41 goals for the Gulls in six seasons.`;
    const prompts = everySeed(kept, ['fill-in', 'choice', 'true-false']).map(q => q.prompt);
    expect(prompts.some(p => p.startsWith('The Gulls kept the ball for most of the final, and their captain ')), 'the clause before').to.equal(true);
  });

  it('asks no number of an aside told by a participle ("played at …, in front of 40,112 fans, …")', () => {
    const text = (aside: boolean) => `Harbour Cup goes to the Gulls

The Harbour Cup final${aside ? ', played in front of 40,112 fans,' : ' drew 40,112 fans and'} gave the Gulls the cup once more.

The Gulls kept the ball for most of the final, and their captain Ines Berg scored twice before half-time.

Ines Berg has now scored 41 goals for the Gulls in six seasons, more than any other player.`;
    const keys = (aside: boolean) => everySeed(text(aside), ['fill-in', 'choice', 'true-false']).filter(q => !q.prompt.startsWith('True or false')).map(keyOf);
    expect(keys(true)).not.to.include('40,112');
    expect(keys(false)).to.include('40,112');
  });

  it('asks no quotation that goes on from words it leaves out ("… and which must now start to work")', () => {
    const text = (joined: boolean) => `Ministers back new government in Valdoria

Foreign Minister Clara Holt said on Monday that the new government in Ostrava, which she called "the only lawful one in Valdoria${joined ? ' and which must now start to work' : ', and one that must now start to work'}", would get help from abroad.

Defence Minister Ivo Brandt said: "We will send trainers to Ostrava before the summer begins."

Interior Minister Lena Sova said: "The border guards will get new radios and new trucks this year."

Clara Holt said: "Nobody expects the fighting in the hills to end before the winter comes."`;
    const asked = (joined: boolean) => everySeed(text(joined), ['who-said']).map(q => q.prompt);
    expect(asked(true).some(p => p.includes('the only lawful one'))).to.equal(false);
    expect(asked(false).some(p => p.includes('the only lawful one'))).to.equal(true);
  });

  it('makes no true/false statement of more than thirty words', () => {
    const text = (long: boolean) => `Comet is brighter than expected

Astronomers at the Lakeview Observatory found that the comet Tarsk-4 is about 12 kilometres wide${long ? ', about twice as wide as the comet the observatory found last spring, which was itself one of the largest the team had ever measured from the hills above the town' : ''}.

The comet will be seen best from the north in March, Omar Haddad of the observatory said on Monday.

Omar Haddad said the comet would come back in about 300 years, when the observatory may be gone.`;
    const statements = (long: boolean) => everySeed(text(long), ['true-false']).filter(q => q.evidence?.text.startsWith('Astronomers'));
    expect(statements(false).length).to.be.above(0);
    expect(statements(true).length).to.equal(0);
  });

  it('takes "She" for the story\'s woman past a man named since, by his first name, and not past a woman', () => {
    const text = (other: string) => `Singer Mara Quinn dies aged 80

Soul singer Mara Quinn died at her home in Toledo on Friday, her family said.

Mara Quinn was born in Dayton, Ohio, in 1941, and first sang in her father's church in Toledo.

Mara Quinn recorded her first album in 1958 with ${other}, who later became her manager.

She won the Golden Disc award in 1972 for her album River Song, after touring Canada for a year.

Mara Quinn is survived by her two daughters and a sister in Toledo.`;
    // (George is a man's name: "She" is the singer; Linda is a woman's: "She" may be Linda.)
    const prompts = (other: string) => everySeed(text(other), ['fill-in', 'choice', 'true-false']).filter(q => q.evidence?.text.startsWith('She won')).map(q => q.prompt);
    expect(prompts('pianist George Hale').length).to.be.above(0);
    for (const p of prompts('pianist George Hale')) expect(p, p).to.match(/^(?:True or false: )?Mara Quinn won /);
    expect(prompts('pianist Linda Hale')).to.deep.equal([]);
  });

  it('trims a comparison tacked on after the blank\'s clause, the laws a complaint is filed under and a run-on after the blank, and writes a court\'s District with a capital', () => {
    const text = `Norvik sues Tallis over chip deals

Norvik filed an antitrust complaint against Tallis Corporation in U.S. federal district court for the district of Delaware under Section 2 of the Sherman Antitrust Act, Sections 4 and 16 of the Clayton Act, and the state's business code.

Due to tidal locking, the comet's surface temperature facing the Sun is roughly 900°C, more than the temperature of an average kitchen oven.

Astronomers at the Lakeview Observatory announced a new comet, named Tarsk-4 and according to the observatory's director Omar Haddad, it is "the brightest comet seen from here in a century".

Omar Haddad said the comet would be seen best in the north in March, and Omar Haddad said he would watch Tarsk-4 from Marlow.`;
    const qs = everySeed(text, ['fill-in', 'choice', 'true-false']);
    const court = qs.filter(q => q.evidence?.text.startsWith('Norvik filed'));
    expect(court.length, 'questions on the complaint').to.be.above(0);
    for (const q of court) expect(q.prompt, q.prompt).to.match(/for the District of (?:___|Delaware)\.$/);
    const heat = qs.filter(q => q.evidence?.text.startsWith('Due to tidal'));
    expect(heat.length, 'questions on the temperature').to.be.above(0);
    for (const q of heat) expect(q.prompt, q.prompt).to.match(/ is roughly (?:___|\d+)°C\.$/);
    const comet = qs.filter(q => q.evidence?.text.startsWith('Astronomers') && keyOf(q) === 'Tarsk-4');
    expect(comet.length, 'questions on the comet\'s name').to.be.above(0);
    for (const q of comet) expect(q.prompt, q.prompt).to.match(/, named ___\.$/);
  });

  it('asks nothing of a sentence that gives a figure with its margin of error ("1.7±0.7 g/cm³")', () => {
    const text = (margin: boolean) => `Asteroid is a loose pile of rubble

Researchers led by Omar Haddad found that the asteroid Tarsk-4 has a bulk density of ${margin ? '1.7±0.7' : '1.7'} grams per cubic centimetre, half what its spin would need.

The asteroid spins once every two hours, the Lakeview Observatory said on Monday.

Omar Haddad of the Lakeview Observatory said the asteroid was about 12 kilometres wide.`;
    const on = (margin: boolean) => everySeed(text(margin), ['fill-in', 'choice', 'true-false']).filter(q => q.evidence?.text.startsWith('Researchers'));
    expect(on(true)).to.deep.equal([]);
    expect(on(false).length).to.be.above(0);
  });

  it('takes "It" opening a sentence for the thing the sentence before opens on: a name, or "the country" of a story about one', () => {
    const text = (before: string) => `Moldova gets help to unite its rival governments

Ministers from five nations said on Monday they would help the government of Moldova train its army and police.

${before} has faced unrest since a revolt in 2011 drove its last king from the capital, Chisinau. It remains beset by armed gangs, and until recently had three rival governments.

Officials in Moldova said the help would arrive before the summer, and that Moldova would pay for none of it.

The new government took office in March after talks held in Geneva.`;
    const asked = (before: string) => everySeed(text(before), ['fill-in', 'choice', 'true-false']).filter(q => q.evidence?.text.startsWith('It remains')).map(q => q.prompt);
    expect(asked('The mountainous country').length, '"The mountainous country … It …"').to.be.above(0);
    for (const p of asked('The mountainous country')) expect(p, p).to.match(/^(?:True or false: )?Moldova remains beset by armed gangs/);
    expect(asked('Moldova').length, '"Moldova … It …"').to.be.above(0);
    for (const p of asked('Moldova')) expect(p, p).to.match(/^(?:True or false: )?Moldova remains beset by armed gangs/);
    // (Not where the sentence before opens on something else: "The decision … It …" is the decision.)
    expect(asked('The decision of the ministers')).to.deep.equal([]);
  });

  it('asks nothing of a chance a player missed ("blasted a ball off the woodwork, missing his chance")', () => {
    const text = (missed: boolean) => `Rovers beat Hawks in the cup final

Rovers beat Hawks by two goals to one in the cup final at Elm Park on Sunday, with Dan Price scoring twice.

Early in the second half, Hawks striker Tom Reyes levelled the score with a low shot from the edge of the box.

The pressure continued, and Sam Cole ${missed ? 'blasted a ball off the woodwork, missing his chance to seal the victory' : 'blasted a ball into the far corner of the net to seal the victory'} for Rovers.

Dan Price and Sam Cole were both named in the league's team of the season in May, the league said.

Tom Reyes said the Hawks would be back in the final next year.`;
    const on = (missed: boolean) => everySeed(text(missed), ['fill-in', 'choice', 'true-false']).filter(q => q.evidence?.text.startsWith('The pressure'));
    expect(on(false).length).to.be.above(0);
    expect(on(true)).to.deep.equal([]);
  });

  it('asks nothing of one play of a game report (a sack, a field goal, a loose ball picked up), and still asks who scored', () => {
    const text = (play: string) => `Rovers beat Hawks in the cup final

Rovers beat Hawks by two goals to one in the cup final at Elm Park on Sunday, with Dan Price scoring twice.

Early in the second half, Hawks striker Tom Reyes levelled the score with a low shot from the edge of the box.

In the closing minutes, ${play}.

Dan Price and Sam Cole were both named in the league's team of the season in May, the league said.

Tom Reyes said the Hawks would be back in the final next year.`;
    const on = (play: string) => everySeed(text(play), ['fill-in', 'choice', 'true-false']).filter(q => q.evidence?.text.startsWith('In the closing'));
    expect(on('Sam Cole headed in a corner to win the cup for Rovers').length, 'a goal').to.be.above(0);
    expect(on('Sam Cole was sacked by Ian Vale and fumbled the ball near the Hawks line'), 'a sack').to.deep.equal([]);
    expect(on('Rovers increased the lead with Sam Cole kicking a 30-yard field goal'), 'a field goal').to.deep.equal([]);
    expect(on('Ian Vale made a sloppy pass and Sam Cole picked up the scraps'), 'a loose ball').to.deep.equal([]);
    // (Only in a game report: a story with no win in its headline or lead may tell of a sacking.)
    const firing = `Mayor dismisses city treasurer over missing funds

Elmford city treasurer Sam Cole was sacked by Mayor Ian Vale after an audit found that 40,000 dollars were missing from the city's accounts.

Sam Cole had served as treasurer of Elmford for eleven years before the audit.

The council will appoint an interim treasurer in March, a spokesman for the mayor said.`;
    expect(everySeed(firing, ['fill-in', 'choice']).filter(q => q.evidence?.text.startsWith('Elmford city treasurer')).length, 'a sacking').to.be.above(0);
  });

  it('asks the title of a work (an album, a song), and names whose "One of her songs" it is', () => {
    const text = `Folk singer Mara Lind dies at 81

The Swedish folk singer Mara Lind died at her home in Uppsala on Friday, her family said.

Mara Lind was born in Kiruna in 1944 and moved to Stockholm with her mother at the age of twelve.

Her first album, Northern Lights, sold more than a million copies in 1969.

One of her best known songs, Winter Harbour, was played at the wedding of the Swedish crown princess.

Winter Harbour was recorded again by the band Iron Pines in 2011.

She toured with the pianist Erik Sund for thirty years.`;
    const qs = everySeed(text, ['fill-in']);
    const song = qs.filter(q => keyOf(q) === 'Winter Harbour' && q.evidence?.text.startsWith('One of her'));
    expect(song.length, 'the song').to.be.above(0);
    for (const q of song) expect(q.prompt).to.equal('One of Mara Lind’s best known songs, ___, was played at the wedding of the Swedish crown princess.');
    const album = qs.filter(q => keyOf(q) === 'Northern Lights');
    expect(album.length, 'the album').to.be.above(0);
    // (A title is typed whole: "Lights" is not the album.)
    for (const q of album) expect(q.type === 'fill-in' && q.answers).to.deep.equal(['Northern Lights']);
    // (Small words end no title: "her album Blue Harbour in the spring" is "Blue Harbour". And "plays" is a
    // verb as often as a noun: "plays Wexbury Rovers" names no work.)
    expect(analyse('She recorded her album Blue Harbour in the spring of 1980.').filter(m => m.kind === 'thing').map(m => m.text)).to.deep.equal(['Blue Harbour']);
    expect(analyse('The club from Elmford plays Wexbury Rovers in the final on Sunday.').filter(m => m.kind === 'thing')).to.deep.equal([]);
  });

  it('asks what the article calls a thing ("a method called ___"), and a key term in a sentence as it is asked, with names in full', () => {
    const text = `Engineer Karel Smit plans a barrier against the highest tides

The city council of Velmar approved a plan by the engineer Karel Smit on Monday to protect the old harbour from the highest tides.

Karel Smit was born in Delft and built sea walls in the Netherlands for thirty years.

Smit said a warning method called tidal forecasting, which the port has not used before, could give the city two days to prepare.

However, steel gates will cost the city more than the council first planned, the engineers said.

The council said such steel gates had protected the town of Elmford since 1990.

The first steel gates will be built in the spring by a firm from Rotterdam.`;
    const qs = everySeed(text, ['fill-in']);
    const called = qs.filter(q => keyOf(q) === 'tidal forecasting');
    expect(called.length, 'what it is called').to.be.above(0);
    for (const q of called) expect(q.prompt).to.equal('Karel Smit said a warning method called ___, which the port has not used before, could give the city two days to prepare.');
    // ("However," left out, the term opens the sentence.)
    const gates = qs.filter(q => q.evidence?.text.startsWith('However'));
    expect(gates.length, 'the term after "However"').to.be.above(0);
    for (const q of gates) expect(q.prompt).to.equal('___ will cost the city more than the council first planned, the engineers said.');
    // ("such steel gates" are the ones the sentence before spoke of.)
    expect(qs.filter(q => q.evidence?.text.includes('such steel gates') && keyOf(q).toLowerCase() === 'steel gates')).to.deep.equal([]);
    const piles = `Astronomers find rubble piles among the fastest asteroids

Astronomers at the University of Velmar, working with colleagues in Chile, Japan and Spain over three long years of patient observation with radar telescopes and cameras on four continents, have found that many of the fastest spinning asteroids near the Earth are not solid rocks but loose piles of dust and stones held by cohesive forces.

Cohesive forces let such loose piles spin faster than gravity alone would allow, the team said.

Anna Berg, who led the team, said the findings would help plan missions to the asteroids.

The study was published on Monday in the journal Nature, and Anna Berg will present it in Tokyo in May.`;
    expect(everySeed(piles, ['fill-in']).filter(q => keyOf(q) === 'loose piles'), '"such loose piles"').to.deep.equal([]);
  });

  it('asks a prompt of more than forty words only where the article gives too few others', () => {
    const text = (harbour: string) => `Harbour wall to protect the old town of Velmar

The city council of Velmar approved a new sea wall on Monday after the worst floods in forty years.

Mayor Lena Stahl said the wall would protect about 9,000 residents of the old town from the highest tides.

The wall will cost 80 million euros and will be built by the Dutch firm Van Oord over four years.

Lena Stahl said the council had studied the plan with engineers from Delft for two years.

${harbour} was flooded in March when the river Elmer rose by more than three metres in a single night.

Karel Smit, the chief engineer of the project, said work on the wall would begin in the spring.

The province of Zeeland will pay a third of the cost, Karel Smit said.

The storm in March destroyed 120 homes in the old town, Lena Stahl said.

Residents will be asked to vote on the colour of the wall in a public meeting in May.`;
    const on = (harbour: string) => everySeed(text(harbour), ['fill-in', 'choice', 'true-false']).filter(q => q.evidence?.text.startsWith('The old harbour'));
    expect(on('The old harbour').length, 'in 20 words').to.be.above(0);
    const long = 'The old harbour, which was built in the sixteenth century by merchants from Hamburg and rebuilt twice after the great storms of the nineteenth century,';
    expect(on(long), 'in 43 words').to.deep.equal([]);
  });

  it('asks nothing of the story\'s history told as following an earlier event ("In November, …" then "Three months later, …")', () => {
    const text = (opening: string) => `Navy patrols expand along the coast of Moldavia

The navy of Moldavia will patrol the whole of its coast from next month, the defence minister Ana Rusu said on Tuesday.

Smugglers have used the northern beaches to land weapons for militias, Ana Rusu said.

${opening} a navy frigate seized a cargo ship carrying rifles near the port of Varna.

Three months later, navy divers found several dozen crates of rifles at a beach near Balchik, officials said.

Ana Rusu said the new patrols would cost about 40 million dollars a year.`;
    const on = (opening: string) => everySeed(text(opening), ['fill-in', 'choice', 'true-false']).filter(q => q.evidence?.text.startsWith('Three months'));
    expect(on('Last week,').length, 'after a sentence of the news').to.be.above(0);
    expect(on('In November,'), 'after "In November"').to.deep.equal([]);
    expect(on('In 2015,'), 'after "In 2015"').to.deep.equal([]);
  });

  it('leaves out of a prompt what says nothing read later (a day of the week, unused initials in brackets, a conversion, who said it at the end) and names the headline\'s event by its place', () => {
    const bill = `President signs bill to merge the Northern Tribal Areas with Upper Valley

On Thursday, Moldovan President Omar Saleh signed a bill to merge the Northern Tribal Areas (NTA) with the neighbouring province of Upper Valley (UV).

Under the new law, voters in NTA will elect 21 members of the national assembly in May, Omar Saleh said.`;
    const signed = everySeed(bill).filter(q => q.evidence?.text.startsWith('On Thursday'));
    expect(signed.length, 'questions on the bill').to.be.above(0);
    for (const q of signed) expect(q.prompt).to.equal('Moldovan President ___ signed a bill to merge the Northern Tribal Areas with the neighbouring province of Upper Valley.');
    const crash = `Railway workers killed in train collision in Ohio

Two railway workers were killed and 40 passengers were hurt when a passenger train hit a parked freight train near Dayton early on Sunday, the railway said.

The collision happened at about 2:35 am local time (0735 UTC) at a switching yard in the small city of Marlow.

The railway said the freight train had been parked on a siding with nobody on board.`;
    const prompts = everySeed(crash, ['fill-in', 'choice', 'true-false']).map(q => q.prompt);
    expect(prompts).to.include('___ railway workers were killed and 40 passengers were hurt when a passenger train hit a parked freight train near Dayton.');
    expect(prompts).to.include('The collision in Ohio happened at about 2:35 am local time at a switching yard in the small city of ___.');
  });

  it('asks "Who said …?" without an aside on what was spoken of, and with the government of a one-country story named', () => {
    const text = `Ministers back Moldova's new government

Foreign Minister Clara Holt said the fledgling government, which arrived by boat from neighbouring Romania on March 31, "is the only body that can unify the country."

White House spokesman Ivo Brandt said the decision to arm the new government marked "the start of a process, not the end of it."

Defence Minister Lena Sova said: "The border guards in Moldova will get new radios and new trucks this year."

Clara Holt said: "Nobody expects the fighting in the hills of Moldova to end before the winter comes."`;
    const prompts = everySeed(text, ['who-said']).map(q => q.prompt);
    expect(prompts).to.include('Who said Moldova’s fledgling government “is the only body that can unify the country”?');
    expect(prompts).to.include('Who said the decision to arm Moldova’s new government marked “the start of a process, not the end of it”?');
    // (Words inside a quotation stay as they were said.)
    expect(everySeed(text.replace('arm the new government marked "the start', 'arm it marked "the start of the new government and'), ['who-said']).map(q => q.prompt).some(p => p.includes('“the start of the new government and'))).to.equal(true);
  });

  it('names the game a part of it belongs to ("In the second quarter of Prairie Bowl 12, …")', () => {
    const game = `Prairie Bowl 12: Hawks beat Rovers 24–10

The Hawks beat the Rovers 24–10 in Prairie Bowl 12 at Elm Park on Sunday to win their third title.

In the second quarter, the Hawks scored a touchdown when running back Jon Bell jumped over the goal line.

Quarterback Sam Cole of the Rovers threw for 210 yards, but Jon Bell was named the most valuable player.`;
    const prompts = everySeed(game).map(q => q.prompt);
    expect(prompts).to.include('In the second quarter of Prairie Bowl 12, the Hawks scored a touchdown when running back ___ jumped over the goal line.');
  });

  it('asks how many died or were hurt in the headline\'s event by its place, where the sentence names none', () => {
    const text = (title: string) => `${title}

Two railway workers were killed and 40 passengers were hurt when a passenger train hit a parked freight train.

The collision happened at about 2:35 am local time at a switching yard in the small city of Marlow.

The railway said the freight train had been parked on a siding with nobody on board.`;
    const asked = (title: string) => [...new Set(SEEDS.flatMap(seed => generateQuestionSet(text(title), { count: 20, seed, kinds: ['how-many'] }).questions.map(q => q.prompt)))];
    expect(asked('Railway workers killed in train collision in Ohio')).to.deep.equal(['How many railway workers were killed in the collision in Ohio?']);
    // (A headline that puts the event nowhere leaves the question as it was.)
    expect(asked('Railway workers killed as trains collide')).to.deep.equal(['How many railway workers were killed?']);
  });

  it('offers no place where the article has the same thing done ("jets killed … in ___" does not offer a town where jets killed someone else)', () => {
    const text = (verb: string) => `U.S. jets strike militants in Moldova

U.S. jets killed several dozen foreign fighters at a training camp in Soroca, officials in Chisinau said on Friday.

In November, F-15 jets ${verb} a militant commander near the northern city of Balti.

Militants hold a strip of land near Orhei, and more of them have camps near Cahul.

The government in Chisinau has asked the United Nations for more help against the militants in Soroca.`;
    const offered = (verb: string) => everySeed(text(verb)).filter(q => keyOf(q) === 'Soroca').flatMap(options);
    expect(offered('arrested')).to.include('Balti');
    expect(offered('killed')).not.to.include('Balti');
  });

  it('mends a clause set against one in the past perfect into the same tense ("had lost …, while the Hawks had won")', () => {
    const text = (verb: string) => `Prairie Bowl 12: Hawks beat Rovers 24–10

The Hawks beat the Rovers 24–10 in Prairie Bowl 12 at Elm Park to win their third title in ten years.

Entering Prairie Bowl 12, the Rovers had lost only once in the season, while the Hawks ${verb} 11 of their 16 games.

Quarterback Sam Cole of the Rovers threw for 210 yards, but Jon Bell of the Hawks was named the most valuable player.`;
    const asked = (verb: string) => everySeed(text(verb), ['fill-in', 'choice', 'true-false']).filter(q => q.evidence?.text.startsWith('Entering')).map(q => q.prompt);
    expect(asked('won').length).to.be.above(0);
    for (const p of asked('won')) expect(p, p).to.match(/, while the Hawks had won (?:___|\d+) of their 16 games\.$/);
    // (A clause already in the past perfect, or in the present, is left as it is.)
    expect(asked('have won').length).to.be.above(0);
    for (const p of asked('have won')) expect(p, p).to.match(/, while the Hawks have won (?:___|\d+) of their 16 games\.$/);
  });

  it('asks no quotation whose next sentence turns it round ("I was expecting … Instead we found the opposite!")', () => {
    const text = (next: string) => `Comet turns out to be a loose pile of rubble

Astronomers at the Lakeview Observatory found that the comet Tarsk-4 is a loose pile of rubble held together by weak forces.

Omar Haddad explained: "I was expecting to find a dense metal comet that would need no other force to hold it together. ${next}"

Lena Sova, who was not part of the study, said: "The result will change how we plan missions to small comets like this one."

David Brandt, who also studies comets, said: "We will watch the comet again in March, when it comes closer to the Sun."`;
    const asked = (next: string) => everySeed(text(next), ['who-said', 'fill-in']).map(q => q.prompt);
    expect(asked('That is just what we found.').some(p => p.includes('I was expecting to find a dense metal comet'))).to.equal(true);
    expect(asked('Instead we found the opposite!').some(p => p.includes('I was expecting to find a dense metal comet'))).to.equal(false);
  });

  it('asks no figure in a compound unit of science ("a grain density of 3.55 g/cm³")', () => {
    const text = (unit: string) => `Researchers find the comet Tarsk-4 is made of metal

Researchers found that the comet has a density of 5.2 ${unit}, like the metal meteorites found in deserts.

The comet spins once every two hours, the Lakeview Observatory said on Monday.

Omar Haddad of the Lakeview Observatory said the comet was about 12 kilometres wide.`;
    const keys = (unit: string) => everySeed(text(unit), ['fill-in', 'choice', 'true-false']).filter(q => !q.prompt.startsWith('True or false')).map(keyOf);
    expect(keys('g/cm³')).not.to.include('5.2');
    expect(keys('times that of water')).to.include('5.2');
  });

  it('asks nothing the headline above the quiz states, offers no number its bounds rule out, and trims what follows a semicolon', () => {
    const text = (title: string) => `${title}

Two railway workers were killed and at least 40 passengers were hurt when a passenger train hit a parked freight train near Marlow.

A spokesman for the county, Tom Reyes, gave a count of 116 injured, up from an initial report of 70; according to the fire service, injuries ranged from cuts to broken bones.

The railway said the freight train had been parked on a siding with nobody on board, and that the line would stay shut for a week.`;
    const qs = (title: string) => everySeed(text(title), ['fill-in', 'choice', 'how-many']);
    // ("Two killed" above "How many railway workers were killed?" gives the answer.)
    expect(qs('Trains collide near Marlow').some(q => keyOf(q) === 'Two')).to.equal(true);
    expect(qs('Two killed, more than a hundred injured as trains collide').some(q => keyOf(q) === 'Two')).to.equal(false);
    // ("More than a hundred injured" rules out any count below 100.)
    const count = qs('Two killed, more than a hundred injured as trains collide').filter(q => keyOf(q) === '116');
    expect(count.length).to.be.above(0);
    for (const q of count) {
      expect(q.prompt).to.equal('A spokesman for the county, Tom Reyes, gave a count of ___ injured, up from an initial report of 70.');
      for (const o of options(q)) expect(Number(o), o).to.be.above(100);
    }
    // (Nor a number of people aboard below the hundred it says were hurt.)
    const aboard = everySeed(text('Two killed, more than a hundred injured as trains collide').replace('A spokesman for the county', 'The passenger train, with 139 passengers and eight crew members aboard, hit the freight train head-on.\n\nA spokesman for the county'), ['choice']).filter(q => keyOf(q) === '139');
    expect(aboard.length).to.be.above(0);
    for (const q of aboard) for (const o of options(q)) expect(Number(o), `${o} of ${options(q).join(', ')}`).to.be.above(100);
  });

  it('names "The game" of a report by the game its lead names with its number, and asks nothing of it otherwise', () => {
    const text = (lead: string) => `Hawks beat Rovers to take the title

On Sunday, the Hawks beat the Rovers ${lead} by a score of 24–10 in front of a full house.

The game, played at Ridge Park in the city of Dayton, marked the Hawks' third title in ten years.

Entering the game, quarterback Sam Cole of the Rovers had thrown 31 touchdown passes this season.

Receiver Jon Bell caught two passes for touchdowns in the second half for the Hawks.`;
    const named = everySeed(text('in Prairie Bowl 12'), ['fill-in', 'choice', 'true-false']).filter(q => q.evidence?.text.startsWith('The game'));
    expect(named.length).to.be.above(0);
    // (Its aside, "played at Ridge Park …", is trimmed as clutter: see the rule on asides.)
    for (const q of named) expect(q.prompt, q.prompt).to.match(/^(?:True or false: )?Prairie Bowl 12 marked /);
    // (And "the game" inside a sentence.)
    const entering = everySeed(text('in Prairie Bowl 12'), ['fill-in', 'choice', 'true-false']).filter(q => q.evidence?.text.startsWith('Entering'));
    expect(entering.length).to.be.above(0);
    for (const q of entering) expect(q.prompt, q.prompt).to.match(/^(?:True or false: )?Entering Prairie Bowl 12, quarterback/);
    // (Which game, where the lead does not say? The sentence does not stand alone.)
    expect(everySeed(text('at home'), ['fill-in', 'choice', 'true-false']).some(q => q.evidence?.text.startsWith('The game'))).to.equal(false);
  });

  it('takes a first name before a possessive surname for the whole name: "Graham Gano’s 44-yard field goal"', () => {
    const people = (t: string) => analyse(t).filter(m => m.kind === 'person').map(m => m.text);
    expect(people(`In the second half, the Rovers had a chance, but kicker Graham Gano's 44-yard field goal attempt hit the post. Later the Rovers took advantage with Gano's 39-yard kick.`)).to.deep.equal(['Graham Gano', 'Gano']);
    expect(people(`The Hawks scored first with Brandon McManus' 34-yard field goal. Afterwards, the Hawks scored with McManus kicking a 30-yard field goal.`)).to.deep.equal(['Brandon McManus', 'McManus']);
  });

  it('offers no figure that a bound the article sets rules out: "more than 4000°C"', () => {
    const text = `Astronomers find the hottest planet yet

Astronomers in Ohio said on Monday that the planet Vela-7b is the hottest gas giant found so far.

The astronomers say the surface temperature of Vela-7b is more than 4000°C, nearly as hot as its star.

Due to tidal locking, the side of Vela-7b facing its star is roughly 4300°C, the hottest side of any known planet.

The planet takes about two days to orbit its star, which is about 650 light years from the Earth.`;
    const hot = everySeed(text, ['choice']).filter(q => q.prompt.includes('roughly ___°C'));
    expect(hot.length).to.be.above(0);
    for (const q of hot) for (const o of options(q)) expect(Number(o), o).to.be.at.least(4000);
    // (A bound the key does not keep rules nothing out: it is of something else.)
    const other = text.replace('more than 4000°C', 'more than 5000°C');
    expect(everySeed(other, ['choice']).some(q => q.prompt.includes('roughly ___°C') && options(q).some(o => Number(o) < 5000))).to.equal(true);
  });
});

describe('splitSentences and words that are also abbreviations', () => {
  it('does not end a sentence at initials before a name: "V.K. Verma"', () => {
    const texts = splitSentences('Officials met on Monday. V.K. Verma, the president of the association, spoke first. He lives in the U.S. The team left.').map(s => s.text);
    expect(texts).to.deep.equal(['Officials met on Monday.', 'V.K. Verma, the president of the association, spoke first.', 'He lives in the U.S.', 'The team left.']);
  });

  it('ends a sentence at "the Sun." but not at "Sun. Jan. 5" or "No. 7"', () => {
    const texts = splitSentences('The planet is nearly as hot as the Sun. The planet takes two days to go round its star. It was Sun. Jan. 5 and No. 7 won.').map(s => s.text);
    expect(texts).to.deep.equal(['The planet is nearly as hot as the Sun.', 'The planet takes two days to go round its star.', 'It was Sun. Jan. 5 and No. 7 won.']);
  });

});

describe('generator rules: who and what a sentence names', () => {
  it('never asks what a bystander said ("Passenger Derek Pettaway said")', () => {
    const text = `Passenger train hits a parked freight train in the valley

Two railway workers were killed when a passenger train hit a parked freight train near the small town of Cayce on Sunday.

Passenger Derek Pettaway said, "The staff cleared everyone from the train in minutes, and nobody panicked at all."

Robert Sumwalt, chairman of the safety board, said the train had been sent onto a side track by a switch "locked in place with a heavy padlock".

The train, with 139 passengers and eight crew members aboard, was running from New York to Miami when it left the main line.

County spokesman Harrison Cahill said 116 people had been taken to hospitals in the area by the evening.

Governor Henry McMaster said the state would pay for the repairs to the line, which carries 40 trains a week.`;
    const said = (t: string) => everySeed(t, ['who-said', 'choice', 'fill-in']).filter(q => q.prompt.includes('nobody panicked'));
    expect(said(text).map(q => q.prompt)).to.deep.equal([]);
    // (The same words from someone with a part in the news are asked.)
    expect(said(text.replace('Passenger Derek Pettaway', 'Engineer Derek Pettaway')).length).to.be.above(0);
  });

  it('reads "the city" as the town the sentence names before it, and asks "Some 5,000" as "About how many"', () => {
    const text = `Japan remembers the bombing of Nagasaki

Bells rang across the south of Japan on Sunday morning as the country marked a day of mourning.

Some 5,000 people gathered in Nagasaki on Sunday to remember the atomic bombing of the city in 1945.

Prime Minister Taro Aso said Japan would never make or allow nuclear weapons on its soil.

Volunteers folded 1,200 paper cranes for the peace park, where they hung from the trees all week.

A similar ceremony was attended by 50,000 people in Hiroshima on Thursday of the same week.`;
    const gathered = (t: string) => everySeed(t, ['fill-in', 'choice', 'how-many']).filter(q => q.prompt.includes('gathered'));
    expect(gathered(text).length, 'named: "in Nagasaki … of the city"').to.be.above(0);
    const counts = everySeed(text, ['how-many']).map(q => q.prompt.replace(/ ___$/, ''));
    expect(counts).to.include('About how many people gathered in Nagasaki on Sunday to remember the atomic bombing of the city in 1945?');
    expect(gathered(text.replace('gathered in Nagasaki on Sunday', 'gathered on Sunday')).length, 'unnamed: which city?').to.equal(0);
  });

  it('asks for the player a game report names most, unless its headline names them', () => {
    const text = `Westford lift the cup at Elm Park

Westford FC beat Kingsley FC by two goals to one in the cup final at Elm Park on Saturday.

Kingsley went ahead after 12 minutes when Carl Dunn headed in a corner from the right.

Westford struck back quickly, as Sam Okoro was played in by a long ball from Jon Bell and scored.

Dan Price, Jon Bell and Sam Okoro all had chances to win the game before the break.

Sam Okoro headed in the winning goal in the last minute, his 28th of the season for the club.

Captain Tom Reyes lifted the cup in front of the Westford fans after the final whistle.

Okoro said he was proud of his team-mates, and he thanked his family for their support this season.`;
    const okoro = (t: string) => everySeed(t).filter(q => keyOf(q) === 'Sam Okoro');
    expect(okoro(text).length, 'in a game report').to.be.above(0);
    // (Nor on the pass he was played in by: build-up, one play of the game.)
    expect(everySeed(text).filter(q => q.prompt.includes('played in')).map(q => q.prompt)).to.deep.equal([]);
    // (Where no side beat another the story is no game report, and the person it names most is its subject.)
    expect(okoro(text.replace('beat Kingsley FC by two goals to one', 'met Kingsley FC')).length, 'in a story about him').to.equal(0);
  });

  it('offers parties for a party, whatever each calls itself, and takes a faction\'s letter as part of its name', () => {
    const text = `President signs bill to merge the tribal areas with the province

On Thursday, the president signed a bill to merge the tribal areas with the neighbouring province after a long debate.

The merger bill was proposed by the Pakistan Muslim League-Nawaz, and passed with 229 votes to one in the National Assembly.

The Jamiat Ulema-e Islam (F) and Pashtunkhwa Milli Awami Party were the two parties to oppose the merger in the assembly.

The province is to have 55 seats in the National Assembly, and the tribal areas will elect 21 members to the provincial assembly.`;
    expect(analyse(text).filter(m => m.kind === 'organization').map(m => m.text)).to.include.members(['Jamiat Ulema-e Islam (F)', 'Pashtunkhwa Milli Awami Party']);
    const proposed = everySeed(text, ['choice']).filter(q => q.prompt.startsWith('The merger bill was proposed by the ___'));
    expect(proposed.length).to.be.above(0);
    for (const q of proposed) {
      expect(keyOf(q)).to.equal('Pakistan Muslim League-Nawaz');
      // (Not the National Assembly, a body of another kind.)
      expect(options(q)).to.have.members(['Pakistan Muslim League-Nawaz', 'Jamiat Ulema-e Islam (F)', 'Pashtunkhwa Milli Awami Party']);
    }
  });

  it('never asks what a source first named in the story\'s last third said, even to make up the first questions', () => {
    const text = `Researchers find an asteroid held together by weak forces

A team of researchers from the University of Tennessee has found that the asteroid 1950 DA is held together by van der Waals forces.

The study, published in the journal Nature on Wednesday, used radar images taken over twelve years.

Ben Rozitis, a co-author of the study, said: "We found a low-density rubble pile that should not be able to hold itself together."

Daniel Scheeres, who studies asteroids at the University of Colorado, said: "Mining missions will have to plan for loose piles of rock like this one."

The asteroid spins once every 2.1 hours, faster than any loose pile of rock could without such forces.

Bong Wie, an aerospace engineer at Iowa State University, noted: "I just hope that an asteroid heading for the Earth will not be spinning fast."`;
    const qs = everySeed(text, ['who-said', 'choice', 'fill-in']);
    expect(qs.filter(q => q.prompt.includes('Mining missions')).length, 'a source named earlier').to.be.above(0);
    expect(qs.filter(q => q.prompt.includes('I just hope')).map(q => q.prompt)).to.deep.equal([]);
  });

  it('asks words that only paint the scene ("barely recognizable", "a horrible thing to see") only where little else is', () => {
    const text = `Passenger train hits a parked freight train in the valley

Two railway workers were killed when a passenger train hit a parked freight train near the small town of Cayce on Sunday.

Governor Henry McMaster said the engine was "barely recognizable" and called the wreck "a horrible thing to see".

Robert Sumwalt, chairman of the safety board, said the train had been sent onto a side track by a switch "locked in place with a heavy padlock".

The train, with 139 passengers and eight crew members aboard, was running from New York to Miami when it left the main line.

County spokesman Harrison Cahill said 116 people had been taken to hospitals in the area by the evening.

Railway chief Richard Anderson said, "We will pay for the repairs to the line and for the care of every passenger who was hurt."`;
    const governor = (t: string) => everySeed(t, ['who-said', 'choice', 'fill-in']).filter(q => q.prompt.startsWith('Governor ___') || keyOf(q) === 'Henry McMaster');
    expect(governor(text).map(q => q.prompt)).to.deep.equal([]);
    const plain = text.replace('said the engine was "barely recognizable" and called the wreck "a horrible thing to see"', 'said the state would "pay for every hospital bed" and called for "a full inquiry into the switch"');
    expect(governor(plain).length, 'what the governor said the state would do').to.be.above(0);
  });

  it('takes "the joint decision" for a decision told of before, as "the decision"', () => {
    const text = `Libya to get weapons from world powers

World powers agreed on Monday to send weapons and trainers to the new unity government of Libya.

Secretary of State John Kerry announced the joint decision after talks with the Libyan prime minister and diplomats from twenty countries in Vienna.

Islamic State militants have seized a strip of the central coastline near Sirte, the group's stronghold in the country.`;
    const announced = (t: string) => everySeed(t).filter(q => (q.evidence?.text ?? '').includes('announced'));
    expect(announced(text).map(q => q.prompt)).to.deep.equal([]);
    expect(announced(text.replace('announced the joint decision after', 'announced a plan to train the army after')).length, '"a plan to train the army"').to.be.above(0);
  });

  it('does not ask the age of something beside the story\'s subject ("The planet\'s star is about 300 million years old")', () => {
    const text = `Astronomers find the hottest gas giant planet known

Astronomers at Ohio State University have found a gas giant planet that is hotter than most stars.

The planet's star is about 300 million years old and twice as hot as the Sun.

The planet's surface temperature is more than 4000°C, nearly as hot as the surface of the Sun.

The team used two small telescopes, one in Arizona and one in South Africa, to watch the star for eight years.`;
    const star = (t: string) => everySeed(t).filter(q => keyOf(q) === '300');
    expect(star(text).map(q => q.prompt)).to.deep.equal([]);
    expect(star(text.replace('about 300 million years old', 'about 300 light years from the Earth')).length, 'its distance').to.be.above(0);
  });
});

