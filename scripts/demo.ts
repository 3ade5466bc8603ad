// A host's view of the library on an in-memory store: a policy revision from draft to in force, a Weibo
// post through review and publication, a KPI scorecard, a year's budget, and the risk register. Who acts and when come from
// the host (a directory of staff and a clock); commands carry only what the client asks for.
import {
  allocate,
  createDirectory,
  createMemoryStore,
  errorCodeLabels,
  formatMoney,
  httpStatusOf,
  periodRange,
  roundNumber,
  runCommand,
  runCreate,
  type AuditEntry,
  type Effect,
  type StepContext,
  type StepResult,
  type StoredRecord,
} from '../src/core/index.js';
import { authorize } from '../src/org/index.js';
import { BUDGET_KIND, budgetState, budgetStep, createBudget, readBudget, varianceReport, type BudgetCommand } from '../src/budget/index.js';
import { builtInMetrics, computeMetric, decomposeByMonth, explainScore, metricById, scoreScorecard } from '../src/kpi/index.js';
import { zhCN } from '../src/kpi/locale/zh-CN.js';
import {
  CONTENT_KIND,
  contentReport,
  contentState,
  contentStep,
  createContentItem,
  publishingCalendar,
  readContentItem,
  reviewDeadlines,
  reviewSheet,
  weeklyReview,
  type ContentCommand,
} from '../src/content/index.js';
import { complianceReport } from '../src/compliance/index.js';
import { riskLevel } from '../src/core/index.js';
import {
  contentMarkedForReview,
  createRisk,
  openIncidentsByPlatform,
  RISK_KIND,
  riskCategory,
  riskHeatMap,
  riskState,
  riskStep,
  risksDueForReview,
  platformSanctionKind,
  type CreateRiskCommand,
  type RiskCommand,
} from '../src/risk/index.js';
import {
  accountabilityLinks,
  CASE_KIND,
  caseState,
  createCase,
  disciplineStep,
  disciplineVetoes,
  readCase,
  sanctionHistory,
  type CreateCaseCommand,
  type DisciplineCommand,
} from '../src/discipline/index.js';
import {
  createPolicyRevision,
  defaultPolicy,
  parsePolicy,
  policyInForce,
  policyRevisionStep,
  REVISION_KIND,
  revisionState,
  type Policy,
  type RevisionCommand,
} from '../src/policy/index.js';

// The host's staff directory: who holds which position. The library never reads this from a request.
const people = {
  drafter: { id: '市场部-王芳', department: 'market', positions: ['staff'] },
  editor: { id: '营销部-李编辑', department: 'marketing', positions: ['content-editor'] },
  marketHead: { id: '市场部-张总监', department: 'market', positions: ['head'] },
  legalHead: { id: '法务部-陈律师', department: 'legal', positions: ['head'] },
  manager: { id: '总经理-刘', department: 'management', positions: ['management-head'] },
  ops: { id: '经营管理部-赵', department: 'operations-management', positions: ['staff'] },
  // S1 ch.7.1: the market department plans and creates new-media content; its own editor reviews it.
  author: { id: '市场部-周文案', department: 'market', positions: ['staff'] },
  marketEditor: { id: '市场部-李编辑', department: 'market', positions: ['content-editor'] },
  marketEditor2: { id: '市场部-吴编辑', department: 'market', positions: ['content-editor'] },
  head: { id: '营销部-郑总监', department: 'marketing', positions: ['head'] },
  legal: { id: '法务部-孙律师', department: 'legal', positions: ['legal-counsel'] },
  legal2: { id: '法务部-钟律师', department: 'legal', positions: ['legal-counsel'] },
  leader: { id: '产品部-林总', department: 'product', positions: ['head'], memberOf: ['leadership-group'] },
  analyst: { id: '数据部-钱分析', department: 'data-analysis', positions: ['staff'] },
  pr: { id: '公关部-冯总监', department: 'pr', positions: ['head'] },
  finance: { id: '财务部-何经理', department: 'finance', positions: ['head'] },
  // Discipline: the employee concerned, HR and internal audit.
  employee: { id: '营销部-吴运营', department: 'marketing', positions: ['staff'] },
  hrHead: { id: '人力资源部-唐经理', department: 'hr', positions: ['head'] },
  hrStaff: { id: '人力资源部-许专员', department: 'hr', positions: ['staff'] },
  auditor: { id: '内审部-高审计', department: 'internal-audit', positions: ['staff'] },
};
type Person = (typeof people)[keyof typeof people];
const directory = createDirectory(Object.values(people));

const loaded = parsePolicy(defaultPolicy);
if (!loaded.ok) throw new Error(loaded.error.message);
let policy: Policy = loaded.value;
const store = createMemoryStore();
let clock = new Date('2026-01-05T01:00:00Z');
const tick = (hours = 1) => (clock = new Date(clock.getTime() + hours * 3_600_000));
const as = (who: Person): StepContext<Policy> => ({ policy, actor: who.id, directory, now: clock });

const audit: AuditEntry[] = [];
const effects: Effect[] = [];

function show(label: string, r: StepResult<unknown>, describe: (record: StoredRecord) => string = (rec) => String((rec.snapshot as { value: unknown }).value)) {
  if (r.ok && r.replayed) {
    console.log(`  ✔ ${label}: already applied at revision ${r.appliedAt}; nothing changed`);
  } else if (r.ok) {
    audit.push(r.audit);
    effects.push(...r.effects);
    const fx = r.effects.map((e) => `${e.type}:${String(e['topic'])}`).join(', ');
    console.log(`  ✔ ${label}: → ${describe(r.record)} [${r.audit.rules.join(', ')}]${fx ? `  effects: ${fx}` : ''}`);
  } else {
    const e = r.error;
    console.log(`  ✘ ${label}: ${httpStatusOf(e)} ${errorCodeLabels[e.code]['zh-CN']} / ${e.code}${e.rule ? ` [${e.rule}]` : ''}`);
    console.log(`      ${e.messages['zh-CN']}`);
    console.log(`      ${e.message}`);
  }
}

