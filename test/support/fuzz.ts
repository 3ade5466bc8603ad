// The fuzz harness: arbitraries of hostile JSON and of near-valid mutations of real values, and the
// properties every public entry must keep (no throw, every refusal a typed error, inputs untouched).
// The entries themselves are listed in `fuzz-entries.ts`; `test/fuzz/*.test.ts` run them.
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { errorCodeLabels } from '../../src/core/index.js';

/**
 * Runs per entry: `FUZZ_RUNS` from the environment (`npm run fuzz` sets 100 000), else the CI default,
 * sized so the whole fuzz suite adds about a minute to `npm test` on a busy 2-core machine.
 */
export const FUZZ_RUNS = Number.parseInt(process.env['FUZZ_RUNS'] ?? '', 10) > 0 ? Number.parseInt(process.env['FUZZ_RUNS']!, 10) : 300;

// In `npm test` (no FUZZ_RUNS given) each entry runs from a fixed seed, so the suite answers the same on
// every run; with FUZZ_RUNS set (`npm run fuzz`) the seeds are fresh, and a failure prints its seed.
const FIXED_SEEDS = !(Number.parseInt(process.env['FUZZ_RUNS'] ?? '', 10) > 0);
const seedOf = (name: string) => [...name].reduce((h, c) => (Math.imul(h, 31) + c.charCodeAt(0)) | 0, 7);

const MAX = Number.MAX_SAFE_INTEGER;

// Numbers as JSON can carry them (1e999 parses to Infinity), plus NaN, which a JavaScript host can pass.
const edgeNumbers = [0, -0, 1, -1, 2, 12, 13, 100, 10_000, 2026, 0.1, 1.5, -1.5, MAX, MAX - 1, MAX + 1, MAX + 3, -MAX, -(MAX + 3), 2 ** 31, 1e21, 1e308, -1e308, 5e-324, Infinity, -Infinity, Number.NaN];
export const hostileNumber: fc.Arbitrary<number> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...edgeNumbers) },
  { weight: 1, arbitrary: fc.integer() },
  { weight: 1, arbitrary: fc.integer({ min: -MAX, max: MAX }) },
  { weight: 1, arbitrary: fc.double() },
);

const controls = [...Array.from({ length: 32 }, (_, i) => String.fromCharCode(i)), '\u007f', '\u0085', '\u200b', '\u200d', '\u202e', '\u2028', '\ufeff', '\ud800', '\udfff', '\uffff'];
// Strings the library gives meaning to (keys, ids, dates, zones, states) and ones that break naive code.
const meaningful = [
  '', ' ', '__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf', 'NaN', 'Infinity', '-0', '1e999', 'null', 'undefined',
  '2026', '2026-03', '2026-13', '2026-Q1', '2026-Q5', '2026-W01', '2026-W53', '2025-W53', '0000-01', '0050-03', '9999-12', '10000-01',
  '2026-03-02T01:00:00.000Z', '2026-03-02T01:00:00+08:00', '0050-01-01T00:00:00Z', '+275760-09-13T00:00:00.000Z', '2026-02-30T00:00:00Z', 'not a date', '2026-03-02',
  'Asia/Shanghai', 'UTC', 'America/Sao_Paulo', 'Mars/Base', 'Etc/GMT+14', '09:00', '24:00', '23:59', '-1:00',
  'CNY', 'cny', 'u-author', 'u-editor', 'u-mkt-head', 'u-fin-head', 'u-legal', 'u-gm', 'u-hr-head', 'marketing', 'legal', 'finance',
  'draft', 'review', 'approved', 'published', 'weibo', 'wechat', 'douyin', 'high', 'medium', 'low', 'zh-CN', 'zh-TW', 'en',
  '国家级最佳产品，保本无风险', '國家級', '11010519491231002X', '4111111111111111', '广告', '①②③', '𠮷野家', 'e\u0301', 'ＡＢＣ１２３',
];
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...meaningful) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: fc.constantFrom(...controls, 'a', '国'), maxLength: 20 }) },
  { weight: 1, arbitrary: fc.constantFrom(...meaningful).chain((s) => fc.integer({ min: 1, max: 20_000 }).map((n) => s.repeat(Math.max(1, Math.floor(n / Math.max(1, s.length)))))) },
);

