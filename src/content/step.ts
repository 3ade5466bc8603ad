import type { ActorRef } from '../core/actor.js';
import { fail, invalidInput, ok, type GovernanceError, type Result } from '../core/result.js';
import { createCreate, createStep, type AggregateDefinition, type CommandInfo, type PersistedSnapshot, type StepContext, type StepResult } from '../core/step.js';
import type { StoredRecord } from '../core/record.js';
import { authorize } from '../org/authorize.js';
import type { Policy } from '../policy/schema.js';
import { canSign, contentHash, selectChain } from './chain.js';
import { contentMachine, type ContentEvent, type ContentMachine } from './machine.js';
import {
  ContentCommandSchema,
  CreateContentSchema,
  type ContentCommand,
  type ContentContext,
  type CreateContentCommand,
  type ResolvedChain,
  type ReviewedContent,
} from './model.js';

/** The record kind of content items. @example CONTENT_KIND //=> 'content-item' */
export const CONTENT_KIND = 'content-item';

type Snap = ReturnType<ContentMachine['resolveState']>;
type Info = CommandInfo<ContentCommand, Policy> & { readonly snapshot: Snap };

const EMPTY_CHAIN: ResolvedChain = { id: '', policyVersion: '', stages: [] };

function reviewStage(snapshot: Snap): string | undefined {
  const value = snapshot.value as unknown;
  return typeof value === 'object' && value !== null && 'review' in value ? String((value as { review: string }).review) : undefined;
}

function edited(context: ContentContext, command: Extract<ContentCommand, { type: 'edit' }>): ReviewedContent {
  const media = command.media ?? context.media;
  return {
    title: command.title ?? context.title,
    body: command.body ?? context.body,
    format: command.format ?? context.format,
    channel: command.channel ?? context.channel,
    tags: command.tags ?? context.tags,
    keywords: command.keywords ?? context.keywords,
    advertising: command.advertising ?? context.advertising,
    riskLevel: command.riskLevel ?? context.riskLevel,
    ...(media === undefined ? {} : { media }),
  };
}

function planOf(plan: { readonly [K in 'theme' | 'form' | 'audience' | 'expectedEffect']?: string | undefined } & { readonly plannedAt?: Date | undefined }): ContentContext['plan'] {
  const out: { -readonly [K in keyof ContentContext['plan']]: string } = {};
  for (const k of ['theme', 'form', 'audience', 'expectedEffect'] as const) {
    const v = plan[k];
    if (v !== undefined) out[k] = v;
  }
  if (plan.plannedAt) out.plannedAt = plan.plannedAt.toISOString();
  return out;
}

function right(actor: ActorRef, action: string, department: string, policy: Policy) {
  return authorize(actor, action, { kind: CONTENT_KIND, department }, policy);
}

function contributor(actor: ActorRef, context: ContentContext, policy: Policy): Result<unknown> {
  const r = right(actor, 'content.plan', context.department, policy);
  if (!r.ok) return r;
  if (actor.id !== context.authorId && actor.department !== context.department) {
    return fail({
      code: 'forbidden',
      rule: 'ORG-4',
      message: `${actor.id} is not in ${context.department}, the department that owns this item`,
      messageZh: `${actor.id} 不属于内容所属部门 ${context.department}`,
    });
  }
  return ok(undefined);
}

function authorizeCommand({ actor, command, snapshot, policy }: Info): Result<unknown> {
  const c = snapshot.context;
  switch (command.type) {
    case 'update-plan':
    case 'start-creation':
    case 'edit':
    case 'submit':
      return contributor(actor, c, policy);
    case 'approve':
    case 'reject': {
      const stageId = reviewStage(snapshot);
      const stage = c.chain?.stages.find((s) => s.id === stageId);
      // Outside review the machine refuses with the state; nothing to authorise against.
      if (!stage) return ok(undefined);
      const signatures = command.type === 'reject' ? c.signatures.filter((s) => s.actorId !== actor.id || s.stage !== stage.id) : c.signatures;
      return canSign(actor, stage, { authorId: c.authorId, contributorIds: c.contributorIds, department: c.department, signatures });
    }
    case 'schedule':
    case 'unschedule':
    case 'publish':
    case 'archive':
      return right(actor, 'content.publish', c.department, policy);
    case 'record-metrics':
      return right(actor, 'content.monitor', c.department, policy);
    case 'takedown':
      return right(actor, 'content.takedown', c.department, policy);
    case 'withdraw':
    case 'cancel':
      return actor.id === c.authorId ? ok(undefined) : right(actor, 'content.withdraw', c.department, policy);
  }
}

