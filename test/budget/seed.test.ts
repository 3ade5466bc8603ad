// Budget rules read clause by clause against seed S3 §7 (營銷預算管理): the compilation window and one
// budget per year and owner (BUD-1), carry-over (BUD-2), changes only to open months (BUD-3), and the
// monthly analysis report as a dated deliverable (BUD-4).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createMemoryStore, runCreate, type StoredRecord } from '../../src/core/index.js';
import {
  budgetRecordId,
  budgetReportsDue,
  createBudget,
  monthHeadroom,
  monthPlan,
  monthSpent,
  readBudget,
  reportDueAt,
  varianceReport,
  type CreateBudgetCommand,
} from '../../src/budget/index.js';
import { defaultPolicy, parsePolicy, type Policy } from '../../src/policy/index.js';
import { as } from '../support/people.js';
import { active, apply, attempt, budgetId, context, create, fixture, lines, now, people, policyWith, refuse, state, view } from './helpers.js';

const at = (iso: string) => ({ at: new Date(iso) });
const spend = (line: string, month: string, amount: number, description = '投放') => ({ type: 'record-spend', line, month, amount, description });
const compile = (recordId: string, when: Date, extra: Partial<CreateBudgetCommand> = {}, policy: Policy = defaultPolicy, id = 'c-1') =>
  createBudget(recordId, { id, type: 'create', year: 2026, lines: [lines[2]!], ...extra } as CreateBudgetCommand, as(people.marketingHead, when, policy));

