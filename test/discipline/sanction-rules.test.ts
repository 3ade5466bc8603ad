// The rules a proposed or decided sanction must meet, each checked at its edge: the ladder and the
// severity floor (DSC-3, DSC-6), the legal caps (fines, union notice, KPI-only dismissal, wage
// deductions: DSC-3, DSC-4), and how earlier sanctions count toward escalation (DSC-6).
import { describe, expect, it } from 'vitest';
import { checkSanction, daysLater, defaultDisciplinePolicy, proposeSanction, type PriorSanction, type SanctionDraft, type ViolationFacts } from '../../src/discipline/index.js';
import { defaultPolicy } from '../../src/policy/index.js';
import { policyWith } from './helpers.js';

const d = defaultDisciplinePolicy;
const draft = (over: Partial<SanctionDraft>): SanctionDraft => ({ rung: 'warning', severity: 'minor', unionNotified: false, kpiAlone: false, ...over });
const refusal = (r: ReturnType<typeof checkSanction> | ReturnType<typeof proposeSanction>) =>
  r.ok ? 'accepted' : r.error.code === 'invalid-input' ? { rule: r.error.rule, issues: r.error.issues.map((i) => [i.path.join('.'), i.rule]) } : r.error.code;

const at = '2026-03-01T02:00:00.000Z';
const prior = (caseId: string, type: string, rung: string, decidedAt: string): PriorSanction => ({ caseId, type, rung, decidedAt });
const propose = (facts: Partial<ViolationFacts>, policy = defaultPolicy) => {
  const r = proposeSanction({ type: 'platform-rule-breach', occurredAt: at, history: [], ...facts } as ViolationFacts, policy);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};

describe('checkSanction: the decided rung against the ladder and the law', () => {
  it('DSC-3: a rung the ladder does not have is refused at rung', () => {
    expect(refusal(checkSanction(draft({ rung: 'caning' }), d))).toEqual({ rule: 'DSC-3', issues: [['rung', 'DSC-3']] });
  });

  it('DSC-6: a rung below the floor of the severity is refused at rung; at the floor it is accepted', () => {
    expect(refusal(checkSanction(draft({ rung: 'rectification', severity: 'serious' }), d))).toEqual({ rule: 'DSC-6', issues: [['rung', 'DSC-6']] });
    expect(refusal(checkSanction(draft({ rung: 'demerit', severity: 'serious' }), d))).toBe('accepted');
  });

  it('DSC-3: on a KPI rating alone dismissal is refused, and a gross case is floored below dismissal (劳动合同法 art.40(2))', () => {
    expect(refusal(checkSanction(draft({ rung: 'dismissal', severity: 'gross', unionNotified: true, kpiAlone: true }), d))).toEqual({ rule: 'DSC-3', issues: [['rung', 'DSC-3']] });
    // The gross floor is dismissal; the cap lowers it to the rung below, demotion.
    expect(refusal(checkSanction(draft({ rung: 'demotion', severity: 'gross', kpiAlone: true }), d))).toBe('accepted');
    expect(refusal(checkSanction(draft({ rung: 'demerit', severity: 'gross', kpiAlone: true }), d))).toEqual({ rule: 'DSC-6', issues: [['rung', 'DSC-6']] });
    // Not KPI-only: the gross floor stays at dismissal, which is accepted once the union is told.
    expect(refusal(checkSanction(draft({ rung: 'demotion', severity: 'gross' }), d))).toEqual({ rule: 'DSC-6', issues: [['rung', 'DSC-6']] });
    expect(refusal(checkSanction(draft({ rung: 'dismissal', severity: 'gross', unionNotified: true }), d))).toBe('accepted');
  });

  it('DSC-3: a fine is refused while the policy turns fines off; allowed with a warning when it says warn', () => {
    expect(refusal(checkSanction(draft({ rung: 'fine', severity: 'serious' }), d))).toEqual({ rule: 'DSC-3', issues: [['rung', 'DSC-3']] });
    const warn = { ...d, legalCaps: { ...d.legalCaps, fines: { ...d.legalCaps.fines, rule: 'warn' as const } } };
    const r = checkSanction(draft({ rung: 'fine', severity: 'serious' }), warn);
    expect(r.ok && [r.value.rung.id, r.value.fineWarning]).toEqual(['fine', true]);
    const other = checkSanction(draft({ rung: 'demerit', severity: 'serious' }), warn);
    expect(other.ok && other.value.fineWarning).toBe(false);
  });

  it('DSC-3: dismissal needs the union notified first (劳动合同法 art.43)', () => {
    expect(refusal(checkSanction(draft({ rung: 'dismissal', severity: 'gross' }), d))).toEqual({ rule: 'DSC-3', issues: [['rung', 'DSC-3']] });
  });

  it('DSC-4: a compensation deduction may leave exactly the minimum wage, never less', () => {
    const wage = (amount: number) => checkSanction(draft({ rung: 'warning', compensation: { amount, monthWage: 500_000, minimumWage: 420_000 } }), d);
    expect(refusal(wage(80_000))).toBe('accepted');
    expect(refusal(wage(80_001))).toEqual({ rule: 'DSC-4', issues: [['compensation.amount', 'DSC-4']] });
  });

  it('DSC-2: a minor sanction asks for a written self-review; a serious one does not', () => {
    const minor = checkSanction(draft({ rung: 'warning', severity: 'minor' }), d);
    const serious = checkSanction(draft({ rung: 'demerit', severity: 'serious' }), d);
    expect([minor.ok && minor.value.selfReviewRequired, serious.ok && serious.value.selfReviewRequired]).toEqual([true, false]);
  });
});

