import * as z from 'zod';
import { labelledEnum, type EnumValue } from '../core/labels.js';

/**
 * Budget line categories (BUD-1, S3 §7.1): campaign costs, channel operations, staff, other.
 *
 * @example
 * budgetCategory.label('channel', 'zh-CN') //=> '渠道费用'
 */
export const budgetCategory = /* @__PURE__ */ labelledEnum('budgetCategory', {
  campaign: { 'zh-CN': '活动费用', 'zh-TW': '活動費用', en: 'Campaigns' },
  channel: { 'zh-CN': '渠道费用', 'zh-TW': '渠道費用', en: 'Channel operations' },
  staff: { 'zh-CN': '人员费用', 'zh-TW': '人員費用', en: 'Staff' },
  other: { 'zh-CN': '其他费用', 'zh-TW': '其他費用', en: 'Other' },
});
/** See {@link budgetCategory}. @example const c: BudgetCategory = 'campaign'; */
export type BudgetCategory = EnumValue<typeof budgetCategory>;

/**
 * What happens to spending past a line's monthly budget (BUD-2: spending never exceeds budget):
 * `refuse` it, or accept it and `warn` (an escalation effect and a flag on the entry).
 *
 * @example
 * overspendRule.label('refuse', 'zh-CN') //=> '拒绝超支'
 */
export const overspendRule = /* @__PURE__ */ labelledEnum('overspendRule', {
  refuse: { 'zh-CN': '拒绝超支', 'zh-TW': '拒絕超支', en: 'Refuse' },
  warn: { 'zh-CN': '允许并预警', 'zh-TW': '允許並預警', en: 'Accept and warn' },
});

/**
 * The budget section of a policy (BUD-1..BUD-4).
 *
 * @example
 * BudgetPolicySchema.parse({ overspend: 'refuse', varianceReasonThresholdBp: 1000 });
 */
export const BudgetPolicySchema = z.object({
  overspend: z.enum(overspendRule.values),
  /** Above this share of the month's plan (basis points), a variance needs a written reason (BUD-4). */
  varianceReasonThresholdBp: z.number().int().min(0).max(1_000_000),
});
/** See {@link BudgetPolicySchema}. @example const b: BudgetPolicy = defaultPolicy.budget; */
export type BudgetPolicy = z.infer<typeof BudgetPolicySchema>;
