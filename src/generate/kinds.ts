/**
 * Questions that are not a blank in the article's sentence: "Who is …?" from the roles the article
 * gives people ("White House spokesman Josh Earnest", "Josh Earnest, the White House spokesman,"),
 * "What is …?" from what it calls named things ("KELT-9 is a blue A-type star"), and
 * "How many …?" from a quantity in a sentence simple enough to turn into a question ("the barrier
 * would protect about 9,000 residents" → "About how many residents would the barrier protect?").
 * Rules on the sentence's words, no parser: a sentence that does not fit a pattern gives no question,
 * rather than a garbled one. No DOM.
 */
import { wordValue, type Mention } from './analyse.js';
import type { Sentence } from './segment.js';
import { DEMONYM, FUNCTION_WORDS, VERB, norm } from './words.js';

/** Nouns that name a person's role. */
export const ROLE_NOUN =
  '(?:spokesman|spokeswoman|spokesperson|press secretary|secretary of state|secretary-general|secretary|prime minister|foreign minister|defen(?:c|s)e minister|finance minister|interior minister|minister|vice president|president|chancellor|senator|governor|mayor|judge|chief justice|justice|general|colonel|captain|skipper|coach|manager|chief executive|chief|ceo|chairman|chairwoman|chair|director|leader|ruler|dictator|commander|founder|professor|researcher|scientist|astronomer|astrophysicist|author|singer|actor|lawyer|attorney|prosecutor|ambassador|envoy|king|queen|prince|princess|pope|editor|analyst|economist|head|owner|striker|goalkeeper|quarterback|referee|engineer|keeper|architect|publicist|preacher|pianist|composer|kicker|linebacker|defender|midfielder|officer|doctor|teacher|planetary scientist)';

/** A pattern of lower-case words that also matches them capitalised, word by word ("Prime Minister"). */
const anyCase = (pattern: string) => pattern.replace(/\b[a-z]/g, c => `[${c}${c.toUpperCase()}]`);

/** The role right before a name: "White House spokesman ", "Libyan Prime Minister ", "longtime ruler ". */
const ROLE_BEFORE = new RegExp(
  `(?:^|[\\s,(“"])((?:[\\p{Lu}][\\p{L}.'’-]*\\s+)(?:(?:[\\p{Lu}][\\p{L}.'’-]*|[\\p{Ll}]{3,}|of|the|and)\\s+){0,3}${anyCase(ROLE_NOUN)}|(?:[\\p{Ll}]{4,}\\s+)${anyCase(ROLE_NOUN)}),?\\s+$`,
  'u',
);
/**
 * The role right after a name: ", the White House spokesman," / ", a researcher at NASA," / ",
 * chairman of the National Transportation Safety Board," / ", an aerospace engineer at Iowa State
 * University in Ames,".
 */
const ROLE_AFTER = new RegExp(
  `^,\\s+(?:(?:the|a|an)\\s+)?((?:[\\p{L}.'’-]+\\s+){0,4}?${anyCase(ROLE_NOUN)}(?:\\s+(?:of|at|for)\\s+(?:the\\s+)?[\\p{Lu}][\\p{L}.'’-]*(?:\\s+(?:of\\s+)?[\\p{Lu}][\\p{L}.'’-]*){0,4})?)(?:\\s+in\\s+[\\p{Lu}][\\p{L}.'’-]*)?\\s*(?:,|\\s+and\\b)`,
  'u',
);
const FUNCTION_WORD = /^(?:the|a|an|and|or|but|of|in|on|at|by|for|from|with|to|as|said|says|told|when|while|after|before|since|former|then)$/i;

export interface Special {
  sentence: Sentence;
  /** The answer, as a mention (its offsets are where the sentence gives it). */
  key: Mention;
  prompt: string;
  distractors: string[];
  ask: 'who-is' | 'what-is' | 'how-many';
  /** For "Who is …?": the person asked about. */
  about?: string;
  /** For "How many": the number before its noun, and the words around it (for distractors). */
  number?: { value: number; before: string; after: string };
}

