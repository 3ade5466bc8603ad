// Bundles an example for a foreign runtime (the edge sandbox, a browser page) with esbuild, resolving
// `marketing-governance/*` to the sources through tsconfig's paths: one self-contained script.
import { build } from 'esbuild';

export async function bundle(entry: string, globalName?: string): Promise<string> {
  const out = await build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    tsconfig: 'tsconfig.json',
    logLevel: 'silent',
    ...(globalName ? { globalName } : {}),
  });
  return out.outputFiles[0]!.text;
}
