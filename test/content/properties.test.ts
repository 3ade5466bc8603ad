import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { StoredRecord } from '../../src/core/index.js';
import { contentStep, type ContentContext } from '../../src/content/index.js';
import { context, ctx, newItem, staff } from './helpers.js';

const actors = Object.values(staff);
const signersFor: Record<string, (typeof actors)[number]> = {
  editor: staff.editor,
  'department-head': staff.head,
  legal: staff.legal,
  leadership: staff.leader,
  supervisor: staff.supervisor,
  'quality-check': staff.inspector,
};
const commandArb = fc.record({
  // Weighted towards the review path so that runs reach publication; every command type still occurs.
  type: fc.oneof(
    { arbitrary: fc.constant('approve' as const), weight: 12 },
    { arbitrary: fc.constant('submit' as const), weight: 4 },
    { arbitrary: fc.constant('publish' as const), weight: 4 },
    { arbitrary: fc.constant('edit' as const), weight: 2 },
    { arbitrary: fc.constant('record-metrics' as const), weight: 2 },
    { arbitrary: fc.constant('update-plan' as const), weight: 1 },
    { arbitrary: fc.constant('start-creation' as const), weight: 1 },
    { arbitrary: fc.constant('reject' as const), weight: 1 },
    { arbitrary: fc.constant('schedule' as const), weight: 1 },
    { arbitrary: fc.constant('unschedule' as const), weight: 1 },
    { arbitrary: fc.constant('archive' as const), weight: 1 },
    { arbitrary: fc.constant('withdraw' as const), weight: 1 },
    { arbitrary: fc.constant('takedown' as const), weight: 1 },
    { arbitrary: fc.constant('cancel' as const), weight: 1 },
  ),
  // 'signer' resolves, when applied, to someone who holds the current stage's role, so random runs get
  // through review often enough to test publication.
  actor: fc.oneof({ arbitrary: fc.constantFrom(...actors), weight: 1 }, { arbitrary: fc.constant('signer' as const), weight: 2 }),
  staleHash: fc.oneof({ arbitrary: fc.constant(false), weight: 4 }, { arbitrary: fc.constant(true), weight: 1 }),
  emergency: fc.boolean(),
  edit: fc.constantFrom({ body: '改写后的正文' }, { tags: ['新品', '春季'] }, { riskLevel: 'high' }, { channel: 'website' }, { channel: 'douyin', riskLevel: 'medium' }),
  reason: fc.constantFrom('', '数据来源不明', '  '),
});

type GeneratedCommand = typeof commandArb extends fc.Arbitrary<infer T> ? T : never;

function commandFrom(c: GeneratedCommand, record: StoredRecord, i: number): Record<string, unknown> {
  const hash = c.staleHash ? 'f'.repeat(64) : context(record).hash;
  const value = (record.snapshot as { value: unknown }).value;
  const stage = typeof value === 'object' && value !== null ? (value as { review?: string }).review : undefined;
  const destructive = ['cancel', 'withdraw', 'takedown', 'reject', 'edit'].includes(c.type);
  const signer = destructive ? staff.outsider : stage ? signersFor[stage] : c.type === 'publish' || c.type === 'schedule' ? staff.editor : staff.author;
  const base = { id: `p-${i}`, type: c.type, actor: c.actor === 'signer' ? (signer ?? staff.author) : c.actor };
  switch (c.type) {
    case 'update-plan':
      return { ...base, plan: { theme: '主题', form: '图文', audience: '用户', expectedEffect: '阅读' } };
    case 'edit':
      return { ...base, ...c.edit };
    case 'approve':
      return { ...base, hash };
    case 'schedule':
      return { ...base, publishAt: '2026-03-05T02:00:00Z' };
    case 'publish':
      return { ...base, externalId: 'ext-9', emergency: c.emergency };
    case 'record-metrics':
      return { ...base, metrics: { reads: 5, likes: 1 } };
    case 'takedown':
      return { ...base, reason: c.reason, emergency: c.emergency };
    case 'reject':
    case 'withdraw':
    case 'cancel':
      return { ...base, reason: c.reason };
    default:
      return base;
  }
}

