// Hostile callers of the compliance wiring (CMP-4, CW-3..CW-5): each test is a confirmed way around the
// assessment, the review sheet or the reader, and what now stops it.
import { describe, expect, it } from 'vitest';
import type { StoredRecord } from '../../src/core/index.js';
import { contentStep, readContentItem, reviewSheet, type ContentCommand } from '../../src/content/index.js';
import { defaultPolicy, type Policy } from '../../src/policy/index.js';
import { as } from '../support/people.js';
import { apply, context, now, people, refuse, submitted, view, where } from './helpers.js';

type Person = (typeof people)[keyof typeof people];
const sign = (rec: StoredRecord, by: Person, policy: Policy = defaultPolicy) => apply(rec, by, { type: 'approve', stage: view(rec).stage!, hash: context(rec).hash }, policy);
const keyOf = (rec: StoredRecord, text: string) => context(rec).compliance!.findings.find((f) => f.text === text)!.key;
const stages = (rec: StoredRecord) => context(rec).chain?.stages.map((s) => s.id);
const atLegal = (body: string, policy: Policy = defaultPolicy) => {
  let item = submitted({ body }, policy);
  for (const by of [people.editor, people.marketingHead]) item = sign(item, by, policy);
  expect(where(item)).toBe('review:legal');
  return item;
};
// Legal accepts the only finding (第一) and, as a change of its own, lowers the level to the recomputed one.
const acceptedAndLowered = (body: string, reason: string) => {
  const item = atLegal(body);
  const accepted = apply(item, people.legal, { type: 'accept-finding', finding: keyOf(item, '第一'), hash: context(item).hash, reason });
  const lowered = apply(accepted, people.legal2, { type: 'edit', riskLevel: 'low', reason: '唯一发现已接受' });
  expect(context(lowered).riskLevel).toBe('low');
  return lowered;
};

describe('CMP-4: an acceptance holds for the words it was given on (广告法 第九条第（三）项)', () => {
  it('CMP-4: after legal accepted 行业第一 and lowered the level, the author cannot turn it into 宇宙第一 on the low chain', () => {
    const lowered = acceptedAndLowered('本品为行业第一，欢迎选购', '行业评比第一名，证书存档');
    // Same key (body 5–7), same matched text 第一: only the claim around it changed.
    const edited = apply(lowered, people.author, { type: 'edit', body: '本品为宇宙第一，欢迎选购' });
    const c = context(edited);
    expect(c.compliance!.findings.map((f) => f.key)).toEqual([keyOf(lowered, '第一')]);
    expect(c.compliance!.accepted).toEqual([]);
    expect(c.compliance!.level).toBe('high');
    expect(c.riskLevel).toBe('high');
    expect(stages(edited)).toEqual(['editor', 'department-head', 'legal', 'leadership']);
    // The legal reviewer's sheet no longer shows the old reason against the new claim.
    const sheet = reviewSheet(edited);
    expect(sheet.ok && sheet.value.compliance!.findings.some((f) => f.accepted)).toBe(false);
  });

  it('CMP-4: a trade name accepted (第一坊) is not a ranking (第一好茶)', () => {
    const lowered = acceptedAndLowered('第一坊茶叶上新', '注册商标「第一坊」');
    const edited = apply(lowered, people.author, { type: 'edit', body: '第一好茶上新' });
    expect(context(edited).compliance).toMatchObject({ accepted: [], level: 'high' });
    expect(context(edited).riskLevel).toBe('high');
  });

  it('CMP-4: a change elsewhere in the text, or a change of the level alone, keeps the acceptance', () => {
    const lowered = acceptedAndLowered('本品为行业第一，欢迎选购', '行业评比第一名，证书存档');
    expect(context(lowered).compliance!.accepted).toHaveLength(1);
    const edited = apply(lowered, people.author, { type: 'edit', body: '本品为行业第一，欢迎到店选购' });
    expect(context(edited).compliance).toMatchObject({ level: 'low', accepted: [{ text: '第一', reason: '行业评比第一名，证书存档' }] });
    expect(context(edited).riskLevel).toBe('low');
  });

  it('CMP-4/CMP-2: an accepted missing 「广告」 label holds for that item only: new advertising facts drop it', () => {
    const item = atLegal('亲测一周，使用感受如下。');
    const r0 = apply(item, people.author, { type: 'edit', review: true, purchaseLink: true });
    let rec = r0;
    for (const by of [people.editor, people.marketingHead]) rec = sign(rec, by);
    const key = context(rec).compliance!.findings.find((f) => f.field === 'item')!.key;
    rec = apply(rec, people.legal, { type: 'accept-finding', finding: key, hash: context(rec).hash, reason: '自购测评，无商业合作' });
    expect(context(rec).compliance!.accepted).toHaveLength(1);
    // Now flagged a paid ranking result: the same finding key, another reason to label it.
    rec = apply(rec, people.author, { type: 'edit', paidRanking: true });
    expect(context(rec).compliance!.accepted).toEqual([]);
    expect(context(rec).compliance!.level).toBe('high');
  });
});

describe('CMP-2/CW-8: the review sheet shows what makes an item advertising (互联网广告管理办法 第九条)', () => {
  it('CMP-2: the sheet carries the paid-ranking, review and purchase-link facts the hash and the assessment read', () => {
    const rec = submitted({ body: '亲测一周，使用感受如下。', paidRanking: true, review: true, purchaseLink: true });
    const sheet = reviewSheet(rec);
    if (!sheet.ok) throw new Error(sheet.error.message);
    expect(sheet.value).toMatchObject({ paidRanking: true, review: true, purchaseLink: true });
    const plain = reviewSheet(submitted({ body: '春季新品，欢迎选购' }));
    expect(plain.ok && ['paidRanking', 'review', 'purchaseLink'].filter((k) => k in plain.value)).toEqual([]);
  });
});

