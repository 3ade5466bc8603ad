// Defects the fuzz harness found (test/support/fuzz-entries.ts), each pinned by a test that failed
// before its fix.
import { describe, expect, it } from 'vitest';
import { scan, compileRuleSet, defaultRuleSet } from '../../src/compliance/index.js';
import { canonicalJson, errorCodeLabels, labelOf, migrateRecord, money, periodKeyOf, parsePeriodKey, periodRange, readRecords, riskLevel, sumMoney, type Money } from '../../src/core/index.js';
import { budgetReportsDue, decomposeAnnual, readBudgets, varianceReport, type MonthSplit } from '../../src/budget/index.js';
import { complianceNotes, contentRecordType, contentReport, readContentItems, selectChain, weeklyReview, type ContentCompliance } from '../../src/content/index.js';
import { checkSanction, disciplineVetoes, proposeSanction, readCases, type DisciplineRules } from '../../src/discipline/index.js';
import { defaultPolicy, linkRevision, policyInForce, readPolicyEvaluations } from '../../src/policy/index.js';
import { people, directory } from '../support/people.js';
import { open } from '../policy/evaluation-helpers.js';
import { active } from '../budget/helpers.js';
import { acceptancesExpiring, gradeQuantitative, gradeRisk, impactForFen, likelihoodForProbability, readRisks, risksDueForReview, type RiskMatrix } from '../../src/risk/index.js';

const notAList = JSON.parse('{"0": {"id": "x"}, "length": 1}') as never;
const expectInvalid = (r: { ok: boolean; error?: { code: string; issues?: ReadonlyArray<{ path: ReadonlyArray<string | number> }> } }, path: Array<string | number>) => {
  expect(r.ok).toBe(false);
  expect(r.error?.code).toBe('invalid-input');
  expect(r.error?.issues?.[0]?.path).toEqual(path);
};

describe('fuzz findings: lists that are not lists', () => {
  it('SUP-2: readers and queries given something other than a list read nothing and report it unreadable, never throw', () => {
    expect(readRecords(notAList, contentRecordType)).toEqual({ views: [], unreadable: ['(not a list)'] });
    expect(readContentItems(notAList)).toEqual({ items: [], unreadable: ['(not a list)'] });
    expect(readBudgets(notAList).unreadable).toEqual(['(not a list)']);
    expect(readRisks(notAList).unreadable).toEqual(['(not a list)']);
    expect(readCases(notAList).unreadable).toEqual(['(not a list)']);
    expect(readPolicyEvaluations(notAList).unreadable).toEqual(['(not a list)']);
    expect(risksDueForReview(notAList, new Date('2026-03-02T00:00:00Z')).unreadable).toEqual(['(not a list)']);
    expect(budgetReportsDue(notAList, defaultPolicy, new Date('2026-03-02T00:00:00Z')).unreadable).toEqual(['(not a list)']);
  });

  it('BUD-2: sumMoney of something other than a list is invalid-input at values', () => {
    expectInvalid(sumMoney(notAList as unknown as Money[], 'CNY'), ['values']);
  });
});

describe('fuzz findings: values a refusal must name', () => {
  it('SUP-3: policyInForce with an invalid clock is invalid-input at now', () => {
    expectInvalid(policyInForce([], new Date(Number.NaN)), ['now']);
  });

  it('KPI-1: contentReport without a policy time zone is invalid-input at policy.timeZone', () => {
    expectInvalid(contentReport([], '2026-03', null as never), ['policy', 'timeZone']);
  });

  it('BUD-2: decomposeAnnual with an unknown split kind is invalid-input at split.kind', () => {
    expectInvalid(decomposeAnnual({ amount: 1200, currency: 'CNY' }, { kind: 'monthly' } as unknown as MonthSplit), ['split', 'kind']);
  });

  it('DSC-3: checkSanction of something other than a sanction is invalid-input at the root', () => {
    expectInvalid(checkSanction(null as never, defaultPolicy.discipline), []);
  });

  it('DSC-6: proposeSanction with rules that are not a discipline policy is invalid-input at rules', () => {
    const facts = { type: 'fake-traffic', severity: 'minor', occurredAt: '2026-03-01T10:00:00+08:00', history: [] } as never;
    expectInvalid(proposeSanction(facts, { timeZone: 'Asia/Shanghai' } as unknown as DisciplineRules), ['rules', 'discipline']);
    expectInvalid(proposeSanction(null as never, { timeZone: 'Asia/Shanghai', discipline: defaultPolicy.discipline }), ['facts']);
  });

  it('DSC-7: disciplineVetoes with a subject that is not an object is invalid-input at subject', () => {
    expectInvalid(disciplineVetoes([], '' as never, '2026', { timeZone: 'Asia/Shanghai', discipline: defaultPolicy.discipline }), ['subject']);
  });

  it('RSK-3: grading against something other than a risk matrix is invalid-input at matrix', () => {
    for (const matrix of [false, '', null, { likelihood: 'x', impact: [] }] as unknown as RiskMatrix[]) {
      expectInvalid(gradeRisk('high', 'high', matrix), ['matrix']);
      expectInvalid(impactForFen(0, matrix), ['matrix']);
      expectInvalid(likelihoodForProbability(0.5, matrix), ['matrix']);
    }
    expectInvalid(gradeQuantitative(null as never, defaultPolicy.risk.matrix), ['input']);
  });
});

