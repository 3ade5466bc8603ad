import type { Labels } from '../core/labels.js';
import type { RiskLevel } from '../core/risk-level.js';
import type { RiskMatrixData as MatrixData } from './policy.js';

// The presets have the policy's own type, so `{ ...defaultRiskPolicy, matrix: nistRiskMatrix }` is a policy
// section as it stands; every grading function takes them as `RiskMatrix`.

const L = (zhCN: string, zhTW: string, en: string): Labels => ({ 'zh-CN': zhCN, 'zh-TW': zhTW, en });

// Rows of a grid as printed (highest likelihood first, impacts lowest first), turned into cells.
function cellsOf(likelihoodHighFirst: readonly string[], impact: readonly string[], rows: ReadonlyArray<readonly string[]>) {
  return likelihoodHighFirst.flatMap((l, r) => impact.map((i, c) => ({ likelihood: l, impact: i, grade: rows[r]![c]! })));
}

/**
 * The default risk matrix (RSK-2, RSK-3), 3 × 3 giving high/medium/low. S3 §8.2.2 names the three
 * grades but no grid: the grid, the semi-quantitative values 1–3 and the quantitative thresholds are our
 * *default* (probability from 10% medium, from 50% high; impact from ¥100,000 medium, from ¥1,000,000
 * high, in 分).
 *
 * | likelihood \ impact | low | medium | high |
 * | --- | --- | --- | --- |
 * | high | medium | high | high |
 * | medium | low | medium | high |
 * | low | low | low | medium |
 *
 * @example
 * defaultRiskMatrix.cells.length //=> 9
 */
export const defaultRiskMatrix: MatrixData = /* @__PURE__ */ (() => ({
  id: 'default-3x3',
  labels: L('三级风险矩阵', '三級風險矩陣', 'Three-level risk matrix'),
  source: 'default',
  likelihood: [
    { id: 'low', labels: L('可能性低', '可能性低', 'Unlikely'), value: 1, fromProbability: 0 },
    { id: 'medium', labels: L('可能性中', '可能性中', 'Possible'), value: 2, fromProbability: 0.1 },
    { id: 'high', labels: L('可能性高', '可能性高', 'Likely'), value: 3, fromProbability: 0.5 },
  ],
  impact: [
    { id: 'low', labels: L('影响小', '影響小', 'Minor'), value: 1, fromFen: 0 },
    { id: 'medium', labels: L('影响中', '影響中', 'Moderate'), value: 2, fromFen: 10_000_000 },
    { id: 'high', labels: L('影响大', '影響大', 'Major'), value: 3, fromFen: 100_000_000 },
  ],
  grades: [
    { id: 'low', labels: L('低', '低', 'Low'), value: 1, level: 'low' as const },
    { id: 'medium', labels: L('中', '中', 'Medium'), value: 2, level: 'medium' as const },
    { id: 'high', labels: L('高', '高', 'High'), value: 3, level: 'high' as const },
  ],
  cells: cellsOf(
    ['high', 'medium', 'low'],
    ['low', 'medium', 'high'],
    [
      ['medium', 'high', 'high'],
      ['low', 'medium', 'high'],
      ['low', 'low', 'medium'],
    ],
  ),
}))();

const NIST = ['very-low', 'low', 'moderate', 'high', 'very-high'] as const;

/**
 * NIST SP 800-30 Rev. 1 (September 2012), Appendix I, Table I-2 "Assessment scale – level of risk
 * (combination of likelihood and impact)", cell by cell, as a preset (RSK-2, RSK-3). Likelihood is the
 * overall likelihood (Table G-5), impact the level of impact (Table H-3). The values 0, 2, 5, 8, 10 are the
 * tables' semi-quantitative representative values, and the likelihood thresholds read their 0–100 ranges
 * (0–4, 5–20, 21–79, 80–95, 96–100) as percentages; NIST gives no money scale, so impact has no
 * thresholds (assess impact by level). The mapping of its five grades to high/medium/low (very high and
 * high → high, moderate → medium, low and very low → low) is our *default*.
 *
 * Source: https://nvlpubs.nist.gov/nistpubs/Legacy/SP/nistspecialpublication800-30r1.pdf, p. I-2;
 * checked against a transcription of Tables G-5, H-3, I-2 and I-3 found with the project's code search.
 *
 * | likelihood \ impact | very low | low | moderate | high | very high |
 * | --- | --- | --- | --- | --- | --- |
 * | very high | very low | low | moderate | high | very high |
 * | high | very low | low | moderate | high | very high |
 * | moderate | very low | low | moderate | moderate | high |
 * | low | very low | low | low | low | moderate |
 * | very low | very low | very low | very low | low | low |
 *
 * @example
 * nistRiskMatrix.cells.find((c) => c.likelihood === 'moderate' && c.impact === 'very-high')?.grade //=> 'high'
 */
export const nistRiskMatrix: MatrixData = /* @__PURE__ */ (() => {
  const names = [L('很低', '很低', 'Very low'), L('低', '低', 'Low'), L('中等', '中等', 'Moderate'), L('高', '高', 'High'), L('很高', '很高', 'Very high')];
  const values = [0, 2, 5, 8, 10];
  const probability = [0, 0.05, 0.21, 0.8, 0.96];
  const levels: RiskLevel[] = ['low', 'low', 'medium', 'high', 'high'];
  return {
    id: 'nist-sp800-30r1-table-i2',
    labels: L('NIST SP 800-30 Rev.1 表 I-2', 'NIST SP 800-30 Rev.1 表 I-2', 'NIST SP 800-30 Rev. 1 Table I-2'),
    source: 'NIST SP 800-30 Rev. 1, Table I-2 (grid); mapping to high/medium/low: default',
    likelihood: NIST.map((id, i) => ({ id, labels: names[i]!, value: values[i]!, fromProbability: probability[i]! })),
    impact: NIST.map((id, i) => ({ id, labels: names[i]!, value: values[i]! })),
    grades: NIST.map((id, i) => ({ id, labels: names[i]!, value: values[i]!, level: levels[i]! })),
    cells: cellsOf(
      ['very-high', 'high', 'moderate', 'low', 'very-low'],
      NIST,
      [
        ['very-low', 'low', 'moderate', 'high', 'very-high'],
        ['very-low', 'low', 'moderate', 'high', 'very-high'],
        ['very-low', 'low', 'moderate', 'moderate', 'high'],
        ['very-low', 'low', 'low', 'low', 'moderate'],
        ['very-low', 'very-low', 'very-low', 'low', 'low'],
      ],
    ),
  };
})();

/**
 * The matrix presets shipped with the library, by id.
 *
 * @example
 * riskMatrixPresets.map((m) => m.id) //=> ['default-3x3', 'nist-sp800-30r1-table-i2']
 */
export const riskMatrixPresets: readonly MatrixData[] = /* @__PURE__ */ (() => [defaultRiskMatrix, nistRiskMatrix])();