// ---------------------------------------------------------------------------------------------------
console.log('marketing-governance demo: a policy revision, SUP-3 (S1 ch.8, S0 art.17)\n');
console.log(`Policy in force: ${policy.title['zh-CN']} v${policy.version}, ${policy.org.departments.length} departments, time zone ${policy.timeZone}\n`);
const revisionLabel = (rec: StoredRecord) => revisionState.label((rec.snapshot as { value: 'draft' }).value, 'zh-CN');
const revise = async (label: string, who: Person, command: RevisionCommand) => {
  tick();
  const r = await runCommand(store, REVISION_KIND, 'rev-2026-2', (rec) => policyRevisionStep(rec, command, as(who)));
  show(label, r, revisionLabel);
  return r;
};
const proposed = { ...policy, version: '2026.2' };

console.log('1. Drafting');
show('a content editor tries to draft', createPolicyRevision('rev-2026-2', { id: 'req-0', type: 'create', title: '2026 第二版', policy: proposed }, as(people.editor)));
show('a draft that reuses the version in force', createPolicyRevision('rev-x', { id: 'req-00', type: 'create', title: '同版本', policy }, as(people.drafter)));
show(
  'market staff drafts revision 2026.2',
  await runCreate(store, () => createPolicyRevision('rev-2026-2', { id: 'req-1', type: 'create', title: '2026 第二版', summary: '新增小红书平台', policy: proposed }, as(people.drafter))),
  revisionLabel,
);

console.log('\n2. Department review (部门审核): the departments come from the policy, not the drafter');
await revise('drafter submits', people.drafter, { id: 'req-2', type: 'submit' });
// A request body claiming to be the general manager changes nothing: the host says who is calling.
await revise('drafter sends "approve" claiming to be the manager', people.drafter, { id: 'req-3', type: 'approve', actor: people.manager } as RevisionCommand);
await revise('legal head endorses', people.legalHead, { id: 'req-4', type: 'endorse' });
await revise('manager approves too early', people.manager, { id: 'req-5', type: 'approve' });
await revise('market head endorses', people.marketHead, { id: 'req-6', type: 'endorse' });

console.log('\n3. Management approval (企业管理负责人审批), two invocations racing');
tick();
const approve: RevisionCommand = { id: 'req-7', type: 'approve' };
const [a, b] = await Promise.all([
  runCommand(store, REVISION_KIND, 'rev-2026-2', (rec) => policyRevisionStep(rec, approve, as(people.manager))),
  runCommand(store, REVISION_KIND, 'rev-2026-2', (rec) => policyRevisionStep(rec, { id: 'req-8', type: 'reject', reason: '预算影响未说明' }, as(people.manager))),
]);
show('invocation A: approve', a, revisionLabel);
show('invocation B: reject (lost the race, reloaded, refused)', b, revisionLabel);
show('the approve request is retried by the client', await runCommand(store, REVISION_KIND, 'rev-2026-2', (rec) => policyRevisionStep(rec, approve, as(people.manager))));
show(
  'the same request id reused for another command',
  await runCommand(store, REVISION_KIND, 'rev-2026-2', (rec) => policyRevisionStep(rec, { id: 'req-7', type: 'announce', reference: 'x' }, as(people.manager))),
);

console.log('\n4. Formal notice (正式通知后生效)');
await revise('notice back-dated before itself', people.ops, { id: 'req-9', type: 'announce', reference: '营字〔2026〕3号', effectiveFrom: '2026-01-01T00:00:00+08:00' });
await revise('notice issued, in force from 1 Feb', people.ops, { id: 'req-10', type: 'announce', reference: '营字〔2026〕3号', effectiveFrom: '2026-02-01T00:00:00+08:00', at: '2025-12-31T00:00:00Z' });
const stored = (await store.load(REVISION_KIND, 'rev-2026-2'))!;
for (const at of ['2026-01-31T15:59:59Z', '2026-01-31T16:00:00Z']) {
  const r = policyInForce([stored], new Date(at));
  console.log(`  policy in force at ${at}: ${r.ok ? `v${r.value.version} (${r.value.recordId})` : r.error.message}`);
}

console.log('\n5. Audit trail (host time; a time the client claimed is kept apart, never used)');
for (const e of audit) {
  const state = (s: string) => (revisionState.is(s) ? revisionState.label(s, 'zh-CN') : s);
  console.log(`  r${e.revision}  ${e.at}${e.claimedAt ? ` (claimed ${e.claimedAt})` : ''}  ${e.actor.id.padEnd(10, '　')}  ${e.command.padEnd(8)} ${state(e.from)} → ${state(e.to)}  policy v${e.policyVersion}`);
}

console.log('\n6. Decision rights (ORG-3) and money/periods');
for (const [who, action] of [
  [people.legalHead, 'compliance.decide'],
  [people.editor, 'brand.decide'],
] as const) {
  const r = authorize(who, action, {}, policy);
  console.log(`  ${who.id} → ${action}: ${r.ok ? 'allowed' : `refused [${r.error.rule}] ${r.error.messages['zh-CN']}`}`);
}
const months = allocate({ amount: 120_000_001, currency: 'CNY' }, Array(12).fill(1));
if (months.ok) console.log(`  ¥1,200,000.01 over 12 months: ${months.value.slice(0, 3).map(formatMoney).join(', ')}, … (sum exact)`);
const march = periodRange('2026-03', policy.timeZone);
if (march.ok) console.log(`  2026-03 in ${policy.timeZone}: [${march.value.start.toISOString()}, ${march.value.end.toISOString()})`);

