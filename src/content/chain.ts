import type { ActorRef } from '../core/actor.js';
import type { RiskLevel } from '../core/risk-level.js';
import { fail, ok, type GovernanceError, type Result } from '../core/result.js';
import { canonicalJson, sha256 } from '../core/sha256.js';
import type { Policy } from '../policy/schema.js';
import type { ChainStage, ResolvedChain, ReviewedContent, StageSignature } from './model.js';

/**
 * The content hash of what reviewers see: SHA-256 over a canonical JSON of title, body, format, channel,
 * tags, keywords, the advertising flag, the risk level and media references. Approvals are bound to it
 * (CW-5); any change to those fields changes it.
 *
 * @example
 * contentHash({ title: 'T', body: 'B', format: 'text', channel: 'weibo', tags: [], keywords: [], advertising: false, riskLevel: 'low' }).length //=> 64
 */
export function contentHash(content: ReviewedContent): string {
  return sha256(
    canonicalJson({
      title: content.title,
      body: content.body,
      format: content.format,
      channel: content.channel,
      tags: content.tags,
      keywords: content.keywords,
      advertising: content.advertising,
      riskLevel: content.riskLevel,
      media: content.media ?? [],
    }),
  );
}

/**
 * The review chain for a channel and risk level under `policy` (CW-3): the chain covering the channel's
 * group and the level, with the legal stage dropped for low-risk social content only when the policy's
 * `lowRiskSocialSkipsLegal` flag is on. Refuses an unknown channel.
 *
 * @example
 * selectChain(defaultPolicy, 'weibo', 'high').value.stages.map((s) => s.id)
 * //=> ['editor', 'department-head', 'legal', 'leadership']
 */
export function selectChain(policy: Policy, channel: string, risk: RiskLevel): Result<ResolvedChain> {
  const ch = policy.content.channels.find((c) => c.id === channel);
  if (!ch) {
    return fail({
      code: 'invalid-input',
      rule: 'CW-3',
      message: `Channel "${channel}" is not in the policy's channel list`,
      messageZh: `渠道「${channel}」未在制度中登记`,
      issues: [{ path: ['channel'], message: `unknown channel "${channel}"`, rule: 'CW-3' }],
    });
  }
  const chain = policy.content.chains.find((c) => c.groups.includes(ch.group) && c.riskLevels.includes(risk));
  // A validated policy covers every group and level; this guards hand-built policy objects.
  if (!chain) return fail({ code: 'policy-invalid', rule: 'CW-3', message: `No review chain covers ${ch.group} content of ${risk} risk` });
  const skipLegal = policy.content.lowRiskSocialSkipsLegal && ch.group === 'social' && risk === 'low';
  const stages: ChainStage[] = [];
  for (const id of chain.stages) {
    const s = policy.content.stages.find((x) => x.id === id);
    if (!s) return fail({ code: 'policy-invalid', rule: 'CW-3', message: `Chain ${chain.id} names unknown stage ${id}` });
    if (skipLegal && s.legal) continue;
    stages.push({
      id: s.id,
      signers: s.signers.map((g) => ({ ...(g.department === undefined ? {} : { department: g.department }), ...(g.positions === undefined ? {} : { positions: g.positions }) })),
      sameDepartment: s.sameDepartment,
      quorum:
        s.quorum.kind === 'n-of-m' && s.quorum.actorIds === undefined ? { kind: 'n-of-m', n: s.quorum.n } : (s.quorum as ChainStage['quorum']),
      deadlineHours: s.deadlineHours,
      legal: s.legal,
    });
  }
  return ok({ id: chain.id, policyVersion: policy.version, stages });
}

function holds(actor: ActorRef, signer: ChainStage['signers'][number]): boolean {
  const bodies = [actor.department, ...(actor.memberOf ?? [])];
  if (signer.department !== undefined && !bodies.includes(signer.department)) return false;
  if (signer.positions !== undefined && !signer.positions.some((p) => actor.positions.includes(p))) return false;
  return true;
}

