// Assessment: item-level findings (advertising label, media licences, sources), the risk level by
// policy, the report a legal reviewer reads, and the policy section.
import { describe, expect, it } from 'vitest';
import {
  assessContent,
  compileRuleSetOrThrow,
  complianceReport,
  CompliancePolicySchema,
  compliancePolicyProblems,
  defaultCompliancePolicy,
  defaultRuleIds,
  defaultRuleSet,
  explainFinding,
  findingKey,
  riskOf,
  RuleSetSchema,
  type CompliancePolicy,
  type ContentToAssess,
} from '../../src/compliance/index.js';
import { issuesFromZod } from '../../src/core/result.js';
import { defaultOrg } from '../../src/org/policy.js';
import { defaultPolicy, parsePolicy } from '../../src/policy/index.js';

const compiled = compileRuleSetOrThrow(defaultRuleSet);
const now = new Date('2026-03-02T01:00:00Z');
const assess = (item: ContentToAssess, policy: CompliancePolicy = defaultCompliancePolicy) => {
  const r = assessContent(item, [compiled], policy, now);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};
const rules = (item: ContentToAssess) => assess(item).findings.map((f) => f.rule);

describe('advertising must be identifiable (广告法 art.14; 互联网广告管理办法 art.9)', () => {
  it('CMP-2: an item flagged as advertising without 「广告」 is a finding; with 广告 or 廣告 in its title, body or tags it is not', () => {
    // S2 广告投放.1 提交真实、准确的广告素材
    const ad = { title: '春季新品', body: '欢迎选购', advertising: true };
    expect(assess(ad).findings).toMatchObject([{ rule: 'ad-law.identifiable', field: 'item', adReason: 'advertising', severity: 'high' }]);
    expect(rules({ ...ad, title: '【广告】春季新品' })).toEqual([]);
    expect(rules({ ...ad, body: '欢迎选购（廣 告）' })).toEqual([]);
    expect(rules({ ...ad, tags: ['广告'] })).toEqual([]);
    expect(rules({ ...ad, advertising: false })).toEqual([]);
  });

  it('CMP-2: a paid ranking result, and a review with a purchase link, must carry the label; a review without one need not', () => {
    // S2 广告投放.1 严格遵守平台的广告投放规则和流程
    expect(assess({ title: 't', body: 'b', paidRanking: true }).findings[0]?.adReason).toBe('paid-ranking');
    expect(assess({ title: '体验分享', body: 'b', review: true, purchaseLink: true }).findings[0]?.adReason).toBe('review-with-purchase-link');
    expect(rules({ title: '体验分享', body: 'b', review: true })).toEqual([]);
  });

  it('CMP-2: the words that mark advertising are policy: a company may add 推广; 「广告」 still counts', () => {
    // S2 广告投放.1; the words are the company's to add (CMP-5); 互联网广告管理办法 art.9 names 「广告」
    const policy = { ...defaultCompliancePolicy, adLabels: ['推广'] };
    expect(assess({ title: '推广：新品', body: 'b', advertising: true }, policy).findings).toEqual([]);
    expect(assess({ title: '广告：新品', body: 'b', advertising: true }, policy).findings).toEqual([]);
    expect(assess({ title: '新品', body: 'b', advertising: true }, policy).findings.map((f) => f.rule)).toEqual(['ad-law.identifiable']);
  });
});

describe('media licences (著作权法; S2 违规行为界定 侵犯知识产权)', () => {
  it('CMP-3: an asset without a licence record, and one whose licence has expired at the host’s now, are findings', () => {
    // S2 违规行为界定：侵犯知识产权
    const media = [
      { ref: 'own.jpg', kind: 'image' as const, licence: { owner: '本公司', scope: '自有' } },
      { ref: 'stock.jpg', kind: 'image' as const, licence: { owner: '图库', scope: '商用', expiresAt: '2026-03-02T09:00:00+08:00' } },
      { ref: 'song.mp3', kind: 'audio' as const },
      { ref: 'clip.mp4', kind: 'video' as const, licence: { owner: '某台', scope: '网络', expiresAt: '2026-03-02T09:00:01+08:00' } },
    ];
    const found = assess({ title: 't', body: 'b', media }).findings;
    expect(found.map((f) => [f.rule, f.index, f.asset])).toEqual([
      ['ip.expired', 1, 'stock.jpg'],
      ['ip.unlicensed', 2, 'song.mp3'],
    ]);
    expect(found.map(findingKey)).toEqual(['media.1:ip.expired:0-9', 'media.2:ip.unlicensed:0-8']);
  });
});

