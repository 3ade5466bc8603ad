// The scanner, rule by rule, each test citing the DOMAIN rule and the legal basis it enforces.
import { describe, expect, it } from 'vitest';
import {
  compileRuleSet,
  compileRuleSetOrThrow,
  defaultCompliancePolicy,
  defaultRuleSet,
  foldTerm,
  isResidentId,
  luhnValid,
  scan,
  withCompanyRules,
  type CompiledRuleSet,
  type ComplianceRule,
  type Finding,
} from '../../src/compliance/index.js';
import { foldTable, SKIP } from '../../src/compliance/fold.js';

const compiled = compileRuleSetOrThrow(defaultRuleSet);
const findings = (text: string, set: CompiledRuleSet = compiled): Finding[] => {
  const r = scan(text, set);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};
const hits = (text: string, rule: string, set: CompiledRuleSet = compiled) => findings(text, set).filter((f) => f.rule === rule).map((f) => [f.text, f.start, f.end]);
const ruleOf = (id: string): ComplianceRule => defaultRuleSet.rules.find((r) => r.id === id)!;
const cite = (id: string) => `${ruleOf(id).basis.law['zh-CN']} ${ruleOf(id).basis.article}`;

// The traditional form of a simplified text, from the folding table read backwards: proves that every
// character the table knows is folded wherever it stands in a term.
const traditionalOf = new Map<string, string>();
{
  const t = foldTable();
  for (let u = 0x4e00; u <= 0x9fff; u++) if (t[u] !== u && t[u] !== SKIP && !traditionalOf.has(String.fromCharCode(t[u]!))) traditionalOf.set(String.fromCharCode(t[u]!), String.fromCharCode(u));
}
const traditional = (s: string) => [...s].map((c) => traditionalOf.get(c) ?? c).join('');
const fullWidth = (s: string) => [...s].map((c) => (c >= '!' && c <= '~' ? String.fromCharCode(c.charCodeAt(0) + 0xfee0) : c)).join('');

