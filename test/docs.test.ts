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

function exportedWithoutExample(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const missing: string[] = [];
  for (const statement of source.statements) {
    const exported = ts.canHaveModifiers(statement) && ts.getModifiers(statement)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
    if (!exported || ts.isExportDeclaration(statement)) continue;
    const name = ts.isVariableStatement(statement)
      ? statement.declarationList.declarations.map((d) => d.name.getText()).join(',')
      : ((statement as ts.DeclarationStatement).name?.getText() ?? '(anonymous)');
    const tags = ts.getJSDocTags(ts.isVariableStatement(statement) ? statement.declarationList.declarations[0]! : statement);
    const docs = ts.getJSDocCommentsAndTags(ts.isVariableStatement(statement) ? statement.declarationList.declarations[0]! : statement);
    if (docs.length === 0 || !tags.some((t) => t.tagName.text === 'example')) missing.push(`${file}: ${name}`);
  }
  return missing;
}

describe('documentation', () => {
  it('ORG-4: every exported symbol has TSDoc with an @example, so a host can read how to call it', () => {
    const missing = sources('src').flatMap(exportedWithoutExample);
    expect(missing).toEqual([]);
  });
});

describe('generated guides', () => {
  it('CW-1: the diagrams in the guides are the ones the code draws (run `npm run docs:generate` after changing a machine)', async () => {
    const { generated, render } = await import('../scripts/generate-docs.js');
    for (const [file, blocks] of Object.entries(generated)) {
      const text = readFileSync(file, 'utf8');
      expect(render(text, blocks), file).toBe(text);
    }
  });
});
