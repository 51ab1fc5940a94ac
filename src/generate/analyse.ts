/**
 * Analysis: who, where, which organisation, how many and when, with offsets into the article text.
 * compromise (an NLP package that ships its model) finds most of it; a small lexicon and a few rules
 * mend what it misses in news text: "Islamic State" is an organisation, a title before a name marks a
 * person ("Secretary of State John Kerry"), and a name is not a place. No DOM.
 */
import nlp from 'compromise';

/** `role` is never found by analyse(): it is the answer of a "Who is …?" question (kinds.ts). */
export type MentionKind = 'person' | 'place' | 'organization' | 'number' | 'year' | 'role';

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

/** Titles that put a person's name right after them. */
const TITLE =
  /\b(?:(?:Prime|Foreign|Defen[cs]e|Interior|Finance) Minister|Secretary of State|Secretary-General|President|Vice President|Chancellor|Senator|Sen\.|Rep\.|Governor|Gov\.|Mayor|Judge|Justice|General|Gen\.|Colonel|Col\.|Captain|Capt\.|Dr\.|Professor|Prof\.|King|Queen|Prince|Princess|Pope|spokesman|spokeswoman|spokesperson|coach|manager|chief executive|CEO|chairman|chairwoman|leader|ruler|commander)\s+((?:[\p{Lu}][\p{L}'’-]+\s+){0,3}[\p{Lu}][\p{L}'’-]+)/gu;

// Trailing punctuation and a possessive; a full stop stays after initials ("U.S.", "U.N.").
/** Capitalised phrases ending in these words are organisations ("Maritime Heritage Trust"). */
const ORG =
  /\b(?:[\p{Lu}][\p{L}&'’-]*\s+(?:(?:of|for|and|the)\s+)?){1,4}(?:Trust|Council|Board|Committee|Association|Foundation|Agency|University|Institute|Ministry|Department|Company|Corporation|Corp\.|Inc\.|Bank|Party|Union|Commission|Authority|Society|Club|Court|Service|Organi[sz]ation|Administration|Army|Navy|Police|Group)\b/gu;

const LEADING_TITLE =
  /^(?:(?:President|Vice President|Prime Minister|Minister|Secretary|Chancellor|Senator|Sen\.|Governor|Gov\.|Mayor|Judge|Justice|General|Gen\.|Colonel|Captain|Dr\.?|Mr\.?|Mrs\.?|Ms\.?|Professor|Prof\.|King|Queen|Prince|Princess|Pope|Sir|Dame|Lord|Lady|Chairman|Coach)\s+)+(?=\p{Lu}[\p{L}'’-]*\s+\p{Lu})/u;

const NOT_A_NAME = /\b(?:Act|Law|Bill|Treaty|Accord|Agreement|Convention|Award|Awards|Prize|Cup|Bowl|Championships?|Games|Olympics|Festival|Day|Week|Street|Avenue|Road)$/u;

const TRIM_END = /(?<!\b(?:\p{Lu}|Jr|Sr|St|Inc|Co|Ltd))[.]$|[\s,;:!?)"”’]+$|['’]s$/u;

/** Every mention in `text`, sorted by position, without overlaps (people win over places). */
export function analyse(text: string): Mention[] {
  lexicon();
  const doc = nlp(text);
  const found: Mention[] = [];
  const add = (raw: string, start: number, kind: MentionKind, value?: number) => {
    let t = raw;
    // Trailing punctuation and a possessive are not part of the name: "Libya’s" is "Libya".
    for (let prev = ''; prev !== t; ) [prev, t] = [t, t.replace(TRIM_END, '')];
    t = t.replace(/^[\s("“‘]+/, '');
    // Names start with a capital: "eastern city of Derna" is the place "Derna".
    if (kind === 'place' || kind === 'organization') t = t.replace(/^(?:[\p{Ll}\s]+\s)+(?=\p{Lu})/u, '');
    // A title is not part of the name: "President Mamnoon Hussain" is "Mamnoon Hussain".
    if (kind === 'person') t = t.replace(LEADING_TITLE, '');
    const s = start + raw.indexOf(t);
    if (!t || !/[\p{L}\p{N}]/u.test(t)) return;
    // A name starts with a capital or a digit ("first woman" is not a person) and has no brackets or
    // stray digits in it ("Mikel (Red(1" is a line-up line, not a name).
    if (kind !== 'number' && kind !== 'year' && (!/^[\p{Lu}\p{N}]/u.test(t) || /[()[\]{}]|\p{L}\d|\d\p{L}/u.test(t))) return;
    // Laws, prizes and events are not people or places ("Clayton Act", "Grammy Award", "Super Bowl").
    if ((kind === 'person' || kind === 'place') && NOT_A_NAME.test(t)) return;
    found.push(value === undefined ? { text: t, kind, start: s, end: s + t.length } : { text: t, kind, start: s, end: s + t.length, value });
  };
  type J = { text: string; offset: { start: number; length: number } };
  const each = (view: { json(o: object): J[] }, kind: MentionKind) =>
    view.json({ offset: true }).forEach(m => add(text.slice(m.offset.start, m.offset.start + m.offset.length), m.offset.start, kind));
  for (const m of text.matchAll(TITLE)) add(m[1]!, m.index! + m[0].length - m[1]!.length, 'person');
  for (const m of text.matchAll(ORG)) add(m[0].replace(/^(?:The|A|An|In|On|At|By|For|From|With|And|But)\s+/, ''), m.index! + (m[0].match(/^(?:The|A|An|In|On|At|By|For|From|With|And|But)\s+/)?.[0].length ?? 0), 'organization');
  each(doc.people(), 'person');
  each(doc.organizations(), 'organization');
  each(doc.places(), 'place');
  // Numbers with digits ("6,000", "20"), and four-digit years.
  for (const m of text.matchAll(/(?<![\p{L}\p{N}.,-])\d{1,3}(?:,\d{3})+(?![\p{N}-])|(?<![\p{L}\p{N}.,-])\d+(?:\.\d+)?(?![\p{N}-]|[.,]\d)/gu)) {
    const value = Number(m[0].replace(/,/g, ''));
    const year = /^(1[89]|20)\d\d$/.test(m[0]);
    add(m[0], m.index!, year ? 'year' : 'number', value);
  }
  // Where two overlap, a person wins over an organisation, a place and a number, then the longer one:
  // "Secretary of State John Kerry" is a person, not the place "State John".
  const rank: Record<MentionKind, number> = { person: 0, organization: 1, place: 2, year: 3, number: 4, role: 5 };
  found.sort((a, b) => rank[a.kind] - rank[b.kind] || b.end - b.start - (a.end - a.start) || a.start - b.start);
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
  out.sort((a, b) => a.start - b.start);
  return out;
}
