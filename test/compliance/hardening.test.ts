// The scanner and assessment against hostile input and hostile configuration: linear scan time, the
// statutory 「广告」 label, rule data checked before it counts, literal allow phrases, disabled rules,
// shape checks that return a Result, and licence records that name an owner and a scope.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  assessContent,
  compileRuleSet,
  compileRuleSetOrThrow,
  compliancePolicyProblems,
  complianceReport,
  defaultCompliancePolicy,
  explainFinding,
  defaultRuleSet,
  riskOf,
  ruleSetProblems,
  scan,
  withCompanyRules,
  type CompiledRuleSet,
  type CompliancePolicy,
  type ContentToAssess,
  type FindingSeverity,
} from '../../src/compliance/index.js';
import { defaultOrg } from '../../src/org/policy.js';
import { defaultPolicy, parsePolicy } from '../../src/policy/index.js';

const compiled = compileRuleSetOrThrow(defaultRuleSet);
const now = new Date('2026-12-01T00:00:00Z');
const assess = (item: ContentToAssess, policy: CompliancePolicy = defaultCompliancePolicy, sets: CompiledRuleSet[] = [compiled]) => {
  const r = assessContent(item, sets, policy, now);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};
const hits = (text: string, rule: string, set: CompiledRuleSet = compiled) => {
  const r = scan(text, set);
  if (!r.ok) throw new Error(r.error.message);
  return r.value.filter((f) => f.rule === rule).map((f) => f.text);
};
const labels = { 'zh-CN': '公司', 'zh-TW': '公司', en: 'Company' };
const basis = { law: labels, article: '第十六条', text: '…' };
const paths = (r: { ok: boolean; error?: unknown }) => (r.ok ? [] : (r.error as { issues: Array<{ path: Array<string | number> }> }).issues.map((i) => i.path.join('.')));

describe('scan time stays linear in the text (广告法 art.11 quoted data)', () => {
  it('CMP-3: a long digit run and thousands of statistics in one sentence are scanned in one pass, every statistic found', () => {
    // S1 ch.4.1 确保信息来源可靠 — the quoted-data check must not let a long text stall the review
    const many = '5%，'.repeat(20_000);
    expect(hits(many, 'ad-law.unsourced-data')).toHaveLength(20_000);
    expect(hits('1'.repeat(40_000), 'ad-law.unsourced-data')).toEqual([]);
    expect(hits(`${'1'.repeat(40_000)} 和 12.5% 的用户`, 'ad-law.unsourced-data')).toEqual(['12.5%']);
  });

  it('CMP-3: a source excuses every statistic of its own sentence and none of the next', () => {
    // S1 ch.4.1 确保信息来源可靠
    expect(hits('来源：国家统计局，增长 5%，占比 3 成，翻了 2 倍。另有 7% 的人不满意。', 'ad-law.unsourced-data')).toEqual(['7%']);
  });
});

