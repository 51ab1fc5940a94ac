// The `article-quiz` command's logic; main.ts runs it. Node only.
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { fromGift, toGift, toQtiZip } from '../formats/index.js';
import { GenerateError, generateQuestionSet } from '../generate/index.js';
import { formatProblem, parseQuestionSet, type Problem, type QuestionSet, type ValidationResult } from '../model/index.js';
import { articleFromHtml } from './html.js';

const HELP = `Usage: article-quiz <command> [options]

Commands:
  generate <file.txt | file.html | -> [more files]
                      Make a quiz from an article; prints the question set as JSON.
  validate <file.json | -> [more files]
                      Check question sets; lists every problem with its path.
  convert <file.json | file.gift | file.txt | ->
                      Turn a question set (JSON) or Moodle GIFT questions into another format.
                      A .gift or .txt file is read as GIFT, a .json file as JSON; otherwise
                      text starting with { is JSON. Problems are listed with their line.

Options for generate:
  --count N           at most N questions (default 8)
  --seed S            another seed gives another mix of question kinds (default 1)
  --title T           the article's title, when the text does not start with it
  --format F          json (default), gift (Moodle) or qti (a QTI 3.0 zip, needs --out)
  --out PATH          write to this file (one article) or into this folder (several:
                      one .json, .gift or .zip file each)
Options for convert:
  --to F              json, gift or qti (required); qti is a zip, so it needs --out
  --out FILE          write to this file instead of standard output
Options for validate:
  --json              print the result as JSON
  -h, --help          show this help
  -v, --version       print the version

Exit codes: 0 done, 1 an input is invalid, unreadable or gives no quiz, 2 the command was used wrongly.
A QTI zip is never written to standard output: give --out FILE.zip.
What each format keeps and loses: docs/formats.md.
`;

const FORMATS = ['json', 'gift', 'qti'] as const;
type Format = (typeof FORMATS)[number];
const EXTENSIONS: Record<Format, string> = { json: '.json', gift: '.gift', qti: '.zip' };
const isFormat = (f: string | undefined): f is Format => (FORMATS as readonly (string | undefined)[]).includes(f);

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
        format: { type: 'string' },
        to: { type: 'string' },
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
  if (values.format !== undefined && command !== 'generate') return usage(io, '--format is for generate (convert takes --to)');
  if (values.to !== undefined && command !== 'convert') return usage(io, '--to is for convert (generate takes --format)');
  if (command === 'validate') {
    if (!files.length) return usage(io, 'validate needs at least one file (or - for standard input)');
    return validate(files, !!values.json, io);
  }
  if (command === 'generate') {
    if (!files.length) return usage(io, 'generate needs at least one article file (or - for standard input)');
    const count = values.count === undefined ? 8 : Number(values.count);
    if (!Number.isInteger(count) || count < 1 || count > 50) return usage(io, '--count must be a whole number from 1 to 50');
    if (files.length > 1 && values.title) return usage(io, '--title is for one article at a time');
    const format = values.format ?? 'json';
    if (!isFormat(format)) return usage(io, '--format must be json, gift or qti');
    if (format === 'qti' && !values.out) return usage(io, '--format qti writes a zip file: give --out FILE.zip (or a folder, for several articles)');
    return generate(files, { count, seed: values.seed, title: values.title, out: values.out, format }, io);
  }
  if (command === 'convert') {
    if (files.length !== 1) return usage(io, 'convert needs one input file (or - for standard input)');
    if (values.to === undefined) return usage(io, 'convert needs --to json, gift or qti');
    if (!isFormat(values.to)) return usage(io, '--to must be json, gift or qti');
    if (values.to === 'qti' && !values.out) return usage(io, '--to qti writes a zip file: give --out FILE.zip');
    return convert(files[0]!, values.to, values.out, io);
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

/** The set in a format: text, or the bytes of a zip. */
function encode(set: QuestionSet, format: Format): string | Uint8Array {
  if (format === 'gift') return toGift(set);
  if (format === 'qti') return toQtiZip(set);
  return `${JSON.stringify(set, null, 2)}\n`;
}

function generate(files: string[], o: { count: number; seed?: string; title?: string; out?: string; format: Format }, io: IO): number {
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
      const data = encode(set, o.format);
      if (!o.out) io.out.write(data);
      else writeFileSync(files.length > 1 ? join(o.out, `${basename(file, extname(file))}${EXTENSIONS[o.format]}`) : o.out, data);
    } catch (e) {
      if (!(e instanceof GenerateError)) throw e;
      io.err.write(`article-quiz: ${file}: ${e.message}\n`);
      status = 1;
    }
  });
  return status;
}

function convert(file: string, to: Format, out: string | undefined, io: IO): number {
  const bytes = read(file, io);
  if (!bytes) return 1;
  if (bytes.includes(0)) {
    io.err.write(`article-quiz: ${file} is not text (it looks like a binary file)\n`);
    return 1;
  }
  const text = bytes.toString('utf8');
  const name = file === '-' ? '(stdin)' : file;
  const gift = /\.(gift|txt)$/i.test(file) || (!/\.json$/i.test(file) && !text.trimStart().startsWith('{'));
  let result: ValidationResult;
  let notes: Problem[] = [];
  if (gift) {
    const id = file === '-' ? undefined : basename(file, extname(file)).replace(/\.gift$/i, '');
    ({ notes, ...result } = fromGift(text, id ? { id } : {}));
  } else {
    result = parseQuestionSet(text);
  }
  for (const n of notes) io.err.write(`article-quiz: ${name}: note: ${formatProblem(n)}\n`);
  if (!result.valid) {
    const n = result.problems.length;
    io.err.write(`article-quiz: ${name}: invalid ${gift ? 'GIFT' : 'question set'}, ${n} problem${n === 1 ? '' : 's'}\n${result.problems.map(p => `  ${formatProblem(p)}\n`).join('')}`);
    return 1;
  }
  const data = encode(result.value, to);
  if (out) writeFileSync(out, data);
  else io.out.write(data);
  return 0;
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