describe('term rules: every listed term, in every form', () => {
  const termRules = defaultRuleSet.rules.filter((r) => r.terms);
  for (const rule of termRules) {
    const cmp = rule.category === 'absolute-terms' ? 'CMP-1' : 'CMP-3';
    it(`${cmp}: ${rule.id} (${rule.basis.law['zh-CN']} ${rule.basis.article}) finds every listed term, plain, traditional, full-width and with a space inserted`, () => {
      // S2 基本原则.2 不得虚假宣传、夸大产品或服务功效; S2 内容发布.1 合法合规、真实准确、无不良导向
      for (const term of rule.terms!) {
        for (const form of [term, traditional(term), fullWidth(term), [...term].join(' ')]) {
          const got = findings(form).filter((f) => f.rule === rule.id);
          expect(got.some((f) => f.start === 0 && f.end === form.length && foldTerm(f.term!) === foldTerm(term)), `${rule.id}: ${form}`).toBe(true);
        }
      }
    });
  }

  it(`CMP-1: ${cite('ad-law.absolute')}: 国家级, 最佳, 第一, 顶级, 唯一, 首选 are found, and so are 國家級, 頂級, 首選, 最 佳, 最.佳, ＴＯＰ１`, () => {
    // 广告法 art.9(3) 不得使用“国家级”、“最高级”、“最佳”等用语
    expect(hits('国家级、最佳、第一、顶级、唯一、首选', 'ad-law.absolute').map((h) => h[0])).toEqual(['国家级', '最佳', '第一', '顶级', '唯一', '首选']);
    expect(hits('國家級的頂級首選', 'ad-law.absolute')).toEqual([['國家級', 0, 3], ['頂級', 4, 6], ['首選', 6, 8]]);
    expect(hits('最 佳，最.佳，最　佳，ＴＯＰ１', 'ad-law.absolute').map((h) => h[0])).toEqual(['最 佳', '最.佳', '最　佳', 'ＴＯＰ１']);
  });

  it('CMP-1: a match reports its suggested rewrite where the rule set has one, and the legal basis', () => {
    // S2 法律风险.3 如遇潜在法律风险，及时咨询专业法律意见
    const [f] = findings('最佳');
    expect(f).toMatchObject({ rule: 'ad-law.absolute', suggestion: '优秀', severity: 'high', basis: { article: '第九条第（三）项' } });
    expect(findings('最强')[0]!.suggestion).toBeUndefined();
  });

  it('CMP-5: allow-listed uses are not findings: 第一季度, 第一次, a company name the company allows', () => {
    // S2 内容发布.1; a company name containing 第一 is a legitimate use
    expect(hits('第一季度和第一次', 'ad-law.absolute')).toEqual([]);
    expect(hits('第一汽车集团', 'ad-law.absolute')).toEqual([['第一', 0, 2]]);
    const company = compileRuleSetOrThrow(withCompanyRules(defaultRuleSet, { ...defaultCompliancePolicy, allow: [{ phrase: '第一汽车', rules: ['ad-law.absolute'] }] }));
    expect(hits('第一汽车集团', 'ad-law.absolute', company)).toEqual([]);
    expect(hits('第一汽車集团是第一', 'ad-law.absolute', company)).toEqual([['第一', 7, 9]]);
  });

  it('CMP-5: a long text full of allowed phrases is scanned in one pass: none of them is a finding, the one real claim is', () => {
    // S2 内容发布.1; a 180,000-character body (LIMITS.body is 200,000) with 60,000 allowed phrases
    const text = '第一次'.repeat(60_000) + '第一';
    expect(hits(text, 'ad-law.absolute')).toEqual([['第一', 180_000, 180_002]]);
  }, 30_000);

  it('CMP-5: an allow entry limited to some rules excuses only those', () => {
    // S2 基本原则.1 合法性原则
    const set = compileRuleSetOrThrow({ ...defaultRuleSet, allow: [{ phrase: '保本第一', rules: ['ad-law.absolute'] }] });
    expect(findings('保本第一', set).map((f) => f.rule)).toEqual(['ad-law.financial']);
  });

  it('CMP-1: offsets are UTF-16 offsets into the original text, right after emoji and around surrogate pairs', () => {
    // S1 ch.4.1 内容创作应遵循真实、准确 (a reviewer finds the place)
    const text = '😀😀国家级👍🏻最😀佳𠀀顶级';
    const got = findings(text).map((f) => [f.text, f.start, f.end]);
    expect(got).toEqual([['国家级', 4, 7], ['最😀佳', 11, 15], ['顶级', 17, 19]]);
    for (const f of findings(text)) expect(text.slice(f.start, f.end)).toBe(f.text);
  });

  it('CMP-5: a company rule set compiles from data and its terms match in both scripts', () => {
    // S2 法律风险.1 确保营销活动符合最新法律法规要求
    const own: ComplianceRule = { ...ruleOf('ad-law.absolute'), id: 'company.forbidden', terms: ['内部价'], rewrites: [] };
    const set = compileRuleSetOrThrow(withCompanyRules(defaultRuleSet, { ...defaultCompliancePolicy, rules: [own], disabledRules: ['privacy.email'] }));
    expect(hits('內部價', 'company.forbidden', set)).toEqual([['內部價', 0, 3]]);
    expect(findings('a@example.com', set)).toEqual([]);
    expect(findings('a@example.com').map((f) => f.rule)).toEqual(['privacy.email']);
  });
});

