import type { ActorRef } from '../core/actor.js';
import { fail, ok, type GovernanceError, type Result } from '../core/result.js';
import type { DecisionRight, Grant, Policy } from '../policy/schema.js';

/**
 * What an action is applied to, as far as authorisation cares: the department that owns it.
 *
 * @example
 * const r: ResourceRef = { kind: 'policy-revision', id: 'p-1', department: 'legal' };
 */
export interface ResourceRef {
  readonly kind?: string;
  readonly id?: string;
  /** The department owning the resource; needed by rights scoped to `own-department`. */
  readonly department?: string;
}

function forbidden(rule: string, message: string, messageZh: string): GovernanceError {
  return { code: 'forbidden', rule, message, messageZh };
}

function bodies(actor: ActorRef): string[] {
  return [actor.department, ...(actor.memberOf ?? [])];
}

function matches(actor: ActorRef, grant: Grant): boolean {
  if (grant.department !== undefined && !bodies(actor).includes(grant.department)) return false;
  if (grant.positions !== undefined && !grant.positions.some((p) => actor.positions.includes(p))) return false;
  return true;
}

/**
 * Check that an actor fits the policy's organisation (ORG-1, ORG-2): the department and every body in
 * `memberOf` exist, and every position exists and is allowed in one of the actor's bodies.
 *
 * @example
 * checkActor({ id: 'u-1', department: 'legal', positions: ['supervisor'] }, defaultPolicy).ok
 * //=> false (a supervisor position exists only in network operations)
 */
export function checkActor(actor: ActorRef, policy: Policy): Result<void> {
  const departments = new Set(policy.org.departments.map((d) => d.id));
  for (const d of bodies(actor)) {
    if (!departments.has(d)) {
      return fail(forbidden('ORG-1', `Actor ${actor.id} names unknown department "${d}"`, `人员 ${actor.id} 所属部门「${d}」不存在`));
    }
  }
  for (const p of actor.positions) {
    const position = policy.org.positions.find((x) => x.id === p);
    if (!position) return fail(forbidden('ORG-2', `Actor ${actor.id} holds unknown position "${p}"`, `人员 ${actor.id} 的岗位「${p}」不存在`));
    if (position.departments && !position.departments.some((d) => bodies(actor).includes(d))) {
      return fail(
        forbidden('ORG-2', `Position "${p}" does not exist in ${bodies(actor).join(', ')}`, `岗位「${p}」不属于 ${bodies(actor).join('、')}`),
      );
    }
  }
  return ok(undefined);
}

/**
 * May `actor` take `action` on `resource` under `policy`? Allowed returns the decision right that
 * allowed it; refused returns a `forbidden` error naming the rule and explaining in English and Chinese
 * (ORG-4). An action the policy does not define is refused: rights are granted, never assumed.
 *
 * @example
 * const legal = { id: 'u-9', department: 'legal', positions: ['legal-counsel'] };
 * authorize(legal, 'compliance.decide', {}, defaultPolicy).ok //=> true
 * authorize(legal, 'brand.decide', {}, defaultPolicy).error.rule //=> 'ORG-3'
 */
export function authorize(actor: ActorRef, action: string, resource: ResourceRef, policy: Policy): Result<DecisionRight> {
  const valid = checkActor(actor, policy);
  if (!valid.ok) return valid;
  const right = policy.org.rights.find((r) => r.action === action);
  if (!right) {
    return fail(forbidden('ORG-4', `The policy grants no right "${action}", so nobody may take it`, `制度未设立「${action}」权限，任何人不得执行`));
  }
  if (!right.grants.some((g) => matches(actor, g))) {
    const who = right.grants
      .map((g) => [g.department ?? 'any department', g.positions ? `(${g.positions.join('/')})` : ''].join(' ').trim())
      .join('; ');
    return fail(
      forbidden(
        right.rule,
        `${actor.id} may not ${right.labels.en.toLowerCase()}: only ${who}`,
        `${actor.id} 无权${right.labels['zh-CN']}`,
      ),
    );
  }
  if (right.scope === 'own-department' && resource.department !== actor.department) {
    return fail(
      forbidden(
        right.rule,
        `${actor.id} may ${right.labels.en.toLowerCase()} only for their own department (${actor.department}), not ${resource.department ?? 'an unnamed department'}`,
        `${actor.id} 只能为本部门（${actor.department}）${right.labels['zh-CN']}`,
      ),
    );
  }
  return ok(right);
}

/**
 * A signature already given on a multi-stage item: who signed which stage.
 *
 * @example
 * const s: Signature = { actorId: 'u-2', stage: 'department-head' };
 */
export interface Signature {
  readonly actorId: string;
  readonly stage: string;
}

/**
 * Separation of duties (CW-4 by default): the author never signs their own item, and one person never
 * signs two stages of the same item (nor the same stage twice). `rule` lets other workflows cite their own
 * rule (policy revisions cite SUP-3).
 *
 * @example
 * separationOfDuties({ actorId: 'u-1', authorId: 'u-1', stage: 'legal', signatures: [] }).error.rule //=> 'CW-4'
 * separationOfDuties({ actorId: 'u-2', authorId: 'u-1', stage: 'legal', signatures: [{ actorId: 'u-2', stage: 'editor' }] }).ok //=> false
 */
export function separationOfDuties(input: {
  readonly actorId: string;
  readonly authorId?: string;
  readonly stage: string;
  readonly signatures: readonly Signature[];
  readonly rule?: string;
}): Result<void> {
  const rule = input.rule ?? 'CW-4';
  if (input.authorId !== undefined && input.actorId === input.authorId) {
    return fail(forbidden(rule, `${input.actorId} is the author and may not sign their own item`, `作者 ${input.actorId} 不得审批自己的内容`));
  }
  const earlier = input.signatures.find((s) => s.actorId === input.actorId);
  if (earlier) {
    const same = earlier.stage === input.stage;
    return fail(
      forbidden(
        rule,
        same
          ? `${input.actorId} has already signed stage "${input.stage}"`
          : `${input.actorId} already signed stage "${earlier.stage}" and may not also sign "${input.stage}"`,
        same ? `${input.actorId} 已签署「${input.stage}」` : `${input.actorId} 已签署「${earlier.stage}」，不得再签署「${input.stage}」`,
      ),
    );
  }
  return ok(undefined);
}