describe('BUD-1: compiled at year end for the coming year, one budget per year and owner', () => {
  it('BUD-1: a budget is compiled only within the compilation window, read by the host clock in the policy time zone', () => {
    // S3 §7.1.1 每年年底，營銷部門…編制下一年度的營銷預算
    // 1 November 00:00 in Shanghai is 31 October 16:00 UTC: the window has opened there.
    const opened = compile(budgetId, new Date('2025-10-31T16:00:00.000Z'));
    expect(opened.ok).toBe(true);
    const before = compile(budgetId, new Date('2025-10-31T15:59:59.000Z'));
    expect(!before.ok && before.error).toMatchObject({ code: 'forbidden', rule: 'BUD-1' });
    expect(!before.ok && before.error.messages.en).toContain('11-01 to 12-31');
    expect(!before.ok && before.record).toBeUndefined();
    // The same instant in a policy kept in UTC is still 31 October: refused.
    const utc = parsePolicy({ ...defaultPolicy, timeZone: 'UTC' });
    if (!utc.ok) throw new Error(utc.error.message);
    expect(compile(budgetId, new Date('2025-10-31T16:00:00.000Z'), {}, utc.value).ok).toBe(false);
    // 31 December 23:59 in Shanghai is still year end; 1 January is not.
    expect(compile(budgetId, new Date('2025-12-31T15:59:59.000Z')).ok).toBe(true);
    const january = compile(budgetId, new Date('2025-12-31T16:00:00.000Z'));
    expect(!january.ok && january.error).toMatchObject({ code: 'forbidden', rule: 'BUD-1' });
  });

  it('BUD-1: the window is policy data: a company that compiles from 1 to 15 December is refused on 20 December', () => {
    // S3 §7.1.1 每年年底 (the seed names no dates; the window is ours to set)
    const early = policyWith({ compilationWindow: { opens: '12-01', closes: '12-15' } });
    expect(compile(budgetId, new Date('2025-12-10T02:00:00.000Z'), {}, early).ok).toBe(true);
    const late = compile(budgetId, now, {}, early);
    expect(!late.ok && late.error).toMatchObject({ code: 'forbidden', rule: 'BUD-1' });
    expect(defaultPolicy.budget.compilationWindow).toEqual({ opens: '11-01', closes: '12-31' });
  });

  it('BUD-1: only the coming year is compiled: another year is refused naming the year', () => {
    // S3 §7.1.1 編制下一年度的營銷預算
    for (const year of [2025, 2027]) {
      const r = compile(budgetRecordId(year, 'marketing'), now, { year });
      expect(!r.ok && r.error).toMatchObject({ code: 'invalid-input', rule: 'BUD-1' });
      expect(!r.ok && r.error.code === 'invalid-input' && r.error.issues[0]?.path).toEqual(['year']);
    }
  });

  it('BUD-1: property: a create is accepted exactly when the Shanghai date is in November or December and the year is the next one', () => {
    // S3 §7.1.1 每年年底…編制下一年度的營銷預算
    const start = Date.parse('2025-01-01T00:00:00.000Z');
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 366 * 24 - 1 }), fc.constantFrom(2025, 2026, 2027), (hour, year) => {
        const when = new Date(start + hour * 3_600_000);
        const shanghai = new Date(when.getTime() + 8 * 3_600_000);
        const inWindow = shanghai.getUTCMonth() >= 10;
        const r = compile(budgetRecordId(year, 'marketing'), when, { year });
        expect(r.ok).toBe(inWindow && year === shanghai.getUTCFullYear() + 1);
      }),
      { numRuns: 150 },
    );
  }, 30_000);

  it('BUD-1: the record id is derived from year and owner; any other id is refused, and another owner has its own', () => {
    // S3 §7.1.1 營銷部門…編制下一年度的營銷預算
    const other = compile('budget-2026', now);
    expect(!other.ok && other.error).toMatchObject({ code: 'invalid-input', rule: 'BUD-1' });
    expect(!other.ok && other.error.code === 'invalid-input' && other.error.issues[0]?.path).toEqual(['recordId']);
    const pr = compile(budgetRecordId(2026, 'pr'), now, { owner: 'pr' });
    expect(pr.ok && pr.record.id).toBe('budget-2026-pr');
    expect(pr.ok && context(pr.record).owner).toBe('pr');
    const ghost = compile(budgetRecordId(2026, 'ghost'), now, { owner: 'ghost' });
    expect(!ghost.ok && ghost.error.code === 'invalid-input' && ghost.error.issues[0]?.path).toEqual(['owner']);
    expect(context(create()).owner).toBe('marketing');
  });

  it('BUD-1: two racing creates of the same year and owner: the store admits one, the other gets conflict', async () => {
    // S3 §7.1.1 每年年底…編制下一年度的營銷預算 (one annual budget)
    const store = createMemoryStore();
    const [a, b] = await Promise.all([
      runCreate(store, () => compile(budgetId, now, {}, defaultPolicy, 'c-a')),
      runCreate(store, () => createBudget(budgetId, { id: 'c-b', type: 'create', year: 2026, lines: [...lines] } as CreateBudgetCommand, as(people.marketingDeputy, now))),
    ]);
    expect([a.ok, b.ok].sort()).toEqual([false, true]);
    const loser = a.ok ? b : a;
    expect(!loser.ok && loser.error.code).toBe('conflict');
    expect(store.size()).toBe(1);
  });

  it('BUD-1: starting over after a rejection happens in the same record: it is back in draft, its lines are replaced, and a second create is a conflict', async () => {
    // S3 §7.1.2 營銷預算經公司財務部門審核後，提交公司管理層審批
    const store = createMemoryStore();
    const first = await runCreate(store, () => compile(budgetId, now));
    if (!first.ok) throw new Error(first.error.message);
    let b = apply(first.record, people.marketingHead, { type: 'submit' });
    b = apply(b, people.financeHead, { type: 'reject', reason: '人员费用测算依据不足' });
    expect(state(b)).toBe('draft');
    await store.save(b, { expectedRevision: first.record.revision });
    const again = await runCreate(store, () => compile(budgetId, now, {}, defaultPolicy, 'c-2'));
    expect(!again.ok && again.error.code).toBe('conflict');
    b = apply(b, people.marketingHead, { type: 'edit-lines', lines: [lines[0]] });
    expect(context(b).lines.map((l) => l.id)).toEqual(['spring-campaign']);
    expect(state(apply(b, people.marketingHead, { type: 'submit' }))).toBe('financeReview');
  });

  it('BUD-1: the policy checks its window and owner: a window that closes before it opens, or an unknown owner department, is refused', () => {
    const r = parsePolicy({ ...defaultPolicy, budget: { ...defaultPolicy.budget, compilationWindow: { opens: '12-01', closes: '11-30' }, ownerDepartment: 'sales' } });
    expect(!r.ok && r.error.code === 'policy-invalid' && r.error.issues.map((i) => i.path.join('.')).sort()).toEqual(['budget.compilationWindow.closes', 'budget.ownerDepartment']);
    const bad = parsePolicy({ ...defaultPolicy, budget: { ...defaultPolicy.budget, compilationWindow: { opens: '02-30', closes: '12-31' } } });
    expect(!bad.ok && bad.error.code === 'policy-invalid' && bad.error.issues[0]?.path).toEqual(['budget', 'compilationWindow', 'opens']);
    // A policy written before these fields existed still parses, with the defaults.
    const old = parsePolicy({ ...defaultPolicy, budget: { overspend: 'refuse', varianceReasonThresholdBp: 1000 } });
    expect(old.ok && old.value.budget).toEqual(defaultPolicy.budget);
  });
});

