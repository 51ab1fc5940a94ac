/**
 * Candidates, distractors, filters and ranking: from analysed sentences to the questions of a set.
 * Overgenerate, filter, rank: every sentence that passes the filters offers one blank per mention; the
 * best are kept, one per sentence, spread over the article. No DOM.
 */
import { genderOf, numberWord, surnameOf, withoutSuffix, wordValue, type Mention, type MentionKind } from './analyse.js';
import { inFigures, numberDistractors, unaskable, unitAfter, type NumberContext, type Roll } from './numbers.js';
import { howMany, keyTerms, ROLE_NOUN, roles, whatIs, whoIs } from './kinds.js';
import { placeClass } from './places.js';
import { gameOf, PLAY, reportsWin, sidesOf } from './sides.js';
import { FUNCTION_WORDS, VERB, norm } from './words.js';
import type { Sentence } from './segment.js';

export interface Candidate {
  sentence: Sentence;
  key: Mention;
  /** The sentence with the key replaced by ___. */
  prompt: string;
  /** Same-kind options from the article (or shifted numbers), never equal to or part of the key. */
  distractors: string[];
  score: number;
  /** For a "Who said ...?" question: the quotation, and the key is its speaker. */
  quote?: string;
  /** The "Who said …?" question, when the quotation is asked with what it was said of. */
  asked?: string;
  /** Where the evidence begins, when before the sentence: '"…," he said' is shown with the sentence that names him. */
  from?: number;
  /** Whether the key makes a fair fill-in: short, typeable, a name the article repeats. */
  fillIn: boolean;
  /** Accepted answers of a fill-in when more than the key ("Kerry" for "John Kerry"). */
  answers?: string[];
  /**
   * The key is what the story is about: its person (never the blank) or the body, place or thing it
   * names four times or more ("AMD", "KELT-9"; only ever stated, in a true/false statement). Naming it in
   * another prompt gives nothing away.
   */
  topic?: boolean;
  /** The sentence as asked, when it differs from the evidence (a leading "She" replaced by the name). */
  said?: string;
  /** The sentence tells a time from the day of the story ("yesterday"), or a claim the article reports:
   * never stated whole, as true or false. */
  dated?: boolean;
  /** A side character or a background figure ("replaced by ___", "it previously had ___ seats"): never
   * asked only to make up the number. */
  detail?: boolean;
  /** "Who is …?", "What is …?" and "How many …?" questions are whole questions, not a blank in the sentence. */
  ask?: 'who-is' | 'what-is' | 'how-many';
  /** For "Who is …?": the person asked about. */
  about?: string;
}

/** Verbs that attribute a quotation to its speaker. */
const SAID = /\b(?:said|says|told|added|tweeted|asked|stated|declared|explained|wrote|warned|noted|clarified|insisted|argued|claimed|admitted|announced|commented|remarked|recalled|replied|according to)\b/i;

/** Capitalised words that may stand before a name without being part of it. */
const TITLE_WORD = /^(?:Mr|Mrs|Ms|Dr|President|Minister|Secretary|State|Senator|Governor|Judge|General|King|Queen|Prince|Pope|Coach|Chairman|Chancellor|Mayor|The|A|An|And|But|In|On|At|By|Of|As|When|While|Said|Says|Told)\.?$/;

/**
 * A sentence whose subject is a pronoun, or that opens by pointing back at what came before
 * ("Another ...", "The same ...", "However, ..."), cannot stand alone as a question.
 */
