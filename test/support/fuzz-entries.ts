// The one list of fuzzed entries: every public step, create function, parser, reader and query of every
// subpath, and every calculation that takes a value from outside (a record from storage, a command from
// a request, a policy from configuration, a text, a key, a date, scoring data). Arguments that come from
// outside are hostile JSON or near-valid mutations of real values built with the tests' own helpers;
// arguments whose shape the type system fixes (a `Money`, a `BudgetLine` a view handed out) keep their
// type but get hostile contents. `notFuzzed` names every other export and why it takes no outside input;
// test/fuzz/coverage.test.ts checks that the two lists cover every exported function.
import fc from 'fast-check';
import * as core from '../../src/core/index.js';
import * as org from '../../src/org/index.js';
import * as policy from '../../src/policy/index.js';
import * as content from '../../src/content/index.js';
import * as kpi from '../../src/kpi/index.js';
import * as budget from '../../src/budget/index.js';
import * as compliance from '../../src/compliance/index.js';
import * as risk from '../../src/risk/index.js';
import * as discipline from '../../src/discipline/index.js';
import { z } from 'zod';
import { directory, people } from './people.js';
import { en } from '../../src/kpi/locale/en.js';
import { zhCN } from '../../src/kpi/locale/zh-CN.js';
import { zhTW } from '../../src/kpi/locale/zh-TW.js';
import { hostileDate, hostileJson, hostileNumber, hostileString, listOf, nearOneOf, nearValid, typedLike, type FuzzEntry } from './fuzz.js';
import * as contentFixtures from '../content/helpers.js';
import * as budgetFixtures from '../budget/helpers.js';
import * as riskFixtures from '../risk/helpers.js';
import * as disciplineFixtures from '../discipline/helpers.js';
import * as revisionFixtures from '../policy/helpers.js';
import * as evaluationFixtures from '../policy/evaluation-helpers.js';

const { defaultPolicy } = policy;