describe('advertising must carry a prominent 「广告」 (互联网广告管理办法 art.9; 广告法 art.14)', () => {
  const ad = (body: string, extra: Partial<ContentToAssess> = {}) => assess({ title: '好物分享', body, advertising: true, ...extra }).findings.some((f) => f.rule === 'ad-law.identifiable');

  it('CMP-2: 广告 inside other words, negated or split by punctuation is no label', () => {
    // S2 广告投放.1 提交真实、准确的广告素材和投放信息
    for (const body of ['本文非广告，纯属个人体验。', '我们严格遵守广告法。', '无广告打扰的阅读体验', '广。告位招租', '这不是广告']) expect(ad(body)).toBe(true);
    expect(ad('纯属体验', { tags: ['广告法'] })).toBe(true);
  });

  it('CMP-2: a standalone marker is a label: bracketed, leading or trailing and set off, or a tag equal to it', () => {
    // S2 广告投放.1 提交真实、准确的广告素材和投放信息
    for (const body of ['「广告」新品上市', '【廣告】新品上市', '新品上市（广告）', '广告 新品上市', '广告：新品上市', '新品上市 #广告', '新品上市。广告', '广告']) expect(ad(body)).toBe(false);
    expect(ad('新品上市', { tags: ['廣告'] })).toBe(false);
  });

  it('CMP-2: spaces inside the brackets, and punctuation or spaces before a leading or after a trailing marker, still leave a label', () => {
    // 互联网广告管理办法 art.9 显著标明「广告」: the marker's place in the text, not the spacing around it, decides
    for (const body of ['【 广告 】新品上市', '新品上市（ 广告）', '—— 广告：新品上市', '  广告 新品上市', '新品上市，广告。', '新品上市 广告 ！']) expect(ad(body)).toBe(false);
    // Spaces do not make a marker of a word inside a sentence.
    for (const body of ['新品 广告位 招租', '这是 广告法 的规定']) expect(ad(body)).toBe(true);
  });

  it('CMP-2: company labels add to 「广告」, never replace it; a one-character label is a policy problem', () => {
    // S2 广告投放.1; 互联网广告管理办法 art.9 names 「广告」 itself
    const section = { ...defaultCompliancePolicy, adLabels: ['的'] };
    expect(compliancePolicyProblems(section, defaultOrg).map((p) => `${p.path.join('.')} ${p.rule}`)).toEqual(['adLabels.0 CMP-2']);
    expect(parsePolicy({ ...defaultPolicy, compliance: section }).ok).toBe(false);
    expect(assess({ title: '新品', body: '我们的新品上市', advertising: true }, section).findings.map((f) => f.rule)).toEqual(['ad-law.identifiable']);
    expect(assess({ title: '【广告】新品', body: 'b', advertising: true }, { ...defaultCompliancePolicy, adLabels: ['推广'] }).findings).toEqual([]);
  });
});

describe('rule data is checked before its findings count (CMP-4, CMP-5; 广告法 art.16: a medical claim must never grade low)', () => {
  const medical = (severity: string, category = 'medical-claims') => ({ id: 'legal-dept', labels, allow: [], rules: [{ id: 'co.medical', category, severity, basis, labels, terms: ['根治'] }] }) as never;

  it('CMP-4: a rule whose severity or category is outside its enum does not compile (广告法 art.16)', () => {
    // S2 基本原则.2 不得虚假宣传、夸大产品或服务功效
    expect(paths(compileRuleSet(medical('High')))).toEqual(['rules.0.severity']);
    expect(paths(compileRuleSet(medical('critical')))).toEqual(['rules.0.severity']);
    expect(paths(compileRuleSet(medical('high', 'health')))).toEqual(['rules.0.category']);
    expect(compileRuleSet(medical('high')).ok).toBe(true);
  });

  it('CMP-4: a finding of unknown severity is graded high, never ignored', () => {
    // S2 基本原则.2 不得虚假宣传、夸大产品或服务功效
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 8 }).filter((s) => !['high', 'medium', 'low'].includes(s)), fc.constantFrom<FindingSeverity>('low', 'medium'), (odd, other) => {
        expect(riskOf([{ severity: other }, { severity: odd as FindingSeverity }], defaultCompliancePolicy).level).toBe('high');
      }),
      { numRuns: 50 },
    );
  });
});

describe('company allow entries (CMP-5; 广告法 art.9 absolute terms excused only where truly used otherwise)', () => {
  it('CMP-1: an allowed phrase excuses only where written literally; across punctuation or space it excuses nothing (广告法 art.9)', () => {
    // S2 基本原则.1 不得使用绝对化用语 — a company name must not excuse 第一 written beside it
    const set = compileRuleSetOrThrow(withCompanyRules(defaultRuleSet, { ...defaultCompliancePolicy, allow: [{ phrase: '第一汽车', rules: ['ad-law.absolute'] }] }));
    expect(hits('我们就是第一！汽车行业无人能及', 'ad-law.absolute', set)).toEqual(['第一']);
    expect(hits('国产第一 汽车', 'ad-law.absolute', set)).toEqual(['第一']);
    expect(hits('中国第一汽车品牌', 'ad-law.absolute', set)).toEqual([]);
    expect(hits('中国第一\u200b汽车品牌', 'ad-law.absolute', set)).toEqual([]);
  });

  it('CMP-5: a company allow entry must name the rules it excuses', () => {
    // S2 基本原则.1 — an entry for every rule would also excuse personal data and medical claims
    const problems = compliancePolicyProblems({ ...defaultCompliancePolicy, allow: [{ phrase: '第一汽车' }, { phrase: '第一汽车', rules: [] }] }, defaultOrg);
    expect(problems.map((p) => p.path.join('.'))).toEqual(['allow.0.rules', 'allow.1.rules']);
  });

  it('CMP-5: disabling a default rule keeps a valid policy compilable; a company allow entry may not name it', () => {
    // S2 法律风险.1 确保营销活动符合最新法律法规要求
    const section = { ...defaultCompliancePolicy, disabledRules: ['ad-law.absolute'] };
    expect(parsePolicy({ ...defaultPolicy, compliance: section }).ok).toBe(true);
    const set = withCompanyRules(defaultRuleSet, section);
    expect(set.allow.some((a) => a.rules?.includes('ad-law.absolute'))).toBe(false);
    expect(compileRuleSet(set).ok).toBe(true);
    const kept = withCompanyRules(defaultRuleSet, { ...section, allow: [{ phrase: '保本第一', rules: ['ad-law.absolute', 'ad-law.financial'] }] });
    expect(kept.allow.at(-1)).toEqual({ phrase: '保本第一', rules: ['ad-law.financial'] });
    const naming = { ...section, allow: [{ phrase: '第一汽车', rules: ['ad-law.absolute'] }] };
    expect(compliancePolicyProblems(naming, defaultOrg).map((p) => p.path.join('.'))).toEqual(['allow.0.rules.0']);
  });
});

