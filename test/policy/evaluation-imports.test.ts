// A scheduled function that only asks whether an evaluation is overdue loads neither zod nor XState:
// the due-date query and the reader import, transitively, none of them (the size budget measures it).
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

function imports(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const source = readFileSync(file, 'utf8');
  for (const [, typeOnly, spec = ''] of [...source.matchAll(/^import (type )?[^'"]*from '([^']+)';$/gm)]) {
    if (typeOnly) continue;
    if (spec.startsWith('.')) imports(resolve(dirname(file), spec.replace(/\.js$/, '.ts')), seen);
    else seen.add(spec);
  }
  return seen;
}

describe('policy evaluation queries stay light', () => {
  it('SUP-3: evaluationDue and the evaluation reader import neither zod nor xstate', () => {
    const all = [...imports(resolve('src/policy/evaluation-due.ts'))];
    expect(all.filter((m) => m === 'zod' || m.startsWith('zod/') || m === 'xstate' || m.startsWith('xstate/'))).toEqual([]);
    expect(all).toContain('date-fns');
    expect(all.some((m) => m.endsWith('evaluation-record.ts'))).toBe(true);
  });
});
