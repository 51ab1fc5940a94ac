// Registers <article-quiz> and the question elements it renders. Importing this file is the only
// side effect; it is safe to import twice.
import { ArticleQuiz } from '../components/article-quiz/article-quiz.component.js';
import './quiz-choice.js';
import './quiz-fill-in.js';

if (!customElements.get('article-quiz')) customElements.define('article-quiz', ArticleQuiz);

declare global {
  interface HTMLElementTagNameMap {
    'article-quiz': ArticleQuiz;
  }
}

export { ArticleQuiz };
