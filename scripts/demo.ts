// A host's view of the library: a policy revision goes from draft to in force on an in-memory store,
// with refusals, a race between two serverless invocations, a retried request and the audit trail.
import {
  allocate,
  createMemoryStore,
  errorCodeLabels,
  formatMoney,
  periodRange,
  roundNumber,
  runCommand,
  runCreate,
  type AuditEntry,
  type Effect,
  type StepResult,
  type StoredRecord,
} from '../src/core/index.js';
import { authorize } from '../src/org/index.js';
import { BUDGET_KIND, budgetOf, budgetState, budgetStep, createBudget, varianceReport } from '../src/budget/index.js';
import { builtInMetrics, computeMetric, decomposeByMonth, explainScore, metricById, scoreScorecard } from '../src/kpi/index.js';
import {
  CONTENT_KIND,
  contentReport,
  contentState,
  contentStep,
  createContentItem,
  publishingCalendar,
  reviewDeadlines,
  type ContentContext,
} from '../src/content/index.js';
import {
  createPolicyRevision,
  defaultPolicy,
  parsePolicy,
  policyInForce,
  policyRevisionStep,
  revisionState,
  type Policy,
} from '../src/policy/index.js';

const people = {
  drafter: { id: '市场部-王芳', department: 'market', positions: ['staff'] },
  editor: { id: '营销部-李编辑', department: 'marketing', positions: ['content-editor'] },
  marketHead: { id: '市场部-张总监', department: 'market', positions: ['head'] },
  legalHead: { id: '法务部-陈律师', department: 'legal', positions: ['head'] },
  manager: { id: '总经理-刘', department: 'management', positions: ['management-head'] },
  ops: { id: '经营管理部-赵', department: 'operations-management', positions: ['staff'] },
};

const audit: AuditEntry[] = [];
const effects: Effect[] = [];
const loaded = parsePolicy(defaultPolicy);
if (!loaded.ok) throw new Error(loaded.error.message);
const policy: Policy = loaded.value;
const store = createMemoryStore();
let clock = new Date('2026-01-05T01:00:00Z');
const tick = () => (clock = new Date(clock.getTime() + 3_600_000));

function show(label: string, r: StepResult) {
  if (r.ok) {
    const tag = r.replayed ? 'replayed, nothing changed' : `revision ${r.record.revision}`;
    console.log(`  ✔ ${label}: ${r.audit.from} → ${r.audit.to} (${tag})`);
    if (!r.replayed) {
      audit.push(r.audit);
      effects.push(...r.effects);
    }
  } else {
    const e = r.error;
    console.log(`  ✘ ${label}: ${errorCodeLabels[e.code]['zh-CN']} / ${e.code}${e.rule ? ` [${e.rule}]` : ''}`);
    console.log(`      ${e.message}`);
    if (e.messageZh) console.log(`      ${e.messageZh}`);
  }
}

async function command(label: string, body: Record<string, unknown>) {
  tick();
  const r = await runCommand(store, 'policy-revision', 'rev-2026-2', (rec) => policyRevisionStep(rec, body, { policy, now: clock }));
  show(label, r);
  return r;
}

console.log('marketing-governance demo: a policy revision, SUP-3 (S1 ch.8, S0 art.17)\n');
console.log(`Policy in force: ${policy.title['zh-CN']} v${policy.version}, ${policy.org.departments.length} departments, time zone ${policy.timeZone}\n`);

const proposed = { ...policy, version: '2026.2', revision: { reviewDepartments: ['market', 'legal'] } };

console.log('1. Drafting');
show(
  'a content editor tries to draft',
  createPolicyRevision('rev-2026-2', { id: 'req-0', type: 'create', actor: people.editor, title: '2026 第二版', policy: proposed }, { policy, now: clock }),
);
const created = await runCreate(store, () =>
  createPolicyRevision('rev-2026-2', { id: 'req-1', type: 'create', actor: people.drafter, title: '2026 第二版', summary: '新增小红书平台', policy: proposed }, { policy, now: clock }),
);
show('market staff drafts revision 2026.2', created);
show(
  'an invalid proposal is refused before anything is stored',
  createPolicyRevision('rev-bad', { id: 'req-x', type: 'create', actor: people.drafter, title: 'bad', policy: { ...proposed, timeZone: 'Mars/Base', currency: 'rmb' } }, { policy, now: clock }),
);