// The expected chains, written out from the seeds (S1 ch.4.2, S4 §3.3, CW-3) rather than computed by the
// library, so these checks do not share the code they check.
const expectedStages: Record<string, string[]> = {
  'social/low': ['editor', 'department-head', 'legal'],
  'social/medium': ['editor', 'department-head', 'legal'],
  'social/high': ['editor', 'department-head', 'legal', 'leadership'],
  'site/low': ['supervisor', 'quality-check'],
  'site/medium': ['supervisor', 'quality-check'],
  'site/high': ['supervisor', 'quality-check', 'legal', 'leadership'],
};
const groupOf = (channel: string) => (['website', 'app', 'online-shop'].includes(channel) ? 'site' : 'social');
const roleHolders: Record<string, string[]> = {
  editor: [staff.editor.id, staff.editor2.id],
  'department-head': [staff.head.id],
  legal: [staff.legal.id, staff.legal2.id],
  leadership: [staff.leader.id],
  supervisor: [staff.supervisor.id],
  'quality-check': [staff.inspector.id],
};

function approvedOnCurrentHash(c: ContentContext): boolean {
  const stages = expectedStages[`${groupOf(c.channel)}/${c.riskLevel}`]!;
  return stages.every((stage) => c.signatures.some((s) => s.stage === stage && s.hash === c.hash && roleHolders[stage]!.includes(s.actorId)));
}

function invariants(c: ContentContext, value: unknown): void {
  // CW-4: no author or editor signs, and nobody signs twice (across stages or within one).
  const signers = c.signatures.map((s) => s.actorId);
  expect(new Set(signers).size).toBe(signers.length);
  for (const id of signers) expect(c.contributorIds).not.toContain(id);
  // CW-3: every signature is by someone holding that stage's role.
  for (const s of c.signatures) expect(roleHolders[s.stage]).toContain(s.actorId);
  // CW-2: anything published, approved or scheduled carries every approval its channel and risk require, on its current hash.
  const top = typeof value === 'string' ? value : Object.keys(value as object)[0];
  if (top === 'approved' || top === 'scheduled') expect(approvedOnCurrentHash(c)).toBe(true);
  if (c.publication) {
    expect(c.publication.hash).toBe(c.hash);
    expect(approvedOnCurrentHash(c)).toBe(true);
  }
}

const startArb = fc.constantFrom(
  { channel: 'weibo', riskLevel: 'low' },
  { channel: 'xiaohongshu', riskLevel: 'high' },
  { channel: 'website', riskLevel: 'low' },
  { channel: 'website', riskLevel: 'high' },
  { channel: 'douyin', riskLevel: 'medium' },
);

describe('content workflow properties', () => {
  it('CW-2/CW-4: random commands from random people: nothing is published without every required approval on its current hash, no separation-of-duties rule is broken, and every refusal leaves the record unchanged', () => {
    let published = 0;
    fc.assert(
      fc.property(startArb, fc.array(commandArb, { minLength: 30, maxLength: 80 }), (start, commands) => {
        let record = newItem(start);
        record = contentStepOk(record, { id: 'start', type: 'start-creation', actor: staff.author });
        commands.forEach((c, i) => {
          const before = structuredClone(record);
          const r = contentStep(record, commandFrom(c, record, i), ctx);
          if (r.ok) {
            record = r.record;
          } else {
            expect(record).toEqual(before);
            expect(r.record).toBe(record);
            expect(r.error.message.length).toBeGreaterThan(0);
          }
          const snap = record.snapshot as { value: unknown; context: ContentContext };
          invariants(snap.context, snap.value);
        });
        if ((record.snapshot as { context: ContentContext }).context.publication) published++;
      }),
      { numRuns: 300 },
    );
    // The generator must actually reach publication sometimes, or the CW-2 check above proves nothing.
    expect(published).toBeGreaterThan(30);
  });
});

function contentStepOk(record: StoredRecord, command: Record<string, unknown>): StoredRecord {
  const r = contentStep(record, command, ctx);
  if (!r.ok) throw new Error(r.error.message);
  return r.record;
}
