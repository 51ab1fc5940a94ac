// The package entry for bundlers: classes and functions, no custom element registration
// (import 'article-quiz/define/article-quiz.js' for that).
export * from './model/index.js';
export { ArticleQuiz } from './components/article-quiz/article-quiz.component.js';
export * from './engine/index.js';
export { QuizController, type QuizOptions } from './controllers/quiz-controller.js';
export type * from './controllers/events.js';
export { QuizChoice } from './components/quiz-choice/quiz-choice.component.js';
export { QuizFillIn } from './components/quiz-fill-in/quiz-fill-in.component.js';
// The editor (not in the runtime bundle, which is src/all.ts): the class only, no registration.
export { QuizEditor, type QuizExportDetail, type QuizEditorChangeDetail } from './components/quiz-editor/quiz-editor.component.js';
export type { MessageTable, Message } from './components/i18n.js';