// ---------------------------------------------------------------------------------------------------
console.log('\n\nContent workflow: the market department’s Weibo post, CW-1..CW-9 (S1 ch.4–5, ch.7.1)\n');
audit.length = 0;
clock = new Date('2026-03-02T01:00:00Z');
const postLabel = (rec: StoredRecord) => {
  const v = readContentItem(rec);
  if (!v.ok) return v.error.message;
  const stage = v.value.stage ? v.value.context.chain?.stages.find((s) => s.id === v.value.stage)?.labels?.['zh-CN'] ?? v.value.stage : undefined;
  return `${contentState.is(v.value.state) ? contentState.label(v.value.state, 'zh-CN') : v.value.state}${stage ? ` · ${stage}` : ''}`;
};
// What a reviewer's screen shows: the stage under review and the hash of the content they see.
const seenNow = async () => {
  const v = readContentItem((await store.load(CONTENT_KIND, 'post-2026-03'))!);
  return { stage: v.ok ? (v.value.stage ?? '') : '', hash: v.ok ? v.value.hash : '' };
};
const post = async (label: string, who: Person, command: ContentCommand) =>
  show(label, await runCommand(store, CONTENT_KIND, 'post-2026-03', (rec) => contentStep(rec, command, as(who))), postLabel);

show(
  'author plans a high-risk post',
  await runCreate(store, () =>
    createContentItem(
      'post-2026-03',
      {
        id: 'p-1',
        type: 'create',
        format: 'text',
        channel: 'weibo',
        riskLevel: 'high',
        title: '春季新品上市',
        body: '全新春季系列，限时九折。',
        tags: ['春季新品'],
        sources: [{ what: '折扣与活动期限', where: '2026 春季促销方案（市场部）' }],
        plan: { theme: '春季新品', form: '图文', audience: '25-35 岁城市女性', expectedEffect: '阅读 1 万' },
      },
      as(people.author),
    ),
  ),
  postLabel,
);
await post('author starts writing', people.author, { id: 'p-2', type: 'start-creation' });
await post('author submits', people.author, { id: 'p-3', type: 'submit' });
await post('author lowers the risk level to skip the leadership stage', people.author, { id: 'p-4', type: 'edit', riskLevel: 'low' });
await post('the author tries to approve her own post', people.author, { id: 'p-5', type: 'approve', ...(await seenNow()) });
tick(2);
await post('the market department\'s content editor approves', people.marketEditor, { id: 'p-6', type: 'approve', ...(await seenNow()) });
await post('the market department head rejects', people.marketHead, { id: 'p-7', type: 'reject', stage: 'department-head', reason: '“限时九折”缺少活动期限' });
await post('author fixes the text', people.author, { id: 'p-8', type: 'edit', body: '全新春季系列，3 月 1 日至 3 月 15 日九折。' });
await post('author resubmits', people.author, { id: 'p-9', type: 'submit' });
await post('legal, having checked, lowers the risk to medium', people.legal2, { id: 'p-10', type: 'edit', riskLevel: 'medium', reason: '经核实无绝对化用语及功效宣称' });
const seen = await seenNow();
await post('editor approves', people.marketEditor, { id: 'p-11', type: 'approve', ...seen });
await post('department head approves', people.marketHead, { id: 'p-12', type: 'approve', ...(await seenNow()) });
await post('author adds a hashtag after two approvals', people.author, { id: 'p-13', type: 'edit', tags: ['春季新品', '限时优惠'], reason: '补充话题标签' });
await post('editor approves the version she saw before the edit', people.marketEditor, { id: 'p-14', type: 'approve', ...seen });

console.log('\n  The policy changes mid-review: the legal stage is now signed by two lawyers. This item keeps its chain.');
const stricter = parsePolicy({ ...policy, version: '2026.3', content: { ...policy.content, stages: policy.content.stages.map((s) => (s.id === 'legal' ? { ...s, quorum: { kind: 'n-of-m', n: 2 } } : s)) } });
if (stricter.ok) policy = stricter.value;
for (const [i, who] of [people.marketEditor2, people.marketHead, people.legal].entries()) await post(`re-approval ${i + 1}`, who, { id: `p-15-${i}`, type: 'approve', ...(await seenNow()) });
tick(3);
await post('the marketing team schedules it for Wednesday noon (S0 art.10)', people.editor, { id: 'p-16', type: 'schedule', publishAt: '2026-03-04T12:00:00+08:00' });
clock = new Date('2026-03-04T04:00:00Z');
await post('published on schedule', people.editor, { id: 'p-17', type: 'publish', externalId: 'weibo-5012', url: 'https://weibo.com/5012' });
clock = new Date('2026-03-05T04:00:00Z');
await post('analyst records metrics', people.analyst, { id: 'p-18', type: 'record-metrics', metrics: { reads: 12800, likes: 430, shares: 61, comments: 38, newFollowers: 120 } });
clock = new Date('2026-03-06T09:00:00Z');
await post('a platform notice: PR takes it down, naming the notice', people.pr, {
  id: 'p-19',
  type: 'takedown',
  reason: '平台通知：价格描述引发投诉，先行下架',
  cause: { kind: 'platform-notice', id: 'weibo-notice-2026-031' },
});