describe('malformed input is invalid-input naming the field, never a throw (CMP-4, CMP-5; 广告法 and 个人信息保护法 rules run only from well-formed data)', () => {
  const rule = { id: 'co.r', category: 'absolute-terms', severity: 'high', basis, labels };
  const set = (rules: unknown[], allow: unknown[] = []) => ({ id: 's', labels, rules, allow }) as never;

  it('CMP-5: rule-set data of the wrong shape', () => {
    // S2 法律风险.1 — a legal department's JSON is checked before it is used
    expect(paths(compileRuleSet(set([{ ...rule, terms: '最佳' }])))).toEqual(['rules.0.terms']);
    expect(paths(compileRuleSet(set([null])))).toEqual(['rules.0']);
    expect(paths(compileRuleSet(set([], [null])))).toEqual(['allow.0']);
    expect(paths(compileRuleSet(set([], [{ phrase: '第一', rules: 'ad' }])))).toEqual(['allow.0.rules']);
    expect(paths(compileRuleSet(set([{ ...rule, terms: ['最佳'], rewrites: {} }])))).toEqual(['rules.0.rewrites']);
    expect(paths(compileRuleSet(set([{ ...rule, terms: ['最佳'], rewrites: [null] }])))).toEqual(['rules.0.rewrites.0']);
    expect(ruleSetProblems(set([{ ...rule, id: 3, terms: ['最佳'] }])).map((p) => p.path.join('.'))).toEqual(['rules.0.id']);
  });

  it('CMP-4: an assessment with a missing or malformed policy section or rule set, and a scan with bad options', () => {
    // S2 内容发布.1 发布的营销内容要经过严格审核
    const item = { title: 't', body: 'b' };
    expect(paths(assessContent(item, [compiled], undefined as never, now))).toEqual(['policy']);
    expect(paths(assessContent(item, [compiled], {} as never, now))).toEqual(['policy.levels', 'policy.accumulate', 'policy.adLabels']);
    expect(paths(assessContent(item, [null as never], defaultCompliancePolicy, now))).toEqual(['ruleSets.0']);
    expect(paths(scan('最佳', compiled, null as never))).toEqual(['options']);
    expect(paths(scan('最佳', compiled, { field: 'nowhere' as never }))).toEqual(['options.field']);
  });
});

describe('media licences (著作权法 art.52–53)', () => {
  it('CMP-3: a licence record with a blank owner or scope licenses nothing', () => {
    // S2 违规行为界定 侵犯知识产权
    const withLicence = (owner: string, scope: string) => assess({ title: 't', body: 'b', media: [{ ref: 'img/stock.jpg', kind: 'image', licence: { owner, scope } }] }).findings.map((f) => f.rule);
    expect(withLicence('', '')).toEqual(['ip.unlicensed']);
    expect(withLicence('  ', '全网')).toEqual(['ip.unlicensed']);
    expect(withLicence('视觉中国', ' ')).toEqual(['ip.unlicensed']);
    expect(withLicence('视觉中国', '全网')).toEqual([]);
  });
});

