// Grading as data (RSK-2, RSK-3): the presets cell by cell, quantitative thresholds, and matrices the
// policy refuses with every problem listed.
import { describe, expect, it } from 'vitest';
import { defaultOrg } from '../../src/org/index.js';
import { defaultPolicy, parsePolicy } from '../../src/policy/index.js';
import {
  defaultRiskMatrix,
  defaultRiskPolicy,
  gradeQuantitative,
  gradeRisk,
  impactForFen,
  likelihoodForProbability,
  matrixProblems,
  nistRiskMatrix,
  riskPolicyProblems,
  type RiskMatrix,
} from '../../src/risk/index.js';

// NIST SP 800-30 Rev. 1, Table I-2, as the table prints it: rows are likelihood from very high down to
// very low, columns impact from very low up to very high. Written out here independently of the preset.
const TABLE_I2 = `
Very High | Very Low | Low      | Moderate | High     | Very High
High      | Very Low | Low      | Moderate | High     | Very High
Moderate  | Very Low | Low      | Moderate | Moderate | High
Low       | Very Low | Low      | Low      | Low      | Moderate
Very Low  | Very Low | Very Low | Very Low | Low      | Low`;
const IMPACTS = ['Very Low', 'Low', 'Moderate', 'High', 'Very High'];
const id = (s: string) => s.trim().toLowerCase().replace(' ', '-');
const printed = TABLE_I2.trim()
  .split('\n')
  .flatMap((row) => {
    const [likelihood, ...grades] = row.split('|').map((c) => c.trim());
    return grades.map((g, i) => ({ likelihood: likelihood!, impact: IMPACTS[i]!, grade: g }));
  });

describe('the NIST SP 800-30 Rev. 1 preset', () => {
  it('RSK-3: the table has 25 cells and the preset 25', () => {
    expect(printed).toHaveLength(25);
    expect(nistRiskMatrix.cells).toHaveLength(25);
  });

  it.each(printed)('RSK-3: NIST Table I-2, likelihood $likelihood × impact $impact is $grade', ({ likelihood, impact, grade }) => {
    const r = gradeRisk(id(likelihood), id(impact), nistRiskMatrix);
    expect(r.ok && r.value.grade).toBe(id(grade));
  });

  it('RSK-3: its five grades map to high/medium/low (very high, high → high; moderate → medium; low, very low → low)', () => {
    expect(nistRiskMatrix.grades.map((g) => [g.id, g.level])).toEqual([
      ['very-low', 'low'],
      ['low', 'low'],
      ['moderate', 'medium'],
      ['high', 'high'],
      ['very-high', 'high'],
    ]);
    expect(gradeRisk('very-high', 'very-high', nistRiskMatrix)).toEqual({ ok: true, value: { likelihood: 'very-high', impact: 'very-high', grade: 'very-high', level: 'high' } });
  });

  it('RSK-3: the preset is a valid matrix and a policy may use it', () => {
    expect(matrixProblems(nistRiskMatrix)).toEqual([]);
    expect(parsePolicy({ ...defaultPolicy, risk: { ...defaultRiskPolicy, matrix: nistRiskMatrix } }).ok).toBe(true);
  });

  it('RSK-2: its likelihood thresholds read the 0–100 scale as percent; it has no money scale, so a money impact is refused by field', () => {
    expect([0, 0.04, 0.05, 0.2, 0.21, 0.79, 0.8, 0.95, 0.96, 1].map((p) => likelihoodForProbability(p, nistRiskMatrix)).map((r) => r.ok && r.value)).toEqual([
      'very-low', 'very-low', 'low', 'low', 'moderate', 'moderate', 'high', 'high', 'very-high', 'very-high',
    ]);
    const r = impactForFen(100, nistRiskMatrix);
    expect(!r.ok && r.error.code === 'invalid-input' && r.error.issues[0]?.path).toEqual(['impactFen']);
  });
});