/** Every person of the article with the role a sentence gives them: one role per person, the first. */
export function roles(sentences: Sentence[], mentions: Mention[]): { person: Mention; role: string; sentence: Sentence }[] {
  const out: { person: Mention; role: string; sentence: Sentence }[] = [];
  let i = 0;
  for (const sentence of sentences) {
    for (; i < mentions.length && mentions[i]!.start < sentence.end; i++) {
      const m = mentions[i]!;
      if (m.kind !== 'person' || m.start < sentence.start || m.text.split(/\s+/).length < 2) continue;
      const before = sentence.text.slice(0, m.start - sentence.start);
      const after = sentence.text.slice(m.end - sentence.start);
      let role = ROLE_BEFORE.exec(before)?.[1] ?? ROLE_AFTER.exec(after)?.[1];
      if (!role) continue;
      // (Not over another person's name: "… deputy mayor Lena Stahl and chief engineer Karel Smit" makes
      // Karel Smit the chief engineer.)
      const from = sentence.start + before.lastIndexOf(role);
      const over = mentions.filter(p => p !== m && p.kind === 'person' && p.start < m.start && p.end > from).at(-1);
      // (Nor the verb between them: "Karim Haddad met White House spokesman Josh Earnest".)
      if (over) role = sentence.text.slice(over.end - sentence.start, m.start - sentence.start).replace(/^[\s,]*/, '').replace(/^(?:\p{Ll}+\s+)+/u, lead => {
        const words = lead.trim().split(/\s+/);
        const verb = words.length - 1 - [...words].reverse().findIndex(w => VERB.test(w));
        return verb >= words.length ? lead : words.slice(verb + 1).map(w => `${w} `).join('');
      });
      role = role.replace(/^(?:(?:the|a|an|and|of)\s+)+/i, '').replace(/[\s,]+$/, '').trim();
      const words = role.split(/\s+/);
      // "said spokesman" or "When spokesman" are not roles; nor is a lone noun ("leader": of what?).
      if (words.length < 2 || FUNCTION_WORD.test(words[0]!) || words.length > 9) continue;
      // Nor a clause that ends in a role ("Broncos scored again when linebacker").
      if (words.some(w => /^(?:when|again|then|after|before|while|as|so|but|also|that|who|which)$/.test(w) || /^\p{Ll}+ed$/u.test(w))) continue;
      if (out.some(r => r.person.text === m.text)) continue;
      out.push({ person: m, role, sentence });
    }
  }
  return out;
}


/** The role nouns of a role, anywhere in it ("Prime Minister", "chairman"). */
const ROLE_WORDS = new RegExp(`\\b${anyCase(ROLE_NOUN)}\\b`, 'gu');
/** Bodies a role may name that belong to one nation: "White House spokesman" is American. */
const NATIONAL_BODY: [RegExp, string][] = [
  [/^(?:White House|Pentagon|State Department|U\.?S\.?|US|American)\b/u, 'american'],
  [/^(?:Downing Street|Whitehall|U\.?K\.?|UK|British)\b/u, 'british'],
  [/^Kremlin\b/u, 'russian'],
];

/** The nation a role names ("Libyan prime minister": libyan; "Pentagon spokesman": american), if any. */
function nationOf(role: string): string | undefined {
  const first = role.split(/\s+/)[0]!;
  return NATIONAL_BODY.find(([body]) => body.test(role))?.[1] ?? (DEMONYM.test(first) ? first.toLowerCase() : undefined);
}

/** What a role says past its noun: " of the National Transportation Safety Board", " at Iowa State University". */
const QUALIFIED = /\s+(?:of|at|for)\s+(?:the\s+)?\p{Lu}.*$/u;

