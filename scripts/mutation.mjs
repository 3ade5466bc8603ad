// Mutation testing, one Stryker run per subpath, then the score of each.
//
//   npm run mutation                      every subpath in domains.json, one after the other
//   npm run mutation -- kpi budget        only these subpaths
//   npm run mutation -- src/kpi/scorecard.ts 'src/risk/grade.ts'
//                                         only these files (any argument with a `/` is a Stryker mutate
//                                         pattern; they are run together, as one target)
//   npm run mutation -- --summary         print the table from the reports already on disk
//   --all-tests                           let every test that reaches the code kill mutants, not only the
//                                         subpath's own tests (test/<name>/); slower
//
// Each subpath writes its own report (reports/mutation/<name>.json, .html) and its own incremental file
// (reports/stryker-incremental-<name>.json), so a run of one subpath neither erases another's results nor
// makes the next run of another start from scratch. Settings shared by every run are in stryker.config.json.
// By default a subpath's mutants are tested by its own tests only (test/<name>/): the score then says
// whether the subpath's suite pins its rules, and each mutant loads a few test files instead of dozens.
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const reports = join(root, 'reports', 'mutation');
const names = JSON.parse(readFileSync(join(root, 'domains.json'), 'utf8')).subpaths.map((s) => s.name);

const args = process.argv.slice(2);
const summaryOnly = args.includes('--summary');
const allTests = args.includes('--all-tests');
const asked = args.filter((a) => !a.startsWith('--') && !a.includes('/'));
const patterns = args.filter((a) => !a.startsWith('--') && a.includes('/'));
const unknown = asked.filter((a) => !names.includes(a));
if (unknown.length > 0) {
  console.error(`Unknown subpath(s): ${unknown.join(', ')}. Known: ${names.join(', ')}.`);
  process.exit(2);
}

/** The files of one subpath that carry behaviour: barrels, label tables and diagram drawing are left out. */
function mutatePatterns(name) {
  return [`src/${name}/**/*.ts`, `!src/${name}/**/index.ts`, `!src/${name}/**/labels.ts`, `!src/${name}/**/diagram.ts`];
}

/** Runs Stryker on one target: a subpath (`kpi`) or a list of mutate patterns, reported under `key`. */
async function runOne(key, mutate) {
  // Imported only when a run is asked for, so `--summary` works without Stryker's start-up cost.
  const { Stryker } = await import('@stryker-mutator/core');
  const started = Date.now();
  const folders = [...new Set(mutate.flatMap((p) => /^src\/([a-z-]+)\//.exec(p)?.[1] ?? []))];
  const stryker = new Stryker({
    mutate,
    ...(allTests ? {} : { testFiles: folders.map((f) => `test/${f}/**/*.test.ts`) }),
    incrementalFile: `reports/stryker-incremental-${key}.json`,
    jsonReporter: { fileName: `reports/mutation/${key}.json` },
    htmlReporter: { fileName: `reports/mutation/${key}.html` },
  });
  await stryker.runMutationTest();
  const wallSeconds = Math.round((Date.now() - started) / 1000);
  mkdirSync(reports, { recursive: true });
  writeFileSync(join(reports, `${key}.run.json`), `${JSON.stringify({ key, mutate, allTests, finished: new Date().toISOString(), wallSeconds }, null, 2)}\n`);
}

/** The newest result of every mutated source file, across the reports on disk. */
function latestByFile() {
  const byFile = new Map();
  if (!existsSync(reports)) return byFile;
  for (const f of readdirSync(reports).filter((f) => f.endsWith('.json') && !f.endsWith('.run.json'))) {
    const at = statSync(join(reports, f)).mtimeMs;
    const report = JSON.parse(readFileSync(join(reports, f), 'utf8'));
    for (const [path, file] of Object.entries(report.files ?? {})) {
      const rel = path.replace(/\\/g, '/').replace(/^.*?(src\/)/, '$1');
      if (!byFile.has(rel) || byFile.get(rel).at < at) byFile.set(rel, { at, mutants: file.mutants, report: f });
    }
  }
  return byFile;
}

/** Counts by status for the mutants of `src/<name>/`, and how many of its mutable files have a result. */
function tally(name, byFile) {
  const counts = { Killed: 0, Timeout: 0, Survived: 0, NoCoverage: 0, Ignored: 0, CompileError: 0, RuntimeError: 0 };
  let files = 0;
  for (const [rel, { mutants }] of byFile) {
    if (!rel.startsWith(`src/${name}/`)) continue;
    files += 1;
    for (const m of mutants) counts[m.status] = (counts[m.status] ?? 0) + 1;
  }
  return { ...counts, files, of: mutableFiles(name).length };
}

/** The files `mutatePatterns(name)` selects (a subpath's run covers exactly these). */
function mutableFiles(name) {
  const dir = join(root, 'src', name);
  const walk = (d) => readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(d, e.name)) : [join(d, e.name)]));
  return walk(dir).filter((f) => f.endsWith('.ts') && !/\/(index|labels|diagram)\.ts$/.test(f));
}

function summary(only) {
  const byFile = latestByFile();
  const rows = [];
  for (const name of only) {
    const c = tally(name, byFile);
    if (c.files === 0) {
      rows.push([name, 'not run', '', '', '', '', '', '', '']);
      continue;
    }
    const detected = c.Killed + c.Timeout;
    const valid = detected + c.Survived + c.NoCoverage;
    const score = valid === 0 ? 'n/a' : `${((100 * detected) / valid).toFixed(2)} %`;
    rows.push([
      name,
      score,
      `${c.files}/${c.of}`,
      String(valid),
      String(c.Killed),
      String(c.Survived),
      String(c.NoCoverage),
      String(c.Timeout),
      String(c.Ignored + c.CompileError + c.RuntimeError),
    ]);
  }
  const head = ['subpath', 'score', 'files', 'mutants', 'killed', 'survived', 'no cover', 'timeout', 'ignored/err'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (r) => r.map((v, i) => (i === 0 ? v.padEnd(widths[i]) : v.padStart(widths[i]))).join('  ');
  console.log(`\n${line(head)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}\n${rows.map(line).join('\n')}`);
  const runs = existsSync(reports) ? readdirSync(reports).filter((f) => f.endsWith('.run.json')) : [];
  if (runs.length > 0) {
    console.log('\nruns on disk (wall time of each):');
    for (const f of runs.sort()) {
      const r = JSON.parse(readFileSync(join(reports, f), 'utf8'));
      console.log(`  ${r.mutate.filter((p) => !p.startsWith('!')).join(' ')}: ${r.wallSeconds} s, finished ${r.finished}${r.allTests ? ', all tests' : ''}`);
    }
  }
  console.log(
    '\nscore = (killed + timeout) / (killed + timeout + survived + no cover), over the newest result of each file;' +
      '\nfiles = files with a result / files a full run of the subpath mutates; static mutants are ignored (stryker.config.json).',
  );
}

if (!summaryOnly) {
  for (const name of asked) {
    console.log(`\n=== mutation testing: src/${name} ===`);
    await runOne(name, mutatePatterns(name));
  }
  if (patterns.length > 0) {
    const key = patterns.join('+').replace(/[^A-Za-z0-9.-]+/g, '_');
    console.log(`\n=== mutation testing: ${patterns.join(' ')} ===`);
    await runOne(key, patterns);
  }
  if (asked.length === 0 && patterns.length === 0) {
    for (const name of names) {
      console.log(`\n=== mutation testing: src/${name} ===`);
      await runOne(name, mutatePatterns(name));
    }
  }
}
summary(asked.length > 0 ? asked : names);
