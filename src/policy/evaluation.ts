import { assign, emit, setup } from 'xstate';
import * as z from 'zod';
import { aggregateKit, type CommandOf, type CreateCommandOf, type StepContext, type StepResult } from '../core/aggregate.js';
import { toMermaid } from '../core/diagram.js';
import type { Audience, StoredRecord } from '../core/record.js';
import { fail, invalidInput, issue, notAllowed, ok, words, type Result } from '../core/result.js';
import { isoDateTime, reasonText, text } from '../core/schema.js';
import { LIMITS } from '../core/text.js';
import { orgAccess, type Requirement } from '../org/authorize.js';
import {
  evaluationOutcome,
  evaluationRecordType,
  evaluationState,
  findingSeverity,
  readPolicyEvaluation,
  type EvaluationContext,
  type EvaluationFinding,
  type EvaluationOutcome,
} from './evaluation-record.js';
import type { Policy } from './schema.js';

/**
 * Who acted and when, carried by every evaluation event.
 *
 * @example
 * const b: EvaluationEventBase = { actorId: 'u-ops', department: 'operations-management', at: '2026-12-01T02:00:00.000Z' };
 */
export interface EvaluationEventBase {
  readonly actorId: string;
  readonly department: string;
  readonly at: string;
}

/**
 * The events the evaluation machine takes. The step builds them from commands; tests may send them directly.
 *
 * @example
 * const e: EvaluationEvent = { type: 'conclude', outcome: 'no-change', summary: '执行良好', drafters: { departments: ['market'] }, actorId: 'u-ops', department: 'operations-management', at: '2026-12-01T02:00:00.000Z' };
 */
export type EvaluationEvent =
  | (EvaluationEventBase & { type: 'record-finding'; finding: Omit<EvaluationFinding, 'actorId' | 'department' | 'at'> })
  | (EvaluationEventBase & { type: 'conclude'; outcome: EvaluationOutcome; summary: string; drafters: Audience })
  | (EvaluationEventBase & { type: 'withdraw'; reason: string });

/**
 * What starts an evaluation machine: everything its context holds before any finding.
 *
 * @example
 * const i: EvaluationInput = { evaluationId: 'eval-2026', title: '2026 年度评估', policyVersion: '2026.1', period: { from: '2026-01-01T00:00:00.000Z', to: '2026-12-01T00:00:00.000Z' }, scope: '', openedBy: 'u-ops' };
 */
export type EvaluationInput = Omit<EvaluationContext, 'findings' | 'conclusion' | 'withdrawal'>;

// A conclusion says what the findings say: "revision needed" rests on at least one finding that calls
// for a revision, and "no change" on none.
const fitsFindings = (findings: readonly EvaluationFinding[], outcome: EvaluationOutcome) =>
  findings.some((f) => f.needsRevision) === (outcome === 'revision-needed');

/**
 * The periodic policy-evaluation machine (SUP-3, S1 ch.8 定期进行评估): open → findings recorded →
 * concluded (no change, or revision needed), or withdrawn. Pure XState v5: no timers, no I/O. Concluding
 * "revision needed" emits `policy-evaluation.revision-needed` to the departments that draft revisions,
 * carrying the evaluation's id: the host creates a policy revision with that `evaluationId`.
 *
 * @example
 * const [snapshot] = initialTransition(policyEvaluationMachine, input);
 * snapshot.value //=> 'open'
 */