/**
 * A role as the answer to "Who is …?": its role nouns in lower case, as a role reads without a name after
 * it ("Libyan prime minister", "secretary of state"), and a common word that opened the sentence too
 * ("City council leader" is "city council leader"); names keep their capitals ("White House spokesman").
 */
function asRole(role: string, sentenceStart: boolean, proper: Set<string>): string {
  const lower = role.replace(ROLE_WORDS, w => w.toLowerCase());
  const [first, next] = lower.split(/\s+/) as [string, string | undefined];
  // (A name of two capitalised words stays one: "Harbour Board chairman", "White House spokesman".)
  const name = !!next && /^\p{Lu}/u.test(next);
  return sentenceStart && !name && !proper.has(first) && !DEMONYM.test(first) ? lower.replace(/^\p{Lu}(?=\p{Ll})/u, c => c.toLowerCase()) : lower;
}

/**
 * "Who is Josh Earnest?": the answer is the role, the distractors are the roles of other people, in the
 * key's form: where the key says only what someone is ("planetary scientist"), so do they
 * ("aerospace engineer", not "aerospace engineer at Iowa State University", which would make the key the
 * odd one out); where that leaves fewer than two, no question. `ofNote` says whose roles may be offered
 * (not those of people named once in passing: "longtime ruler" of a ruler long dead).
 */
export function whoIs(sentences: Sentence[], mentions: Mention[], ofNote?: (person: string) => boolean): Special[] {
  // (Words the article capitalises inside a sentence are names: "Senate" of "passed the Senate".)
  const proper = new Set(sentences.flatMap(s => [...s.text.matchAll(/(?<=[\p{Ll},;]\s)\p{Lu}\p{Ll}+/gu)].map(m => m[0])));
  const all = roles(sentences, mentions).map(r => {
    const at = r.sentence.text.indexOf(r.role);
    return { ...r, at, role: asRole(r.role, at === 0, proper) };
  });
  const out: Special[] = [];
  for (const r of all) {
    // Another person with the same role would make the question ambiguous; names in a role are clues.
    if (all.some(o => o !== r && norm(o.role) === norm(r.role))) continue;
    const bare = !QUALIFIED.test(r.role);
    const others = all.filter(o => o !== r && !norm(o.role).includes(norm(r.person.text).split(' ').at(-1)!) && (!ofNote || ofNote(o.person.text)));
    const distractors = [...new Set(others.map(o => (bare ? o.role.replace(QUALIFIED, '') : o.role)))].filter(d => d.split(/\s+/).length >= 2 && norm(d) !== norm(r.role));
    // A role of another nation than the key's is told apart by the names: "Libyan prime minister" for an
    // Arabic name against "Pentagon spokesman" and "White House spokesman". It is not offered.
    const nation = nationOf(r.role);
    const fair = distractors.filter(d => !nation || !nationOf(d) || nationOf(d) === nation);
    if (fair.length < 2) continue;
    const start = r.sentence.start + r.at;
    out.push({
      sentence: r.sentence,
      key: { text: r.role, kind: 'role', start, end: start + r.role.length },
      prompt: `In the article, who is ${r.person.text}?`,
      about: r.person.text,
      distractors: fair,
      ask: 'who-is',
    });
  }
  return out;
}

/**
 * What the article says a named thing or body is: "KELT-9 is a blue A-type star", "Media Markt, Europe's
 * largest computer retailer,", "an exoplanet, named KELT-9b". A phrase of common nouns (a possessive
 * name may open it), five words at most.
 */
