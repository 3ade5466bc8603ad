// Size budgets, measured min+gzip with esbuild. Peer dependencies are bundled too (size-limit
// leaves them out by default): a serverless function ships them, so they count.
const includePeers = (config) => ({ ...config, external: [] });
const core = './dist/esm/core/index.js';

module.exports = [
  {
    name: 'core: money + period essentials',
    path: core,
    import: '{ allocate, money, sumMoney, subtractMoney, periodKeyOf, periodRange, nextPeriodKey }',
    limit: '2 KB',
    gzip: true,
    modifyEsbuildConfig: includePeers,
  },
  {
    name: 'core: all money helpers',
    path: core,
    import: '{ allocate, allocateInteger, money, sumMoney, subtractMoney, multiplyMoney, formatMoney }',
    limit: '1.4 KB',
    gzip: true,
    modifyEsbuildConfig: includePeers,
  },
  {
    name: 'core: all period helpers',
    path: core,
    import: '{ periodKeyOf, periodRange, nextPeriodKey, monthsOf, isInPeriod, parsePeriodKey, formatPeriodKey }',
    limit: '1.7 KB',
    gzip: true,
    modifyEsbuildConfig: includePeers,
  },
  {
    name: 'policy revision step (with zod and xstate)',
    path: './dist/esm/policy/index.js',
    import: '{ policyRevisionStep, createPolicyRevision }',
    limit: '54 KB',
    gzip: true,
    modifyEsbuildConfig: includePeers,
  },
  {
    name: 'content step (with zod and xstate)',
    path: './dist/esm/content/index.js',
    import: '{ contentStep, createContentItem }',
    limit: '52 KB',
    gzip: true,
    modifyEsbuildConfig: includePeers,
  },
  {
    name: 'content queries: calendar, deadlines, report (no zod, no xstate)',
    path: './dist/esm/content/index.js',
    import: '{ publishingCalendar, reviewDeadlines, dueForPublishing, staleApprovals, contentReport }',
    limit: '4 KB',
    gzip: true,
    modifyEsbuildConfig: includePeers,
  },
  {
    name: 'kpi: scorecard functions (no zod, no xstate)',
    path: './dist/esm/kpi/index.js',
    import: '{ scoreScorecard, scoreOverMonths, computeMetric, rollupMetric, attainment, checkScorecard, explainScore }',
    limit: '4 KB',
    gzip: true,
    modifyEsbuildConfig: includePeers,
  },
  {
    // The built-in catalogue is data (30 metrics, labels in three languages) passed to the functions.
    name: 'kpi: scorecard functions with the built-in metric catalogue',
    path: './dist/esm/kpi/index.js',
    import: '{ scoreScorecard, scoreOverMonths, computeMetric, rollupMetric, attainment, checkScorecard, explainScore, builtInMetrics }',
    limit: '6 KB',
    gzip: true,
    modifyEsbuildConfig: includePeers,
  },
  {
    name: 'budget step (with zod and xstate)',
    path: './dist/esm/budget/index.js',
    import: '{ budgetStep, createBudget }',
    limit: '52 KB',
    gzip: true,
    modifyEsbuildConfig: includePeers,
  },
  {
    name: 'budget variance report (no zod, no xstate)',
    path: './dist/esm/budget/index.js',
    import: '{ varianceReport, decomposeAnnual }',
    limit: '2 KB',
    gzip: true,
    modifyEsbuildConfig: includePeers,
  },
  {
    name: 'org: authorize and separation of duties (no zod, no xstate)',
    path: './dist/esm/org/index.js',
    import: '{ authorize, separationOfDuties, checkActor }',
    limit: '1.5 KB',
    gzip: true,
    modifyEsbuildConfig: includePeers,
  },
];
