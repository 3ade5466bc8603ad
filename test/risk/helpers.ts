// Shared fixtures for the risk tests: a registered risk, stepping through commands, reading the context.
import { expect } from 'vitest';
import type { StepResult, StoredRecord } from '../../src/core/index.js';
import { defaultPolicy, type Policy } from '../../src/policy/index.js';
import { createRisk, riskStep, type CreateRiskCommand, type RiskCommand, type RiskContext } from '../../src/risk/index.js';
import { as, people, type Person } from '../support/people.js';

export const t0 = new Date('2026-03-02T01:00:00.000Z');
export const later = (days: number, from: Date = t0) => new Date(from.getTime() + days * 86_400_000);

export const legalRisk: Omit<CreateRiskCommand, 'id' | 'type'> = {
  category: 'legal',
  topic: 'ad-compliance',
  title: '新品文案使用绝对化用语',
  description: '春季新品详情页含「最佳」「第一」',
  related: [{ kind: 'content', id: 'post-7' }],
};

export const incidentRisk: Omit<CreateRiskCommand, 'id' | 'type'> = {
  category: 'platform-rules',
  title: '微博官方账号被封禁',
  description: '平台认定新品帖涉嫌虚假宣传，封禁 7 天',
  incident: { platform: 'weibo', sanction: 'ban', account: { kind: 'account', id: 'weibo-official' }, cause: { kind: 'content', id: 'post-9' }, summary: '封禁 7 天' },
};

export function create(who: Person, body: Omit<CreateRiskCommand, 'id' | 'type'> = legalRisk, opts: { policy?: Policy; now?: Date; id?: string } = {}): StoredRecord {
  const r = createRisk(opts.id ?? 'risk-1', { id: 'c-0', type: 'create', ...body } as CreateRiskCommand, as(who, opts.now ?? t0, opts.policy ?? defaultPolicy));
  if (!r.ok) throw new Error(r.error.message);
  return r.record;
}

/** A command without its id (the helpers number them). */
export type Body = RiskCommand extends infer C ? (C extends unknown ? Omit<C, 'id'> : never) : never;

let n = 0;
export function step(record: StoredRecord, who: Person, command: Body, opts: { policy?: Policy; now?: Date } = {}): StepResult<RiskContext> {
  return riskStep(record, { id: `cmd-${++n}`, ...command } as RiskCommand, as(who, opts.now ?? t0, opts.policy ?? defaultPolicy));
}

/** Step and expect acceptance; returns the new record. */
export function must(record: StoredRecord, who: Person, command: Body, opts: { policy?: Policy; now?: Date } = {}): StoredRecord {
  const r = step(record, who, command, opts);
  expect(r.ok, r.ok ? '' : `${command.type}: ${r.error.code} ${r.error.message}`).toBe(true);
  return r.record!;
}

export const context = (record: StoredRecord) => (record.snapshot as { context: RiskContext }).context;
export const stateOf = (record: StoredRecord) => (record.snapshot as { value: string }).value;

/** A risk assessed medium (current medium × medium), target low, by legal. */
export const mediumAssessment = { type: 'assess', inherent: { likelihood: 'high', impact: 'medium' }, current: { likelihood: 'medium', impact: 'medium' }, target: 'low' } as const;
/** A risk assessed high (current high × high), target medium. */
export const highAssessment = { type: 'assess', inherent: { likelihood: 'high', impact: 'high' }, current: { likelihood: 'high', impact: 'high' }, target: 'medium' } as const;

export { people };