const PHRASE = `((?:an?|the|\\p{Lu}[\\p{L}.-]*['’]s)\\s+(?:(?!${[...FUNCTION_WORDS].join('|')}\\s)[\\p{Ll}][\\p{L}-]*\\s+|\\p{Lu}-[\\p{L}-]+\\s+){0,3}[\\p{Ll}][\\p{L}-]{2,})`;
/** A kind of thing named right after its name: "the KELT-North telescope", "the Nature journal". */
const KIND_AFTER = /^\s+(telescope|observatory|journal|magazine|newspaper|network|spacecraft|probe|satellite|rocket|mission|ship|vessel|aircraft|album|film|song|novel|book|band|station|river|island|volcano|asteroid|comet|planet|exoplanet|star|galaxy|moon|virus|vaccine|drug|software|programme|program|project|system|device|operation|treaty|stadium|airport|reactor)\b/u;
const IS_A = new RegExp(`^\\s+(?:is|was)\\s+${PHRASE}(?=[,.;]|\\s+(?:that|which|who|with|whose|in|at|from|and|orbiting)\\b)`, 'u');
const APPOSITIVE = new RegExp(`^,\\s+${PHRASE},`, 'u');
const NAMED = new RegExp(`${PHRASE},?\\s+(?:named|called|known as)\\s+$`, 'u');

/** "In the article, what is KELT-9?": the answer is what the article calls it, the distractors what it
 * calls other things (never a phrase with the same last noun: "a star" would be as true). */
export function whatIs(sentences: Sentence[], mentions: Mention[]): Special[] {
  const found: { name: Mention; what: string; at: number; sentence: Sentence }[] = [];
  let i = 0;
  for (const sentence of sentences) {
    for (; i < mentions.length && mentions[i]!.start < sentence.end; i++) {
      const m = mentions[i]!;
      // (A person only before a kind of thing: the NLP package may take "the Hubble telescope" for one.)
      if (m.start < sentence.start || m.kind === 'number' || m.kind === 'year') continue;
      const before = sentence.text.slice(0, m.start - sentence.start);
      const after = sentence.text.slice(m.end - sentence.start);
      // ("KELT-9 is …" opens the sentence: "the star KELT-9 is …" may say it of something else.)
      const person = m.kind === 'person';
      const said = person ? null : ((before === '' ? IS_A.exec(after) : null) ?? APPOSITIVE.exec(after));
      const named = said || person ? null : NAMED.exec(before);
      const kind = said || named || !/\bthe\s+$/i.test(before) ? null : KIND_AFTER.exec(after);
      // (Without its article, as roles are: "blue A-type star", "telescope", "Europe's largest retailer".)
      const what = ((said ?? named)?.[1] ?? kind?.[1])?.replace(/^(?:an?|the)\s+/i, '');
      if (!what || found.some(f => f.name.text === m.text)) continue;
      const noun = what.split(/\s+/).at(-1)!.toLowerCase();
      // Not the name's own word ("the Winer Observatory, an observatory"), nor a word of no kind ("one").
      if (norm(m.text).split(' ').includes(noun) || FUNCTION_WORDS.has(noun)) continue;
      const at = said ? m.end + said.index + said[0].indexOf(what) : named ? sentence.start + named.index + named[0].indexOf(what) : m.end + kind!.index + kind![0].indexOf(what);
      found.push({ name: m, what, at, sentence });
    }
  }
  const out: Special[] = [];
  const head = (w: string) => w.split(/\s+/).at(-1)!.toLowerCase();
  for (const f of found) {
    const distractors = [...new Set(found.filter(o => o !== f && head(o.what) !== head(f.what) && !norm(o.what).includes(norm(f.name.text))).map(o => o.what))];
    if (distractors.length < 2) continue;
    out.push({
      sentence: f.sentence,
      key: { text: f.what, kind: 'term', start: f.at, end: f.at + f.what.length },
      prompt: `In the article, what is ${f.name.text}?`,
      distractors,
      ask: 'what-is',
    });
  }
  return out;
}