const hostileKey: fc.Arbitrary<string> = fc.oneof(
  { weight: 2, arbitrary: fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'id', 'type', 'kind', 'value', 'context', 'snapshot', 'amount', 'at', 'metric', 'target') },
  { weight: 1, arbitrary: hostileString },
);

// An object whose keys become own properties, `__proto__` included (as JSON.parse makes them).
const objectOf = (entries: ReadonlyArray<readonly [string, unknown]>): Record<string, unknown> => {
  const o: Record<string, unknown> = {};
  for (const [k, v] of entries) Object.defineProperty(o, k, { value: v, enumerable: true, writable: true, configurable: true });
  return o;
};

// Nesting deeper than any schema expects: recursion without a bound would overflow the stack.
const deep: fc.Arbitrary<unknown> = fc.tuple(fc.integer({ min: 20, max: 1000 }), fc.boolean(), fc.constantFrom('value', 'snapshot', 'context', '__proto__')).map(([n, arrays, key]) => {
  let v: unknown = null;
  for (let i = 0; i < n; i++) v = arrays ? [v] : objectOf([[key, v]]);
  return v;
});

const scalar: fc.Arbitrary<unknown> = fc.oneof(fc.constant(null), fc.boolean(), hostileNumber, hostileString);

/** Hostile JSON (and the few values beyond it a JavaScript host can pass: NaN, `undefined`, a Date). */
export const hostileJson: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown; array: unknown[]; object: Record<string, unknown> }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    { weight: 4, arbitrary: scalar },
    { weight: 2, arbitrary: tie('array') },
    { weight: 2, arbitrary: tie('object') },
    { weight: 1, arbitrary: fc.constantFrom(undefined, new Date(Number.NaN), new Date('2026-03-02T01:00:00.000Z'), new Date(8.64e15)) },
  ),
  array: fc.array(tie('value'), { maxLength: 5 }),
  object: fc.array(fc.tuple(hostileKey, tie('value')), { maxLength: 5 }).map(objectOf),
})).value.chain((v) => fc.oneof({ weight: 12, arbitrary: fc.constant(v) }, { weight: 1, arbitrary: deep }));

/** A Date a host might pass: valid, invalid, at the ends of the range, or in the years 0–99. */
export const hostileDate: fc.Arbitrary<Date> = fc.oneof(
  { weight: 3, arbitrary: fc.date({ min: new Date('2025-01-01T00:00:00Z'), max: new Date('2028-01-01T00:00:00Z'), noInvalidDate: true }) },
  { weight: 1, arbitrary: fc.date() },
  { weight: 1, arbitrary: fc.constantFrom(-8.64e15, 8.64e15, Number.NaN, Date.UTC(2026, 0, 1) - 62_125_920_000_000, 0).map((t) => new Date(t)) },
);

type Path = ReadonlyArray<string | number>;

function pathsOf(value: unknown, path: Path = [], out: Path[] = [], depth = 0): Path[] {
  out.push(path);
  if (depth > 12 || typeof value !== 'object' || value === null || value instanceof Date || ArrayBuffer.isView(value)) return out;
  if (Array.isArray(value)) value.forEach((v, i) => pathsOf(v, [...path, i], out, depth + 1));
  else for (const k of Object.keys(value)) pathsOf((value as Record<string, unknown>)[k], [...path, k], out, depth + 1);
  return out;
}

const copy = <T>(value: T): T => structuredClone(value);

// A value of the same type as `v`, but hostile: another number, another string, a shorter list.
function sameType(v: unknown, n: number, s: string, pick: number): unknown {
  if (typeof v === 'number') return n;
  if (typeof v === 'string') return s;
  if (typeof v === 'boolean') return !v;
  if (v instanceof Date) return new Date([Number.NaN, 8.64e15, -8.64e15, 0][pick % 4]!);
  if (Array.isArray(v)) return pick % 3 === 0 ? [] : pick % 3 === 1 ? [...v, ...v] : v.slice(0, Math.max(0, v.length - 1));
  return v;
}

type Mutation = readonly [index: number, kind: number, value: unknown, key: string, n: number, s: string];
const mutationArb: fc.Arbitrary<Mutation> = fc.tuple(fc.nat(), fc.nat(7), hostileJson, hostileKey, hostileNumber, hostileString);

