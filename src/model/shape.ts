/**
 * A very small schema language for JSON data: enough to describe the question set once and derive
 * from that one description its TypeScript types (`Infer`), its runtime check (`check`), and its
 * JSON Schema (scripts/schema.ts). It exists because a general validation library costs the runtime
 * two to three times its size (see README, "Size"). No DOM.
 */

export type Shape =
  | { k: 'str'; min?: number; max?: number }
  | { k: 'num'; int?: boolean; min?: number; max?: number }
  | { k: 'bool' }
  | { k: 'const'; value: string | number }
  | { k: 'enum'; values: readonly string[] }
  | { k: 'arr'; of: Shape; min?: number; code?: string }
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
export const num = (o: { int?: boolean; min?: number; max?: number } = {}): S<number> => ({
  k: 'num',
  ...o,
});
export const bool = (): S<boolean> => ({ k: 'bool' });
export const constant = <T extends string | number>(value: T): S<T> => ({ k: 'const', value });
export const oneOf = <T extends string>(...values: T[]): S<T> => ({ k: 'enum', values });
/** A list; `code` names the message for too few items (see messages.ts). */
export const arr = <T>(of: S<T>, o: { min?: number; code?: string } = {}): S<T[]> => ({ k: 'arr', of, ...o });
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

/**
 * One problem found, as a code and its arguments rather than words: the words live in
 * messages.ts, which a page loads only when a set is invalid.
 */
export interface Issue {
  path: (string | number)[];
  code: string;
  /** The value found, where the message names it. */
  found?: unknown;
  /** What the message needs besides: limits, the choices allowed, ids. */
  args?: unknown[];
}

/** Checks `value` against `shape`, appending every problem found to `issues`. */
export function check(shape: Shape, value: unknown, path: (string | number)[], issues: Issue[]): void {
  const bad = (code: string, args?: unknown[], at = path) => issues.push({ path: at, code, found: value, args });
  switch (shape.k) {
    case 'str':
      if (typeof value !== 'string') return void bad('type', ['string']);
      if (shape.min && !value.trim()) return void bad('empty');
      if (shape.max !== undefined && value.length > shape.max) bad('long', [shape.max]);
      return;
    case 'num':
      if (typeof value !== 'number' || !Number.isFinite(value)) return void bad('type', ['number']);
      if (shape.int && !Number.isInteger(value)) return void bad('int');
      if ((shape.min !== undefined && value < shape.min) || (shape.max !== undefined && value > shape.max)) bad('range', [shape.min, shape.max]);
      return;
    case 'bool':
      if (typeof value !== 'boolean') bad('type', ['boolean']);
      return;
    case 'const':
      if (value !== shape.value) bad('const', [shape.value]);
      return;
    case 'enum':
      if (!shape.values.includes(value as string)) bad('enum', shape.values as string[]);
      return;
    case 'arr':
      if (!Array.isArray(value)) return void bad('type', ['list']);
      if (shape.min && value.length < shape.min) bad(shape.code ?? 'few', [shape.min]);
      value.forEach((item, i) => check(shape.of, item, [...path, i], issues));
      return;
    case 'obj': {
      if (!isObject(value)) return void bad('type', ['object']);
      for (const [key, p] of Object.entries(shape.props)) {
        if (value[key] !== undefined) check(p, value[key], [...path, key], issues);
        else if (!shape.optional.includes(key)) bad('missing', [], [...path, key]);
      }
      for (const key of Object.keys(value)) {
        if (!Object.hasOwn(shape.props, key)) bad('unknown', Object.keys(shape.props), [...path, key]);
      }
      return;
    }
    case 'tagged': {
      if (!isObject(value)) return void bad('type', ['object']);
      const inner = shape.of[value[shape.tag] as string];
      if (inner) return check(inner, value, path, issues);
      issues.push({ path: [...path, shape.tag], code: 'tag', found: value[shape.tag], args: Object.keys(shape.of) });
    }
  }
}

export function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
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
