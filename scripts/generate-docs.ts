// Regenerates the parts of the guides that are drawn from code (diagrams). `npm run docs:generate`
// writes them; the documentation test fails when a committed guide is out of date.
import { readFileSync, writeFileSync } from 'node:fs';
import { contentDiagram } from '../src/content/index.js';
import { defaultPolicy } from '../src/policy/index.js';

export const generated: Record<string, Record<string, string>> = {
  'docs/content-workflow.md': { 'content-diagram': '```mermaid\n' + contentDiagram(defaultPolicy) + '\n```' },
};

export function render(text: string, blocks: Record<string, string>): string {
  let out = text;
  for (const [name, body] of Object.entries(blocks)) {
    const re = new RegExp(`(<!-- generated:${name} -->\\n)[\\s\\S]*?(\\n<!-- /generated:${name} -->)`);
    if (!re.test(out)) throw new Error(`marker generated:${name} not found`);
    out = out.replace(re, `$1${body.replaceAll('$', '$$$$')}$2`);
  }
  return out;
}

if (process.argv[1]?.endsWith('generate-docs.ts')) {
  for (const [file, blocks] of Object.entries(generated)) {
    writeFileSync(file, render(readFileSync(file, 'utf8'), blocks));
    console.log(`wrote ${file}`);
  }
}
