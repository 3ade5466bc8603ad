import { assign, enqueueActions, setup } from 'xstate';
import * as z from 'zod';
import { aggregateKit, type Aggregate, type CommandTable, type CreateSpec, type CommandOf, type CreateCommandOf, type StepContext, type StepResult } from '../core/aggregate.js';
import { toMermaid } from '../core/diagram.js';
import { fingerprint } from '../core/hash.js';
import { recordDamage } from '../core/reader.js';
import type { Audience, StoredRecord } from '../core/record.js';
import { fail, forbidden, invalidInput, issue, notAllowed, ok, versionMismatch, words, type GovernanceError } from '../core/result.js';
import { isoDateTime, reasonText, text } from '../core/schema.js';
import { LIMITS } from '../core/text.js';
import { orgAccess, type Requirement } from '../org/authorize.js';
import {
  evaluationOutcome,
  evaluationRecordType,
  evaluationState,
  evaluationSeverity,
  revisionStartedBy,
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
 * const e: EvaluationEvent = { type: 'conclude', outcome: 'no-change', summary: '执行良好', audiences: [{ departments: ['management'], positions: ['management-head'] }], actorId: 'u-ops-head', department: 'operations-management', at: '2026-12-01T02:00:00.000Z' };
 */
export type EvaluationEvent =
  | (EvaluationEventBase & { type: 'record-finding'; finding: Omit<EvaluationFinding, 'actorId' | 'department' | 'at'> })
  | (EvaluationEventBase & { type: 'conclude'; outcome: EvaluationOutcome; summary: string; audiences: readonly Audience[] })
  | (EvaluationEventBase & { type: 'withdraw'; reason: string })
  | (EvaluationEventBase & { type: 'link-revision'; revisionId: string });

/**
 * What starts an evaluation machine: everything its context holds before any finding.
 *
 * @example
 * const i: EvaluationInput = { evaluationId: 'eval-2026', title: '2026 年度评估', policyVersion: '2026.1', period: { from: '2026-01-01T00:00:00.000Z', to: '2026-12-01T00:00:00.000Z' }, scope: '', openedBy: 'u-ops' };
 */
export type EvaluationInput = Omit<EvaluationContext, 'findings' | 'conclusion' | 'withdrawal' | 'revision'>;

// A conclusion says what the findings say: "revision needed" rests on at least one finding that calls
// for a revision, and "no change" on none.
const fitsFindings = (findings: readonly EvaluationFinding[], outcome: EvaluationOutcome) =>
  findings.some((f) => f.needsRevision) === (outcome === 'revision-needed');

/**
 * The periodic policy-evaluation machine (SUP-3, S1 ch.8 定期进行评估): open → findings recorded →
 * concluded (no change, or revision needed), or withdrawn; a "revision needed" conclusion moves on to
 * revision started once the revision it called for is linked (one at most). Pure XState v5: no timers,
 * no I/O. Concluding emits one `notify` per audience the step derived from the policy's rights:
 * `policy-evaluation.revision-needed` to those who draft revisions, `policy-evaluation.concluded` to
 * those who approve the policy.
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
    callsForRevision: ({ context }) => context.conclusion?.outcome === 'revision-needed' && context.revision === undefined,
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
    recordRevision: assign({
      revision: ({ context, event }) => (event.type === 'link-revision' ? { revisionId: event.revisionId, actorId: event.actorId, at: event.at } : context.revision),
    }),
    // One notification per audience: a right granted to a department's heads only is told to those heads.
    notifyConcluded: enqueueActions(({ context, event, enqueue }) => {
      const e = event as Extract<EvaluationEvent, { type: 'conclude' }>;
      const needed = e.outcome === 'revision-needed';
      for (const to of e.audiences) {
        enqueue.emit({
          type: 'notify' as const,
          to,
          topic: needed ? 'policy-evaluation.revision-needed' : 'policy-evaluation.concluded',
          evaluationId: context.evaluationId,
          policyVersion: context.policyVersion,
          outcome: e.outcome,
          findings: context.findings.filter((f) => f.needsRevision).map((f) => f.id),
        });
      }
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
    // A "no change" conclusion takes nothing more; a "revision needed" one takes the link to its revision.
    concluded: {
      on: { 'link-revision': { guard: 'callsForRevision', target: 'revisionStarted', actions: 'recordRevision' } },
    },
    withdrawn: { type: 'final' },
    revisionStarted: { type: 'final' },
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
    severity: z.enum(evaluationSeverity.values),
    needsRevision: z.boolean().default(false),
    clause: text(LIMITS.name).optional(),
  }),
  conclude: z.strictObject({ outcome: z.enum(evaluationOutcome.values), summary: text(LIMITS.text) }),
  withdraw: z.strictObject({ reason: reasonText }),
  // The revision comes from the stored revision record the host passes to `linkRevision`, never from a body.
  'link-revision': z.strictObject({}),
} as const;
const P = evaluationPayloads;

// The revision id reaches the link decision only through `linkRevision`, which reads it from the revision
// record the host loaded: a module-private key that no command body, and no JSON, can carry.
const LINKED_REVISION: unique symbol = Symbol('linkedRevision');

/**
 * What the evaluation step reads of the context's policy: the policy itself (and, inside `linkRevision`
 * only, the revision being linked).
 *
 * @example
 * const scope: EvaluationScope = defaultPolicy;
 */
export type EvaluationScope = Policy & { readonly [LINKED_REVISION]?: string };

const kit = aggregateKit<typeof policyEvaluationMachine, EvaluationScope, Requirement>();

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

// Who holds a right, as notification audiences read from the policy: grants naming the same positions
// share one audience, so a right held by a department's heads only is told to those heads only.
function holdersOf(policy: Policy, actions: readonly string[]): Audience[] {
  for (const action of actions) {
    const grants = policy.org.rights.find((r) => r.action === action)?.grants ?? [];
    const byPositions = new Map<string, { departments: string[]; positions?: readonly string[]; everyone: boolean }>();
    for (const g of grants) {
      const key = JSON.stringify(g.positions ?? null);
      const entry = byPositions.get(key) ?? { departments: [], ...(g.positions ? { positions: g.positions } : {}), everyone: false };
      if (g.department === undefined) entry.everyone = true;
      else if (!entry.departments.includes(g.department)) entry.departments.push(g.department);
      byPositions.set(key, entry);
    }
    const audiences = [...byPositions.values()].map(({ departments, positions, everyone }): Audience => {
      if (everyone) return positions ? { positions: [...positions] } : { everyone: true };
      return positions ? { departments, positions: [...positions] } : { departments };
    });
    if (audiences.length > 0) return audiences;
  }
  return [];
}

// The policy names who drafts and who approves; should it name neither, those who conclude evaluations hear it.
const audiencesFor = (policy: Policy, outcome: EvaluationOutcome) =>
  holdersOf(policy, outcome === 'revision-needed' ? ['policy.draft', 'policy.approve', 'policy.conclude-evaluation'] : ['policy.approve', 'policy.conclude-evaluation']);

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
  // A conclusion is a signature: whoever opened the evaluation or recorded a finding does not conclude it,
  // so no one person can both evaluate and sign the evaluation off.
  conclude: kit.command({
    schema: P.conclude,
    rule: 'SUP-3',
    right: 'policy.conclude-evaluation',
    signs: () => ({ stage: 'conclusion', signatures: [] }),
    decide: ({ command, context, policy }) =>
      fitsFindings(context.findings, command.outcome)
        ? ok({ outcome: command.outcome, summary: command.summary, audiences: audiencesFor(policy, command.outcome) })
        : fail(outcomeMismatch(context.findings, command.outcome)),
  }),
  // An evaluation opened by mistake is withdrawn by anyone who evaluates; once it holds findings, withdrawing
  // it would set them aside unconcluded, so it takes the same hands as a conclusion.
  withdraw: kit.command({
    schema: P.withdraw,
    rule: 'SUP-3',
    right: ({ context }) => (context.findings.length > 0 ? 'policy.conclude-evaluation' : 'policy.evaluate'),
    signs: ({ context, record }) => ({ stage: 'withdrawal', signatures: [], contributors: context.findings.length > 0 ? record.contributors : [] }),
    decide: ({ command }) => ok({ reason: command.reason }),
  }),
  'link-revision': kit.command({
    schema: P['link-revision'],
    rule: 'SUP-3',
    right: 'policy.draft',
    decide: ({ policy }) => {
      const revisionId = policy[LINKED_REVISION];
      return revisionId === undefined
        ? fail(
            forbidden(
              'SUP-3',
              words(
                'A revision is linked to an evaluation by linkRevision from the stored revision record, never by a command',
                '修订只能由宿主以存储的修订记录通过 linkRevision 关联到评估，不能由命令关联',
                '修訂只能由宿主以儲存的修訂記錄透過 linkRevision 關聯到評估，不能由命令關聯',
              ),
            ),
          )
        : ok({ revisionId });
    },
    refused: (info) =>
      notAllowed(
        info.state,
        [],
        info.context.revision
          ? words(`This evaluation already started revision ${info.context.revision.revisionId}`, `本评估已启动修订 ${info.context.revision.revisionId}`, `本評估已啟動修訂 ${info.context.revision.revisionId}`)
          : words('Only an evaluation concluded "revision needed" starts a revision', '只有结论为“需要修订”的评估才能启动修订', '只有結論為「需要修訂」的評估才能啟動修訂'),
        'SUP-3',
      ),
  }),
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
    // An evaluation looks back at how the policy was carried out: implementation still to come cannot be
    // evaluated, and a period reaching into the future would stop the evaluation clock on trust.
    const future = [
      ...(from.getTime() > now.getTime() ? [issue(['period', 'from'], words('the evaluated period cannot begin in the future', '评估期间不能始于未来', '評估期間不能始於未來'), 'SUP-3')] : []),
      ...(to.getTime() > now.getTime()
        ? [issue(['period', 'to'], words('the evaluated period cannot end after the evaluation is opened: it covers implementation that has happened', '评估期间不能晚于发起评估之时结束：评估针对已发生的实施情况', '評估期間不能晚於發起評估之時結束：評估針對已發生的實施情況'), 'SUP-3')]
        : []),
    ];
    if (future.length > 0) return fail(invalidInput(future, 'SUP-3'));
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
 * The type of {@link policyEvaluationAggregate}: the record kind's machine, scope and decision rights, with its command
 * table typed from `evaluationPayloads`. Named, so that signatures and the docs refer to it instead of spelling it out.
 *
 * @example
 * const a: PolicyEvaluationAggregate = policyEvaluationAggregate;
 * policyEvaluationAggregate.kind //=> 'policy-evaluation'
 */
export type PolicyEvaluationAggregate = Aggregate<typeof policyEvaluationMachine, EvaluationScope, Requirement, CommandTable<typeof policyEvaluationMachine, EvaluationScope, Requirement, Omit<typeof evaluationPayloads, 'create'>>, CreateSpec<typeof policyEvaluationMachine, EvaluationScope, Requirement, (typeof evaluationPayloads)['create']>>;

/**
 * The policy-evaluation aggregate (SUP-3, S1 ch.8 针对本制度的实施情况定期进行评估，必要时进行修订):
 * operations management (S0 art.18) opens an evaluation of a period that has passed and records findings;
 * someone who neither opened it nor recorded a finding, holding `policy.conclude-evaluation` (by default
 * the heads of operations management and the enterprise management head), concludes "no change needed"
 * or "revision needed". The policy version evaluated is the one in force at opening.
 *
 * @example
 * policyEvaluationAggregate.kind //=> 'policy-evaluation'
 */
export const policyEvaluationAggregate: PolicyEvaluationAggregate = kit.define({
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
 * Link the policy revision an evaluation started to that evaluation (SUP-3, S1 ch.8 必要时进行修订), from
 * the two records the host loaded: the revision must name the evaluation (it was created with
 * `createPolicyRevision(…, { startedBy: evaluation })`) and the evaluation must have concluded "revision
 * needed" without starting a revision yet. The evaluation moves to `revisionStarted` and names the
 * revision, so a second revision citing it is refused. Save the evaluation with `expectedRevision:
 * evaluation.revision` before, or in one transaction with, the new revision: of two revisions racing on
 * one evaluation, one gets `conflict`. The actor needs `policy.draft`; the same link again is a replay.
 *
 * @example
 * const rev = createPolicyRevision('rev-2027-1', command, ctx, { startedBy: evaluation });
 * const linked = rev.ok ? linkRevision(evaluation, rev.record, ctx) : rev;
 * linked.ok && linked.record.snapshot.value //=> 'revisionStarted'
 */
export function linkRevision(evaluation: StoredRecord, revision: StoredRecord, ctx: StepContext<Policy>): StepResult<EvaluationContext> {
  const refuse = (error: GovernanceError): StepResult<EvaluationContext> => ({ ok: false, error, record: evaluation as never });
  if (typeof revision !== 'object' || revision === null) return refuse(versionMismatch(words('The revision to link is not a record', '待关联的修订不是记录', '待關聯的修訂不是記錄')));
  const link = revisionStartedBy(evaluation, revision.id);
  if (!link.ok) return refuse(link.error);
  // The revision is read as far as the link needs: a sound revision record that names this evaluation.
  const broken = recordDamage(revision);
  if (broken !== undefined || revision.kind !== 'policy-revision') {
    return refuse(versionMismatch(words(`The revision to link is not a readable policy revision (${broken ?? revision.kind})`, '待关联的修订不是可读取的制度修订记录', '待關聯的修訂不是可讀取的制度修訂記錄')));
  }
  const named = (revision.snapshot as { context: { evaluationId?: unknown } }).context.evaluationId;
  if (named !== link.value.evaluationId) {
    return refuse(
      invalidInput(
        [
          issue(
            ['revision', 'evaluationId'],
            words(
              `revision ${revision.id} was not started by evaluation ${link.value.evaluationId}; create it with { startedBy: evaluation }`,
              `修订 ${revision.id} 并非由评估 ${link.value.evaluationId} 启动，请以 { startedBy: 评估记录 } 创建`,
              `修訂 ${revision.id} 並非由評估 ${link.value.evaluationId} 啟動，請以 { startedBy: 評估記錄 } 建立`,
            ),
            'SUP-3',
          ),
        ],
        'SUP-3',
      ),
    );
  }
  const id = `link-revision:${revision.id}`;
  const scope: EvaluationScope = { ...ctx.policy, [LINKED_REVISION]: revision.id };
  return policyEvaluationAggregate.step(evaluation, { id: id.length <= LIMITS.id ? id : `link-revision:#${fingerprint(revision.id)}`, type: 'link-revision' }, { ...ctx, policy: scope });
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