describe('fuzz findings: values no text may crash on', () => {
  it('CW-5: canonicalJson writes an invalid Date as null, as JSON does, instead of throwing', () => {
    expect(canonicalJson({ at: new Date(Number.NaN) })).toBe('{"at":null}');
  });

  it('CMP-4: a label of a value outside its enumeration is the value itself, never a crash', () => {
    expect(riskLevel.label('severe' as never, 'zh-CN')).toBe('severe');
    expect(riskLevel.label('__proto__' as never, 'en')).toBe('__proto__');
  });
});

// An object whose `toString` is not a function: interpolating it into a message throws.
const unprintable = JSON.parse('{"toString": null, "valueOf": null}') as never;

describe('fuzz findings, second pass', () => {
  it('KPI-3: a period key that is not a string is invalid-input at key, never a crash while quoting it', () => {
    expectInvalid(parsePeriodKey(unprintable), ['key']);
    expectInvalid(periodRange(unprintable), ['key']);
    expectInvalid(weeklyReview([], unprintable, defaultPolicy), ['week']);
  });

  it('CW-3: a channel that is not a string is invalid-input at channel', () => {
    expectInvalid(selectChain(defaultPolicy, unprintable, 'low'), ['channel']);
  });

  it('DSC-3: a rung that is not a string is invalid-input at rung', () => {
    expectInvalid(checkSanction({ rung: unprintable, severity: 'minor', unionNotified: false, kpiAlone: false }, defaultPolicy.discipline), ['rung']);
  });

  it('RSK-4: acceptancesExpiring with a clock that is not a valid Date is invalid-input at now', () => {
    expectInvalid(acceptancesExpiring([], 'yesterday' as never, 30), ['now']);
    expectInvalid(acceptancesExpiring([], new Date(Number.NaN), 30), ['now']);
  });

  it('SUP-2: migrateRecord of something other than a record is version-mismatch, never a crash', () => {
    const r = migrateRecord(null as never, 'content-item', 2, []);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('version-mismatch');
  });

  it('CMP-4: compliance notes of an assessment with a reason outside the enumeration show the reason itself', () => {
    const c = { level: 'low', reason: 'hand-set', findings: [], accepted: [], counts: { high: 0, medium: 0, low: 0 } } as unknown as ContentCompliance;
    expect(complianceNotes(c)[0]!.messages.en).toContain('hand-set');
  });
});

describe('fuzz findings, third pass', () => {
  it('BUD-2: sumMoney with a currency or an amount that is not what it should be is invalid-input, never a crash while quoting it', () => {
    expectInvalid(sumMoney([], unprintable), ['currency']);
    expectInvalid(sumMoney([null as never], 'CNY'), ['values', 0]);
    expectInvalid(sumMoney([{ amount: 1, currency: unprintable }], 'CNY'), ['values', 0, 'currency']);
  });

  it('RSK-3: gradeRisk with levels that are not strings is invalid-input naming them', () => {
    const r = gradeRisk(unprintable, unprintable, defaultPolicy.risk.matrix);
    expect(r.ok).toBe(false);
    if (!r.ok && r.error.code === 'invalid-input') expect(r.error.issues.map((i) => i.path)).toEqual([['likelihood'], ['impact']]);
  });

  it('SUP-1: linkRevision with something other than a revision record is version-mismatch', () => {
    const r = linkRevision(open(), null as never, { policy: defaultPolicy, actor: people.ops.id, directory, now: new Date('2026-12-01T02:00:00.000Z') });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('version-mismatch');
  });

  it('BUD-4: a stored budget of a year period keys cannot spell is listed unreadable by budgetReportsDue, not a crash', () => {
    const b = active();
    const inYear = (year: number) => ({ ...b, snapshot: { ...(b.snapshot as object), context: { ...(b.snapshot as { context: object }).context, year } } });
    expect(budgetReportsDue([inYear(10_000)], defaultPolicy, new Date('2026-03-02T00:00:00Z')).unreadable).toEqual([b.id]);
    // Year 0 is spelled 0000: its months have closed long ago, and each report is due.
    expect(budgetReportsDue([inYear(0)], defaultPolicy, new Date('2026-03-02T00:00:00Z')).reports[0]?.month).toBe('0000-01');
  });
});

