// Bundles what a serverless function would import, checks that light entry points carry no zod or
// xstate, and prints each size side by side with a baseline built in the same run; then a table per
// subpath of package.json exports: its step and create function (workflow subpaths of domains.json) and
// `import *`, each min+gz with the peers bundled.
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

// `forbidNames` are top-level names of the built package that must not be in a bundle (the package is
// built into shared chunks, so a module is no longer a file to look for): each is checked in an
// unminified build of the same code, where esbuild keeps names (adding a digit on a clash).

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
    // (explainScore takes the locale module the host imports: `en`, `zhCN`, `zhTW`).
    forbidNames: ['KpiPolicySchema', 'en', 'zhCN', 'zhTW'],
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
    forbidNames: ['RiskPolicySchema'],
    baseline: "export { riskStep } from './dist/esm/risk/index.js';",
  },
  {
    name: 'risk queries vs the risk step',
    code: "export { risksDueForReview, acceptancesExpiring, openIncidentsByPlatform, riskHeatMap, platformRuleChanges, contentMarkedForReview, readRisk } from './dist/esm/risk/index.js';",
    forbid: ['zod', 'xstate'],
    forbidNames: ['RiskPolicySchema'],
    baseline: "export { riskStep } from './dist/esm/risk/index.js';",
  },
  {
    name: 'discipline escalation and caps vs the discipline step',
    code: "export { proposeSanction, checkSanction, defaultDisciplinePolicy } from './dist/esm/discipline/index.js';",
    forbid: ['zod', 'xstate'],
    // The section's schema stays out of the escalation, default section included.
    forbidNames: ['DisciplinePolicySchema'],
    baseline: "export { disciplineStep } from './dist/esm/discipline/index.js';",
  },
  {
    name: 'discipline queries vs the discipline step',
    code: "export { liveSanctions, casesAwaitingDeadline, casesByDepartment, sanctionHistory, disciplineVetoes, accountabilityLinks, readCase } from './dist/esm/discipline/index.js';",
    forbid: ['zod', 'xstate'],
    forbidNames: ['DisciplinePolicySchema'],
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
    forbidNames: ['CompliancePolicySchema'],
    baseline: "export { scan, compileRuleSet, defaultRuleSet, defaultPolicy } from './dist/esm/index.js';",
  },
  {
    name: 'compliance assessment and report vs the scan alone',
    code: "export { assessContent, complianceReport, explainFinding, withCompanyRules, defaultCompliancePolicy, compileRuleSet, defaultRuleSet } from './dist/esm/compliance/index.js';",
    forbid: ['zod', 'xstate'],
    forbidNames: ['CompliancePolicySchema'],
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

async function measure(contents, minify = true) {
  const result = await build({
    stdin: { contents, resolveDir: process.cwd(), loader: 'js' },
    bundle: true,
    minify,
    format: 'esm',
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const out = result.outputFiles[0].contents;
  // The files that put code in the output (the metafile also lists files parsed and dropped).
  const inputs = Object.entries(result.metafile.outputs[Object.keys(result.metafile.outputs)[0]].inputs).flatMap(([file, { bytesInOutput }]) => (bytesInOutput > 0 ? [file] : []));
  return { gz: gzipSync(out, { level: 9 }).length, inputs, text: minify ? '' : result.outputFiles[0].text };
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
  const plain = check.forbidNames ? (await measure(check.code, false)).text : '';
  for (const name of check.forbidNames ?? []) {
    if (new RegExp(`^(?:var|let|const|function|class) ${name}\\d*\\b`, 'm').test(plain)) {
      console.error(`FAIL ${check.name}: bundle contains ${name}`);
      failed = true;
    }
  }
  console.log(`${check.name}: ${(ours.gz / base.gz).toFixed(2)}x (ours ${kb(ours.gz)} vs baseline ${kb(base.gz)}, min+gz)`);
}

// The table per subpath. A workflow's step is its `…Step` export and its create function the
// `create…` one, found in the built module, so a new subpath needs no edit here.
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const domains = JSON.parse(readFileSync('domains.json', 'utf8'));
const workflows = new Set(domains.subpaths.filter((s) => s.shape === 'workflow').map((s) => `./${s.name}`));
const rows = [];
for (const [key, target] of Object.entries(pkg.exports)) {
  if (typeof target === 'string') continue;
  const file = target.import.default;
  let step = '';
  if (workflows.has(key)) {
    const names = Object.keys(await import(new URL(`../${file}`, import.meta.url).href)).filter((n) => /Step$|^create[A-Z]/.test(n));
    if (!names.some((n) => n.endsWith('Step')) || !names.some((n) => n.startsWith('create'))) {
      console.error(`FAIL ${key}: a workflow subpath without a …Step and a create… export`);
      failed = true;
    }
    step = `${kb((await measure(`export { ${names.join(', ')} } from '${file}';`)).gz)} (${names.join(', ')})`;
  }
  rows.push([`${pkg.name}${key.slice(1)}`, step || '—', kb((await measure(`export * from '${file}';`)).gz)]);
}
const head = ['subpath', 'step + create (with peers, min+gz)', 'import * (with peers, min+gz)'];
const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
console.log('');
for (const r of [head, widths.map((w) => '-'.repeat(w)), ...rows]) console.log(r.map((c, i) => c.padEnd(widths[i])).join(' | ').trimEnd());
if (failed) process.exit(1);