function toEvent({ command, actor, at, policy, snapshot }: Info): ContentEvent {
  const who = { actorId: actor.id, department: actor.department, at: at.toISOString() };
  const c = snapshot.context;
  switch (command.type) {
    case 'update-plan':
      return { ...who, type: 'update-plan', plan: planOf(command.plan) };
    case 'edit': {
      const next = edited(c, command);
      const chain = selectChain(policy, next.channel, next.riskLevel);
      return {
        ...who,
        type: 'edit',
        changes: next,
        hash: contentHash(next),
        chain: chain.ok ? chain.value : EMPTY_CHAIN,
        ...(command.reason ? { reason: command.reason } : {}),
      };
    }
    case 'submit': {
      const chain = selectChain(policy, c.channel, c.riskLevel);
      return { ...who, type: 'submit', chain: chain.ok ? chain.value : EMPTY_CHAIN };
    }
    case 'approve':
      return { ...who, type: 'approve', stage: reviewStage(snapshot) ?? '', hash: command.hash, ...(command.comment ? { comment: command.comment } : {}) };
    case 'reject':
      return { ...who, type: 'reject', stage: reviewStage(snapshot) ?? '', reason: command.reason };
    case 'schedule':
      return { ...who, type: 'schedule', publishAt: command.publishAt.toISOString() };
    case 'publish':
      return { ...who, type: 'publish', externalId: command.externalId, policyVersion: policy.version, ...(command.url ? { url: command.url } : {}) };
    case 'record-metrics':
      return { ...who, type: 'record-metrics', metrics: command.metrics, observedAt: (command.observedAt ?? at).toISOString() };
    case 'withdraw':
    case 'cancel':
      return { ...who, type: command.type, reason: command.reason };
    case 'takedown':
      return { ...who, type: 'takedown', reason: command.reason, emergency: command.emergency, emergencyAllowed: policy.content.emergencyTakedown };
    default:
      return { ...who, type: command.type };
  }
}

function checkCommand({ command, at, policy, snapshot }: Info): Result<void> {
  const c = snapshot.context;
  switch (command.type) {
    case 'edit': {
      const next = edited(c, command);
      const chain = selectChain(policy, next.channel, next.riskLevel);
      if (!chain.ok) return chain;
      if (contentHash(next) === c.hash) {
        return fail(invalidInput([{ path: [], message: 'the edit changes nothing that reviewers see', rule: 'CW-5' }], 'CW-5'));
      }
      return ok(undefined);
    }
    case 'submit': {
      const chain = selectChain(policy, c.channel, c.riskLevel);
      return chain.ok ? ok(undefined) : chain;
    }
    case 'approve':
      if (command.hash !== c.hash) {
        return fail({
          code: 'conflict',
          rule: 'CW-5',
          message: 'The content changed after you viewed it: review the current version (its hash differs)',
          messageZh: '内容在您查看后已被修改，请审核最新版本',
        });
      }
      return ok(undefined);
    case 'schedule':
      if (command.publishAt.getTime() < at.getTime()) {
        return fail(invalidInput([{ path: ['publishAt'], message: 'must not be in the past', rule: 'CW-7' }], 'CW-7'));
      }
      return ok(undefined);
    case 'record-metrics': {
      const observed = (command.observedAt ?? at).getTime();
      const published = c.publication ? Date.parse(c.publication.at) : Number.POSITIVE_INFINITY;
      if (observed < published) {
        return fail(invalidInput([{ path: ['observedAt'], message: 'metrics cannot be observed before publication', rule: 'CW-1' }], 'CW-1'));
      }
      return ok(undefined);
    }
    default:
      return ok(undefined);
  }
}

function explainRefusal({ command, snapshot }: Info): GovernanceError | undefined {
  const c = snapshot.context;
  const state = JSON.stringify(snapshot.value);
  switch (command.type) {
    case 'start-creation': {
      const missing = (['theme', 'form', 'audience', 'expectedEffect'] as const).filter((k) => !c.plan[k]);
      return invalidInput(missing.map((k) => ({ path: ['plan', k], message: 'the plan needs this before creation starts', rule: 'CW-1' })), 'CW-1');
    }
    case 'submit':
      return invalidInput(
        [
          ...(c.title.trim() ? [] : [{ path: ['title'], message: 'a title is required before review', rule: 'CW-1' }]),
          ...(c.body.trim() ? [] : [{ path: ['body'], message: 'a body is required before review', rule: 'CW-1' }]),
        ],
        'CW-1',
      );
    case 'publish':
      return { code: 'forbidden', rule: 'CW-2', message: 'Not every review stage has approved the current content', messageZh: '当前版本尚未通过全部审核环节，不得发布' };
    case 'takedown':
      return {
        code: 'not-allowed',
        rule: 'CW-9',
        message: 'Before publication an item can only be taken down in an emergency, and only where the policy allows it',
        messageZh: '发布前仅可在紧急情况下下架，且须制度允许',
        state,
      };
    default:
      return undefined;
  }
}

