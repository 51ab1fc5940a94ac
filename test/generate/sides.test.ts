import { expect } from '@open-wc/testing';
import { analyse, sidesOf, splitSentences } from '../../src/generate/index.js';

/** Who plays for which side of a report, by name: "Hawks" or "Rovers" for the two sides of the headline. */
function sides(title: string, body: string): Record<string, string> {
  const sentences = splitSentences(body);
  const mentions = analyse(body);
  const names = [...new Set(mentions.filter(m => m.kind === 'person').map(m => m.text))];
  const full = (n: string) => names.find(p => p !== n && p.endsWith(` ${n}`)) ?? n;
  const [first, second] = title.split(/\s+(?:beat|defeat)\s+/);
  return Object.fromEntries([...sidesOf(title, sentences, mentions, full)].map(([name, side]) => [name, side === 0 ? first! : second!]));
}

describe('sidesOf', () => {
  const body = `On Sunday, the Hawks beat the Rovers by 24 points to 10 in the league final at Elm Park.
The Hawks fielded their strongest side, including Dan Price, Jon Bell and Tom Reyes.
Early in the game, Rovers quarterback Sam Cole lost the ball near the halfway line.
In the second quarter, the Hawks scored again when receiver Lee Moss caught a long pass.
Carl Dunn of the Rovers kicked a field goal before the half.
In the last minute, Tom Reyes forced Omar Haddad to fumble, and Moss fell on the ball.
Later, Ben Okafor was sacked by Jon Bell near the line.
Coach Ruth Vance watched from the stand.`;

  it('tells from the article who plays for which side', () => {
    expect(sides('Hawks beat Rovers', body)).to.deep.equal({
      'Dan Price': 'Hawks',
      'Jon Bell': 'Hawks',
      'Tom Reyes': 'Hawks',
      'Sam Cole': 'Rovers',
      'Lee Moss': 'Hawks',
      'Carl Dunn': 'Rovers',
      // (Forced to fumble by a Hawk, sacked by a Hawk: Rovers.)
      'Omar Haddad': 'Rovers',
      'Ben Okafor': 'Rovers',
    });
  });

  it('finds the sides in the first sentence where the headline has none, and none where neither has a win', () => {
    expect(sidesOf('League final at Elm Park', splitSentences(body), analyse(body), n => n).get('Dan Price')).to.equal(0);
    const calm = body.replace('the Hawks beat the Rovers by 24 points to 10 in', 'the Hawks and the Rovers met in');
    expect([...sidesOf('League final at Elm Park', splitSentences(calm), analyse(calm), n => n)]).to.deep.equal([]);
  });

  it('leaves on no side someone the article places on both, and a word both sides share', () => {
    const both = `${body}\nSam Cole of the Hawks said he was sorry.`;
    expect(sides('Hawks beat Rovers', both)['Sam Cole']).to.equal(undefined);
    const city = sides('Manchester City beat Manchester United', 'Manchester City beat Manchester United at home. Manchester keeper Tom Reyes saved a penalty. United striker Sam Cole scored once.');
    expect(city['Tom Reyes']).to.equal(undefined);
  });
});
