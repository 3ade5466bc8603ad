import { labelledEnum, type EnumValue } from './labels.js';

/**
 * The three risk grades the policy uses everywhere (RSK-3, CMP-4): content risk picks the review chain
 * (CW-3), risk-register entries pick the response strategy (RSK-4).
 *
 * @example
 * riskLevel.label('high', 'zh-CN') //=> '高'
 */
export const riskLevel = /* @__PURE__ */ labelledEnum('riskLevel', {
  high: { 'zh-CN': '高', 'zh-TW': '高', en: 'High' },
  medium: { 'zh-CN': '中', 'zh-TW': '中', en: 'Medium' },
  low: { 'zh-CN': '低', 'zh-TW': '低', en: 'Low' },
});

/**
 * A risk grade: `high`, `medium` or `low`.
 *
 * @example
 * const level: RiskLevel = 'medium';
 */
export type RiskLevel = EnumValue<typeof riskLevel>;
