import { emit } from '../controllers/events.js';
import type { Issue } from '../model/shape.js';
import type { Problem } from '../model/types.js';

/**
 * Reports a question set that cannot be shown: logs its problems to the console once and fires
 * quiz-error. The words for coded issues are loaded only now, so that pages with valid sets never
 * download them.
 */
export async function reportProblems(target: HTMLElement & { updateComplete: Promise<unknown> }, message: string, found: Problem[] | Issue[], from: string): Promise<void> {
  let problems: Problem[] = found as Problem[];
  let format = (p: Problem) => (p.path ? `${p.path}: ${p.message}` : p.message);
  if (found.length && !('message' in found[0]!)) {
    try {
      const m = await import('../model/messages.js');
      problems = (found as Issue[]).map(m.toProblem);
      format = m.formatProblem;
    } catch {
      // The words could not be loaded (offline): give the codes, which still say where.
      problems = (found as Issue[]).map(i => ({ path: i.path.join('.'), message: i.code }));
    }
  }
  if (problems.length) console.warn(`<${target.localName}>: ${from} has ${problems.length} problem(s):\n  ${problems.map(format).join('\n  ')}`);
  await target.updateComplete;
  emit(target, 'quiz-error', { message, problems });
}