const LEADING_PRONOUN =
  /^(?:["“‘]?\s*)(?:he|she|it|they|this|that|these|those|his|her|its|their|we|i|another|such|both|also|however|meanwhile|but|and|instead|then|later|still|yet|the (?:same|latter|former|two|three|other)|a similar|a second|similarly|likewise)\b(?!-)/i;


/** A sentence that opens on a past month or year: "In November,", "In 2015,", "Last March,". */
const PAST_OPENING = /^(?:In|Last|By|Back in)\s+(?:(?:early|late|mid-?)\s*)?(?:January|February|March|April|May|June|July|August|September|October|November|December|\d{4})\b/;

/**
 * Opening words that only link a sentence to the one before, and leave it true without them: "Three
 * months later, U.S. jets killed …", "Afterwards, Denver increased the score …", "However, …", "But as
 * …". The sentence is asked without them. (Not "Over the next seven years", "At the time" or "By then":
 * what follows holds only for that time. Nor "In response to …", which says to what.)
 */
const LINKED =
  /^(?:(?:[\p{L}\d]+ (?:minutes|hours|days|weeks|months|years) (?:later|earlier|afterwards)|soon after(?:wards)?|afterwards|after that|earlier|later|the (?:next|following) (?:day|morning|afternoon|evening|week|month|year)|on the (?:next|following) \p{Ll}+|in response|as a result|despite this|even so|in addition|on the other hand|specifically|in particular|for example|for instance|moreover|furthermore|additionally|indeed|in fact|likewise|similarly|however|meanwhile|nevertheless|nonetheless|instead|besides|still|then),\s+|(?:but|and|yet)\s+)(?=[\p{L}\d])/iu;

/**
 * Whether two names could be the same thing: one contains the other ("Kerry", "John Kerry"), or one
 * is the initials of the other ("U.N.", "United Nations").
 */
function alias(a: string, b: string): boolean {
  const memo = `${a}\u0000${b}`;
  let known = aliases.get(memo);
  if (known === undefined) aliases.set(memo, (known = isAlias(a, b)));
  return known;
}

/** alias() answers, kept for one article (names are compared again and again). */
const aliases = new Map<string, boolean>();

/** The initials of a name: "NTA" of "Northern Tribal Areas", "UN" of "United Nations" ("of", "the",
 * "and" and "for" left out). */
function initialsOf(name: string): string {
  return name.split(/\s+/).filter(w => /^\p{Lu}/u.test(w) && !/^(of|the|and|for)$/i.test(w)).map(w => w[0]).join('');
}

/** Whether `p` is written as the initials of `q`: "U.N." of "United Nations", "NTA" of "Northern Tribal Areas". */
function acronym(p: string, q: string): boolean {
  const letters = p.replace(/[^\p{Lu}]/gu, '');
  return /^[\p{Lu}.]{2,}$/u.test(p.trim()) && letters.length > 1 && letters === initialsOf(q);
}

function isAlias(a: string, b: string): boolean {
  const x = ` ${norm(a)} `;
  const y = ` ${norm(b)} `;
  // "Maria Lopez" and "Maria J. Lopez": the same first and last names.
  const [xs, ys] = [norm(a).split(' '), norm(b).split(' ')];
  const initialled = xs.length > 1 && ys.length > 1 && xs[0] === ys[0] && xs.at(-1) === ys.at(-1);
  return x.includes(y) || y.includes(x) || acronym(a, b) || acronym(b, a) || initialled;
}


/**
 * Whether a blank's neighbours say what kind of thing fits it: "longtime ruler ___", "neighboring ___",
 * "___ militants". Returns the word, lower-cased, or undefined when the neighbours are function words.
 */
function contextWord(before: string, after: string): string | undefined {
  const prev = /([\p{L}-]+)\s$/u.exec(before)?.[1];
  if (prev && /^\p{Ll}/u.test(prev) && !FUNCTION_WORDS.has(prev.toLowerCase()) && !/(?:ed|ing|ly)$/.test(prev)) return prev.toLowerCase();
  const next = /^\s([\p{Ll}-]+)/u.exec(after)?.[1];
  // A plural noun right after a name ("___ militants", "___ fighters"); verbs ("says", "has") aside.
  if (next && /(?:ers|ists|ants|ents|ians|ans|ces|ops|ies|ists)$/.test(next) && !FUNCTION_WORDS.has(next)) return next;
  // A role the name is given right after it: "___, who is the oldest quarterback", "___, the White House
  // spokesman".
  return ROLE_AFTER_NAME.exec(after)?.[1];
}

/** A role given right after a name, in lower case: "___, who is the oldest quarterback …". */
const ROLE_AFTER_NAME = new RegExp(`^,\\s+(?:who\\s+(?:is|was)\\s+)?(?:the|a|an)\\s+(?:[\\p{L}'’-]+\\s+){0,3}?(${ROLE_NOUN})\\b`, 'u');

/** A region the sentence puts a place in: "the turbulent North African nation". */
const REGION =
  /\b(?:North|South|East|West|Central|Southeast|Northeast|Northwest|Southwest)?\s*(?:African|Asian|European|American|Arab|Middle Eastern|Latin American|Gulf|Balkan|Baltic|Nordic|Scandinavian|Caribbean|Mediterranean|Pacific|Atlantic)\s+(?:nation|country|state|island|city|region|kingdom|republic|neighbou?r)\b/;

/** The content words of a text, cut to six letters so that "performed" and "performers" meet. */
function stems(text: string): Set<string> {
  return new Set(
    norm(text)
      .split(' ')
      .filter(w => w.length >= 4 && !FUNCTION_WORDS.has(w) && !/^\d/.test(w))
      .map(w => w.slice(0, 6)),
  );
}

/** A political party's name: "Pakistan Muslim League-Nawaz", "Pashtunkhwa Milli Awami Party", "Jamiat Ulema-e Islam (F)". */
const PARTY = /\b(?:Party|League|Movement|Front|Alliance)\b|\(\p{Lu}\)$/u;

/** The word that says what kind of body a name is. */
const BODY_HEAD = /\b(?:Court|University|College|School|Party|Assembly|Council|Commission|Committee|Bank|Agency|Ministry|Department|Police|Army|Navy|Observatory|Laboratory|Institute|Hospital|Museum|League|Union|Senate|Parliament|Congress)\b/;


/** Whether the words after a blank make it a modifier: a lower-case noun right after, not a verb. */
function modifies(textAfter: string): boolean {
  const next = /^\s+([\p{Ll}-]+)/u.exec(textAfter)?.[1];
  if (!next || FUNCTION_WORDS.has(next) || VERB.test(next) || /ed$/.test(next)) return false;
  // "the ___ sanctions committee": a plural noun before another noun is a modifier too ("the Broncos
  // wins" is rare; "the ___ says" is a verb).
  const then = /^\s+[\p{Ll}-]+\s+([\p{Ll}-]+)/u.exec(textAfter)?.[1];
  return !/[^s]s$/.test(next) || (!!then && !FUNCTION_WORDS.has(then) && !VERB.test(then) && !/(?:ed|ing|ly)$/.test(then));
}

/** A sentence that starts by pointing back: "The decision …", "The star …" (its antecedent came before). */
const POINTS_BACK =
  /^(?:["“‘]?\s*)the (?:decision|threat|death|deaths|attack|attacks|launch|concerns?|family|star|planet|move|deal|plan|incident|crash|case|company|firm|group|bill|report|statement|announcement|news|attempt|change|event|agreement|couple|man|woman|boy|girl|victim|victims|suspect|suspects|pair|study|project|team|club|city|town|country|region|ship|plane|aircraft|vehicle|building|ruling|verdict|law|measure|program|programme|party|government|official|officials|body|effort|operation|offensive|campaign|strike|strikes|talks|meeting|vote|result|results|game|match)\b/i;
/** An event named as already known, anywhere in the sentence, and not defined there ("of", "to", "that"). */
const REFERS_BACK =
  /\b(?:the|this|that) (?:(?:joint|final|latest|new|surprise|sudden|unanimous|controversial|historic|landmark|initial|original|earlier|recent|court's|court|government's|government)\s+)?(?:decision|launch|attack|incident|crash|deal|move|plan|threat|ruling|verdict|offensive|operation|talks|meeting|vote|discovery|announcement|allegations?|claims?|complaint|concerns|accident|collision|explosion|blast|shooting)\b(?! (?:of|to|that|by|for|which|who)\b| (?:on|in|at) (?!(?:January|February|March|April|May|June|July|August|September|October|November|December|\d|last|this|the (?:first|second|third|last))\b))/i;
/** A plural the sentence names before its "they" or "their": "the researchers", "Coaches", "David and Louise Turpin". */
const PLURAL_BEFORE =
  /(?:^|\b(?:the|both|all|many|some|several|most|two|three|four|five|six|\d+)\s+)(?:[\p{L}-]+\s+)?(?!(?:is|was|has|this|its|his|hers|thus|us|as|always|sometimes|perhaps|news|series|species)\b)(?:[\p{L}-]{3,}[^s's]s|children|people|men|women|police)\b|\b\p{Lu}\p{Ll}+ and \p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?\b/u;

/** A quotation followed by "she said" (or "he added"): '"We cannot …," she said.' */
const PRONOUN_QUOTE = /^[“"]([^”"]{25,300}?)[,.!?]?[”"],?\s+(?:she|he)\s+(?:said|says|added|told \w+|explained|warned|insisted)\.$/;

/** A speaker named by role, right before a verb of saying: "The father said", "one of the children said". */
const ROLE_SPEAKER = /(?:^\s*|[,;]\s+)((?:[Tt]he|[Oo]ne of the) (?!(?:same|other|two|three|first|second|last|next)\b)\p{Ll}{3,}(?: \p{Ll}{3,})?) (?:said|says|added|told|explained|stated|wrote)\b/u;

/** A noun right before a name that it describes: "an exoplanet, named ___", "its star, ___", "the company ___". */
const NOUN_BEFORE = /\b(?:an?|the|its|their)\s+(?:[\p{Ll}-]+\s+){0,3}?(\p{Ll}{3,})(?:,\s*(?:named|called)?|\s+(?:named|called))?\s+$/u;
/** A noun right after a name that it describes: "___ is a blue A-type star". */
const NOUN_AFTER = /^\s+(?:is|was)\s+(?:an?|the)\s+(?:[\p{L}-]+\s+){0,3}?(\p{Ll}{3,})\b(?!-)/u;

/**
 * What an opening "The planet" stands for when the article names one planet only ("an exoplanet,
 * named KELT-9b"): the name, and the length of the words it replaces.
 */
function referent(text: string, referents: Map<string, Set<string>>): { name: string; length: number } | undefined {
  const m = /^the (\p{Ll}+)\b/iu.exec(text);
  if (!m) return undefined;
  const names = namesFor(m[1]!.toLowerCase(), referents);
  return names.size === 1 ? { name: [...names][0]!, length: m[0].length } : undefined;
}

/** The names the article gives things of this noun ("planet": "an exoplanet, named KELT-9b"). */
function namesFor(noun: string, referents: Map<string, Set<string>>): Set<string> {
  const names = new Set<string>();
  for (const [n, set] of referents) if (n === noun || (n.endsWith(noun) && n.length - noun.length <= 3)) for (const x of set) names.add(x);
  return names;
}

/** Words that paint a scene or a feeling, not what happened: a quotation of them is colour. */
const COLOUR = /\b(?:horrible|horrific|terrible|awful|shocking|devastating|heartbreaking|heartbroken|surreal|scary|frightening|terrifying|unbelievable|incredible|(?:barely|hardly) recogni[sz]able|like a war zone|nightmare)\b/i;

/** Who sees the news happen without a part in it: "Passenger Derek Pettaway", "a witness, Ann Lee,". */
const WITNESS = '(?:passengers?|witness(?:es)?|eyewitness(?:es)?|bystanders?|onlookers?|residents?|neighbou?rs?|commuters?|shoppers?|spectators?)(?:,)?';

/** A town named as known, where the story may name several: "the mayor of the city", "the town's". */
const THE_TOWN = /\bof the (?:city|town|village)\b(?! of\b)|\bthe (?:city|town|village)['’]s\b/i;

/** People named in the plural: "the Turpins", "children", "officials". */
const PEOPLE_BEFORE =
  /\bthe \p{Lu}\p{Ll}+s\b|\b(?:children|people|parents|players|officials|police|residents|soldiers|workers|students|fans|families|passengers|members|voters|troops|fighters|militants|rebels|astronomers|researchers|scientists|doctors|teachers|farmers|ministers|leaders|women|men|coaches|rowers|crew)\b/iu;

/** A time told from an earlier one: "that year", "the same day", "in the next few minutes". */
const THEN = /\b(?:that|the same|the following|the next|the previous|the next few|the following few) (?:year|years|day|days|week|weeks|month|months|minutes|hours|morning|evening|night|season|time)\b/i;
/** Opening words that tie the sentence to an earlier one. */
const CONNECTIVE = /^(?:["“‘]?\s*)(?:[\p{L}\d]+ (?:minutes|hours|days|weeks|months|years) (?:later|earlier|after|afterwards)|soon after|afterwards|after that|over the next|in the next|on the next|within (?:hours|days|minutes)|when all|at the time|by then|earlier|the next day|the following|in response|as a result|despite this|even so|in addition|on the other hand|specifically|in particular|for example|for instance|moreover|furthermore|additionally|indeed|in fact|likewise)\b/iu;
/**
 * A verb right after a name (past a description set off by commas): the name is the subject, what the
 * sentence is about ("___ forced Newton to fumble", "___, who appeared with Kerry, said …"). Readers
 * found the other places of a name (the object of a play, who a report came from) mostly trivia.
 */
const SUBJECT_OF =
  /^(?:,[^,]{1,90},)?\s+(?:(?:also|then|later|again|had|has|have|was|were|is|are|will|would|could|did)\s+)?(?:\p{Ll}+ed|\p{Ll}{2,}s|was|were|is|are|has|had|have|will|would|could|can|did|does|struck|won|lost|beat|made|took|gave|got|told|said|sang|ran|led|held|kept|left|met|paid|sent|wrote|brought|bought|sold|found|fell|rose|hit|set|put|cut|saw|began|became|came|went|stole|threw|drew|chose|spoke|stood|knew)\b/u;

/** A bound on a figure: "more than 4000°C", "at least 116 people", "under 20 percent". */
const BOUND_OF =
  /\b(more than|over|above|at least|exceeding|in excess of|less than|fewer than|under|below|at most)\s+(?:about\s+)?(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(\s*°\s?[CF]|\s*%|\s+[\p{L}-]+)/giu;

/** The unit a figure is given in, from the words after it: "°c" as well as what `unitAfter` reads ("%", "people"). */
function unitOf(after: string): string {
  const degrees = /^\s*°\s?([CF])/.exec(after);
  return degrees ? `°${degrees[1]!.toLowerCase()}` : unitAfter(after);
}

/** Whether a bound of the article on the key's unit, one the key keeps, rules the figure out. */
function outOfBounds(value: number, key: number, unit: string, bounds: { value: number; unit: string; above: boolean }[]): boolean {
  return !!unit && bounds.some(b => b.unit === unit && (b.above ? key >= b.value && value < b.value : key <= b.value && value > b.value));
}

/** Where a speaker spoke, told before what they said: "Speaking in ___, Kerry said …", "At a meeting in ___, …". */
const SPOKE_IN = /^(?:(?:Speaking|Writing|Talking|Addressing|Appearing|Arriving)\b|(?:At|During|After) (?:a|an|the) (?:meeting|conference|news conference|press conference|summit|briefing|speech|rally|hearing)\b)[^,]*$/;

/** The event a headline reports, and where: "… injured in Amtrak train collision in South Carolina". */
const EVENT_IN =
  /\b(collision|crash|accident|derailment|attack|bombing|explosion|blast|fire|shooting|earthquake|storm|flood|flooding|riot|protest|election|referendum)\s+in\s+(\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){0,3})/u;

/** A shot or kick that missed: off the woodwork, against a post, wide, saved. */
const MISSED =
  /\b(?:off the (?:woodwork|post|bar|crossbar)|hit the (?:goal ?post|post|bar|crossbar|upright)|(?:missing|missed) (?:his|her|their|a|the) (?:chance|shot|penalty|kick)|(?:went|sent|fired) (?:\p{Ll}+ )?wide|forced a (?:\p{Ll}+ )?save)/u;

/** The base score of "Who said …?": readers accepted most of them, more than most blanks. */
const SAID_SCORE = 4;

/** Words between a name and another name that say nothing of who did what to whom ("and", "said"). */
const VERB_SKIP = new Set(['and', 'but', 'with', 'said', 'says', 'told', 'for', 'from', 'the', 'whose', 'who', 'than', 'nor', 'beside', 'like']);

/** What a person's life story dates: a first, a prize, a name earned, a post taken. */
const MILESTONE = /\b(?:became|won|acquired the nickname|was (?:named|inducted|awarded|elected|appointed)|received)\b/;

/** What a place is to the story, said right after it: "near Sirte, its stronghold" is no aside. */
const HELD = /^,\s+(?:its|their|his|her|the group['’]s)\s+(?:\p{Ll}+\s+)?(?:stronghold|capital|base|headquarters|home|birthplace|hometown)\b/u;
/** Where a place is beside the point: where someone came from or went, a venue, a landmark ("south of ___"). */
const ASIDE_PLACE =
  /\b(?:from|near|reach|reaching|toward|towards|across|via|through|bound for|(?:north|south|east|west|northeast|northwest|southeast|southwest) of|outside(?: of)?|at)\s+(?:the\s+)?(?:(?:neighbou?ring|nearby|eastern|western|northern|southern|central|coastal|small|large|nearby|(?:city|town|village|port) of)\s+){0,3}$/i;

/** What a number counts when it is the news: the dead and hurt, bombs, children, years of a sentence. */
const GRAVE = /^(?:killed|dead|deaths|died|injured|wounded|hurt|injuries|casualties|victims|people|children|colleagues|soldiers|civilians|bombs|explosions|blasts|hostages|missing|years)$/;

/** Times told from the day a story was written, which a quiz read later must not repeat. */
const RELATIVE = 'yesterday|today|tonight|last night|earlier today|(?:two|three|four|five|six|\\d) days ago|currently';
const RELATIVE_TIME = new RegExp(`\\b(?:${RELATIVE})\\b`, 'i');
const RELATIVE_INSIDE = new RegExp(`,?\\s+(?:${RELATIVE})\\b`, 'g');

/** Relative times that cannot leave a sentence without leaving it broken: "About a year ago, NASA reports, …". */
const FIXED_TIME = /\b(?:(?:about|some|nearly|almost|over|more than)\s+)?(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:years?|months?|weeks?)\s+ago\b|\b(?:last|this|next) (?:week|month|year)\b/i;

/**
 * A prompt as an editor would print it: without its relative times ("Yesterday in X court, …" is "In X
 * court, …"), and with the slips of the source mended (see `mended`). `families` are the surnames the
 * article also gives in the plural ("the Turpins").
 */
function edited(prompt: string, families: Set<string>): string {
  return (
    mended(prompt, families)
      .replace(/^(?:Yesterday|Today|Tonight|Last night|Earlier today),?\s+(\p{L})/u, (_, c: string) => c.toUpperCase())
      .replace(RELATIVE_INSIDE, '')
      // So does the day of the week, which says when only beside the story's date ("On Thursday,
      // President ___ signed …", "died in her home on Thursday morning"), and after a verb in the perfect
      // cannot stand at all ("Three bombs have exploded on the island of Majorca on Sunday").
      .replace(DAY_FIRST, (_, c: string) => c.toUpperCase())
      .replace(ON_DAY, '')
      // So do initials in brackets that the prompt never uses again ("the province of Khyber
      // Pakhtunkhwa (KP)"), and a figure's conversion to other units ("2:35 am local time (0735 UTC)",
      // "4300°C (7772°F)").
      .replace(/\s\((\p{Lu}{2,6})\)/gu, (all, letters: string, _at: number, whole: string) => (whole.replace(all, ' ').includes(letters) ? all : ''))
      .replace(CONVERSION, '')
      .replace(STATE_AFTER, (all, state: string) => (placeClass(state) === 'state' || placeClass(state) === 'country' ? `${all},` : all))
  );
}

/** A day of the week opening a sentence: "On Thursday, …", "Early on Sunday morning, …". */
const DAY_FIRST = /^(?:(?:Early|Late)\s+)?(?:[Oo]n|Last)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:morning|afternoon|evening|night))?,?\s+(\p{L}|_)/u;

/** A figure's conversion in brackets: "(0735 UTC)", "(7772°F)", "(112 km)", "(33 feet)". */
const CONVERSION = /\s\(\d[\d,.:]*\s*(?:°\s?[CF]|UTC|GMT|km|kilomet(?:re|er)s|miles?|mi|kg|kilograms|lb|pounds|ft|feet|m|metres|meters)\)/g;

/**
 * A state or a country after its town, with the sentence going on and no comma to close the pair, the
 * slip readers held against "born in Memphis, Tennessee on March 25, 1942": the comma is put in.
 */
const STATE_AFTER = /(?<=(?:___|\p{Lu}[\p{L}.'’-]*),\s)(\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?)(?=\s(?!(?:and|or|nor)\b)(?:[\p{Ll}\d]|___))/gu;

/**
 * Slips copied from the source that an editor mends before publishing, which readers held against the
 * questions (the evidence keeps the article's own words):
 * - an opening that tells no fact leaves (see `OPENER`);
 * - a compound before its noun takes its hyphen: "the all London final" is "the all-London final",
 *   "collided head on with" is "collided head-on with", "the second head on crash" is "the second head-on
 *   crash", "his first ever goal" is "his first-ever goal";
 * - a clause set against one in the past perfect takes the same tense: "the Panthers had lost only once
 *   …, while the Broncos won 12 of their 16 games" is "… while the Broncos had won …";
 * - a federal court's district is named with a capital: "court for the district of Delaware" is "court
 *   for the District of Delaware";
 * - a family's possessive is plural where the article names the family in the plural: "the Turpin's
 *   offspring" beside "the Turpins" is "the Turpins’ offspring";
 * - a place said twice says it once: "a security company in Iraq … arrested for the murder of two
 *   colleagues in Iraq" is "… the murder of two colleagues".
 */
function mended(prompt: string, families: Set<string>): string {
  return prompt
    .replace(OPENER, (_, next: string) => next.toUpperCase())
    .replace(/\b(first|last|best|worst) ever (?=\p{Ll})/gu, '$1-ever ')
    .replace(/\b([Tt]he|[Aa]n?) all (\p{Lu}\p{Ll}+)(?= \p{L})/gu, '$1 all-$2')
    .replace(/\b((?:collided|collide|collides|colliding|crashed|crash|crashes|crashing|smashed|slammed|hit|struck|ran)(?: \p{Ll}+ly)?) head on\b/gu, '$1 head-on')
    .replace(/\bhead on (?=(?:collisions?|crash|crashes|impact|smash)\b)/gu, 'head-on ')
    .replace(/\b(court (?:for|of) the )district of (?=\p{Lu}|___)/gu, '$1District of ')
    .replace(/\b(had (?:\p{Ll}+ly )?\p{Ll}+ [^;]*?, (?:while|whereas) (?:the )?\p{Lu}\p{L}*(?: \p{Lu}\p{L}*)* )(won|lost|scored|made|took|\p{Ll}+ed)\b/gu, '$1had $2')
    .replace(/\b([Tt]he) (\p{Lu}\p{Ll}+)(['’])s\b/gu, (all, the: string, name: string, mark: string) => (families.has(name) ? `${the} ${name}s${mark}` : all))
    .replace(/\b((?:in|at) (\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,3}))(?![\p{L}'’-])([^.;]*?) (?:in|at) \2(?=[.,;!?])/gu, '$1$3');
}

/**
 * What opens a sentence without telling a fact, which an editor drops from a question that must stand
 * alone: a comment ("Unfortunately for the Panthers, …") and an attribution to a statement told of before
 * ("According to the statement, …": which?). (Not "According to the complaint": a claim stays one.)
 */
const OPENER = /^(?:(?:Unfortunately|Fortunately|Luckily|Sadly|Thankfully|Surprisingly|Interestingly|Ironically)(?: for [^,]{1,40})?|(?:According to|Per) the (?:statement|announcement|release|press release)),\s+(\p{L}|_)/u;

/**
 * An aside told by a participle between the subject and its verb, which an editor trims from a question
 * as clutter where the blank is not in it: "Super Bowl 50, played at Levi's Stadium in Santa Clara,
 * California, in front of 71,088 spectators, marked the Broncos' third Super Bowl victory and their first
 * since ___." is "Super Bowl 50 marked …". (The subject is short and has no blank; the aside ends at the
 * first comma followed by a word that is not a preposition, a conjunction or a determiner: the verb.)
 */
const PARTICIPLE_ASIDE =
  /^([\p{Lu}\d][^,;_]{0,58}?),\s+\p{Ll}+ed\s(?:at|in|on|by|before)\s[^;_]*?,\s+(?=(?!(?:in|on|at|of|for|with|to|from|by|near|and|or|but|the|a|an|as|after|before|during|while|when|where|which|who|whose|some|most|all|its|their|his|her)\s)\p{Ll}+\s)/u;

/**
 * A clause before the blank's whose subject the blank's clause takes up again by a pronoun, which an
 * editor drops with the pronoun: "KELT-9 is about 650 light years from the earth, but it is about ___
 * million years old." is "KELT-9 is about ___ million years old." (The subject is a name of four words
 * at most, opening the sentence, its verb right after it; "The star KELT-9" too.)
 */
const CLAUSE_BEFORE =
  /^((?:The\s\p{Ll}+\s)?\p{Lu}[\p{L}\d.'’-]*(?:\s\p{Lu}[\p{L}\d.'’-]*){0,3})\s(?=(?:is|was|are|were|has|had|have)\s)[^_;,]*,\s+(?:but|and|yet|while)\s+(?:it|he|she|they)\s+(?=[^;]*___)/u;

/**
 * A sentence run on into a second with "and according to", whose "it" is the thing named just before,
 * which an editor rewrites as the second sentence alone, the thing named: "… revealed the discovery of an
 * exoplanet, named KELT-9b and according to the university's astronomy professor ___, it is "the
 * hottest gas giant planet …"" is "According to the university's astronomy professor ___, KELT-9b is
 * "the hottest …"". (Only where the blank is in the second: the first is not asked.)
 */
const RUN_ON =
  /^[^_]*?(\p{Lu}[\p{L}\d'’-]*(?:\s\p{Lu}[\p{L}\d'’-]*){0,3}),?\s+and\s+according\s+to\s+([^,;]{3,80}),\s+it\s+(is|was|has|had|will)\s+/u;

/**
 * A prompt without a clause of its own after the blank's, which an editor trims as clutter: "Khyber
 * Pakhtunkhwa is to have ___ seats in Pakistan's National Assembly, and the Senate size is to be
 * decreased to 96 from 104 by 2024." asks the seats; the Senate is another fact. (Only a clause with its
 * own subject and verb, after a comma; what is left keeps eight words at least.)
 * So are a comparison tacked on after it ("… is roughly ___°C, more than the surface temperature of an
 * average red dwarf star") and the laws a complaint was filed under, listed ("… in federal court for the
 * District of ___ under Section 2 of the Sherman Antitrust Act, Sections 4 and 16 of …"), a sentence
 * run on after it with "and according to" (see `RUN_ON`), what follows a semicolon, and who said it,
 * told at the end ("… died in her ___, Michigan, home, her publicist Gwendolyn Quinn stated on behalf
 * of the family").
 */
function unclaused(whole: string): string {
  const prompt = whole
    .replace(PARTICIPLE_ASIDE, '$1 ')
    .replace(CLAUSE_BEFORE, '$1 ')
    .replace(RUN_ON, (all: string, name: string, source: string, verb: string) => {
      // ("The university's" is named by the first sentence's "the Ohio State University", which goes.)
      const named = source.replace(/\bthe (\p{Ll}{3,})(?=['’]s\b)/u, (the, noun: string) => {
        const full = new RegExp(`\\b((?:[Tt]he\\s+)?(?:\\p{Lu}[\\p{L}.'’-]*\\s+){1,4}${noun[0]!.toUpperCase()}${noun.slice(1)})\\b`, 'u').exec(all);
        return full ? full[1]!.replace(/^The\b/, 'the') : the;
      });
      return `According to ${named}, ${name} ${verb} `;
    });
  const m =
    /^([^]*___[^,;]*?),\s+(?:(?:more|less|fewer|higher|lower|hotter|colder|larger|smaller|bigger|greater|longer|shorter|faster|slower)\s+than\s[^,;_]*|under\s+(?:Sections?|Articles?|Title|Chapter)\s[^;_]*)([.!?]["”’]?)$/u.exec(prompt) ??
    /^([^]*___[^,;]*?)\s+under\s+(?:Sections?|Articles?|Title|Chapter)\s[^;_]*,[^;_]*\band\b[^;_]*([.!?]["”’]?)$/u.exec(prompt) ??
    /^([^]*___[^;]*?);\s[^_]*?([.!?]["”’]?)$/u.exec(prompt) ??
    /^([^]*___[^,;]*?),?\s+and\s+according\s+to\s[^_]*?([.!?]["”’]?)$/u.exec(prompt) ??
    /^([^]*___[^;_]*?),\s+(?:(?:her|his|their|its|the|a|an)\s+)?(?:[\p{L}'’.-]+\s+){0,4}?(?:said|says|stated|reported|announced|confirmed)(?:\s+(?:on behalf of|in a statement|to reporters)[^,;_“”"]*)?([.!?])$/u.exec(prompt) ??
    /^([^]*___[^,;]*?),\s+(?:and|but|while|whereas)\s+(?:(?:it|he|she|they)\s|(?:the|a|an|its|their|his|her|this|that|\p{Lu}[\p{L}'’-]*)\s(?:[\p{L}'’-]+\s){0,4}?)(?:is|was|are|were|has|have|had|will|would|could|can|\p{Ll}+ed|won|lost|made|took|gave|became|began|came|went|led|held|kept|left|met|paid|sent|sold|sang|wrote|built|spent|stood|rose|fell|ran|saw|told)\b[^]*?([.!?]["”’]?)$/u.exec(prompt);
  return m && m[1]!.split(/\s+/).length >= 8 ? `${m[1]}${m[2]}` : prompt;
}

/** The surnames an article gives in the plural, for a family: "the Turpins", "the Kennedys". */
function familiesIn(sentences: Sentence[]): Set<string> {
  const out = new Set<string>();
  for (const s of sentences) for (const m of s.text.matchAll(/\b[Tt]he (\p{Lu}\p{Ll}+)s\b(?!['’])/gu)) out.add(m[1]!);
  return out;
}

/** A day of the week inside a sentence: "on Thursday morning", "early on Sunday". */
const ON_DAY = /,?\s+(?:(?:early|late)\s+)?(?:on|last) (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:morning|afternoon|evening|night))?\b/g;

/** Words that open a clause leaning on what came before: it cannot frame a quotation. */
const OPENS_ON_PRONOUN = /^(?:it|he|she|they|this|that|these|those|which|who|we|i|you)\b/i;

/** A verb of reporting right after a name: "___ said …", "Amtrak reported …". */
const REPORTS = /^\s+(?:said|says|stated|told|announced|confirmed|reported|reports)\b/;

/**
 * What words that are not a sentence were said of: the rest of the sentence after the verb of saying,
 * with the quotation in it ('the decision to arm the new government marked “the beginning of a
 * process, not the end of it”'). '' when the words need none; undefined when they cannot be asked: the
 * verb has no clause of its own after it, or the clause opens on a pronoun ("said it was …, which he
 * called “…”").
 */
function framed(text: string, speakerEnd: number, q: RegExpMatchArray, speaker: string): string | undefined {
  const between = text.slice(speakerEnd, q.index!);
  const verb = /^(?:,[^,]{1,100},)?,?\s+(?:said|says|added|stated|warned|told (?:reporters|journalists|the press|an? (?:press|news) conference|the \p{Lu}[\p{L}.]+|\p{Lu}[\p{L}.]+))(?:\s+that)?\s+/u.exec(between);
  if (!verb) return undefined;
  const lead = between.slice(verb[0].length);
  // (Not "in her ruling" after the words: "her" tells the speaker's sex, which rules options out.)
  const after = text.slice(q.index! + q[0].length).replace(/[.!]["”’]*$/, '');
  const tail = PRONOUN.test(after) ? '' : after;
  const said = `${lead}“${q[1]!.trim()}”${tail}`;
  const surname = surnameOf(speaker);
  if (!lead.trim() || OPENS_ON_PRONOUN.test(lead) || PRONOUN.test(lead) || said.includes(surname) || said.split(/\s+/).length > 40) return undefined;
  return said.replace(/"([^"]*)"/g, '“$1”');
}

/**
 * Whether a quotation cannot be asked "Who said …?" whoever said it: words about the speaker's family
 * or the listener's ("my children", "your children") rule out all but parents or children, and words
 * about people they do not name ("hug them") do not stand alone.
 */
function quoteFault(quote: string): boolean {
  // (Nor words joined to a clause they leave outside: "the only legitimate one in Libya and which must
  // now start to work" goes on from the article's "which he called", and reads as a slip when asked.)
  const joined = /\band (which|who|whom|whose)\b/i.exec(quote);
  if (joined && !new RegExp(`\\b${joined[1]}\\b`, 'i').test(quote.slice(0, joined.index))) return true;
  return /\b(?:my|your|our)\s+(?:children|kids|sons?|daughters?|siblings|brothers?|sisters?|parents|mother|father|mom|dad|family|wife|husband)\b/i.test(quote) || (/\b(?:him|her|them|they|their)\b/i.test(quote) && !/\s\p{Lu}\p{Ll}/u.test(quote));
}

/** "… the 6-week-old government in Tripoli, which he called “…”": what the words were said of. */
const CALLED = /\b((?:the|a|an)\s(?:(?!\b(?:to|the|a|an)\b)[^,;“”"]){3,80}),\s+which\s+(?:he|she|they)\s+(?:called|described as|termed|labell?ed)\s+$/;

/**
 * The subject of words that come before their speaker: 'The fledgling government, which arrived by
 * boat from neighboring Tunisia on March 31, “is the only entity that can unify the country,” Kerry
 * said.' gives 'the fledgling government, which arrived … on March 31, “is the only entity …”';
 * undefined where there is none to give.
 */
function subjectFrame(text: string, q: RegExpMatchArray, speaker: string): string | undefined {
  const before = text.slice(0, q.index!).trimEnd();
  const after = text.slice(q.index! + q[0].length);
  if (!before || OPENS_ON_PRONOUN.test(before) || before.split(/\s+/).length > 25 || before.includes(surnameOf(speaker))) return undefined;
  if (!/^[,.]?["”’]?\s*,?\s*\p{Lu}[\p{L}.'’ -]{0,50}\s(?:said|says|added)\.?$/u.test(after)) return undefined;
  return `${before.replace(/^\p{Lu}(?!\p{Lu})/u, c => c.toLowerCase())} “${q[1]!.trim()}”`;
}

/**
 * Whether the number at `at` belongs to a total and its parts, all in the clause (up to a semicolon):
 * the largest is the sum of the others ("21 new seats — sixteen general ones, four for women and one
 * for a non-Muslim candidate").
 */
function breakdown(text: string, at: number): boolean {
  const start = text.lastIndexOf(';', at) + 1;
  const end = text.indexOf(';', at);
  const clause = text.slice(start, end < 0 ? undefined : end);
  const values = [...clause.matchAll(/(?<![\p{L}\p{N}.,-])(?:\d{1,3}(?:,\d{3})+|\d+|[\p{L}-]+)(?![\p{L}\p{N}-]|[.,]\d)/gu)]
    .map(m => (/^one$/i.test(m[0]) ? 1 : (wordValue(m[0]) ?? (/^\d/.test(m[0]) ? Number(m[0].replace(/,/g, '')) : NaN))))
    .filter(n => !Number.isNaN(n));
  if (values.length < 3) return false;
  const top = Math.max(...values);
  return values.reduce((n, v) => n + v, 0) - top === top;
}

/** The years a text names: "in 1987", "the late 1950s" (as 1955), "2009's". */
function yearsIn(text: string): number[] {
  return [...text.matchAll(/(?<![\d,.])(1[89]\d\d|20\d\d)(s?)(?![\d,.]\d)/g)].map(m => Number(m[1]) + (m[2] ? 5 : 0));
}

/** A sentence that reports its speaker's words after "He said" or "She added": who "he" is comes from
 * the sentence before. */
const HE_SAID = /^(?:He|She)\s+(?:said|says|added|noted|explained|stated)(?:,\s*|\s+that\s+|\s+)(?=\S)/;
/** A verb of saying right after its speaker, and what follows it. */
const SAYS = /^\s+(?:said|says|added|noted|explained|stated)(?:\s+that)?\s+(?=\S)/;

/**
 * What a speaker said, in the article's words, as a question can ask it: 'the Obama administration
 * hopes … and “securing their own country themselves”' from 'He said the Obama administration hopes …
 * and "securing their own country themselves."'. Undefined where the words do not stand alone: they
 * open on a pronoun or point back ("the team discovered …"), name the speaker or someone by "he" or
 * "they", tell a time from the day of the story, or are too short or too long to be one fact.
 * (Words cut at a semicolon that goes on to another quotation: "…, and there was no panic; "I think …",
 * he said.")
 */
function reported(words: string, speaker: string): string | undefined {
  let said = words.replace(/;\s.*$/, '').replace(/[.!]?(["”’]*)\.?$/, '$1').replace(/"([^"]*)"/g, '“$1”').trim();
  // (A quotation left open by the cut is no quotation.)
  if ((said.match(/[“”]/g)?.length ?? 0) % 2 === 1) return undefined;
  said = said.replace(/([^”])[.,]”$/, '$1”');
  const n = said.split(/\s+/).length;
  const outside = said.replace(/“[^”]*”/g, ' ');
  if (n < 6 || n > 40) return undefined;
  if (OPENS_ON_PRONOUN.test(said) || PRONOUN.test(outside) || /\b(?:they|them|their|we|us|our)\b/i.test(outside) || quoteFault(said)) return undefined;
  if (POINTS_BACK.test(said) || REFERS_BACK.test(said) || THEN.test(said) || CONNECTIVE.test(said) || FIXED_TIME.test(said) || RELATIVE_TIME.test(said) || /[?:]/.test(outside)) return undefined;
  if (norm(said).includes(norm(surnameOf(speaker)))) return undefined;
  return said;
}

/** A personal pronoun: before any name in the sentence, it refers to someone named earlier. ("They" is
 * dealt with on its own: PLURAL_BEFORE.) */
const PRONOUN = /\b(?:he|she|him|her|his|hers)\b/i;

export interface CandidateOptions {
  title: string | undefined;
  /** Seeded number from 0 to n - 1 (numbers.ts). */
  roll: Roll;
}

/** Every candidate question of the article, before ranking. */
export function candidates(sentences: Sentence[], mentions: Mention[], { title, roll }: CandidateOptions): Candidate[] {
  aliases.clear();
  byWord.clear();
  const byKind = new Map<MentionKind, string[]>();
  const counts = new Map<string, number>();
  /** The context words each name is found with in the article ("ruler", "militants"). */
  const contexts = new Map<string, Set<string>>();
  const numbers: NumberContext['others'] = [];
  /** The bounds the article sets on figures of a unit: "more than 4000°C", "fewer than 20 people". */
  const bounds: { value: number; unit: string; above: boolean }[] = [];
  // (The headline's too, which the quiz shows above its questions: "more than a hundred injured".)
  for (const s of [...sentences.map(x => x.text), inFigures(title ?? '')]) {
    for (const b of s.matchAll(BOUND_OF)) bounds.push({ value: Number(b[2]!.replace(/,/g, '')), unit: unitOf(b[3]!), above: /^(?:more|over|above|at least|exceeding|in excess)/i.test(b[1]!) });
  }
  /** Places and bodies the article names after "the" ("the JFTC"), and without it ("Sony"). */
  const withThe = new Set<string>();
  const bare = new Set<string>();
  /** Places the article names only as where someone spoke ("Speaking in Vienna, Kerry said …"), and
   * the others: a venue abroad is no option for where something happened ("a training camp in ___"). */
  const venues = new Set<string>();
  const scenes = new Set<string>();
  /** The content words of the sentences each name is in, and in how many sentences each word is. */
  const vocab = new Map<string, Set<string>>();
  const spread = new Map<string, number>();
  const families = familiesIn(sentences);
  for (const m of mentions) {
    const list = byKind.get(m.kind) ?? [];
    if (!list.some(x => norm(x) === norm(m.text))) list.push(m.text);
    byKind.set(m.kind, list);
    counts.set(norm(m.text), (counts.get(norm(m.text)) ?? 0) + 1);
  }
  {
    let i = 0;
    for (const s of sentences) {
      const words = stems(s.text);
      for (const w of words) spread.set(w, (spread.get(w) ?? 0) + 1);
      for (; i < mentions.length && mentions[i]!.start < s.end; i++) {
        const m = mentions[i]!;
        if (m.start < s.start) continue;
        const known = vocab.get(norm(m.text)) ?? new Set();
        for (const w of words) known.add(w);
        vocab.set(norm(m.text), known);
        const before = s.text.slice(0, m.start - s.start);
        if (m.kind === 'place') (SPOKE_IN.test(before) ? venues : scenes).add(norm(m.text));
        if (m.kind === 'place' || m.kind === 'organization' || m.kind === 'thing') (/\bthe\s+$/i.test(before) ? withThe : bare).add(norm(m.text));
        const after = s.text.slice(m.end - s.start);
        const word = contextWord(before, after);
        if (word) contexts.set(norm(m.text), (contexts.get(norm(m.text)) ?? new Set()).add(word));
        if (m.kind === 'number') numbers.push({ text: m.text, value: m.value!, unit: unitAfter(after) });
      }
    }
  }
  const fullNames = (byKind.get('person') ?? []).filter(p => p.includes(' '));
  /** The first words of longer names ("california institute" of "California Institute of Technology"). */
  const prefixes = new Set<string>();
  for (const list of byKind.values()) {
    for (const name of list) {
      const words = norm(name).split(' ');
      for (let n = 1; n < words.length; n++) prefixes.add(words.slice(0, n).join(' '));
    }
  }
  /** In a game report, the side each person plays for, where the article says ("Bronco Darian Stewart"). */
  const sides = sidesOf(title, sentences, mentions, name => fullNames.find(p => alias(p, name)) ?? name);
  const gameReport = reportsWin(title, sentences[0]?.text);
  /** Whether two people play for one side, by the article. */
  const teamMates = (a: string, b: string) => {
    const [x, y] = [a, b].map(n => sides.get(fullNames.find(p => alias(p, n)) ?? n));
    return x !== undefined && x === y;
  };
  const main = mainPerson(mentions, fullNames, sentences, title ?? '');
  /** Whether a name is the story's person's ("Franklin", "Aretha Franklin"; not "Anna Franklin"). */
  const isMain = (name: string) => !!main && alias(name, main.name);
  /** Whether a name is of the story's person's family, often the person under another name. */
  const kin = (name: string) => !!main && surnameOf(name) === surnameOf(main.name);
  /** People the article quotes or gives a role: the plausible speakers and office-holders. */
  const voices = new Set<string>();
  /** Those of them found in a sentence with a verb of saying: who may have said a quotation. */
  const speaking = new Set<string>();
  /** The word each person's role ends in ("president" of "Pakistani President Mamnoon Hussain"). */
  const office = new Map<string, string>();
  for (const r of roles(sentences, mentions)) {
    voices.add(r.person.text);
    office.set(r.person.text, r.role.split(/\s+/).at(-1)!.toLowerCase());
  }
  /**
   * The years of the sentences that name each person ("a 1987 duet with British singer George Michael"):
   * a person of the 1980s is no option for what was done "in the late 1950s".
   */
  const years = new Map<string, number[]>();
  /** The latest year the article names: about when the story was written. */
  const latest = Math.max(0, ...sentences.flatMap(s => yearsIn(s.text)));
  {
    let i = 0;
    for (const s of sentences) {
      const found = yearsIn(s.text);
      for (; i < mentions.length && mentions[i]!.start < s.end; i++) {
        const m = mentions[i]!;
        if (m.kind !== 'person' || m.start < s.start || !found.length) continue;
        for (const name of new Set([m.text, ...(byKind.get('person') ?? []).filter(p => alias(p, m.text))])) years.set(name, [...(years.get(name) ?? []), ...found]);
      }
    }
  }
  {
    let i = 0;
    for (const s of sentences) {
      const said = SAID.test(s.text);
      for (; i < mentions.length && mentions[i]!.start < s.end; i++) {
        const m = mentions[i]!;
        if (said && m.kind === 'person' && m.start >= s.start) {
          const name = fullNames.find(p => alias(p, m.text)) ?? m.text;
          voices.add(name);
          speaking.add(name);
        }
      }
    }
  }
  /** How often a person is named, by any of their names ("Mamnoon Hussain", "President Hussain"). */
  const people = mentions.filter(m => m.kind === 'person');
  const times = new Map<string, number>();
  const namedTimes = (name: string) => {
    let n = times.get(name);
    const last = surnameOf(name);
    if (n === undefined) times.set(name, (n = people.filter(m => alias(m.text, name) || surnameOf(m.text) === last).length));
    return n;
  };
  /**
   * Whether a person first appears in the last third of the story: a source quoted near the end ("Pentagon
   * spokesman Peter Cook said …"), whose words and role readers found beside the point.
   */
  const bodyStart = sentences[0]?.start ?? 0;
  const bodyEnd = sentences.at(-1)?.end ?? 0;
  const late = (name: string) => {
    const last = name.split(/\s+/).at(-1);
    const first = people.find(m => alias(m.text, name) || m.text.split(/\s+/).at(-1) === last);
    return !!first && first.start > bodyStart + ((bodyEnd - bodyStart) * 2) / 3;
  };
  /** How often a body, place or thing is named, by any of its names ("Intel", "Intel Corporation"). */
  const body = sentences.map(s => s.text).join('\n');
  const namedTimesAny = (name: string) => {
    // (Longest form first, in one pass: "Norden" inside "Norden Corporation" is not counted twice.)
    const forms = [name, ...otherNames(name)].sort((a, b) => b.length - a.length).map(f => f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    return body.match(new RegExp(`(?<![\\p{L}\\p{N}])(?:${forms.join('|')})(?![\\p{L}\\p{N}])`, 'gu'))?.length ?? 0;
  };
  /** The place and the organisation named most often (three times or more): what the story is about. */
  const subjects = new Map<MentionKind, string>();
  for (const kind of ['place', 'organization'] as const) {
    const best = [...(byKind.get(kind) ?? [])].map(n => [n, counts.get(norm(n)) ?? 0] as const).sort((a, b) => b[1] - a[1])[0];
    if (best && best[1] >= 3) subjects.set(kind, best[0]);
  }
  /** The wrong speakers offered for each speaker. */
  const speakers = new Map<string, string[]>();
  /** The wrong speakers offered for a speaker: people who speak in the article first (a ruler long dead
   * is not a plausible speaker of today's words), then people with a role. */
  const speakerOptions = (full: string, quote: string) => {
    let options = speakers.get(full);
    if (!options) {
      const other = (d: string) => !alias(d, full) && !sameName(d, full, fullNames);
      const talkers = [...fullNames.filter(d => speaking.has(d) && other(d)), ...roleVoices];
      speakers.set(full, (options = talkers.length >= 3 ? talkers : [...talkers, ...fullNames.filter(d => voices.has(d) && !speaking.has(d) && other(d))]));
    }
    // (Not a speaker the quotation itself names, by any of their names: "Aretha helped define …" is not
    // Aretha Franklin's words.)
    const named = ` ${norm(quote)} `;
    return options.filter(d => !d.split(/\s+/).some(w => /^\p{Lu}\p{L}{2,}/u.test(w) && !TITLE_WORD.test(w) && named.includes(` ${norm(w)} `)));
  };
  /** The people each person is listed with in a sentence ("A, B, C and D"): one side, one group. */
  const listedWith = new Map<string, Set<string>>();
  {
    let i = 0;
    for (const s of sentences) {
      const here: Mention[] = [];
      for (; i < mentions.length && mentions[i]!.start < s.end; i++) if (mentions[i]!.start >= s.start && mentions[i]!.kind === 'person') here.push(mentions[i]!);
      let run: string[] = [];
      const close = () => {
        if (run.length >= 3) for (const p of run) listedWith.set(p, new Set([...(listedWith.get(p) ?? []), ...run.filter(q => q !== p)]));
        run = [];
      };
      for (const [j, m] of here.entries()) {
        const name = fullNames.find(p => alias(p, m.text)) ?? m.text;
        const gap = j > 0 ? s.text.slice(here[j - 1]!.end - s.start, m.start - s.start) : '';
        // (A role may stand before a name of the list: ", and skipper John Terry".)
        if (j > 0 && !/^,?\s+(?:and\s+)?(?:\p{Ll}+\s+)?$/u.test(gap)) close();
        run.push(name);
      }
      close();
    }
  }
  /** Speakers named by their role alone ("The mother"), who are options in "Who said …?" too. */
  const roleVoices: string[] = [];
  for (const s of sentences) {
    const quoted = /[“"][^”"]{25,300}[”"]/.exec(s.text);
    const role = quoted && ROLE_SPEAKER.exec(s.text.replace(quoted[0], ' '));
    const label = role?.[1]!.replace(/^\p{Ll}/u, c => c.toUpperCase());
    if (label && !roleVoices.some(r => norm(r) === norm(label))) roleVoices.push(label);
  }
  const titleWords = new Set(norm(title ?? '').split(' ').filter(w => w.length > 3));
  const titleStems = new Set(norm(title ?? '').split(' ').filter(w => w.length >= 3).map(w => w.slice(0, 5)));
  const lead = new Set(norm(sentences.filter(s => s.paragraph <= 1).map(s => s.text).join(' ')).split(' '));
  /** The nouns the article gives its things and bodies: "an exoplanet, named KELT-9b", "KELT-9 is a blue star". */
  const referents = new Map<string, Set<string>>();
  {
    let i = 0;
    for (const s of sentences) {
      for (; i < mentions.length && mentions[i]!.start < s.end; i++) {
        const m = mentions[i]!;
        if (m.start < s.start || (m.kind !== 'thing' && m.kind !== 'organization')) continue;
        const noun = NOUN_BEFORE.exec(s.text.slice(0, m.start - s.start))?.[1] ?? NOUN_AFTER.exec(s.text.slice(m.end - s.start))?.[1];
        if (noun) referents.set(noun.toLowerCase(), (referents.get(noun.toLowerCase()) ?? new Set()).add(m.text));
      }
    }
    // "The game" of a report whose headline or lead names it: "Super Bowl 50, played at Levi's Stadium …".
    const game = gameOf(title, sentences[0]?.text);
    if (game) for (const noun of ['game', 'match']) referents.set(noun, new Set([game]));
  }
  /** The event the headline reports, and where ("… injured in Amtrak train collision in South Carolina"). */
  const event = EVENT_IN.exec(title ?? '');
  /** The country the story is about: the one it names most, twice at least, and more than any other. */
  const country = (() => {
    const ranked = (byKind.get('place') ?? []).filter(p => placeClass(p) === 'country').map(p => [p, counts.get(norm(p)) ?? 0] as const).sort((a, b) => b[1] - a[1]);
    return ranked[0] && ranked[0][1] >= 2 && (ranked[1]?.[1] ?? 0) < ranked[0][1] ? ranked[0][0] : undefined;
  })();
  /** Each initials' name, as the article spells it out in brackets (found once per article). */
  const spelledOut = new Map<string, Mention | undefined>();
  /** The full names by surname. */
  const bySurname = new Map<string, string[]>();
  for (const p of fullNames) bySurname.set(surnameOf(p), [...(bySurname.get(surnameOf(p)) ?? []), p]);
  /**
   * A prompt that names what it speaks of, as a question must that stands alone: initials the article
   * spells out elsewhere are spelled out ("KP is to have ___ seats" is "Khyber Pakhtunkhwa is to …"), and
   * "the planet" of an article that names one planet is named ("Due to tidal locking, KELT-9b's surface
   * temperature …"), a person by their full name, and "the country's" by the country's. Never with the
   * key, nor where the name already stands in the prompt.
   */
  const namesShown = (prompt: string, key: Mention, inside: Mention[]): string => {
    let out = prompt;
    for (const m of inside) {
      if (m === key || !/^\p{Lu}{2,5}$/u.test(m.text)) continue;
      // (Where the article spells them out in brackets: "Khyber Pakhtunkhwa (KP)"; not "NFL", which
      // needs no spelling out.)
      if (!spelledOut.has(m.text)) spelledOut.set(m.text, mentions.find(f => f.text.includes(' ') && alias(m.text, f.text) && sentences.some(x => x.text.includes(`${f.text} (${m.text})`))));
      const full = spelledOut.get(m.text);
      if (!full || alias(full.text, key.text) || out.includes(full.text)) continue;
      out = out.replace(new RegExp(`(?<![\\p{L}\\p{N}-])${m.text}(?![\\p{L}\\p{N}-]|\\s+\\p{Lu})`, 'u'), full.text);
    }
    // (And a person named by surname, by the one full name the article gives them: "___ forced Cam Newton
    // to fumble … and T. J. Ward recovered".)
    for (const m of inside) {
      if (m === key || m.kind !== 'person' || m.text.includes(' ')) continue;
      const full = bySurname.get(m.text) ?? [];
      if (full.length !== 1 || alias(full[0]!, key.text) || out.includes(full[0]!)) continue;
      // (Not "the Okafor's children", the family.)
      out = out.replace(new RegExp(`(?<![\\p{L}'’-]|\\p{Lu}[\\p{L}'’.-]*\\s|\\b[Tt]he\\s)${m.text}(?![\\p{L}-]|\\s+\\p{Lu})`, 'u'), full[0]!);
    }
    // (And "the country's" of a story about one country, where the sentence names no other: "in
    // Pakistan's National Assembly".)
    if (country && !inside.some(m => m.kind === 'place' && placeClass(m.text) === 'country' && !alias(m.text, country)) && !alias(country, key.text)) out = out.replace(/\bthe country(?=['’]s\b)/, country);
    // (And "the game" of a report that names it: "Entering Super Bowl 50, the Panthers had lost …".)
    const game = namesFor('game', referents);
    if (game.size === 1 && ![...game].some(g => alias(g, key.text) || out.includes(g))) out = out.replace(/(?<=\S\s)the (?:game|match)\b(?!['’])/u, [...game][0]!);
    // (And the story's event by where the headline puts it, where the prompt opens on it and names no
    // place: "The collision in South Carolina happened at about 2:35 am …" under "… injured in Amtrak
    // train collision in South Carolina".)
    if (event && !norm(out).includes(norm(event[2]!)) && !alias(event[2]!, key.text)) out = out.replace(new RegExp(`^The ${event[1]}(?=\\s(?!in\\b|at\\b|near\\b|of\\b|on\\b))`, 'u'), `The ${event[1]} in ${event[2]}`);
    // (And a part of it, which alone says nothing of which game: "In the second quarter of Super Bowl
    // 50, the Panthers scored …".)
    if (game.size === 1 && ![...game].some(g => alias(g, key.text) || out.includes(g))) out = out.replace(/^((?:In|After|During|Early in|Late in|Midway through) the (?:first|second|third|fourth|final|last) (?:quarter|half|period|inning|set|round))(?=,)/u, `$1 of ${[...game][0]!}`);
    return out.replace(/(?<=\S\s)the (\p{Ll}{3,})(?=['’]s\b)/u, (all, noun: string) => {
      const names = namesFor(noun, referents);
      const name = [...names][0];
      return names.size === 1 && name && !alias(name, key.text) && !out.includes(name) ? name : all;
    });
  };
  /**
   * What someone said, told in the article's words, as an editor prints it in a question that stands
   * alone: without an aside on what they spoke of ("the fledgling government, which arrived by boat
   * from neighboring Tunisia on March 31, “is …”"), and with the government of a story about one
   * country named ("the new government" is "Libya’s new government"). Never inside a quotation.
   */
  const anchored = (words: string): string => {
    const out = words.replace(/^([^“”"]*?),\s+which\s[^,“”"]{3,80},\s+/u, '$1 ');
    const quoted = out.search(/[“"]/);
    const before = quoted < 0 ? out : out.slice(0, quoted);
    if (!country || words.includes(country)) return out;
    const named = before.replace(/\bthe ((?:new|fledgling|interim|transitional|unity)\s+)government\b/, (_, adjective: string) => `${country}${/s$/.test(country) ? '’' : '’s'} ${adjective}government`);
    return named + out.slice(before.length);
  };
  /** Where a list of claims begins: a lead-in ending in a colon that attributes what follows. */
  const claimsFrom = sentences.findIndex(s => /:\s*$/.test(s.text) && /\b(?:according to|alleg|claim|complain|accus|charg)/i.test(s.text));
  /** The speaker each "he said" sentence was found to mean, by the sentence's index. */
  const resolved = new Map<number, { name: string; from: number }>();
  /**
   * Who "he" or "she" opening a report of speech is: the speaker the sentence before meant, or the one
   * person it names (or, where it names several, the one it makes the subject of a verb of saying:
   * "Libyan Prime Minister Fayez Serraj, who appeared with Kerry, said …"), in full. The sentence before
   * may end the paragraph before. `from` is where the evidence begins: the sentence that names them.
   */
  const antecedent = (index: number): { name: string; from: number } | undefined => {
    const sentence = sentences[index]!;
    const before = sentences[index - 1];
    if (!before || before.paragraph < sentence.paragraph - 1) return undefined;
    const chained = resolved.get(index - 1);
    if (chained) return chained;
    const name = onePerson(before, true);
    return name ? { name, from: before.start } : undefined;
  };
  /**
   * The one person a sentence names, in full (or, with `speaker`, the one it makes the subject of a verb
   * of saying where it names several); undefined where it names none, or several, or one named in full
   * nowhere in the article.
   */
  const onePerson = (s: Sentence, speaker: boolean): string | undefined => {
    const found = mentions.filter(m => m.kind === 'person' && m.start >= s.start && m.end <= s.end);
    const talker = speaker && found[0] && /^(?:,[^,]{1,90},)?\s+(?:said|says|told|added)\b/.test(s.text.slice(found[0].end - s.start)) ? [found[0]] : found;
    const named = [...new Set(talker.map(m => fullNames.find(p => alias(p, m.text)) ?? m.text))];
    return named.length === 1 && named[0]!.includes(' ') ? named[0] : undefined;
  };
  /**
   * The name for "He", "She", "His" or "Her" opening a sentence where the sentence before, in the same
   * paragraph, names one person only, in full somewhere in the article ("… Robben picked up the scraps.
   * He sent a cross in …" is "Robben sent a cross in …"): the surname, as news names someone the
   * second time.
   */
  const onlyBefore = (index: number, pronoun: string): string | undefined => {
    const before = sentences[index - 1];
    if (!before || before.paragraph !== sentences[index]!.paragraph || !/^(?:he|she|his|her)$/i.test(pronoun)) return undefined;
    const name = onePerson(before, false);
    if (!name) return undefined;
    return /^(?:he|she)$/i.test(pronoun) ? surnameOf(name) : `${surnameOf(name)}’s`;
  };
  /**
   * What "It" opening a sentence is: the subject of the sentence before, in the same paragraph, where
   * that is a place, body or thing named ("Libya has faced …. It remains …"), the country of a story
   * about one ("The oil-rich country has faced …. It remains beset by armed militias …") or a thing of a
   * kind the article names one of ("The planet …. It …").
   */
  const thingBefore = (index: number): string | undefined => {
    const before = sentences[index - 1];
    if (!before || before.paragraph !== sentences[index]!.paragraph) return undefined;
    const verb = '\\s+(?:has|have|had|is|was|are|were|will|would|can|could|\\p{Ll}+ed)\\b';
    const name = new RegExp(`^(\\p{Lu}[\\p{L}\\d'’-]*(?:\\s\\p{Lu}[\\p{L}\\d'’-]*){0,3})${verb}`, 'u').exec(before.text)?.[1];
    if (name) return mentions.some(m => m.start === before.start && m.text === name && m.kind !== 'person') ? name : undefined;
    const noun = new RegExp(`^(?:The|This)\\s+(?:[\\p{L}-]+\\s+){0,3}?(\\p{Ll}{3,})${verb}`, 'u').exec(before.text)?.[1];
    if (!noun) return undefined;
    if (/^(?:country|nation)$/.test(noun)) return country;
    const names = namesFor(noun, referents);
    return names.size === 1 ? [...names][0] : undefined;
  };
  const out: Candidate[] = [];
  /** Sentences that stand alone: the other kinds of question are made from them too. */
  const usable: Sentence[] = [];
  /** Sentences that stand alone once a leading pronoun is named, as asked ("Her brother …" is "Rosa Lind’s brother …"). */
  const restated = new Map<Sentence, string>();
  const paragraphs = Math.max(1, ...sentences.map(s => s.paragraph + 1));
  const place = (s: Sentence) => (s.paragraph === 0 ? 3 : 0) + (1 - s.paragraph / paragraphs) * 2;
  /** Whether the article introduces someone as a bystander to the news ("Passenger Derek Pettaway told
   * …"): what they say is colour, which readers rejected as beside the point. */
  const witness = (name: string) => {
    const last = surnameOf(name).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return new RegExp(`\\b${WITNESS}\\s+(?:\\p{Lu}[\\p{L}'’.-]*\\s+){0,2}${last}(?![\\p{L}])`, 'iu').test(body);
  };
  // Mentions and sentences are both in text order: walk them together, not one against all.
  let first = 0;
  for (const [index, sentence] of sentences.entries()) {
    while (first < mentions.length && mentions[first]!.start < sentence.start) first++;
    const words = sentence.text.split(/\s+/).length;
    // '"We cannot ask families to bail out their kitchens," she said.': the speaker is the one person
    // the sentence before names (see `antecedent`).
    const echoed = PRONOUN_QUOTE.exec(sentence.text);
    if (echoed) {
      const by = antecedent(index);
      const quote = echoed[1]!.trim();
      if (by && quote.length >= 25 && !norm(quote).includes(norm(surnameOf(by.name))) && !quoteFault(quote)) {
        const at = sentence.start;
        out.push({ sentence, key: { text: by.name, kind: 'person', start: at, end: at }, prompt: `___ said: “${quote}”`, distractors: speakerOptions(by.name, quote), score: SAID_SCORE + place(sentence), quote, fillIn: false, from: by.from });
        resolved.set(index, by);
      }
      continue;
    }
    // What someone said, told in the article's words: "He said the Obama administration hopes …" (the
    // one speaker of the sentence before), or "Kerry said the international community must find a
    // “delicate balance” …" (the story's person, who is never a blank): "Who said …?".
    const heSaid = HE_SAID.exec(sentence.text);
    const opener = first < mentions.length && mentions[first]!.end <= sentence.end ? mentions[first]! : undefined;
    const byMain =
      !heSaid && opener?.kind === 'person' && isMain(opener.text) && /^(?:(?:\p{Lu}[\p{L}.]*|of)\s+)*$/u.test(sentence.text.slice(0, opener.start - sentence.start))
        ? SAYS.exec(sentence.text.slice(opener.end - sentence.start))
        : null;
    // (A quotation of its own is asked as one, below.)
    const talker = heSaid ? antecedent(index) : byMain && main && !/[“"][^”"]{25,}[”"]/.test(sentence.text) ? { name: main.name, from: sentence.start } : undefined;
    if (talker) {
      const words = heSaid ? sentence.text.slice(heSaid[0].length) : sentence.text.slice(opener!.end - sentence.start + byMain![0].length);
      const said = reported(words, talker.name);
      if (said) {
        const key: Mention = heSaid ? { text: talker.name, kind: 'person', start: sentence.start, end: sentence.start } : { ...opener!, text: talker.name };
        const score = SAID_SCORE - 1 + place(sentence);
        out.push({ sentence, key, prompt: `___ said ${anchored(said)}`, asked: `Who said ${anchored(said)}?`, distractors: speakerOptions(talker.name, said), score, quote: said, fillIn: false, ...(heSaid ? { from: talker.from } : {}) });
      }
      resolved.set(index, talker);
    }
    if (heSaid) continue;
    // A question needs a whole declarative sentence: not a question, not a list item or lead-in (";", ":"),
    // and with no blank of its own ("___" in the text would make a second blank).
    // (A leading "She" or "His" may name the story's main person: that is decided below.)
    // (A pronoun inside an opening quotation is the speaker's: '"I love my children," the father said.')
    // (Words that only link it to the sentence before are left out: the rest is what is asked, and
    // must stand alone.)
    const linked = LINKED.exec(sentence.text);
    // A sentence told as following an earlier event the one before dates ("In November, jets killed a
    // commander …" then "Three months later, jets killed several dozen fighters …") is the story's history:
    // readers took its facts for side details.
    const history = !!linked && /^[\p{L}\d]+ (?:minutes|hours|days|weeks|months|years) later/iu.test(linked[0]) && index > 0 && PAST_OPENING.test(sentences[index - 1]!.text);
    const cut = linked ? linked[0].length : 0;
    const unlinked = linked ? sentence.text.slice(cut).replace(/^\p{Ll}/u, c => c.toUpperCase()) : sentence.text;
    const leading = /^[“"][^”"]{25,300}[”"]/.test(unlinked) ? undefined : LEADING_PRONOUN.exec(unlinked)?.[0];
    const it = !linked && leading === 'It' ? thingBefore(index) : undefined;
    if (unlinked.split(/\s+/).length < 8 || words > 45 || (leading && !it && !/^(?:he|she|his|her)$/i.test(leading.trim())) || !/[.!…]["”’)]*$/.test(sentence.text) || /_{3,}/.test(sentence.text)) continue;
    // A figure given with its margin of error ("a bulk density of 1.7±0.7 g/cm³") belongs to a paper's
    // results: a sentence with one reads as jargon in a quiz, whatever it asks.
    if (/\d\s*±\s*\d/.test(sentence.text)) continue;
    // Sentences that lean on earlier ones: "The decision …", "Soon after …", "… withdrew from the
    // launch" (the very first one cannot).
    // ("The planet …" stays when the article names one planet only: it is asked as "KELT-9b …".)
    const named = index > 0 && POINTS_BACK.test(unlinked) ? referent(unlinked, referents) : it ? { name: it, length: 2 } : undefined;
    // (Unless the headline names it: "The bill …" under "President signs bill to merge …".)
    // (Not "The planet …" where the article names two planets: which one?)
    const known = (m: RegExpExecArray | null) => {
      const noun = m && /(\p{L}+)$/u.exec(m[0])![1]!.toLowerCase();
      return !!noun && !(titleStems.has(noun.slice(0, 5)) && namesFor(noun, referents).size <= 1);
    };
    // ("Of the city" after the sentence names its town is that town: "A ceremony was held in Nagasaki, Japan
    // … to commemorate the atomic bombing of the city".)
    const town = THE_TOWN.exec(unlinked);
    const townNamed = (at: number) => {
      for (let i = first; i < mentions.length && mentions[i]!.start < at; i++) if (mentions[i]!.kind === 'place' && mentions[i]!.start >= sentence.start + cut) return true;
      return false;
    };
    if (index > 0 && ((known(POINTS_BACK.exec(unlinked)) && !named) || CONNECTIVE.test(unlinked) || known(REFERS_BACK.exec(unlinked)) || (town && !townNamed(sentence.start + cut + town.index)) || THEN.test(unlinked))) continue;
    // ("About a year ago" is a year before the day of the story, which a quiz read later does not know.)
    if (FIXED_TIME.test(sentence.text.replace(/[“"][^”"]*[”"]/g, ' '))) continue;
    // An unbalanced quotation is part of a longer quote: it does not stand alone either. (Its first
    // sentence may still be asked as "Who said …?": 'Rozitis explained: "We found a rubble pile. …'.)
    const open = (sentence.text.match(/[“”"]/g)?.length ?? 0) % 2 === 1;
    const inside: Mention[] = [];
    for (let i = first; i < mentions.length && mentions[i]!.start < sentence.end; i++) if (mentions[i]!.end <= sentence.end) inside.push(mentions[i]!);
    // "In 1968 she won …": a pronoun before any name refers to someone named earlier.
    const firstName = inside.find(m => m.kind === 'person' || m.kind === 'organization');
    // "against them", "their leader": a plural pronoun outside a quotation points back too.
    const outsideQuotes = sentence.text.replace(/[“"][^”"]*[”"]/g, q => ' '.repeat(q.length));
    // (Unless the sentence names them first: "the Turpins had kept their children", "Coaches took the
    // field to settle their players".)
    // ("Them" is an object, which means people the sentence names first, not its other nouns: "the
    // Turpins … allowed them", but not "… launched two airstrikes against them".)
    const plural = /\b(?:they|them|their)\b/i.exec(outsideQuotes);
    const them = /\bthem\b/i.exec(outsideQuotes);
    if (plural && (!PLURAL_BEFORE.test(outsideQuotes.slice(0, plural.index)) || (them && !PEOPLE_BEFORE.test(outsideQuotes.slice(0, them.index))))) continue;
    const pronoun = PRONOUN.exec(outsideQuotes);
    // In a story about one person, "She …" is that person: the sentence is asked with the name.
    let said = unlinked;
    let at = Infinity;
    let delta = 0;
    if (named) {
      // (A designation keeps the noun it stands for, which says what it is: "The star is about 650 light
      // years away" is "The star KELT-9 is …", not "KELT-9 is …" beside the planet "KELT-9b".)
      const as = /^the \p{Ll}+$/iu.test(unlinked.slice(0, named.length)) && /^[\p{Lu}\d][\p{Lu}\d-]*\d[\p{L}\d-]*$/u.test(named.name) ? `${unlinked.slice(0, named.length)} ${named.name}` : named.name;
      said = as + unlinked.slice(named.length);
      at = 0;
      delta = as.length - named.length;
    }
    // (Where it cannot, the sentence asks no blank; a quotation in it may still be asked "Who said …?":
    // 'On her death, Barack Obama tweeted, "Aretha helped define …'.)
    let unresolved = false;
    if (pronoun && (!firstName || pronoun.index < firstName.start - sentence.start)) {
      // Only when the person named last before this sentence is the main one ("He" after a quote from
      // a spokesman is the spokesman).
      let last = first - 1;
      // (People named once by a single word are often not people at all: "Atlantic", "Respect".)
      // (Nor is "she" a man named since, by his first name: "… when King was assassinated in 1968, she
      // sang at his funeral. … She sang at Barack Obama's 2009 inauguration" is the singer again.)
      const otherSex = /^(?:she|her)$/i.test(pronoun[0]) ? 'male' : /^(?:he|his|him)$/i.test(pronoun[0]) ? 'female' : undefined;
      const passed = (m: Mention) => {
        const full = fullNames.find(p => alias(p, m.text));
        return !full || (!!otherSex && !isMain(full) && genderOf(full) === otherSex);
      };
      while (last >= 0 && (mentions[last]!.kind !== 'person' || passed(mentions[last]!))) last--;
      const name = main && last >= 0 && isMain(mentions[last]!.text) ? nameFor(pronoun[0], main) : named ? undefined : onlyBefore(index, pronoun[0]);
      if (named || cut || !name || (pronoun.index > 0 && !/^(?:(?:In|By|On|At|After|Before|Since|During|From|Until|By)\b[^,]*|(?:One|Some|Many|Most|All|Both|Each|Several|Two|Three) of)\s$/.test(sentence.text.slice(0, pronoun.index)))) unresolved = true;
      else {
        said = `${sentence.text.slice(0, pronoun.index)}${pronoun.index ? name : name.replace(/^\p{Ll}/u, c => c.toUpperCase())}${sentence.text.slice(pronoun.index + pronoun[0].length)}`;
        at = pronoun.index;
        delta = name.length - pronoun[0].length;
        // Another pronoun before the one named would still point back.
        unresolved = PRONOUN.test(said.slice(0, at));
      }
    }
    if (said === sentence.text && !open && !unresolved) usable.push(sentence);
    else if (!open && !unresolved) restated.set(sentence, said);
    const overlap = norm(said).split(' ').filter(w => titleWords.has(w)).length;
    // (Compared by their first five letters: "Turpins" meets "Turpin", "sentenced" meets "sentences".)
    const stemOverlap = norm(said).split(' ').some(w => w.length >= 3 && titleStems.has(w.slice(0, 5)));
    // "Who said ...?": a quotation of some length, and a named speaker outside it, with a verb of saying.
    // (Not where the quotation goes on to turn it round, "I was expecting to find a high-density metallic
    // asteroid … Instead we found the opposite!": its first sentence alone says the reverse of what was meant.)
    const turned = open && /^(?:Instead|But|However|Yet|On the contrary|In fact)\b/.test(sentences[index + 1]?.text ?? '');
    const opening = open && !turned ? /[“"]([^”"]{25,300}?)[,.!?]?$/.exec(sentence.text) : null;
    const quotes = open ? (opening ? [opening] : []) : [...sentence.text.matchAll(/[“"]([^”"]{25,300}?)[,.]?[”"]/g)];
    /** The speakers of this sentence's quotations: asked as "Who said …?", not as a blank before the quote. */
    const speakersHere = new Set<string>();
    for (const q of quotes) {
      const qStart = sentence.start + q.index!;
      const qEnd = qStart + q[0].length;
      const rest = sentence.text.slice(0, q.index!) + sentence.text.slice(q.index! + q[0].length);
      const outside = inside.filter(m => m.kind === 'person' && (m.end <= qStart || m.start >= qEnd));
      const quote = q[1]!.trim();
      // Words that open on a verb have lost their subject ("is the only entity that can unify the
      // country"): they are asked with it, or not at all (below).
      const verbFirst = /^(?:is|are|was|were|has|have|had|will|would|could|can|should|must|does|did|may|might)\b/.test(quote);
      // A speaker the article names by role alone: "The father said", "One of the children said".
      const byRole = outside.length ? undefined : ROLE_SPEAKER.exec(rest);
      if (quoteFault(quote)) continue;
      // (Words of a speaker named by role are asked as they are: not when they have lost their subject.)
      if (byRole && verbFirst) continue;
      if (byRole) {
        const at = sentence.start + sentence.text.indexOf(byRole[1]!);
        const text = byRole[1]!.replace(/^\p{Ll}/u, c => c.toUpperCase());
        const key: Mention = { text, kind: 'role', start: at, end: at + byRole[1]!.length };
        // (Not a speaker the quotation itself names: "I love my children" is not one of the children's.)
        const others = [...roleVoices, ...fullNames.filter(d => voices.has(d))].filter(d => norm(d) !== norm(text) && !norm(quote).includes(norm(d).split(' ').at(-1)!));
        out.push({ sentence, key, prompt: `___ said: “${quote}”`, distractors: others, score: SAID_SCORE + place(sentence), quote, fillIn: false });
        continue;
      }
      const speaker = outside[0];
      if (!speaker || !SAID.test(rest) || outside.length > 1) continue;
      if ((byKind.get('person') ?? []).some(p => alias(p, speaker.text) && norm(quote).includes(norm(p)))) continue;
      // Speakers are people who speak in the article: named in full as the key is, never the key's other name.
      // ("Kerry said": "John Kerry", when one person of the article has that surname.)
      const bySurname = speaker.text.includes(' ') ? [] : fullNames.filter(p => p.split(/\s+/).at(-1) === speaker.text);
      const full = bySurname.length === 1 ? bySurname[0]! : speaker.text;
      const key = full === speaker.text ? speaker : { ...speaker, text: full };
      // Words that are not a sentence ("the beginning of a process, not the end of it") are asked with
      // what they were said of: "Who said the decision to arm the new government marked “…”?"
      // ("…, which he called “…”" is asked "Who called …?"; words before their speaker are asked with the
      // subject before them: 'The fledgling government … “is the only entity …,” Kerry said.')
      const called = /^\p{Ll}/u.test(quote) ? CALLED.exec(sentence.text.slice(0, q.index!)) : null;
      const frame = !/^\p{Ll}/u.test(quote)
        ? ''
        : called
          ? `${called[1]} “${quote}”`
          : speaker.end - sentence.start <= q.index!
            ? framed(sentence.text, speaker.end - sentence.start, q, speaker.text)
            : subjectFrame(sentence.text, q, speaker.text);
      if (frame === undefined) continue;
      const verb = called ? 'called' : 'said';
      const options = speakerOptions(full, quote);
      const score = SAID_SCORE + place(sentence);
      out.push({ sentence, key, prompt: frame ? `___ ${verb} ${anchored(frame)}` : `___ said: “${quote}”`, distractors: options, score, quote, fillIn: false, ...(frame ? { asked: `Who ${verb} ${anchored(frame)}?` } : {}) });
      if (options.length >= 2) speakersHere.add(speaker.text);
    }
    if (open || unresolved) continue;
    for (const key of inside) {
      // The person a story is about is named in most prompts: asking for their name tests nothing.
      // (Not in a game report whose headline does not name them: there the player named most, "Didier
      // Drogba", is who won it, in a few of its sentences only.)
      if (key.kind === 'person' && isMain(key.text) && !(gameReport && !showsText(surnameOf(main!.name), title ?? ''))) continue;
      if (speakersHere.has(key.text)) continue;
      // (Not a name in the words left out: "Three months later, …".)
      if (key.start - sentence.start < cut) continue;
      const shift = (i: number) => (i - cut >= at ? i - cut + delta : i - cut);
      const from = shift(key.start - sentence.start);
      const to = shift(key.end - sentence.start);
      const before = said[from - 1] ?? ' ';
      const after = said[to] ?? ' ';
      const textBefore = said.slice(0, from);
      // The initials after a name spelled out ("Khyber Pakhtunkhwa (KP)") are its other name, which would
      // give the blank away: they leave the prompt.
      const spelled = /^\s*\((\p{Lu}{2,6})\)/u.exec(said.slice(to));
      const initials = spelled && key.kind !== 'person' && alias(spelled[1]!, key.text) ? spelled[1]! : undefined;
      const numeric = key.kind === 'number' || key.kind === 'year';
      const rest = initials ? said.slice(to + spelled![0].length) : said.slice(to);
      // So would a number's own conversion in brackets ("roughly 4300°C (7772°F)", "70 miles (112 km)"):
      // it leaves the prompt too.
      const converted = numeric ? /^([°%]?\s*\p{L}*)\s*\(\d[^()]*\)/u.exec(rest) : null;
      const textAfter = converted ? converted[1]! + rest.slice(converted[0].length) : rest;
      // Never blank part of a token: a word, a hyphenated form ("6-week-old"), a time ("2:35"), a
      // decimal, "±0.7": the blank stands between spaces and ordinary punctuation only.
      if (!/[\s("“‘[]/.test(before) || !/[\s.,;:!?)"”’\]%°]/.test(after) || (!numeric && /[%°]/.test(after)) || /^[:.,/]\d/.test(textAfter.slice(0, 2))) continue;
      // "the ___’s attempt": a possessive blank reads badly and wants a fragment as its answer.
      if (/^['’]s\b/.test(textAfter)) continue;
      // Never leave half a name as a clue: "Aretha ___" for "Franklin", "___ Ellis" for "Port".
      const prevWord = /([\p{Lu}][\p{L}'’-]*)\s$/u.exec(textBefore)?.[1];
      const nextWord = /^\s([\p{Lu}][\p{L}'’-]*)/u.exec(textAfter)?.[1];
      // A number that is part of a name or designation ("Athlon 64", "Super Bowl 50", "21 Lutetia"), or
      // inside brackets ("(0735 UTC)").
      // (A year that opens the sentence may be followed by its subject: "In 1987 Aretha Franklin became …".)
      const subjectNext = key.kind === 'year' && /^(?:In|By)\s$/.test(textBefore) && (to + 1 === at || inside.some(m => m.kind === 'person' && m.start === key.end + 1));
      if (numeric && ((prevWord && from > prevWord.length + 1) || (nextWord && !subjectNext) || before === '(')) continue;
      if (!numeric && ((prevWord && !TITLE_WORD.test(prevWord)) || (nextWord && !TITLE_WORD.test(nextWord)))) continue;
      // "University of Tennessee, ___" or "___, Knoxville": a place beside the name gives it away.
      // (A city before its country may still be asked, as a detail: "held in ___, Japan".)
      // (A description with a possessive is no place: "___, Europe's largest computer retailer".)
      if (!numeric && ((key.kind !== 'place' && /^,\s+\p{Lu}/u.test(textAfter) && !/^,\s+\p{Lu}[\p{L}.-]*['’]s\s/u.test(textAfter)) || (key.kind !== 'person' && /\p{Lu}[\p{L}.]*,\s$/u.test(textBefore)))) continue;
      // The first part of a longer name: "the ___ of India" for "Badminton Association".
      if (key.kind === 'organization' && /^\s+of\s+(?:the\s+)?\p{Lu}/u.test(textAfter)) continue;
      // A place or a body used as a modifier ("the ___ striker", "a ___ touchdown") describes
      // something else, named earlier; its noun is often the clue.
      if ((key.kind === 'place' || key.kind === 'organization') && /\b(?:the|a|an)\s$/i.test(textBefore) && modifies(textAfter)) continue;
      // A number that is a label ("number 91") or one end of a range, or a year cut short ("‘03").
      // (A bound, "more than ___ countries", is asked to be typed: a smaller number offered would be as
      // true.)
      // (Not a window of time, "in the past ___ months", "within ___ days": a detail of when.)
      const unasked = numeric ? unaskable(textBefore, textAfter) : undefined;
      const bounded = unasked === 'bound' && /\b(?:more than|less than|fewer than|over|under|at least|at most|up to|as many as|as few as|nearly|almost)\s+$/i.test(textBefore);
      if (numeric && ((unasked && !bounded) || /['‘’]$/.test(textBefore))) continue;
      // Nor a number of a total the sentence breaks down: "adds 21 new seats — sixteen general ones,
      // four for women and one for a non-Muslim candidate": each is the sum or the difference of the rest.
      if (key.kind === 'number' && breakdown(sentence.text, key.start - sentence.start)) continue;
      // A number in words counts the noun after it ("thirteen children"); without one it is a pronoun
      // ("None of the twelve had …") or part of a phrase.
      if (key.kind === 'number' && /^\p{L}/u.test(key.text)) {
        const noun = /^\s+([\p{Ll}-]+)/u.exec(textAfter)?.[1];
        if (!noun || FUNCTION_WORDS.has(noun) || VERB.test(noun) || /^(?:more|less|fewer|others?|each|apiece|ago|later|earlier|straight|consecutive)$/.test(noun)) continue;
      }
      // The end of a longer name: "Rock and ___", "Bank of ___".
      if (!numeric && /\p{Lu}[\p{L}.]*\s+(?:and|of|&|de|du|von|van)\s+(?:the\s+)?$/u.test(textBefore)) continue;
      // Who reported or was told is rarely the point: "told the ___", "___ reports".
      // (A place after "to" is where someone went.)
      if (!numeric && ((key.kind !== 'place' && /\b(?:told|to|by|with|according to)\s+(?:the\s+)?$/i.test(textBefore) && SAID.test(sentence.text)) || /^\s+(?:reports?|reported)\b/.test(textAfter))) continue;
      // A year far from the lead is background ("said in 2000", "the Apollo 17 expedition in 1974", "a
      // contract in 1956"; readers rejected them all), except the birth or death of the story's person.
      // (Nor the milestones of that person's life, where the sentence is about them: "In 1987 she became
      // the first woman in the Rock and Roll Hall of Fame".)
      const milestone = main && MILESTONE.test(sentence.text) && (at !== Infinity || inside.some(m => m.kind === 'person' && isMain(m.text) && m.start - sentence.start < 20));
      if (key.kind === 'year' && sentence.paragraph > 1 && !(main && /\b(?:born|died)\b/.test(sentence.text)) && !milestone) continue;
      // A number far from the lead, counting nothing the headline or the lead names, in a sentence that
      // shares no word with the headline, is a detail ("a spill of 5,000 gallons", "3.55 g/cm³"): asked
      // only when nothing better is left.
      // A number matters when what it counts is in the headline or the lead.
      const unit = numeric ? unitAfter(textAfter) : '';
      // (A unit of one or two letters, "g" or "km", says nothing of what is counted.)
      // (Or one the article counts elsewhere, or the dead and hurt: "116 injured". Not what only its own
      // sentence names: "in front of 71,088 spectators" is a detail even in the lead.)
      const counted = unit.length >= 3 && (titleWords.has(unit) || GRAVE.test(unit) || (spread.get(unit.slice(0, 6)) ?? 0) >= 2);
      // (So is a figure the news replaced, "it previously had 124 seats", and an age, "when she was 10",
      // unless the headline gives one: "dies aged 76".)
      // ("up from an initial report of 70" too.)
      const superseded = /\b(?:previously|formerly|originally|initially|once)\s+(?:had|was|were|stood at|numbered|counted)\s+(?:about\s+|some\s+)?$|\b(?:up|down) from\s+(?:(?:an?|the)\s+(?:[\p{L}-]+\s+){0,3}?of\s+)?(?:about\s+)?$/iu.test(textBefore);
      // (And the age of anything else: "The star KELT-9 is about ___ million years old" beside the planet.)
      const age = (/\b(?:aged?|when (?:she|he|they) (?:was|were))\s+$/i.test(textBefore) || /^\s*(?:(?:thousand|million|billion)\s+)?years?\s+old\b/.test(textAfter)) && !(titleWords.has('aged') && /\b(?:died|dies|death)\b/.test(said));
      // (And a distance from a place named to say where another lies: "about ten miles (16 km) south of
      // Columbia".)
      const distance = /^\s*(?:miles|km|kilometres|kilometers)\s+(?:\p{Ll}+\s+)?(?:north|south|east|west|northeast|northwest|southeast|southwest|from|outside)\b/u.test(textAfter);
      // (And a figure of an aside on something else: "Media Markt, …, which accounts for 35 percent of
      // Germany's retail sales".)
      // (And one of an aside told by a participle after the subject: "Super Bowl 50, played at Levi's
      // Stadium …, in front of 71,088 spectators, marked …".)
      const described = /,\s+(?:which|who)\s[^,;]*$/.test(textBefore) || (/^[^,;]{1,60},\s+\p{Ll}+ed\s(?:at|in|on|by|before)\s[^;]*$/u.test(textBefore) && /^[^,;.]{0,40},/.test(textAfter));
      const background = history || (key.kind === 'number' && ((sentence.paragraph > 1 && !stemOverlap && !counted) || superseded || age || distance || described));
      // Who said it, told at the end ("…, ___, the Pentagon spokesman, said Monday."), and where a
      // speaker spoke ("Speaking in ___, …") are not what the sentence reports.
      if (key.kind === 'person' && /^,\s[^,]{0,80},\s+(?:said|says|told|added)\b[^,;]{0,30}\.$/.test(textAfter) && /,\s$/.test(textBefore)) continue;
      if (key.kind === 'place' && SPOKE_IN.test(textBefore)) continue;
      // Two names joined by "and" are a list too ("paid ___ and Toshiba"): the other may be as true.
      if (!numeric && inside.some(m => m !== key && m.kind === key.kind && m.start > key.end && /^\s+and\s+$/.test(sentence.text.slice(key.end - sentence.start, m.start - sentence.start)))) continue;
      // One name out of a list of three or more is a detail, and its neighbours are clues.
      // (Any but the last, with or without a comma before "and"; or the last.)
      if (
        !numeric &&
        (/^,\s+[^,]{1,40},\s+(?:and|or)?\s/.test(textAfter) ||
          // (Not a clause after it: "proposed by the ___, and passed with 229–1 …".)
          /^,\s+(?:and|or)\s(?!(?:\p{Ll}+ed|was|were|is|are|has|have|had|will|would|said|won|lost|made)\b)/u.test(textAfter) ||
          // ("Anna Berg, ___ and Erik Falk", "___, Carl Dahl and Erik Falk")
          (/,\s+$/.test(textBefore) && /^\s+(?:and|or)\s+\p{Lu}/u.test(textAfter)) ||
          /^,\s+\p{Lu}[^,]{0,40}\s+(?:and|or)\s+\p{Lu}/u.test(textAfter) ||
          /,[^,]{1,40},\s+(?:and|or)\s+$/.test(textBefore))
      )
        continue;
      // ("Yesterday", "two days ago" and "currently" tell the time from the day of the story, not the
      // reader's: they leave the prompt.)
      const plain = unclaused(edited(`${textBefore}___${textAfter}`, families));
      const prompt = namesShown(plain, key, inside);
      // The key, or a name of the same thing, must not stand elsewhere in the prompt.
      const initialsAt = initials ? key.end + spelled![0].indexOf(initials) : -1;
      if (inside.some(m => m !== key && m.start !== initialsAt && alias(m.text, key.text)) || norm(prompt).includes(norm(key.text))) continue;
      const context = contextWord(textBefore, textAfter);
      // A person named with a title or role ("Secretary of State ___") is asked against people the
      // article also quotes or gives a role, not a name in passing.
      const titled = key.kind === 'person' && (/\p{Lu}[\p{L}.]*\s$/u.test(textBefore) || !!context);
      // Where the sentence says where a place lies ("neighboring ___", "the turbulent North African
      // nation", "___, India", "the Spanish island of ___", "the eastern city of ___"), options could
      // only be ruled out by geography, which the article does not teach; and "Libyan Prime Minister
      // ___" rules out the people of other countries: both are fill-ins.
      const located =
        key.kind === 'place' &&
        (/\b(?:neighbou?ring|nearby|adjacent|bordering)\s+$/i.test(textBefore) ||
          /^,\s+\p{Lu}/u.test(textAfter) ||
          REGION.test(prompt) ||
          /\b(?:\p{Lu}\p{Ll}+(?:an|ian|ese|ish|i)|northern|southern|eastern|western|central|coastal)\b[^,.;]*\b(?:island|province|region|city|town|port|capital|state) of\s+$/u.test(textBefore));
      const national = key.kind === 'person' && /\b\p{Lu}\p{Ll}+(?:an|ian|ese|ish|i)\s+(?:\p{Lu}[\p{L}.]*\s+){1,3}$/u.test(textBefore);
      let pool: string[];
      if (located || national) {
        pool = [];
      } else if (numeric) {
        pool = numberDistractors({ text: key.text, value: key.value! }, key.kind === 'year', { before: textBefore, after: textAfter, others: numbers }, (n, ...salt) => roll(n, key.start, ...salt));
      } else {
        // The place or body the story is about is never a wrong option for another one: "arrived by
        // boat from neighboring ___" does not offer Libya in a story about Libya.
        const subject = subjects.get(key.kind);
        pool = (byKind.get(key.kind) ?? []).filter(p => (key.kind !== 'place' || (placeClass(p) === placeClass(key.text) && !(venues.has(norm(p)) && !scenes.has(norm(p))))) && !(subject && alias(p, subject)));
        // "the small city of ___" wants a town, not a county: "Lexington County" is ruled out by the prompt.
        if (key.kind === 'place' && /\b(?:city|town|village|port|capital) of\s+$/i.test(textBefore)) pool = pool.filter(p => !/\b(?:County|Province|State|District|Region|Islands?|Valley|Areas?)$/.test(p));
        // A surname ("Newton") is offered against the surnames of the article's other people, not
        // against single words the NLP package took for names ("Levi", "Graham").
        if (key.kind === 'person' && !key.text.includes(' ')) {
          const last = (p: string) => p.split(/\s+/).at(-1)!;
          // (Not a surname two people share: "Stewart" alone would name either.)
          const shared = (w: string) => fullNames.filter(p => last(p) === w && !TITLE_WORD.test(p.split(/\s+/)[0]!)).length > 1;
          // (For someone who speaks or has a role, the others who do: not "Nabil" of "a commander known
          // as Abu Nabil" for "___ called it imperative".)
          const speaker = fullNames.some(p => last(p) === key.text && voices.has(p));
          pool = [...new Set(fullNames.filter(p => !speaker || voices.has(p)).map(last))].filter(w => w !== key.text && w.length > 2 && /^\p{Lu}\p{Ll}/u.test(w) && !/^(?:Jr|Sr)\.?$/.test(w) && !shared(w));
        }
        // A place or a body is offered in the key's form: "as confirmed by the ___" wants a name the
        // article gives with "the" (a regulator, not "Sony"), "in ___" one it gives without.
        // Never a designation that differs by a letter: "KELT-9b" for "KELT-9" is a trick, not a fact.
        if (key.kind === 'thing') pool = pool.filter(p => !p.startsWith(key.text) && !key.text.startsWith(p));
        // A court for a court, a university for a university: "the writ of the ___" wants a court.
        // (A party for a party, whatever it calls itself: "League", "Party", "Movement", a faction's letter.)
        const head = key.kind === 'organization' ? BODY_HEAD.exec(key.text)?.[0] : undefined;
        if (key.kind === 'organization' && PARTY.test(key.text)) pool = pool.filter(p => PARTY.test(p));
        else if (head) pool = pool.filter(p => new RegExp(`\\b${head}\\b`).test(p));
        if (key.kind === 'place' || key.kind === 'organization' || key.kind === 'thing') {
          const form = /\bthe\s$/i.test(textBefore) ? withThe : bare;
          // (A party takes "the" whichever way the article wrote it: "proposed by the ___" offers "the
          // Pashtunkhwa Milli Awami Party", met only as "… (F) and Pashtunkhwa Milli Awami Party were …".)
          pool = pool.filter(p => form.has(norm(p)) || (form === withThe && PARTY.test(key.text) && PARTY.test(p)));
        }
        // Names found in sentences like this one first: the other players for a player, the other
        // singers for a singer. (Words shared by few sentences count most; a long article's pool is
        // left in its order.)
        if (pool.length <= 200) {
          const here = stems(said);
          for (const w of stems(key.text)) here.delete(w);
          const near = (p: string) => {
            let n = 0;
            for (const w of vocab.get(norm(p)) ?? []) if (here.has(w)) n += 1 / (spread.get(w) ?? 1);
            return n;
          };
          const closeness = new Map(pool.map(p => [p, near(p)]));
          pool = [...pool].sort((a, b) => closeness.get(b)! - closeness.get(a)!);
        }
        // People the article lists with the key ("Theo Walcott, Cesc Fabregas, Jeremie Aliadiere and
        // Justin Hoyte") are on the key's side: offered first, so that "his first goal for the Gunners"
        // is asked among the Gunners.
        const side = key.kind === 'person' ? listedWith.get(fullNames.find(p => alias(p, key.text)) ?? key.text) : undefined;
        if (side && side.size >= 3) pool = [...pool.filter(p => side.has(fullNames.find(f => alias(f, p)) ?? p)), ...pool.filter(p => !side.has(fullNames.find(f => alias(f, p)) ?? p))];
      }
      const size = (x: string) => x.split(/\s+/).length;
      // Same form as the key: a full name for a full name, about as many words.
      // (A generational suffix is not a word of the name: "Barack Obama" beside "Martin Luther King Jr.".)
      const named = (x: string) => size(withoutSuffix(x));
      const sameForm = (d: string) => (key.kind === 'person' ? size(d) > 1 === size(key.text) > 1 : true) && Math.abs(named(d) - named(key.text)) <= 1;
      const distractors: string[] = [];
      const keyYears = key.kind === 'person' ? yearsIn(said) : [];
      // Who did something to someone ("___ forced Newton to fumble") is not someone the article shows
      // having it done to them ("Bronco Darian Stewart forced Mike Tolbert to fumble", "forced running back
      // Ben Okafor to fumble"): the other side.
      const done = key.kind === 'person' ? /^\s+(\p{Ll}{3,})\s+\p{Lu}/u.exec(textAfter)?.[1] : undefined;
      const undergone = (d: string) => !!done && !VERB_SKIP.has(done) && [d, fullNames.find(p => alias(p, d)) ?? d].some(n => new RegExp(`\\b${done}\\s+(?:\\p{Ll}+\\s+){0,3}${n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'u').test(body));
      // A place where the article has the same thing done is as good as true: "U.S. jets killed several
      // dozen foreign fighters at a training camp in ___" does not offer Derna, where "F-15 fighter jets
      // killed a militant commander".
      const acted = key.kind === 'place' ? /\b(\p{Ll}{4,}ed)\b/u.exec(textBefore)?.[1] : undefined;
      const doneThere = (d: string) => !!acted && sentences.some(x => x !== sentence && new RegExp(`\\b${acted}\\b`).test(x.text) && showsText(d, x.text));
      for (const d of bounded ? [] : pool) {
        if (distractors.length >= 12) break; // enough to choose from; a long article has thousands
        if (!numeric && !fitsAsOption(d, key.text, context, contexts, fullNames, prefixes)) continue;
        if (doneThere(d)) continue;
        // (Nor a figure a bound the article sets rules out: "roughly ___°C" does not offer 3000 where the
        // article says the planet is "more than 4000°C", a bound the key keeps.)
        if (numeric && key.value !== undefined && outOfBounds(Number(d.replace(/,/g, '')), key.value, unitOf(textAfter), bounds)) continue;
        // (A surname for a surname: "Senate Chairman ___" offers the surnames of the others who speak.)
        if (titled && !voices.has(d) && !voices.has(fullNames.find(p => alias(p, d)) ?? d)) continue;
        if (key.kind === 'person') {
          // (Nor the holder of an office the prompt names: "presented to the president by Senate Chairman
          // ___" does not offer the president.)
          const held = office.get(d) ?? office.get(fullNames.find(p => alias(p, d)) ?? d);
          if (held && new RegExp(`\\bthe ${held}\\b`, 'i').test(said)) continue;
          // (Nor someone the article places only decades from the prompt's years.)
          const theirs = years.get(d);
          if (keyYears.length && theirs?.length && theirs.every(y => keyYears.every(k => Math.abs(y - k) > 20))) continue;
          // (And where the prompt is set decades before the story, only someone the article places then:
          // a singer the article dates nowhere is no option for a tour "in the late 1950s".)
          if (keyYears.length && keyYears.every(k => latest - k > 30) && !theirs?.some(y => keyYears.some(k => Math.abs(y - k) <= 20))) continue;
        }
        if (undergone(d)) continue;
        // (Nor, in a story about one person, someone of their family name: often the person under another name.)
        const fits = sameForm(d) && !(key.kind === 'person' && kin(d)) && !alias(d, key.text) && !inside.some(m => alias(m.text, d)) && !norm(said).includes(norm(d));
        // Two options that name the same thing ("U.N.", "United Nations") would both be wrong: keep one.
        if (fits && !distractors.some(x => alias(x, d))) distractors.push(d);
      }
      // In a game report, who did what is offered only among the key's team-mates the article lists with
      // them ("Arsenal fielded a young side, including Theo Walcott, Cesc Fabregas, …"), or is a fill-in:
      // other players were ruled out by readers who knew their side, their place (a goalkeeper for who
      // picked up a loose pass, the one quarterback among those offered for who was sacked) or that they
      // had left the field ("Terry was taken off").
      if (key.kind === 'person' && sides.size) {
        const lineup = listedWith.get(fullNames.find(p => alias(p, key.text)) ?? key.text);
        const mates = distractors.filter(d => lineup?.has(fullNames.find(p => alias(p, d)) ?? d) && teamMates(d, key.text));
        distractors.splice(0, distractors.length, ...(mates.length >= 3 ? mates : []));
      }
      const numberWeight = key.kind === 'number' ? (counted ? 1.5 : -3) : key.kind === 'year' ? (milestone ? -1 : -4) : 0;
      // Where the name stands: the subject of the sentence, or an aside.
      // (Not who a report came from: "…, her publicist ___ stated on behalf of the family", "___, a
      // spokesman for the county, gave a count".)
      const source =
        key.kind === 'person' &&
        ((REPORTS.test(textAfter) && /,\s+(?:[\p{L}'’-]+\s+){0,4}$/u.test(textBefore)) ||
          /^,\s+(?:an?|the)\s+(?:[\p{L}-]+\s+)?(?:spokes(?:man|woman|person)|publicist|official)\b/u.test(textAfter));
      // (A body that "said" something is where the news came from: "Amtrak said the crash killed two".)
      const says = key.kind !== 'person' && REPORTS.test(textAfter);
      const subject = SUBJECT_OF.test(textAfter) && !source && !says;
      // (Who did something to the sentence's subject, named last, is a side character: "was replaced by
      // ___", "presented to the president by Senate Chairman ___".)
      const sidePerson = key.kind === 'person' && /\bby\s+(?:(?:the|a|an)\s+)?(?:[\p{L}-]+\s+){0,2}$/u.test(textBefore) && !/\b(?:led|won|scored|written|directed|designed)\s+by\s/.test(textBefore);
      // Whom a spokesman speaks for ("a spokesman for ___"), and the place a distance is measured from to
      // say where another lies ("70 miles (112 km) south of ___", an aside already), are details readers
      // rejected every time.
      const affiliation = (key.kind === 'place' || key.kind === 'organization') && /\b(?:spokes(?:man|woman|person)|official|officer|representative|aide)\s+(?:for|of|at|with)\s+(?:the\s+)?$/i.test(textBefore);
      const landmark = key.kind === 'place' && /\b(?:miles|km|kilometres|kilometers)\s+(?:\([^()]*\)\s+)?(?:north|south|east|west|northeast|northwest|southeast|southwest)\s+of\s+$/.test(textBefore);
      const aside =
        source ||
        affiliation ||
        sidePerson ||
        // (A person first named in the story's last third, "Defence spokesman Karl Moss said …", is a side source.)
        (key.kind === 'person' && late(fullNames.find(p => alias(p, key.text)) ?? key.text)) ||
        (key.kind === 'place' && ((ASIDE_PLACE.test(textBefore) && !HELD.test(textAfter)) || (/^,\s+\p{Lu}/u.test(textAfter) && !(main && /\b(?:born|died|home)\b/.test(said))))) ||
        (key.kind === 'organization' && /\b(?:at|for)\s+(?:the\s+)?$/i.test(textBefore)) ||
        // ("in ___ criminal court", "the 2015 ___ season": a name that describes a noun.)
        ((key.kind === 'place' || key.kind === 'organization') && modifies(textAfter) && !/^\s+(?:next|last|this|each|every|early|late|later|earlier|today|tomorrow|yesterday|tonight)\b/.test(textAfter));
      // A chance a player missed ("blasted a ball off the woodwork, missing his chance to seal the
      // victory") changed nothing in a match: readers took it for play-by-play trivia.
      // And so is one play of a game report, not its outcome (see PLAY).
      const missed = MISSED.test(sentence.text) || (gameReport && PLAY.test(said));
      // So is a figure in a compound unit of science ("a grain density of 3.55 g/cm³", "9.8 m/s²"): it
      // belongs to a paper's results, not to what a reader keeps.
      const technical = numeric && /^\s*[\p{L}°]*(?:\/[\p{L}\d]+[²³]?|[²³])/u.test(textAfter);
      // A prompt of more than forty words is more than a reader holds in mind ("___, who is the oldest
      // quarterback to start a Super Bowl at the age of 39 and is rumored to …, completed 13 of 23 passes
      // for 141 yards …"): readers rejected it as overlong, whatever it asked.
      const overlong = prompt.split(/\s+/).length > 40;
      const slot = numeric || key.kind === 'thing' ? 0 : subject ? 2 : aside ? -4 : key.kind === 'person' ? -1 : 0;
      const importance =
        (sentence.paragraph === 0 ? 1 : 0) +
        (1 - sentence.paragraph / paragraphs) * 1 +
        Math.min(overlap, 3) +
        Math.min((counts.get(norm(key.text)) ?? 1) - 1, 3) +
        numberWeight -
        (background ? 3 : 0) +
        slot +
        (key.kind === 'person' ? 1 : 0);
      // A person named once who neither speaks nor has a role is a detail ("a militant commander known
      // as Abu Nabil"), and the people offered beside them are of other roles.
      if (key.kind === 'person' && namedTimes(key.text) < 2 && !voices.has(fullNames.find(p => alias(p, key.text)) ?? key.text)) continue;
      // A fill-in wants an answer a reader can type: short, not a list, and a name the article repeats.
      const fillIn =
        size(key.text) <= 2 && key.text.length <= 20 && !/[,/]/.test(key.text) && (key.kind !== 'person' || namedTimes(key.text) >= 2);
      out.push({
        sentence,
        key,
        prompt,
        distractors,
        // (An aside is asked only to give a short article its first few questions: below the floor.)
        // (So is a figure the news replaced, an age, a distance and a figure of an aside: "it previously had
        // ___ seats".)
        score: aside || superseded || age || distance || described || background || missed || technical || overlong ? Math.min(importance, FLOOR - 0.5) : importance,
        // (A side character, a number of the background, a chance missed or a figure of science, not
        // even then: readers rejected every one.)
        ...(sidePerson || background || affiliation || landmark || missed || technical ? { detail: true } : {}),
        fillIn,
        ...(key.kind === 'person'
          ? { answers: personAnswers(key.text, fullNames, full => people.some(m => m.start < key.start && norm(m.text) === norm(full)), other => !!context && !contexts.get(norm(other))?.has(context) && !!contexts.get(norm(fullNames.find(p => alias(p, key.text)) ?? key.text))?.has(context)) }
          : key.kind === 'number'
            ? numberAnswers(key.text, key.value!)
            : key.kind !== 'thing' && otherNames(key.text).length
              ? { answers: [key.text, ...otherNames(key.text)] }
              : {}),
        ...(said === sentence.text ? {} : { said }),
        // (Nor is a claim: the sentences after "According to the complaint, Intel has …:" are what AMD
        // alleges, not facts to mark true.)
        ...(RELATIVE_TIME.test(said) || (claimsFrom >= 0 && index > claimsFrom) ? { dated: true } : {}),
        // (So is a body or a thing the article names four times or more: "KELT-9", "AMD": other prompts
        // name it, so it is never the blank, only the fact a true/false statement may swap.)
        ...((main && alias(key.text, main.name)) || (key.kind !== 'person' && namedTimesAny(key.text) >= 4) ? { topic: true } : {}),
      });
      // (Where the name put in would give away another question's answer, "Due to tidal locking, KELT-9b's
      // surface temperature …" beside "… an exoplanet, named ___", the prompt as the article has it may
      // stand in: selection takes one of the two.)
      if (prompt !== plain) out.push({ ...out.at(-1)!, prompt: plain, score: out.at(-1)!.score - 0.25 });
    }
  }
  // (A role may be given in any sentence: "In the article, who is …?" does not need it to stand alone.)
  // (Only for people named twice or more, or given their role in the lead, or who speak early in the
  // story, and not first named in its last third: the role of a spokesman quoted near the end, or of a
  // ruler named in passing, is a detail.)
  // (The wrong roles are those of people who speak or are named twice: "longtime ruler" of a ruler named
  // once in passing is no role a reader weighs against "Libyan prime minister".)
  const ofNote = (person: string) => speaking.has(fullNames.find(p => alias(p, person)) ?? person) || namedTimes(person) >= 2;
  for (const w of whoIs(sentences, mentions, ofNote)) {
    const principal = !late(w.about!) && (namedTimes(w.about!) >= 2 || w.sentence.paragraph <= 1 || (speaking.has(w.about!) && w.sentence.paragraph <= 4));
    if (principal) out.push({ ...w, score: place(w.sentence) + 2.5, fillIn: false });
  }
  for (const w of whatIs(sentences, mentions)) out.push({ ...w, score: place(w.sentence) + 1.5, fillIn: false });
  // (Their prompts name people in full, and spell out initials, as the others do.)
  const inFull = (c: Candidate): Candidate => ({ ...c, prompt: namesShown(c.prompt, c.key, mentions.filter(m => m.start >= c.sentence.start && m.end <= c.sentence.end)) });
  out.push(...termCandidates(usable, restated, sentences, mentions, titleWords, place).map(inFull));
  out.push(...namedTermCandidates(usable, sentences, mentions, titleWords, place).map(inFull));
  out.push(...calledCandidates([...usable, ...restated.keys()], restated, mentions, place).map(inFull));
  out.push(...eventCandidates([...usable, ...restated.keys()].sort((a, b) => a.start - b.start), restated, mentions, families, place, main?.name));
  // (A count of the dead or hurt is of the headline's event, which the question names where it names
  // no place: "How many Amtrak employees were killed in the collision in South Carolina?")
  for (const h of howMany(usable)) {
    const { value, before, after } = h.number!;
    if (unaskable(before, after)) continue;
    const distractors = numberDistractors({ text: h.key.text, value }, false, { before, after, others: numbers }, (n, ...salt) => roll(n, h.key.start, ...salt));
    const unit = unitAfter(after);
    const atEvent = event && /\b(?:killed|injured|hurt|wounded|dead|missing|arrested|evacuated|rescued)\?$/.test(h.prompt) && !mentions.some(m => m.kind === 'place' && m.start >= h.sentence.start && m.end <= h.sentence.end);
    out.push({ ...h, ...(atEvent ? { prompt: h.prompt.replace(/\?$/, ` in the ${event[1]} in ${event[2]}?`) } : {}), distractors, score: place(h.sentence) + (titleWords.has(unit) || lead.has(unit) ? 2.5 : 1), fillIn: true, ...numberAnswers(h.key.text, value) });
  }
  // What a source first named in the story's last third says ("Bong Wie, an aerospace engineer at …,
  // noted: “I just hope …”"), or a bystander, is colour beside the story: readers rejected every one,
  // even to make up a short article's first questions. So are words that only paint the scene ("the
  // locomotive was “barely recognizable” and … “a horrible thing to see”"), asked only where little
  // else is.
  // (And so is any other blank in such a sentence: "Governor ___ said the engine was “barely recognizable”".)
  for (const c of out) {
    if (c.quote && c.key.kind === 'person' && (late(c.key.text) || witness(c.key.text))) Object.assign(c, { score: Math.min(c.score, FLOOR - 0.5), detail: true });
    else if (COLOUR.test(c.quote ?? (c.sentence.text.match(/[“"][^”"]*[”"]/g) ?? []).join(' '))) c.score = Math.min(c.score, FLOOR - 0.5);
  }
  return out;
}

/** Phrases news writes of any story: a blank on one has several answers. */
const GENERIC_TERM =
  /^(?:international community|press conference|news conference|press release|news agency|social media|local time|first time|field goal|first half|second half|general election|public information|security forces|government officials|police officers|law enforcement|state media|official statement)$/;

/** Quantities and the units that give them away. */
const MEASURED_BY: [RegExp, RegExp][] = [
  [/\btemperatures?$/, /°|\bdegrees\b/],
  [/\b(?:distance|length|height|depth|altitude)$/, /\d\s*(?:km|kilomet|miles?\b|metres|meters|feet|ft\b|light years)/],
  [/\b(?:mass|weight)$/, /\d\s*(?:kg|kilogram|tonnes|tons|pounds|lb\b|grams)/],
  [/\bspeed$/, /\d\s*(?:km\/h|mph|knots|miles per hour|kilometres per hour)/],
];

/**
 * What happened, in the article's words: the cause of a death ("the official cause of death was ___"),
 * what someone died of, was sentenced to, charged with, convicted of, arrested for or killed by. The
 * answer is a common noun phrase of three words at most, never a name or a number (those are asked as
 * they are); it is typed, and its head noun alone is accepted too ("cancer" for "pancreatic cancer").
 */
const EVENT =
  /\b(?:cause of (?:\p{Lu}[\p{L}.\s]{1,40}[’']s )?death (?:was|is)|(?:died|dies|has died|had died) (?:of|from)|sentenced\s[^,.;“”"]{1,60}?\sto|(?:charged with|convicted of|accused of|arrested for|jailed for|found guilty of|pleaded guilty to|killed by|injured by|destroyed by|damaged by|caused by)(?:\s(?:the|an?))?)\s(?=[\p{Ll}\p{Lu}])/gu;
/** The noun phrase of an event: one to three words in lower case up to a preposition, a conjunction or
 * punctuation. (Not initials: "killed by an ___" wants "IED", where a reader may type "roadside bomb".) */
const EVENT_PHRASE =
  /^(\p{Ll}[\p{Ll}-]*(?:\s\p{Ll}[\p{Ll}-]*){0,2}?)(?=\s(?:for|in|on|at|after|while|whilst|when|during|near|of|by|with|to|and|or|but|because|since|from|as|over|under|last|this|on)\b|[,.;:!?)]|$)/u;

function eventCandidates(usable: Sentence[], restated: Map<Sentence, string>, mentions: Mention[], families: Set<string>, place: (s: Sentence) => number, main?: string): Candidate[] {
  const out: Candidate[] = [];
  for (const sentence of usable) {
    // (The sentence as asked, its leading pronoun named; the answer is found in the article's own words.)
    let said = restated.get(sentence) ?? sentence.text;
    // A death whose it is, where the sentence names nobody: "the official cause of death" is the story's
    // person's; with no such person, nobody's, and it is not asked.
    if (/\bcause of death\b/.test(said) && !mentions.some(m => m.kind === 'person' && m.start >= sentence.start && m.end <= sentence.end)) {
      if (!main) continue;
      said = said.replace(/\bcause of death\b/, `cause of ${main}’s death`);
    }
    for (const m of said.matchAll(EVENT)) {
      const from = m.index! + m[0].length;
      const phrase = EVENT_PHRASE.exec(said.slice(from))?.[1];
      if (!phrase) continue;
      const words = phrase.split(' ');
      // (Not an act told by its verb, "charged with making false statements" (after an article the word is
      // an adjective: "killed by a falling tree"), nor a word that only points: "killed by them".)
      if (FUNCTION_WORDS.has(words[0]!.toLowerCase()) || (/ing$/.test(words[0]!) && !/\s(?:the|an?)\s$/.test(m[0])) || /^(?:him|her|them|it|us|me|himself|herself|themselves)$/.test(words[0]!)) continue;
      const to = from + phrase.length;
      // (Where it stands in the article: the naming moved it by as many characters as the sentence grew.)
      const start = sentence.start + from - (said.length - sentence.text.length);
      // (Names and numbers are asked as names and numbers.)
      if (mentions.some(x => x.start < start + phrase.length && x.end > start) || /\d/.test(phrase)) continue;
      const prompt = edited(`${said.slice(0, from)}___${said.slice(to)}`, families);
      if (norm(prompt).includes(norm(phrase))) continue;
      const head = words.at(-1)!;
      out.push({
        sentence,
        key: { text: phrase, kind: 'term', start, end: start + phrase.length },
        prompt,
        ...(said === sentence.text ? {} : { said }),
        distractors: [],
        score: place(sentence) + 0.5,
        fillIn: true,
        answers: words.length > 1 ? [phrase, head] : [phrase],
      });
    }
  }
  return out;
}

/**
 * Cloze questions on the article's key terms ("Lunar regolith is held together by ___ between its
 * grains": cohesive forces), from sentences that stand alone: a fill-in, or a choice among the other
 * terms of the same length and number where there are three. Names and numbers rank first.
 */
function termCandidates(usable: Sentence[], restated: Map<Sentence, string>, sentences: Sentence[], mentions: Mention[], titleWords: Set<string>, place: (s: Sentence) => number): Candidate[] {
  const terms = keyTerms(sentences);
  if (!terms.size) return [];
  // A term whose head noun the article also gives with another modifier ("van der Waals forces" beside
  // "cohesive forces", "spin rate" beside "rotation rate") leaves two answers: it is not asked.
  const all = sentences.map(s => s.text).join(' ');
  for (const term of [...terms.keys()]) {
    const words = term.split(' ');
    const head = words.at(-1)!;
    const before = new RegExp(`([\\p{L}-]+)\\s+${head.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'giu');
    const modifiers = new Set([...all.matchAll(before)].map(m => m[1]!.toLowerCase()).filter(w => !FUNCTION_WORDS.has(w) && !/^(?:its|his|her|their|our|this|that|these|those|such|same|other)$/.test(w)));
    modifiers.delete(words.at(-2)!);
    if (modifiers.size) terms.delete(term);
  }
  // Nor a phrase news uses of anything ("press conference", "international community": readers could
  // fill the blank with several), nor one the article also writes as part of a name ("tribal areas" of
  // "Federally Administered Tribal Areas": the name beside it spells the blank out).
  for (const term of [...terms.keys()]) {
    const titled = term.replace(/(^|\s)(\p{Ll})/gu, (_, a: string, c: string) => a + c.toUpperCase());
    if (GENERIC_TERM.test(term) || all.includes(titled)) terms.delete(term);
  }
  const out: Candidate[] = [];
  const list = [...terms.keys()];
  const plural = (t: string) => /[^s]s$/.test(t);
  const pattern = new RegExp(`(?<![\\p{L}-])(?:${list.map(t => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?![\\p{L}-])`, 'giu');
  // (In a sentence as it is asked, too: "Robert Sumwalt noted …" for "Sumwalt noted …", "Aretha Franklin"
  // for a leading "She".)
  for (const sentence of [...usable, ...restated.keys()]) {
    const text = restated.get(sentence) ?? sentence.text;
    const quoted = [...text.matchAll(/[“"][^”"]*[”"]/g)].map(q => [q.index!, q.index! + q[0].length] as const);
    for (const m of text.matchAll(pattern)) {
      const term = m[0].toLowerCase();
      const from = m.index!;
      // Only where it is written in lower case (or opens the sentence): "Tribal Areas" in a name is not the term.
      if (m[0] !== term && !(from === 0 && m[0] === term.replace(/^\p{Ll}/u, c => c.toUpperCase()))) continue;
      const to = from + m[0].length;
      if (quoted.some(([a, b]) => from >= a && to <= b)) continue;
      // (Where the article has it: the same occurrence, counted from the start.)
      const nth = [...text.slice(0, from).matchAll(pattern)].length;
      const at = [...sentence.text.matchAll(pattern)][nth];
      if (at?.[0].toLowerCase() !== term) continue;
      const start = sentence.start + at.index!;
      if (mentions.some(x => x.start < start + m[0].length && x.end > start)) continue;
      // ("such ___", "these ___": the term as the sentence before gave it.)
      if (/\b(?:such|these|those|this|that|same)\s+$/i.test(text.slice(0, from))) continue;
      const prompt = `${text.slice(0, from)}___${text.slice(to)}`;
      // The term said again in the prompt gives it away; so does a unit that measures it ("the planet's ___
      // is more than 4000°C").
      if (norm(prompt).includes(norm(term)) || MEASURED_BY.some(([noun, unit]) => noun.test(term) && unit.test(prompt))) continue;
      const words = term.split(' ').length;
      const others = list.filter(t => t !== term && t.split(' ').length === words && plural(t) === plural(term) && !t.split(' ').some(w => term.split(' ').includes(w)));
      const inTitle = term.split(' ').some(w => titleWords.has(w));
      out.push({
        sentence,
        key: { text: m[0], kind: 'term', start, end: start + m[0].length },
        prompt,
        distractors: others.length >= 3 ? others : [],
        score: place(sentence) + Math.min(terms.get(term)! - 2, 2) + (inTitle ? 1.5 : 0) - 1.5,
        fillIn: true,
        // (The head noun alone names it too, "temperature" for "surface temperature", unless the term
        // is itself a modifier: "the ___ movement" is not "the rights movement".)
        answers: modifies(text.slice(to)) ? [m[0]] : [m[0], term.split(' ').at(-1)!],
        ...(text === sentence.text ? {} : { said: text }),
      });
    }
  }
  return out;
}

/** A thing the article names in common words: "a braking system called positive train control". */
const CALLED_THING =
  /\b(?:called|known as|dubbed|termed)\s+[‘'“"]?((?:\p{Ll}[\p{L}-]*\s+){0,3}\p{Ll}[\p{L}-]{2,})[’'”"]?(?=\s*[,.;:]|\s+(?:which|that|and|but|or|to|in|on|at|for|could|would|was|is|were|are|has|had|will)\b)/gu;

/**
 * Cloze questions on what the article calls a thing it names in common words: "Robert Sumwalt noted an
 * automatic monitoring and braking system called ___, which was not in use on the stretch of line, could
 * have forestalled the collision." (positive train control). The name is what a reader learns from the
 * article; no option could be offered that is surely wrong, so it is a fill-in.
 */
function calledCandidates(sentences: Sentence[], restated: Map<Sentence, string>, mentions: Mention[], place: (s: Sentence) => number): Candidate[] {
  const out: Candidate[] = [];
  for (const sentence of sentences) {
    const text = restated.get(sentence) ?? sentence.text;
    for (const m of text.matchAll(CALLED_THING)) {
      const name = m[1]!;
      if (FUNCTION_WORDS.has(name) || name.split(/\s+/).some(w => FUNCTION_WORDS.has(w))) continue;
      const from = m.index! + m[0].indexOf(name, m[0].length - name.length - 1);
      // (Where the article has it: the name stands once in the sentence.)
      const at = sentence.text.indexOf(name);
      if (at < 0 || sentence.text.indexOf(name, at + 1) >= 0 || text.indexOf(name, from + 1) >= 0) continue;
      const start = sentence.start + at;
      if (mentions.some(x => x.start < start + name.length && x.end > start)) continue;
      const prompt = `${text.slice(0, from)}___${text.slice(from + name.length)}`;
      out.push({
        sentence,
        key: { text: name, kind: 'term', start, end: start + name.length },
        prompt,
        distractors: [],
        score: place(sentence) + 1,
        fillIn: true,
        answers: [name],
        ...(text === sentence.text ? {} : { said: text }),
      });
    }
  }
  return out;
}

/** A force, effect or law named after someone or something: "van der Waals forces", "YORP effect". */
const NAMED_TERM =
  /(?<![\p{L}\p{N}-])(?!(?:The|A|An|This|That|These|Those|Its|Their|His|Her)\s)((?:(?:van|von|de|der|du|la|le)\s+)*\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?)\s+(forces?|effects?|law|principle|theory|equations?|constant|radiation|classification|scale|paradox|limit|belt|cycle)(?![\p{L}-])/gu;

/**
 * Cloze questions on a named term of the article's subject, its name the blank and its kind left as the
 * clue: "… 1950 DA is primarily held together by ___ forces" (van der Waals). The term is written twice
 * at least, or in the headline; never "The" or "This" before it, nor a name the analysis found (a
 * person's, a place's): those are asked as they are. A fill-in.
 */
function namedTermCandidates(usable: Sentence[], sentences: Sentence[], mentions: Mention[], titleWords: Set<string>, place: (s: Sentence) => number): Candidate[] {
  const tally = new Map<string, number>();
  for (const s of sentences) for (const m of s.text.matchAll(NAMED_TERM)) tally.set(m[1]!, (tally.get(m[1]!) ?? 0) + 1);
  const out: Candidate[] = [];
  for (const sentence of usable) {
    for (const m of sentence.text.matchAll(NAMED_TERM)) {
      const name = m[1]!;
      const from = m.index!;
      const start = sentence.start + from;
      const inTitle = norm(name).split(' ').some(w => titleWords.has(w));
      if (tally.get(name)! < 2 && !inTitle) continue;
      if (mentions.some(x => x.start < start + name.length && x.end > start)) continue;
      const prompt = `${sentence.text.slice(0, from)}___${sentence.text.slice(from + name.length)}`;
      if (norm(prompt).includes(norm(name))) continue;
      // (What the article itself puts in the same words elsewhere is right too: "held together by ___
      // forces" takes "cohesive" where it also writes "held together by cohesive forces".)
      const frame = /(?:[\p{L}'’-]+\s+){1,2}[\p{L}'’-]+\s+$/u.exec(sentence.text.slice(0, from))?.[0].trim();
      const same = frame ? new RegExp(`(?<![\\p{L}])${frame.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+')}\\s+((?:[\\p{L}-]+\\s+){0,2}[\\p{L}-]+)\\s+${m[2]}(?![\\p{L}])`, 'giu') : undefined;
      const others = same ? [...new Set(sentences.flatMap(s => [...s.text.matchAll(same)].map(x => x[1]!)))].filter(x => x.toLowerCase() !== name.toLowerCase() && !FUNCTION_WORDS.has(x.toLowerCase())) : [];
      out.push({
        sentence,
        key: { text: name, kind: 'term', start, end: start + name.length },
        prompt,
        distractors: [],
        score: place(sentence) + (inTitle ? 3 : -1),
        fillIn: true,
        answers: [name, ...others],
      });
    }
  }
  return out;
}

/**
 * The person a story is about, if there is one: named most often (at least twice, twice as
 * often as anyone else), with the pronoun the story uses most ("she" or "he").
 */
function mainPerson(mentions: Mention[], fullNames: string[], sentences: Sentence[], title: string): { name: string; female: boolean } | undefined {
  const tally = new Map<string, number>();
  for (const m of mentions) {
    if (m.kind !== 'person') continue;
    const full = fullNames.find(p => alias(p, m.text));
    if (full) tally.set(full, (tally.get(full) ?? 0) + 1);
  }
  const [first, second] = [...tally].sort((a, b) => b[1] - a[1]);
  // (Or named most and in the headline: "Singer Aretha Franklin … dies aged 76", where Martin Luther King
  // Jr. is named three times.)
  const headlined = [...tally].filter(([name]) => title.includes(surnameOf(name))).sort((a, b) => b[1] - a[1])[0];
  const top = headlined && headlined[1] >= first![1] ? headlined : undefined;
  if (!first || first[1] < 2 || (second && second[1] * 2 > first[1] && !top)) return undefined;
  const all = sentences.map(s => s.text).join(' ');
  const she = all.match(/\b(?:she|her|hers)\b/gi)?.length ?? 0;
  const he = all.match(/\b(?:he|him|his)\b/gi)?.length ?? 0;
  if (Math.max(she, he) < 3 || Math.min(she, he) * 3 > Math.max(she, he)) return undefined;
  return { name: (top ?? first)[0], female: she > he };
}

/** The main person's name for a subject or possessive pronoun of theirs ("She", "his"), else undefined. */
function nameFor(pronoun: string, main: { name: string; female: boolean }): string | undefined {
  const p = pronoun.toLowerCase();
  if (p === (main.female ? 'she' : 'he')) return main.name;
  if (p === (main.female ? 'her' : 'his')) return `${main.name}’s`;
  return undefined;
}

/** Names that stand for one another in news text; the first of each group is the usual one. */
const SAME_THING = [
  ['United States', 'U.S.', 'US', 'USA', 'America'],
  ['United Kingdom', 'U.K.', 'UK', 'Britain'],
  ['United Nations', 'U.N.', 'UN'],
  ['Islamic State', 'IS', 'ISIS', 'ISIL'],
  ['European Union', 'EU', 'E.U.'],
  // Places with two spellings in English news.
  ['Los Angeles', 'L.A.', 'LA'],
  ['Majorca', 'Mallorca'],
  ['Kyiv', 'Kiev'],
  ['Myanmar', 'Burma'],
  ['Mumbai', 'Bombay'],
  ['Kolkata', 'Calcutta'],
  ['Beijing', 'Peking'],
  ['Ivory Coast', 'Côte d’Ivoire', "Côte d'Ivoire"],
  ['Czech Republic', 'Czechia'],
  ['Turkey', 'Türkiye'],
];

/** A small whole number may be typed in words or in digits: "thirteen" or "13". */
function numberAnswers(text: string, value: number): { answers: string[] } | Record<string, never> {
  const word = numberWord(value);
  if (!word) return {};
  return /^\p{L}/u.test(text) ? { answers: [text, String(value)] } : { answers: [text, word] };
}

/**
 * Other ways a reader may type a name that is not a person's: the other names of the same thing,
 * "Broncos" for "Denver Broncos" (a team's plural nickname), "Nature" for "Nature journal".
 */
function otherNames(name: string): string[] {
  const group = SAME_THING.find(g => g.some(n => n.toLowerCase() === name.toLowerCase()));
  if (group) return group.filter(n => n.toLowerCase() !== name.toLowerCase());
  const words = name.split(/\s+/);
  if (words.length === 2 && /^\p{Lu}\p{Ll}+s$/u.test(words[1]!) && !/^(?:Los|Las|San|Santa|El|La|Le|New|Saint|St\.?|Fort|Port|Lake|Mount|Cape)$/.test(words[0]!)) return [words[1]!];
  const bare = name.replace(/\s+(?:journal|magazine|newspaper|network|channel|Province|County|District|Region|Observatory|Stadium|Island|River|Corporation|Corp\.?|Inc\.?|Ltd\.?|Company|plc|LLC)$/i, '');
  return bare !== name ? [bare] : [];
}

/** A person's name as readers may type it: in full, and the surname alone when only one person has it. */
function personAnswers(name: string, fullNames: string[], before: (full: string) => boolean, toldApart: (other: string) => boolean = () => false): string[] {
  // A surname stands for a full name the reader has already met, and for no other.
  const holders = fullNames.filter(p => alias(p, name) && p.length >= name.length && !TITLE_WORD.test(p.split(/\s+/)[0]!));
  const full = holders.length === 1 && (holders[0] === name || before(holders[0]!)) ? holders[0]! : name;
  const surname = surnameOf(full);
  // (Other names of the same person do not count: "Aretha Louise Franklin", "President Hussain".)
  const shared = fullNames.some(p => p.split(/\s+/).at(-1) === surname && !alias(p, full) && !TITLE_WORD.test(p.split(/\s+/)[0]!) && !toldApart(p));
  // (Where two people share the surname, neither it nor a first name alone is enough: readers took
  // "Stewart" and "Jonathan" for answers too loose where the article has a Darian Stewart too. Unless
  // the prompt tells them apart: "running back ___" is Jonathan Stewart, the running back, and readers
  // wanted "Stewart" accepted there.)
  return [...new Set([name, full, ...(surname === full || shared ? [] : [surname])])];
}

/** Whether two different names are parts of one person's full name ("Michael" and "Jackson"). */
function sameName(a: string, b: string, fullNames: string[]): boolean {
  // Only full names that share a word with `a` can contain it (an index keeps this fast on long texts).
  const first = norm(a).split(' ')[0]!;
  let holders = byWord.get(first);
  if (!holders) byWord.set(first, (holders = fullNames.filter(p => ` ${norm(p)} `.includes(` ${first} `))));
  return holders.some(p => alias(p, a) && alias(p, b));
}

/** Full names by one of their words, for sameName(); kept for one article. */
const byWord = new Map<string, string[]>();

/**
 * Whether a name can stand as a wrong option for the key: it must be a whole name (not "California
 * Institute" for "California Institute of Technology", not "NEC, Acer", not "NASA/JPL-"), not another
 * part of the key's own name, and, where the blank's neighbours say what fits ("ruler ___",
 * "___ militants"), found beside the same word in the article.
 */
function fitsAsOption(d: string, key: string, context: string | undefined, contexts: Map<string, Set<string>>, fullNames: string[], prefixes: Set<string>): boolean {
  const nd = norm(d);
  if ((/[,/]|\band\b/.test(d) && !/[,/]|\band\b/.test(key)) || /[-/]$/.test(d)) return false;
  if (!d.includes(' ') && fullNames.some(p => p !== d && p.split(/\s+/).includes(d) && p.split(/\s+/).at(-1) !== d)) return false;
  if (sameName(d, key, fullNames)) return false;
  if (prefixes.has(norm(d))) return false;
  return !context || !!contexts.get(nd)?.has(context);
}

/** Whether `text` says `phrase`, as whole words, in any case. */
export function showsText(phrase: string, text: string): boolean {
  return new RegExp(`(?<![\\p{L}\\p{N}])${phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'iu').test(text);
}

/**
 * What selection knows of the story. `common`: the words of a quarter of its sentences or more, three at
 * least ("wall" in a story about a sea wall); two quotations that share only these are on two subjects.
 * `rare`: the words of three sentences at most ("switch"). Both cut as `stems` cuts them. `text`: the
 * article, for the evidence a question shows.
 */
export interface Story {
  common?: Set<string>;
  rare?: Set<string>;
  text?: string;
}

/** The story's common and rare words (see `Story`). */
export function vocabulary(sentences: Sentence[]): { common: Set<string>; rare: Set<string> } {
  const spread = new Map<string, number>();
  for (const s of sentences) for (const w of stems(s.text)) spread.set(w, (spread.get(w) ?? 0) + 1);
  const common = new Set<string>();
  const rare = new Set<string>();
  for (const [w, n] of spread) {
    if (n >= Math.max(3, sentences.length / 4)) common.add(w);
    if (n <= 3) rare.add(w);
  }
  return { common, rare };
}

/** The evidence a question shows once answered: its sentence, or from the sentence that names its speaker. */
export function evidenceOf(c: Candidate, text: string): { text: string; start: number; end: number } {
  const start = c.from ?? c.sentence.start;
  return { text: text.slice(start, c.sentence.end), start, end: c.sentence.end };
}

/** Whether a text holds a name as its initials, or initials as the name they stand for. */
function spelledIn(text: string, name: string): boolean {
  return [...text.matchAll(/\p{Lu}[\p{L}'’.-]*(?:\s+(?:(?:of|the|and|for)\s+)?\p{Lu}[\p{L}'’.-]*)*/gu)].some(m => acronym(m[0], name) || acronym(name, m[0]));
}

/**
 * The lowest score of a question asked when there are enough above it, and how many is enough. Below
 * it are the details readers rejected most: a place someone came from, a venue, an attendance.
 */
const FLOOR = 0;
const FEWEST = 4;

/**
 * The best `count` candidates: highest score first, at most one per sentence and one per key (two
 * quotations per speaker), none giving away another's answer; then, where one question shuts out
 * several, those several instead. Returned in the order of the article. (A candidate's `kind`, when
 * set, is the kind it will be asked as: a true/false statement shows its whole sentence.)
 */
export function select<C extends Candidate & { kind?: string }>(all: C[], count: number, story: Story = {}): C[] {
  const { common = new Set<string>(), rare = new Set<string>(), text } = story;
  // (The evidence a question shows once answered: its sentence, or from the sentence that names the speaker.)
  const evidence = (x: C) => (text === undefined ? x.sentence.text : evidenceOf(x, text).text);
  // (What a reader sees: a true/false statement shows its whole sentence, the key included.)
  const shown = (c: C) => (c.kind === 'true-false' ? (c.said ?? c.sentence.text) : c.prompt);
  const prompts = new Map<C, string>(all.map(c => [c, ` ${norm(shown(c))} `]));
  const sorted = [...all].sort((a, b) => b.score - a.score || a.sentence.start - b.sentence.start || a.key.start - b.key.start);
  // One question per sentence and per fact, and none whose prompt gives away another's answer.
  // (A person's surname gives the person away: "Lester claims" for "Former child actor ___".)
  // (And "KELT-9" all but names the planet "KELT-9b".)
  const named = (x: C, y: C) =>
    prompts.get(x)!.includes(` ${norm(y.key.text)} `) ||
    (y.key.kind === 'person' && y.key.text.includes(' ') && prompts.get(x)!.includes(` ${norm(y.key.text.split(/\s+/).at(-1)!)} `)) ||
    (y.key.kind === 'thing' && /\d\p{Ll}$/u.test(y.key.text) && prompts.get(x)!.includes(` ${norm(y.key.text.slice(0, -1))} `)) ||
    // (And "What is KELT-9b?" all but names the star "KELT-9".)
    (y.key.kind === 'thing' && new RegExp(` ${norm(y.key.text).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\p{Ll} `, 'u').test(prompts.get(x)!)) ||
    // (And a name spelled out gives away its initials, and the initials the name: "merge the Northern
    // Tribal Areas with …" beside "the voters of ___" for "NTA".)
    spelledIn(shown(x), y.key.text);
  // (The story's subject is only ever stated, in a true/false statement: naming it gives nothing away.)
  // (Nor a speaker: "Who said …?" offers the speakers by name, so a name elsewhere tells nothing of
  // who said what.)
  // A true/false statement hides nothing, so nothing gives it away.
  // (Nor may the answer of "Who is …?" hold another's: "spokesman for Lexington County" beside "a spokesman
  // for ___".)
  const holds = (x: C, y: C) => (x.ask === 'who-is' || x.ask === 'what-is') && ` ${norm(x.key.text)} `.includes(` ${norm(y.key.text)} `);
  const gives = (x: C, y: C) => !y.topic && !y.quote && y.kind !== 'true-false' && (named(x, y) || holds(x, y));
  // The sentence a question shows once answered gives away a role or a number another asks: "Robert Sumwalt,
  // chairman of the …, told …" beside "Who is Robert Sumwalt?", "… at least 116 were injured" beside
  // "a count of ___ injured". (Quizzes may be shuffled: either order.)
  const shows = (x: C, y: C) => (y.ask === 'who-is' || y.ask === 'what-is' || y.key.kind === 'number' || y.key.kind === 'year') && y.kind !== 'true-false' && showsText(y.key.text, x.sentence.text);
  // A prompt that shows a speaker saying much the same (two words in common) gives away "Who said …?": "Kerry said … to support
  // the 6-week-old government in ___" beside "Who said the fledgling government … “is the only entity …”?".
  // (Words of the whole story do not count.)
  const voiced = (x: C, y: C) => {
    if (!y.quote || x.quote || !new RegExp(` ${norm(surnameOf(y.key.text))} (?:said|says|called|told|added|noted)\\b`).test(prompts.get(x)!)) return false;
    const theirs = stems(shown(x));
    return [...stems(y.asked ?? y.quote)].filter(w => theirs.has(w) && !common.has(w)).length >= 2;
  };
  // So does "Who is …?" on the speaker before it, whose sentence, shown once answered, has them speak of a
  // thing few sentences name: "Robert Sumwalt, chairman of the …, told a press conference the passenger
  // train had been diverted … by a switch …" before "Who said: “Key to this investigation is learning why
  // the switch was lined that way”?".
  const introduced = (x: C, y: C) => {
    if (!y.quote || x.ask !== 'who-is' || x.sentence.start > y.sentence.start || !x.about || !alias(x.about, y.key.text)) return false;
    const theirs = stems(evidence(x));
    return [...stems(y.asked ?? y.quote)].some(w => theirs.has(w) && rare.has(w));
  };
  // Nor may another question show whose the roles offered by "Who is …?" are: "Robert Sumwalt, chairman of
  // the …, told …", the evidence of a question before it, beside "Who is Harrison Cahill?" offering that
  // chairman, who is found out by elimination. Two roles at least must stay unshown. (The evidence of a
  // question after it is seen only later, unless the quiz is shuffled; a prompt is seen at any time.)
  const defines = (y: C) => y.ask === 'who-is';
  const seen = (x: C, y: C) => (x.sentence.start < y.sentence.start ? `${evidence(x)}\n${shown(x)}` : shown(x));
  // (Nor a role that holds another question's answer: "spokesman for Lexington County" beside "Harrison
  // Cahill, a spokesman for ___".)
  const unshown = (y: C, others: C[]) => y.distractors.filter(d => !others.some(x => x !== y && (showsText(d, seen(x, y)) || (!x.quote && x.kind !== 'true-false' && showsText(x.key.text, d)))));
  const fits = (c: C, chosen: C[]) => {
    if (defines(c) && unshown(c, chosen).length < 2) return false;
    if (chosen.some(y => defines(y) && unshown(y, [...chosen, c]).length < 2)) return false;
    // (A speaker's words may be asked twice: two quotations are two facts.)
    const same = (x: C) => norm(x.key.text) === norm(c.key.text) || (x.key.kind === 'person' && c.key.kind === 'person' && alias(x.key.text, c.key.text));
    // (Far apart, and on another subject: two quotations from neighbouring paragraphs, or on one thing
    // ("the switch", "density"), make one point twice.)
    // (Words of the whole story, "wall" in a story about a sea wall, do not count.)
    const apart = (x: C) => {
      if (Math.abs(x.sentence.paragraph - c.sentence.paragraph) < 3) return false;
      const theirs = stems(x.asked ?? x.quote ?? '');
      return ![...stems(c.asked ?? c.quote ?? '')].some(w => theirs.has(w) && !common.has(w));
    };
    const twice = !!c.quote && chosen.filter(same).length === 1 && chosen.some(x => same(x) && x.quote && apart(x));
    // (Two "Who is …?" at most, and two "What is …?": they offer one another's answers, and a third is
    // found by elimination.)
    // (And a second only where the article gives four roles or more: with three, the answer of the one
    // leaves two for the other.)
    const before = (c.ask === 'who-is' || c.ask === 'what-is') && chosen.filter(x => x.ask === c.ask).length;
    if (before && (before >= 2 || c.distractors.length < 3)) return false;
    // (One question per sentence, whatever its kind: the sentence each shows gives the other's answer.)
    return !chosen.some(x => x.sentence === c.sentence || (same(x) && !twice) || gives(x, c) || gives(c, x) || voiced(x, c) || voiced(c, x) || introduced(x, c) || introduced(c, x) || (x.sentence !== c.sentence && (shows(x, c) || shows(c, x))));
  };
  // Candidates below the floor are details readers reject (an attendance, a venue, who reported it):
  // asked only to give a short article its first few questions.
  const above = sorted.filter(c => c.score >= FLOOR);
  let pool = above;
  /** The candidates that fit beside `base`, best first, up to `count` in all. */
  const fill = (base: C[], skip?: C, limit = count) => {
    const out = [...base];
    for (const c of pool) {
      if (out.length >= limit) break;
      if (c !== skip && !out.includes(c) && fits(c, out)) out.push(c);
    }
    return out;
  };
  let chosen = fill([]);
  if (chosen.length < Math.min(count, FEWEST)) {
    pool = sorted.filter(c => !c.detail);
    chosen = fill(chosen, undefined, Math.min(count, FEWEST));
    pool = above;
  }
  // Then, while there is room, a question that shuts out two or more others gives way to them
  // ("Anna Berg, Carl Dahl and Erik Falk won prizes in ___" for one question on each of the three).
  for (let better = true; better && chosen.length < count; ) {
    better = false;
    for (const x of [...chosen].sort((a, b) => a.score - b.score)) {
      const without = fill(chosen.filter(y => y !== x), x);
      if (without.length > chosen.length) {
        chosen = without;
        better = true;
        break;
      }
    }
  }
  // Last, a question the rest once shut out of its better form takes it, where it now fits: "Due to tidal
  // locking, KELT-9b's surface temperature …" for "… the planet's surface temperature …", once the
  // question on "KELT-9b" that the name would have given away gave way to others.
  for (const [i, c] of chosen.entries()) {
    const rest = chosen.filter(x => x !== c);
    chosen[i] = sorted.find(a => a.score > c.score && a.sentence === c.sentence && a.key.start === c.key.start && a.kind === c.kind && (a.score >= FLOOR || !a.detail) && fits(a, rest)) ?? c;
  }
  return chosen.sort((a, b) => a.sentence.start - b.sentence.start);
}
