/**
 * A very small schema language for JSON data: enough to describe the question set once and derive
 * from that one description its TypeScript types (`Infer`), its runtime check (`check`), and its
 * JSON Schema (scripts/schema.ts). It exists because a general validation library costs the runtime
 * two to three times its size (see README, "Size"). No DOM.
 */

export type Shape =
  | { k: 'str'; min?: number; max?: number }
  | { k: 'num'; int?: boolean; min?: number; max?: number; exclusiveMin?: boolean }
  | { k: 'bool' }
  | { k: 'const'; value: string | number }
  | { k: 'enum'; values: readonly string[] }
  | { k: 'arr'; of: Shape; min?: number; msg?: string }
  | { k: 'obj'; props: Record<string, Shape>; optional: readonly string[] }
  | { k: 'tagged'; tag: string; of: Record<string, Shape & { k: 'obj' }> };

/** A shape that carries the TypeScript type it describes. */
export type S<T, K extends Shape = Shape> = K & { readonly __type?: T };
type Opt<T> = { readonly __optional: true; shape: S<T> };

export type Infer<X> = X extends S<infer T> ? T : never;
type Props = Record<string, S<unknown> | Opt<unknown>>;
type Value<P> = P extends Opt<infer T> ? T : P extends S<infer T> ? T : never;
type OptKeys<P extends Props> = { [K in keyof P]: P[K] extends Opt<unknown> ? K : never }[keyof P];
type Flat<T> = { [K in keyof T]: T[K] } & {};
type ObjType<P extends Props> = Flat<
  { -readonly [K in Exclude<keyof P, OptKeys<P>>]: Value<P[K]> } & { -readonly [K in OptKeys<P>]?: Value<P[K]> }
>;

export const str = (o: { min?: number; max?: number } = {}): S<string> => ({ k: 'str', ...o });
export const num = (o: { int?: boolean; min?: number; max?: number; exclusiveMin?: boolean } = {}): S<number> => ({
  k: 'num',
  ...o,
});
export const bool = (): S<boolean> => ({ k: 'bool' });
export const constant = <T extends string | number>(value: T): S<T> => ({ k: 'const', value });
export const oneOf = <T extends string>(...values: T[]): S<T> => ({ k: 'enum', values });
export const arr = <T>(of: S<T>, o: { min?: number; msg?: string } = {}): S<T[]> => ({ k: 'arr', of, ...o });
export const opt = <T>(shape: S<T>): Opt<T> => ({ __optional: true, shape });

export function obj<P extends Props>(props: P): S<ObjType<P>, Shape & { k: 'obj' }> {
  const out: Record<string, Shape> = {};
  const optional: string[] = [];
  for (const [key, p] of Object.entries(props)) {
    if ('__optional' in p) {
      optional.push(key);
      out[key] = p.shape;
    } else out[key] = p;
  }
  return { k: 'obj', props: out, optional };
}

/** One of several object shapes, told apart by the string in field `tag`. */
export function tagged<T extends string, U extends Record<string, S<unknown, Shape & { k: 'obj' }>>>(
  tag: T,
  of: U,
): S<{ [K in keyof U]: Infer<U[K]> }[keyof U]> {
  return { k: 'tagged', tag, of };
}

export interface Issue {
  path: (string | number)[];
  message: string;
}

/** Checks `value` against `shape`, appending every problem found to `issues`. */
export function check(shape: Shape, value: unknown, path: (string | number)[], issues: Issue[]): void {
  const bad = (message: string, at = path) => issues.push({ path: at, message });
  switch (shape.k) {
    case 'str':
      if (typeof value !== 'string') return void bad(`expected a string, found ${describe(value)}`);
      if (shape.min && !value.trim()) return void bad('must not be empty');
      if (shape.max !== undefined && value.length > shape.max) bad(`is longer than ${shape.max} characters`);
      return;
    case 'num':
      if (typeof value !== 'number' || !Number.isFinite(value)) return void bad(`expected a number, found ${describe(value)}`);
      if (shape.int && !Number.isInteger(value)) return void bad(`must be a whole number, found ${value}`);
      if (shape.min !== undefined && (value < shape.min || (shape.exclusiveMin && value === shape.min))) {
        bad(shape.max !== undefined ? `must be from ${shape.min} to ${shape.max}, found ${value}` : `must be ${shape.exclusiveMin ? 'more than' : 'at least'} ${shape.min}, found ${value}`);
      } else if (shape.max !== undefined && value > shape.max) bad(`must be from ${shape.min ?? 0} to ${shape.max}, found ${value}`);
      return;
    case 'bool':
      if (typeof value !== 'boolean') bad(`expected true or false, found ${describe(value)}`);
      return;
    case 'const':
      if (value !== shape.value) bad(`expected ${describe(shape.value)}, found ${describe(value)}`);
      return;
    case 'enum':
      if (!shape.values.includes(value as string)) {
        bad(`expected one of ${shape.values.map(describe).join(', ')}, found ${describe(value)}`);
      }
      return;
    case 'arr':
      if (!Array.isArray(value)) return void bad(`expected a list, found ${describe(value)}`);
      if (shape.min && value.length < shape.min) bad(shape.msg ?? `needs at least ${shape.min} item${shape.min > 1 ? 's' : ''}`);
      value.forEach((item, i) => check(shape.of, item, [...path, i], issues));
      return;
    case 'obj': {
      if (!isObject(value)) return void bad(`expected an object, found ${describe(value)}`);
      for (const [key, p] of Object.entries(shape.props)) {
        if (value[key] !== undefined) check(p, value[key], [...path, key], issues);
        else if (!shape.optional.includes(key)) bad('this required field is missing', [...path, key]);
      }
      for (const key of Object.keys(value)) {
        if (!(key in shape.props)) bad(`unknown field${suggest(key, Object.keys(shape.props))}`, [...path, key]);
      }
      return;
    }
    case 'tagged': {
      if (!isObject(value)) return void bad(`expected an object, found ${describe(value)}`);
      const inner = shape.of[value[shape.tag] as string];
      if (inner) return check(inner, value, path, issues);
      const tags = Object.keys(shape.of).map(describe).join(', ');
      bad(
        value[shape.tag] === undefined ? `this required field is missing (${tags})` : `expected one of ${tags}, found ${describe(value[shape.tag])}`,
        [...path, shape.tag],
      );
    }
  }
}

export function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** A value as a person would name it in a message: `"e"`, `5`, `null`, `a list`. */
export function describe(x: unknown): string {
  if (x === undefined) return 'nothing';
  if (x === null) return 'null';
  if (Array.isArray(x)) return 'a list';
  if (typeof x === 'object') return 'an object';
  if (typeof x === 'string') return JSON.stringify(x.length > 60 ? `${x.slice(0, 57)}...` : x);
  return String(x);
}

/** `; did you mean "correct"?` when a known name is at most two edits from `key`. */
function suggest(key: string, known: string[]): string {
  let best = '';
  let bestD = 3;
  for (const k of known) {
    const d = editDistance(key.toLowerCase(), k.toLowerCase());
    if (d < bestD) [best, bestD] = [k, d];
  }
  return best ? `; did you mean "${best}"?` : '';
}

/** Levenshtein distance between two strings. */
export function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length]!;
}