export const policyEvaluationMachine = setup({
  types: {
    context: {} as EvaluationContext,
    events: {} as EvaluationEvent,
    input: {} as EvaluationInput,
    emitted: {} as { type: 'notify'; to: Audience; topic: string; [k: string]: unknown },
  },
  guards: {
    fitsFindings: ({ context, event }) => event.type === 'conclude' && fitsFindings(context.findings, event.outcome),
  },
  actions: {
    recordFinding: assign({
      findings: ({ context, event }) =>
        event.type === 'record-finding' ? [...context.findings, { ...event.finding, actorId: event.actorId, department: event.department, at: event.at }] : context.findings,
    }),
    recordConclusion: assign({
      conclusion: ({ context, event }) =>
        event.type === 'conclude' ? { outcome: event.outcome, summary: event.summary, actorId: event.actorId, at: event.at } : context.conclusion,
    }),
    recordWithdrawal: assign({
      withdrawal: ({ context, event }) => (event.type === 'withdraw' ? { actorId: event.actorId, at: event.at, reason: event.reason } : context.withdrawal),
    }),
    notifyConcluded: emit(({ context, event }) => {
      const e = event as Extract<EvaluationEvent, { type: 'conclude' }>;
      const needed = e.outcome === 'revision-needed';
      return {
        type: 'notify' as const,
        // "Revision needed" goes to whoever drafts revisions; "no change" to management, who approves the policy.
        to: needed ? e.drafters : { departments: ['management'], positions: ['management-head'] },
        topic: needed ? 'policy-evaluation.revision-needed' : 'policy-evaluation.concluded',
        evaluationId: context.evaluationId,
        policyVersion: context.policyVersion,
        outcome: e.outcome,
        findings: context.findings.filter((f) => f.needsRevision).map((f) => f.id),
      };
    }),
  },
}).createMachine({
  id: 'policyEvaluation',
  initial: 'open',
  // XState also calls this without input when it sets up a pure transition.
  context: ({ input }) => (input === undefined ? ({} as EvaluationContext) : { ...input, findings: [] }),
  states: {
    open: {
      on: {
        'record-finding': { target: 'findingsRecorded', actions: 'recordFinding' },
        conclude: { guard: 'fitsFindings', target: 'concluded', actions: ['recordConclusion', 'notifyConcluded'] },
        withdraw: { target: 'withdrawn', actions: 'recordWithdrawal' },
      },
    },
    findingsRecorded: {
      on: {
        'record-finding': { actions: 'recordFinding' },
        conclude: { guard: 'fitsFindings', target: 'concluded', actions: ['recordConclusion', 'notifyConcluded'] },
        withdraw: { target: 'withdrawn', actions: 'recordWithdrawal' },
      },
    },
    concluded: { type: 'final' },
    withdrawn: { type: 'final' },
  },
});

/**
 * The payload of each policy-evaluation command, by type (SUP-3). The evaluated period is half-open
 * (`to` excluded) and must have begun before it ends; who evaluates and when come from the host.
 *
 * @example
 * evaluationPayloads['record-finding'].parse({ text: '小红书账号未纳入制度', severity: 'major', needsRevision: true });
 */
export const evaluationPayloads = {
  create: z.strictObject({
    title: text(LIMITS.title),
    period: z.strictObject({ from: isoDateTime, to: isoDateTime }),
    scope: text(LIMITS.text, { blank: true }).default(''),
  }),
  'record-finding': z.strictObject({
    text: text(LIMITS.text),
    severity: z.enum(findingSeverity.values),
    needsRevision: z.boolean().default(false),
    clause: text(LIMITS.name).optional(),
  }),
  conclude: z.strictObject({ outcome: z.enum(evaluationOutcome.values), summary: text(LIMITS.text) }),
  withdraw: z.strictObject({ reason: reasonText }),
} as const;
const P = evaluationPayloads;

const kit = aggregateKit<typeof policyEvaluationMachine, Policy, Requirement>();

function outcomeMismatch(findings: readonly EvaluationFinding[], outcome: EvaluationOutcome) {
  const flagged = findings.filter((f) => f.needsRevision).map((f) => f.id);
  const messages =
    outcome === 'revision-needed'
      ? words(
          'a conclusion of "revision needed" rests on at least one finding that needs a revision; record it first',
          '结论为“需要修订”时，须至少有一项评估发现标明需要修订，请先记录',
          '結論為「需要修訂」時，須至少有一項評估發現標明需要修訂，請先記錄',
        )
      : words(
          `findings ${flagged.join(', ')} call for a revision; the conclusion cannot be "no change needed"`,
          `评估发现 ${flagged.join('、')} 标明需要修订，结论不能为“无需修改”`,
          `評估發現 ${flagged.join('、')} 標明需要修訂，結論不能為「無需修改」`,
        );
  return invalidInput([issue(['outcome'], messages, 'SUP-3')], 'SUP-3');
}

