// Every default review chain, walked by the default organisation: whoever may create content, on every
// channel and at every risk level, finds someone in the organisation to sign each stage (CW-3, ORG-2).
import { describe, expect, it } from 'vitest';
import { createDirectory, type ActorRef, type StoredRecord } from '../../src/core/index.js';
import { contentStep, createContentItem, readContentItem, selectChain, type ContentCommand } from '../../src/content/index.js';
import { defaultPolicy, parsePolicy } from '../../src/policy/index.js';
import { plan } from './helpers.js';

const org = defaultPolicy.org;
const now = new Date('2026-03-02T01:00:00.000Z');

// The default people: for each department, one person per position the organisation allows there, and
// one plain member of staff who writes the content.
const everyone: ActorRef[] = org.departments.flatMap((d) =>
  org.positions
    .filter((p) => p.departments === undefined || p.departments.includes(d.id))
    .map((p) => ({ id: `${d.id}/${p.id}`, department: d.id, positions: [p.id] })),
);
const directory = createDirectory(everyone);
const creators = [...new Set(org.rights.find((r) => r.action === 'content.plan')!.grants.map((g) => g.department!))];
const channels = defaultPolicy.content.channels.map((c) => c.id);

let n = 0;
const ctx = (actor: string) => ({ policy: defaultPolicy, actor, directory, now });
const state = (rec: StoredRecord) => {
  const v = readContentItem(rec);
  if (!v.ok) throw new Error(v.error.message);
  return v.value;
};

/** Walk one item through its chain, each stage signed by the first default person the step accepts. */
function walk(department: string, channel: string, riskLevel: 'low' | 'medium' | 'high') {
  const author = `${department}/staff`;
  const created = createContentItem(`item-${++n}`, { id: `c-${n}`, type: 'create', format: 'text', channel, riskLevel, title: '新品', body: '新品介绍', plan } as never, ctx(author));
  if (!created.ok) throw new Error(created.error.message);
  let rec = created.record;
  for (const type of ['start-creation', 'submit']) {
    const r = contentStep(rec, { id: `s-${++n}`, type } as ContentCommand, ctx(author));
    if (!r.ok) throw new Error(r.error.message);
    rec = r.record;
  }
  const signedBy: string[] = [];
  while (state(rec).state === 'review') {
    const { stage, context } = state(rec);
    const signer = everyone.find((p) => contentStep(rec, { id: `try-${n}-${p.id}`, type: 'approve', stage, hash: context.hash } as ContentCommand, ctx(p.id)).ok);
    if (!signer) return { state: `stuck at ${stage}`, signedBy };
    const r = contentStep(rec, { id: `a-${++n}`, type: 'approve', stage, hash: context.hash } as ContentCommand, ctx(signer.id));
    if (!r.ok) throw new Error(r.error.message);
    signedBy.push(signer.id);
    rec = r.record;
  }
  return { state: state(rec).state, signedBy };
}

describe('CW-3: every default chain can be passed by the default organisation', () => {
  it('CW-3: for every creating department, channel and risk level, each stage finds a signer and the item is approved', { timeout: 60_000 }, () => {
    // S1 ch.7.1 市场部负责新媒体内容的策划与创作: the market department's own items must pass review.
    expect(creators).toContain('market');
    for (const department of creators) {
      for (const channel of channels) {
        for (const risk of ['low', 'medium', 'high'] as const) {
          const chain = selectChain(defaultPolicy, channel, risk);
          const walked = walk(department, channel, risk);
          expect({ department, channel, risk, state: walked.state }).toEqual({ department, channel, risk, state: 'approved' });
          expect(walked.signedBy).toHaveLength(chain.ok ? chain.value.stages.length : -1);
          // CW-4: the author never signs and nobody signs twice.
          expect(new Set(walked.signedBy).size).toBe(walked.signedBy.length);
          expect(walked.signedBy).not.toContain(`${department}/staff`);
        }
      }
    }
  });

  it("CW-3: the market department's social item is reviewed by the market department's own editor and head", () => {
    // S1 ch.7.1 市场部负责新媒体内容的策划与创作; ch.4.2 审核流程包括内容编辑、部门负责人审核及法务审核.
    const walked = walk('market', 'weibo', 'low');
    expect(walked).toEqual({ state: 'approved', signedBy: ['market/content-editor', 'market/head', 'legal/head'] });
  });

  it('CW-3: a policy with a stage nobody in the organisation can sign is refused, naming the stage and the departments', () => {
    // The broken default this check exists for: editors only in marketing, PR and network operations,
    // while the market department creates content (S1 ch.7.1).
    const positions = org.positions.map((p) => (p.id === 'content-editor' ? { ...p, departments: ['marketing', 'pr', 'network-operations'] } : p));
    const r = parsePolicy({ ...defaultPolicy, org: { ...org, positions } });
    expect(r.ok).toBe(false);
    const issues = !r.ok && r.error.code === 'policy-invalid' ? r.error.issues : [];
    const editor = issues.filter((i) => i.path[0] === 'content' && i.path[1] === 'chains' && i.rule === 'CW-3');
    expect(editor.length).toBe(defaultPolicy.content.chains.length);
    expect(editor[0]!.messages.en).toContain('"editor"');
    expect(editor[0]!.messages.en).toContain('market, product');
    expect(editor[0]!.messages['zh-CN']).toContain('market、product');

    // A stage outside the item's department: a quality check whose position exists nowhere is refused too.
    const noInspector = org.positions.map((p) => (p.id === 'quality-inspector' ? { ...p, departments: ['legal'] } : p));
    const qc = parsePolicy({ ...defaultPolicy, org: { ...org, positions: noInspector } });
    const qcIssues = !qc.ok && qc.error.code === 'policy-invalid' ? qc.error.issues.map((i) => i.messages.en) : [];
    expect(qcIssues.some((m) => m.includes('"quality-check"') && m.includes('any department'))).toBe(true);
  });
});

