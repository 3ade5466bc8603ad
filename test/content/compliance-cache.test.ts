import { describe, expect, it, vi } from 'vitest';
import * as compliance from '../../src/compliance/index.js';
import { defaultPolicy } from '../../src/policy/index.js';
import { apply, context, newItem, people } from './helpers.js';

// Count compilations: the content workflow must compile the rule set once per policy object.
vi.mock('../../src/compliance/index.js', async (original) => {
  const m = await original<typeof import('../../src/compliance/index.js')>();
  return { ...m, compileRuleSet: vi.fn(m.compileRuleSet) };
});

describe('CMP-5: the rule set (default plus the company\'s rules) compiles once per policy object', () => {
  it('CMP-5: many commands under one policy compile once; a new policy object compiles again', () => {
    const compile = vi.mocked(compliance.compileRuleSet);
    compile.mockClear();
    for (let i = 0; i < 3; i++) {
      const item = apply(apply(newItem({ body: '最佳产品' }, `post-${i}`), people.author, { type: 'start-creation' }), people.author, { type: 'submit' });
      expect(context(item).riskLevel).toBe('high');
    }
    const calls = compile.mock.calls.length;
    expect(calls).toBe(1);
    const other = { ...defaultPolicy, compliance: { ...defaultPolicy.compliance } };
    apply(apply(newItem({ body: '最佳产品' }, 'post-x', people.author, other), people.author, { type: 'start-creation' }, other), people.author, { type: 'submit' }, other);
    apply(apply(newItem({ body: '最佳产品' }, 'post-y', people.author, other), people.author, { type: 'start-creation' }, other), people.author, { type: 'submit' }, other);
    expect(compile.mock.calls.length).toBe(calls + 1);
  });
});
