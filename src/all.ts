// The single-file runtime (dist/article-quiz.min.js): registers every element and exports their
// classes. The model, engine and generator APIs are in the package's modules, not here.
export { ArticleQuiz } from './define/article-quiz.js';
export { QuizChoice } from './define/quiz-choice.js';
export { QuizFillIn } from './define/quiz-fill-in.js';