const postRecord = (await store.load(CONTENT_KIND, 'post-2026-03'))!;
console.log('\n  Audit trail of the post:');
for (const e of audit) {
  console.log(`    r${String(e.revision).padStart(2)}  ${e.at}  ${e.actor.id.padEnd(8, '　')}  ${e.command.padEnd(14)} ${e.from} → ${e.to} [${e.rules.join(',')}]${e.reason ? `  「${e.reason}」` : ''}`);
}
const report = contentReport([postRecord], '2026-03', policy);
if (report.ok) console.log(`\n  March report: ${report.value.items} item(s), by state ${JSON.stringify({ ...report.value.byState })}, reads ${report.value.totals.reads}`);
const calendar = publishingCalendar([postRecord], '2026-W10', policy);
if (calendar.ok) console.log(`  Calendar 2026-W10: ${calendar.value.gaps.length} gaps (e.g. ${calendar.value.gaps.slice(0, 2).map((g) => `${g.channel} ${g.date}`).join(', ')}), ${calendar.value.clashes.length} clashes`);
const week = weeklyReview([postRecord], '2026-W10', policy);
if (week.ok) {
  const weibo = week.value.channels.find((c) => c.channel === 'weibo')!;
  console.log(`  Weekly review 2026-W10, Weibo (S4 §3.3): planned ${weibo.planned.length}, published ${weibo.published.length}, slipped ${weibo.slipped.length}, unplanned ${weibo.unplanned.length}`);
}
console.log(`  Reviews overdue now: ${reviewDeadlines([postRecord], clock, policy).filter((d) => d.status === 'overdue').length}`);

console.log('\n  Compliance on submission (CMP-4, CW-3): a post created low-risk whose text breaks the advertising law');
clock = new Date('2026-03-10T02:00:00Z');
const adLabel = (rec: StoredRecord) => {
  const v = readContentItem(rec);
  return v.ok ? `${postLabel(rec)} · risk ${v.value.context.riskLevel} (computed ${v.value.context.compliance?.level ?? '—'})` : v.error.message;
};
const ad = async (label: string, who: Person, command: ContentCommand) =>
  show(label, await runCommand(store, CONTENT_KIND, 'post-2026-03-ad', (rec) => contentStep(rec, command, as(who))), adLabel);
show(
  'author plans a low-risk post',
  await runCreate(store, () =>
    createContentItem(
      'post-2026-03-ad',
      {
        id: 'ad-1',
        type: 'create',
        format: 'text',
        channel: 'weibo',
        riskLevel: 'low',
        title: '理财新品',
        body: '国家级最佳产品，保本无风险！咨询电话 13800138000',
        plan: { theme: '理财新品', form: '图文', audience: '30-45 岁', expectedEffect: '咨询 200 次' },
      },
      as(people.author),
    ),
  ),
  adLabel,
);
await ad('author starts writing', people.author, { id: 'ad-2', type: 'start-creation' });
await ad('author submits: the findings route it through legal and leadership', people.author, { id: 'ad-3', type: 'submit' });
await ad('author lowers the level after submission', people.author, { id: 'ad-4', type: 'edit', riskLevel: 'low' });
await ad('legal lowers it below the computed level without accepting a finding', people.legal2, { id: 'ad-5', type: 'edit', riskLevel: 'medium', reason: '产品已备案' });
const submitEntry = audit.find((e) => e.recordId === 'post-2026-03-ad' && e.command === 'submit');
if (submitEntry?.notes) {
  console.log('  The submission\'s audit entry explains the assessment:');
  for (const n of submitEntry.notes) console.log(`    ${n.messages['zh-CN']}`);
}
const adRecord = (await store.load(CONTENT_KIND, 'post-2026-03-ad'))!;
const adView = readContentItem(adRecord);
if (adView.ok) console.log(`  Chain: ${adView.value.context.chain?.stages.map((s) => s.labels?.['zh-CN'] ?? s.id).join(' → ')}`);
const sheet = reviewSheet(adRecord);
if (sheet.ok && sheet.value.compliance) {
  console.log(`  The legal reviewer's sheet: ${sheet.value.compliance.total} findings, computed level ${sheet.value.compliance.level}`);
  for (const f of sheet.value.compliance.findings) console.log(`    ${f.line}`);
}
const assessed = adView.ok ? adView.value.context.compliance : undefined;
if (assessed) {
  console.log('  The report the legal reviewer reads:');
  for (const line of complianceReport({ findings: assessed.findings, counts: assessed.counts, level: assessed.level, reason: assessed.reason }, 'zh-CN').split('\n')) console.log(`    ${line}`);
}