const AUX = '(would|will|could|can|has|have|had|is|are|was|were|may|might|should|must)';
const APPROX = '(?:(about|around|some|nearly|roughly|approximately|an estimated)\\s+)?';
const NUMBER = '(\\d{1,3}(?:,\\d{3})+|\\d+)';
// Up to three lowercase words ending in a plural: "residents", "steel gates", "people".
const NOUN = "((?:[\\p{Ll}-]+\\s+){0,2}(?:[\\p{Ll}-]+s|people|children|men|women|police|staff|crew))";
/** "[X said] the barrier would protect about 9,000 residents from the highest tides." */
const OBJECT_COUNT = new RegExp(
  `^(?:([\\p{Lu}][^,;:“”"]{2,60}?)\\s+(?:said|says|estimated|estimates)\\s+(?:that\\s+)?)?((?:the|its|their)\\s+[\\p{Ll}][\\p{L} -]{0,40}?|[\\p{Lu}][\\p{L}.'’-]*(?:\\s+[\\p{Lu}][\\p{L}.'’-]*){0,3})\\s+${AUX}\\s+((?:[\\p{Ll}]+ly\\s+)?[\\p{Ll}]+(?:ed|en|ing|e|t|d)?)\\s+${APPROX}${NUMBER}\\s+${NOUN}\\b([^“”"]*?)\\.$`,
  'u',
);
/** A number in words that opens a sentence: "Two", "Twenty-one". */
const WORDS = `(?:${['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty', 'thirty', 'forty', 'fifty'].map(w => `[${w[0]}${w[0]!.toUpperCase()}]${w.slice(1)}`).join('|')})(?:-[a-z]+)?`;
/** "About 116 people were injured in the crash.", "Two Amtrak employees were killed …" (a name may say whose). */
const SUBJECT_COUNT = new RegExp(
  `^${APPROX.replace('about', '[Aa]bout|[Aa]round|[Ss]ome|[Nn]early')}(${NUMBER.slice(1, -1)}|${WORDS})\\s+((?:\\p{Lu}[\\p{L}-]*\\s+){0,3}${NOUN.slice(1, -1)})\\s+((?:were|was|are|have|had|has|will|would|died|remain|live|[\\p{Ll}]{3,}ed)\\b[^“”"]*?)\\.$`,
  'u',
);
/** What a count's sentence goes on to say of another number: "… and at least 116 were injured". */
const OTHER_COUNT = /(?:,|\s+and|\s+but|;)\s+(?:(?:at least|about|some|more than|nearly|another)\s+)?(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten)\b)[\s\S]*$/;

/** "How many …?" questions, each with the number as its answer. */
export function howMany(sentences: Sentence[]): Special[] {
  const out: Special[] = [];
  for (const sentence of sentences) {
    const text = sentence.text;
    let m = OBJECT_COUNT.exec(text);
    if (m) {
      const [, source, subject, aux, verb, approx, number, noun, rest] = m as unknown as string[];
      // A speaker that is a pronoun, or a subject that is one, leans on the sentence before.
      if ((source && /^(?:he|she|they|it|we|i)$/i.test(source)) || /^(?:it|they|he|she|this|that)$/i.test(subject!)) continue;
      const subj = /^(?:The|Its|Their)\s/.test(subject!) ? subject!.replace(/^\p{Lu}/u, c => c.toLowerCase()) : subject!;
      const q = `${approx ? 'About how' : 'How'} many ${noun} ${aux} ${subj} ${verb}${rest!.trimEnd()}${source ? `, according to ${source}` : ''}?`;
      out.push(special(sentence, number!, text.search(new RegExp(`(?<![\\d,.])${number!.replace(/\./g, '\\.')}\\s+${noun!.split(/\s+/)[0]}`, 'u')), q));
      continue;
    }
    m = SUBJECT_COUNT.exec(text);
    if (m) {
      const [, approx, number, noun, rest] = m as unknown as string[];
      // (Only what is said of this count: "How many Amtrak employees were killed?", not "… and at least
      // 116 were injured?".)
      const own = rest!.replace(OTHER_COUNT, '').replace(/,\s*$/, '');
      if (own.split(/\s+/).length < 2 && /\b(?:were|was|are|have|had|has)$/.test(own)) continue;
      // ("Some 5,000 people gathered …" and "Nearly 5,000 …" are asked "About how many people gathered …?".)
      const q = `${approx ? 'About how' : 'How'} many ${noun} ${own}?`;
      out.push(special(sentence, number!, text.indexOf(number!), q));
    }
  }
  return out.filter(s => s.key.start >= s.sentence.start);
}