describe('proposeSanction: facts refused by field, and how earlier sanctions count', () => {
  it('DSC-3: an unknown severity is refused at severity; the refusal carries the first issue\'s rule', () => {
    const r = proposeSanction({ type: 'fake-traffic', occurredAt: at, history: [], severity: 'catastrophic' } as never, defaultPolicy);
    expect(refusal(r)).toEqual({ rule: 'DSC-3', issues: [['severity', 'DSC-3']] });
  });

  it('DSC-6: a history that is not a list, an entry that is not a sanction, and a time without offset are refused by field', () => {
    expect(refusal(proposeSanction({ type: 'fake-traffic', occurredAt: at, history: 'none' } as never, defaultPolicy))).toEqual({ rule: 'DSC-6', issues: [['history', 'DSC-6']] });
    expect(refusal(proposeSanction({ type: 'fake-traffic', occurredAt: at, history: [null] } as never, defaultPolicy))).toEqual({ rule: 'DSC-6', issues: [['history.0.rung', 'DSC-6']] });
    expect(refusal(proposeSanction({ type: 'fake-traffic', occurredAt: '2026-03-01T10:00:00', history: [] } as never, defaultPolicy))).toEqual({ rule: 'DSC-6', issues: [['occurredAt', 'DSC-6']] });
  });

  it('DSC-6: a type whose own rung is above its severity floor starts at its own rung', () => {
    const policy = policyWith({ violationTypes: d.violationTypes.map((t) => (t.id === 'platform-rule-breach' ? { ...t, defaultRung: 'rectification' } : t)) });
    expect(propose({}, policy)).toMatchObject({ start: 'rectification', rung: 'rectification' });
  });

  it('DSC-6: relatedness works both ways: a type another lists as related climbs on that other type too', () => {
    // Only publishing-without-approval lists false-advertising; a false-advertising case still counts its repeat.
    const policy = policyWith({ violationTypes: d.violationTypes.map((t) => (t.id === 'false-advertising' ? { ...t, related: [] } : t)) });
    const p = propose({ type: 'false-advertising', history: [prior('case-1', 'publishing-without-approval', 'demerit', '2026-01-10T02:00:00.000Z')] }, policy);
    expect(p.priors[0]?.status).toBe('repeat');
    expect(p.rung).not.toBe('demerit');
  });

  it('DSC-6: a sanction decided at the very instant of the violation counts; the repeat window ends exactly twelve months after the decision', () => {
    expect(propose({ history: [prior('case-1', 'platform-rule-breach', 'warning', at)] }).priors[0]?.status).toBe('repeat');
    const twoYearWarnings = policyWith({ ladder: d.ladder.map((r) => (r.id === 'warning' ? { ...r, validityMonths: 24 } : r)) });
    expect(propose({ history: [prior('case-1', 'platform-rule-breach', 'warning', '2025-03-01T02:00:00.000Z')] }, twoYearWarnings).priors[0]?.status).toBe('outside-window');
    expect(propose({ history: [prior('case-1', 'platform-rule-breach', 'warning', '2025-03-01T02:00:00.001Z')] }, twoYearWarnings).priors[0]?.status).toBe('repeat');
  });

  it('DSC-6: only live sanctions of the conversion\'s rung convert: an expired warning, or a rectification, does not make two warnings', () => {
    const live = prior('case-2', 'publishing-without-approval', 'warning', '2026-01-15T02:00:00.000Z');
    expect(propose({ history: [prior('case-1', 'publishing-without-approval', 'warning', '2025-08-01T02:00:00.000Z'), live] }).conversion).toBeUndefined();
    expect(propose({ history: [prior('case-1', 'ip-infringement', 'rectification', '2026-01-01T02:00:00.000Z'), { ...live, type: 'ip-infringement' }] }).conversion).toBeUndefined();
  });

  it('DSC-6: a conversion never lowers a proposal: a gross case with two live warnings is still proposed at the top', () => {
    const w = (id: string, on: string) => prior(id, 'ip-infringement', 'warning', on);
    const p = propose({ type: 'ip-infringement', severity: 'gross', history: [w('case-1', '2026-01-05T02:00:00.000Z'), w('case-2', '2026-02-05T02:00:00.000Z')] });
    expect(p.conversion).toMatchObject({ to: 'demerit' });
    expect(p.rung).toBe('dismissal');
  });

  it('DSC-6: each earlier sanction is explained by what it counted as; a case not held below dismissal says nothing of the cap', () => {
    const twoYearWarnings = policyWith({ ladder: d.ladder.map((r) => (r.id === 'warning' ? { ...r, validityMonths: 24 } : r)) });
    const p = propose(
      {
        history: [
          prior('c-expired', 'platform-rule-breach', 'rectification', '2025-01-05T02:00:00.000Z'),
          prior('c-later', 'platform-rule-breach', 'warning', '2026-03-05T02:00:00.000Z'),
          prior('c-outside', 'platform-rule-breach', 'warning', '2025-01-05T02:00:00.000Z'),
          prior('c-live', 'ip-infringement', 'demerit', '2026-01-05T02:00:00.000Z'),
          prior('c-repeat', 'platform-rule-breach', 'warning', '2026-02-05T02:00:00.000Z'),
        ],
      },
      twoYearWarnings,
    );
    expect(p.priors.map((x) => [x.caseId, x.status])).toEqual([
      ['c-expired', 'expired'],
      ['c-later', 'later'],
      ['c-outside', 'outside-window'],
      ['c-live', 'live'],
      ['c-repeat', 'repeat'],
    ]);
    const line = (caseId: string) => p.explanation.find((l) => l.en.startsWith(`${caseId} `))?.en ?? '';
    expect(line('c-expired')).toContain('does not count');
    expect(line('c-later')).toContain('decided after this violation occurred');
    expect(line('c-outside')).toContain('outside the 12-month repeat window');
    expect(line('c-live')).toContain('not of a related type');
    expect(line('c-repeat')).toContain('a repeat within 12 months');
    expect(p.heldBelowDismissal).toBe(false);
    expect(p.explanation.some((l) => l.en.startsWith('held at'))).toBe(false);
  });

  it('DSC-5: a statement or appeal window is counted in days on the policy\'s calendar, not in 24-hour blocks', () => {
    // Berlin moves its clocks forward on 29 March 2026: one calendar day there is 23 hours.
    expect(daysLater('2026-03-28T11:00:00.000Z', 1, 'Europe/Berlin')).toBe('2026-03-29T10:00:00.000Z');
    expect(daysLater('2026-03-28T11:00:00.000Z', 1, 'Asia/Shanghai')).toBe('2026-03-29T11:00:00.000Z');
  });
});
