// The `article-quiz` command's logic; main.ts runs it. Node only.
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { GenerateError, generateQuestionSet } from '../generate/index.js';
import { formatProblem, parseQuestionSet, type ValidationResult } from '../model/index.js';
import { articleFromHtml } from './html.js';

const HELP = `Usage: article-quiz <command> [options]

Commands:
  generate <file.txt | file.html | -> [more files]
                      Make a quiz from an article; prints the question set as JSON.
  validate <file.json | -> [more files]
                      Check question sets; lists every problem with its path.

Options for generate:
  --count N           at most N questions (default 8)
  --seed S            another seed gives another mix of question kinds (default 1)
  --title T           the article's title, when the text does not start with it
  --out PATH          write to this file (one article) or into this folder (several)
Options for validate:
  --json              print the result as JSON
  -h, --help          show this help
  -v, --version       print the version

Exit codes: 0 done, 1 an input is invalid, unreadable or gives no quiz, 2 the command was used wrongly.
`;

interface IO {
  out: NodeJS.WritableStream;
  err: NodeJS.WritableStream;
  stdin: number | string;
}

export function main(argv: string[], io: IO = { out: process.stdout, err: process.stderr, stdin: 0 }): number {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        json: { type: 'boolean' },
        count: { type: 'string' },
        seed: { type: 'string' },
        title: { type: 'string' },
        out: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (e) {
    const option = /'([^']+)'/.exec((e as Error).message)?.[1];
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return usage(io, `unknown option ${option}`);
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') return usage(io, `option ${option?.split(' ')[0] ?? ''} needs a value`);
    return usage(io, (e as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.out.write(HELP);
    return 0;
  }
  if (values.version) {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
    io.out.write(`${pkg.version}\n`);
    return 0;
  }
  const [command, ...files] = positionals;
  if (!command) return usage(io, 'no command given');
  if (command === 'validate') {
    if (!files.length) return usage(io, 'validate needs at least one file (or - for standard input)');
    return validate(files, !!values.json, io);
  }
  if (command === 'generate') {
    if (!files.length) return usage(io, 'generate needs at least one article file (or - for standard input)');
    const count = values.count === undefined ? 8 : Number(values.count);
    if (!Number.isInteger(count) || count < 1 || count > 50) return usage(io, '--count must be a whole number from 1 to 50');
    if (files.length > 1 && values.title) return usage(io, '--title is for one article at a time');
    return generate(files, { count, seed: values.seed, title: values.title, out: values.out }, io);
  }
  return usage(io, `unknown command "${command}"`);
}

function read(file: string, io: IO): Buffer | undefined {
  try {
    return readFileSync(file === '-' ? io.stdin : file);
  } catch (e) {
    const reason = (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as NodeJS.ErrnoException).code === 'EISDIR' ? 'it is a folder' : (e as Error).message;
    io.err.write(`article-quiz: cannot read ${file}: ${reason}\n`);
    return undefined;
  }
}

function generate(files: string[], o: { count: number; seed?: string; title?: string; out?: string }, io: IO): number {
  let status = 0;
  files.forEach((file, i) => {
    if (files.length > 1) io.err.write(`article-quiz: [${i + 1}/${files.length}] ${file}\n`);
    const bytes = read(file, io);
    if (!bytes) return void (status = 1);
    if (bytes.includes(0)) {
      io.err.write(`article-quiz: ${file} is not text (it looks like a binary file)\n`);
      return void (status = 1);
    }
    const raw = bytes.toString('utf8');
    const html = /\.html?$/i.test(file) || /^\s*<(!doctype|html|body|article|div|p)\b/i.test(raw);
    const article = html ? articleFromHtml(raw) : { text: raw };
    try {
      const set = generateQuestionSet({ text: article.text, title: o.title ?? article.title }, { count: o.count, seed: o.seed });
      const json = `${JSON.stringify(set, null, 2)}\n`;
      if (!o.out) io.out.write(json);
      else writeFileSync(files.length > 1 ? join(o.out, `${basename(file, extname(file))}.json`) : o.out, json);
    } catch (e) {
      if (!(e instanceof GenerateError)) throw e;
      io.err.write(`article-quiz: ${file}: ${e.message}\n`);
      status = 1;
    }
  });
  return status;
}

function validate(files: string[], json: boolean, io: IO): number {
  const results: { file: string; result: ValidationResult }[] = [];
  let status = 0;
  for (const file of files) {
    const bytes = read(file, io);
    if (!bytes) {
      status = 1;
      continue;
    }
    const result = parseQuestionSet(bytes.toString('utf8'));
    if (!result.valid) status = 1;
    results.push({ file: file === '-' ? '(stdin)' : file, result });
  }
  if (json) {
    io.out.write(`${JSON.stringify(results.map(r => ({ file: r.file, valid: r.result.valid, problems: r.result.problems })), null, 2)}\n`);
    return status;
  }
  for (const { file, result } of results) {
    if (result.valid) {
      const n = result.value.questions.length;
      io.out.write(`${file}: valid, ${n} question${n === 1 ? '' : 's'}\n`);
    } else {
      const n = result.problems.length;
      io.out.write(`${file}: invalid, ${n} problem${n === 1 ? '' : 's'}\n${result.problems.map(p => `  ${formatProblem(p)}\n`).join('')}`);
    }
  }
  return status;
}

function usage(io: { err: NodeJS.WritableStream }, message: string): number {
  io.err.write(`article-quiz: ${message}\nRun article-quiz --help for usage.\n`);
  return 2;
}