// ---------------------------------------------------------------------------------------------------
console.log('\n\nKPI: the marketing team’s March scorecard (S0 art.14, KPI-1..4)\n');
const marketingCard = policy.kpi.scorecards.find((c) => c.id === 'marketing-team')!;
const marchInputs = {
  sales: 1_300_000_00,
  marketSales: 8_000_000_00,
  followersStart: 200_000,
  followersEnd: 211_000,
  conversions: 540,
  visitors: 20_000,
  likes: 3_000,
  shares: 800,
  comments: 600,
  reach: 100_000,
};
const scored = scoreScorecard(marketingCard, { inputs: marchInputs }, policy.kpi, builtInMetrics);
if (scored.ok) console.log(explainScore(scored.value, zhCN).replace(/^/gm, '  '));
const vetoed = scoreScorecard(marketingCard, { inputs: marchInputs, vetoes: ['major-opinion-incident'] }, policy.kpi, builtInMetrics);
if (vetoed.ok) console.log(`\n  The same month with a major public-opinion incident (一票否决): rating ${vetoed.value.rating} (${vetoed.value.veto?.ratingBefore} capped at ${vetoed.value.veto?.cappedAt}); bonus ×${(vetoed.value.band?.bonusCoefficientBp ?? 0) / 10000}`);
const cpc = computeMetric(metricById('cost-per-click')!, { cost: 5_000_00, adClicks: 0 });
console.log(`  CPC with ¥5,000 spent and no clicks: ${cpc.value === null ? `no value (${cpc.reason}${cpc.anomaly ? ', flagged as an anomaly' : ''})` : cpc.value}`);
const followerGoal = decomposeByMonth({ id: 'followers-2026', metric: 'new-followers', target: 120_001, period: '2026-Q1', owner: 'marketing', additive: true }, { kind: 'seasonal', weights: [3, 2, 4] });
if (followerGoal.ok) console.log(`  Q1 follower goal 120,001 by month: ${followerGoal.value.map((g) => `${g.period} ${g.target}`).join(', ')}`);

// ---------------------------------------------------------------------------------------------------
console.log('\n\nBudget: the 2026 marketing budget and its March variance report (BUD-1..4, S3 §7)\n');
clock = new Date('2025-12-20T02:00:00Z');
const budgetLabel = (rec: StoredRecord) => budgetState.label((rec.snapshot as { value: 'draft' }).value, 'zh-CN');
const budget = async (label: string, who: Person, command: BudgetCommand) =>
  show(label, await runCommand(store, BUDGET_KIND, 'budget-2026-marketing', (rec) => budgetStep(rec, command, as(who))), budgetLabel);
const compiled = await runCreate(store, () =>
  createBudget(
    'budget-2026-marketing',
    {
      id: 'bud-1',
      type: 'create',
      year: 2026,
      lines: [
        { id: 'spring-campaign', category: 'campaign', name: '春季新品活动', annual: 12_000_000_00 },
        { id: 'douyin-ads', category: 'channel', name: '抖音投放', annual: 6_000_000_00, split: { kind: 'seasonal', weights: [6, 5, 8, 8, 9, 10, 9, 8, 8, 9, 12, 8] } },
        { id: 'content-team', category: 'staff', name: '内容团队', annual: 2_400_000_00 },
      ],
    },
    as(people.head),
  ),
);
const lines = compiled.ok ? readBudget(compiled.record) : undefined;
console.log(`  ✔ marketing compiles the 2026 budget: ${lines?.ok ? `${lines.value.context.lines.length} lines, decomposed into months exact to the 分` : 'refused'}`);
await budget('submitted to finance', people.head, { id: 'bud-2', type: 'submit' });
await budget('the compiler tries to approve it himself', people.head, { id: 'bud-2b', type: 'finance-approve' });
await budget('finance reviews', people.finance, { id: 'bud-3', type: 'finance-approve' });
await budget('general manager approves', people.manager, { id: 'bud-4', type: 'approve' });
clock = new Date('2026-03-10T02:00:00Z');
await budget('March: Douyin ads spend ¥450,000 of ¥480,000', people.head, { id: 'bud-5', type: 'record-spend', line: 'douyin-ads', month: '2026-03', amount: 450_000_00, description: '新品短视频投放' });
await budget('March: another ¥40,000 on Douyin', people.head, { id: 'bud-6', type: 'record-spend', line: 'douyin-ads', month: '2026-03', amount: 40_000_00, description: '追加投放' });
await budget('apply for +¥10,000 on Douyin in March', people.head, { id: 'bud-7', type: 'request-adjustment', line: 'douyin-ads', month: '2026-03', delta: 10_000_00, reason: '新品上市效果好，追加投放' });
await budget('general manager approves the change', people.manager, { id: 'bud-8', type: 'approve-adjustment', adjustment: 'adj-1' });
await budget('the ¥40,000 now fits', people.head, { id: 'bud-9', type: 'record-spend', line: 'douyin-ads', month: '2026-03', amount: 40_000_00, description: '追加投放' });
await budget('March: the spring campaign spends ¥600,000', people.head, { id: 'bud-10', type: 'record-spend', line: 'spring-campaign', month: '2026-03', amount: 600_000_00, description: '线下快闪' });
await budget('March: content team salaries ¥200,000', people.head, { id: 'bud-11', type: 'record-spend', line: 'content-team', month: '2026-03', amount: 200_000_00, description: '3 月工资' });
await budget('explain the campaign underspend, with an improvement measure', people.head, {
  id: 'bud-12',
  type: 'explain-variance',
  line: 'spring-campaign',
  month: '2026-03',
  reason: '快闪活动部分延至 4 月',
  measures: '4 月起按周复核活动排期，延期部分在调整申请中说明',
});
clock = new Date('2026-03-20T02:00:00Z');
await budget('the March report submitted before March has ended', people.head, { id: 'bud-13', type: 'submit-report', month: '2026-03' });
clock = new Date('2026-04-03T02:00:00Z');
await budget('the March report submitted in April (S3 §7.3.2 每月撰写预算分析报告)', people.head, { id: 'bud-14', type: 'submit-report', month: '2026-03' });
await budget('finance reviews the March report', people.finance, { id: 'bud-15', type: 'review-report', month: '2026-03', comment: '差异原因与改进措施已核对' });
const budgetRecord = (await store.load(BUDGET_KIND, 'budget-2026-marketing'))!;
const variance = varianceReport(budgetRecord, '2026-03', policy.budget.varianceReasonThresholdBp);
if (variance.ok) {
  console.log('\n  March variance (actual − budget):');
  for (const r of variance.value.rows) {
    const pct = r.variancePct.value === null ? '—' : `${roundNumber(r.variancePct.value * 100, 1)}%`;
    console.log(`    ${r.name.padEnd(8, '　')} original ${formatMoney({ amount: r.originalPlan, currency: 'CNY' }).padStart(16)}  plan ${formatMoney({ amount: r.plan, currency: 'CNY' }).padStart(16)}  actual ${formatMoney({ amount: r.actual, currency: 'CNY' }).padStart(16)}  variance ${formatMoney({ amount: r.variance, currency: 'CNY' }).padStart(17)} (${pct})${r.reasonRequired ? (r.missingReason ? '  ⚠ reason required' : `  reason: ${r.reason}; measures: ${r.measures ?? '—'}`) : ''}`);
  }
}
console.log(`\n  Effects the host performed in this demo: ${effects.length} (ids stable per record revision, so a retry after a crash sends none twice)`);