describe('the default 3 × 3 matrix', () => {
  const expected = [
    ['low', 'low', 'low'],
    ['low', 'medium', 'low'],
    ['low', 'high', 'medium'],
    ['medium', 'low', 'low'],
    ['medium', 'medium', 'medium'],
    ['medium', 'high', 'high'],
    ['high', 'low', 'medium'],
    ['high', 'medium', 'high'],
    ['high', 'high', 'high'],
  ] as const;
  it.each(expected)('RSK-3: likelihood %s × impact %s is %s', (likelihood, impact, grade) => {
    expect(gradeRisk(likelihood, impact, defaultRiskMatrix)).toEqual({ ok: true, value: { likelihood, impact, grade, level: grade } });
  });

  it('RSK-2: quantitative input meets the thresholds at their lower edges (probability 10% / 50%, ¥100,000 / ¥1,000,000 in 分)', () => {
    const g = (probability: number, impactFen: number) => {
      const r = gradeQuantitative({ probability, impactFen }, defaultRiskMatrix);
      return r.ok ? [r.value.likelihood, r.value.impact, r.value.grade] : r.error.code;
    };
    expect(g(0, 0)).toEqual(['low', 'low', 'low']);
    expect(g(0.099, 9_999_999)).toEqual(['low', 'low', 'low']);
    expect(g(0.1, 10_000_000)).toEqual(['medium', 'medium', 'medium']);
    expect(g(0.5, 99_999_999)).toEqual(['high', 'medium', 'high']);
    expect(g(1, 100_000_000)).toEqual(['high', 'high', 'high']);
  });

  it('RSK-2: a probability outside [0, 1] or not a number, and money that is not whole 分, are refused by field, never NaN', () => {
    for (const p of [Number.NaN, -0.1, 1.01, Number.POSITIVE_INFINITY]) {
      const r = gradeQuantitative({ probability: p, impactFen: 0 }, defaultRiskMatrix);
      expect(!r.ok && r.error.code === 'invalid-input' && r.error.issues.map((i) => i.path[0])).toEqual(['probability']);
    }
    for (const fen of [1.5, -1, Number.NaN, 2 ** 60]) {
      const r = gradeQuantitative({ probability: 0.2, impactFen: fen }, defaultRiskMatrix);
      expect(!r.ok && r.error.code === 'invalid-input' && r.error.issues.map((i) => i.path[0])).toEqual(['impactFen']);
    }
  });

  it('RSK-2: an unknown level is refused naming the field, in three languages', () => {
    const r = gradeRisk('certain', 'catastrophic', defaultRiskMatrix);
    expect(!r.ok && r.error.code === 'invalid-input' && r.error.issues.map((i) => i.path[0])).toEqual(['likelihood', 'impact']);
    expect(!r.ok && r.error.code === 'invalid-input' && r.error.issues[0]?.messages['zh-CN']).toContain('可能性等级');
  });
});

describe('invalid matrices are refused with every problem listed', () => {
  const m = (over: Partial<RiskMatrix>): RiskMatrix => ({ ...defaultRiskMatrix, ...over });
  const cells = defaultRiskMatrix.cells;

  it('RSK-3: an incomplete grid names each missing cell', () => {
    const problems = matrixProblems(m({ cells: cells.filter((c) => !(c.likelihood === 'high' && c.impact !== 'low')) }));
    expect(problems.map((p) => p.message)).toEqual(['no cell grades high × medium: the grid must be complete', 'no cell grades high × high: the grid must be complete']);
    expect(problems.every((p) => p.rule === 'RSK-3')).toBe(true);
  });

  it('RSK-3: a non-monotone grid is refused, unless the policy names the cell as an exception', () => {
    // high × high graded low, below medium × high (high) and high × medium (high).
    const lowered = cells.map((c) => (c.likelihood === 'high' && c.impact === 'high' ? { ...c, grade: 'low' } : c));
    expect(matrixProblems(m({ cells: lowered })).map((p) => p.message)).toEqual([
      'high × high grades low, lower than medium × high (high): a higher likelihood never lowers the grade unless exceptions allow it',
      'high × high grades low, lower than high × medium (high): a higher impact never lowers the grade unless exceptions allow it',
    ]);
    expect(matrixProblems(m({ cells: lowered, exceptions: [{ likelihood: 'high', impact: 'high', reason: '极端情形改由专项预案处理' }] }))).toEqual([]);
  });

  it('RSK-3: unknown levels and grades, repeated cells and duplicate ids are each listed', () => {
    const problems = matrixProblems(
      m({
        likelihood: [...defaultRiskMatrix.likelihood, defaultRiskMatrix.likelihood[0]!],
        cells: [...cells, { likelihood: 'certain', impact: 'low', grade: 'high' }, { likelihood: 'low', impact: 'huge', grade: 'extreme' }, cells[0]!],
      }),
    );
    expect(problems.map((p) => p.path.join('.'))).toEqual(['likelihood.3.id', 'cells.9.likelihood', 'cells.10.impact', 'cells.10.grade', 'cells.11', 'likelihood.3.fromProbability']);
  });

  it('RSK-2: thresholds must start at 0, rise, and be given for every level once for one', () => {
    const problems = matrixProblems(
      m({
        likelihood: defaultRiskMatrix.likelihood.map((l, i) => ({ ...l, fromProbability: [0.05, 0.5, 0.4][i] })),
        impact: defaultRiskMatrix.impact.map((l, i) => (i === 1 ? { id: l.id, labels: l.labels } : l)),
      }),
    );
    expect(problems.map((p) => p.path.join('.'))).toEqual(['likelihood.0.fromProbability', 'likelihood.2.fromProbability', 'impact.1.fromFen']);
  });

  it('RSK-3: parsePolicy refuses such a policy, listing every problem under risk.matrix, and grading a hole is refused, not guessed', () => {
    const broken = m({ cells: cells.slice(1).map((c) => (c.likelihood === 'high' && c.impact === 'high' ? { ...c, grade: 'low' } : c)) });
    const r = parsePolicy({ ...defaultPolicy, risk: { ...defaultRiskPolicy, matrix: broken } });
    expect(!r.ok && r.error.code === 'policy-invalid' && r.error.issues.map((i) => i.path.join('.'))).toEqual(['risk.matrix.cells', 'risk.matrix.cells', 'risk.matrix.cells']);
    const hole = gradeRisk('high', 'low', broken);
    expect(!hole.ok && hole.error.code).toBe('invalid-input');
  });
});