// The departments granted the right to draft a revision, read from the policy so that a company that
// moves drafting elsewhere is notified there.
function draftersOf(policy: Policy): Audience {
  const right = policy.org.rights.find((r) => r.action === 'policy.draft');
  const departments = [...new Set((right?.grants ?? []).flatMap((g) => (g.department === undefined ? [] : [g.department])))];
  return departments.length > 0 ? { departments } : { departments: ['management'], positions: ['management-head'] };
}

const commands = {
  'record-finding': kit.command({
    schema: P['record-finding'],
    rule: 'SUP-3',
    right: 'policy.evaluate',
    contributes: true,
    decide: ({ command, context }) =>
      context.findings.length >= LIMITS.list
        ? fail(
            invalidInput(
              [issue(['findings'], words(`an evaluation holds at most ${LIMITS.list} findings`, `一次评估最多记录 ${LIMITS.list} 项发现`, `一次評估最多記錄 ${LIMITS.list} 項發現`), 'SUP-3')],
              'SUP-3',
            ),
          )
        : ok({
            finding: {
              id: `f-${context.findings.length + 1}`,
              text: command.text,
              severity: command.severity,
              needsRevision: command.needsRevision,
              ...(command.clause === undefined ? {} : { clause: command.clause }),
            },
          }),
  }),
  conclude: kit.command({
    schema: P.conclude,
    rule: 'SUP-3',
    right: 'policy.conclude-evaluation',
    decide: ({ command, context, policy }) =>
      fitsFindings(context.findings, command.outcome)
        ? ok({ outcome: command.outcome, summary: command.summary, drafters: draftersOf(policy) })
        : fail(outcomeMismatch(context.findings, command.outcome)),
  }),
  withdraw: kit.command({ schema: P.withdraw, rule: 'SUP-3', right: 'policy.evaluate', decide: ({ command }) => ok({ reason: command.reason }) }),
};

const create = kit.create({
  schema: P.create,
  rule: 'SUP-3',
  right: 'policy.evaluate',
  decide: ({ command, actor, policy, now, recordId }) => {
    const { from, to } = command.period;
    if (from.getTime() >= to.getTime()) {
      return fail(invalidInput([issue(['period', 'to'], words('the evaluated period must end after it begins', '评估期间的结束须晚于开始', '評估期間的結束須晚於開始'), 'SUP-3')], 'SUP-3'));
    }
    // An evaluation looks back at how the policy was carried out: a period still to come has no implementation yet.
    if (from.getTime() > now.getTime()) {
      return fail(invalidInput([issue(['period', 'from'], words('the evaluated period cannot begin in the future', '评估期间不能始于未来', '評估期間不能始於未來'), 'SUP-3')], 'SUP-3'));
    }
    return ok({
      evaluationId: recordId,
      title: command.title,
      policyVersion: policy.version,
      period: { from: from.toISOString(), to: to.toISOString() },
      scope: command.scope,
      openedBy: actor.id,
    });
  },
});

/**
 * The policy-evaluation aggregate (SUP-3, S1 ch.8 针对本制度的实施情况定期进行评估，必要时进行修订):
 * operations management (S0 art.18) opens an evaluation of a period, records findings, and concludes
 * "no change needed" or "revision needed". The policy version evaluated is the one in force at opening.
 *
 * @example
 * policyEvaluationAggregate.kind //=> 'policy-evaluation'
 */
export const policyEvaluationAggregate = kit.define({
  type: evaluationRecordType,
  machine: policyEvaluationMachine,
  access: orgAccess,
  commands,
  create,
  separationRule: 'SUP-3',
});

