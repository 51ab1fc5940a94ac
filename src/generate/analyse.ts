/**
 * Analysis: who, where, which organisation, how many and when, with offsets into the article text.
 * compromise (an NLP package that ships its model) finds most of it; a small lexicon and a few rules
 * mend what it misses in news text: "Islamic State" is an organisation, a title before a name marks a
 * person ("Secretary of State John Kerry"), and a name is not a place. No DOM.
 */
import nlp from 'compromise';
import { DEMONYM } from './words.js';

/**
 * `role` and `term` are never found by analyse(): a role is the answer of a "Who is …?" question, a term
 * a key phrase the article repeats ("cohesive forces"; both in kinds.ts).
 */
/** `thing`: a named object known by a designation: a star, a planet, a craft ("KELT-9b", "F-16"). */
export type MentionKind = 'person' | 'place' | 'organization' | 'thing' | 'number' | 'year' | 'role' | 'term';

export interface Mention {
  text: string;
  kind: MentionKind;
  start: number;
  end: number;
  /** For numbers and years: the value. */
  value?: number;
}

let lexiconReady = false;
function lexicon(): void {
  if (lexiconReady) return;
  lexiconReady = true;
  nlp.addWords({
    'islamic state': 'Organization',
    'al qaeda': 'Organization',
    'al-qaeda': 'Organization',
    hamas: 'Organization',
    hezbollah: 'Organization',
    taliban: 'Organization',
    pentagon: 'Organization',
    'white house': 'Organization',
    kremlin: 'Organization',
    nato: 'Organization',
  });
}

