// Invariants of grading (RSK-2, RSK-3), checked on many inputs: monotone in likelihood and impact for
// every preset, no NaN anywhere, and the monotonicity check agreeing with a brute-force one.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultRiskMatrix, gradeQuantitative, gradeRank, gradeRisk, matrixProblems, riskMatrixPresets, type RiskMatrix } from '../../src/risk/index.js';

const rankOf = (m: RiskMatrix, l: string, i: string) => {
  const r = gradeRisk(l, i, m);
  if (!r.ok) throw new Error(r.error.message);
  return gradeRank(m, r.value.grade);
};

describe.each(riskMatrixPresets.map((m) => [m.id, m] as const))('preset %s', (_id, matrix) => {
  const n = matrix.likelihood.length;
  const k = matrix.impact.length;

  it('RSK-3: grading is monotone: a higher (or equal) likelihood and impact never give a lower grade (property)', () => {
    fc.assert(
      fc.property(fc.nat(n - 1), fc.nat(n - 1), fc.nat(k - 1), fc.nat(k - 1), (a, b, c, d) => {
        const [l1, l2] = [Math.min(a, b), Math.max(a, b)];
        const [i1, i2] = [Math.min(c, d), Math.max(c, d)];
        const low = rankOf(matrix, matrix.likelihood[l1]!.id, matrix.impact[i1]!.id);
        const high = rankOf(matrix, matrix.likelihood[l2]!.id, matrix.impact[i2]!.id);
        expect(high).toBeGreaterThanOrEqual(low);
      }),
      { numRuns: 300 },
    );
  }, 20_000);

  it('RSK-2: any numbers as quantitative input give a grading of known levels or invalid input, never a throw and never NaN (property)', () => {
    const anyNumber = fc.oneof(fc.double(), fc.integer(), fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, -0, 2 ** 53, 1e-300));
    fc.assert(
      fc.property(anyNumber, anyNumber, (probability, impactFen) => {
        const r = gradeQuantitative({ probability, impactFen }, matrix);
        if (r.ok) {
          expect(matrix.likelihood.some((l) => l.id === r.value.likelihood) && matrix.impact.some((l) => l.id === r.value.impact)).toBe(true);
          expect(['high', 'medium', 'low']).toContain(r.value.level);
        } else expect(r.error.code).toBe('invalid-input');
        expect(JSON.stringify(r)).not.toMatch(/NaN|Infinity|null/);
      }),
      { numRuns: 500 },
    );
  }, 20_000);

});

describe('the default matrix, quantitatively', () => {
  it('RSK-2: a higher probability and a higher money impact never give a lower grade (property)', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), fc.nat(), fc.nat(), (p1, p2, f1, f2) => {
        const lo = gradeQuantitative({ probability: Math.min(p1, p2), impactFen: Math.min(f1, f2) }, defaultRiskMatrix);
        const hi = gradeQuantitative({ probability: Math.max(p1, p2), impactFen: Math.max(f1, f2) }, defaultRiskMatrix);
        expect(lo.ok && hi.ok).toBe(true);
        if (lo.ok && hi.ok) expect(gradeRank(defaultRiskMatrix, hi.value.grade)).toBeGreaterThanOrEqual(gradeRank(defaultRiskMatrix, lo.value.grade));
      }),
      { numRuns: 300 },
    );
  }, 20_000);
});

describe('any complete grid', () => {
  it('RSK-3: matrixProblems reports a monotonicity problem exactly when some cell grades below its lower neighbour (property)', () => {
    const levels = ['a', 'b', 'c'];
    const grid = fc.array(fc.nat(2), { minLength: 9, maxLength: 9 });
    fc.assert(
      fc.property(grid, (g) => {
        const matrix: RiskMatrix = {
          ...defaultRiskMatrix,
          likelihood: levels.map((id) => ({ id, labels: { 'zh-CN': id, 'zh-TW': id, en: id } })),
          impact: levels.map((id) => ({ id, labels: { 'zh-CN': id, 'zh-TW': id, en: id } })),
          cells: levels.flatMap((l, a) => levels.map((i, b) => ({ likelihood: l, impact: i, grade: defaultRiskMatrix.grades[g[a * 3 + b]!]!.id }))),
        };
        let broken = false;
        for (let a = 0; a < 3; a++) for (let b = 0; b < 3; b++) {
          if (a > 0 && g[a * 3 + b]! < g[(a - 1) * 3 + b]!) broken = true;
          if (b > 0 && g[a * 3 + b]! < g[a * 3 + b - 1]!) broken = true;
        }
        expect(matrixProblems(matrix).length > 0).toBe(broken);
      }),
      { numRuns: 400 },
    );
  }, 20_000);
});
