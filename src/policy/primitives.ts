import * as z from 'zod';

const text = z.string().refine((s) => s.trim().length > 0, 'must not be blank');

/**
 * Labels in the three locales, each non-blank.
 *
 * @example
 * LabelsSchema.parse({ 'zh-CN': '法务部门', 'zh-TW': '法務部門', en: 'Legal' });
 */
export const LabelsSchema = z.object({ 'zh-CN': text, 'zh-TW': text, en: text });

/**
 * An identifier a policy defines (department, position, right, stage, channel): lower-case words joined
 * by "-", optionally namespaced with ".".
 *
 * @example
 * policyKey.parse('content.publish') //=> 'content.publish'
 */
export const policyKey = z
  .string()
  .regex(/^[a-z][a-z0-9-]*(\.[a-z][a-z0-9-]*)*$/, 'must be lower-case words joined by "-" or "."')
  .max(80);