describe('fuzz findings, fourth pass: values that cannot be quoted', () => {
  it('BUD-2: money with a currency that is not a string is invalid-input at currency', () => {
    expectInvalid(money(1, unprintable), ['currency']);
  });

  it('KPI-3: periodKeyOf with a time zone that is not a string is invalid-input at timeZone', () => {
    expectInvalid(periodKeyOf(new Date('2026-03-02T00:00:00Z'), 'month', unprintable), ['timeZone']);
  });

  it('DSC-6: proposeSanction with a violation type that is not a string is invalid-input at type', () => {
    const facts = { type: unprintable, occurredAt: '2026-03-01T10:00:00+08:00', history: [] } as never;
    expectInvalid(proposeSanction(facts, { timeZone: 'Asia/Shanghai', discipline: defaultPolicy.discipline }), ['type']);
  });

  it('BUD-4: varianceReport with a month that is not a string is invalid-input at month', () => {
    expectInvalid(varianceReport(active(), unprintable, 1000), ['month']);
  });
});

describe('fuzz findings, fifth pass', () => {
  it('KPI-3: periodRange with a time zone that is not a string is invalid-input at timeZone', () => {
    expectInvalid(periodRange('2026-03', unprintable), ['timeZone']);
  });

  it('DSC-6: checkSanction with a severity outside the enumeration is invalid-input at severity', () => {
    expectInvalid(checkSanction({ rung: 'warning', severity: unprintable, unionNotified: false, kpiAlone: false }, defaultPolicy.discipline), ['severity']);
  });

  it('DSC-6: proposeSanction with violation types whose related list is not a list is invalid-input at rules.discipline', () => {
    const discipline = { ...defaultPolicy.discipline, violationTypes: defaultPolicy.discipline.violationTypes.map((t) => ({ ...t, related: 'x' })) } as never;
    const facts = { type: 'fake-traffic', occurredAt: '2026-03-01T10:00:00+08:00', history: [{ caseId: 'c-1', type: 'platform-rule-breach', rung: 'warning', decidedAt: '2026-02-01T02:00:00.000Z' }] } as never;
    expectInvalid(proposeSanction(facts, { timeZone: 'Asia/Shanghai', discipline }), ['rules', 'discipline']);
  });
});

describe('fuzz findings, sixth pass', () => {
  it('SUP-2: migrateRecord of a record whose kind is not a string is version-mismatch, never a crash while quoting it', () => {
    const r = migrateRecord({ kind: unprintable, schemaVersion: 1 } as never, 'content-item', 2, []);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('version-mismatch');
  });
});

describe('fuzz findings, seventh pass', () => {
  it('RSK-3: a matrix whose id is not a string is invalid-input at matrix, never a crash while quoting it', () => {
    const matrix = { ...defaultPolicy.risk.matrix, id: unprintable } as RiskMatrix;
    expectInvalid(gradeQuantitative({ probability: 2, impactFen: 0 }, matrix), ['matrix']);
  });
});

describe('fuzz findings, eighth pass', () => {
  it('DSC-6: proposeSanction with an empty ladder, or rungs named that it lacks, is invalid-input at rules.discipline', () => {
    const facts = { type: 'platform-rule-breach', occurredAt: '2026-03-01T10:00:00+08:00', history: [] } as never;
    expectInvalid(proposeSanction(facts, { timeZone: 'Asia/Shanghai', discipline: { ...defaultPolicy.discipline, ladder: [] } as never }), ['rules', 'discipline']);
    expectInvalid(proposeSanction(facts, { timeZone: 'Asia/Shanghai', discipline: { ...defaultPolicy.discipline, severityFloors: { minor: 'x', serious: 'x', gross: 'x' } } as never }), ['rules', 'discipline']);
  });

  it('CMP-1: scan with a field that is not a finding field is invalid-input at options.field', () => {
    const compiled = compileRuleSet(defaultRuleSet);
    if (!compiled.ok) throw new Error('the default rule set compiles');
    expectInvalid(scan('最佳', compiled.value, { field: unprintable }), ['options', 'field']);
  });
});

describe('fuzz findings, ninth pass', () => {
  it('DSC-6: proposeSanction with a violation type of no severity names the discipline section, never an empty refusal', () => {
    const discipline = { ...defaultPolicy.discipline, violationTypes: defaultPolicy.discipline.violationTypes.map((t) => ({ ...t, severity: '' })) } as never;
    const facts = { type: 'platform-rule-breach', occurredAt: '2026-03-01T10:00:00+08:00', history: [] } as never;
    expectInvalid(proposeSanction(facts, { timeZone: 'Asia/Shanghai', discipline }), ['rules', 'discipline']);
  });
});

describe('fuzz findings of the 100 000-run fuzz', () => {
  it('labelOf with a locale or key that is not a string never crashes while reading it', () => {
    expect(labelOf(errorCodeLabels, 'forbidden', unprintable)).toBe('forbidden');
    expect(labelOf(errorCodeLabels, unprintable, 'en')).toBe('');
  });

  it('SUP-2: migrateRecord of a record whose schemaVersion is not a number is version-mismatch, never a crash while quoting it', () => {
    const r = migrateRecord({ kind: 'content-item', schemaVersion: unprintable } as never, 'content-item', 2, []);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('version-mismatch');
  });
});
