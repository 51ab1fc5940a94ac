import { emit } from '../controllers/events.js';
import type { Issue } from '../model/shape.js';
import type { Problem } from '../model/types.js';

/**
 * Loads the problem reporter (problems.ts, a chunk of its own) and reports. Should the chunk not load
 * (the reader went offline), quiz-error still fires, without the problems' words.
 */
export function report(target: HTMLElement & { updateComplete: Promise<unknown> }, message: string, found: Problem[] | Issue[], from: string): void {
  import('./problems.js').then(
    m => m.reportProblems(target, message, found, from),
    () => emit(target, 'quiz-error', { message, problems: [] }),
  );
}