describe('sources (广告法 art.11)', () => {
  it('CMP-3: quoted data is a finding only when the item declares no source', () => {
    // S1 ch.4.1 确保信息来源可靠
    const item = { title: 't', body: '调查显示，九成用户满意，复购率达到85%。' };
    expect(rules(item)).toEqual(['ad-law.unsourced-data', 'ad-law.unsourced-data']);
    expect(rules({ ...item, sources: ['艾瑞咨询《2026 年用户调研》'] })).toEqual([]);
    expect(rules({ ...item, sources: ['  '] })).toEqual(['ad-law.unsourced-data', 'ad-law.unsourced-data']);
  });
});

describe('risk level by policy (CMP-4)', () => {
  it('CMP-4: any high-severity finding makes the item high risk', () => {
    // S2 法律风险.2 在营销内容审核、广告投放等环节，严格把关，杜绝出现违法违规内容
    expect(assess({ title: '最佳', body: '' })).toMatchObject({ level: 'high', reason: 'severity', counts: { high: 1, medium: 0, low: 0 } });
  });

  it('CMP-4: a medium finding makes it medium, a low one leaves it low, none is low', () => {
    // S2 法律风险.2 (the grading below high is ours)
    expect(assess({ title: 't', body: '吊打同行' })).toMatchObject({ level: 'medium', reason: 'severity' });
    expect(assess({ title: 't', body: '邮箱 pr@example.com' })).toMatchObject({ level: 'low', reason: 'severity' });
    expect(assess({ title: 't', body: '春天来了' })).toMatchObject({ level: 'low', reason: 'none', findings: [] });
  });

  it('CMP-4: three medium findings add up to high, five low to medium (policy accumulate)', () => {
    // S2 法律风险.2 (the counts are ours)
    expect(assess({ title: 't', body: '吊打、完爆、智商税' })).toMatchObject({ level: 'high', reason: 'count' });
    const emails = Array.from({ length: 5 }, (_, i) => `u${i}@example.com`).join(' ');
    expect(assess({ title: 't', body: emails })).toMatchObject({ level: 'medium', reason: 'count' });
    expect(assess({ title: 't', body: emails }, { ...defaultCompliancePolicy, accumulate: [] })).toMatchObject({ level: 'low', reason: 'severity' });
  });

  it('CMP-4: the level a medium or low finding gives is policy; a high finding gives high whatever the mapping', () => {
    // S2 法律风险.2 严格把关
    const strict = { ...defaultCompliancePolicy, levels: { medium: 'high', low: 'medium' } } as const;
    expect(assess({ title: 't', body: '吊打' }, strict).level).toBe('high');
    expect(assess({ title: 't', body: 'pr@example.com' }, strict).level).toBe('medium');
    expect(riskOf([{ severity: 'high' }], { ...defaultCompliancePolicy, levels: { medium: 'low', low: 'low' } }).level).toBe('high');
  });

  it('CMP-4: findings in the title, body and tags are all counted, sorted by field and position, each with its own offsets', () => {
    // S3 §4.1 内容创作 …确保信息来源可靠 (title, body and tags are all published content)
    const a = assess({ title: '顶级', body: '保本', tags: ['x', '首选'] });
    expect(a.findings.map((f) => [f.field, f.index, f.text, f.start])).toEqual([
      ['title', undefined, '顶级', 0],
      ['body', undefined, '保本', 0],
      ['tags', 1, '首选', 0],
    ]);
    expect(a.findings.map(findingKey)).toEqual(['title:ad-law.absolute:0-2', 'body:ad-law.financial:0-2', 'tags.1:ad-law.absolute:0-2']);
  });
});

describe('the demo: a high-risk post reaches legal and leadership review with its findings explained', () => {
  it('CMP-4: 「国家级最佳产品，保本无风险」 with a phone number is high risk, its chain has legal and leadership stages, and the legal reviewer reads every finding with its legal basis', () => {
    // S1 ch.4.2 审核流程包括内容编辑、部门负责人审核及法务审核; CW-3 high risk also needs leadership
    const item = { title: '新品首发', body: '国家级最佳产品，保本无风险！咨询电话 13800138000', advertising: true };
    const a = assess(item);
    expect(a.level).toBe('high');
    expect(a.findings.map((f) => [f.rule, f.text])).toEqual([
      ['ad-law.absolute', '首发'],
      ['ad-law.absolute', '国家级'],
      ['ad-law.absolute', '最佳'],
      ['ad-law.financial', '保本'],
      ['ad-law.financial', '无风险'],
      ['privacy.mobile', '13800138000'],
      ['ad-law.identifiable', ''],
    ]);
    const chain = defaultPolicy.content.chains.find((c) => c.groups.includes('social') && c.riskLevels.includes(a.level))!;
    expect(chain.stages).toEqual(expect.arrayContaining(['legal', 'leadership']));
    const report = complianceReport(a, 'zh-CN');
    expect(report).toContain('风险等级：**高**');
    for (const f of a.findings) expect(report).toContain(`${f.basis.law['zh-CN']} ${f.basis.article}`);
    expect(report).toContain('正文 0–3「国家级」');
    expect(report).toContain('建议改为「优秀」');
    expect(complianceReport(a, 'en')).toContain('Risk level: **High**');
    expect(complianceReport(a, 'zh-TW')).toContain('風險等級：**高**');
    expect(explainFinding(a.findings[1]!, 'zh-CN')).toBe('[严重] 绝对化用语 — 正文 0–3「国家级」：中华人民共和国广告法 第九条第（三）项；建议改为「（删除，或注明具体认证名称）」');
  });
});

