// Side-by-side benchmarks on the built package (dist) under plain node: each line runs ours and a
// baseline that does the same work a host would otherwise do, in the same process, alternating rounds,
// and prints the ratio of median times (lower is faster for us). Run with `npm run bench`.
import { transition } from 'xstate';
import * as lib from '../dist/esm/index.js';
import { coldImportLines } from './cold-import.mjs';
import { complianceComparison } from './compliance.mjs';
import { kpiComparisons } from './kpi.mjs';

const {
  budgetMachine,
  budgetStep,
  caseMachine,
  createCase,
  disciplineStep,
  contentMachine,
  contentStep,
  createBudget,
  createContentItem,
  createDirectory,
  createMemoryStore,
  createPolicyEvaluation,
  createPolicyRevision,
  defaultPolicy,
  policyEvaluationMachine,
  policyEvaluationStep,
  policyRevisionMachine,
  policyRevisionStep,
  readContentItem,
  createRisk,
  riskMachine,
  riskStep,
  runCommand,
  assessItem,
} = lib;

// Cold import first, in fresh processes: the package root and each subpath against the peers alone.
coldImportLines();

function time(fn, iterations) {
  const start = performance.now();
  for (let i = 0; i < iterations; i++) fn();
  return (performance.now() - start) / iterations;
}
async function timeAsync(fn, iterations) {
  const start = performance.now();
  for (let i = 0; i < iterations; i++) await fn();
  return (performance.now() - start) / iterations;
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (ms) => (ms >= 1 ? `${ms.toFixed(2)} ms` : `${(ms * 1000).toFixed(1)} µs`);

async function run({ name, goal, ours, baseline, iterations, rounds = 9, async = false }) {
  const t = async ? timeAsync : time;
  await t(ours, Math.ceil(iterations / 4));
  await t(baseline, Math.ceil(iterations / 4));
  const o = [];
  const b = [];
  for (let r = 0; r < rounds; r++) {
    o.push(await t(ours, iterations));
    b.push(await t(baseline, iterations));
  }
  console.log(`${name}: ${(median(o) / median(b)).toFixed(2)}x (ours ${fmt(median(o))} vs baseline ${fmt(median(b))} per run${goal ? `; goal ${goal}` : ''})`);
  return { ours: median(o), baseline: median(b) };
}

const people = [
  { id: 'u-author', department: 'marketing', positions: ['staff'] },
  { id: 'u-editor', department: 'marketing', positions: ['content-editor'] },
  { id: 'u-mkt-head', department: 'marketing', positions: ['head'] },
  { id: 'u-legal', department: 'legal', positions: ['legal-counsel'] },
  { id: 'u-data', department: 'data-analysis', positions: ['staff'] },
  { id: 'u-fin-head', department: 'finance', positions: ['head'] },
  { id: 'u-gm', department: 'management', positions: ['management-head'] },
  { id: 'u-market-staff', department: 'market', positions: ['staff'] },
  { id: 'u-market-head', department: 'market', positions: ['head'] },
  { id: 'u-legal-head', department: 'legal', positions: ['head'] },
  { id: 'u-ops', department: 'operations-management', positions: ['staff'] },
  { id: 'u-hr-staff', department: 'hr', positions: ['staff'] },
  { id: 'u-mkt-staff', department: 'marketing', positions: ['staff'] },
  { id: 'u-audit', department: 'internal-audit', positions: ['staff'] },
];
const directory = createDirectory(people);
const now = new Date('2026-03-02T01:00:00Z');
const as = (actor) => ({ policy: defaultPolicy, actor, directory, now });

// A workflow as the step sees it (records and commands) and as raw XState sees it (the same stored
// snapshots and the events the step produces from those commands), taken from one real run.
function trace(created, step, commands) {
  if (!created.ok) throw new Error(created.error.message);
  const records = [created.record];
  for (const [actor, command] of commands) {
    const r = step(records.at(-1), command, as(actor));
    if (!r.ok) throw new Error(`${command.type}: ${r.error.message}`);
    records.push(r.record);
  }
  return records;
}

function stepVsTransition(name, machine, step, records, commands, events, eventAt = (i) => events[i]) {
  return run({
    name,
    goal: '≤ 2.0x',
    iterations: 300,
    ours: () => {
      for (let i = 0; i < commands.length; i++) {
        const r = step(records[i], commands[i][1], as(commands[i][0]));
        if (!r.ok) throw new Error(r.error.message);
      }
    },
    // A host using XState alone rehydrates the stored snapshot and transitions it with the event.
    baseline: () => {
      for (let i = 0; i < events.length; i++) transition(machine, machine.resolveState(records[i].snapshot), eventAt(i));
    },
  });
}

// The baseline's events are written out as the step builds them from the commands; each is checked to
// take the machine where the step took the record, so both sides do the same transitions.
const who = (actor) => ({ actorId: actor, department: people.find((p) => p.id === actor).department, at: now.toISOString() });
function checkEvents(machine, records, events) {
  events.forEach((e, i) => {
    const [next] = transition(machine, machine.resolveState(records[i].snapshot), e);
    if (JSON.stringify(next.value) !== JSON.stringify(records[i + 1].snapshot.value)) throw new Error(`baseline event ${i} (${e.type}) does not match the step`);
  });
}

// Content: a low-risk Weibo post from plan to publication (6 commands).
const plan = { theme: 't', form: 'f', audience: 'a', expectedEffect: 'e' };
const content = createContentItem('post', { id: 'c1', type: 'create', format: 'text', channel: 'weibo', riskLevel: 'low', title: '新品', body: '正文', plan }, as('u-author'));
const hash = content.ok ? content.record.snapshot.context.hash : '';
const contentCommands = [
  ['u-author', { id: 'c2', type: 'start-creation' }],
  ['u-author', { id: 'c3', type: 'submit' }],
  ['u-editor', { id: 'c4', type: 'approve', stage: 'editor', hash }],
  ['u-mkt-head', { id: 'c5', type: 'approve', stage: 'department-head', hash }],
  ['u-legal', { id: 'c6', type: 'approve', stage: 'legal', hash }],
  ['u-editor', { id: 'c7', type: 'publish', externalId: 'wb-1' }],
];
const contentRecords = trace(content, contentStep, contentCommands);
const chain = contentRecords[2].snapshot.context.chain;
const contentEvents = [
  { type: 'start-creation', ...who('u-author') },
  { type: 'submit', chain, ...who('u-author') },
  { type: 'approve', stage: 'editor', hash, ...who('u-editor') },
  { type: 'approve', stage: 'department-head', hash, ...who('u-mkt-head') },
  { type: 'approve', stage: 'legal', hash, ...who('u-legal') },
  { type: 'publish', externalId: 'wb-1', policyVersion: defaultPolicy.version, ...who('u-editor') },
];
// A host on XState alone would still have to check the content for compliance when it is submitted (CMP-4):
// its submit event carries an assessment made then, with the rule set compiled once as ours is.
const submitted = contentRecords[2].snapshot.context;
const submitEvent = () => {
  const a = assessItem(contentRecords[1].snapshot.context, [], defaultPolicy, now);
  if (!a.ok) throw new Error(a.error.message);
  return { ...contentEvents[1], compliance: a.value, riskLevel: submitted.riskLevel, hash: submitted.hash };
};
contentEvents[1] = submitEvent();
const contentEventAt = (i) => (i === 1 ? submitEvent() : contentEvents[i]);
checkEvents(contentMachine, contentRecords, contentEvents);
await stepVsTransition('content.step vs xstate.transition', contentMachine, contentStep, contentRecords, contentCommands, contentEvents, contentEventAt);

// Budget: review, approval, spending, a change and its approval, a variance explained, closing (8 commands).
const lines = [{ id: 'spring', category: 'campaign', name: '春季活动', annual: 1_200_000_00 }];
// Compiled in December (BUD-1: the compilation window), under the id derived from year and owner.
const budget = createBudget('budget-2026-marketing', { id: 'b1', type: 'create', year: 2026, lines }, { ...as('u-mkt-head'), now: new Date('2025-12-20T02:00:00Z') });
const budgetCommands = [
  ['u-mkt-head', { id: 'b2', type: 'submit' }],
  ['u-fin-head', { id: 'b3', type: 'finance-approve' }],
  ['u-gm', { id: 'b4', type: 'approve' }],
  ['u-fin-head', { id: 'b5', type: 'record-spend', line: 'spring', month: '2026-03', amount: 1_000_00, description: '投放' }],
  ['u-mkt-head', { id: 'b6', type: 'request-adjustment', line: 'spring', month: '2026-03', delta: 5_000_00, reason: '追加' }],
  ['u-gm', { id: 'b7', type: 'approve-adjustment', adjustment: 'adj-1' }],
  ['u-fin-head', { id: 'b8', type: 'explain-variance', line: 'spring', month: '2026-03', reason: '节奏调整' }],
  ['u-gm', { id: 'b9', type: 'close' }],
];
const budgetRecords = trace(budget, budgetStep, budgetCommands);
const budgetEvents = [
  { type: 'submit', ...who('u-mkt-head') },
  { type: 'finance-approve', ...who('u-fin-head') },
  { type: 'approve', ...who('u-gm') },
  { type: 'record-spend', id: 'spring/2026-03/1', line: 'spring', month: '2026-03', amount: 1_000_00, description: '投放', overBudget: false, ...who('u-fin-head') },
  { type: 'request-adjustment', id: 'adj-1', line: 'spring', month: '2026-03', delta: 5_000_00, reason: '追加', ...who('u-mkt-head') },
  { type: 'approve-adjustment', adjustment: 'adj-1', ...who('u-gm') },
  { type: 'explain-variance', line: 'spring', month: '2026-03', reason: '节奏调整', ...who('u-fin-head') },
  { type: 'close', ...who('u-gm') },
];
checkEvents(budgetMachine, budgetRecords, budgetEvents);
await stepVsTransition('budget.step vs xstate.transition', budgetMachine, budgetStep, budgetRecords, budgetCommands, budgetEvents);

// Risk: a legal risk assessed, treated, monitored, reviewed, given a legal opinion and closed (7 commands).
const day = (n) => new Date(now.getTime() + n * 86_400_000).toISOString();
const risk = createRisk('risk-1', { id: 'k1', type: 'create', category: 'legal', topic: 'ad-compliance', title: '绝对化用语', description: '详情页含「最佳」', related: [{ kind: 'content', id: 'post' }] }, as('u-author'));
const assessCommand = { type: 'assess', inherent: { likelihood: 'high', impact: 'medium' }, current: { likelihood: 'medium', impact: 'medium' }, target: 'low' };
const riskCommands = [
  ['u-legal', { id: 'k2', ...assessCommand }],
  ['u-mkt-head', { id: 'k3', type: 'plan-treatment', strategy: 'reduce', actions: [{ description: '替换素材', ownerDepartment: 'marketing', dueAt: day(7) }] }],
  ['u-mkt-head', { id: 'k4', type: 'complete-action', action: 'a-1' }],
  ['u-mkt-head', { id: 'k5', type: 'start-monitoring' }],
  ['u-legal', { id: 'k6', type: 'review', note: '控制有效' }],
  ['u-legal-head', { id: 'k7', type: 'record-legal-opinion', opinion: '符合广告法第九条' }],
  ['u-mkt-head', { id: 'k8', type: 'close', reason: '素材已替换' }],
];
const riskRecords = trace(risk, riskStep, riskCommands);
const grading = (likelihood, impact, grade) => ({ likelihood, impact, grade, level: grade, method: 'qualitative' });
const riskEvents = [
  { type: 'assess', assessment: { inherent: grading('high', 'medium', 'high'), current: grading('medium', 'medium', 'medium'), target: { grade: 'low', level: 'low' }, matrix: 'default-3x3', by: 'u-legal', at: now.toISOString() }, reviewDueAt: day(90), crisisTo: [], informLeadership: false, ...who('u-legal') },
  { type: 'plan-treatment', strategy: 'reduce', actions: [{ id: 'a-1', description: '替换素材', ownerDepartment: 'marketing', dueAt: day(7) }], ...who('u-mkt-head') },
  { type: 'complete-action', action: 'a-1', ...who('u-mkt-head') },
  { type: 'start-monitoring', reviewDueAt: day(90), ...who('u-mkt-head') },
  { type: 'review', note: '控制有效', reviewDueAt: day(90), ...who('u-legal') },
  { type: 'record-legal-opinion', opinion: '符合广告法第九条', ...who('u-legal-head') },
  { type: 'close', reason: '素材已替换', opinionRequired: true, ...who('u-mkt-head') },
];
checkEvents(riskMachine, riskRecords, riskEvents);
await stepVsTransition('risk.step vs xstate.transition', riskMachine, riskStep, riskRecords, riskCommands, riskEvents);
// Discipline: a minor case investigated, proposed, heard (waived), decided, executed and closed with the
// employee's self-review (9 commands).
const disciplineCase = createCase('case', { id: 'd1', type: 'create', subject: { person: 'u-mkt-staff', department: 'marketing' }, violation: 'platform-rule-breach', occurredAt: '2026-03-01T10:00:00+08:00', description: '刷评论' }, as('u-audit'));
const disciplineCommands = [
  ['u-hr-staff', { id: 'd2', type: 'investigate' }],
  ['u-hr-staff', { id: 'd3', type: 'propose', findings: '属实', history: [{ caseId: 'case-0', type: 'platform-rule-breach', rung: 'warning', decidedAt: '2026-01-10T10:00:00+08:00' }] }],
  ['u-hr-staff', { id: 'd4', type: 'notify' }],
  ['u-mkt-staff', { id: 'd5', type: 'waive-statement' }],
  ['u-mkt-head', { id: 'd6', type: 'decide', rung: 'rectification', reason: '重复违规' }],
  ['u-mkt-staff', { id: 'd7', type: 'waive-appeal' }],
  ['u-hr-staff', { id: 'd8', type: 'execute' }],
  ['u-mkt-staff', { id: 'd9', type: 'submit-self-review', text: '检讨' }],
  ['u-hr-staff', { id: 'd10', type: 'close' }],
];
const disciplineRecords = trace(disciplineCase, disciplineStep, disciplineCommands);
const week = new Date(now.getTime() + 7 * 86_400_000).toISOString();
const proposal = disciplineRecords[2].snapshot.context.proposal;
const disciplineEvents = [
  { type: 'investigate', ...who('u-hr-staff') },
  { type: 'propose', rung: proposal.rung, findings: '属实', severity: 'minor', history: proposal.history, explanation: proposal.explanation, ...who('u-hr-staff') },
  { type: 'notify', statementDueAt: week, ...who('u-hr-staff') },
  { type: 'waive-statement', ...who('u-mkt-staff') },
  { type: 'decide', rung: 'rectification', reason: '重复违规', contractChange: false, fineWarning: false, selfReviewRequired: true, appealDueAt: week, windowClosed: false, ...who('u-mkt-head') },
  { type: 'waive-appeal', ...who('u-mkt-staff') },
  { type: 'execute', appealClosed: false, ...who('u-hr-staff') },
  { type: 'submit-self-review', text: '检讨', ...who('u-mkt-staff') },
  { type: 'close', ...who('u-hr-staff') },
];
checkEvents(caseMachine, disciplineRecords, disciplineEvents);
await stepVsTransition('discipline.step vs xstate.transition', caseMachine, disciplineStep, disciplineRecords, disciplineCommands, disciplineEvents);

// Policy revision: review by two departments, approval, formal notice (5 commands). The record carries a
// whole policy.
const revision = createPolicyRevision('r', { id: 'r1', type: 'create', title: 'T', policy: { ...defaultPolicy, version: '2026.2' } }, as('u-market-staff'));
const revisionCommands = [
  ['u-market-staff', { id: 'r2', type: 'submit' }],
  ['u-market-head', { id: 'r3', type: 'endorse' }],
  ['u-legal-head', { id: 'r4', type: 'endorse' }],
  ['u-gm', { id: 'r5', type: 'approve' }],
  ['u-ops', { id: 'r6', type: 'announce', reference: 'R-1' }],
];
const revisionRecords = trace(revision, policyRevisionStep, revisionCommands);
const revisionEvents = [
  { type: 'submit', ...who('u-market-staff') },
  { type: 'endorse', ...who('u-market-head') },
  { type: 'endorse', ...who('u-legal-head') },
  { type: 'approve', ...who('u-gm') },
  { type: 'announce', effectiveFrom: now.toISOString(), reference: 'R-1', ...who('u-ops') },
];
checkEvents(policyRevisionMachine, revisionRecords, revisionEvents);
await stepVsTransition('policy.step vs xstate.transition', policyRevisionMachine, policyRevisionStep, revisionRecords, revisionCommands, revisionEvents);

// Policy evaluation: two findings, one calling for a revision, and the conclusion (3 commands).
const evaluation = createPolicyEvaluation('e', { id: 'e1', type: 'create', title: 'T', period: { from: '2026-01-01T00:00:00Z', to: '2026-03-01T00:00:00Z' } }, as('u-ops'));
const evaluationCommands = [
  ['u-ops', { id: 'e2', type: 'record-finding', text: '季度报告缺失', severity: 'minor' }],
  ['u-ops', { id: 'e3', type: 'record-finding', text: '未涵盖小红书', severity: 'major', needsRevision: true }],
  ['u-gm', { id: 'e4', type: 'conclude', outcome: 'revision-needed', summary: '需修订' }],
];
const evaluationRecords = trace(evaluation, policyEvaluationStep, evaluationCommands);
const evaluationEvents = [
  { type: 'record-finding', finding: { id: 'f-1', text: '季度报告缺失', severity: 'minor', needsRevision: false }, ...who('u-ops') },
  { type: 'record-finding', finding: { id: 'f-2', text: '未涵盖小红书', severity: 'major', needsRevision: true }, ...who('u-ops') },
  { type: 'conclude', outcome: 'revision-needed', summary: '需修订', audiences: [{ departments: ['market', 'operations-management'] }, { departments: ['marketing'], positions: ['head', 'deputy-head'] }], ...who('u-gm') },
];
checkEvents(policyEvaluationMachine, evaluationRecords, evaluationEvents);
await stepVsTransition('policy-evaluation.step vs xstate.transition', policyEvaluationMachine, policyEvaluationStep, evaluationRecords, evaluationCommands, evaluationEvents);

// The whole host path: load from a store, step, save with compare-and-set; against a host that uses
// raw XState with the same store (load, rehydrate, transition, persist, save with compare-and-set).
async function freshStore() {
  const store = createMemoryStore();
  await store.save(contentRecords[0], { expectedRevision: 0 });
  return store;
}
await run({
  name: 'host path: runCommand vs a raw-XState host on the same store',
  goal: '≤ 1.3x',
  iterations: 200,
  async: true,
  ours: async () => {
    const store = await freshStore();
    for (const [actor, command] of contentCommands) {
      const r = await runCommand(store, 'content-item', 'post', (rec) => contentStep(rec, command, as(actor)));
      if (!r.ok) throw new Error(r.error.message);
    }
  },
  baseline: async () => {
    const store = await freshStore();
    for (let i = 0; i < contentEvents.length; i++) {
      const event = contentEventAt(i);
      const rec = await store.load('content-item', 'post');
      const [next] = transition(contentMachine, contentMachine.resolveState(rec.snapshot), event);
      const saved = await store.save({ ...rec, revision: rec.revision + 1, snapshot: contentMachine.getPersistedSnapshot(next), updatedAt: event.at }, { expectedRevision: rec.revision });
      if (!saved.ok) throw new Error(saved.error.message);
    }
  },
});

// KPI scoring over a million rows against a hand loop computing the same sums.
for (const c of kpiComparisons(lib)) await run(c);

// The compliance scanner over 10 MB of mixed Chinese with 2,000 terms, against npm's fastest
// Aho–Corasick library on the same terms and text.
{
  const compliance = complianceComparison(lib);
  const { ours } = await run(compliance.run);
  console.log(compliance.summary(ours));
}

// A record kept for a long time: an item monitored hourly after publication.
{
  let record = contentRecords.at(-1);
  const sizes = new Map();
  for (let hour = 1; record.revision < 1000; hour++) {
    const r = contentStep(record, { id: `req-${String(hour).padStart(8, '0')}-${'f'.repeat(24)}`, type: 'record-metrics', metrics: { reads: hour * 10, likes: hour } }, {
      ...as('u-data'),
      now: new Date(now.getTime() + hour * 3_600_000),
    });
    if (!r.ok) throw new Error(r.error.message);
    record = r.record;
    if (record.revision === 10 || record.revision === 1000) sizes.set(record.revision, JSON.stringify(record).length);
  }
  const [small, large] = [sizes.get(10), sizes.get(1000)];
  console.log(`record size after 1,000 commands vs after 10: ${(large / small).toFixed(2)}x (ours ${(large / 1024).toFixed(1)} KB vs baseline ${(small / 1024).toFixed(1)} KB; goal ≤ 2.0x)`);
  if (!readContentItem(record).ok) throw new Error('unreadable');
}