describe('CMP-4: a stored assessment that is damaged is refused by the reader, never read halfway', () => {
  const damaged = (mutate: (c: Record<string, any>) => void) => {
    const rec = structuredClone(atLegal('本品为行业第一，欢迎选购')) as StoredRecord & { snapshot: { context: { compliance: Record<string, any> } } };
    mutate(rec.snapshot.context.compliance);
    return rec as StoredRecord;
  };
  const cases: Array<[string, (c: Record<string, any>) => void]> = [
    ['a finding without its legal basis', (c) => void delete c['findings'][0].basis],
    ['a finding without its labels', (c) => void delete c['findings'][0].labels],
    ['a finding of an unknown severity', (c) => void (c['findings'][0].severity = 'none')],
    ['a finding of an unknown field', (c) => void (c['findings'][0].field = 'footer')],
    ['a computed level outside the enum', (c) => void (c['level'] = 'none')],
    ['an unknown reason for the level', (c) => void (c['reason'] = 'trust-me')],
  ];
  for (const [what, mutate] of cases) {
    it(`CMP-4: ${what} is refused by the reader, the review sheet and the next step`, () => {
      const rec = damaged(mutate);
      expect(readContentItem(rec)).toMatchObject({ ok: false, error: { code: 'version-mismatch' } });
      expect(reviewSheet(rec)).toMatchObject({ ok: false, error: { code: 'version-mismatch' } });
      const c = context(atLegal('本品为行业第一，欢迎选购'));
      const r = contentStep(rec, { id: `dmg-${what}`, type: 'accept-finding', finding: c.compliance!.findings[0]!.key, hash: c.hash, reason: '评比结果' } as ContentCommand, as(people.legal, now));
      expect(r.ok).toBe(false);
    });
  }
});

describe('CMP-4: accepting a finding under a changed policy never leaves the item below its computed level', () => {
  const spring = {
    id: 'company.spring',
    category: 'exaggeration',
    severity: 'high',
    basis: { law: { 'zh-CN': '公司内容规范', 'zh-TW': '公司內容規範', en: 'Company content code' }, article: '第 1 条', text: '季节性促销用语须经法务审核' },
    labels: { 'zh-CN': '季节促销', 'zh-TW': '季節促銷', en: 'Seasonal promotion' },
    terms: ['春季'],
  };
  const stricter = { ...defaultPolicy, version: '2026.2', compliance: { ...defaultPolicy.compliance, rules: [spring] } } as unknown as Policy;
  const looser = { ...defaultPolicy, version: '2026.2', compliance: { ...defaultPolicy.compliance, disabledRules: ['ad-law.absolute'] } } as unknown as Policy;

  it('CMP-4/CW-3: a rule added since submission that finds a high claim: the acceptance is refused, the item stays on its chain', () => {
    let item = submitted({ body: '欢迎来电 13800138000，春季上新' });
    expect([context(item).riskLevel, stages(item)]).toEqual(['medium', ['editor', 'department-head', 'legal']]);
    item = sign(item, people.editor);
    const err = refuse(item, people.legal, { type: 'accept-finding', finding: keyOf(item, '13800138000'), hash: context(item).hash, reason: '企业客服热线' }, stricter);
    expect(err).toMatchObject({ code: 'conflict', rule: 'CMP-4' });
    expect(err.messages['zh-CN']).toContain('高');
  });

  it('CMP-4: a finding the current policy no longer makes cannot be accepted: the audit would record an acceptance the item does not keep', () => {
    const item = atLegal('本品为行业第一，欢迎选购');
    const err = refuse(item, people.legal, { type: 'accept-finding', finding: keyOf(item, '第一'), hash: context(item).hash, reason: '评比结果' }, looser);
    expect(err).toMatchObject({ code: 'conflict', rule: 'CMP-4' });
    // Under the policy it was assessed with, the same acceptance stands.
    const ok = apply(item, people.legal, { type: 'accept-finding', finding: keyOf(item, '第一'), hash: context(item).hash, reason: '评比结果' });
    expect(context(ok).compliance!.accepted).toHaveLength(1);
  });
});

describe('CMP-1/CMP-3: keywords are part of the item and are assessed (广告法 第九条; S2 内容发布)', () => {
  it('CMP-1: absolute terms and a promise of return hidden in the keywords are found, named by keyword, and route the item to legal and leadership', () => {
    const rec = submitted({ body: '春季新品，欢迎选购', keywords: ['春季新品', '國家級 最佳', '保本'] });
    const c = context(rec);
    expect(c.compliance!.findings.map((f) => [f.field, f.index, f.text])).toEqual([
      ['keywords', 1, '國家級'],
      ['keywords', 1, '最佳'],
      ['keywords', 2, '保本'],
    ]);
    expect(c.compliance!.findings[0]!.key).toBe('keywords.1:ad-law.absolute:0-3');
    expect(c.riskLevel).toBe('high');
    expect(stages(rec)).toEqual(['editor', 'department-head', 'legal', 'leadership']);
    const sheet = reviewSheet(rec, 'en');
    expect(sheet.ok && sheet.value.compliance!.findings[0]!.line).toContain('Keywords #2');
  });

  it('CMP-2: a 「广告」 keyword is no label readers see', () => {
    const rec = submitted({ body: '亲测一周，使用感受如下。', review: true, purchaseLink: true, keywords: ['广告'] });
    expect(context(rec).compliance!.findings.map((f) => f.rule)).toEqual(['ad-law.identifiable']);
  });
});
