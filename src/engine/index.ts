/** The quiz engine: scoring state machine and answer matching. No DOM, no Lit. */
export * from './quiz.js';
export { matchAnswer, normaliseAnswer, type MatchResult } from './match.js';
