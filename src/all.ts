// The single-file runtime (dist/article-quiz.min.js): registers every element. No generator here.
export * from './define/article-quiz.js';
export * from './model/index.js';