// Scalars from outside: mostly of their type, sometimes anything at all.
const str = fc.oneof({ weight: 5, arbitrary: hostileString }, { weight: 1, arbitrary: hostileJson });
const num = fc.oneof({ weight: 5, arbitrary: hostileNumber }, { weight: 1, arbitrary: hostileJson });
const date = fc.oneof({ weight: 8, arbitrary: hostileDate }, { weight: 1, arbitrary: hostileJson });
const zone = fc.oneof({ weight: 3, arbitrary: fc.constantFrom('Asia/Shanghai', 'UTC', 'America/Sao_Paulo', 'Pacific/Kiritimati') }, { weight: 2, arbitrary: str });
const locale = fc.oneof({ weight: 3, arbitrary: fc.constantFrom('zh-CN', 'zh-TW', 'en') }, { weight: 1, arbitrary: str });
// The same, kept to their type, for functions that return a plain value (no Result to refuse with): a
// string is a string, a Date a Date (valid or not).
const strT = hostileString;
const numT = hostileNumber;
const dateT = hostileDate;
// Zones and instants of the helpers that read a parsed policy's zone and the instants records hold.
const zoneT = fc.constantFrom('Asia/Shanghai', 'UTC', 'America/Sao_Paulo', 'Pacific/Kiritimati', 'Asia/Kathmandu', 'America/St_Johns');
const validDateT = fc.date({ min: new Date('0000-01-01T00:00:00Z'), max: new Date('9999-12-31T23:59:59Z'), noInvalidDate: true });
const monthT = fc.tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 1, max: 12 })).map(([y, m]) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}`);
const isoT = fc.date({ min: new Date('0000-01-01T00:00:00Z'), max: new Date('9999-12-31T23:59:59Z'), noInvalidDate: true }).map((d) => d.toISOString());
const keyT = fc.oneof({ weight: 3, arbitrary: fc.constantFrom('2026', '2026-03', '2026-Q1', '2026-W10', '2026-W53', '0050-02', '9999-12', '2026-12') }, { weight: 2, arbitrary: hostileString });
const key = fc.oneof({ weight: 3, arbitrary: fc.constantFrom('2026', '2026-03', '2026-Q1', '2026-W10', '2026-W53', '0050-02', '9999-12', '2026-12') }, { weight: 2, arbitrary: str });

const args = (...items: fc.Arbitrary<unknown>[]) => fc.tuple(...items) as fc.Arbitrary<readonly unknown[]>;

// The host's context for a step: a parsed policy and its directory, with the signed-in person and the
// clock from outside; now and then the context itself damaged.
const actors = Object.values(people).map((p) => p.id);
function ctxOf(p: unknown, dir: unknown = directory) {
  const good = fc.record({ actor: fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...actors) }, { weight: 1, arbitrary: str }), now: date }).map(({ actor, now }) => ({ policy: p, actor, directory: dir, now }));
  return fc.oneof({ weight: 8, arbitrary: good }, { weight: 1, arbitrary: good.chain((c) => typedLike({ ...c, policy: undefined, directory: undefined }).map((x) => ({ ...(x as object), policy: p, directory: dir }))) });
}

// Real records of every kind, at several points of their lives.
const contentRecords = [contentFixtures.newItem(), contentFixtures.submitted(), contentFixtures.approvedItem()];
const budgetRecords = [budgetFixtures.create(), budgetFixtures.active()];
const riskRecords = [riskFixtures.create(people.legal), riskFixtures.create(people.prHead, riskFixtures.incidentRisk, { id: 'risk-2' })];
const caseRecords = [disciplineFixtures.report({ id: 'case-f1' }), disciplineFixtures.decided({ id: 'case-f2' })];
const revisionRecords = [revisionFixtures.create(), revisionFixtures.approved()];
const evaluationRecords = [evaluationFixtures.open(), evaluationFixtures.flagged()];
const allRecords = [...contentRecords, ...budgetRecords, ...riskRecords, ...caseRecords, ...revisionRecords, ...evaluationRecords];

const contentCommands = [
  { id: 'f-1', type: 'submit' },
  { id: 'f-2', type: 'start-creation' },
  { id: 'f-3', type: 'update-plan', plan: contentFixtures.plan },
  { id: 'f-4', type: 'edit', title: '春季新品上市（修订）', body: '国家级最佳产品，保本无风险，电话 13800138000' },
  { id: 'f-5', type: 'approve', stage: 'editor', hash: 'x' },
  { id: 'f-6', type: 'reject', stage: 'editor', reason: '数据来源不明' },
  { id: 'f-7', type: 'schedule', publishAt: new Date('2026-03-05T02:00:00.000Z') },
  { id: 'f-8', type: 'record-metrics', metrics: { reads: 100, likes: 5 }, observedAt: new Date('2026-03-03T02:00:00.000Z') },
];
const contentCreate = { id: 'f-c', type: 'create', format: 'text', channel: 'weibo', riskLevel: 'low', title: '春季新品上市', body: '新品介绍……', plan: contentFixtures.plan };
const budgetCommands = [
  { id: 'f-1', type: 'submit' },
  { id: 'f-2', type: 'record-spend', line: 'spring-campaign', month: '2026-03', amount: 2_500_000, description: '抖音投放' },
  { id: 'f-3', type: 'request-adjustment', line: 'douyin-ads', month: '2026-06', delta: -1_000_000, reason: '活动延期' },
  { id: 'f-4', type: 'edit-lines', lines: budgetFixtures.lines },
  { id: 'f-5', type: 'finance-approve' },
];
const budgetCreate = { id: 'f-c', type: 'create', year: 2026, lines: budgetFixtures.lines };
const riskCommands = [{ id: 'f-1', ...riskFixtures.mediumAssessment }, { id: 'f-2', ...riskFixtures.highAssessment }, { id: 'f-3', type: 'close', reason: '已整改' }];
const riskCreate = { id: 'f-c', type: 'create', ...riskFixtures.legalRisk };
const caseCommands = [
  { id: 'f-1', type: 'investigate' },
  { id: 'f-2', type: 'propose', findings: '经核实属实', history: [] },
  { id: 'f-3', type: 'decide', rung: 'warning', reason: '首次轻微违规' },
];
const caseCreate = { id: 'f-c', type: 'create', subject: { person: people.marketingStaff.id, department: 'marketing' }, violation: 'platform-rule-breach', occurredAt: '2026-03-01T10:00:00+08:00', description: '在小红书批量刷评论' };
const revisionCommands = [{ id: 'f-1', type: 'submit' }, { id: 'f-2', type: 'endorse' }, { id: 'f-3', type: 'approve' }];
const revisionCreate = { id: 'f-c', type: 'create', proposed: { ...defaultPolicy, version: '2026.2' }, summary: '新增小红书账号管理' };
const evaluationCommands = [evaluationFixtures.minorFinding, evaluationFixtures.revisionFinding, { type: 'conclude', conclusion: '总体有效' }].map((c, i) => ({ id: `f-${i}`, ...c }));
const evaluationCreate = { id: 'f-c', type: 'create', title: '2026 年度制度实施评估', period: evaluationFixtures.year2026, scope: '全部章节' };

const e = (subpath: string, name: string, argsArb: fc.Arbitrary<readonly unknown[]>, call: (...a: never[]) => unknown, rule?: string): FuzzEntry =>
  rule === undefined ? { subpath, name, args: argsArb, call } : { subpath, name, args: argsArb, call, rule };

const money = { amount: 123_456, currency: 'CNY' };
const card = kpi.defaultKpiPolicy.scorecards[0]!;
const inputs = { sales: 130_000_000, marketSales: 800_000_000, followersStart: 200_000, followersEnd: 211_000, conversions: 540, visitors: 20_000, likes: 3000, shares: 800, comments: 600, reach: 100_000 };
const goal = { id: 'g', metric: 'new-followers', target: 120_000, period: '2026', owner: 'marketing', additive: true };
const compiled = compliance.compileRuleSet(compliance.defaultRuleSet);
if (!compiled.ok) throw new Error('the default rule set compiles');
const matrix = risk.defaultRiskMatrix;
const evaluationSchedule = { policy: defaultPolicy, from: '2026-01-01T00:00:00+08:00' };
const rules = { discipline: defaultPolicy.discipline, timeZone: defaultPolicy.timeZone };
const contentView = contentFixtures.view(contentFixtures.approvedItem());
const budgetContext = budgetFixtures.context(budgetFixtures.active());
const assessment = compliance.assessContent({ title: '国家级最佳产品', body: '保本无风险，电话 13800138000', advertising: true }, [compiled.value], defaultPolicy.compliance, contentFixtures.now);
if (!assessment.ok) throw new Error('the sample assessment runs');
const finding = assessment.value.findings[0]!;
const score = kpi.scoreScorecard(card, { inputs }, kpi.defaultKpiPolicy, kpi.builtInMetrics);
if (!score.ok) throw new Error('the sample score runs');

/** Every fuzzed entry, by subpath. */
export const fuzzEntries: readonly FuzzEntry[] = [
  // core
  e('core', 'money', args(num, str), core.money, 'BUD-2'),
  e('core', 'sumMoney', args(fc.oneof(fc.array(typedLike(money), { maxLength: 6 }), hostileJson), str), core.sumMoney, 'BUD-2'),
  e('core', 'subtractMoney', args(typedLike(money), typedLike(money)), core.subtractMoney, 'BUD-2'),
  e('core', 'multiplyMoney', args(typedLike(money), typedLike({ numerator: 6, denominator: 100 }), fc.constantFrom('half-up', 'half-even')), core.multiplyMoney, 'BUD-2'),
  e('core', 'allocate', args(typedLike(money), fc.array(num, { maxLength: 13 })), core.allocate, 'BUD-2'),
  e('core', 'allocateInteger', args(num, fc.array(num, { maxLength: 13 })), core.allocateInteger, 'BUD-2'),
  e('core', 'formatMoney', args(typedLike(money)), core.formatMoney),
  e('core', 'ratio', args(numT, numT), core.ratio, 'KPI-1'),
  e('core', 'ratioOfSums', args(fc.array(typedLike({ numerator: 3, denominator: 4 }), { maxLength: 5 })), core.ratioOfSums, 'KPI-3'),
  e('core', 'roundNumber', args(numT, fc.integer({ min: 0, max: 15 }), fc.constantFrom('half-up', 'half-even')), core.roundNumber),
  e('core', 'divideRounded', args(fc.bigInt(), fc.bigInt().filter((d) => d !== 0n), fc.constantFrom('half-up', 'half-even')), core.divideRounded),
  e('core', 'isValidTimeZone', args(zoneT), core.isValidTimeZone),
  e('core', 'parsePeriodKey', args(key), core.parsePeriodKey, 'KPI-3'),
  e('core', 'formatPeriodKey', args(typedLike({ kind: 'month', year: 2026, index: 3 })), core.formatPeriodKey),
  e('core', 'periodKeyOf', args(date, fc.constantFrom('week', 'month', 'quarter', 'year'), zone), core.periodKeyOf, 'KPI-3'),
  e('core', 'periodRange', args(key, zone), core.periodRange, 'KPI-3'),
  e('core', 'nextPeriodKey', args(key), core.nextPeriodKey, 'KPI-3'),
  e('core', 'isInPeriod', args(dateT, keyT, zoneT), core.isInPeriod, 'KPI-3'),
  e('core', 'monthsOf', args(key), core.monthsOf, 'KPI-4'),
  e('core', 'wallClock', args(validDateT, zoneT), core.wallClock),
  e('core', 'utcTime', args(hostileNumber, hostileNumber, hostileNumber), core.utcTime),
  e('core', 'startOfZonedDay', args(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: -30, max: 30 }), fc.integer({ min: -60, max: 60 }), zoneT), core.startOfZonedDay),
  e('core', 'isoWeekOf', args(hostileNumber, hostileNumber, hostileNumber), core.isoWeekOf),
  e('core', 'isoWeekStartDate', args(hostileNumber, hostileNumber), core.isoWeekStartDate),
  e('core', 'sha256', args(hostileString), core.sha256),
  e('core', 'fingerprint', args(hostileString), core.fingerprint),
  e('core', 'canonicalJson', args(hostileJson), core.canonicalJson),
  e('core', 'hasHiddenCharacters', args(hostileString, fc.boolean()), core.hasHiddenCharacters, 'CW-8'),
  e('core', 'validate', args(hostileJson), (input: unknown) => core.validate(z.strictObject({ title: core.text(300), n: z.number().int() }), input)),
  e('core', 'issuesFromZod', args(fc.array(typedLike({ code: 'too_big', path: ['a', 0], message: 'm', maximum: 3, origin: 'string' }), { maxLength: 4 })), (issues: never) => core.issuesFromZod({ issues })),
  e('core', 'httpStatusOf', args(typedLike({ code: 'forbidden' })), core.httpStatusOf),
  e('core', 'isRuleId', args(str), core.isRuleId),
  e('core', 'describeRule', args(str, locale), core.describeRule),
  e('core', 'labelOf', args(strT, locale), (v: never, l: never) => core.labelOf(core.errorCodeLabels, v, l)),
  e('core', 'createDirectory', args(fc.array(typedLike(people.author), { maxLength: 4 })), core.createDirectory, 'ORG-4'),
  e('core', 'recordDamage', args(nearOneOf(allRecords)), core.recordDamage),
  e('core', 'loadRecord', args(nearOneOf(contentRecords)), (r: never) => core.loadRecord(r, content.contentRecordType)),
  e('core', 'readRecord', args(nearOneOf(budgetRecords)), (r: never) => core.readRecord(r, budget.budgetRecordType)),
  e('core', 'readRecords', args(listOf(allRecords)), (r: never) => core.readRecords(r, risk.riskRecordType)),
  e('core', 'migrateRecord', args(nearOneOf(contentRecords), fc.integer({ min: 0, max: 4 })), (r: never, target: never) => core.migrateRecord(r, 'content-item', target, [])),
  e('core', 'upgradeEnvelopeToV2', args(typedLike(contentRecords[0]), fc.array(hostileString, { maxLength: 3 })), (r: never, contributors: never) => core.upgradeEnvelopeToV2(r, { createdBy: 'u-1', contributors, snapshot: {} })),
  e('core', 'legacyActors', args(typedLike(contentRecords[2]), fc.array(hostileString, { maxLength: 3 })), core.legacyActors),
  e('core', 'outcomeOf', args(typedLike(contentRecords[2])), (r: { processedCommands: readonly never[] }) => r.processedCommands.map((p) => core.outcomeOf(r as never, p))),
  e('core', 'stateToString', args(fc.oneof(hostileString, fc.dictionary(fc.constantFrom('review', 'a'), fc.constantFrom('legal', 'x')))), core.stateToString),
  e('core', 'separationOfDuties', args(typedLike({ actorId: 'u-1', stage: 'editor', signatures: [{ actorId: 'u-2', stage: 'editor' }], contributors: ['u-3'], rule: 'CW-4' })), core.separationOfDuties, 'CW-4'),
  e('core', 'storedOutcome', args(typedLike(contentRecords[2])), (r: { processedCommands: readonly { outcome?: { effects: never[]; audit: never } }[] }) => r.processedCommands.map((p) => (p.outcome ? core.storedOutcome(p.outcome.effects, p.outcome.audit) : null))),
  e('core', 'toMermaid', args(fc.dictionary(hostileString, hostileString)), (labels: never) => core.toMermaid(content.contentMachine, labels)),

  // org
  e('org', 'holdsGrant', args(typedLike(people.marketingHead), typedLike({ department: 'marketing', positions: ['head'] })), org.holdsGrant, 'ORG-4'),
  e('org', 'checkActor', args(typedLike(people.marketingHead)), (a: never) => org.checkActor(a, defaultPolicy), 'ORG-4'),
  e('org', 'identify', args(str), (id: never) => org.identify(id, defaultPolicy, directory), 'ORG-4'),
  e('org', 'authorize', args(typedLike(people.marketingHead), fc.oneof(fc.constantFrom('content.approve', 'budget.approve', 'x'), typedLike(['content.approve', 'content.publish']), typedLike(defaultPolicy.org.rights[0])), typedLike({ department: 'marketing', channel: 'weibo' })), (a: never, r: never, res: never) => org.authorize(a, r, res, defaultPolicy), 'ORG-4'),
  e('org', 'orgProblems', args(typedLike(defaultPolicy.org)), org.orgProblems, 'ORG-3'),
  e('org', 'grantProblems', args(typedLike(defaultPolicy.org.rights[0]!.grants[0])), (g: never) => org.grantProblems(g, new Set(['marketing']), new Set(['head'])), 'ORG-3'),

  // policy
  e('policy', 'parsePolicy', args(nearValid(defaultPolicy)), policy.parsePolicy, 'SUP-3'),
  e('policy', 'compareVersions', args(strT, strT), policy.compareVersions, 'SUP-3'),
  e('policy', 'createPolicyRevision', args(str, nearValid(revisionCreate), ctxOf(defaultPolicy)), policy.createPolicyRevision, 'SUP-3'),
  e('policy', 'policyRevisionStep', args(nearOneOf(revisionRecords), nearOneOf(revisionCommands), ctxOf(defaultPolicy)), policy.policyRevisionStep, 'SUP-3'),
  e('policy', 'readPolicyRevision', args(nearOneOf(revisionRecords)), policy.readPolicyRevision, 'SUP-3'),
  e('policy', 'policyInForce', args(listOf(revisionRecords), date), policy.policyInForce, 'SUP-3'),
  e('policy', 'createPolicyEvaluation', args(str, nearValid(evaluationCreate), ctxOf(defaultPolicy, evaluationFixtures.evalDirectory)), policy.createPolicyEvaluation, 'SUP-1'),
  e('policy', 'policyEvaluationStep', args(nearOneOf(evaluationRecords), nearOneOf(evaluationCommands), ctxOf(defaultPolicy, evaluationFixtures.evalDirectory)), policy.policyEvaluationStep, 'SUP-1'),
  e('policy', 'readPolicyEvaluation', args(nearOneOf(evaluationRecords)), policy.readPolicyEvaluation, 'SUP-1'),
  e('policy', 'readPolicyEvaluations', args(listOf(allRecords)), policy.readPolicyEvaluations, 'SUP-1'),
  e('policy', 'evaluationDue', args(listOf(evaluationRecords), nearValid(evaluationSchedule), date), policy.evaluationDue, 'SUP-3'),
  e('policy', 'revisionStartedBy', args(nearOneOf(evaluationRecords), str), policy.revisionStartedBy, 'SUP-1'),
  e('policy', 'linkRevision', args(nearOneOf(evaluationRecords), nearOneOf(revisionRecords), ctxOf(defaultPolicy, evaluationFixtures.evalDirectory)), policy.linkRevision, 'SUP-1'),

  // content
  e('content', 'createContentItem', args(str, nearValid(contentCreate), ctxOf(defaultPolicy)), content.createContentItem, 'CW-1'),
  e('content', 'contentStep', args(nearOneOf(contentRecords), nearOneOf(contentCommands), ctxOf(defaultPolicy)), content.contentStep, 'CW-2'),
  e('content', 'readContentItem', args(nearOneOf(contentRecords)), content.readContentItem, 'CW-1'),
  e('content', 'readContentItems', args(listOf(allRecords)), content.readContentItems, 'CW-1'),
  e('content', 'reviewDeadlines', args(listOf(contentRecords), dateT), (r: never, now: never) => content.reviewDeadlines(r, now, defaultPolicy), 'CW-3'),
  e('content', 'dueForPublishing', args(listOf(contentRecords), dateT), content.dueForPublishing, 'CW-7'),
  e('content', 'staleApprovals', args(listOf(contentRecords), dateT), content.staleApprovals, 'CW-7'),
  e('content', 'publishingCalendar', args(listOf(contentRecords), key), (r: never, w: never) => content.publishingCalendar(r, w, defaultPolicy), 'CW-7'),
  e('content', 'contentReport', args(listOf(contentRecords), key, nearValid({ timeZone: 'Asia/Shanghai' })), content.contentReport, 'KPI-1'),
  e('content', 'weeklyReview', args(listOf(contentRecords), key), (r: never, w: never) => content.weeklyReview(r, w, defaultPolicy), 'CW-7'),
  e('content', 'reviewSheet', args(nearOneOf(contentRecords), locale), content.reviewSheet, 'CW-3'),
  e('content', 'selectChain', args(str, str), (ch: never, r: never) => content.selectChain(defaultPolicy, ch, r), 'CW-3'),
  e('content', 'contentPolicyProblems', args(typedLike(defaultPolicy.content)), (c: never) => content.contentPolicyProblems(c, defaultPolicy.org), 'CW-3'),
  e('content', 'assessItem', args(typedLike(contentView.context), date), (c: never, now: never) => content.assessItem(c, [], defaultPolicy, now), 'CMP-4'),
  e('content', 'contentHash', args(typedLike(contentView.context)), content.contentHash, 'CW-5'),
  e('content', 'stageComplete', args(typedLike(contentView.context.chain!.stages[0]), typedLike(contentView.context.signatures), hostileString), content.stageComplete, 'CW-3'),
  e('content', 'fullyApproved', args(typedLike(contentView.context)), content.fullyApproved, 'CW-2'),
  e('content', 'effectiveRisk', args(strT, strT), content.effectiveRisk, 'CMP-4'),
  e('content', 'complianceNotes', args(typedLike(assessment.value)), (a: never) => content.complianceNotes({ ...(a as object), accepted: [] } as never), 'CMP-4'),
  e('content', 'findingNote', args(typedLike(finding)), content.findingNote, 'CMP-4'),
  e('content', 'notePlanChange', args(typedLike(contentView.context), typedLike({ planWeek: '2026-W10', at: '2026-03-02T01:00:00.000Z' })), content.notePlanChange, 'CW-7'),
  e('content', 'dayKey', args(isoT, zoneT), content.dayKey, 'CW-7'),
  e('content', 'minutesOf', args(strT), content.minutesOf, 'CW-7'),
  e('content', 'inPublishingWindow', args(fc.oneof(fc.constant(undefined), fc.array(typedLike({ from: '09:00', to: '12:00' }), { maxLength: 3 })), numT), content.inPublishingWindow, 'CW-7'),

  // kpi
  e('kpi', 'scoreScorecard', args(nearValid(card), nearValid({ inputs, targets: { 'market-share': 0.16 }, vetoes: [] }), nearValid(kpi.defaultKpiPolicy), fc.constant(kpi.builtInMetrics), nearValid({ decimals: 2 })), kpi.scoreScorecard, 'KPI-3'),
  e('kpi', 'scoreOverMonths', args(nearValid(card), nearValid([{ inputs, weight: 2 }, { periods: [inputs, inputs], weight: 1 }]), nearValid({ ...kpi.defaultKpiPolicy, annualRollup: 'weighted-mean' }), fc.constant(kpi.builtInMetrics)), kpi.scoreOverMonths, 'KPI-3'),
  e('kpi', 'chooseWeights', args(nearValid(kpi.defaultKpiPolicy.scorecards[2]), nearValid({ goal: 'sales', campaignType: 'live-commerce' })), kpi.chooseWeights, 'KPI-2'),
  e('kpi', 'checkScorecard', args(nearValid(card)), (c: never) => kpi.checkScorecard(c, kpi.builtInMetrics), 'KPI-2'),
  e('kpi', 'scorecardProblems', args(typedLike(card)), (c: never) => kpi.scorecardProblems(c, kpi.builtInMetrics), 'KPI-2'),
  e('kpi', 'kpiPolicyProblems', args(typedLike(kpi.defaultKpiPolicy)), (k: never) => kpi.kpiPolicyProblems(k, defaultPolicy.org), 'KPI-2'),
  e('kpi', 'ratedMetricProblems', args(typedLike(kpi.metricById('teamwork'))), kpi.ratedMetricProblems, 'KPI-1'),
  e('kpi', 'cycleProblems', args(fc.array(strT, { maxLength: 4 })), (c: never) => kpi.cycleProblems(c, ['kpi', 'cycles']), 'KPI-3'),
  e('kpi', 'computeMetric', args(typedLike(kpi.metricById('market-share')), typedLike(inputs)), kpi.computeMetric, 'KPI-1'),
  e('kpi', 'rollupMetric', args(typedLike(kpi.metricById('follower-growth-rate')), typedLike([inputs, inputs])), kpi.rollupMetric, 'KPI-3'),
  e('kpi', 'sumInputs', args(typedLike([inputs, inputs]), fc.option(fc.array(strT, { maxLength: 3 }), { nil: undefined })), kpi.sumInputs, 'KPI-3'),
  e('kpi', 'metricById', args(strT), kpi.metricById, 'KPI-1'),
  e('kpi', 'metricInputs', args(typedLike(kpi.metricById('market-share'))), kpi.metricInputs, 'KPI-1'),
  e('kpi', 'formulaText', args(typedLike(kpi.metricById('engagement-rate-by-reach'))), kpi.formulaText, 'KPI-4'),
  e('kpi', 'attainment', args(typedLike(card.indicators[0]), num), kpi.attainment, 'KPI-3'),
  e('kpi', 'notAssessedReasonOf', args(typedLike(card.indicators[0]), num), kpi.notAssessedReasonOf, 'KPI-3'),
  e('kpi', 'ratingFor', args(numT, typedLike(kpi.defaultKpiPolicy.bands)), kpi.ratingFor, 'KPI-4'),
  // A locale is an object the host imports, never data from outside: its shape is kept.
  e('kpi', 'explainScore', args(typedLike(score.value), fc.constantFrom(en, zhCN, zhTW)), kpi.explainScore, 'KPI-4'),
  e('kpi', 'metricLabel', args(typedLike(kpi.metricById('market-share')), fc.constantFrom(en, zhCN, zhTW)), kpi.metricLabel, 'KPI-1'),
  e('kpi', 'proxyLabel', args(typedLike(kpi.metricById('share-of-voice')), fc.constantFrom(en, zhCN, zhTW)), kpi.proxyLabel, 'KPI-1'),
  e('kpi', 'decomposeByMonth', args(typedLike(goal), typedLike({ kind: 'seasonal', weights: [6, 5, 8, 8, 9, 10, 9, 8, 8, 9, 12, 8] })), kpi.decomposeByMonth, 'KPI-4'),
  e('kpi', 'decomposeByOwner', args(typedLike(goal), typedLike([{ owner: 'u-1', share: 2 }, { owner: 'u-2', share: 1 }])), kpi.decomposeByOwner, 'KPI-4'),
  e('kpi', 'targetsFor', args(typedLike([goal, { ...goal, owner: 'u-1', period: '2026-03' }]), strT, keyT), kpi.targetsFor, 'KPI-4'),
  e('kpi', 'inputsByPeriod', args(nearValid([{ at: '2026-03-31T17:00:00Z', reads: 5 }, { at: new Date('2026-04-01T00:00:00Z'), reads: 2 }]), fc.constantFrom('week', 'month', 'quarter', 'year'), zone), kpi.inputsByPeriod, 'KPI-3'),
  e('kpi', 'appraisalCyclesOf', args(typedLike(card), typedLike({ cycles: ['month', 'year'] })), kpi.appraisalCyclesOf, 'KPI-3'),
  e('kpi', 'appraisalsDue', args(nearValid(kpi.defaultKpiPolicy), key), kpi.appraisalsDue, 'KPI-3'),

  // budget
  e('budget', 'createBudget', args(str, nearValid(budgetCreate), ctxOf(defaultPolicy)), budget.createBudget, 'BUD-1'),
  e('budget', 'budgetStep', args(nearOneOf(budgetRecords), nearOneOf(budgetCommands), ctxOf(defaultPolicy)), budget.budgetStep, 'BUD-2'),
  e('budget', 'readBudget', args(nearOneOf(budgetRecords)), budget.readBudget, 'BUD-1'),
  e('budget', 'readBudgets', args(listOf(allRecords)), budget.readBudgets, 'BUD-1'),
  e('budget', 'varianceReport', args(nearOneOf(budgetRecords), key, num), budget.varianceReport, 'BUD-4'),
  e('budget', 'budgetReportsDue', args(listOf(budgetRecords), fc.record({ timeZone: zoneT, budget: fc.record({ reportDueDay: fc.integer({ min: 1, max: 28 }) }) }), dateT), budget.budgetReportsDue, 'BUD-4'),
  e('budget', 'budgetRecordId', args(numT, strT), budget.budgetRecordId, 'BUD-1'),
  e('budget', 'budgetPolicyProblems', args(typedLike(defaultPolicy.budget)), (b: never) => budget.budgetPolicyProblems(b, defaultPolicy.org), 'BUD-3'),
  e('budget', 'decomposeAnnual', args(typedLike(money), typedLike({ kind: 'exact', months: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 123_456 - 66] })), budget.decomposeAnnual, 'BUD-2'),
  e('budget', 'monthPlan', args(typedLike(budgetContext.lines[0]), keyT), budget.monthPlan, 'BUD-2'),
  e('budget', 'monthSpent', args(typedLike(budgetContext), strT, keyT), budget.monthSpent, 'BUD-2'),
  e('budget', 'originalMonthPlan', args(typedLike(budgetContext), typedLike(budgetContext.lines[0]), keyT), budget.originalMonthPlan, 'BUD-4'),
  e('budget', 'monthHeadroom', args(typedLike(budgetContext), fc.constantFrom('spring-campaign', 'douyin-ads', 'x'), keyT, fc.constantFrom('none', 'within-year'), numT), budget.monthHeadroom, 'BUD-2'),
  e('budget', 'monthClosed', args(monthT, zoneT, dateT), budget.monthClosed, 'BUD-3'),
  e('budget', 'reportDueAt', args(monthT, fc.integer({ min: 1, max: 28 }), zoneT), budget.reportDueAt, 'BUD-4'),
  e('budget', 'varianceRows', args(typedLike(budgetContext), keyT, numT), budget.varianceRows, 'BUD-4'),

  // compliance
  e('compliance', 'assessContent', args(nearValid({ title: '国家级最佳产品', body: '保本无风险，电话 13800138000', advertising: true }), date), (item: never, now: never) => compliance.assessContent(item, [compiled.value], defaultPolicy.compliance, now), 'CMP-4'),
  e('compliance', 'scan', args(hostileString, nearValid({ field: 'body' })), (t: never, o: never) => compliance.scan(t, compiled.value, o), 'CMP-1'),
  e('compliance', 'compileRuleSet', args(nearValid({ ...compliance.defaultRuleSet, rules: compliance.defaultRuleSet.rules.slice(0, 6) })), compliance.compileRuleSet, 'CMP-5'),
  e('compliance', 'ruleSetProblems', args(typedLike({ ...compliance.defaultRuleSet, rules: compliance.defaultRuleSet.rules.slice(0, 6) })), compliance.ruleSetProblems, 'CMP-5'),
  e('compliance', 'withCompanyRules', args(typedLike(defaultPolicy.compliance)), (s: never) => compliance.withCompanyRules(compliance.defaultRuleSet, s), 'CMP-5'),
  e('compliance', 'compliancePolicyProblems', args(typedLike(defaultPolicy.compliance)), (s: never) => compliance.compliancePolicyProblems(s, defaultPolicy.org), 'CMP-5'),
  e('compliance', 'riskOf', args(fc.array(typedLike({ severity: 'high' }), { maxLength: 4 })), (f: never) => compliance.riskOf(f, defaultPolicy.compliance), 'CMP-4'),
  e('compliance', 'explainFinding', args(typedLike(finding), fc.constantFrom('zh-CN', 'zh-TW', 'en')), compliance.explainFinding, 'CMP-1'),
  e('compliance', 'complianceReport', args(typedLike(assessment.value), fc.constantFrom('zh-CN', 'zh-TW', 'en')), compliance.complianceReport, 'CMP-4'),
  e('compliance', 'findingKey', args(typedLike(finding)), compliance.findingKey, 'CMP-4'),
  e('compliance', 'foldTerm', args(hostileString), compliance.foldTerm, 'CMP-5'),
  e('compliance', 'isResidentId', args(strT), compliance.isResidentId, 'CMP-3'),
  e('compliance', 'luhnValid', args(strT), compliance.luhnValid, 'CMP-3'),

  // risk
  e('risk', 'createRisk', args(str, nearOneOf([riskCreate, { id: 'f-c2', type: 'create', ...riskFixtures.incidentRisk }]), ctxOf(defaultPolicy)), risk.createRisk, 'RSK-1'),
  e('risk', 'riskStep', args(nearOneOf(riskRecords), nearOneOf(riskCommands), ctxOf(defaultPolicy)), risk.riskStep, 'RSK-4'),
  e('risk', 'readRisk', args(nearOneOf(riskRecords)), risk.readRisk, 'RSK-1'),
  e('risk', 'readRisks', args(listOf(allRecords)), risk.readRisks, 'RSK-1'),
  e('risk', 'gradeRisk', args(str, str, nearValid(matrix)), risk.gradeRisk, 'RSK-3'),
  e('risk', 'likelihoodForProbability', args(num, nearValid(matrix)), risk.likelihoodForProbability, 'RSK-2'),
  e('risk', 'impactForFen', args(num, nearValid(matrix)), risk.impactForFen, 'RSK-2'),
  e('risk', 'gradeQuantitative', args(nearValid({ probability: 0.3, impactFen: 5_000_000 }), nearValid(matrix)), risk.gradeQuantitative, 'RSK-2'),
  e('risk', 'gradeRank', args(typedLike(matrix), strT), risk.gradeRank, 'RSK-3'),
  e('risk', 'matrixProblems', args(typedLike(matrix)), risk.matrixProblems, 'RSK-3'),
  e('risk', 'riskPolicyProblems', args(typedLike(defaultPolicy.risk)), (r: never) => risk.riskPolicyProblems(r, defaultPolicy.org), 'RSK-4'),
  e('risk', 'risksDueForReview', args(listOf(riskRecords), dateT), risk.risksDueForReview, 'RSK-4'),
  e('risk', 'acceptancesExpiring', args(listOf(riskRecords), date, num), risk.acceptancesExpiring, 'RSK-4'),
  e('risk', 'openIncidentsByPlatform', args(listOf(riskRecords), dateT), risk.openIncidentsByPlatform, 'RSK-5'),
  e('risk', 'riskHeatMap', args(listOf(riskRecords), dateT), risk.riskHeatMap, 'RSK-3'),
  e('risk', 'platformRuleChanges', args(listOf(riskRecords), dateT), risk.platformRuleChanges, 'RSK-1'),
  e('risk', 'contentMarkedForReview', args(listOf(riskRecords), listOf(contentRecords), dateT), risk.contentMarkedForReview, 'RSK-1'),

  // discipline
  e('discipline', 'createCase', args(str, nearValid(caseCreate), ctxOf(defaultPolicy)), discipline.createCase, 'DSC-1'),
  e('discipline', 'disciplineStep', args(nearOneOf(caseRecords), nearOneOf(caseCommands), ctxOf(defaultPolicy)), discipline.disciplineStep, 'DSC-5'),
  e('discipline', 'readCase', args(nearOneOf(caseRecords)), discipline.readCase, 'DSC-1'),
  e('discipline', 'readCases', args(listOf(allRecords)), discipline.readCases, 'DSC-1'),
  e('discipline', 'proposeSanction', args(nearValid({ type: 'platform-rule-breach', severity: 'minor', occurredAt: '2026-03-01T10:00:00+08:00', history: [] }), nearValid(rules)), discipline.proposeSanction, 'DSC-6'),
  e('discipline', 'checkSanction', args(nearValid({ rung: 'warning', severity: 'minor', unionNotified: false, kpiAlone: false })), (s: never) => discipline.checkSanction(s, defaultPolicy.discipline), 'DSC-3'),
  e('discipline', 'disciplinePolicyProblems', args(typedLike(defaultPolicy.discipline)), (d: never) => discipline.disciplinePolicyProblems(d, defaultPolicy.org, kpi.defaultKpiPolicy), 'DSC-6'),
  e('discipline', 'sanctionHistory', args(listOf(caseRecords), strT), discipline.sanctionHistory, 'DSC-6'),
  e('discipline', 'liveSanctions', args(listOf(caseRecords), fc.constant(rules), dateT, fc.option(strT, { nil: undefined })), discipline.liveSanctions, 'DSC-6'),
  e('discipline', 'casesAwaitingDeadline', args(listOf(caseRecords), dateT), discipline.casesAwaitingDeadline, 'DSC-5'),
  e('discipline', 'casesByDepartment', args(listOf(caseRecords), key, zone), discipline.casesByDepartment, 'DSC-5'),
  e('discipline', 'disciplineVetoes', args(listOf(caseRecords), nearValid({ person: people.marketingStaff.id }), key, nearValid(rules)), discipline.disciplineVetoes, 'DSC-7'),
  e('discipline', 'accountabilityLinks', args(listOf(caseRecords)), discipline.accountabilityLinks, 'DSC-5'),
  e('discipline', 'monthsLater', args(isoT, fc.integer({ min: -10_000, max: 10_000 }), zoneT), discipline.monthsLater, 'DSC-6'),
  e('discipline', 'daysLater', args(isoT, fc.integer({ min: -100_000, max: 100_000 }), zoneT), discipline.daysLater, 'DSC-6'),
  e('discipline', 'sanctionExpiresAt', args(fc.record({ validityMonths: fc.option(fc.integer({ min: 1, max: 120 }), { nil: undefined }) }), isoT, zoneT), discipline.sanctionExpiresAt, 'DSC-6'),
];

/**
 * Exported functions that take no outside input, and why: the entries above cover every other one
 * (test/fuzz/coverage.test.ts).
 */
export const notFuzzed: Readonly<Record<string, string>> = {
  'core.ok': 'wraps a value the caller computed',
  'core.fail': 'wraps an error the caller built',
  'core.words': 'builds a message from the library’s own texts',
  'core.issue': 'builds an issue from the library’s own texts',
  'core.forbidden': 'builds an error from the library’s own texts',
  'core.conflict': 'builds an error from the library’s own texts',
  'core.versionMismatch': 'builds an error from the library’s own texts',
  'core.notFound': 'builds an error from the library’s own texts',
  'core.notAllowed': 'builds an error from the library’s own texts',
  'core.invalidInput': 'builds an error from issues the library found',
  'core.said': 'builds a zod message from the library’s own texts',
  'core.labelledEnum': 'declares an enumeration in code',
  'core.codeEnum': 'declares an enumeration in code',
  'core.text': 'builds a zod schema in code',
  'core.list': 'builds a zod schema in code',
  'core.aggregateKit': 'declares an aggregate in code',
  'core.defineAggregate': 'declares an aggregate in code',
  'core.createMemoryStore': 'takes no arguments',
  'core.runCommand': 'asynchronous load–step–save around a step given as a function; the steps are fuzzed',
  'core.runCreate': 'asynchronous create–save around a create given as a function; the creates are fuzzed',
  'core.acceptedCommands': 'reads a machine snapshot the library resolved from a record it read',
  'policy.policyEvaluationDiagram': 'takes no arguments',
  'content.contentDiagram': 'takes no arguments',
  'budget.budgetDiagram': 'takes no arguments',
  'risk.riskDiagram': 'takes no arguments',
  'discipline.disciplineDiagram': 'takes no arguments',
  'compliance.compileRuleSetOrThrow': 'throws by contract, for rule sets written in code; compileRuleSet is the fuzzed form',
};
