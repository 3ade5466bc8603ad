import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wallClock } from '../../src/core/zone.js';
import { defaultDisciplinePolicy, monthsLater, proposeSanction, sanctionExpiresAt, type PriorSanction, type ViolationFacts } from '../../src/discipline/index.js';
import { defaultPolicy } from '../../src/policy/index.js';
import { policyWith } from './helpers.js';

const at = '2026-03-01T02:00:00.000Z';
const prior = (caseId: string, type: string, rung: string, decidedAt: string): PriorSanction => ({ caseId, type, rung, decidedAt });
const propose = (facts: Partial<ViolationFacts> & { history?: PriorSanction[] }, policy = defaultPolicy) => {
  const r = proposeSanction({ type: 'platform-rule-breach', occurredAt: at, history: [], ...facts }, policy);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};
const rank = (rung: string) => defaultDisciplinePolicy.ladder.findIndex((r) => r.id === rung);

describe('DSC-6: escalation as data, a proposal with its explanation', () => {
  it('DSC-6: a first minor violation is proposed at its type’s rung; a second of the same type inside the window climbs one rung, naming the case that counted', () => {
    expect(propose({}).rung).toBe('warning');
    const p = propose({ history: [prior('case-1', 'platform-rule-breach', 'warning', '2026-01-10T02:00:00.000Z')] });
    expect(p.rung).toBe('rectification');
    expect(p.priors).toEqual([expect.objectContaining({ caseId: 'case-1', status: 'repeat', expiresAt: '2026-07-10T02:00:00.000Z' })]);
    expect(p.explanation.map((l) => l.en).join('\n')).toContain('case-1');
    expect(p.explanation.at(-1)?.['zh-CN']).toBe('建议处理：「责令整改」，由有权人员决定');
  });

  it('DSC-6: a repeat of a related type climbs too; an unrelated one does not', () => {
    // Fake traffic and platform-rule breaches are related in the default policy.
    expect(propose({ history: [prior('case-1', 'fake-traffic', 'warning', '2026-01-10T02:00:00.000Z')] }).rung).toBe('rectification');
    const unrelated = propose({ history: [prior('case-1', 'ip-infringement', 'warning', '2026-01-10T02:00:00.000Z')] });
    expect(unrelated.rung).toBe('warning');
    expect(unrelated.priors[0]?.status).toBe('live');
  });

  it('DSC-6: a live earlier sanction decided outside the repeat window does not climb', () => {
    // Warnings valid for two years, so the one of January 2025 is still live but 13 months old.
    const policy = policyWith({ ladder: defaultDisciplinePolicy.ladder.map((r) => (r.id === 'warning' ? { ...r, validityMonths: 24 } : r)) });
    const p = propose({ history: [prior('case-1', 'platform-rule-breach', 'warning', '2025-01-10T02:00:00.000Z')] }, policy);
    expect(p.rung).toBe('warning');
    expect(p.priors[0]?.status).toBe('outside-window');
    // Inside the window the same history climbs.
    expect(propose({ history: [prior('case-1', 'platform-rule-breach', 'warning', '2025-06-10T02:00:00.000Z')] }, policy).rung).toBe('rectification');
  });

  it('DSC-6: an expired warning does not count (warnings count for 6 months by default)', () => {
    const p = propose({ history: [prior('case-1', 'platform-rule-breach', 'warning', '2025-08-20T02:00:00.000Z')] });
    expect(p.rung).toBe('warning');
    expect(p.priors).toEqual([expect.objectContaining({ status: 'expired', expiresAt: '2026-02-20T02:00:00.000Z' })]);
    expect(p.explanation.map((l) => l['zh-CN']).join('\n')).toContain('已于 2026-02-20T02:00:00.000Z 失效，不计入');
  });

  it('DSC-6: a sanction decided after the violation occurred does not count', () => {
    expect(propose({ history: [prior('case-1', 'platform-rule-breach', 'warning', '2026-03-01T03:00:00.000Z')] })).toMatchObject({ rung: 'warning', priors: [{ status: 'later' }] });
  });

  it('DSC-6: two live warnings count as a demerit (a conversion in the policy), whatever their types; one does not', () => {
    const w1 = prior('case-1', 'publishing-without-approval', 'warning', '2025-12-01T02:00:00.000Z');
    const w2 = prior('case-2', 'publishing-without-approval', 'warning', '2026-01-15T02:00:00.000Z');
    expect(propose({ history: [w1] }).rung).toBe('warning');
    const p = propose({ history: [w1, w2] });
    expect(p.rung).toBe('demerit');
    expect(p.conversion).toEqual({ from: 'warning', count: 2, to: 'demerit', caseIds: ['case-1', 'case-2'] });
    // Without the conversion in the policy, they do not.
    expect(propose({ history: [w1, w2] }, policyWith({ conversions: [] })).rung).toBe('warning');
    // An expired warning is not one of the two.
    expect(propose({ history: [prior('case-0', 'publishing-without-approval', 'warning', '2025-06-01T02:00:00.000Z'), w2] }).rung).toBe('warning');
  });

  it('DSC-6: a gross violation goes straight to the top rung; a serious one starts at its floor whatever its type says', () => {
    expect(propose({ severity: 'gross' }).rung).toBe('dismissal');
    expect(propose({ severity: 'serious' }).rung).toBe('demerit');
  });

  it('DSC-3: fines are passed over while the policy turns them off (the default), and proposed when it allows them', () => {
    const history = [prior('case-1', 'fake-traffic', 'demerit', '2026-01-10T02:00:00.000Z')];
    const off = propose({ type: 'fake-traffic', history });
    expect(off).toMatchObject({ rung: 'demotion', skipped: ['fine'] });
    expect(off.explanation.map((l) => l.en).join('\n')).toContain('No general legal basis for employer fines');
    const allowed = policyWith({ legalCaps: { ...defaultDisciplinePolicy.legalCaps, fines: { ...defaultDisciplinePolicy.legalCaps.fines, rule: 'allow' } } });
    expect(propose({ type: 'fake-traffic', history }, allowed)).toMatchObject({ rung: 'fine', skipped: [] });
  });

  it('DSC-3: a case resting on a KPI rating alone is never proposed for dismissal (劳动合同法 art.40(2))', () => {
    const p = propose({ severity: 'gross', kpiAlone: true });
    expect(p).toMatchObject({ rung: 'demotion', heldBelowDismissal: true });
    expect(p.explanation.map((l) => l['zh-CN']).join('\n')).toContain('第四十条');
  });

  it('DSC-6: bad facts are typed refusals naming the field, never a throw', () => {
    const r = proposeSanction({ type: 'nope', occurredAt: 'yesterday', history: [prior('c', 'fake-traffic', 'caning', at), prior('d', 'fake-traffic', 'warning', 'x')] }, defaultPolicy);
    expect(!r.ok && r.error.code === 'invalid-input' && r.error.issues.map((i) => i.path.join('.'))).toEqual(['type', 'occurredAt', 'history.0.rung', 'history.1.decidedAt']);
    expect(proposeSanction({ type: 'fake-traffic', occurredAt: at, history: null as never }, defaultPolicy).ok).toBe(false);
  });
});