function mutate(valid: unknown, mutations: readonly Mutation[], typed: boolean): unknown {
  const root = { v: copy(valid) } as Record<string, unknown>;
  const paths = pathsOf(root['v']);
  for (const [index, kind, value, key, n, s] of mutations) {
    const path = ['v', ...paths[index % paths.length]!];
    let parent: unknown = root;
    for (const k of path.slice(0, -1)) parent = typeof parent === 'object' && parent !== null ? (parent as Record<string | number, unknown>)[k] : undefined;
    if (typeof parent !== 'object' || parent === null) continue;
    const p = parent as Record<string | number, unknown>;
    const last = path[path.length - 1]!;
    // A path an earlier mutation removed stays removed (writing to it would add an `undefined` element).
    if (!Object.hasOwn(p, last)) continue;
    const current = p[last];
    // Values shared between runs (the hostile Dates) were frozen by an earlier run: they stay as they are.
    const set = (o: Record<string | number, unknown>, k: string | number, v: unknown) => Object.isFrozen(o) || Object.defineProperty(o, k, { value: v, enumerable: true, writable: true, configurable: true });
    if (typed || kind < 3) set(p, last, sameType(current, n, s, kind));
    else if (kind === 3) set(p, last, value);
    // JSON has no holes: an element is removed from a list, a key from an object.
    else if (kind === 4 && last !== 'v' && !Object.isFrozen(p)) Array.isArray(p) ? p.splice(Number(last), 1) : delete p[last];
    else if (kind === 5 && typeof current === 'object' && current !== null && !Array.isArray(current)) set(current as Record<string, unknown>, key, value);
    else if (kind === 6) set(p, last, [current]);
    else set(p, last, typeof current === 'number' ? s : typeof current === 'string' ? n : null);
  }
  return root['v'];
}

/**
 * Near-valid values: `valid` with one to three hostile changes (a field replaced by another type or an
 * edge value, deleted, an unknown or prototype key added, wrapped in a list), so the fuzz gets past the
 * first schema check; now and then `valid` itself, or hostile JSON outright.
 */
export function nearValid(valid: unknown): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 6, arbitrary: fc.array(mutationArb, { minLength: 1, maxLength: 3 }).map((m) => mutate(valid, m, false)) },
    { weight: 1, arbitrary: fc.constant(null).map(() => copy(valid)) },
    { weight: 1, arbitrary: hostileJson },
  );
}

/** Values of `valid`'s type with hostile contents: for helpers whose arguments the type system shapes. */
export function typedLike(valid: unknown): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 6, arbitrary: fc.array(mutationArb, { minLength: 1, maxLength: 3 }).map((m) => mutate(valid, m, true)) },
    { weight: 1, arbitrary: fc.constant(null).map(() => copy(valid)) },
  );
}

/** One of several valid samples, near-valid. */
export function nearOneOf(valids: readonly unknown[]): fc.Arbitrary<unknown> {
  return fc.oneof(...valids.map(nearValid));
}

/** A list of near-valid samples (records a host loaded, commands a queue delivered). */
export function listOf(valids: readonly unknown[], maxLength = 4): fc.Arbitrary<unknown> {
  return fc.oneof({ weight: 8, arbitrary: fc.array(nearOneOf(valids), { maxLength }) }, { weight: 1, arbitrary: hostileJson });
}

// Values frozen all the way down, and their fingerprints: the policy and directory every step receives
// are frozen and printed once, not on every run (a write to them throws, so they cannot change unseen).
const deepFrozen = new WeakSet<object>();
const printed = new WeakMap<object, string>();

/** Freeze a value and everything it holds, so that a write to an input throws where it happens. */
export function deepFreeze(value: unknown, seen = new Set<unknown>()): void {
  if (typeof value !== 'object' || value === null || seen.has(value) || deepFrozen.has(value) || ArrayBuffer.isView(value)) return;
  seen.add(value);
  Object.freeze(value);
  for (const k of Reflect.ownKeys(value)) deepFreeze((value as Record<PropertyKey, unknown>)[k], seen);
  // A Date's time can still be set: it is printed afresh every run.
  if (!(value instanceof Date)) deepFrozen.add(value);
}