const RULES: Record<string, string> = {
  'start-creation': 'CW-1',
  submit: 'CW-1',
  approve: 'CW-3',
  reject: 'CW-5',
  schedule: 'CW-7',
  publish: 'CW-2',
  'record-metrics': 'CW-1',
  withdraw: 'CW-9',
  takedown: 'CW-9',
};

function rulesApplied(before: Snap, after: Snap, command: ContentCommand): string[] {
  const rules: string[] = [];
  if (command.type === 'edit' && before.context.signatures.length > 0) rules.push('CW-5');
  if (command.type === 'approve') rules.push('CW-3', 'CW-4');
  if (command.type === 'reject') rules.push('CW-5');
  if (command.type === 'publish') rules.push('CW-2', 'CW-6');
  if (command.type === 'schedule') rules.push('CW-7');
  if (command.type === 'takedown' || command.type === 'withdraw') rules.push('CW-9');
  return rules;
}

function aggregate(policy: Policy): AggregateDefinition<ContentMachine, ContentCommand, CreateContentCommand, Policy> {
  return {
    kind: CONTENT_KIND,
    schemaVersion: 1,
    machine: contentMachine(policy),
    commands: ContentCommandSchema,
    toEvent,
    ruleOf: (type) => RULES[type],
    authorize: authorizeCommand,
    check: checkCommand,
    explainRefusal,
    rulesApplied,
    create: {
      schema: CreateContentSchema,
      authorize: ({ actor, command, policy: p }) => {
        const r = right(actor, 'content.plan', actor.department, p);
        if (!r.ok) return r;
        return selectChain(p, command.channel, command.riskLevel);
      },
      toInput: ({ command, actor }) => {
        const content: ReviewedContent = {
          title: command.title,
          body: command.body,
          format: command.format,
          channel: command.channel,
          tags: command.tags,
          keywords: command.keywords,
          advertising: command.advertising,
          riskLevel: command.riskLevel,
          ...(command.media === undefined ? {} : { media: command.media }),
        };
        return { ...content, authorId: actor.id, department: actor.department, plan: planOf(command.plan), hash: contentHash(content) };
      },
    },
  };
}

type ContentStep = (record: StoredRecord, command: unknown, ctx: StepContext<Policy>) => StepResult<PersistedSnapshot<ContentContext>>;
type ContentCreate = (recordId: string, command: unknown, ctx: StepContext<Policy>) => StepResult<PersistedSnapshot<ContentContext>>;
const cache = new WeakMap<Policy, { step: ContentStep; create: ContentCreate }>();

function forPolicy(policy: Policy) {
  let entry = cache.get(policy);
  if (!entry) {
    const def = aggregate(policy);
    entry = { step: createStep(def), create: createCreate(def) };
    cache.set(policy, entry);
  }
  return entry;
}

/**
 * Apply one command to a stored content item under `ctx.policy` (CW-1..CW-9): validate, authorise
 * (decision rights, stage roles, separation of duties), check the item's state can take it, transition,
 * and return the new record with effects and an audit entry, or a typed refusal naming the rule.
 *
 * @example
 * const r = contentStep(record, { id: 'req-9', type: 'approve', hash: item.hash, actor: legalCounsel }, { policy, now });
 * if (!r.ok) reply(r.error.code === 'forbidden' ? 403 : 409, r.error);
 */
export function contentStep(record: StoredRecord, command: unknown, ctx: StepContext<Policy>): StepResult<PersistedSnapshot<ContentContext>> {
  return forPolicy(ctx.policy).step(record, command, ctx);
}

/**
 * Create a content item in planning (revision 1). The actor becomes its author and its department the
 * owner.
 *
 * @example
 * const r = createContentItem('post-1', { id: 'req-1', type: 'create', actor: editor, format: 'text', channel: 'weibo', riskLevel: 'low', title: '新品' }, { policy, now });
 */
export function createContentItem(recordId: string, command: unknown, ctx: StepContext<Policy>): StepResult<PersistedSnapshot<ContentContext>> {
  return forPolicy(ctx.policy).create(recordId, command, ctx);
}
