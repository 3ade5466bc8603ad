import type { ActorRef, Directory } from '../core/actor.js';
import type { Access, ResourceRef } from '../core/aggregate.js';
import { fail, forbidden, ok, words, type Result } from '../core/result.js';
import { hasHiddenCharacters, LIMITS } from '../core/text.js';
import type { DecisionRight, Grant, OrgPolicy } from './policy.js';

/**
 * What the organisation functions read of a policy: its `org` section.
 *
 * @example
 * const scope: OrgScope = { org: defaultOrg };
 */
export interface OrgScope {
  readonly org: OrgPolicy;
}

/**
 * What a command requires: the action of a decision right in the policy, several actions of which any
 * one suffices, or a right written inline (a review stage's signers, copied into the record).
 *
 * @example
 * const r: Requirement = ['content.withdraw-own', 'content.withdraw'];
 */
export type Requirement = string | readonly string[] | DecisionRight;

function bodies(actor: ActorRef): string[] {
  return [actor.department, ...(actor.memberOf ?? [])];
}

/**
 * Whether an actor holds a grant: membership of its department (home or `memberOf`) and one of its
 * positions, where it names either.
 *
 * @example
 * holdsGrant({ id: 'u-1', department: 'legal', positions: ['head'] }, { department: 'legal' }) //=> true
 */
export function holdsGrant(actor: ActorRef, grant: Pick<Grant, 'department' | 'positions'>): boolean {
  if (grant.department !== undefined && !bodies(actor).includes(grant.department)) return false;
  if (grant.positions !== undefined && !grant.positions.some((p) => actor.positions.includes(p))) return false;
  return true;
}

/**
 * Check that an actor fits the policy's organisation (ORG-1, ORG-2): the department and every body in
 * `memberOf` exist, and every position exists and is allowed in one of the actor's bodies.
 *
 * @example
 * checkActor({ id: 'u-1', department: 'legal', positions: ['supervisor'] }, { org: defaultOrg }).ok
 * //=> false (a supervisor position exists only in network operations)
 */
export function checkActor(actor: ActorRef, policy: OrgScope): Result<void> {
  const departments = new Set(policy.org.departments.map((d) => d.id));
  for (const d of bodies(actor)) {
    if (!departments.has(d)) {
      return fail(forbidden('ORG-1', words(`${actor.id} belongs to "${d}", which is not a department of this organisation`, `${actor.id} 所属的「${d}」不是本组织的部门`, `${actor.id} 所屬的「${d}」不是本組織的部門`)));
    }
  }
  for (const p of actor.positions) {
    const position = policy.org.positions.find((x) => x.id === p);
    if (!position) {
      return fail(forbidden('ORG-2', words(`${actor.id} holds "${p}", which is not a position of this organisation`, `${actor.id} 的岗位「${p}」不是本组织的岗位`, `${actor.id} 的崗位「${p}」不是本組織的崗位`)));
    }
    if (position.departments && !position.departments.some((d) => bodies(actor).includes(d))) {
      return fail(
        forbidden(
          'ORG-2',
          words(
            `${actor.id} cannot hold "${p}" in ${bodies(actor).join(', ')}: the position exists only in ${position.departments.join(', ')}`,
            `岗位「${p}」只设在 ${position.departments.join('、')}，${actor.id} 所在的 ${bodies(actor).join('、')} 没有该岗位`,
            `崗位「${p}」只設在 ${position.departments.join('、')}，${actor.id} 所在的 ${bodies(actor).join('、')} 沒有該崗位`,
          ),
        ),
      );
    }
  }
  return ok(undefined);
}

const isStringList = (v: unknown): v is readonly string[] => Array.isArray(v) && v.length <= LIMITS.list && v.every((x) => typeof x === 'string');

/**
 * Who the authenticated person is in the organisation: their entry in the host's directory, checked
 * against the policy's departments and positions (ORG-1, ORG-2, ORG-4). Nothing is taken from a command:
 * a person not in the directory, or listed with a department or position the organisation lacks, is
 * refused with `forbidden`.
 *
 * @example
 * identify('u-9', { org: defaultOrg }, createDirectory([{ id: 'u-9', department: 'legal', positions: ['legal-counsel'] }]))
 * //=> { ok: true, value: { id: 'u-9', department: 'legal', positions: ['legal-counsel'] } }
 */
export function identify(actorId: string, policy: OrgScope, directory: Directory): Result<ActorRef> {
  const unknown = (why: string) =>
    fail(forbidden('ORG-4', words(`The host identified no known person (${why}); nothing is decided for an unknown actor`, '宿主未提供可识别的人员，不能为未知人员作出决定', '宿主未提供可識別的人員，不能為未知人員作出決定')));
  if (typeof actorId !== 'string' || actorId.trim() !== actorId || actorId === '' || actorId.length > LIMITS.id || hasHiddenCharacters(actorId)) return unknown('no valid actor id');
  const id = actorId.normalize('NFC');
  let actor: ActorRef;
  try {
    const entry = directory?.lookup(id);
    if (!entry) return unknown(`${id} is not in the directory`);
    // Copied field by field inside the guard: a directory entry is the host's object, not ours.
    const { id: entryId, department, positions, memberOf } = entry;
    // A directory that folds case or spaces, or falls back to someone else, must not let one person act
    // under two ids: the entry must be the person the host authenticated, exactly.
    if (typeof entryId !== 'string' || entryId.normalize('NFC') !== id) return unknown(`the directory answered for ${String(entryId)}, not ${id}`);
    if (typeof department !== 'string' || !isStringList(positions) || (memberOf !== undefined && !isStringList(memberOf))) {
      return unknown(`the directory entry of ${id} is malformed`);
    }
    actor = { id, department, positions: [...positions], ...(memberOf && memberOf.length > 0 ? { memberOf: [...memberOf] } : {}) };
  } catch {
    return unknown('the directory failed');
  }
  const valid = checkActor(actor, policy);
  return valid.ok ? ok(actor) : valid;
}

