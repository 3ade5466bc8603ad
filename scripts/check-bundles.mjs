// Bundles what a serverless function would import, checks that light entry points carry no zod or
// xstate, and prints each size side by side with a baseline built in the same run.
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';

const checks = [
  {
    name: 'core money+period vs date-fns/@date-fns/tz equivalents',
    code: "export { allocate, money, sumMoney, subtractMoney, periodKeyOf, periodRange, nextPeriodKey } from './dist/esm/core/index.js';",
    forbid: ['zod', 'xstate'],
    baseline:
      "import { TZDate, tz } from '@date-fns/tz'; import { startOfMonth, addMonths, getISOWeek, getISOWeekYear, startOfISOWeek } from 'date-fns';" +
      'export const range = (y, m, zone) => { const s = new TZDate(y, m, 1, zone); return [startOfMonth(s), addMonths(s, 1)]; };' +
      'export const week = (d, zone) => [getISOWeekYear(d, { in: tz(zone) }), getISOWeek(d, { in: tz(zone) }), startOfISOWeek(d, { in: tz(zone) })];',
  },
  {
    name: 'org identify/authorize vs the same module with the directory-entry schema (zod)',
    code: "export { authorize, identify, checkActor, orgAccess } from './dist/esm/org/index.js';",
    forbid: ['zod', 'xstate'],
    baseline: "export { authorize, identify, checkActor, orgAccess, DirectoryEntrySchema } from './dist/esm/org/index.js';",
  },
  {
    name: 'content queries vs the content step (what a reporting function saves by importing only queries)',
    code: "export { publishingCalendar, reviewDeadlines, dueForPublishing, staleApprovals, contentReport, weeklyReview, reviewSheet, readContentItem } from './dist/esm/content/index.js';",
    forbid: ['zod', 'xstate'],
    baseline: "export { contentStep } from './dist/esm/content/index.js';",
  },
  {
    name: 'kpi scorecard vs the same functions imported from the package root',
    code: "export { scoreScorecard, scoreOverMonths, computeMetric, rollupMetric, attainment, checkScorecard, explainScore, sumInputs, builtInMetrics, defaultKpiPolicy } from './dist/esm/kpi/index.js';",
    forbid: ['zod', 'xstate'],
    // The section's schema stays out of a scorer, default section included, and so does label text
    // (explainScore takes the locale module the host imports).
    forbidFiles: ['dist/esm/kpi/policy.js', 'dist/esm/kpi/locale/en.js', 'dist/esm/kpi/locale/zh-CN.js', 'dist/esm/kpi/locale/zh-TW.js'],
    baseline: "export { scoreScorecard, scoreOverMonths, computeMetric, rollupMetric, attainment, checkScorecard, explainScore, defaultPolicy } from './dist/esm/index.js';",
  },
  {
    name: 'budget variance report vs the budget step',
    code: "export { varianceReport, budgetReportsDue, decomposeAnnual, readBudget } from './dist/esm/budget/index.js';",
    forbid: ['zod', 'xstate'],
    baseline: "export { budgetStep } from './dist/esm/budget/index.js';",
  },
  {
    name: 'risk grading with both presets vs the risk step',
    code: "export { gradeRisk, gradeQuantitative, matrixProblems, defaultRiskMatrix, nistRiskMatrix } from './dist/esm/risk/index.js';",
    forbid: ['zod', 'xstate'],
    // The section's schema stays out of a grader.
    forbidFiles: ['dist/esm/risk/policy.js'],
    baseline: "export { riskStep } from './dist/esm/risk/index.js';",
  },
  {
    name: 'risk queries vs the risk step',
    code: "export { risksDueForReview, acceptancesExpiring, openIncidentsByPlatform, riskHeatMap, platformRuleChanges, contentMarkedForReview, readRisk } from './dist/esm/risk/index.js';",
    forbid: ['zod', 'xstate'],
    forbidFiles: ['dist/esm/risk/policy.js'],
    baseline: "export { riskStep } from './dist/esm/risk/index.js';",
    name: 'discipline escalation and caps vs the discipline step',
    code: "export { proposeSanction, checkSanction, defaultDisciplinePolicy } from './dist/esm/discipline/index.js';",
    forbid: ['zod', 'xstate'],
    // The section's schema stays out of the escalation, default section included.
    forbidFiles: ['dist/esm/discipline/policy.js'],
    baseline: "export { disciplineStep } from './dist/esm/discipline/index.js';",
  },
  {
    name: 'discipline queries vs the discipline step',
    code: "export { liveSanctions, casesAwaitingDeadline, casesByDepartment, sanctionHistory, disciplineVetoes, accountabilityLinks, readCase } from './dist/esm/discipline/index.js';",
    forbid: ['zod', 'xstate'],
    forbidFiles: ['dist/esm/discipline/policy.js'],
    baseline: "export { disciplineStep } from './dist/esm/discipline/index.js';",
  },
  {
    name: 'policy evaluation due-date query vs the evaluation step',
    code: "export { evaluationDue, readPolicyEvaluation } from './dist/esm/policy/index.js';",
    forbid: ['zod', 'xstate'],
    baseline: "export { policyEvaluationStep } from './dist/esm/policy/index.js';",
  },
  {
    name: 'compliance scan vs the same scan imported from the package root',
    code: "export { scan, compileRuleSet, defaultRuleSet } from './dist/esm/compliance/index.js';",
    forbid: ['zod', 'xstate'],
    // The section's schema stays out of a scanner, default section included.
    forbidFiles: ['dist/esm/compliance/policy.js'],
    baseline: "export { scan, compileRuleSet, defaultRuleSet, defaultPolicy } from './dist/esm/index.js';",
  },
  {
    name: 'compliance assessment and report vs the scan alone',
    code: "export { assessContent, complianceReport, explainFinding, withCompanyRules, defaultCompliancePolicy, compileRuleSet, defaultRuleSet } from './dist/esm/compliance/index.js';",
    forbid: ['zod', 'xstate'],
    forbidFiles: ['dist/esm/compliance/policy.js'],
    baseline: "export { scan, compileRuleSet, defaultRuleSet } from './dist/esm/compliance/index.js';",
  },
  {
    name: 'policy revision step vs a hand-written xstate machine + zod schema',
    code: "export { policyRevisionStep, createPolicyRevision } from './dist/esm/policy/index.js';",
    forbid: [],
    baseline:
      "import { z } from 'zod'; import { setup, transition } from 'xstate';" +
      "const cmd = z.object({ type: z.enum(['submit', 'approve']), reason: z.string().optional() });" +
      "const m = setup({}).createMachine({ initial: 'a', states: { a: { on: { submit: 'b' } }, b: { on: { approve: 'c' } }, c: {} } });" +
      'export const step = (s, e) => transition(m, s, cmd.parse(e));',
  },
];