describe('the risk policy section', () => {
  it('RSK-4: the default section fits the default organisation, and each grade has one response', () => {
    expect(riskPolicyProblems(defaultRiskPolicy, defaultOrg)).toEqual([]);
    expect(defaultRiskPolicy.responses.map((r) => [r.level, r.reviewDays, r.acceptRights[0]])).toEqual([
      ['high', 30, 'risk.accept-high'],
      ['medium', 90, 'risk.accept-medium'],
      ['low', 180, 'risk.accept-low'],
    ]);
  });

  it('RSK-4: acceptance rights the organisation lacks, a grade without a response and unknown departments are refused', () => {
    const problems = riskPolicyProblems(
      {
        ...defaultRiskPolicy,
        responses: [{ ...defaultRiskPolicy.responses[0]!, acceptRights: ['risk.accept-by-anyone'] }, defaultRiskPolicy.responses[1]!],
        crisisDepartments: ['crisis-office'],
        incidentOwner: 'social-team',
      },
      defaultOrg,
    );
    expect(problems.map((p) => [p.path.join('.'), p.rule])).toEqual([
      ['responses', 'RSK-4'],
      ['responses.0.acceptRights.0', 'RSK-4'],
      ['crisisDepartments.0', 'RSK-6'],
      ['incidentOwner', 'RSK-5'],
    ]);
  });

  it('RSK-4: a policy written before the risk section existed takes the default section', () => {
    const { risk: _risk, ...older } = defaultPolicy;
    const r = parsePolicy(older);
    expect(r.ok && r.value.risk.matrix.id).toBe('default-3x3');
  });
});