function describeGrants(right: DecisionRight): string {
  // A grant without a department is held by its positions wherever they exist: name only those.
  return right.grants.map((g) => (g.department === undefined ? (g.positions ?? []).join('/') : [g.department, g.positions ? `(${g.positions.join('/')})` : ''].join(' ').trim())).join('; ');
}

function check(actor: ActorRef, right: DecisionRight, resource: Partial<ResourceRef>): Result<DecisionRight> {
  if (!right.grants.some((g) => holdsGrant(actor, g))) {
    return fail(
      forbidden(
        right.rule,
        words(
          `${actor.id} may not ${right.labels.en.toLowerCase()}: only ${describeGrants(right)}`,
          `${actor.id} 无权${right.labels['zh-CN']}：该权限只授予 ${describeGrants(right)}`,
          `${actor.id} 無權${right.labels['zh-TW']}：該權限只授予 ${describeGrants(right)}`,
        ),
      ),
    );
  }
  if (right.scope === 'own-department' && resource.department !== actor.department) {
    return fail(
      forbidden(
        right.rule,
        words(
          `${actor.id} may ${right.labels.en.toLowerCase()} only for their own department (${actor.department}), not ${resource.department ?? 'an unnamed department'}`,
          `${actor.id} 只能为本部门（${actor.department}）${right.labels['zh-CN']}，该记录属于 ${resource.department ?? '未知部门'}`,
          `${actor.id} 只能為本部門（${actor.department}）${right.labels['zh-TW']}，該記錄屬於 ${resource.department ?? '未知部門'}`,
        ),
      ),
    );
  }
  if (right.scope === 'own-record' && resource.createdBy !== actor.id) {
    return fail(
      forbidden(
        right.rule,
        words(
          `${actor.id} may ${right.labels.en.toLowerCase()} only for records they created`,
          `${actor.id} 只能对本人创建的记录${right.labels['zh-CN']}`,
          `${actor.id} 只能對本人建立的記錄${right.labels['zh-TW']}`,
        ),
      ),
    );
  }
  return ok(right);
}

function lookup(action: string, policy: OrgScope): Result<DecisionRight> {
  const right = policy.org.rights.find((r) => r.action === action);
  return right
    ? ok(right)
    : fail(forbidden('ORG-4', words(`The policy grants no right "${action}", so nobody may take it`, `制度未设立「${action}」权限，任何人不得执行`, `制度未設立「${action}」權限，任何人不得執行`)));
}

/**
 * May `actor` meet `requirement` on `resource` under `policy`? The actor is checked against the
 * organisation first (ORG-1, ORG-2); then the decision right (or, for a list, any one of them) must grant
 * it, within its scope. Allowed returns the right that allowed it; refused returns `forbidden` naming
 * the rule and saying why in every locale (ORG-4). An action the policy does not define is refused:
 * rights are granted, never assumed.
 *
 * @example
 * const legalHead = { id: 'u-9', department: 'legal', positions: ['head'] };
 * authorize(legalHead, 'compliance.decide', {}, { org: defaultOrg }).ok //=> true
 * authorize(legalHead, 'brand.decide', {}, { org: defaultOrg }).error.rule //=> 'ORG-3'
 */
export function authorize(actor: ActorRef, requirement: Requirement, resource: Partial<ResourceRef>, policy: OrgScope): Result<DecisionRight> {
  const valid = checkActor(actor, policy);
  return valid.ok ? meets(actor, requirement, resource, policy) : valid;
}

// The decision itself, for an actor already checked against the organisation.
function meets(actor: ActorRef, requirement: Requirement, resource: Partial<ResourceRef>, policy: OrgScope): Result<DecisionRight> {
  if (typeof requirement !== 'string' && !Array.isArray(requirement)) return check(actor, requirement as DecisionRight, resource);
  const actions: readonly string[] = typeof requirement === 'string' ? [requirement] : (requirement as readonly string[]);
  let first: Result<DecisionRight> | undefined;
  for (const action of actions) {
    const right = lookup(action, policy);
    const r = right.ok ? check(actor, right.value, resource) : right;
    if (r.ok) return r;
    first ??= r;
  }
  return first ?? lookup('', policy);
}

/**
 * The organisation as the aggregate kit's {@link Access} port: `identify`, then the decision of
 * `authorize` for the actor it identified. Every domain's aggregate passes it to `defineAggregate`.
 *
 * @example
 * defineAggregate({ …, access: orgAccess });
 */
export const orgAccess: Access<OrgScope, Requirement> = {
  identify,
  // `identify` has checked the actor against the organisation already.
  authorize: meets,
};