console.log('\n2. Department review (部门审核)');
await command('drafter submits', { id: 'req-2', type: 'submit', actor: people.drafter });
await command('legal head endorses', { id: 'req-3', type: 'endorse', actor: people.legalHead });
await command('a second legal sign-off', { id: 'req-4', type: 'endorse', actor: { ...people.legalHead, id: '法务部-另一位负责人' } });
await command('manager approves too early', { id: 'req-5', type: 'approve', actor: people.manager });
await command('market head endorses', { id: 'req-6', type: 'endorse', actor: people.marketHead });

console.log('\n3. Management approval (企业管理负责人审批), two invocations racing');
tick();
const approve = { id: 'req-7', type: 'approve', actor: people.manager };
const reject = { id: 'req-8', type: 'reject', reason: '预算影响未说明', actor: people.manager };
const [a, b] = await Promise.all([
  runCommand(store, 'policy-revision', 'rev-2026-2', (rec) => policyRevisionStep(rec, approve, { policy, now: clock })),
  runCommand(store, 'policy-revision', 'rev-2026-2', (rec) => policyRevisionStep(rec, reject, { policy, now: clock })),
]);
show('invocation A: approve', a);
show('invocation B: reject (lost the race, reloaded, refused)', b);
show('the approve request is retried by the client', await runCommand(store, 'policy-revision', 'rev-2026-2', (rec) => policyRevisionStep(rec, approve, { policy, now: clock })));

console.log('\n4. Formal notice (正式通知后生效)');
await command('notice back-dated before itself', { id: 'req-9', type: 'announce', reference: '营字〔2026〕3号', effectiveFrom: '2026-01-01T00:00:00+08:00', actor: people.ops });
await command('notice issued, in force from 1 Feb', { id: 'req-10', type: 'announce', reference: '营字〔2026〕3号', effectiveFrom: '2026-02-01T00:00:00+08:00', actor: people.ops });

const stored = (await store.load('policy-revision', 'rev-2026-2')) as StoredRecord;
for (const at of ['2026-01-31T15:59:59Z', '2026-01-31T16:00:00Z']) {
  const r = policyInForce([stored], new Date(at));
  console.log(`  policy in force at ${at}: ${r.ok ? `v${r.value.version} (${r.value.recordId})` : r.error.message}`);
}

console.log('\n5. Audit trail (every accepted command, with the policy version it was decided under)');
for (const e of audit) {
  const state = (s: string) => (revisionState.is(s) ? revisionState.label(s, 'zh-CN') : s);
  console.log(`  r${e.revision}  ${e.at}  ${e.actor.id.padEnd(10, '　')}  ${e.command.padEnd(8)} ${state(e.from)} → ${state(e.to)}  policy v${e.policyVersion}${e.reason ? `  「${e.reason}」` : ''}`);
}

console.log('\n6. Effects for the host to perform (notifications)');
for (const e of effects) console.log(`  ${e.id}  ${e.type} ${String(e['topic'])} → ${JSON.stringify(e['to'])}`);

console.log('\n7. Decision rights (ORG-3) and money/periods');
for (const [who, action] of [
  [people.legalHead, 'compliance.decide'],
  [people.editor, 'brand.decide'],
] as const) {
  const r = authorize(who, action, {}, policy);
  console.log(`  ${who.id} → ${action}: ${r.ok ? 'allowed' : `refused [${r.error.rule}] ${r.error.messageZh}`}`);
}
const months = allocate({ amount: 120_000_001, currency: 'CNY' }, Array(12).fill(1));
if (months.ok) console.log(`  ¥1,200,000.01 over 12 months: ${months.value.slice(0, 3).map(formatMoney).join(', ')}, … (sum exact)`);
const march = periodRange('2026-03', policy.timeZone);
if (march.ok) console.log(`  2026-03 in ${policy.timeZone}: [${march.value.start.toISOString()}, ${march.value.end.toISOString()})`);

