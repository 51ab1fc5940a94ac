import { emit } from '../controllers/events.js';
import { formatProblem, toProblem } from '../model/messages.js';
import type { Issue } from '../model/shape.js';
import type { Problem } from '../model/types.js';

/**
 * Reports a question set that cannot be shown: logs its problems to the console once and fires
 * quiz-error. This module, with the words for every problem, is a chunk of its own: pages whose sets
 * are valid never download it. Use {@link report}, which loads it.
 */
export async function reportProblems(
  target: HTMLElement & { updateComplete: Promise<unknown> },
  message: string,
  found: Problem[] | Issue[],
  from: string,
): Promise<void> {
  const problems = found.map(p => ('message' in p ? p : toProblem(p)));
  if (problems.length) console.warn(`<${target.localName}>: ${from} has ${problems.length} problem(s):\n  ${problems.map(formatProblem).join('\n  ')}`);
  await target.updateComplete;
  emit(target, 'quiz-error', { message, problems });
}
