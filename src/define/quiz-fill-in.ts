// Registers <quiz-fill-in>. Importing this file is the only side effect; it is safe to import twice.
import { QuizFillIn } from '../components/quiz-fill-in/quiz-fill-in.component.js';

if (!customElements.get('quiz-fill-in')) customElements.define('quiz-fill-in', QuizFillIn);

declare global {
  interface HTMLElementTagNameMap {
    'quiz-fill-in': QuizFillIn;
  }
}

export { QuizFillIn };
