// Registers <quiz-editor> and the <article-quiz> it previews with. Importing this file is the only
// side effect; it is safe to import twice. Not part of the runtime (dist/article-quiz.min.js).
import { QuizEditor } from '../components/quiz-editor/quiz-editor.component.js';
import './article-quiz.js';

if (!customElements.get('quiz-editor')) customElements.define('quiz-editor', QuizEditor);

declare global {
  interface HTMLElementTagNameMap {
    'quiz-editor': QuizEditor;
  }
}

export { QuizEditor };
