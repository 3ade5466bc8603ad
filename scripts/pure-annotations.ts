// An esbuild plugin for the build (tsup.config.ts): wraps each top-level initialiser that does work
// (calls, `new`, property reads, spreads) as `/* @__PURE__ */ (() => (…))()`, the annotation bundlers
// read to drop an unused constant with everything it builds. Needed since the build bundles into shared
// chunks: a chunk holds many modules, so `sideEffects: false` alone no longer lets a consumer's bundler
// drop a zod schema or an XState machine built at the top of a module that shares a chunk with a money
// helper. Only initialisers are wrapped (the value of `const x = …`), never statements; the value and
// when it is computed are unchanged.
import { readFile } from 'node:fs/promises';
import type { Plugin } from 'esbuild';
import ts from 'typescript';

function doesWork(node: ts.Node): boolean {
  if (ts.isFunctionLike(node)) return false;
  if (
    ts.isCallExpression(node) ||
    ts.isNewExpression(node) ||
    ts.isPropertyAccessExpression(node) ||
    ts.isElementAccessExpression(node) ||
    ts.isSpreadAssignment(node) ||
    ts.isSpreadElement(node) ||
    ts.isTaggedTemplateExpression(node) ||
    ts.isClassLike(node)
  )
    return true;
  return ts.forEachChild(node, doesWork) ?? false;
}

/** The source with every top-level initialiser that does work wrapped in a pure-annotated call. */
export function annotatePure(fileName: string, source: string): string {
  const sf = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const edits: Array<{ pos: number; text: string }> = [];
  for (const statement of sf.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    for (const d of statement.declarationList.declarations) {
      if (!d.initializer || !doesWork(d.initializer)) continue;
      edits.push({ pos: d.initializer.getStart(sf), text: '/* @__PURE__ */ (() => (' }, { pos: d.initializer.end, text: '))()' });
    }
  }
  let out = '';
  let at = 0;
  for (const e of edits) {
    out += source.slice(at, e.pos) + e.text;
    at = e.pos;
  }
  return out + source.slice(at);
}

/**
 * The plugin: annotates every TypeScript source under `src/`, and points its imports of the packages in
 * `redirects` at the file given (tsup.config.ts: the re-exports of packages with side effects).
 */
export function pureAnnotations(redirects: ReadonlyMap<string, string> = new Map()): Plugin {
  return {
    name: 'pure-annotations',
    setup(build) {
      build.onLoad({ filter: /[\\/]src[\\/].*\.ts$/ }, async (args) => {
        let source = await readFile(args.path, 'utf8');
        for (const [name, file] of redirects) source = source.replaceAll(`from '${name}';`, `from ${JSON.stringify(file)};`);
        return { contents: annotatePure(args.path, source), loader: 'ts' };
      });
    },
  };
}
