/**
 * The kit every domain is built on: typed results and errors, money in fen, calendar periods in a time zone, labels in three languages, stored records, the domain kit (`aggregateKit`), audit entries, effects and the record store contract.
 *
 * 所有业务域共用的基础：类型化结果与错误、以分为单位的金额、按时区的期间、三语标签、存储记录、业务域套件、审计条目、副作用与存储接口。
 *
 * @example
 * import { money, formatMoney } from 'marketing-governance/core';
 * formatMoney({ amount: 123456, currency: 'CNY' }) //=> 'CNY 1,234.56'
 *
 * @packageDocumentation
 * @module marketing-governance/core
 */
export * from './result.js';
export { roundNumber, divideRounded, roundingModeLabels, type RoundingMode } from './rounding.js';
export * from './ratio.js';
export * from './money.js';
export * from './period.js';
export * from './labels.js';
export * from './schema.js';
export { LIMITS, hasHiddenCharacters } from './text.js';
export * from './actor.js';
export * from './record.js';
export * from './migrate.js';
export * from './reader.js';
export * from './separation.js';
export * from './aggregate.js';
export * from './store.js';
export * from './risk-level.js';
export * from './hash.js';
export * from './zone.js';
export * from './diagram.js';
export * from './rule-catalogue.js';