// ---------------------------------------------------------------------------------------------------
console.log('\n\nContent workflow: a Weibo post, CW-1..CW-9 (S1 ch.4–5)\n');
const team = {
  author: { id: '营销部-周文案', department: 'marketing', positions: ['staff'] },
  editor: { id: '营销部-吴编辑', department: 'marketing', positions: ['content-editor'] },
  head: { id: '营销部-郑总监', department: 'marketing', positions: ['head'] },
  legal: { id: '法务部-孙律师', department: 'legal', positions: ['legal-counsel'] },
  analyst: { id: '数据部-钱分析', department: 'data-analysis', positions: ['staff'] },
  pr: { id: '公关部-冯总监', department: 'pr', positions: ['head'] },
};
const contentAudit: AuditEntry[] = [];
let postClock = new Date('2026-03-02T01:00:00Z');
const at = (iso: string) => (postClock = new Date(iso));
const stateLabel = (record: StoredRecord) => {
  const v = (record.snapshot as { value: unknown }).value;
  if (typeof v === 'string') return contentState.is(v) ? contentState.label(v, 'zh-CN') : v;
  const stage = (v as { review: string }).review;
  const s = policy.content.stages.find((x) => x.id === stage);
  return `${contentState.label('review', 'zh-CN')} · ${s ? s.labels['zh-CN'] : stage}`;
};
const postCtx = () => ({ policy, now: postClock });
const hashOf = async () => ((await store.load(CONTENT_KIND, 'post-2026-03')) as StoredRecord & { snapshot: { context: ContentContext } }).snapshot.context.hash;

async function post(label: string, body: Record<string, unknown>) {
  const r = await runCommand(store, CONTENT_KIND, 'post-2026-03', (rec) => contentStep(rec, body, postCtx()));
  if (r.ok) {
    if (!r.replayed) contentAudit.push(r.audit);
    const effects = r.effects.map((e) => `${e.type}:${String(e['topic'])}`).join(', ');
    console.log(`  ✔ ${label}: → ${stateLabel(r.record)}${r.audit.rules ? ` [${r.audit.rules.join(', ')}]` : ''}${effects ? `  effects: ${effects}` : ''}`);
  } else {
    console.log(`  ✘ ${label}: ${errorCodeLabels[r.error.code]['zh-CN']} / ${r.error.code}${r.error.rule ? ` [${r.error.rule}]` : ''}: ${r.error.messageZh ?? r.error.message}`);
  }
  return r;
}

const created2 = await runCreate(store, () =>
    createContentItem(
      'post-2026-03',
      {
        id: 'p-1',
        type: 'create',
        actor: team.author,
        format: 'text',
        channel: 'weibo',
        riskLevel: 'low',
        title: '春季新品上市',
        body: '全新春季系列，限时九折。',
        tags: ['春季新品'],
        plan: { theme: '春季新品', form: '图文', audience: '25-35 岁城市女性', expectedEffect: '阅读 1 万' },
      },
      postCtx(),
    ),
);
if (created2.ok) contentAudit.push(created2.audit);
console.log(`  ✔ author plans a post → ${created2.ok ? stateLabel(created2.record) : created2.error.message}`);
await post('author starts writing', { id: 'p-2', type: 'start-creation', actor: team.author });
await post('author submits', { id: 'p-3', type: 'submit', actor: team.author });
await post('the author tries to approve her own post', { id: 'p-4', type: 'approve', actor: { ...team.author, positions: ['content-editor'] }, hash: await hashOf() });
at('2026-03-02T03:00:00Z');
await post('content editor approves', { id: 'p-5', type: 'approve', actor: team.editor, hash: await hashOf() });
await post('the same editor tries to sign the next stage too', { id: 'p-6', type: 'approve', actor: { ...team.editor, positions: ['content-editor', 'head'] }, hash: await hashOf() });
await post('department head rejects', { id: 'p-7', type: 'reject', actor: team.head, reason: '“限时九折”缺少活动期限' });
await post('author fixes the text', { id: 'p-8', type: 'edit', actor: team.author, body: '全新春季系列，3 月 1 日至 3 月 15 日九折。' });
await post('author resubmits', { id: 'p-9', type: 'submit', actor: team.author });
const seen = await hashOf();
await post('editor approves', { id: 'p-10', type: 'approve', actor: team.editor, hash: seen });
await post('department head approves', { id: 'p-11', type: 'approve', actor: team.head, hash: seen });
await post('author adds a hashtag after two approvals', { id: 'p-12', type: 'edit', actor: team.author, tags: ['春季新品', '限时优惠'], reason: '补充话题标签' });
await post('editor approves the version he saw before the edit', { id: 'p-13', type: 'approve', actor: team.editor, hash: seen });
for (const [i, actor] of [team.editor, team.head, team.legal].entries()) await post(`re-approval ${i + 1}`, { id: `p-14-${i}`, type: 'approve', actor, hash: await hashOf() });
at('2026-03-02T06:00:00Z');
await post('editor schedules it for Wednesday noon', { id: 'p-15', type: 'schedule', actor: team.editor, publishAt: '2026-03-04T12:00:00+08:00' });
at('2026-03-04T04:00:00Z');
await post('published on schedule', { id: 'p-16', type: 'publish', actor: team.editor, externalId: 'weibo-5012', url: 'https://weibo.com/5012' });
at('2026-03-05T04:00:00Z');
await post('analyst records metrics', { id: 'p-17', type: 'record-metrics', actor: team.analyst, metrics: { reads: 12800, likes: 430, shares: 61, comments: 38, newFollowers: 120 } });
at('2026-03-06T09:00:00Z');
await post('a platform notice: PR takes it down', { id: 'p-18', type: 'takedown', actor: team.pr, reason: '平台通知：价格描述引发投诉，先行下架' });