describe('DSC-6: escalation properties over random histories', () => {
  const types = defaultDisciplinePolicy.violationTypes.map((t) => t.id);
  const rungs = defaultDisciplinePolicy.ladder.map((r) => r.id);
  const from = Date.parse('2023-01-01T00:00:00Z');
  const to = Date.parse('2026-03-01T00:00:00Z');
  const priorArb = fc.record({
    caseId: fc.string({ minLength: 1, maxLength: 6 }),
    type: fc.constantFrom(...types),
    rung: fc.constantFrom(...rungs),
    decidedAt: fc.integer({ min: from, max: to }).map((t) => new Date(t).toISOString()),
  });
  const factsArb = fc.record({
    type: fc.constantFrom(...types),
    severity: fc.option(fc.constantFrom('minor' as const, 'serious' as const, 'gross' as const), { nil: undefined }),
    kpiAlone: fc.boolean(),
  });
  const policies = [defaultPolicy, policyWith({ legalCaps: { ...defaultDisciplinePolicy.legalCaps, fines: { ...defaultDisciplinePolicy.legalCaps.fines, rule: 'allow' } } }, '2026.1-fines')];

  it('DSC-6: escalation is monotone: one more earlier sanction never proposes a lighter rung', () => {
    fc.assert(
      fc.property(factsArb, fc.array(priorArb, { maxLength: 8 }), priorArb, fc.constantFrom(...policies), (facts, history, extra, policy) => {
        const before = propose({ ...facts, occurredAt: at, history }, policy);
        const after = propose({ ...facts, occurredAt: at, history: [...history, extra] }, policy);
        expect(rank(after.rung)).toBeGreaterThanOrEqual(rank(before.rung));
        // Never below the severity's floor, unless the law holds a KPI-only case below dismissal.
        const floor = rank(policy.discipline.severityFloors[after.severity]);
        if (!after.heldBelowDismissal) expect(rank(after.rung)).toBeGreaterThanOrEqual(floor);
      }),
      { numRuns: 300 },
    );
  }, 30_000);

  it('DSC-6: expiry is exact at the boundary, in the policy’s time zone: a warning counts until the instant six calendar months later and not at it', () => {
    const zones = ['Asia/Shanghai', 'America/New_York'];
    fc.assert(
      fc.property(fc.integer({ min: Date.parse('2020-01-01T00:00:00Z'), max: Date.parse('2030-01-01T00:00:00Z') }), fc.constantFrom(...zones), (t, timeZone) => {
        const policy = { ...defaultPolicy, timeZone };
        const decidedAt = new Date(t).toISOString();
        const expiresAt = sanctionExpiresAt({ validityMonths: 6 }, decidedAt, timeZone)!;
        const just = new Date(Date.parse(expiresAt) - 1).toISOString();
        const h = [prior('c-1', 'platform-rule-breach', 'warning', decidedAt)];
        expect(propose({ occurredAt: just, history: h }, policy).priors[0]?.status).not.toBe('expired');
        expect(propose({ occurredAt: expiresAt, history: h }, policy).priors[0]?.status).toBe('expired');
        if (timeZone === 'Asia/Shanghai') {
          // Six months later on the wall clock: the same time, the same day or the month's last day.
          const a = wallClock(new Date(decidedAt), timeZone);
          const b = wallClock(new Date(expiresAt), timeZone);
          const months = a.year * 12 + a.month - 1 + 6;
          const last = new Date(Date.UTC(Math.floor(months / 12), (months % 12) + 1, 0)).getUTCDate();
          expect([b.year * 12 + b.month - 1, b.day, b.hour, b.minute, b.second]).toEqual([months, Math.min(a.day, last), a.hour, a.minute, a.second]);
        }
      }),
      { numRuns: 300 },
    );
  }, 30_000);

  it('DSC-6: months are counted on the policy’s calendar: 31 August 00:30 in Shanghai plus six months is 28 February 00:30 in Shanghai, not UTC’s 28 February', () => {
    // 2025-08-30T16:30Z is 31 August 00:30 in Shanghai but still 30 August in UTC.
    expect(monthsLater('2025-08-30T16:30:00.000Z', 6, 'Asia/Shanghai')).toBe('2026-02-27T16:30:00.000Z');
    expect(monthsLater('2025-08-30T16:30:00.000Z', 6, 'UTC')).toBe('2026-02-28T16:30:00.000Z');
  });
});
