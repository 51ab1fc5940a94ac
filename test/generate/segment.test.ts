import { expect } from '@open-wc/testing';
import { splitParagraphs, splitSentences } from '../../src/generate/index.js';

const texts = (t: string) => splitSentences(t).map(s => s.text);

describe('splitParagraphs', () => {
  it('splits at blank lines and keeps offsets into the text', () => {
    const t = '  First line\nstill first.\n\n\nSecond.\r\n \r\nThird.';
    const ps = splitParagraphs(t);
    expect(ps.map(p => p.text)).to.deep.equal(['First line\nstill first.', 'Second.', 'Third.']);
    for (const p of ps) expect(t.slice(p.start, p.end)).to.equal(p.text);
  });

  it('returns nothing for empty or blank text', () => {
    expect(splitParagraphs('')).to.deep.equal([]);
    expect(splitParagraphs(' \n\n \t')).to.deep.equal([]);
  });
});

describe('splitSentences', () => {
  it('does not split after U.S., U.N., Dr., Jan. or an initial', () => {
    expect(texts('The U.S. government and the U.N. Security Council met. Dr. Smith spoke on Jan. 5 with John F. Kennedy Jr. present.')).to.deep.equal([
      'The U.S. government and the U.N. Security Council met.',
      'Dr. Smith spoke on Jan. 5 with John F. Kennedy Jr. present.',
    ]);
  });

  it('ends a sentence at U.S. when a new sentence follows', () => {
    expect(texts('Aid comes from the U.S. The plan starts now.')).to.deep.equal(['Aid comes from the U.S.', 'The plan starts now.']);
  });

  it('keeps closing quotes with their sentence and splits between quoted sentences', () => {
    expect(texts('“We’re not talking about intervention,” he said. “We’re talking about training.” Kerry agreed.')).to.deep.equal([
      '“We’re not talking about intervention,” he said.',
      '“We’re talking about training.”',
      'Kerry agreed.',
    ]);
  });

  it('does not split decimals, web addresses or lower-case continuations', () => {
    expect(texts('Growth was 3.5 percent, says example.com today. Really? yes, really! Done…')).to.deep.equal([
      'Growth was 3.5 percent, says example.com today.',
      'Really? yes, really!',
      'Done…',
    ]);
  });

  it('joins lines of one paragraph; a blank line ends a sentence without a mark', () => {
    expect(texts('The U.S. government and\nits allies agreed.\n\nU.S. backs Libya\n\nThe U.S. said so.')).to.deep.equal([
      'The U.S. government and\nits allies agreed.',
      'U.S. backs Libya',
      'The U.S. said so.',
    ]);
  });

  it('ends a list item or its lead-in at the line break', () => {
    expect(texts('The complaint says the firm did this:\nforced partners to boycott launches;\nthreatened customers.')).to.deep.equal([
      'The complaint says the firm did this:',
      'forced partners to boycott launches;',
      'threatened customers.',
    ]);
  });

  it('gives offsets that point at the sentence in the original text, and the paragraph index', () => {
    const t = 'Kerry spoke in Vienna.  He said yes.\n\nSerraj welcomed it.';
    const ss = splitSentences(t);
    expect(ss.map(s => s.paragraph)).to.deep.equal([0, 0, 1]);
    for (const s of ss) expect(t.slice(s.start, s.end)).to.equal(s.text);
  });

  it('handles text without any sentence mark, emoji and right-to-left text', () => {
    expect(texts('no marks at all')).to.deep.equal(['no marks at all']);
    expect(texts('مرحبا بالعالم. هذا اختبار.')).to.deep.equal(['مرحبا بالعالم. هذا اختبار.']);
    expect(texts('Fans cheered 🎉. The end.')).to.deep.equal(['Fans cheered 🎉.', 'The end.']);
  });
});
