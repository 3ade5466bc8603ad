import { createDirectory, type ActorRef, type StepResult, type StoredRecord } from '../../src/core/index.js';
import {
  createPolicyEvaluation,
  policyEvaluationStep,
  readPolicyEvaluation,
  type CreateEvaluationCommand,
  type EvaluationContext,
} from '../../src/policy/index.js';
import { people, type Person } from '../support/people.js';
import { stepper, type Opts } from '../support/steps.js';

/** The evaluations are run at the end of 2026, looking back at the year. */
export const evalNow = new Date('2026-12-01T02:00:00.000Z');
export const year2026 = { from: '2026-01-01T00:00:00+08:00', to: '2026-12-01T00:00:00+08:00' };

/** The heads of operations management, who conclude evaluations, and a second staff member. */
export const evalPeople = {
  opsHead: { id: 'u-ops-head', department: 'operations-management', positions: ['head'] },
  opsDeputy: { id: 'u-ops-deputy', department: 'operations-management', positions: ['deputy-head'] },
  ops2: { id: 'u-ops-2', department: 'operations-management', positions: ['staff'] },
} satisfies Record<string, ActorRef>;
export const evalDirectory = createDirectory([...Object.values(people), ...Object.values(evalPeople)]);

const base = stepper(policyEvaluationStep, evalNow, 'e');
const withDirectory = (o: Opts): Opts => ({ directory: evalDirectory, ...o });
export const evaluation = {
  attempt: (record: StoredRecord, by: Person | ActorRef, command: Record<string, unknown>, o: Opts = {}) => base.attempt(record, by, command, withDirectory(o)),
  apply: (record: StoredRecord, by: Person | ActorRef, command: Record<string, unknown>, o: Opts = {}) => base.apply(record, by, command, withDirectory(o)),
  refuse: (record: StoredRecord, by: Person | ActorRef, command: Record<string, unknown>, o: Opts = {}) => base.refuse(record, by, command, withDirectory(o)),
  ctxOf: (by: Person | ActorRef, o: Opts = {}) => base.ctxOf(by, withDirectory(o)),
};

export function tryOpen(id: string, by: Person | ActorRef, fields: Record<string, unknown> = {}, o: Opts = {}): StepResult<EvaluationContext> {
  return createPolicyEvaluation(
    id,
    { id: `${id}-create`, type: 'create', title: '2026 年度制度实施评估', period: year2026, scope: '全部章节', ...fields } as CreateEvaluationCommand,
    evaluation.ctxOf(by, o),
  );
}

export function open(by: Person | ActorRef = people.ops, o: Opts = {}, id = 'eval-1', fields: Record<string, unknown> = {}): StoredRecord {
  const r = tryOpen(id, by, fields, o);
  if (!r.ok) throw new Error(r.error.message);
  return r.record;
}

export function evalContext(record: StoredRecord): EvaluationContext {
  const r = readPolicyEvaluation(record);
  if (!r.ok) throw new Error(r.error.message);
  return r.value.context;
}
export function evalState(record: StoredRecord): string {
  const r = readPolicyEvaluation(record);
  if (!r.ok) throw new Error(r.error.message);
  return r.value.state;
}

export const minorFinding = { type: 'record-finding', text: '部分部门未按季度提交评估报告', severity: 'minor' } as const;
export const revisionFinding = { type: 'record-finding', text: '制度未涵盖小红书、抖音账号的管理', severity: 'major', needsRevision: true, clause: 'S0 第三条' } as const;

/** Opened by operations management, with one finding that calls for a revision. */
export const flagged = (o: Opts = {}, record = open(people.ops, o)) => evaluation.apply(evaluation.apply(record, people.ops, minorFinding, o), people.ops, revisionFinding, o);

/** Concluded "revision needed" by the head of operations management, who took no part in the findings. */
export const revisionNeeded = (o: Opts = {}, record = flagged(o)) =>
  evaluation.apply(record, evalPeople.opsHead, { type: 'conclude', outcome: 'revision-needed', summary: '制度须补充新平台的账号管理条款' }, o);