// ---------------------------------------------------------------------------------------------------
console.log('\n\nRisk: a platform bans an account after a post (RSK-1..RSK-6, S3 §8, S2 平台规则风险)\n');
clock = new Date('2026-04-10T02:00:00Z');
const riskLabel = (rec: StoredRecord) => riskState.label((rec.snapshot as { value: 'identified' }).value, 'zh-CN');
const riskCommand = async (id: string, label: string, who: Person, command: RiskCommand) =>
  show(label, await runCommand(store, RISK_KIND, id, (rec) => riskStep(rec, command, as(who))), riskLabel);
const registerRisk = async (id: string, label: string, who: Person, command: CreateRiskCommand) => show(label, await runCreate(store, () => createRisk(id, command, as(who))), riskLabel);

await registerRisk('inc-weibo-0410', 'Weibo bans the official account over post-0408: the incident is recorded', people.editor, {
  id: 'rsk-1',
  type: 'create',
  category: 'platform-rules',
  title: '微博官方账号被封禁 7 天',
  description: '平台认定 4 月 8 日新品帖「功效」表述缺乏依据',
  incident: { platform: 'weibo', sanction: 'ban', account: { kind: 'account', id: 'weibo-official' }, cause: { kind: 'content', id: 'post-0408' }, summary: '封禁 7 天，涉嫌虚假宣传', noticedAt: '2026-04-10T09:30:00+08:00' },
});
await riskCommand('inc-weibo-0410', 'legal assesses it: likely and major without controls, high with them', people.legal, {
  id: 'rsk-2',
  type: 'assess',
  inherent: { likelihood: 'high', impact: 'high' },
  current: { probability: 0.6, impactFen: 80_000_000 },
  target: 'medium',
  controls: '发布前法务审核',
});
await riskCommand('inc-weibo-0410', 'the marketing head tries to accept the high risk', people.head, { id: 'rsk-3', type: 'accept', reason: '封禁期短，影响有限' });
await riskCommand('inc-weibo-0410', 'rectification planned: the post removed, test reports added', people.editor, { id: 'rsk-4', type: 'plan-rectification', plan: '删除涉事帖，补充第三方检测报告，全量复核同类素材', dueAt: '2026-04-13T18:00:00+08:00' });
tick();
await riskCommand('inc-weibo-0410', 'an appeal submitted with the test reports', people.editor, { id: 'rsk-5', type: 'submit-appeal', summary: '新品功效有第三方检测报告支持，申请解封' });
tick(24);
await riskCommand('inc-weibo-0410', 'Weibo reduces the ban to 3 days', people.editor, { id: 'rsk-6', type: 'record-appeal-outcome', outcome: 'reduced', note: '封禁缩短为 3 天' });
await riskCommand('inc-weibo-0410', 'rectification completed', people.editor, { id: 'rsk-7', type: 'complete-rectification', note: '涉事帖已删除，32 条同类素材已复核' });

await registerRisk('rsk-ad-terms', 'marketing registers a legal risk: absolute terms in spring copy', people.editor, {
  id: 'rsk-8',
  type: 'create',
  category: 'legal',
  topic: 'ad-compliance',
  title: '春季文案使用绝对化用语',
  description: '多篇文案含「最佳」「第一」',
  related: [{ kind: 'campaign', id: 'spring-2026' }],
});
await riskCommand('rsk-ad-terms', 'legal grades it medium', people.legal, { id: 'rsk-9', type: 'assess', inherent: { likelihood: 'high', impact: 'medium' }, current: { likelihood: 'medium', impact: 'medium' }, target: 'low' });
await riskCommand('rsk-ad-terms', 'the marketing head accepts it for 180 days (medium: the owner department head)', people.head, { id: 'rsk-10', type: 'accept', reason: '已加入发布前扫描，剩余风险可接受' });
await riskCommand('rsk-ad-terms', 'the marketing head closes it without a legal opinion', people.head, { id: 'rsk-11', type: 'close', reason: '文案已替换' });
await riskCommand('rsk-ad-terms', 'legal records its opinion (S2 法律风险.3)', people.legalHead, { id: 'rsk-11b', type: 'record-legal-opinion', opinion: '替换后的文案符合广告法第九条', reference: 'LO-2026-017' });
await riskCommand('rsk-ad-terms', 'now it closes', people.head, { id: 'rsk-11c', type: 'close', reason: '文案已替换' });

await registerRisk('rsk-weibo-rules', 'Weibo changes its rules: content on Weibo and its review chains are marked for review', people.editor, {
  id: 'rsk-12',
  type: 'create',
  category: 'platform-rules',
  title: '微博营销内容标注新规',
  description: '商业推广内容须显著标注「广告」',
  ruleChange: { platform: 'weibo', effectiveOn: '2026-05-01', summary: '商业推广内容须显著标注「广告」', channels: ['weibo'] },
});