describe('BUD-2: unspent money carries over within the year only when the policy says so', () => {
  const carry = { policy: policyWith({ carryOver: 'within-year' }) };

  it('BUD-2: by default each month stands alone: January left unspent does not pay for February', () => {
    // S3 §7.2.1 將年度預算分解為月度預算; §7.2.2 確保預算不超支
    expect(defaultPolicy.budget.carryOver).toBe('none');
    const b = active();
    const e = refuse(b, people.marketingHead, spend('content-team', '2026-02', 20_000_001, '2 月工资'), at('2026-02-20T02:00:00Z'));
    expect(e).toMatchObject({ code: 'forbidden', rule: 'BUD-2' });
    expect(monthHeadroom(context(b), 'content-team', '2026-02', 'none')).toBe(20_000_000);
  });

  it('BUD-2: with carry-over, January’s unspent money pays for February, and money spent ahead is gone for the earlier month', () => {
    // S3 §7.2.1 將年度預算分解為月度預算，明確各階段的預算支出計劃
    let b = active(carry);
    b = apply(b, people.marketingHead, spend('content-team', '2026-02', 30_000_000, '2 月工资与外包'), { ...carry, ...at('2026-02-20T02:00:00Z') });
    expect(context(b).spending[0]).toMatchObject({ overBudget: false });
    // January alone still shows 20,000,000 unspent, but 10,000,000 of it now pays for February.
    expect(monthHeadroom(context(b), 'content-team', '2026-01', 'within-year')).toBe(10_000_000);
    const late = refuse(b, people.financeStaff, spend('content-team', '2026-01', 10_000_001, '1 月补录'), { ...carry, ...at('2026-02-21T02:00:00Z') });
    expect(late).toMatchObject({ code: 'forbidden', rule: 'BUD-2' });
    expect(late.message).toContain('CNY 100,000.00 is left');
    b = apply(b, people.financeStaff, spend('content-team', '2026-01', 10_000_000, '1 月补录'), { ...carry, ...at('2026-02-21T02:00:00Z') });
    expect(monthHeadroom(context(b), 'content-team', '2026-03', 'within-year')).toBe(20_000_000);
  });

  it('BUD-2: property: with carry-over, a spend is accepted exactly when spending to date stays within the plan to date in its month and every later one', () => {
    // S3 §7.2.2 嚴格按照預算執行…確保預算不超支
    const start = active(carry);
    const line = context(start).lines.find((l) => l.id === 'content-team')!;
    const months = ['2026-01', '2026-02', '2026-03', '2026-04'];
    fc.assert(
      fc.property(fc.array(fc.record({ month: fc.constantFrom(...months), amount: fc.integer({ min: 1, max: 45_000_000 }) }), { minLength: 1, maxLength: 8 }), (spends) => {
        let b = start;
        const spent = new Map<string, number>();
        for (const s of spends) {
          const after = new Map(spent).set(s.month, (spent.get(s.month) ?? 0) + s.amount);
          let plan = 0;
          let used = 0;
          let fits = true;
          for (let m = 1; m <= 12; m++) {
            const key = `2026-${String(m).padStart(2, '0')}`;
            plan += monthPlan(line, key);
            used += after.get(key) ?? 0;
            if (key >= s.month && used > plan) fits = false;
          }
          const r = attempt(b, people.marketingHead, spend('content-team', s.month, s.amount), carry);
          expect(r.ok).toBe(fits);
          if (r.ok) {
            b = r.record;
            spent.set(s.month, after.get(s.month)!);
          } else expect(r.error).toMatchObject({ code: 'forbidden', rule: 'BUD-2' });
        }
        let plan = 0;
        let used = 0;
        for (let m = 1; m <= 12; m++) {
          const key = `2026-${String(m).padStart(2, '0')}`;
          plan += monthPlan(line, key);
          used += monthSpent(context(b), 'content-team', key);
          expect(used).toBeLessThanOrEqual(plan);
        }
      }),
      { numRuns: 40 },
    );
  }, 30_000);

  it('BUD-2/BUD-3: with carry-over, a cut is refused when money carried from that month has already been spent later', () => {
    // S3 §7.2.3 需提前提交預算調整申請，經審批後執行
    let b = active(carry);
    b = apply(b, people.marketingHead, spend('content-team', '2026-02', 35_000_000, '春节大促'), carry);
    // January's 20,000,000 is unspent, but 15,000,000 of it paid for February: at most 5,000,000 can be cut.
    const deep = refuse(b, people.marketingDeputy, { type: 'request-adjustment', line: 'content-team', month: '2026-01', delta: -5_000_001, reason: '压缩' }, carry);
    expect(deep).toMatchObject({ code: 'invalid-input', rule: 'BUD-3' });
    expect(deep.code === 'invalid-input' && deep.issues[0]?.path).toEqual(['delta']);
    // Without carry-over the same cut fits: February's spending is February's alone (and past its plan).
    expect(monthHeadroom(context(b), 'content-team', '2026-01', 'none', -5_000_001)).toBeGreaterThan(0);
    b = apply(b, people.marketingDeputy, { type: 'request-adjustment', line: 'content-team', month: '2026-01', delta: -5_000_000, reason: '压缩' }, carry);
    expect(context(apply(b, people.manager, { type: 'approve-adjustment', adjustment: 'adj-1' }, carry)).lines[2]!.months[0]).toBe(15_000_000);
  });
});

