// Registers <quiz-choice>. Importing this file is the only side effect; it is safe to import twice.
import { QuizChoice } from '../components/quiz-choice/quiz-choice.component.js';

if (!customElements.get('quiz-choice')) customElements.define('quiz-choice', QuizChoice);

declare global {
  interface HTMLElementTagNameMap {
    'quiz-choice': QuizChoice;
  }
}

export { QuizChoice };
