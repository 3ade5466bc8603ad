// A host's view of the library: a policy revision goes from draft to in force on an in-memory store,
// with refusals, a race between two serverless invocations, a retried request and the audit trail.
import {
  allocate,
  createMemoryStore,
  errorCodeLabels,
  formatMoney,
  periodRange,
  runCommand,
  type AuditEntry,
  type Effect,
  type StepResult,
  type StoredRecord,
} from '../src/core/index.js';
import { authorize } from '../src/org/index.js';
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
const created = await runCommand(store, 'policy-revision', 'rev-2026-2', () => ({ ok: false, record: undefined, error: { code: 'not-found', message: '' } }), {
  create: () =>
    createPolicyRevision(
      'rev-2026-2',
      { id: 'req-1', type: 'create', actor: people.drafter, title: '2026 第二版', summary: '新增小红书平台', policy: proposed },
      { policy, now: clock },
    ),
});
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
