// Documentation checks: every export documented with an example (functions showing their result), the
// README's host example is the compiled file, and generated guide sections are current.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? sources(p) : p.endsWith('.ts') && !p.endsWith('index.ts') ? [p] : [];
  });
}

function undocumented(file: string): { missing: string[]; noResult: string[] } {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const missing: string[] = [];
  const noResult: string[] = [];
  for (const statement of source.statements) {
    const exported = ts.canHaveModifiers(statement) && ts.getModifiers(statement)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
    if (!exported || ts.isExportDeclaration(statement)) continue;
    const node = ts.isVariableStatement(statement) ? statement.declarationList.declarations[0]! : statement;
    const name = ts.isVariableStatement(statement)
      ? statement.declarationList.declarations.map((d) => d.name.getText()).join(',')
      : ((statement as ts.DeclarationStatement).name?.getText() ?? '(anonymous)');
    const examples = ts.getJSDocTags(node).filter((t) => t.tagName.text === 'example');
    if (ts.getJSDocCommentsAndTags(node).length === 0 || examples.length === 0) missing.push(`${file}: ${name}`);
    else if (ts.isFunctionDeclaration(statement) && !examples.some((t) => String(ts.getTextOfJSDocComment(t.comment) ?? '').includes('//=>'))) {
      noResult.push(`${file}: ${name}`);
    }
  }
  return { missing, noResult };
}

describe('documentation', () => {
  it('every exported symbol has TSDoc with an @example, and every function’s example shows its result (//=> …)', () => {
    const found = sources('src').map(undocumented);
    expect(found.flatMap((f) => f.missing)).toEqual([]);
    expect(found.flatMap((f) => f.noResult)).toEqual([]);
  });

  it('the README’s host example is examples/host.ts, which the type-check compiles under strict', () => {
    const file = readFileSync('examples/host.ts', 'utf8');
    expect(readFileSync('README.md', 'utf8')).toContain(file.slice(file.indexOf('import ')));
    expect(JSON.parse(readFileSync('tsconfig.json', 'utf8')).compilerOptions.strict).toBe(true);
  });
});

describe('generated guides', () => {
  it('the diagrams and tables in the guides are the ones the code draws, and their rule IDs link to rules.md (run `npm run docs:generate`)', async () => {
    const { guides } = await import('../scripts/generate-docs.js');
    for (const [file, text] of Object.entries(guides())) expect(readFileSync(file, 'utf8'), file).toBe(text);
    expect(readFileSync('docs/content-workflow.md', 'utf8')).toContain('[CW-4](rules.md#cw-4)');
  });
});