describe('refusals say which rule and which field, and what is wrong', () => {
  const m = (over: Partial<RiskMatrix>): RiskMatrix => ({ ...defaultRiskMatrix, ...over });
  const cells = defaultRiskMatrix.cells;
  const firstIssue = (r: ReturnType<typeof gradeRisk> | ReturnType<typeof likelihoodForProbability>) =>
    r.ok || r.error.code !== 'invalid-input' ? undefined : { rule: r.error.rule, path: r.error.issues[0]?.path, issueRule: r.error.issues[0]?.rule, en: r.error.issues[0]?.messages.en };

  it('RSK-2: an unknown level is refused under RSK-2, each issue naming RSK-2', () => {
    const r = gradeRisk('certain', 'catastrophic', defaultRiskMatrix);
    expect(!r.ok && r.error.rule).toBe('RSK-2');
    expect(!r.ok && r.error.code === 'invalid-input' && r.error.issues.map((i) => [i.path.join('.'), i.rule])).toEqual([
      ['likelihood', 'RSK-2'],
      ['impact', 'RSK-2'],
    ]);
  });

  it('RSK-3: a likelihood × impact the matrix has no cell for is refused under RSK-3 at impact, never graded', () => {
    const hole = m({ cells: cells.filter((c) => !(c.likelihood === 'high' && c.impact === 'low')) });
    expect(firstIssue(gradeRisk('high', 'low', hole))).toMatchObject({ rule: 'RSK-3', path: ['impact'], issueRule: 'RSK-3' });
  });

  it('RSK-2: a probability outside [0, 1] is refused as out of range, not as below a threshold', () => {
    for (const p of [-0.1, Number.NaN, 1.01]) {
      const i = firstIssue(likelihoodForProbability(p, defaultRiskMatrix));
      expect(i).toMatchObject({ rule: 'RSK-2', path: ['probability'], issueRule: 'RSK-2' });
      expect(i?.en).toContain('between 0 and 1');
    }
  });

  it('RSK-2: a negative or fractional money impact is refused as not whole, non-negative 分', () => {
    for (const fen of [-1, 0.5]) {
      const i = firstIssue(impactForFen(fen, defaultRiskMatrix));
      expect(i).toMatchObject({ rule: 'RSK-2', path: ['impactFen'], issueRule: 'RSK-2' });
      expect(i?.en).toContain('non-negative');
    }
  });

  it('RSK-2: a scale without thresholds asks for assessment by level rather than guessing one', () => {
    const i = firstIssue(impactForFen(100, nistRiskMatrix));
    expect(i).toMatchObject({ rule: 'RSK-2', path: ['impactFen'], issueRule: 'RSK-2' });
    expect(i?.en).toContain('assess by level');
    const q = gradeQuantitative({ probability: 0.5, impactFen: 100 }, nistRiskMatrix);
    expect(!q.ok && q.error.rule).toBe('RSK-2');
  });

  it('RSK-2: on a matrix whose lowest threshold is above 0 (matrixProblems refuses it), a value below it is refused, not guessed', () => {
    const raised = m({
      likelihood: defaultRiskMatrix.likelihood.map((l, i) => ({ ...l, fromProbability: [0.05, 0.1, 0.5][i] })),
      impact: defaultRiskMatrix.impact.map((l, i) => ({ ...l, fromFen: [100, 10_000_000, 100_000_000][i] })),
    });
    expect(matrixProblems(raised).map((p) => p.path.join('.'))).toEqual(['likelihood.0.fromProbability', 'impact.0.fromFen']);
    expect(firstIssue(likelihoodForProbability(0.01, raised))).toMatchObject({ rule: 'RSK-2', path: ['probability'] });
    expect(firstIssue(impactForFen(99, raised))).toMatchObject({ rule: 'RSK-2', path: ['impactFen'] });
    expect(likelihoodForProbability(0.05, raised)).toEqual({ ok: true, value: 'low' });
  });
});

describe('matrix problems, each listed where it is', () => {
  const m = (over: Partial<RiskMatrix>): RiskMatrix => ({ ...defaultRiskMatrix, ...over });
  const cells = defaultRiskMatrix.cells;

  it('RSK-3: duplicate impact level and grade ids are listed at their place', () => {
    const problems = matrixProblems(m({ impact: [...defaultRiskMatrix.impact, defaultRiskMatrix.impact[2]!], grades: [...defaultRiskMatrix.grades, defaultRiskMatrix.grades[0]!] }));
    expect(problems.map((p) => p.path.join('.'))).toEqual(['impact.3.id', 'grades.3.id', 'impact.3.fromFen']);
    expect(problems.every((p) => p.rule === 'RSK-3')).toBe(true);
  });

  it('RSK-3: a cell with an unknown grade grades nothing: its likelihood × impact is reported missing', () => {
    const problems = matrixProblems(m({ cells: cells.map((c) => (c.likelihood === 'medium' && c.impact === 'medium' ? { ...c, grade: 'extreme' } : c)) }));
    expect(problems.map((p) => p.message)).toEqual(['unknown grade "extreme"', 'no cell grades medium × medium: the grid must be complete']);
  });

  it('RSK-3: an exception naming an unknown likelihood or impact level is listed', () => {
    const problems = matrixProblems(m({ exceptions: [{ likelihood: 'certain', impact: 'huge', reason: '试算' }, { likelihood: 'low', impact: 'low', reason: '试算' }] }));
    expect(problems.map((p) => p.path.join('.'))).toEqual(['exceptions.0.likelihood', 'exceptions.0.impact']);
  });

  it('RSK-2: thresholds that stay level from one level to the next do not rise and are refused', () => {
    const problems = matrixProblems(m({ impact: defaultRiskMatrix.impact.map((l, i) => ({ ...l, fromFen: [0, 10_000_000, 10_000_000][i] })) }));
    expect(problems.map((p) => p.path.join('.'))).toEqual(['impact.2.fromFen']);
  });
});