describe('BUD-3: changes only for months not yet closed', () => {
  it('BUD-3: an application for a month that has ended in the policy time zone is refused; the current month is still open', () => {
    // S3 §7.2.3 需提前提交預算調整申請，經審批後執行
    const b = active();
    const ask = { type: 'request-adjustment', line: 'douyin-ads', month: '2026-03', delta: 1_000_000, reason: '追加投放' };
    // 31 March 23:59:59 in Shanghai: March is still open.
    expect(context(apply(b, people.marketingDeputy, ask, at('2026-03-31T15:59:59Z'))).adjustments).toHaveLength(1);
    const closed = refuse(b, people.marketingDeputy, ask, at('2026-03-31T16:00:00Z'));
    expect(closed).toMatchObject({ code: 'invalid-input', rule: 'BUD-3' });
    expect(closed.code === 'invalid-input' && closed.issues[0]?.path).toEqual(['month']);
    expect(closed.messages['zh-CN']).toContain('提前申请');
  });

  it('BUD-3: an application whose month closed while it waited cannot be approved; it can still be rejected', () => {
    // S3 §7.2.3 需提前提交預算調整申請，經審批後執行
    let b = active();
    b = apply(b, people.marketingDeputy, { type: 'request-adjustment', line: 'douyin-ads', month: '2026-03', delta: 1_000_000, reason: '追加投放' }, at('2026-03-25T02:00:00Z'));
    const plan = context(b).lines[1]!.months;
    const late = refuse(b, people.manager, { type: 'approve-adjustment', adjustment: 'adj-1' }, at('2026-04-01T02:00:00Z'));
    expect(late).toMatchObject({ code: 'invalid-input', rule: 'BUD-3' });
    expect(late.code === 'invalid-input' && late.issues[0]?.path).toEqual(['adjustment']);
    // In time, the same approval goes through.
    expect(context(apply(b, people.manager, { type: 'approve-adjustment', adjustment: 'adj-1' }, at('2026-03-30T02:00:00Z'))).lines[1]!.months[2]).toBe(plan[2]! + 1_000_000);
    const rejected = apply(b, people.manager, { type: 'reject-adjustment', adjustment: 'adj-1', reason: '月份已过' }, at('2026-04-01T02:00:00Z'));
    expect(context(rejected).lines[1]!.months).toEqual(plan);
    expect(context(rejected).adjustments[0]?.status).toBe('rejected');
  });
});