const riskRecords = (await Promise.all(['inc-weibo-0410', 'rsk-ad-terms', 'rsk-weibo-rules'].map((id) => store.load(RISK_KIND, id)))).filter((r): r is StoredRecord => r !== undefined);
console.log('\n  Open platform incidents:');
for (const p of openIncidentsByPlatform(riskRecords, clock).platforms) {
  for (const i of p.incidents) console.log(`    ${p.platform}: ${platformSanctionKind.label(i.sanction, 'zh-CN')} ${i.account} (caused by ${i.cause ?? '—'}), rectification ${i.rectification}, appeal ${i.appeal}`);
}
const contentRecords = (await Promise.all(['post-2026-03', 'post-2026-03-ad'].map((id) => store.load(CONTENT_KIND, id)))).filter((r): r is StoredRecord => r !== undefined);
console.log('\n  Content the Weibo rule change marks for review:');
for (const m of contentMarkedForReview(riskRecords, contentRecords, clock).items) console.log(`    ${m.contentId} 「${m.title}」 on ${m.channel} (${contentState.label(m.state as 'published', 'zh-CN')}), rules in effect from ${m.effectiveOn}`);
const heat = riskHeatMap(riskRecords, clock);
console.log('\n  Risk heat map (open risks by category × grade):');
console.log(`    ${''.padEnd(7, '　')}${heat.rows.map((r) => riskLevel.label(r.level, 'zh-CN').padStart(5)).join('')}  未评估`);
for (const c of heat.categories) console.log(`    ${riskCategory.label(c, 'zh-CN').padEnd(7, '　')}${heat.rows.map((r) => String(r.counts[c]).padStart(5)).join('')}${String(heat.unassessed[c]).padStart(6)}`);
const dueLater = risksDueForReview(riskRecords, new Date('2026-05-20T00:00:00Z')).due;
console.log(`\n  Due for review on 2026-05-20: ${dueLater.map((d) => `${d.title} (${d.level}, ${d.reason})`).join('; ') || 'none'}`);
console.log('\n\nDiscipline: a repeat violation, an appeal, the department head held accountable, the KPI veto (DSC-1..7, S2 违规处理与责任追究)\n');
const caseLabel = (rec: StoredRecord) => {
  const v = readCase(rec);
  return v.ok ? `${caseState.label(v.value.state as 'reported', 'zh-CN')}${v.value.context.sanction ? ` (${v.value.context.sanction})` : ''}` : '?';
};
const onCase = async (id: string, label: string, who: Person, command: DisciplineCommand) => {
  tick();
  show(label, await runCommand(store, CASE_KIND, id, (rec) => disciplineStep(rec, command, as(who))), caseLabel);
};
const openCase = async (id: string, label: string, who: Person, command: Omit<CreateCaseCommand, 'id' | 'type'>) => {
  tick();
  show(label, await runCreate(store, () => createCase(id, { id: `${id}-create`, type: 'create', ...command } as CreateCaseCommand, as(who))), caseLabel);
};
const employeeSubject = { person: people.employee.id, department: 'marketing' };

console.log('1. January: fake traffic (恶意刷量), decided as a demerit (记过)');
clock = new Date('2026-01-12T02:00:00Z');
await openCase('case-2026-001', 'internal audit reports fake traffic on Douyin', people.auditor, { subject: employeeSubject, violation: 'fake-traffic', occurredAt: '2026-01-09T15:00:00+08:00', description: '抖音账号购买播放量' });
await onCase('case-2026-001', 'HR investigates', people.hrStaff, { id: 'd1-2', type: 'investigate' });
await onCase('case-2026-001', 'HR proposes (no earlier sanctions)', people.hrStaff, { id: 'd1-3', type: 'propose', findings: '购买播放量属实', history: [] });
await onCase('case-2026-001', 'the employee is notified', people.hrStaff, { id: 'd1-4', type: 'notify' });
await onCase('case-2026-001', 'the employee waives the statement', people.employee, { id: 'd1-5', type: 'waive-statement' });
await onCase('case-2026-001', 'the marketing head decides 记过', people.head, { id: 'd1-6', type: 'decide', rung: 'demerit', reason: '购买播放量' });
await onCase('case-2026-001', 'the employee waives the appeal', people.employee, { id: 'd1-7', type: 'waive-appeal' });
await onCase('case-2026-001', 'HR executes', people.hrStaff, { id: 'd1-8', type: 'execute' });
await onCase('case-2026-001', 'HR closes the case', people.hrStaff, { id: 'd1-9', type: 'close' });

