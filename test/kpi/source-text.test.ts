// What the KPI sources say, read as text (kept apart from the behaviour tests: mutation testing runs on
// instrumented copies of the sources, whose prelude is not ours, so vitest.mutation.config.ts leaves
// text checks out).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { tsFiles } from '../support/files.js';

describe('KPI sources', () => {
  it('scoring generates no code: no source names the Function constructor or eval', () => {
    const files = tsFiles('src/kpi');
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) expect(readFileSync(file, 'utf8'), file).not.toMatch(/new Function\s*\(|\beval\s*\(/);
  });
});
