// The package entry for bundlers: classes and functions, no custom element registration
// (import 'article-quiz/define/article-quiz.js' for that).
export * from './model/index.js';
export { ArticleQuiz } from './components/article-quiz/article-quiz.component.js';
export type { QuizReadyDetail, QuizErrorDetail, QuizReadyEvent, QuizErrorEvent } from './components/events.js';