console.log('\n2. March: a Xiaohongshu traffic limit opens a case (a reference, not an import of the incident)');
clock = new Date('2026-03-02T02:00:00Z');
await openCase('case-2026-014', 'internal audit reports a platform-rule breach', people.auditor, {
  subject: employeeSubject,
  violation: 'platform-rule-breach',
  occurredAt: '2026-03-01T21:00:00+08:00',
  description: '小红书批量刷评论被限流',
  cause: { kind: 'platform-incident', id: 'xhs-limit-20260301' },
});
await onCase('case-2026-014', 'HR investigates', people.hrStaff, { id: 'd2-2', type: 'investigate' });
await onCase('case-2026-014', 'HR opens the accountability case against the marketing head (S2 责任追究.1–2)', people.hrStaff, { id: 'd2-3', type: 'open-accountability', caseId: 'case-2026-014-head', head: people.head.id });
const allCases = async () => (await Promise.all(['case-2026-001', 'case-2026-014', 'case-2026-014-head'].map((id) => store.load(CASE_KIND, id)))).filter((r): r is StoredRecord => r !== undefined);
const history = sanctionHistory(await allCases(), people.employee.id).history;
await onCase('case-2026-014', 'HR proposes, passing her history', people.hrStaff, { id: 'd2-4', type: 'propose', findings: '组织刷评论属实', history });
const proposed14 = readCase((await store.load(CASE_KIND, 'case-2026-014'))!);
if (proposed14.ok) for (const line of proposed14.value.context.proposal?.explanation ?? []) console.log(`      · ${line['zh-CN']}`);
await onCase('case-2026-014', 'the employee is notified (7 days for a statement)', people.hrStaff, { id: 'd2-5', type: 'notify' });
await onCase('case-2026-014', 'the employee states her case', people.employee, { id: 'd2-6', type: 'submit-statement', statement: '评论系代运营公司所为，本人未及时制止' });
await onCase('case-2026-014', 'the HR head decides before the window closes', people.hrHead, { id: 'd2-7', type: 'decide', rung: 'demotion', reason: '一年内重复违规' });
clock = new Date('2026-03-10T02:00:00Z');
await onCase('case-2026-014', 'a week later: the HR head decides 降职 with ¥2,000 compensation from an ¥8,000 wage', people.hrHead, {
  id: 'd2-8',
  type: 'decide',
  rung: 'demotion',
  reason: '一年内重复违规，造成账号限流',
  compensation: { amount: 2_000_00, monthWage: 8_000_00, minimumWage: 2_480_00 },
});
await onCase('case-2026-014', 'the same with ¥1,200 (15%)', people.hrHead, {
  id: 'd2-9',
  type: 'decide',
  rung: 'demotion',
  reason: '一年内重复违规，造成账号限流',
  compensation: { amount: 1_200_00, monthWage: 8_000_00, minimumWage: 2_480_00 },
});
await onCase('case-2026-014', 'the employee appeals', people.employee, { id: 'd2-10', type: 'appeal', reason: '系首次在小红书违规，且已配合整改' });
await onCase('case-2026-014', 'the HR head decides the appeal of his own decision', people.hrHead, { id: 'd2-11', type: 'decide-appeal', outcome: 'upheld', reason: '维持' });
await onCase('case-2026-014', 'the general manager varies it to 记过', people.manager, { id: 'd2-12', type: 'decide-appeal', outcome: 'varied', rung: 'demerit', reason: '已主动整改，改为记过' });
await onCase('case-2026-014', 'HR executes', people.hrStaff, { id: 'd2-13', type: 'execute' });
await onCase('case-2026-014', 'HR closes before the written self-review', people.hrStaff, { id: 'd2-14', type: 'close' });
await onCase('case-2026-014', 'the employee hands in her self-review (书面检讨)', people.employee, { id: 'd2-15', type: 'submit-self-review', text: '本人深刻检讨，今后严格遵守平台规则' });
await onCase('case-2026-014', 'HR closes the case', people.hrStaff, { id: 'd2-16', type: 'close' });

console.log('\n3. The marketing head held accountable (部门负责人), the case linked');
await openCase('case-2026-014-head', 'HR opens the linked case', people.hrStaff, { subject: { person: people.head.id, department: 'marketing' }, violation: 'platform-rule-breach', occurredAt: '2026-03-01T21:00:00+08:00', description: '对下属违规疏于管理', accountableFor: 'case-2026-014' });
await onCase('case-2026-014-head', 'HR investigates', people.hrStaff, { id: 'h-2', type: 'investigate' });
await onCase('case-2026-014-head', 'HR proposes', people.hrStaff, { id: 'h-3', type: 'propose', findings: '管理失职', history: sanctionHistory(await allCases(), people.head.id).history });
await onCase('case-2026-014-head', 'the head is notified', people.hrStaff, { id: 'h-4', type: 'notify' });
await onCase('case-2026-014-head', 'the head waives the statement', people.head, { id: 'h-5', type: 'waive-statement' });
await onCase('case-2026-014-head', 'he tries to decide his own case', people.head, { id: 'h-6', type: 'decide', rung: 'warning', reason: '自行处理' });
await onCase('case-2026-014-head', 'the HR head decides 警告', people.hrHead, { id: 'h-7', type: 'decide', rung: 'warning', reason: '管理失职' });
for (const l of accountabilityLinks(await allCases()).links) {
  console.log(`  ${l.caseId} (${l.person}: ${l.direct.sanction ?? '—'}, ${l.direct.state}) ↔ ${l.accountabilityCaseId} (${l.head}: ${l.accountability?.sanction ?? '—'}, ${l.accountability?.state ?? 'not opened'})`);
}

console.log('\n4. The KPI veto (一票否决) on the marketing team’s March scorecard');
const vetoes = disciplineVetoes(await allCases(), { department: 'marketing' }, '2026-03', policy);
if (vetoes.ok) {
  for (const b of vetoes.value.because) console.log(`  ${b.caseId}: ${b.rung} → veto ${b.veto}`);
  const capped = scoreScorecard(marketingCard, { inputs: marchInputs, vetoes: vetoes.value.vetoes }, policy.kpi, builtInMetrics);
  if (capped.ok && scored.ok) console.log(`  March score ${capped.value.score}: rating ${scored.value.rating} without the veto, ${capped.value.rating} with it (${capped.value.veto?.id}); bonus ×${(capped.value.band?.bonusCoefficientBp ?? 0) / 10000}`);
}
console.log(`\n  Effects the host performed by the end: ${effects.length}`);