/** A single capitalised name after "near", or after a place's noun and "in", "of" or "near". */
const NEAR_PLACE =
  /(?<![\p{L}])(?:near|(?:city|town|village|port|camp|base|district|province|region|capital|outskirts) (?:of|in|near|outside))\s+(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?)(?=[\s,.;:!?)”"]|$)(?!\s+\p{Lu})/gu;
/** A month or a day of the week: "in May" is no place. */
const CALENDAR = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;

/** Titles that put a person's name right after them (and kin after a possessive: "Michael Jackson's
 * daughter Paris" is a person, not the city). */
const TITLE =
  /\b(?:(?:Prime|Foreign|Defen[cs]e|Interior|Finance) Minister|Secretary of State|Secretary-General|President|Vice President|Chancellor|Senator|Sen\.|Rep\.|Governor|Gov\.|Mayor|Judge|Justice|General|Gen\.|Colonel|Col\.|Captain|Capt\.|Dr\.|Professor|Prof\.|King|Queen|Prince|Princess|Pope|spokesman|spokeswoman|spokesperson|coach|manager|chief executive|CEO|[Cc]hairman|[Cc]hairwoman|Chief Minister|Chief Justice|leader|ruler|commander|[Cc]ouncill?or|[Cc]ouncil(?:wo)?man|[Ll]awmaker|[Ll]egislator|MP|(?<=\b(?:the|The|a|A)\s+(?:[\p{Ll}-]+\s+)?)(?:keeper|engineer|architect|artist|writer|author|singer|actor|actress|player|striker|goalkeeper|quarterback|linebacker|kicker|driver|pilot|officer|doctor|nurse|teacher|farmer|scientist|researcher|astronomer|lawyer|judge|pianist|composer|director|founder|owner|captain|skipper|referee|defender|midfielder|runner|swimmer|climber|priest|preacher|publicist)|(?<=(?:['’]s?|\b(?:his|her|their|my|our|your))\s+)(?:daughter|son|wife|husband|mother|father|brother|sister|widow|widower|grandson|granddaughter|grandmother|grandfather|niece|nephew|cousin|girlfriend|boyfriend|fianc[ée]e?)),?\s+((?:[\p{Lu}][\p{L}'’-]+\s+){0,3}[\p{Lu}][\p{L}'’-]+)/gu;

// Trailing punctuation and a possessive; a full stop stays after initials ("U.S.", "U.N.").
/** A title of a place before a name: "Chief Minister of KP, Pervez Khattak", "Mayor of Dover Ann Lee". */
const TITLE_OF =
  /\b(?:(?:Chief|Prime|Foreign|First) )?(?:Minister|Mayor|Governor|President|Premier|Bishop|Archbishop|Duke|Earl|Secretary) of (?:the )?\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,2},?\s+((?:\p{Lu}[\p{L}'’-]+\s+){1,2}\p{Lu}[\p{L}'’-]+)/gu;

/** A name followed by its role: "Bong Wie, an aerospace engineer at …", "Tom Burke, the Denver safety,". */
const ROLE_AFTER =
  /(?<![\p{L}'’-])((?:\p{Lu}[\p{L}'’-]+\s+){1,3}\p{Lu}[\p{L}'’-]+),\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,4}?(?:spokesman|spokeswoman|spokesperson|engineer|scientist|professor|researcher|astronomer|director|chairman|chairwoman|president|minister|secretary|officer|analyst|economist|lawyer|attorney|judge|doctor|teacher|author|writer|singer|actor|actress|player|coach|manager|captain|founder|owner|executive|editor|reporter|correspondent|expert|official|safety|kicker|striker|goalkeeper|defender|midfielder|quarterback)\b/gu;

/** Capitalised phrases ending in these words are organisations ("Maritime Heritage Trust"). */
const ORG =
  /\b(?:[\p{Lu}][\p{L}&'’-]*\s+(?:(?:of|for|and|the)\s+)?){1,4}(?:Trust|Council|Board|Committee|Association|Foundation|Agency|University|Institute|Ministry|Department|Company|Corporation|Corp\.|Inc\.|Bank|Party|Union|Commission|Authority|Society|Club|Court|Service|Organi[sz]ation|Administration|Army|Navy|Police|Group|FC|AFC|Assembly|League|Parliament|Congress|Senate|Observatory|Laboratory|Museum|Hospital|School|College|Academy|Network|Airlines?|Railways?|Hall of Fame)\b/gu;

/**
 * A name a description after it makes a body: "Media Markt, Europe's largest computer retailer,", "Van
 * Oord, a Dutch dredging firm,". The description opens with an article or a possessive and ends on a
 * noun of a kind of body.
 */
const BODY_AFTER =
  /(?<![\p{L}'’-])(\p{Lu}[\p{L}&'’-]*(?:\s+\p{Lu}[\p{L}&'’-]*){0,3}),\s+(?:(?:the|a|an)\s+|\p{Lu}[\p{L}.-]*['’]s\s+)(?:[\p{L}-]+\s+){0,3}(?:retailer|company|firm|maker|manufacturer|chain|bank|group|agency|network|newspaper|broadcaster|airline|carrier|operator|charity|insurer|supermarket|publisher|brewer|producer|supplier|distributor|developer|conglomerate)\b(?=[,.;]|\s+(?:which|that|based|with|in|and)\b)/gu;

const LEADING_TITLE =
  /^(?:(?:President|Vice President|Prime Minister|Minister|Secretary|Chancellor|Senator|Sen\.|Governor|Gov\.|Mayor|Judge|Justice|General|Gen\.|Colonel|Captain|Dr\.?|Mr\.?|Mrs\.?|Ms\.?|Professor|Prof\.|King|Queen|Prince|Princess|Pope|Sir|Dame|Lord|Lady|Chairman|Coach)\s+)+(?=\p{Lu}[\p{L}'’-]*\s+\p{Lu})/u;

const NOT_A_NAME = /\b(?:Act|Law|Bill|Treaty|Accord|Agreement|Convention|Award|Awards|Prize|Cup|Bowl|Championships?|Games|Olympics|Festival|Day|Week|Street|Avenue|Road)$/u;

/** Lower-case words that may stand inside a name: "Bank of England", "Rio de Janeiro", "al-Qaeda". */
const NAME_PARTICLE = /^(?:of|the|and|for|on|upon|de|del|della|di|da|do|dos|das|du|des|la|le|les|el|al|bin|ibn|van|von|der|den|y|e|i|a|am|an|im|zu|sur|en)$/;

/** Numbers written as words, two to ninety-nine ("thirteen children", "Three bombs"). */
const UNITS = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

/** A whole number from 2 to 99 in words, lower-case ("thirteen", "twenty-one"); undefined otherwise. */
export function numberWord(n: number): string | undefined {
  if (!Number.isInteger(n) || n < 2 || n > 99) return undefined;
  if (n < 20) return UNITS[n];
  return TENS[Math.floor(n / 10)]! + (n % 10 ? `-${UNITS[n % 10]}` : '');
}

const WORD_VALUES = new Map<string, number>(Array.from({ length: 98 }, (_, i) => [numberWord(i + 2)!, i + 2]));

/** The value of a number in words ("Two", "twenty-one"); undefined for anything else. */
export function wordValue(word: string): number | undefined {
  return WORD_VALUES.get(word.toLowerCase());
}
const NUMBER_WORD = new RegExp(`(?<![\\p{L}\\p{N}'’-])(?:${[...WORD_VALUES.keys()].sort((a, b) => b.length - a.length).join('|')})(?![\\p{L}\\p{N}'’-])`, 'giu');

/** The names of a list, as [start, end] in `raw`; one part when it is not a list. */
function listParts(raw: string): [number, number][] {
  const ends = /(?:Group|Bank|Company|Corporation|Council|University|Institute|Agency|Party|Court|Association|Foundation)$/;
  const commas = /,\s+(?:and\s+)?(?=\p{Lu})/u.test(raw);
  const seps = [...raw.matchAll(commas ? /,\s+(?:and\s+)?(?=\p{Lu})|\s+and\s+(?=\p{Lu})/gu : /\s+and\s+(?=\p{Lu})/gu)];
  if (!seps.length) return [[0, raw.length]];
  const parts: [number, number][] = [];
  let at = 0;
  for (const m of seps) {
    parts.push([at, m.index!]);
    at = m.index! + m[0].length;
  }
  parts.push([at, raw.length]);
  // Without a comma, "and" joins two names only when both end as names of bodies do.
  if (!commas && !parts.every(([a, b]) => ends.test(raw.slice(a, b).replace(/[\s.,;:!?)"”’]+$/, '')))) return [[0, raw.length]];
  return parts;
}

/** A designation: "KELT-9b", "F-16", "COVID-19". */
const THING = /(?<![\p{L}\p{N}-])\p{Lu}[\p{Lu}\p{Ll}]*-\d+\p{Ll}?(?![\p{L}\p{N}-])/gu;

/**
 * A name spelled out before its initials: "Federally Administered Tribal Areas (FATA)", "Khyber
 * Pakhtunkhwa (KP)". The run of capitalised words may start early ("Since Federally …"): the name is
 * the words whose initials the brackets give.
 */
const SPELLED = /((?:\p{Lu}[\p{L}'’-]*\s+(?:(?:of|for|and|the|on|in)\s+)?){1,7}\p{Lu}[\p{L}'’-]*)\s+\((\p{Lu}{2,6})\)/gu;

/** A party named with its faction's letter: "Jamiat Ulema-e Islam (F)". The letter is part of the name. */
const FACTION = /(?<![\p{L}'’-])((?:\p{Lu}[\p{L}'’-]*\s+){1,5}\(\p{Lu}\))(?![\p{L}\p{N}])/gu;

/** Spelled-out names that are regions, and those that are laws (which are neither places nor bodies). */
const REGION_END = /\b(?:Areas?|Provinces?|Territory|Territories|Regions?|Districts?|States?|Islands)$/;
const LAW_END = /\b(?:Act|Law|Code|Bill|Regulations?|Rules|Treaty|Agreement|Convention|Accord|Order)$/;

/**
 * The title of a work, named right after the kind of work it is: "one of her signature songs, Respect,",
 * "her new song "Formation"", "the 1968 film Oliver!". Capitalised words, with the small words a title
 * may hold ("Viva la Vida", "Gone with the Wind").
 */
const WORK = /\b(?:songs?|singles?|albums?|films?|movies?|novels?|books?|anthems?|musicals?|operas?|poems?)\s*,?\s+[“"]?(\p{Lu}[\p{L}'’!?-]*(?:\s+(?:\p{Lu}[\p{L}'’!?-]*|of|the|a|an|in|on|to|for|and|with|la|le|de|el))*)[”"]?/gu;

/** A list of three or more capitalised names: "Theo Walcott, Cesc Fabregas, Jeremie Aliadiere, and Justin Hoyte". */
const NAME = "\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+){0,2}";
const NAME_LIST = new RegExp(`(?<![\\p{L}'’-])${NAME}(?:,\\s+${NAME}){1,}(?:,?\\s+and\\s+${NAME})?(?![\\p{L}'’-])`, 'gu');

/** Last words of a club's or a company's name, which the NLP package may take for a person's. */
const CLUB_END = /\s(?:FC|AFC|CF|SC|United|City|Rovers|Athletic|Wanderers|Club|Inc\.?|Ltd\.?|Corp\.?|Co\.|plc|LLC|Group)$/;

const TRIM_END = /(?<!\b(?:\p{Lu}|Jr|Sr|St|Inc|Co|Ltd))[.]$|[\s,;:!?)"”’]+$|['’]s$/u;

/** A name without its generational suffix: "Martin Luther King" of "Martin Luther King Jr.". */
export function withoutSuffix(name: string): string {
  return name.replace(/,?\s+(?:Jr|Sr)\.?$|\s+(?:II|III|IV)$/, '');
}

const genders = new Map<string, 'male' | 'female' | undefined>();
/**
 * Whether a full name is a man's or a woman's by its first name, where the NLP package's list of first
 * names says ("George Michael" a man's, "Gwendolyn Quinn" a woman's); undefined where it does not
 * ("Aretha Franklin", "Barack Obama") or for one word ("Franklin" is a first name too).
 */
export function genderOf(name: string): 'male' | 'female' | undefined {
  const first = name.trim().split(/\s+/);
  if (first.length < 2) return undefined;
  const word = first[0]!;
  if (!genders.has(word)) {
    lexicon();
    const doc = nlp(word);
    genders.set(word, doc.has('#MaleName') ? 'male' : doc.has('#FemaleName') ? 'female' : undefined);
  }
  return genders.get(word);
}

/** A person's surname: the last word of the name, before "Jr." or "III" ("King" of "Martin Luther King Jr."). */
export function surnameOf(name: string): string {
  return withoutSuffix(name).split(/\s+/).at(-1)!;
}

/** The first word of a place's name: "Santa Clara", "Los Angeles", "South Carolina". */
const PLACE_PREFIX = /^(?:Santa|San|Saint|St\.|Los|Las|Fort|Port|Mount|Lake|Cape|New|North|South|East|West)$/;

/** Every mention in `text`, sorted by position, without overlaps (people win over places). */
export function analyse(text: string): Mention[] {
  lexicon();
  const doc = nlp(text);
  const found: Mention[] = [];
  const add = (raw: string, start: number, kind: MentionKind, value?: number): void => {
    // A list is several names: "Poland, Hungary", "Dell, Sony, Toshiba", "Sorin Group and Norden Bank".
    if (kind === 'place' || kind === 'organization') {
      const parts = listParts(raw);
      if (parts.length > 1) return parts.forEach(([from, to]) => add(raw.slice(from, to), start + from, kind));
    }
    let t = raw;
    // Trailing punctuation and a possessive are not part of the name: "Libya’s" is "Libya".
    for (let prev = ''; prev !== t; ) [prev, t] = [t, t.replace(TRIM_END, '')];
    t = t.replace(/^[\s("“‘]+/, '');
    // Names start with a capital: "eastern city of Derna" is the place "Derna".
    if (kind === 'place' || kind === 'organization') t = t.replace(/^(?:[\p{Ll}\s]+\s)+(?=\p{Lu})/u, '');
    // Nor a count before one: "Two Harbour Board workers" are of the "Harbour Board". (Where a plural
    // follows: "Three Gorges Dam" is a name.)
    if (kind !== 'number' && kind !== 'year') {
      const count = /^([\p{L}-]+)\s+(?=\p{Lu})/u.exec(t);
      if (count && wordValue(count[1]!) !== undefined && /^\s+\p{Ll}+s\b/u.test(text.slice(start + raw.length))) t = t.slice(count[0].length);
    }
    // A title is not part of the name: "President Mamnoon Hussain" is "Mamnoon Hussain".
    if (kind === 'person') t = t.replace(LEADING_TITLE, '');
    let s = start + raw.indexOf(t);
    if (!t || !/[\p{L}\p{N}]/u.test(t)) return;
    // A body's name runs on past a hyphen the NLP package stopped at: "Pakistan Muslim League-Nawaz".
    if (kind === 'organization' || kind === 'place') {
      const on = /^-\p{Lu}[\p{L}]*/u.exec(text.slice(s + t.length))?.[0];
      if (on) t += on;
      const back = /\p{Lu}[\p{L}]*-$/u.exec(text.slice(Math.max(0, s - 30), s))?.[0];
      if (back) [t, s] = [back + t, s - back.length];
    }
    // A name starts with a capital or a digit ("first woman" is not a person) and has no brackets or
    // stray digits in it ("Mikel (Red(1" is a line-up line, not a name).
    if (kind !== 'number' && kind !== 'year' && (!/^[\p{Lu}\p{N}]/u.test(t) || /[()[\]{}]/.test(t) || (kind !== 'thing' && /\p{L}\d|\d\p{L}/u.test(t)))) return;
    // A name has no common words in it: "Mediterranean island", "Kashmiri group" and "Malakand
    // division" describe places and groups without naming them.
    if ((kind === 'place' || kind === 'organization') && t.split(/\s+/).some(w => /^\p{Ll}/u.test(w) && !NAME_PARTICLE.test(w))) return;
    // Laws, prizes and events are not people or places ("Clayton Act", "Grammy Award", "Super Bowl").
    if ((kind === 'person' || kind === 'place') && NOT_A_NAME.test(t)) return;
    found.push(value === undefined ? { text: t, kind, start: s, end: s + t.length } : { text: t, kind, start: s, end: s + t.length, value });
  };
  type J = { text: string; offset: { start: number; length: number } };
  const each = (view: { json(o: object): J[] }, kind: MentionKind) =>
    view.json({ offset: true }).forEach(m => add(text.slice(m.offset.start, m.offset.start + m.offset.length), m.offset.start, kind));
  /** One-word names a title or kinship makes a person ("daughter Paris"): the same person wherever else
   * the article names them ("the resemblance between his own daughter and Paris"), but where a place
   * would stand ("in Paris"). */
  const oneWord = new Set<string>();
  for (const m of text.matchAll(TITLE)) {
    add(m[1]!, m.index! + m[0].length - m[1]!.length, 'person');
    if (/^\p{Lu}\p{Ll}{2,}$/u.test(m[1]!)) oneWord.add(m[1]!);
  }
  for (const name of oneWord) for (const o of text.matchAll(new RegExp(`(?<![\\p{L}'’-])(?<!\\b(?:in|at|near|from|of) )${name}(?![\\p{L}-]|\\s+\\p{Lu})`, 'gu'))) add(name, o.index!, 'person');
  for (const m of text.matchAll(TITLE_OF)) add(m[1]!, m.index! + m[0].length - m[1]!.length, 'person');
  for (const m of text.matchAll(ROLE_AFTER)) {
    const lead = /^(?:(?:As|The|A|An|In|On|At|By|For|From|With|And|But|When|While|After|Before|Since|Then|Yet|So|Says|Said)\s+)+/.exec(m[1]!)?.[0].length ?? 0;
    add(m[1]!.slice(lead), m.index! + lead, 'person');
  }
  for (const m of text.matchAll(BODY_AFTER)) add(m[1]!, m.index!, 'organization');
  for (const m of text.matchAll(ORG)) add(m[0].replace(/^(?:The|A|An|In|On|At|By|For|From|With|And|But)\s+/, ''), m.index! + (m[0].match(/^(?:The|A|An|In|On|At|By|For|From|With|And|But)\s+/)?.[0].length ?? 0), 'organization');
  each(doc.people(), 'person');
  each(doc.organizations(), 'organization');
  each(doc.places(), 'place');
  // A name where only a place can stand, which the NLP package may not know: "near Sirte", "a training
  // camp in Sabratha", "the eastern city of Derna".
  for (const m of text.matchAll(NEAR_PLACE)) if (!CALENDAR.test(m[1]!)) add(m[1]!, m.index! + m[0].length - m[1]!.length, 'place');
  // Numbers with digits ("6,000", "20"), and four-digit years.
  for (const m of text.matchAll(/(?<![\p{L}\p{N}.,-])\d{1,3}(?:,\d{3})+(?![\p{N}-])|(?<![\p{L}\p{N}.,-])\d+(?:\.\d+)?(?![\p{N}-]|[.,]\d)/gu)) {
    const value = Number(m[0].replace(/,/g, ''));
    const year = /^(1[89]|20)\d\d$/.test(m[0]);
    add(m[0], m.index!, year ? 'year' : 'number', value);
  }
  // A name spelled out with its initials, and the initials wherever else they stand, are one thing,
  // whatever the NLP package took their words for ("Federally" a place, "Khyber" alone).
  const sure = new Set<Mention>();
  for (const m of text.matchAll(SPELLED)) {
    const words = m[1]!.split(/\s+/);
    const letters = m[2]!;
    // The shortest tail of the run whose capitalised words give the letters.
    let from = words.length;
    const initials = (ws: string[]) => ws.filter(w => /^\p{Lu}/u.test(w)).map(w => w[0]).join('');
    while (from > 0 && initials(words.slice(from)).length < letters.length) from--;
    const name = words.slice(from).join(' ');
    if (initials(words.slice(from)) !== letters || LAW_END.test(name)) continue;
    const before = text.slice(Math.max(0, m.index! - 40), m.index! + m[1]!.lastIndexOf(name));
    const kind: MentionKind = REGION_END.test(name) || /\b(?:province|state|region|district|territory|city) of\s+$/i.test(before) ? 'place' : 'organization';
    const at = m.index! + m[1]!.lastIndexOf(name);
    found.push({ text: name, kind, start: at, end: at + name.length });
    sure.add(found.at(-1)!);
    // (Not where they start a longer name: "KP Provincial Assembly" is a body of KP.)
    for (const a of text.matchAll(new RegExp(`(?<![\\p{L}\\p{N}-])${letters}(?![\\p{L}\\p{N}-]|\\s+\\p{Lu})`, 'gu'))) {
      found.push({ text: letters, kind, start: a.index!, end: a.index! + letters.length });
      sure.add(found.at(-1)!);
    }
  }
  // So is a party with its faction's letter, whatever the NLP package took its words for ("Ulema-e Islam" a
  // person).
  for (const m of text.matchAll(FACTION)) {
    const lead = /^(?:The|A|An|In|On|At|By|For|From|With|And|But)\s+/.exec(m[1]!)?.[0].length ?? 0;
    const name = m[1]!.slice(lead);
    found.push({ text: name, kind: 'organization', start: m.index! + lead, end: m.index! + lead + name.length });
    sure.add(found.at(-1)!);
  }
  // Designations are things: "KELT-9b", "F-16".
  for (const m of text.matchAll(THING)) add(m[0], m.index!, 'thing');
  // So are the titles of works, wherever else the article names them as written ("Respect, and others of
  // her songs, became anthems"), where no other name stands there.
  const works = new Set<string>();
  for (const m of text.matchAll(WORK)) {
    const title = m[1]!.replace(/(?:\s+(?:of|the|a|an|in|on|to|for|and|with|la|le|de|el))+$/, '');
    if (title.length > 2 && !/^(?:The|A|An|In|On|At|By|For|With|And|But|He|She|It|They|This|That|His|Her|Their|Its)$/.test(title)) works.add(title);
  }
  for (const title of works) {
    for (const o of text.matchAll(new RegExp(`(?<![\\p{L}\\p{N}'’-])${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}'’-])`, 'gu'))) {
      if (!found.some(f => f.start < o.index! + title.length && f.end > o.index!)) add(title, o.index!, 'thing');
    }
  }
  // Numbers in words: "thirteen children", "Three bombs" ("one" is too often a pronoun to count).
  for (const m of text.matchAll(NUMBER_WORD)) add(m[0], m.index!, 'number', WORD_VALUES.get(m[0].toLowerCase()));
  // A name in a list of people is a person too, where the NLP package knew two of the others ("Andriy
  // Shevchenko, Michael Ballack, Didier Drogba": it does not know "Didier").
  for (const m of text.matchAll(NAME_LIST)) {
    const items: [number, number][] = [];
    for (const part of m[0].matchAll(/\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2}/gu)) items.push([m.index! + part.index!, m.index! + part.index! + part[0].length]);
    const kindOf = ([a, b]: [number, number]) => found.find(f => f.start < b && f.end > a)?.kind;
    // (People, or companies: "customers such as Dell, Sony, Toshiba, Gateway, and Hitachi".)
    const kind = (['person', 'organization'] as const).find(k => items.filter(i => kindOf(i) === k).length >= 2);
    if (!kind) continue;
    for (const i of items) {
      if (kindOf(i)) continue;
      const name = text.slice(i[0], i[1]);
      add(name, i[0], kind);
      // (And the company wherever else the article names it: "According to Gateway executives".)
      if (kind === 'organization') for (const o of text.matchAll(new RegExp(`(?<![\\p{L}'’-])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}'’-])`, 'gu'))) if (o.index !== i[0]) add(name, o.index!, kind);
    }
  }
  // A name of two words the NLP package missed whose second word the article also gives alone, as a
  // surname stands: "… when Peyton Manning was intercepted by Kony Ealy" beside "Manning was sacked by
  // Ealy". (Not where that word follows "the", as a name's last word does: "the Cup"; nor a place's
  // prefix, "South Carolina"; nor a people's adjective, "Pakistani Constitution".)
  const lower = new Set(text.match(/(?<![\p{L}])\p{Ll}+(?![\p{L}])/gu) ?? []);
  // (Each capitalised word's uses, in one pass: how often it stands alone, after no other name, no "the"
  // and no ordinal ("JVB Records", "the 31st Amendment"), and whether it ever follows "the".)
  const alone = new Map<string, number>();
  const afterThe = new Set<string>();
  for (const w of text.matchAll(/(?<![\p{L}\p{N}'’-])\p{Lu}\p{Ll}{2,}(?![\p{L}'’-]|\s+\p{Lu})/gu)) {
    const before = text.slice(Math.max(0, w.index! - 30), w.index!);
    if (/\b(?:the|The)\s$/.test(before)) afterThe.add(w[0]);
    else if (!/(?:\p{Lu}[\p{L}'’-]*|\d\p{Ll}*)\s$/u.test(before)) alone.set(w[0], (alone.get(w[0]) ?? 0) + 1);
  }
  for (const m of text.matchAll(/(?<=[\p{Ll},;:]\s)(\p{Lu}\p{Ll}+)\s(\p{Lu}\p{Ll}{2,})(?![\p{L}'’-]|\s+(?:of\s+)?\p{Lu})/gu)) {
    const [given, family] = [m[1]!, m[2]!];
    if (PLACE_PREFIX.test(given) || DEMONYM.test(given) || found.some(f => f.start < m.index! + m[0].length && f.end > m.index!)) continue;
    // (And a word the article never writes in lower case, as "records" or "amendment".)
    if (alone.get(family) && !afterThe.has(family) && !lower.has(family.toLowerCase())) add(m[0], m.index!, 'person');
  }
  // A first name the NLP package took alone before a possessive surname is the whole name: "Graham
  // Gano's 44-yard field goal", "Brandon McManus' 34-yard field goal".
  for (const m of found) {
    if (m.kind !== 'person' || !/^\p{Lu}\p{Ll}+$/u.test(m.text)) continue;
    const family = /^\s(\p{Lu}\p{Ll}*\p{Lu}?\p{Ll}+)(?=['’]s?\s)/u.exec(text.slice(m.end))?.[1];
    if (family && !found.some(f => f !== m && f.start > m.end && f.start <= m.end + 1)) {
      m.text = `${m.text} ${family}`;
      m.end += family.length + 1;
    }
  }
  // A person named in full is then often named by the surname alone ("Haddad said"), which the NLP
  // package may miss; and in full again, where a rule found the name once ("Didier Drogba" in a list).
  const fullNames = new Set(found.filter(m => m.kind === 'person' && /\s/.test(m.text)).map(m => m.text));
  const surnames = new Set([...fullNames].map(surnameOf).filter(w => w.length > 2 && /^\p{Lu}\p{Ll}/u.test(w)));
  if (surnames.size) {
    // (Longest first: "Didier Drogba" where it stands, "Drogba" elsewhere.)
    const names = [...fullNames, ...surnames].sort((a, b) => b.length - a.length).map(w => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    const byName = new RegExp(`(?<![\\p{L}'’-])(?:${names.join('|')})(?![\\p{L}-])`, 'gu');
    for (const m of text.matchAll(byName)) add(m[0], m.index!, 'person');
  }
  // With a middle name ("Aretha Louise Franklin" of "Aretha Franklin"), and by a first name that is
  // nobody else's first or last name, never written in lower case ("Aretha sang solos …"; not "Will").
  // (One pass over the text for each: a long text names hundreds of people.)
  const firsts = [...fullNames].map(n => withoutSuffix(n).split(/\s+/)).filter(w => w.length === 2) as [string, string][];
  const pairs = new Set(firsts.map(([given, family]) => `${given} ${family}`));
  if (pairs.size) {
    for (const m of text.matchAll(/(?<![\p{L}'’-])(?=(\p{Lu}[\p{L}'’-]+)\s+\p{Lu}[\p{L}'’-]+\s+(\p{Lu}[\p{L}'’-]+)(?![\p{L}-]))/gu)) {
      if (!pairs.has(`${m[1]} ${m[2]}`)) continue;
      const whole = /^\S+\s+\S+\s+\S+/u.exec(text.slice(m.index!))![0];
      add(whole, m.index!, 'person');
    }
    const uses = new Map<string, number>();
    for (const [given, family] of firsts) for (const w of new Set([given, family])) uses.set(w, (uses.get(w) ?? 0) + 1);
    const alone = firsts.map(([given]) => given).filter(g => uses.get(g) === 1 && !surnames.has(g) && g.length >= 4 && /^\p{Lu}\p{Ll}+$/u.test(g) && !lower.has(g.toLowerCase()));
    if (alone.length) for (const m of text.matchAll(new RegExp(`(?<![\\p{L}'’-])(?:${alone.join('|')})(?![\\p{L}'’-]|\\s+\\p{Lu})`, 'gu'))) add(m[0], m.index!, 'person');
  }
  // Where two overlap, a person wins over an organisation, a place and a number, then the longer one:
  // "Secretary of State John Kerry" is a person, not the place "State John".
  const rank: Record<MentionKind, number> = { person: 0, organization: 1, place: 2, thing: 3, year: 4, number: 5, role: 6, term: 7 };
  // ("Chelsea FC" is a club even where the NLP package took "Chelsea" for a person.)
  const rankOf = (m: Mention) => (sure.has(m) ? -2 : m.kind === 'organization' && CLUB_END.test(` ${m.text}`) ? -1 : rank[m.kind]);
  found.sort((a, b) => rankOf(a) - rankOf(b) || b.end - b.start - (a.end - a.start) || a.start - b.start);
  const out: Mention[] = [];
  // Characters already claimed by a mention: overlap checks stay linear in the length of the text.
  const taken = new Uint8Array(text.length + 1);
  for (const m of found) {
    let free = true;
    for (let i = m.start; i < m.end && free; i++) free = !taken[i];
    if (!free) continue;
    taken.fill(1, m.start, m.end);
    out.push(m);
  }
  // "C. J. Anderson": initials before a name are part of it.
  for (const m of out) {
    if (m.kind !== 'person') continue;
    const initials = /(?:^|[^\p{L}.])((?:\p{Lu}\.\s)+)$/u.exec(text.slice(Math.max(0, m.start - 12), m.start))?.[1];
    if (!initials || out.some(o => o !== m && o.end > m.start - initials.length && o.start < m.start)) continue;
    m.start -= initials.length;
    m.text = text.slice(m.start, m.end);
  }
  // "Santa Clara" and "Los Angeles" are places, whatever the NLP package took them for.
  for (const m of out) if (m.kind === 'person' && PLACE_PREFIX.test(m.text.split(/\s/)[0]!) && m.text.includes(' ')) m.kind = 'place';
  // "Chelsea FC" is a club, not a person; and then so is "Chelsea" alone.
  for (const m of out) if (m.kind === 'person' && CLUB_END.test(m.text)) m.kind = 'organization';
  const clubs = new Set(out.filter(m => m.kind === 'organization' && m.text.includes(' ')).map(m => m.text.split(/\s+/)[0]!));
  for (const m of out) if (m.kind === 'person' && !m.text.includes(' ') && clubs.has(m.text)) m.kind = 'organization';
  out.sort((a, b) => a.start - b.start);
  return out;
}