const postRecord = (await store.load(CONTENT_KIND, 'post-2026-03')) as StoredRecord;
console.log('\n  Audit trail of the post:');
for (const e of contentAudit) {
  console.log(`    r${String(e.revision).padStart(2)}  ${e.at}  ${e.actor.id.padEnd(8, '　')}  ${e.command.padEnd(14)} ${e.from} → ${e.to}${e.rules ? ` [${e.rules.join(',')}]` : ''}${e.reason ? `  「${e.reason}」` : ''}`);
}
const report = contentReport([postRecord], '2026-03', policy);
if (report.ok) console.log(`\n  March report: ${report.value.items} item(s), by state ${JSON.stringify(report.value.byState)}, reads ${report.value.totals.reads}`);
const calendar = publishingCalendar([postRecord], '2026-W10', policy);
if (calendar.ok) console.log(`  Calendar 2026-W10: ${calendar.value.gaps.length} gaps (e.g. ${calendar.value.gaps.slice(0, 2).map((g) => `${g.channel} ${g.date}`).join(', ')}), ${calendar.value.clashes.length} clashes`);
console.log(`  Reviews overdue now: ${reviewDeadlines([postRecord], postClock, policy).filter((d) => d.status === 'overdue').length}`);

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
if (scored.ok) console.log(explainScore(scored.value, 'zh-CN').replace(/^/gm, '  '));
const vetoed = scoreScorecard(marketingCard, { inputs: marchInputs, vetoes: ['major-opinion-incident'] }, policy.kpi, builtInMetrics);
if (vetoed.ok) console.log(`\n  The same month with a major public-opinion incident (一票否决): rating ${vetoed.value.rating} (${vetoed.value.veto?.ratingBefore} capped at ${vetoed.value.veto?.cappedAt}); bonus ×${(vetoed.value.band?.bonusCoefficientBp ?? 0) / 10000}`);
const cpc = computeMetric(metricById('cost-per-click')!, { cost: 5_000_00, adClicks: 0 });
console.log(`  CPC with ¥5,000 spent and no clicks: ${cpc.value === null ? `no value (${cpc.reason}${cpc.anomaly ? ', flagged as an anomaly' : ''})` : cpc.value}`);
const followerGoal = decomposeByMonth({ id: 'followers-2026', metric: 'new-followers', target: 120_001, period: '2026-Q1', owner: 'marketing', additive: true }, { kind: 'seasonal', weights: [3, 2, 4] });
if (followerGoal.ok) console.log(`  Q1 follower goal 120,001 by month: ${followerGoal.value.map((g) => `${g.period} ${g.target}`).join(', ')}`);

