/**
 * The sides of a game report, and who plays for which: "Denver Broncos defeat Carolina Panthers" has two
 * sides, and "Bronco Darian Stewart", "Chelsea skipper John Terry", "Baptista of Arsenal" or "the Broncos
 * scored again when linebacker Von Miller …" say for which one a person plays. A person who forced
 * another to fumble, or was intercepted by another, plays for the other side. Only what the article says
 * is used: most people of a report may stay on no side.
 */

import type { Mention } from './analyse.js';

type Named = Pick<Mention, 'text' | 'kind' | 'start' | 'end'>;

/** A win: "Denver Broncos defeat Carolina Panthers", "Chelsea beats Arsenal", "the Hawks beat the Rovers". */
const WON =
  /((?:\p{Lu}[\p{L}.'’-]*\s+){1,4})(?:defeat(?:s|ed)?|beat(?:s)?|edge(?:s|d)?|top(?:s|ped)?|down(?:s|ed)?|thrash(?:es|ed)?|rout(?:s|ed)?|overcome?s?|overcame)\s+(?:the\s+)?(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})/u;

/** Words of a side's name that do not tell it from another ("FC", "City" of "Manchester City"). */
const GENERIC = /^(?:The|FC|AFC|CF|SC|United|City|Town|Club|Team|Athletic|Sporting|Real|Inter)$/;

/** Plays against: "forced ___ to fumble", "stripped the ball from ___", "beat ___ to the ball". */
const AGAINST = /^\s+(?:forced|stripped the ball from|tackled|sacked|intercepted|fouled|tripped|blocked|beat|outran|dribbled past)\s+(?:\p{Ll}+\s+){0,2}$/u;
/** Was played against: "was intercepted by ___", "was sacked by ___". */
const AGAINST_BY = /^\s+(?:was|were)\s+(?:intercepted|sacked|tackled|fouled|tripped|blocked|stopped)\s+by\s+(?:\p{Ll}+\s+){0,2}$/u;

/**
 * Which side each person plays for, by full name (0 or 1), where the article says so; empty where the
 * article is no game report. `full` gives the full name of a person named by surname.
 */
export function sidesOf(title: string | undefined, sentences: { text: string; start: number }[], mentions: Named[], full: (name: string) => string): Map<string, number> {
  const out = new Map<string, number>();
  const won = [title ?? '', sentences[0]?.text ?? ''].map(t => WON.exec(t)).find(Boolean);
  if (!won) return out;
  const names = [won[1]!.trim(), won[2]!.trim()].map(n => n.split(/\s+/).filter(w => !GENERIC.test(w)));
  // (A word both names share, "Manchester", tells neither.)
  const words = names.map((n, i) => new Set(n.filter(w => !names[1 - i]!.includes(w)).flatMap(w => (/[^s]s$/.test(w) ? [w, w.slice(0, -1)] : [w]))));
  const sideOf = (word: string | undefined) => (word === undefined ? undefined : words[0]!.has(word) ? 0 : words[1]!.has(word) ? 1 : undefined);
  if (!words[0]!.size || !words[1]!.size) return out;
  const clash = new Set<string>();
  const put = (name: string, side: number | undefined) => {
    if (side === undefined || clash.has(name)) return;
    const was = out.get(name);
    if (was !== undefined && was !== side) {
      out.delete(name);
      clash.add(name);
    } else out.set(name, side);
  };
  const against: [string, string][] = [];
  let first = 0;
  for (const s of sentences) {
    const end = s.start + s.text.length;
    while (first < mentions.length && mentions[first]!.start < s.start) first++;
    const people: Named[] = [];
    for (let i = first; i < mentions.length && mentions[i]!.start < end; i++) if (mentions[i]!.kind === 'person') people.push(mentions[i]!);
    // "Chelsea fielded a full strength side, including A, B and C": the side the sentence opens with.
    const including = /^(?:[^,]*?,\s+)?(?:[Tt]he\s+)?(\p{Lu}\p{L}*)\b[^.;]{0,80}?\bincluding\s/u.exec(s.text);
    const listSide = sideOf(including?.[1]);
    for (const [j, p] of people.entries()) {
      const name = full(p.text);
      const before = s.text.slice(0, p.start - s.start);
      const after = s.text.slice(p.end - s.start);
      // "Denver's C. J. Anderson", "Chelsea skipper John Terry", "Bronco Darian Stewart".
      const titled = /(\p{Lu}\p{L}*)(?:['’]s?)?\s+(?:(?!(?:and|or|but|by|to|from|of|the|with|was|were|for|at|in|on|as|when)\b)\p{Ll}+\s+){0,2}$/u.exec(before)?.[1];
      // "Baptista of Arsenal".
      const of = /^\s+of\s+(?:the\s+)?(\p{Lu}\p{L}*)/u.exec(after)?.[1];
      // "the Broncos scored again when linebacker Von Miller …", "Carolina took advantage with Gano's kick".
      const when = /(?:^(?:The\s+)?|\bthe\s+|[,;]\s+)(\p{Lu}\p{L}*)(?:['’]s?)?\s+(?:[\p{Ll}\d,'’-]+\s+){1,8}?(?:when|with|as)\s+(?:\p{Ll}+\s+){0,3}$/u.exec(before)?.[1];
      // "Newton led the Panthers' offense".
      const led = /^\s+\p{Ll}+\s+the\s+(\p{Lu}\p{L}*)['’]\s+(?:offen[cs]e|defen[cs]e|attack|drive)\b/u.exec(after)?.[1];
      put(name, sideOf(titled) ?? sideOf(of) ?? sideOf(when) ?? sideOf(led));
      if (listSide !== undefined && including && p.start - s.start > including.index + including[0].length - 1) put(name, listSide);
      const next = people[j + 1];
      if (next) {
        const between = s.text.slice(p.end - s.start, next.start - s.start);
        if (AGAINST.test(between) || AGAINST_BY.test(between)) against.push([name, full(next.text)]);
      }
    }
  }
  // Who played against someone of a known side is of the other one.
  for (let round = 0; round < 3; round++)
    for (const [a, b] of against) {
      const [x, y] = [out.get(a), out.get(b)];
      if (x !== undefined && y === undefined) put(b, 1 - x);
      if (y !== undefined && x === undefined) put(a, 1 - y);
    }
  return out;
}

/** Whether the headline or the lead reports a win ("Denver Broncos defeat Carolina Panthers"): a game report. */
export function reportsWin(title: string | undefined, first: string | undefined): boolean {
  return [title ?? '', first ?? ''].some(t => WON.test(t));
}

/**
 * One play of a game, not its outcome: a sack, an interception, a fumble, a field goal, a punt, a loose
 * ball picked up, a substitution. Readers of game reports rejected every question on one ("Denver increased
 * the score with ___ kicking a 30-yard field goal", "___ was sacked by Kony Ealy and fumbled"); a
 * touchdown, a goal scored and a player's totals ("two forced fumbles") are the outcome and stay. A pass
 * that sets up a chance is a play too ("as Didier Drogba was played in by an over the top ball"): readers
 * took it for build-up, not the goal.
 */
export const PLAY =
  /\b(?:sacked|intercepted|fumbled|to fumble|field goal|punted|picked up|recovered|at the ex?s?pense of|substituted|(?:was|were) played in)\b/;

/** The event a win is told of, named with its number: "… defeated the Carolina Panthers in Super Bowl 50 by …". */
const IN_EVENT = /^\s+(?:(?:by\s+)?\d+\s*[–-]\s*\d+\s+)?in\s+(?:the\s+)?((?:\p{Lu}[\p{L}'’-]*\s+){1,4}\d+)(?![\p{L}\p{N}])/u;

/**
 * The game a report is about, where the headline or the lead names it with its number ("Super Bowl 50"):
 * what "The game" of a later sentence is. Undefined otherwise.
 */
export function gameOf(title: string | undefined, first: string | undefined): string | undefined {
  for (const t of [title ?? '', first ?? '']) {
    const won = WON.exec(t);
    const event = won && IN_EVENT.exec(t.slice(won.index + won[0].length))?.[1];
    if (event) return event;
  }
  return undefined;
}