describe('BUD-4: the monthly analysis report', () => {
  // After March has ended: its report can be written.
  const april = at('2026-04-03T02:00:00Z');
  // March: the campaign underspends by 20%, the Douyin plan is raised and left unspent, the team on plan.
  function march(): StoredRecord {
    let b = active();
    b = apply(b, people.marketingDeputy, { type: 'request-adjustment', line: 'douyin-ads', month: '2026-03', delta: 2_000_000, reason: '新品上市追加投放' }, at('2026-03-02T02:00:00Z'));
    b = apply(b, people.manager, { type: 'approve-adjustment', adjustment: 'adj-1' }, at('2026-03-02T03:00:00Z'));
    b = apply(b, people.marketingHead, spend('spring-campaign', '2026-03', 80_000_000, '线下快闪'), at('2026-03-20T02:00:00Z'));
    return apply(b, people.marketingHead, spend('content-team', '2026-03', 20_000_000, '3 月工资'), at('2026-03-25T02:00:00Z'));
  }
  const reasons = [
    { line: 'spring-campaign', reason: '快闪活动部分延至 4 月', measures: '4 月补足投放并按周复盘' },
    { line: 'douyin-ads', reason: '素材审核延迟，投放未启动', measures: '提前两周备好素材' },
  ];

  it('BUD-4: the analysis keeps the plan as approved beside the plan after approved changes', () => {
    // S3 §7.3.2 對比預算執行情況與預算計劃，分析差異原因
    const r = varianceReport(march(), '2026-03', defaultPolicy.budget.varianceReasonThresholdBp);
    if (!r.ok) throw new Error(r.error.message);
    const ads = r.value.rows[1]!;
    expect(ads.plan - ads.originalPlan).toBe(2_000_000);
    expect(ads).toMatchObject({ actual: 0, variance: -ads.plan, reasonRequired: true, missingReason: true, missingMeasures: true });
    expect(r.value.rows[0]).toMatchObject({ originalPlan: 100_000_000, plan: 100_000_000 });
    expect(r.value.totals.plan - r.value.totals.originalPlan).toBe(2_000_000);
  });

  it('BUD-4: a variance above the threshold needs both a reason and improvement measures; the report is refused until each has them', () => {
    // S3 §7.3.2 每月撰寫預算分析報告…分析差異原因，提出改進措施
    const b = march();
    const none = refuse(b, people.financeStaff, { type: 'submit-report', month: '2026-03' }, april);
    expect(none).toMatchObject({ code: 'invalid-input', rule: 'BUD-4' });
    expect(none.code === 'invalid-input' && none.issues.map((i) => i.path.join('.'))).toEqual([
      'explanations.spring-campaign.reason',
      'explanations.spring-campaign.measures',
      'explanations.douyin-ads.reason',
      'explanations.douyin-ads.measures',
    ]);
    // A reason given earlier without measures is not enough.
    const reasonOnly = apply(b, people.marketingStaff, { type: 'explain-variance', line: 'spring-campaign', month: '2026-03', reason: '活动延期' }, april);
    const stillMissing = refuse(reasonOnly, people.financeStaff, { type: 'submit-report', month: '2026-03', explanations: [reasons[1]] }, april);
    expect(stillMissing.code === 'invalid-input' && stillMissing.issues.map((i) => i.path.join('.'))).toEqual(['explanations.spring-campaign.measures']);
    const blank = refuse(b, people.financeStaff, { type: 'submit-report', month: '2026-03', explanations: [{ ...reasons[0], measures: ' ' }, reasons[1]] }, april);
    expect(blank.code).toBe('invalid-input');
    const ghost = refuse(b, people.financeStaff, { type: 'submit-report', month: '2026-03', explanations: [...reasons, { line: 'ghost', reason: '无', measures: '无' }] }, april);
    expect(ghost.code === 'invalid-input' && ghost.issues[0]?.path).toEqual(['explanations', 2, 'line']);
  });

  it('BUD-4: the report for a month is written once the month has ended, and is stored with its figures, due date, reasons and measures', () => {
    // S3 §7.3.2 每月撰寫預算分析報告，對比預算執行情況與預算計劃
    const b = march();
    const early = refuse(b, people.financeStaff, { type: 'submit-report', month: '2026-03', explanations: reasons }, at('2026-03-31T15:59:59Z'));
    expect(early.code === 'invalid-input' && early.issues[0]?.path).toEqual(['month']);
    const r = attempt(b, people.financeStaff, { type: 'submit-report', month: '2026-03', explanations: reasons }, april);
    if (!r.ok || r.replayed) throw new Error(r.ok ? 'replayed' : r.error.message);
    expect(r.audit.rules).toEqual(['BUD-4']);
    expect(r.effects).toEqual([expect.objectContaining({ type: 'notify', topic: 'budget.report-submitted', month: '2026-03', to: { departments: ['finance'], positions: ['head', 'deputy-head'] } })]);
    const report = context(r.record).reports[0]!;
    expect(report).toMatchObject({ month: '2026-03', status: 'submitted', submittedBy: people.financeStaff.id, dueAt: '2026-04-10T16:00:00.000Z', submittedAt: '2026-04-03T02:00:00.000Z' });
    expect(report.lines[1]).toMatchObject({ line: 'douyin-ads', reasonRequired: true, reason: reasons[1]!.reason, measures: reasons[1]!.measures });
    expect(report.lines[1]!.plan - report.lines[1]!.originalPlan).toBe(2_000_000);
    expect(report.totals.variance).toBe(report.totals.actual - report.totals.plan);
    // The live analysis shows the reasons and measures given with the report.
    const live = varianceReport(r.record, '2026-03', 1000);
    expect(live.ok && live.value.rows.filter((x) => x.missingReason || x.missingMeasures)).toEqual([]);
  });

  it('BUD-4: finance reviews a submitted report; its submitter may not, nor may marketing; a reviewed report is final', () => {
    // S3 §7.3.2 每月撰寫預算分析報告 (finance reviews the budget, S3 §7.1.2 財務部門審核)
    let b = march();
    expect(refuse(b, people.financeHead, { type: 'review-report', month: '2026-03' }, april)).toMatchObject({ code: 'not-allowed', rule: 'BUD-4' });
    const own = apply(b, people.financeHead, { type: 'submit-report', month: '2026-03', explanations: reasons }, april);
    expect(refuse(own, people.financeHead, { type: 'review-report', month: '2026-03' }, april)).toMatchObject({ code: 'forbidden', rule: 'BUD-4' });
    b = apply(b, people.marketingStaff, { type: 'submit-report', month: '2026-03', explanations: reasons }, april);
    expect(refuse(b, people.marketingHead, { type: 'review-report', month: '2026-03' }, april)).toMatchObject({ code: 'forbidden', rule: 'BUD-1' });
    // Until it is reviewed, a corrected report replaces the first.
    b = apply(b, people.marketingStaff, { type: 'submit-report', month: '2026-03', explanations: [{ ...reasons[0]!, measures: '4 月补投，每周复盘' }, reasons[1]] }, april);
    expect(context(b).reports).toHaveLength(1);
    b = apply(b, people.financeHead, { type: 'review-report', month: '2026-03', comment: '同意改进措施' }, at('2026-04-08T02:00:00Z'));
    expect(context(b).reports[0]).toMatchObject({ status: 'reviewed', reviewedBy: people.financeHead.id, reviewComment: '同意改进措施', lines: [expect.objectContaining({ measures: '4 月补投，每周复盘' }), expect.anything(), expect.anything()] });
    const after = at('2026-04-09T02:00:00Z');
    expect(refuse(b, people.marketingStaff, { type: 'submit-report', month: '2026-03', explanations: reasons }, after).code).toBe('not-allowed');
    expect(refuse(b, people.financeHead, { type: 'review-report', month: '2026-03' }, after).code).toBe('not-allowed');
    expect(refuse(b, people.prHead, { type: 'submit-report', month: '2026-04', explanations: [] }, at('2026-05-02T02:00:00Z')).code).toBe('forbidden');
  });

  it('BUD-4: the reports due at a time: each ended month without a submitted report, due by the 10th of the next month in the policy zone, and overdue after', () => {
    // S3 §7.3.2 每月撰寫預算分析報告
    const b = march();
    expect(reportDueAt('2026-03', 10, 'Asia/Shanghai').toISOString()).toBe('2026-04-10T16:00:00.000Z');
    const due = (record: StoredRecord, iso: string, policy: Policy = defaultPolicy) => budgetReportsDue([record], policy, new Date(iso)).reports.map((r) => `${r.month}${r.overdue ? '!' : ''}`);
    expect(due(b, '2026-01-31T15:59:59Z')).toEqual([]);
    expect(due(b, '2026-02-10T15:59:59Z')).toEqual(['2026-01']);
    expect(due(b, '2026-02-10T16:00:01Z')).toEqual(['2026-01!']);
    expect(due(b, '2026-04-10T15:59:59Z')).toEqual(['2026-01!', '2026-02!', '2026-03']);
    const submitted = apply(b, people.financeStaff, { type: 'submit-report', month: '2026-03', explanations: reasons }, april);
    expect(due(submitted, '2026-04-11T00:00:00Z')).toEqual(['2026-01!', '2026-02!']);
    // The due day is policy data.
    expect(due(b, '2026-04-05T16:00:01Z', policyWith({ reportDueDay: 5 }))).toEqual(['2026-01!', '2026-02!', '2026-03!']);
    // Budgets not in force owe nothing; a damaged record is listed, not fatal.
    const listed = budgetReportsDue([create(), { ...b, id: 'broken', snapshot: { ...(b.snapshot as object), context: {} } } as StoredRecord], defaultPolicy, new Date('2026-06-01T00:00:00Z'));
    expect(listed).toEqual({ reports: [], unreadable: ['broken'] });
    const first = budgetReportsDue([b], defaultPolicy, new Date('2026-04-11T00:00:00Z')).reports[0];
    expect(first).toEqual({ recordId: budgetId, year: 2026, owner: 'marketing', month: '2026-01', status: 'due', dueAt: '2026-02-10T16:00:00.000Z', overdue: true });
  });
});