/**
 * Every command a policy evaluation takes, as a union keyed on `type`.
 *
 * @example
 * const c: EvaluationCommand = { id: 'req-3', type: 'conclude', outcome: 'no-change', summary: '执行良好' };
 */
export type EvaluationCommand = CommandOf<typeof policyEvaluationAggregate>;

/**
 * The command that opens an evaluation: a title, the period of implementation it covers and, optionally,
 * its scope.
 *
 * @example
 * const c: CreateEvaluationCommand = { id: 'req-1', type: 'create', title: '2026 年度制度评估', period: { from: '2026-01-01T00:00:00+08:00', to: '2027-01-01T00:00:00+08:00' } };
 */
export type CreateEvaluationCommand = CreateCommandOf<typeof policyEvaluationAggregate>;

/**
 * Apply one command to a stored policy evaluation. See `defineAggregate` for the order of checks.
 *
 * @example
 * const r = policyEvaluationStep(record, { id: 'c-2', type: 'record-finding', text: '未覆盖小红书', severity: 'major', needsRevision: true }, ctx);
 * r.ok && r.record.snapshot.value //=> 'findingsRecorded'
 */
export function policyEvaluationStep(record: StoredRecord, command: EvaluationCommand, ctx: StepContext<Policy>): StepResult<EvaluationContext> {
  return policyEvaluationAggregate.step(record, command, ctx);
}

/**
 * Open a policy evaluation record (revision 1, state `open`).
 *
 * @example
 * const r = createPolicyEvaluation('eval-2026', { id: 'c-1', type: 'create', title: '2026 年度制度评估', period }, ctx);
 * r.ok && r.record.snapshot.value //=> 'open'
 */
export function createPolicyEvaluation(recordId: string, command: CreateEvaluationCommand, ctx: StepContext<Policy>): StepResult<EvaluationContext> {
  return policyEvaluationAggregate.create(recordId, command, ctx);
}

/**
 * What a host puts into the create command of a policy revision started by an evaluation that concluded
 * "revision needed": the evaluation's id (which the revision records) and a summary built from the
 * findings that call for a revision. Any other evaluation is `not-allowed`; a damaged one
 * `version-mismatch`.
 *
 * @example
 * const link = revisionStartedBy(evaluation);
 * if (link.ok) createPolicyRevision('rev-2027-1', { id: 'c-1', type: 'create', title: '2027 修订', policy, ...link.value }, ctx);
 * link.ok && link.value.evaluationId //=> 'eval-2026'
 */
export function revisionStartedBy(evaluation: StoredRecord): Result<{ readonly evaluationId: string; readonly summary: string }> {
  const read = readPolicyEvaluation(evaluation);
  if (!read.ok) return read;
  const { state, context } = read.value;
  if (state !== 'concluded' || context.conclusion?.outcome !== 'revision-needed') {
    return fail(
      notAllowed(
        state,
        [],
        words(
          `Evaluation ${context.evaluationId} has not concluded that a revision is needed`,
          `评估 ${context.evaluationId} 未得出“需要修订”的结论`,
          `評估 ${context.evaluationId} 未得出「需要修訂」的結論`,
        ),
        'SUP-3',
      ),
    );
  }
  const findings = context.findings.filter((f) => f.needsRevision).map((f) => `${f.id} ${f.text}`);
  const summary = `${context.conclusion.summary}\n${findings.join('\n')}`.slice(0, LIMITS.text);
  return ok({ evaluationId: context.evaluationId, summary });
}

/**
 * The periodic-evaluation workflow as a Mermaid `stateDiagram-v2`, drawn from the machine the step runs,
 * with states labelled in Chinese and English.
 *
 * @example
 * policyEvaluationDiagram().includes('已作出结论 Concluded') //=> true
 */
export function policyEvaluationDiagram(): string {
  const labels: Record<string, string> = {};
  for (const s of evaluationState.values) labels[s] = `${evaluationState.labels[s]['zh-CN']} ${evaluationState.labels[s].en}`;
  return toMermaid(policyEvaluationMachine, labels);
}