describe('bad input', () => {
  it('CMP-4: an item with fields of the wrong kind is invalid-input naming every field, never a crash', () => {
    // S2 内容发布.1 发布的营销内容要经过严格审核
    const r = assessContent({ title: 1, body: 'b', advertising: 'yes', tags: [2], media: [{ ref: 'a', kind: 'pdf' }, { ref: 'b', kind: 'image', licence: { owner: 'o', scope: 's', expiresAt: '2026-03-01' } }] } as never, [compiled], defaultCompliancePolicy, now);
    expect(r.ok).toBe(false);
    if (r.ok || r.error.code !== 'invalid-input') return;
    expect(r.error.issues.map((i) => i.path.join('.'))).toEqual(['title', 'advertising', 'tags.0', 'media.0.kind', 'media.1.licence.expiresAt']);
    expect(assessContent({ title: 't', body: 'b' }, [compiled], defaultCompliancePolicy, new Date('x')).ok).toBe(false);
    expect(assessContent(null as never, [compiled], defaultCompliancePolicy, now).ok).toBe(false);
  });
});

describe('the compliance policy section (CMP-5)', () => {
  const refused = (input: unknown) => {
    const r = CompliancePolicySchema.safeParse(input);
    return r.success ? [] : issuesFromZod(r.error).map((i) => i.path.join('.'));
  };

  it('CMP-5: the default section and the default rule set are valid data', () => {
    // S2 法律风险.1 加强对法律法规的学习和研究，确保营销活动符合最新法律法规要求
    expect(refused(defaultCompliancePolicy)).toEqual([]);
    expect(compliancePolicyProblems(defaultCompliancePolicy, defaultOrg)).toEqual([]);
    expect(RuleSetSchema.safeParse(defaultRuleSet).success).toBe(true);
    expect(parsePolicy(defaultPolicy).ok).toBe(true);
    expect(defaultRuleIds).toEqual(defaultRuleSet.rules.map((r) => r.id));
  });

  it('CMP-5: a policy written before the compliance section existed stays valid and gets the default section', () => {
    // S2 法律风险.1
    const { compliance: _, ...older } = defaultPolicy;
    const r = parsePolicy(older);
    expect(r.ok && r.value.compliance).toEqual(defaultCompliancePolicy);
  });

  it('CMP-5: a company rule may not reuse a default id, a disabled rule must exist, an allow entry names known rules, a label has characters', () => {
    // S2 法律风险.1
    const own = { ...defaultRuleSet.rules[0]!, terms: ['内部价'] };
    const problems = compliancePolicyProblems({ ...defaultCompliancePolicy, rules: [own], disabledRules: ['nope'], allow: [{ phrase: '第一汽车', rules: ['ghost'] }], adLabels: ['。'] }, defaultOrg);
    expect(problems.map((p) => `${p.path.join('.')} ${p.rule}`)).toEqual(['allow.0.rules.0 CMP-5', 'rules.0.id CMP-5', 'disabledRules.0 CMP-5', 'adLabels.0 CMP-2']);
    const r = parsePolicy({ ...defaultPolicy, compliance: { ...defaultCompliancePolicy, disabledRules: ['nope'] } });
    expect(r.ok || (r.error.code === 'policy-invalid' && r.error.issues.map((i) => i.path.join('.')))).toEqual(['compliance.disabledRules.0']);
  });

  it('CMP-5: the schema bounds and types every field', () => {
    // S2 法律风险.1
    expect(refused({ ...defaultCompliancePolicy, levels: { medium: 'severe', low: 'low' } })).toEqual(['levels.medium']);
    expect(refused({ ...defaultCompliancePolicy, accumulate: [{ severity: 'low', atLeast: 0, level: 'medium' }] })).toEqual(['accumulate.0.atLeast']);
    expect(refused({ ...defaultCompliancePolicy, adLabels: [] })).toEqual(['adLabels']);
    expect(refused({ ...defaultCompliancePolicy, rules: [{ ...defaultRuleSet.rules[0]!, terms: ['x'.repeat(201)] }] })).toEqual(['rules.0.terms.0']);
  });
});