describe('variants an evader writes are still found (广告法 art.9, art.16, art.25)', () => {
  it('CMP-5: traditional forms 兌 稅 遙, look-alike ideographs (Kangxi ⼀ ⾼, enclosed ㊀, compatibility) fold like the simplified term', () => {
    // S2 基本原则.1 不得使用绝对化用语; CMP-5 simplified and traditional forms both match
    expect(hits('剛性兌付', 'ad-law.financial')).toEqual(['剛性兌付']);
    expect(hits('遙遙領先', 'ad-law.absolute')).toContain('遙遙領先');
    expect(hits('全国第\u2f00', 'ad-law.absolute')).toContain('全国第\u2f00');
    expect(hits('最\u2fbc级', 'ad-law.absolute')).toContain('最\u2fbc级');
    expect(hits('第\u3280', 'ad-law.absolute')).toEqual(['第\u3280']);
  });

  it('CMP-5: invisible characters inserted between a term’s characters never hide it', () => {
    // S2 基本原则.2 不得虚假宣传 — evasion by inserted characters is still the same claim
    for (const gap of ['\u0300', '\u034f', '\u061c', '\u115f', '\u1160', '\u1680', '\u180e', '\u3164', '\uffa0', '\u200b']) expect(hits(`最${gap}佳`, 'ad-law.absolute')).toEqual([`最${gap}佳`]);
  });
});

describe('ordinary words are not claims (广告法 art.9)', () => {
  it('CMP-1: a Latin or digit term is a word of its own: Desktop 1080p, Top 10, No.18, Laptop14 hold no TOP1 or NO.1', () => {
    // S2 基本原则.1 不得使用绝对化用语 — and a reviewer's time is not spent on words that are none
    for (const text of ['Desktop 1080p 显示器', 'Top 10 旅行目的地', '地址：新华路No.18号', 'Laptop14 新款']) expect(hits(text, 'ad-law.absolute')).toEqual([]);
    expect(hits('销量TOP1，口碑No.1', 'ad-law.absolute')).toEqual(['TOP1', 'No.1']);
  });

  it('CMP-1: a sentence end between two characters breaks a term; a comma or space does not', () => {
    // S2 基本原则.1 不得使用绝对化用语
    expect(hits('我拒绝。对方很生气', 'ad-law.absolute')).toEqual([]);
    expect(hits('我拒绝！\n对方很生气', 'ad-law.absolute')).toEqual([]);
    expect(hits('绝，对', 'ad-law.absolute')).toEqual(['绝，对']);
  });

  it('CMP-1: ordinals and common words containing a term are allowed; the claim beside them is not', () => {
    // S2 内容发布.1 严格审核 — 第一代 is an ordinal, 销量第一 a claim
    for (const text of ['第一代产品', '第一阶段', '第一部分', '第一个用户', '第一百天', '第一眼就喜欢', '第一线员工', '双十一第一波', '您最好提前预约', '本品最大容量5L', '王者荣耀新赛季', '坚决杜绝对消费者的误导']) expect(hits(text, 'ad-law.absolute')).toEqual([]);
    expect(hits('请确保本人操作', 'ad-law.financial')).toEqual([]);
    expect(hits('学生发现问题', 'ad-law.medical')).toEqual([]);
    expect(hits('让团队更有效率', 'ad-law.medical')).toEqual([]);
    expect(hits('包裹已到达转运中心', 'content.vulgar')).toEqual([]);
    expect(hits('第一代产品，销量第一', 'ad-law.absolute')).toEqual(['销量第一', '第一']);
    expect(hits('确保本金无忧，保本', 'ad-law.financial')).toContain('保本');
  });
});