describe('personal data (个人信息保护法; S3 §8.1.3 用户隐私)', () => {
  it(`CMP-3: ${cite('privacy.mobile')}: mainland mobile numbers, plain, grouped or with +86, not inside longer numbers`, () => {
    // S3 §8.1.3 保护用户隐私
    expect(hits('电话13800138000，或 138 0013 8000，或 +86-139-1234-5678', 'privacy.mobile').map((h) => h[0])).toEqual(['13800138000', '138 0013 8000', '+86-139-1234-5678']);
    expect(hits('订单号 2138001380001 与 12800138000', 'privacy.mobile')).toEqual([]);
    expect(hits('电话１３８００１３８０００', 'privacy.mobile')).toEqual([['１３８００１３８０００', 2, 13]]);
  });

  it(`CMP-3: ${cite('privacy.resident-id')}: resident ID numbers with the check digit verified; a wrong check digit is not reported`, () => {
    // S3 §8.1.3 用户隐私
    expect(isResidentId('11010519491231002X')).toBe(true);
    expect(isResidentId('110105194912310021')).toBe(false);
    expect(isResidentId('110105194902300020')).toBe(false); // 30 February
    expect(hits('身份证 11010519491231002X 与 11010519491231002x', 'privacy.resident-id').map((h) => h[0])).toEqual(['11010519491231002X', '11010519491231002x']);
    expect(hits('身份证 110105194912310021', 'privacy.resident-id')).toEqual([]);
  });

  it(`CMP-3: ${cite('privacy.bank-card')}: bank card numbers that pass Luhn, grouped or not; an ID number is not also a card`, () => {
    // S3 §8.1.3 用户隐私
    expect(luhnValid('4111111111111111')).toBe(true);
    expect(luhnValid('4111111111111112')).toBe(false);
    expect(hits('卡号 4111 1111 1111 1111，6222021234567890128。', 'privacy.bank-card').map((h) => h[0])).toEqual(['4111 1111 1111 1111', '6222021234567890128']);
    expect(hits('卡号 4111111111111112，6222021234567890127', 'privacy.bank-card')).toEqual([]);
    // 110105199003070068 is a valid resident ID whose digits also pass Luhn: one finding, as an ID.
    expect(luhnValid('110105199003070068') && isResidentId('110105199003070068')).toBe(true);
    expect(findings('证件 110105199003070068').map((f) => f.rule)).toEqual(['privacy.resident-id']);
  });

  it(`CMP-3: ${cite('privacy.email')}: e-mail addresses, half- or full-width`, () => {
    // S3 §8.1.3 用户隐私
    expect(hits('联系 Li.Wei@Example.com 或 ｚｈａｎｇ＠ｅｘａｍｐｌｅ．ｃｎ', 'privacy.email').map((h) => h[0])).toEqual(['Li.Wei@Example.com', 'ｚｈａｎｇ＠ｅｘａｍｐｌｅ．ｃｎ']);
  });
});

describe('quoted data (广告法 art.11)', () => {
  it(`CMP-3: ${cite('ad-law.unsourced-data')}: statistics and survey results without a source in the same sentence are found (a heuristic)`, () => {
    // S1 ch.4.1 确保信息来源可靠
    expect(hits('调查显示，85%的用户更满意。', 'ad-law.unsourced-data').map((h) => h[0])).toEqual(['调查显示', '85%']);
    expect(hits('调查显示，85%的用户更满意（数据来源：艾瑞咨询）。', 'ad-law.unsourced-data')).toEqual([]);
    expect(hits('销量翻了３倍。', 'ad-law.unsourced-data').map((h) => h[0])).toEqual(['３倍']);
    expect(hits('成本和成功。', 'ad-law.unsourced-data')).toEqual([]);
  });
});

describe('bad input', () => {
  it('CMP-1: a text that is not a string is invalid-input naming the field, never a crash', () => {
    // S2 内容发布.1 发布的营销内容要经过严格审核
    const r = scan(42 as unknown as string, compiled);
    expect(r.ok || r.error).toMatchObject({ code: 'invalid-input', issues: [{ path: ['text'], rule: 'CMP-1' }] });
    const s = scan('最佳', {} as CompiledRuleSet);
    expect(s.ok || s.error).toMatchObject({ code: 'invalid-input', issues: [{ path: ['ruleSet'] }] });
  });

  it('CMP-5: a rule set with a duplicate id, a rule with both terms and a detector, an empty term or an allow entry for an unknown rule is refused, naming each field', () => {
    // S2 法律风险.1
    const rule = ruleOf('ad-law.absolute');
    const r = compileRuleSet({ ...defaultRuleSet, rules: [rule, { ...rule, terms: ['最佳', ' 。'] }, { ...rule, id: 'x.both', detector: 'email' }], allow: [{ phrase: '第一季度', rules: ['nope'] }] });
    expect(r.ok).toBe(false);
    if (r.ok || r.error.code !== 'invalid-input') return;
    expect(r.error.issues.map((i) => i.path.join('.'))).toEqual(['rules.1.id', 'rules.1.terms.1', 'rules.2', 'allow.0.rules.0']);
    expect(r.error.issues.every((i) => i.rule === 'CMP-5' && i.messages['zh-CN'].length > 0)).toBe(true);
    expect(compileRuleSet(null as never).ok).toBe(false);
  });
});