describe('stored records: version 2 budgets still load', () => {
  it('BUD-1/BUD-4: the v2 budget fixture migrates to version 3: marketing owns it, it has no reports, and it takes commands', () => {
    const v2 = fixture('budget.v2.json');
    expect(v2.schemaVersion).toBe(2);
    const read = readBudget(v2);
    if (!read.ok) throw new Error(read.error.message);
    expect(read.value).toMatchObject({ state: 'active', revision: 9 });
    expect(read.value.context).toMatchObject({ owner: 'marketing', reports: [] });
    expect(read.value.context.adjustments.map((a) => a.status)).toEqual(['approved', 'pending']);
    // The approved change of April shows beside the plan as approved.
    const april = varianceReport(v2, '2026-04', 1000);
    expect(april.ok && april.value.rows[0]!.plan - april.value.rows[0]!.originalPlan).toBe(2_000_000);
    // The pending change is for May, still open on 1 April: it can be approved.
    const r = attempt(v2, people.manager, { type: 'approve-adjustment', adjustment: 'adj-2' }, at('2026-04-01T02:00:00Z'));
    if (!r.ok) throw new Error(r.error.message);
    expect(r.record.schemaVersion).toBe(3);
    expect(view(r.record).context.reports).toEqual([]);
    // February's report is due and overdue by April.
    expect(budgetReportsDue([v2], defaultPolicy, new Date('2026-04-01T02:00:00Z')).reports.map((x) => x.month)).toEqual(['2026-01', '2026-02', '2026-03']);
  });
});
