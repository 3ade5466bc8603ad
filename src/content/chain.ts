import { canonicalJson, sha256 } from '../core/hash.js';
import type { RiskLevel } from '../core/risk-level.js';
import { fail, invalidInput, issue, ok, words, type GovernanceError, type Result } from '../core/result.js';
import type { ChainStage, ResolvedChain, ReviewedContent, StageSignature } from './model.js';
import type { ContentPolicy } from './policy.js';

/**
 * The content hash of what reviewers see: SHA-256 over a canonical JSON of title, body, format, channel,
 * tags, keywords, the advertising flag, the risk level, media references and the sources of facts and
 * figures (CW-8). Approvals are bound to it (CW-5); any change to those fields changes it. An item
 * without sources hashes as items did before sources were kept, so stored approvals stay valid.
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
      ...(content.sources && content.sources.length > 0 ? { sources: content.sources.map((x) => ({ what: x.what, where: x.where, note: x.note ?? '' })) } : {}),
      // Hashed only when present, so items without them keep the hashes their approvals were given on.
      ...(content.paidRanking ? { paidRanking: true } : {}),
      ...(content.review ? { review: true } : {}),
      ...(content.purchaseLink ? { purchaseLink: true } : {}),
    }),
  );
}

function policyGap(en: string): GovernanceError {
  const messages = words(en, '制度未为该渠道和风险等级配置审核链', '制度未為該渠道和風險等級配置審核鏈');
  return { code: 'policy-invalid', rule: 'CW-3', message: en, messages, issues: [issue(['content', 'chains'], messages, 'CW-3')] };
}

/**
 * The review chain for a channel and risk level under `policy` (CW-3): the chain covering the channel's
 * group and the level, with the legal stage dropped for low-risk social content only when the policy's
 * `lowRiskSocialSkipsLegal` flag is on. Refuses an unknown channel.
 *
 * @example
 * selectChain({ version: '2026.1', content: defaultContentPolicy }, 'weibo', 'high').value.stages.map((s) => s.id)
 * //=> ['editor', 'department-head', 'legal', 'leadership']
 */
export function selectChain(policy: { readonly version: string; readonly content: ContentPolicy }, channel: string, risk: RiskLevel): Result<ResolvedChain> {
  const ch = typeof channel === 'string' ? policy.content.channels.find((c) => c.id === channel) : undefined;
  if (!ch) {
    // Only a string is quoted: anything else may not even convert to one.
    if (typeof channel !== 'string') return fail(invalidInput([issue(['channel'], words(`must be a channel id, not ${typeof channel}`, `须为渠道 id，而非 ${typeof channel}`, `須為渠道 id，而非 ${typeof channel}`), 'CW-3')], 'CW-3'));
    return fail(
      invalidInput(
        [issue(['channel'], words(`"${channel}" is not a channel of the policy`, `渠道「${channel}」未在制度中登记，不能发布`, `渠道「${channel}」未在制度中登記，不能發布`), 'CW-3')],
        'CW-3',
      ),
    );
  }
  const chain = policy.content.chains.find((c) => c.groups.includes(ch.group) && c.riskLevels.includes(risk));
  // A validated policy covers every group and level; this guards hand-built policy objects.
  if (!chain) return fail(policyGap(`No review chain covers ${ch.group} content of ${risk} risk`));
  const skipLegal = policy.content.lowRiskSocialSkipsLegal && ch.group === 'social' && risk === 'low';
  const stages: ChainStage[] = [];
  for (const id of chain.stages) {
    const s = policy.content.stages.find((x) => x.id === id);
    if (!s) return fail(policyGap(`Chain ${chain.id} names unknown stage ${id}`));
    if (skipLegal && s.legal) continue;
    stages.push({
      id: s.id,
      labels: s.labels,
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
export function fullyApproved(item: { readonly chain?: ResolvedChain | undefined; readonly signatures: readonly StageSignature[]; readonly hash: string }): boolean {
  return item.chain !== undefined && item.chain.stages.length > 0 && item.chain.stages.every((s) => stageComplete(s, item.signatures, item.hash));
}
