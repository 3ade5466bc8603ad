// Size budgets, measured min+gzip with esbuild. Peer dependencies are bundled too (size-limit
// leaves them out by default): a serverless function ships them, so they count.
//
// Re-measured for 0.2.0, each a few per cent above what the code weighs, so that growth is noticed.
// What 0.2.0 added to every bundle, against 0.1.0: error messages and issues in zh-CN and zh-TW as well
// as English (money and period errors +0.5 KB, organisation checks +0.4 KB); the checked record reader
// and the migrations from version 1 (content queries +2.7 KB, budget report +2.5 KB); the domain kit
// with identity, fingerprints, separation of duties and audited SHA-256 (steps +3 to +8 KB); KPI
// argument checks and direction checks (+2.3 KB). Issue 12 owns making them smaller again (locale
// modules for label text, code splitting).
const includePeers = (config) => ({ ...config, external: [] });
const core = './dist/esm/core/index.js';

module.exports = [
  {
    name: 'core: money + period essentials',
    path: core,
    import: '{ allocate, money, sumMoney, subtractMoney, periodKeyOf, periodRange, nextPeriodKey }',
    limit: '2.6 KB',
    gzip: true,
    modifyEsbuildConfig: includePeers,
  },
  {
    name: 'core: all money helpers',
    path: core,
    import: '{ allocate, allocateInteger, money, sumMoney, subtractMoney, multiplyMoney, formatMoney }',
    limit: '1.7 KB',
    gzip: true,
    modifyEsbuildConfig: includePeers,
  },
  {
    name: 'core: all period helpers',
    path: core,
    import: '{ periodKeyOf, periodRange, nextPeriodKey, monthsOf, isInPeriod, parsePeriodKey, formatPeriodKey }',
    limit: '1.95 KB',
    gzip: true,
    modifyEsbuildConfig: includePeers,
  },
  {
    // +2.6 KB for the compliance section the composed policy schema validates (its schema, the rule
    // and finding enumerations in three languages, the rule-set checks), raised by that growth only.
    name: 'policy revision step (with zod and xstate)',
    path: './dist/esm/policy/index.js',
    import: '{ policyRevisionStep, createPolicyRevision }',
    limit: '63.6 KB',
    gzip: true,
    modifyEsbuildConfig: includePeers,
  },
  {
    name: 'content step (with zod and xstate)',
    path: './dist/esm/content/index.js',
    import: '{ contentStep, createContentItem }',
    limit: '61.5 KB',
    gzip: true,
    modifyEsbuildConfig: includePeers,
  },
  {
    name: 'content queries and reader: calendar, deadlines, report (no zod, no xstate)',
    path: './dist/esm/content/index.js',
    import: '{ publishingCalendar, reviewDeadlines, dueForPublishing, staleApprovals, contentReport, readContentItem }',
    limit: '6.9 KB',
    gzip: true,
    modifyEsbuildConfig: includePeers,
  },
  {
    name: 'kpi: scorecard functions (no zod, no xstate)',
    path: './dist/esm/kpi/index.js',
    import: '{ scoreScorecard, scoreOverMonths, computeMetric, rollupMetric, attainment, checkScorecard, explainScore }',
    limit: '6.5 KB',
    gzip: true,
    modifyEsbuildConfig: includePeers,
  },
  {
    // The built-in catalogue is data (30 metrics, labels in three languages) passed to the functions.
    name: 'kpi: scorecard functions with the built-in metric catalogue',
    path: './dist/esm/kpi/index.js',
    import: '{ scoreScorecard, scoreOverMonths, computeMetric, rollupMetric, attainment, checkScorecard, explainScore, builtInMetrics }',
    limit: '8.5 KB',
    gzip: true,
    modifyEsbuildConfig: includePeers,
  },
  {
    name: 'budget step (with zod and xstate)',
    path: './dist/esm/budget/index.js',
    import: '{ budgetStep, createBudget }',
    limit: '56.5 KB',
    gzip: true,
    modifyEsbuildConfig: includePeers,
  },
  {
    name: 'budget variance report and reader (no zod, no xstate)',
    path: './dist/esm/budget/index.js',
    import: '{ varianceReport, decomposeAnnual, readBudget }',
    limit: '4.6 KB',
    gzip: true,
    modifyEsbuildConfig: includePeers,
  },
  {
    name: 'org: identify and authorize (no zod, no xstate)',
    path: './dist/esm/org/index.js',
    import: '{ authorize, identify, checkActor, orgAccess }',
    limit: '2 KB',
    gzip: true,
    modifyEsbuildConfig: includePeers,
  },
  {
    // The default rule set is data (14 rules, about 220 terms, legal bases, labels in three languages).
    name: 'compliance: scan with the default rule set (no zod, no xstate)',
    path: './dist/esm/compliance/index.js',
    import: '{ scan, compileRuleSet, defaultRuleSet }',
    limit: '16.5 KB',
    gzip: true,
    modifyEsbuildConfig: includePeers,
  },
  {
    name: 'compliance: assess and report with the default rule set and section (no zod, no xstate)',
    path: './dist/esm/compliance/index.js',
    import: '{ scan, compileRuleSet, defaultRuleSet, assessContent, complianceReport, explainFinding, withCompanyRules, defaultCompliancePolicy }',
    limit: '19.8 KB',
    gzip: true,
    modifyEsbuildConfig: includePeers,
  },
];