describe('CW-3: who creates content, and for which department', () => {
  it('CW-3: a content.plan grant naming positions only makes creators of the departments where those positions exist, not of every department', () => {
    const rights = org.rights.map((r) => (r.action === 'content.plan' ? { ...r, grants: [{ positions: ['content-editor'] }] } : r));
    const r = parsePolicy({ ...defaultPolicy, org: { ...org, rights } });
    const problems = !r.ok && r.error.code === 'policy-invalid' ? r.error.issues.map((i) => i.messages.en) : [];
    expect(problems).toEqual([]);
  });

  it('CW-1: content belongs to the author’s home department; a right held only through another body creates nothing no one could review', () => {
    // S1 ch.4.2 审核流程包括内容编辑、部门负责人审核: the editor and head are the item's own department's.
    const borrowed = { id: 'finance/on-loan', department: 'finance', positions: ['staff'], memberOf: ['marketing'] };
    const dir = createDirectory([...everyone, borrowed]);
    const r = createContentItem('loan-1', { id: 'loan-c', type: 'create', format: 'text', channel: 'weibo', riskLevel: 'low', title: '新品', plan } as never, { policy: defaultPolicy, actor: borrowed.id, directory: dir, now });
    expect(!r.ok && r.error).toMatchObject({ code: 'forbidden', rule: 'CW-1' });
    expect(!r.ok && r.error.messages['zh-CN']).toContain('finance');
  });

  it('CW-3: network operations signs its own department-head stage through its supervisor or deputy (S4 §3.1)', () => {
    // S4 §3.1 网络运营部门设主管、副主管、网络运营员和技术支持等岗位；主管负责部门管理.
    const netops = everyone.filter((p) => p.department === 'network-operations' && !p.positions.includes('head') && !p.positions.includes('deputy-head'));
    const dir = createDirectory(netops.concat(everyone.filter((p) => p.department !== 'network-operations')));
    const author = 'network-operations/staff';
    const created = createContentItem('ops-1', { id: 'ops-c', type: 'create', format: 'text', channel: 'app', riskLevel: 'low', title: '版本更新', body: '新版本上线', plan } as never, { policy: defaultPolicy, actor: author, directory: dir, now });
    if (!created.ok) throw new Error(created.error.message);
    let rec = created.record;
    for (const type of ['start-creation', 'submit']) {
      const r = contentStep(rec, { id: `ops-${type}`, type } as ContentCommand, { policy: defaultPolicy, actor: author, directory: dir, now });
      if (!r.ok) throw new Error(r.error.message);
      rec = r.record;
    }
    const at = (actor: string) => ({ policy: defaultPolicy, actor, directory: dir, now });
    const signs = (actor: string) => {
      const v = state(rec);
      const r = contentStep(rec, { id: `ops-a-${actor}-${v.stage}`, type: 'approve', stage: v.stage, hash: v.context.hash } as ContentCommand, at(actor));
      if (!r.ok) throw new Error(`${actor}: ${r.error.message}`);
      rec = r.record;
    };
    signs('network-operations/content-editor');
    expect(state(rec).stage).toBe('department-head');
    signs('network-operations/deputy-supervisor');
    expect(state(rec).stage).toBe('legal');
    // A supervisor of network operations signs the department-head stage only for their own department.
    const mk = createContentItem('mk-1', { id: 'mk-c', type: 'create', format: 'text', channel: 'app', riskLevel: 'low', title: '新品', body: '介绍', plan } as never, at('market/staff'));
    if (!mk.ok) throw new Error(mk.error.message);
    rec = mk.record;
    for (const type of ['start-creation', 'submit']) {
      const r = contentStep(rec, { id: `mk-${type}`, type } as ContentCommand, at('market/staff'));
      if (!r.ok) throw new Error(r.error.message);
      rec = r.record;
    }
    signs('market/content-editor');
    const v = state(rec);
    const refused = contentStep(rec, { id: 'mk-sup', type: 'approve', stage: v.stage, hash: v.context.hash } as ContentCommand, at('network-operations/supervisor'));
    expect(!refused.ok && refused.error).toMatchObject({ code: 'forbidden', rule: 'CW-3' });
  });
});
