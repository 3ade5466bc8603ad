// The build's pure annotations (scripts/pure-annotations.ts): which initialisers are wrapped, and that
// wrapping changes neither the values nor the order in which they are computed.
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { annotatePure } from '../../scripts/pure-annotations.js';

const sample = `
const order: string[] = [];
const log = (s: string) => { order.push(s); return s; };
const LIMIT = 3;
const words = ['a', 'b'] as const;
const first = log('first');
order.push('statement');
export const schema = { max: LIMIT * 2, items: words.map((w) => w.toUpperCase()), ...{ extra: true } } satisfies object;
export const machine = new Map([[log('second'), Math.max(LIMIT, 1)]]);
export function late() { return log('never at load'); }
export const handler = () => log('never at load');
`;

function run(source: string): unknown {
  const js = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 } }).outputText;
  const exports: Record<string, unknown> = {};
  new Function('exports', `${js}\nexports.__order = order; exports.__first = first;`)(exports);
  // Functions are compared by what they are, not by identity.
  const values = Object.entries(exports).map(([k, v]) => [k, typeof v === 'function' ? 'function' : v]);
  return { ...Object.fromEntries(values), machine: [...(exports['machine'] as Map<string, number>)] };
}

describe('pure annotations (build)', () => {
  it('wraps each top-level initialiser that calls, constructs, reads a property or spreads, and nothing else', () => {
    const out = annotatePure('sample.ts', sample);
    const wrapped = out.split('\n').filter((l) => l.includes('/* @__PURE__ */ (() => ('));
    expect(wrapped.map((l) => /const (\w+)/.exec(l)?.[1])).toEqual(['first', 'schema', 'machine']);
    // Literals, arrow functions, function bodies and statements are left as written.
    for (const line of ['const LIMIT = 3;', "const words = ['a', 'b'] as const;", "order.push('statement');", "export function late() { return log('never at load'); }", "export const handler = () => log('never at load');"]) {
      expect(out).toContain(line);
    }
  });

  it('computes the same values in the same order as the source', () => {
    expect(run(annotatePure('sample.ts', sample))).toEqual(run(sample));
    expect(run(sample)).toMatchObject({ __order: ['first', 'statement', 'second'] });
  });
});