async function measure(contents) {
  const result = await build({
    stdin: { contents, resolveDir: process.cwd(), loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const out = result.outputFiles[0].contents;
  // The files that put code in the output (the metafile also lists files parsed and dropped).
  const inputs = Object.entries(result.metafile.outputs[Object.keys(result.metafile.outputs)[0]].inputs).flatMap(([file, { bytesInOutput }]) => (bytesInOutput > 0 ? [file] : []));
  return { gz: gzipSync(out, { level: 9 }).length, inputs };
}

const kb = (n) => `${(n / 1024).toFixed(2)} KB`;
let failed = false;
for (const check of checks) {
  const ours = await measure(check.code);
  const base = await measure(check.baseline);
  for (const pkg of check.forbid) {
    if (ours.inputs.some((i) => i.includes(`node_modules/${pkg}/`))) {
      console.error(`FAIL ${check.name}: bundle contains ${pkg}`);
      failed = true;
    }
  }
  for (const file of check.forbidFiles ?? []) {
    if (ours.inputs.includes(file)) {
      console.error(`FAIL ${check.name}: bundle contains ${file}`);
      failed = true;
    }
  }
  console.log(`${check.name}: ${(ours.gz / base.gz).toFixed(2)}x (ours ${kb(ours.gz)} vs baseline ${kb(base.gz)}, min+gz)`);
}
if (failed) process.exit(1);
