// Side-by-side benchmarks: each line runs ours and a baseline on the same work in the same process,
// alternating rounds, and prints the ratio of median times (lower is faster for us).
import { initialTransition, transition } from 'xstate';
import { contentMachine, contentStep, createContentItem, selectChain, type ContentEvent } from '../src/content/index.js';
import type { StoredRecord } from '../src/core/index.js';
import { builtInMetrics, scoreScorecard } from '../src/kpi/index.js';
import { createPolicyRevision, defaultPolicy, policyRevisionMachine, policyRevisionStep, type RevisionEvent } from '../src/policy/index.js';

interface Comparison {
  readonly name: string;
  readonly ours: () => void;
  readonly baseline: () => void;
  readonly iterations: number;
}

function time(fn: () => void, iterations: number): number {
  const start = performance.now();
  for (let i = 0; i < iterations; i++) fn();
  return (performance.now() - start) / iterations;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const fmt = (ms: number) => (ms >= 1 ? `${ms.toFixed(2)} ms` : `${(ms * 1000).toFixed(1)} µs`);

function run(c: Comparison, rounds = 7): void {
  time(c.ours, Math.ceil(c.iterations / 4));
  time(c.baseline, Math.ceil(c.iterations / 4));
  const ours: number[] = [];
  const base: number[] = [];
  for (let r = 0; r < rounds; r++) {
    ours.push(time(c.ours, c.iterations));
    base.push(time(c.baseline, c.iterations));
  }
  const o = median(ours);
  const b = median(base);
  console.log(`${c.name}: ${(o / b).toFixed(2)}x (ours ${fmt(o)} vs baseline ${fmt(b)} per run)`);
}

// The same revision lifecycle, as commands through the step and as raw events through xstate.
const ctx = { policy: defaultPolicy, now: new Date('2026-01-05T02:00:00Z') };
const at = ctx.now.toISOString();
const drafter = { id: 'u-d', department: 'market', positions: ['staff'] };
const marketHead = { id: 'u-m', department: 'market', positions: ['head'] };
const legalHead = { id: 'u-l', department: 'legal', positions: ['head'] };
const manager = { id: 'u-g', department: 'management', positions: ['management-head'] };
const ops = { id: 'u-o', department: 'operations-management', positions: ['staff'] };
const proposed = { ...defaultPolicy, version: '2026.2' };
const commands = [
  { id: 'c2', type: 'submit', actor: drafter },
  { id: 'c3', type: 'endorse', actor: marketHead },
  { id: 'c4', type: 'endorse', actor: legalHead },
  { id: 'c5', type: 'approve', actor: manager },
  { id: 'c6', type: 'announce', reference: 'R-1', actor: ops },
];
const events: RevisionEvent[] = commands.map((c) => ({
  ...c,
  actorId: c.actor.id,
  department: c.actor.department,
  at,
  ...(c.type === 'announce' ? { effectiveFrom: at } : {}),
})) as RevisionEvent[];
const created = createPolicyRevision('r', { id: 'c1', type: 'create', actor: drafter, title: 'T', policy: proposed }, ctx);
if (!created.ok) throw new Error(created.error.message);
const start: StoredRecord = created.record;
const input = { title: 'T', summary: '', drafterId: drafter.id, policy: proposed, reviewDepartments: ['market', 'legal'] };

run({
  name: 'policy-revision step vs xstate.transition (5 commands, same machine)',
  iterations: 300,
  ours: () => {
    let rec = start;
    for (const c of commands) {
      const r = policyRevisionStep(rec, c, ctx);
      if (!r.ok) throw new Error(r.error.message);
      rec = r.record;
    }
  },
  baseline: () => {
    let [snap] = initialTransition(policyRevisionMachine, input);
    for (const e of events) [snap] = transition(policyRevisionMachine, snap, e);
    if (snap.value !== 'effective') throw new Error('baseline did not finish');
  },
});

// The content workflow: a low-risk Weibo post from submission to publication, through the step and as
// raw events through the same machine.

const cctx = { policy: defaultPolicy, now: new Date('2026-03-02T01:00:00Z') };
const author = { id: 'u-a', department: 'marketing', positions: ['staff'] };
const signers = [
  { id: 'u-e', department: 'marketing', positions: ['content-editor'] },
  { id: 'u-h', department: 'marketing', positions: ['head'] },
  { id: 'u-l', department: 'legal', positions: ['legal-counsel'] },
];
const item = createContentItem(
  'post',
  { id: 'c1', type: 'create', actor: author, format: 'text', channel: 'weibo', riskLevel: 'low', title: '新品', body: '正文', plan: { theme: 't', form: 'f', audience: 'a', expectedEffect: 'e' } },
  cctx,
);
if (!item.ok) throw new Error(item.error.message);
const hash = item.record.snapshot.context.hash;
const contentCommands = [
  { id: 'c2', type: 'start-creation', actor: author },
  { id: 'c3', type: 'submit', actor: author },
  ...signers.map((actor, i) => ({ id: `c${4 + i}`, type: 'approve', hash, actor })),
  { id: 'c7', type: 'publish', externalId: 'wb-1', actor: signers[0]! },
];
const chosen = selectChain(defaultPolicy, 'weibo', 'low');
if (!chosen.ok) throw new Error(chosen.error.message);
const cat = cctx.now.toISOString();
const stages = ['editor', 'department-head', 'legal'];
const contentEvents: ContentEvent[] = [
  { type: 'start-creation', actorId: author.id, department: author.department, at: cat },
  { type: 'submit', actorId: author.id, department: author.department, at: cat, chain: chosen.value },
  ...signers.map((s, i): ContentEvent => ({ type: 'approve', actorId: s.id, department: s.department, at: cat, stage: stages[i]!, hash })),
  { type: 'publish', actorId: signers[0]!.id, department: 'marketing', at: cat, externalId: 'wb-1', policyVersion: defaultPolicy.version },
];
const cmachine = contentMachine(defaultPolicy);
const cinput = item.record.snapshot.context;

run({
  name: 'content.step vs xstate.transition (6 commands, plan to publication; goal ≤ 2.0x)',
  iterations: 300,
  ours: () => {
    let rec = item.record;
    for (const c of contentCommands) {
      const r = contentStep(rec, c, cctx);
      if (!r.ok) throw new Error(r.error.message);
      rec = r.record;
    }
  },
  baseline: () => {
    let [snap] = initialTransition(cmachine, cinput);
    for (const e of contentEvents) [snap] = transition(cmachine, snap, e);
    if (snap.value !== 'published') throw new Error(`baseline ended in ${JSON.stringify(snap.value)}`);
  },
});

// KPI: a marketing-team scorecard over one million rows of daily channel data, against a plain loop that
// computes the same sums, ratios and weighted score by hand.
const kpiRows = Array.from({ length: 1_000_000 }, (_, i) => ({
  sales: 100 + (i % 50),
  marketSales: 800 + (i % 70),
  followersStart: 200_000,
  followersEnd: 210_000 + (i % 1000),
  conversions: i % 7,
  visitors: 200 + (i % 13),
  likes: i % 11,
  shares: i % 5,
  comments: i % 3,
  reach: 1000 + (i % 17),
}));
const marketingCard = defaultPolicy.kpi.scorecards.find((c) => c.id === 'marketing-team')!;
let kpiSink = 0;

run(
  {
    name: 'kpi.scorecard 1M rows vs hand loop (goal: speed ≥ 0.7x, i.e. time ≤ 1.43x)',
    iterations: 1,
    ours: () => {
      const r = scoreScorecard(marketingCard, { periods: kpiRows }, defaultPolicy.kpi, builtInMetrics);
      if (!r.ok || r.value.score === null) throw new Error('scorecard failed');
      kpiSink += r.value.score;
    },
    baseline: () => {
      let sales = 0, marketSales = 0, conversions = 0, visitors = 0, likes = 0, shares = 0, comments = 0, reach = 0;
      for (const row of kpiRows) {
        sales += row.sales;
        marketSales += row.marketSales;
        conversions += row.conversions;
        visitors += row.visitors;
        likes += row.likes;
        shares += row.shares;
        comments += row.comments;
        reach += row.reach;
      }
      const last = kpiRows[kpiRows.length - 1]!;
      const att = (actual: number, target: number) => Math.min(1.2, Math.max(0, actual / target));
      const score =
        (att(sales / marketSales, 0.15) + att((last.followersEnd - last.followersStart) / last.followersStart, 0.05) + att(conversions / visitors, 0.03) + att((likes + shares + comments) / reach, 0.04)) * 25;
      kpiSink += Math.round(score * 100) / 100;
    },
  },
  9,
);
if (!Number.isFinite(kpiSink)) throw new Error('unreachable');