/**
 * May `actor` sign `stage` of an item owned by `department`, written by `authorId` (and edited by
 * `contributorIds`), with these earlier signatures? Checks the stage's role (CW-3), its named quorum
 * members, and separation of duties (CW-4): no author or editor signs; one person never signs two
 * stages or one stage twice.
 *
 * @example
 * canSign(legalCounsel, legalStage, { authorId: 'u-1', department: 'marketing', signatures: [] }).ok //=> true
 */
export function canSign(
  actor: ActorRef,
  stage: ChainStage,
  item: {
    readonly authorId: string;
    readonly contributorIds?: readonly string[];
    readonly department: string;
    readonly signatures: readonly StageSignature[];
  },
): Result<void> {
  const refuse = (rule: string, message: string, messageZh: string): Result<void> => fail<GovernanceError>({ code: 'forbidden', rule, message, messageZh });
  if (actor.id === item.authorId || item.contributorIds?.includes(actor.id)) {
    return refuse('CW-4', `${actor.id} wrote or edited this item and may not approve it`, `作者或修改人 ${actor.id} 不得审批该内容`);
  }
  const earlier = item.signatures.find((s) => s.actorId === actor.id);
  if (earlier) {
    return earlier.stage === stage.id
      ? refuse('CW-4', `${actor.id} has already signed stage "${stage.id}"`, `${actor.id} 已签署「${stage.id}」`)
      : refuse('CW-4', `${actor.id} signed stage "${earlier.stage}" and may not also sign "${stage.id}"`, `${actor.id} 已签署「${earlier.stage}」，不得再签署「${stage.id}」`);
  }
  if (!stage.signers.some((g) => holds(actor, g))) {
    const who = stage.signers.map((g) => [g.department ?? '', g.positions?.join('/') ?? ''].filter(Boolean).join(' ')).join('; ');
    return refuse('CW-3', `${actor.id} does not hold the role for stage "${stage.id}" (${who})`, `${actor.id} 不具备「${stage.id}」审核资格`);
  }
  if (stage.sameDepartment && actor.department !== item.department) {
    return refuse('CW-3', `Stage "${stage.id}" is signed within the item's department (${item.department})`, `「${stage.id}」须由本部门（${item.department}）人员签署`);
  }
  if (stage.quorum.kind !== 'any' && stage.quorum.actorIds && !stage.quorum.actorIds.includes(actor.id)) {
    return refuse('CW-3', `Stage "${stage.id}" is signed only by ${stage.quorum.actorIds.join(', ')}`, `「${stage.id}」仅限指定人员签署`);
  }
  return ok(undefined);
}

/**
 * Whether a stage's quorum is met by the signatures given on the current content `hash`.
 *
 * @example
 * stageComplete(legalStage, [{ stage: 'legal', actorId: 'u-9', at, hash }], hash) //=> true
 */
export function stageComplete(stage: ChainStage, signatures: readonly StageSignature[], hash: string): boolean {
  const signers = new Set(signatures.filter((s) => s.stage === stage.id && s.hash === hash).map((s) => s.actorId));
  switch (stage.quorum.kind) {
    case 'any':
      return signers.size >= 1;
    case 'all':
      return stage.quorum.actorIds.every((id) => signers.has(id));
    case 'n-of-m':
      return signers.size >= stage.quorum.n;
  }
}

/**
 * Whether every stage of the chain is complete on the current hash: the condition for publishing (CW-2).
 *
 * @example
 * fullyApproved(item) //=> false while any stage lacks its quorum
 */
export function fullyApproved(item: { readonly chain?: ResolvedChain; readonly signatures: readonly StageSignature[]; readonly hash: string }): boolean {
  return item.chain !== undefined && item.chain.stages.length > 0 && item.chain.stages.every((s) => stageComplete(s, item.signatures, item.hash));
}
