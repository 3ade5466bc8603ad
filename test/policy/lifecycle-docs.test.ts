// The policy-lifecycle guide shows the evaluation machine the step runs, and its defaults table says
// what the default policy holds.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultPolicy, policyEvaluationDiagram } from '../../src/policy/index.js';

const guide = readFileSync('docs/policy-lifecycle.md', 'utf8');

describe('docs/policy-lifecycle.md', () => {
  it('SUP-3: the evaluation diagram is the one the machine draws', () => {
    const block = /<!-- generated:policy-evaluation-diagram -->\n```mermaid\n([\s\S]*?)\n```\n<!-- \/generated:policy-evaluation-diagram -->/.exec(guide);
    expect(block?.[1]).toBe(policyEvaluationDiagram());
  });

  it('SUP-3: the defaults table gives the default policy’s values, each marked seed or default', () => {
    const row = (setting: string) => guide.split('\n').find((l) => l.startsWith(`| \`${setting}\``)) ?? '';
    expect(row('revision.evaluationIntervalMonths')).toContain(`| \`${defaultPolicy.revision.evaluationIntervalMonths}\` |`);
    expect(row('revision.evaluationIntervalMonths')).toContain('**default**');
    expect(row('revision.reviewDepartments')).toContain(`\`${JSON.stringify(defaultPolicy.revision.reviewDepartments).replaceAll('"', "'").replaceAll(',', ', ')}\``);
    const table = guide.slice(guide.indexOf('## Defaults'));
    for (const line of table.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| setting') && !l.startsWith('| ---'))) {
      expect(line, line).toMatch(/seed: S\d|\*\*default\*\*/);
    }
  });
});
