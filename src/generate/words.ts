/**
 * Small word helpers the generator's stages share. No DOM.
 */

/** A text compared loosely: lower case, letters and digits only, single spaces. */
export const norm = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** Words that are not a role, a name or a kind of thing: articles, prepositions, auxiliaries, pronouns. */
export const FUNCTION_WORDS = new Set(
  'the a an and or but of in on at by for from to with as into onto over under than then said says told added is was were are be been has have had will would could can may might should must not also who which that whose where when while after before since until near against between including about like per its his her their our your my this these those all some any each every both no one two three four five six seven eight nine ten new old'.split(' '),
);

/** Verbs that may follow a name as its predicate ("the Broncos scored", "the Pentagon says"), or stand
 * between a name and the next ("Haddad met White House spokesman …"): no part of a name or a role. */
export const VERB = /^(?:is|was|are|were|has|have|had|will|would|could|can|may|might|must|shall|should|did|does|do|says|said|won|lost|beat|made|took|got|gave|saw|began|became|came|went|ran|led|leads|held|holds|kept|keeps|left|met|paid|sent|told|wrote|brought|bought|sold|found|knew|fell|rose|hit|set|put|cut|let|also|then|now|still|never|later|again|only|already|itself|alone)$/;

/** A people's adjective, which keeps its capital: "Libyan", "Pakistani", "British", "French". */
export const DEMONYM = /^(?:\p{Lu}\p{Ll}+(?:an|ese|ish|i|ch)|Greek|Thai|Swiss|Welsh|Scots|Arab)$/u;