// ---------------------------------------------------------------------------------------------------
console.log('\n\nBudget: the 2026 marketing budget and its March variance report (BUD-1..4, S3 §7)\n');
const fin = {
  head: { id: '营销部-郑总监', department: 'marketing', positions: ['head'] },
  finance: { id: '财务部-何经理', department: 'finance', positions: ['head'] },
  gm: { id: '总经理-刘', department: 'management', positions: ['management-head'] },
};
let budgetClock = new Date('2025-12-20T02:00:00Z');
async function budget(label: string, body: Record<string, unknown>) {
  const r = await runCommand(store, BUDGET_KIND, 'budget-2026', (rec) => budgetStep(rec, body, { policy, now: budgetClock }));
  const tag = r.ok ? `→ ${budgetState.label((r.record.snapshot as { value: 'draft' }).value, 'zh-CN')}${r.effects.length ? `  effects: ${r.effects.map((e) => String(e['topic'])).join(', ')}` : ''}` : `${r.error.code}${r.error.rule ? ` [${r.error.rule}]` : ''}: ${r.error.messageZh ?? r.error.message}`;
  console.log(`  ${r.ok ? '✔' : '✘'} ${label}: ${tag}`);
  return r;
}
const compiled = await runCreate(store, () =>
    createBudget(
      'budget-2026',
      {
        id: 'bud-1',
        type: 'create',
        actor: fin.head,
        year: 2026,
        lines: [
          { id: 'spring-campaign', category: 'campaign', name: '春季新品活动', annual: 12_000_000_00 },
          { id: 'douyin-ads', category: 'channel', name: '抖音投放', annual: 6_000_000_00, split: { kind: 'seasonal', weights: [6, 5, 8, 8, 9, 10, 9, 8, 8, 9, 12, 8] } },
          { id: 'content-team', category: 'staff', name: '内容团队', annual: 2_400_000_00 },
        ],
      },
      { policy, now: budgetClock },
    ),
);
console.log(`  ✔ marketing compiles the 2026 budget: ${compiled.ok ? `${budgetOf(compiled.record).lines.length} lines, decomposed into months exact to the 分` : compiled.error.message}`);
await budget('submitted to finance', { id: 'bud-2', type: 'submit', actor: fin.head });
await budget('finance reviews', { id: 'bud-3', type: 'finance-approve', actor: fin.finance });
await budget('general manager approves', { id: 'bud-4', type: 'approve', actor: fin.gm });
budgetClock = new Date('2026-03-10T02:00:00Z');
await budget('March: Douyin ads spend ¥450,000 of ¥480,000', { id: 'bud-5', type: 'record-spend', actor: fin.head, line: 'douyin-ads', month: '2026-03', amount: 450_000_00, description: '新品短视频投放' });
await budget('March: another ¥40,000 on Douyin', { id: 'bud-6', type: 'record-spend', actor: fin.head, line: 'douyin-ads', month: '2026-03', amount: 40_000_00, description: '追加投放' });
await budget('apply for +¥10,000 on Douyin in March', { id: 'bud-7', type: 'request-adjustment', actor: fin.head, line: 'douyin-ads', month: '2026-03', delta: 10_000_00, reason: '新品上市效果好，追加投放' });
await budget('general manager approves the change', { id: 'bud-8', type: 'approve-adjustment', actor: fin.gm, adjustment: 'adj-1' });
await budget('the ¥40,000 now fits', { id: 'bud-9', type: 'record-spend', actor: fin.head, line: 'douyin-ads', month: '2026-03', amount: 40_000_00, description: '追加投放' });
await budget('March: the spring campaign spends ¥600,000', { id: 'bud-10', type: 'record-spend', actor: fin.head, line: 'spring-campaign', month: '2026-03', amount: 600_000_00, description: '线下快闪' });
await budget('March: content team salaries ¥200,000', { id: 'bud-10b', type: 'record-spend', actor: fin.head, line: 'content-team', month: '2026-03', amount: 200_000_00, description: '3 月工资' });
await budget('explain the campaign underspend', { id: 'bud-11', type: 'explain-variance', actor: fin.head, line: 'spring-campaign', month: '2026-03', reason: '快闪活动部分延至 4 月' });
const budgetRecord = (await store.load(BUDGET_KIND, 'budget-2026')) as StoredRecord;
const variance = varianceReport(budgetRecord, '2026-03', policy.budget.varianceReasonThresholdBp);
if (variance.ok) {
  console.log('\n  March variance (actual − budget):');
  for (const r of variance.value.rows) {
    const pct = r.variancePct.value === null ? '—' : `${roundNumber(r.variancePct.value * 100, 1)}%`;
    console.log(`    ${r.name.padEnd(8, '　')} plan ${formatMoney({ amount: r.plan, currency: 'CNY' }).padStart(16)}  actual ${formatMoney({ amount: r.actual, currency: 'CNY' }).padStart(16)}  variance ${formatMoney({ amount: r.variance, currency: 'CNY' }).padStart(17)} (${pct})${r.reasonRequired ? (r.missingReason ? '  ⚠ reason required' : `  reason: ${r.reason}`) : ''}`);
  }
}
