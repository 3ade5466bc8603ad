// The checks test/core/aggregate.test.ts runs on every aggregate, run on the policy evaluation: hostile
// commands, unbounded payloads and damaged records never crash the step nor change the record.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import type { StepResult, StoredRecord } from '../../src/core/index.js';
import { evaluationPayloads, policyEvaluationAggregate, policyEvaluationStep } from '../../src/policy/index.js';
import { unbounded } from '../support/bounds.js';
import { as, people } from '../support/people.js';
import { evalNow, flagged } from './evaluation-helpers.js';

const later = new Date(evalNow.getTime() + 60_000);

describe('policy evaluation: hostile input', () => {
  it('SUP-3: every JSON value as a command is a typed refusal or a valid command, never a throw, never a changed record', () => {
    const base = flagged();
    const types = [...Object.keys(policyEvaluationAggregate.definition.commands), 'create', 'bogus'];
    const command = fc.oneof(
      fc.jsonValue(),
      fc.record({ id: fc.oneof(fc.string(), fc.jsonValue()), type: fc.constantFrom(...types) }, { requiredKeys: [] }).chain((head) =>
        fc
          .dictionary(fc.constantFrom('text', 'severity', 'needsRevision', 'outcome', 'summary', 'reason', 'clause', 'period', 'actor', '__proto__', 'constructor'), fc.jsonValue())
          .map((rest) => ({ ...rest, ...head })),
      ),
    );
    fc.assert(
      fc.property(command, fc.constantFrom(...Object.values(people)), (cmd, by) => {
        const before = structuredClone(base);
        let r: StepResult<unknown>;
        expect(() => (r = policyEvaluationStep(base, cmd as never, as(by, later)))).not.toThrow();
        expect(base).toEqual(before);
        if (!r!.ok) expect(r!.record).toBe(base);
        expect(r!.ok || typeof r!.error.code === 'string').toBe(true);
      }),
      { numRuns: 200 },
    );
  }, 30_000);

  it('SUP-3: every string and list of every evaluation command has a maximum length', () => {
    for (const [type, schema] of Object.entries(evaluationPayloads)) expect(unbounded(z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' })), type).toEqual([]);
  });
});

describe('policy evaluation: damaged or tampered records', () => {
  const withContext = (r: StoredRecord, change: Record<string, unknown>) =>
    ({ ...r, snapshot: { ...(r.snapshot as { context: object }), context: { ...(r.snapshot as { context: object }).context, ...change } } }) as StoredRecord;
  const damages: Array<[string, (r: StoredRecord) => StoredRecord]> = [
    ['findings not a list', (r) => withContext(r, { findings: 'x' })],
    ['a finding without a severity', (r) => withContext(r, { findings: [{ id: 'f-1', text: 't', needsRevision: false, actorId: 'u', department: 'd', at: evalNow.toISOString() }] })],
    ['a period that is not times', (r) => withContext(r, { period: { from: 'then', to: 'now' } })],
    ['no evaluation id', (r) => withContext(r, { evaluationId: undefined })],
    ['a conclusion with an unknown outcome', (r) => withContext(r, { conclusion: { outcome: 'perhaps', summary: 's', actorId: 'u', at: evalNow.toISOString() } })],
    ['concluded without a conclusion', (r) => ({ ...r, snapshot: { ...(r.snapshot as object), value: 'concluded' } }) as StoredRecord],
    ['another kind', (r) => ({ ...r, kind: 'policy-revision' })],
  ];

  it.each(damages)('SUP-3: %s is refused with version-mismatch, never a TypeError', (_name, damage) => {
    const bad = damage(flagged());
    const r = policyEvaluationStep(bad, { id: 'x', type: 'conclude', outcome: 'revision-needed', summary: '需修订' }, as(people.ops, later));
    expect(!r.ok && r.error.code).toBe('version-mismatch');
    expect(r.record).toBe(bad);
  });
});
