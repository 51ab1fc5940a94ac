// The `article-quiz` command's logic; bin.ts runs it. Node only.
import { readFileSync } from 'node:fs';
import { formatProblem, parseQuestionSet, type ValidationResult } from '../model/index.js';

const HELP = `Usage: article-quiz <command> [options]

Commands:
  validate <file.json | -> [more files]   Check question sets; lists every problem with its path.

Options:
  --json        print the result as JSON (validate)
  -h, --help    show this help
  -v, --version print the version

Exit codes: 0 all valid, 1 a set is invalid or unreadable, 2 the command was used wrongly.
`;

export function main(argv: string[], io = { out: process.stdout, err: process.stderr, stdin: 0 as number | string }): number {
  const args = argv.filter(a => !a.startsWith('-') || a === '-');
  const flags = argv.filter(a => a.startsWith('-') && a !== '-');
  const known = new Set(['--json', '-h', '--help', '-v', '--version']);
  const unknown = flags.find(f => !known.has(f));
  if (unknown) return usage(io, `unknown option ${unknown}`);
  if (flags.includes('-h') || flags.includes('--help')) {
    io.out.write(HELP);
    return 0;
  }
  if (flags.includes('-v') || flags.includes('--version')) {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
    io.out.write(`${pkg.version}\n`);
    return 0;
  }
  const [command, ...files] = args;
  if (!command) return usage(io, 'no command given');
  if (command !== 'validate') return usage(io, `unknown command "${command}"`);
  if (!files.length) return usage(io, 'validate needs at least one file (or - for standard input)');
  return validate(files, flags.includes('--json'), io);
}

function validate(files: string[], json: boolean, io: { out: NodeJS.WritableStream; err: NodeJS.WritableStream; stdin: number | string }): number {
  const results: { file: string; result: ValidationResult }[] = [];
  let status = 0;
  for (const file of files) {
    let text: string;
    try {
      text = readFileSync(file === '-' ? io.stdin : file, 'utf8');
    } catch (e) {
      const reason = (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message;
      io.err.write(`article-quiz: cannot read ${file}: ${reason}\n`);
      status = 1;
      continue;
    }
    const result = parseQuestionSet(text);
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
