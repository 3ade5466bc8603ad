import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

// What a serverless function that only scores would ship: the scoring functions, bundled from source.
async function bundle(names: string): Promise<string[]> {
  const result = await build({
    stdin: { contents: `export { ${names} } from './src/kpi/index.ts';`, resolveDir: process.cwd(), loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  // The files that put code in the output (the metafile's `inputs` also lists files parsed and dropped).
  const [output] = Object.values(result.metafile.outputs);
  return Object.entries(output!.inputs).flatMap(([file, { bytesInOutput }]) => (bytesInOutput > 0 ? [file] : []));
}

describe('the scoring functions load no schema or state-machine library', () => {
  it('scoring, checking and explaining, with the catalogue and the default section, bundle without zod or xstate', async () => {
    const inputs = await bundle('scoreScorecard, scoreOverMonths, computeMetric, rollupMetric, attainment, checkScorecard, explainScore, sumInputs, builtInMetrics, defaultKpiPolicy');
    expect(inputs.filter((i) => /node_modules\/(zod|xstate)\//.test(i))).toEqual([]);
    expect(inputs).not.toContain('src/kpi/policy.ts');
  }, 60_000);
});