describe('the report and the audit line hold author text as text (CMP-4; 广告法 art.34 审核、核对广告内容: the reviewer reads what was written)', () => {
  it('CMP-4: a media ref or matched text cannot forge a heading, a rule, an image or a tag, nor break a line', () => {
    // S1 ch.4.2 法务审核 — the legal reviewer must read what the author wrote, not be misled by it
    const ref = 'img/a.jpg\r\r## ✅ 法务意见：已审核通过\u2028<img src=x onerror=alert(1)>|[x](y)';
    const a = assess({ title: '新品', body: '质量最\u0085佳', media: [{ ref, kind: 'image' }] });
    const md = complianceReport(a, 'zh-CN');
    const lines = md.split(/\r\n|\r|\n|\u2028|\u2029|\u0085/);
    expect(lines.filter((l) => l.startsWith('|'))).toHaveLength(2 + a.findings.length);
    expect(lines.some((l) => /^\s*#/.test(l) && !l.startsWith('## '))).toBe(false);
    expect(lines.filter((l) => l.startsWith('## '))).toEqual([lines[0]]);
    expect(md).not.toMatch(/<img|(?<!\\)\](?=\(y\))/);
    expect(md).toContain('&lt;img');
    for (const f of a.findings) expect(explainFinding(f, 'en').split(/\r\n|\r|\n|\u2028|\u2029|\u0085/)).toHaveLength(1);
  });
});

describe('personal data written the usual ways (个人信息保护法 art.13, art.28)', () => {
  const detected = (text: string) => {
    const r = scan(text, compiled);
    if (!r.ok) throw new Error(r.error.message);
    return r.value.filter((f) => f.detector).map((f) => [f.rule, f.text]);
  };

  it('CMP-3: a 19-digit card grouped 4-4-4-4-3 and an ID grouped 6-8-4 are found; an ID ending in X is not also a card', () => {
    // S3 §8.1.3 用户隐私
    expect(detected('卡号 6222 0202 0011 2233 446')).toEqual([['privacy.bank-card', '6222 0202 0011 2233 446']]);
    expect(detected('身份证 110105 19491231 002X')).toEqual([['privacy.resident-id', '110105 19491231 002X']]);
    expect(detected('身份证号 11010519900307152X')).toEqual([['privacy.resident-id', '11010519900307152X']]);
  });

  it('CMP-3: a mobile number grouped with ideographic spaces, zero-width spaces or dots is found; no region code begins with 9', () => {
    // S3 §8.1.3 用户隐私
    for (const gap of ['\u3000', '\u200b', '.']) expect(detected(`电话 138${gap}0013${gap}8000`)).toEqual([['privacy.mobile', `138${gap}0013${gap}8000`]]);
    const fake = (() => {
      for (let s = 0; s < 100; s++) for (const ch of '0123456789X') {
        const id = `99999919800101${String(s).padStart(3, '0')}${ch}`;
        // the check digit alone would accept it
        const w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
        const sum = [...id.slice(0, 17)].reduce((a, d, i) => a + Number(d) * w[i]!, 0);
        if ('10X98765432'[sum % 11] === ch) return id;
      }
      return '';
    })();
    expect(fake).toHaveLength(18);
    expect(detected(`身份证 ${fake}`).filter(([r]) => r === 'privacy.resident-id')).toEqual([]);
  });
});

describe('a source is named, not implied (广告法 art.11)', () => {
  it('CMP-3: 来自 counts as a source only with what the data comes from', () => {
    // S1 ch.4.1 确保信息来源可靠
    expect(hits('好评率99%，来自全国用户的信赖', 'ad-law.unsourced-data')).toEqual(['99%']);
    expect(hits('好评率99%，数据来自第三方平台', 'ad-law.unsourced-data')).toEqual([]);
    expect(hits('好评率99%，来自2025年用户调查', 'ad-law.unsourced-data')).toEqual([]);
  });
});

describe('one phrase is one claim when findings add up (CMP-4; 广告法 art.4, art.28)', () => {
  it('CMP-4: overlapping findings in one text count once towards accumulation, with their worst severity', () => {
    // S2 基本原则.2 不得虚假宣传、夸大产品或服务功效 — graded by what the text claims, not by how many terms overlap
    const onlyMedium = { ...defaultCompliancePolicy, accumulate: [{ severity: 'medium' as const, atLeast: 2, level: 'high' as const }] };
    const exaggeration = compileRuleSetOrThrow({ id: 'co', labels, allow: [], rules: [{ id: 'co.low', category: 'exaggeration', severity: 'medium', basis, labels, terms: ['全网最低', '最低价', '最低'] }] });
    const one = assess({ title: 't', body: '全网最低价' }, onlyMedium, [exaggeration]);
    expect(one.findings.length).toBeGreaterThan(1);
    expect(one.level).toBe('medium');
    expect(assess({ title: 't', body: '全网最低，最低价' }, onlyMedium, [exaggeration]).level).toBe('high');
  });
});