function special(sentence: Sentence, number: string, at: number, prompt: string): Special {
  const start = sentence.start + at;
  const value = wordValue(number) ?? Number(number.replace(/,/g, ''));
  return {
    sentence,
    key: { text: number, kind: 'number', start, end: start + number.length, value },
    prompt,
    distractors: [],
    ask: 'how-many',
    number: { value, before: sentence.text.slice(0, at), after: sentence.text.slice(at + number.length) },
  };
}

/** Words that never begin or end a key term. */
const TERM_STOP = new Set([
  ...FUNCTION_WORDS,
  ...'whom what being more most less least other such same own first last next many much few several very so only just he she it they we you him them us me through during without within among across behind beyond via how why van von der den del della de du la le al bin ibn'.split(' '),
]);

/** Common irregular verbs, which look like nouns to a rule ("held together", "she sang"). */
const IRREGULAR = /\b(?:held|made|took|gave|found|told|said|sang|began|became|came|went|ran|led|kept|left|met|paid|sent|wrote|brought|bought|sold|knew|fell|rose|won|lost|saw|got|put|set|cut|hit|let|seen|done|gone|known|shown|given|taken|written|spoken|chosen|broken|driven|built|spent|felt|heard|meant|stood|understood)\b/;

/**
 * The article's key terms: phrases of two or three lower-case words ("cohesive forces", "civil rights
 * movement", "rubble-pile asteroid") said at least twice outside quotations, with how often. They name
 * what the story is about when no name does; a cloze on one tests that the reader took it in.
 */
export function keyTerms(sentences: Sentence[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const s of sentences) {
    // Outside quotations, and only in runs of lower-case words (a capital starts a name).
    const plain = s.text.replace(/[“"][^”"]*[”"]?/g, ' | ').replace(/\S*[\p{Lu}\p{N}]\S*/gu, ' | ');
    for (const run of plain.split(/[^\p{Ll}\s-]+/u)) {
      const words = run.split(/\s+/).filter(Boolean);
      const seen = new Set<string>();
      for (let n = 2; n <= 3; n++) {
        for (let i = 0; i + n <= words.length; i++) {
          const w = words.slice(i, i + n);
          if (TERM_STOP.has(w[0]!) || TERM_STOP.has(w.at(-1)!) || w.some(x => x.length < 3 || /^-|-$/.test(x)) || w.slice(1, -1).some(x => TERM_STOP.has(x))) continue;
          // Verbs and adverbs are not terms ("was found", "slowly changed").
          if (w.some(x => /(?:ly|ed)$/.test(x)) || /ing$/.test(w[0]!) || IRREGULAR.test(w.join(' '))) continue;
          const term = w.join(' ');
          if (seen.has(term)) continue;
          seen.add(term);
          counts.set(term, (counts.get(term) ?? 0) + 1);
        }
      }
    }
  }
  // Not a person's role ("aerospace engineer": asked by "Who is …?") nor a time ("second quarter").
  for (const t of [...counts.keys()]) if (new RegExp(`\\b${ROLE_NOUN}$`, 'u').test(t) || /\b(?:quarter|half|minute|minutes|hour|hours|day|days|week|weeks|month|months|year|years|season|time|times|moment)$/.test(t)) counts.delete(t);
  // Twice at least, and not part of a longer term ("low radar" in "low radar albedo").
  const terms = new Map([...counts].filter(([, n]) => n >= 2));
  for (const t of [...terms.keys()]) {
    if ([...terms.keys()].some(u => u !== t && ` ${u} `.includes(` ${t} `))) terms.delete(t);
  }
  return terms;
}