/** A text that changes whenever anything reachable from `value` changes (Date times, NaN and −0 included). */
export function fingerprintOf(value: unknown): string {
  // Tokens joined once at the end: deep values cost linear time, not quadratic string building.
  const out: string[] = [];
  const seen = new Set<unknown>();
  const walk = (v: unknown): void => {
    if (typeof v === 'number') out.push(Object.is(v, -0) ? '-0' : String(v));
    else if (typeof v === 'bigint') out.push(`${v}n`);
    else if (typeof v !== 'object' || v === null) out.push(typeof v === 'string' ? JSON.stringify(v) : String(v));
    else if (v instanceof Date) out.push(`Date(${v.getTime()})`);
    else if (ArrayBuffer.isView(v)) out.push(`${v.constructor.name}(${Array.from(v as unknown as ArrayLike<number>).join(',')})`);
    else if (seen.has(v)) out.push('<cycle>');
    else if (deepFrozen.has(v) && printed.has(v)) out.push(printed.get(v)!);
    else if (deepFrozen.has(v) && out.length > 0) {
      const own = fingerprintOf(v);
      printed.set(v, own);
      out.push(own);
    } else {
      seen.add(v);
      out.push(Array.isArray(v) ? '[' : '{');
      for (const k of Reflect.ownKeys(v)) {
        out.push(String(k), ':');
        walk((v as Record<PropertyKey, unknown>)[k]);
        out.push(',');
      }
      out.push(Array.isArray(v) ? ']' : '}');
      seen.delete(v);
    }
  };
  walk(value);
  return out.join('');
}

const isLabels = (m: unknown): boolean =>
  typeof m === 'object' && m !== null && ['zh-CN', 'zh-TW', 'en'].every((l) => typeof (m as Record<string, unknown>)[l] === 'string');

/** Every refusal in `out` (a Result or a step's result) is the library's typed error. */
export function expectTypedFailure(out: unknown): void {
  if (typeof out !== 'object' || out === null || !('ok' in out) || (out as { ok: unknown }).ok !== false) return;
  const error = (out as { error?: unknown }).error as Record<string, unknown> | undefined;
  expect(error && typeof error === 'object').toBe(true);
  expect(Object.hasOwn(errorCodeLabels, String(error!['code']))).toBe(true);
  expect(typeof error!['message']).toBe('string');
  expect(isLabels(error!['messages'])).toBe(true);
  if (error!['code'] === 'invalid-input' || error!['code'] === 'policy-invalid') {
    const issues = error!['issues'] as unknown[];
    expect(Array.isArray(issues) && issues.length > 0).toBe(true);
    for (const i of issues as Array<Record<string, unknown>>) {
      expect(Array.isArray(i['path'])).toBe(true);
      expect(typeof i['message']).toBe('string');
      expect(isLabels(i['messages'])).toBe(true);
    }
  }
}

/**
 * One public function under fuzz: its subpath and export name, the rule its refusals serve where one
 * applies, the arbitrary of its arguments, and how to call it.
 */
export interface FuzzEntry {
  readonly subpath: string;
  readonly name: string;
  readonly rule?: string;
  readonly args: fc.Arbitrary<readonly unknown[]>;
  readonly call: (...args: never[]) => unknown;
}

/** Define one test per entry: no throw, typed refusals, inputs left as they were; prints the runs done. */
export function fuzzEntries(entries: readonly FuzzEntry[], runs = FUZZ_RUNS): void {
  for (const e of entries) {
    // Generous: a step takes about a millisecond on a busy machine, a scan of a long text a few.
    const timeout = 60_000 + runs * 15;
    it(`${e.rule ? `${e.rule}: ` : ''}${e.subpath}.${e.name} never throws, refuses only with typed errors and never mutates its input`, () => {
      let done = 0;
      fc.assert(
        fc.property(e.args, (args) => {
          done++;
          deepFreeze(args);
          const before = fingerprintOf(args);
          let out: unknown;
          try {
            out = (e.call as (...a: unknown[]) => unknown)(...args);
          } catch (error) {
            throw new Error(`${e.name} threw ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`);
          }
          expectTypedFailure(out);
          expect(fingerprintOf(args)).toBe(before);
        }),
        FIXED_SEEDS ? { numRuns: runs, seed: seedOf(`${e.subpath}.${e.name}`) } : { numRuns: runs },
      );
      console.log(`fuzz ${e.subpath}.${e.name}: ${done} runs`);
      expect(done).toBe(runs);
    }, timeout);
  }
}
