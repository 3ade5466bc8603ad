import { labelledEnum, type EnumValue } from '../core/labels.js';

/**
 * Where a decision right reaches: `any` resource, only resources of the actor's `own-department`, or only
 * records the actor created (`own-record`: an author withdrawing their own item).
 *
 * @example
 * rightScope.label('own-department', 'zh-CN') //=> '仅本部门'
 */
export const rightScope = /* @__PURE__ */ labelledEnum('rightScope', {
  any: { 'zh-CN': '全公司', 'zh-TW': '全公司', en: 'Any department' },
  'own-department': { 'zh-CN': '仅本部门', 'zh-TW': '僅本部門', en: 'Own department only' },
  'own-record': { 'zh-CN': '仅本人创建的记录', 'zh-TW': '僅本人建立的記錄', en: 'Records the actor created' },
});
/** See {@link rightScope}. @example const s: RightScope = 'any'; */
export type RightScope = EnumValue<typeof rightScope>;
