import type { ActorRef, StoredRecord } from '../../src/core/index.js';
import { createCase, disciplineStep, readCase, type CaseContext, type CaseView, type CreateCaseCommand } from '../../src/discipline/index.js';
import { defaultPolicy, parsePolicy, type Policy } from '../../src/policy/index.js';
import { people, type Person } from '../support/people.js';
import { stepper, type Opts } from '../support/steps.js';

export { people } from '../support/people.js';

/** Monday 2 March 2026, 10:00 in Shanghai. */
export const now = new Date('2026-03-02T02:00:00.000Z');
export const days = (n: number, from: Date = now) => new Date(from.getTime() + n * 86_400_000);

/** Commands as the host-authenticated person, with fresh command ids (see `test/support/steps.ts`). */
export const { attempt, apply, refuse, ctxOf } = stepper(disciplineStep, now, 'd');

/** The employee concerned: a member of marketing's staff. */
export const employee = people.marketingStaff;

let n = 0;
export function report(o: Opts & { by?: Person | ActorRef; id?: string; violation?: string; extra?: Record<string, unknown> } = {}): StoredRecord {
  const id = o.id ?? `case-${++n}`;
  const command = {
    id: `${id}-create`,
    type: 'create',
    subject: { person: employee.id, department: employee.department },
    violation: o.violation ?? 'platform-rule-breach',
    occurredAt: '2026-03-01T10:00:00+08:00',
    description: '在小红书批量刷评论',
    ...o.extra,
  } as unknown as CreateCaseCommand;
  const r = createCase(id, command, ctxOf(o.by ?? people.auditor, o));
  if (!r.ok) throw new Error(`${r.error.code} ${r.error.message}`);
  return r.record;
}

export function view(record: StoredRecord): CaseView {
  const r = readCase(record);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}
export const context = (record: StoredRecord): CaseContext => view(record).context;
export const state = (record: StoredRecord): string => view(record).state;

/** Investigated and proposed by HR staff, the employee notified (statement window open from `o.at`). */
export function notified(o: Opts & { id?: string; violation?: string; history?: unknown[]; severity?: string; extra?: Record<string, unknown> } = {}): StoredRecord {
  let c = report(o);
  c = apply(c, people.hrStaff, { type: 'investigate' }, o);
  c = apply(c, people.hrStaff, { type: 'propose', findings: '经核实属实', history: o.history ?? [], ...(o.severity ? { severity: o.severity } : {}) }, o);
  return apply(c, people.hrStaff, { type: 'notify' }, o);
}

/** Notified, the employee waives the statement, the marketing head decides a warning. */
export function decided(o: Opts & { id?: string; violation?: string; rung?: string; decider?: Person } = {}): StoredRecord {
  let c = notified(o);
  c = apply(c, employee, { type: 'waive-statement' }, o);
  return apply(c, o.decider ?? people.marketingHead, { type: 'decide', rung: o.rung ?? 'warning', reason: '首次轻微违规' }, o);
}

export function policyWith(discipline: Partial<Policy['discipline']>, version = '2026.1-discipline-test'): Policy {
  const r = parsePolicy({ ...defaultPolicy, version, discipline: { ...defaultPolicy.discipline, ...discipline } });
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}
