// Contracts for other languages and tools: the JSON Schemas in docs/schemas/ are the ones the code
// produces, every one converts without a hole, and real commands, records, audit entries, effects and
// errors that the steps accept and produce validate against them (while broken ones do not).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import * as z from 'zod';
import { budgetAggregate, budgetPayloads } from '../src/budget/index.js';
import { contentAggregate } from '../src/content/index.js';
import { errorCodeLabels, type StepResult, type StoredRecord } from '../src/core/index.js';
import { disciplineAggregate } from '../src/discipline/index.js';
import { defaultPolicy, policyEvaluationAggregate, policyRevisionAggregate } from '../src/policy/index.js';
import { riskAggregate } from '../src/risk/index.js';
import { fileOf, jsonSchemaOf, schemaEntries, schemaFiles, topicsOf } from '../scripts/schemas.js';
import * as budget from './budget/helpers.js';
import * as content from './content/helpers.js';
import * as discipline from './discipline/helpers.js';
import * as evaluation from './policy/evaluation-helpers.js';
import * as revision from './policy/helpers.js';
import * as risk from './risk/helpers.js';
import { holes, validateJson } from './support/json-schema.js';

type Json = { [key: string]: unknown };
const files = schemaFiles();
const schemaAt = (file: string) => JSON.parse(files[file]!) as Json;

function committed(dir: string, base = dir): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? committed(p, base) : [p.slice(base.length + 1)];
  });
}

// The workflow subpaths and the prefix of their schema names: the list the tests below check and spy on.
const spied = [
  ['content', '', contentAggregate],
  ['budget', '', budgetAggregate],
  ['risk', '', riskAggregate],
  ['discipline', '', disciplineAggregate],
  ['policy', 'revision.', policyRevisionAggregate],
  ['policy', 'evaluation.', policyEvaluationAggregate],
] as const;

describe('JSON Schemas in docs/schemas', () => {
  it('every file is the one the code generates, none is missing and none is left over (run `npm run docs:generate`)', () => {
    expect(committed('docs/schemas').sort()).toEqual(Object.keys(files).sort());
    for (const [file, text] of Object.entries(files)) expect(readFileSync(join('docs/schemas', file), 'utf8'), file).toBe(text);
  });

  it('every schema converts from zod with dates as ISO strings and no {} hole where zod could not represent a type', () => {
    for (const entry of schemaEntries()) {
      // The strict conversion throws on any type JSON Schema cannot hold (a Date among them).
      expect(() => z.toJSONSchema(entry.schema, { io: 'input', unrepresentable: 'throw' }), fileOf(entry)).not.toThrow();
      expect(holes(jsonSchemaOf(entry)), fileOf(entry)).toEqual([]);
    }
    const publish = schemaAt('content/command.schedule.schema.json') as { properties: { publishAt: Json } };
    expect(publish.properties.publishAt).toMatchObject({ type: 'string', format: 'date-time' });
  });

  it('every schema has a title and descriptions in English, zh-CN and zh-TW; the index lists every file', () => {
    const index = schemaAt('index.json') as { schemas: Array<{ file: string; kind: string }> };
    expect(index.schemas.map((s) => s.file).sort()).toEqual(Object.keys(files).filter((f) => f !== 'index.json').sort());
    for (const s of index.schemas) {
      const json = schemaAt(s.file);
      expect(json['title'], s.file).toEqual(expect.any(String));
      expect(json['description'], s.file).toMatch(/[a-z]{3}/);
      expect(json['x-description-zh-CN'], s.file).toMatch(/[\u4e00-\u9fff]/);
      expect(json['x-description-zh-TW'], s.file).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('each workflow subpath publishes its create command, every command, its record, audit entry, effect and policy section', () => {
    const index = schemaAt('index.json') as { schemas: Array<{ subpath: string; kind: string; name: string }> };
    const has = (subpath: string, name: string) => index.schemas.some((s) => s.subpath === subpath && s.name === name);
    for (const [subpath, prefix, aggregate] of spied) {
      for (const type of Object.keys(aggregate.definition.commands)) expect(has(subpath, `${prefix}command.${type}`), `${subpath} ${type}`).toBe(true);
      for (const name of ['create', 'record', 'audit-entry', 'effect']) expect(has(subpath, `${prefix}${name}`), `${subpath} ${prefix}${name}`).toBe(true);
    }
    for (const subpath of ['org', 'content', 'kpi', 'budget', 'compliance', 'risk', 'discipline', 'policy']) expect(has(subpath, 'policy-section'), subpath).toBe(true);
    expect(index.schemas.some((s) => s.subpath === 'core' && s.kind === 'error')).toBe(true);
  });

  it('enums in the schemas are the zod enums: a command’s type, a record’s states, error codes', () => {
    const spend = schemaAt('budget/command.record-spend.schema.json') as { properties: Record<string, Json>; required: string[] };
    expect(spend.properties['type']).toMatchObject({ const: 'record-spend' });
    expect(spend.required).toEqual(expect.arrayContaining(['id', 'type', ...Object.keys(budgetPayloads['record-spend'].shape)]));
    const record = schemaAt('content/record.schema.json') as { properties: { snapshot: { properties: { value: { anyOf: Json[] } } } } };
    expect(record.properties.snapshot.properties.value.anyOf[0]!['enum']).toEqual([...contentAggregate.definition.type.states]);
    const error = schemaAt('core/error.schema.json') as { oneOf: Array<{ properties: { code: Json } }> };
    expect(error.oneOf.map((o) => o.properties.code['const']).sort()).toEqual(Object.keys(errorCodeLabels).sort());
    expect(topicsOf('src/content', 'content.')).toContain('content.published');
  });
});

// Every command, create command and result that the test helpers run through the steps, captured.
interface Call {
  readonly subpath: string;
  readonly prefix: string;
  readonly command: Json;
  readonly result: StepResult;
}
const calls: Call[] = [];

describe('real values validate against the schemas', () => {
  beforeAll(() => {
    for (const [subpath, prefix, aggregate] of spied) {
      const target = aggregate as unknown as { step: (...a: unknown[]) => StepResult; create: (...a: unknown[]) => StepResult };
      const step = target.step.bind(target);
      const create = target.create.bind(target);
      vi.spyOn(target, 'step').mockImplementation((record, command, ctx) => {
        const result = step(record, command, ctx);
        calls.push({ subpath, prefix, command: command as Json, result });
        return result;
      });
      vi.spyOn(target, 'create').mockImplementation((id, command, ctx) => {
        const result = create(id, command, ctx);
        calls.push({ subpath, prefix, command: command as Json, result });
        return result;
      });
    }
    // Whole flows through each aggregate, as the domain tests run them.
    let item = content.approvedItem();
    item = content.apply(item, content.people.editor, { type: 'schedule', publishAt: '2026-03-03T10:00:00+08:00' });
    item = content.apply(item, content.people.editor, { type: 'publish', externalId: 'wb-1', url: 'https://weibo.com/1' }, defaultPolicy, new Date('2026-03-03T02:00:00Z'));
    content.apply(item, content.people.analyst, { type: 'record-metrics', metrics: { reads: 1200, likes: 40 } }, defaultPolicy, new Date('2026-03-04T02:00:00Z'));
    content.refuse(content.newItem({}, 'post-2'), content.people.legal, { type: 'submit' });
    budget.apply(budget.active(), budget.people.marketingHead, { type: 'record-spend', line: 'spring-campaign', month: '2026-03', amount: 100, description: '投放' });
    budget.refuse(budget.active(), budget.people.marketingHead, { type: 'record-spend', line: 'spring-campaign', month: '2026-03', amount: 0, description: 'x' });
    const r = risk.must(risk.create(risk.people.legal), risk.people.legal, risk.mediumAssessment);
    risk.step(r, risk.people.author, { type: 'close', reason: '无' } as never);
    risk.create(risk.people.marketingHead, risk.incidentRisk, { id: 'risk-2' });
    discipline.decided();
    revision.approved();
    evaluation.flagged();
  });
  afterAll(() => vi.restoreAllMocks());

  const accepted = () => calls.filter((c) => c.result.ok && !c.result.replayed);

  it('the flows ran through every aggregate, accepted and refused', () => {
    for (const [subpath, prefix] of spied) expect(accepted().some((c) => c.subpath === subpath && c.prefix === prefix), `${subpath} ${prefix}`).toBe(true);
    expect(calls.filter((c) => !c.result.ok).length).toBeGreaterThanOrEqual(3);
  });

  it('ORG-4, SUP-3: accepted commands, records, audit entries and effects validate; a command with a wrong field or type does not', () => {
    for (const c of accepted()) {
      const type = String(c.command['type']);
      const commandFile = `${c.subpath}/${c.prefix}${type === 'create' ? 'create' : `command.${type}`}.schema.json`;
      expect(validateJson(schemaAt(commandFile), c.command), commandFile).toEqual([]);
      expect(validateJson(schemaAt(commandFile), { ...c.command, unexpected: 1 }), commandFile).not.toEqual([]);
      expect(validateJson(schemaAt(commandFile), { ...c.command, type: 'no-such-command' }), commandFile).not.toEqual([]);
      const result = c.result as Extract<StepResult, { ok: true; replayed: false }>;
      const record = JSON.parse(JSON.stringify(result.record)) as StoredRecord;
      expect(validateJson(schemaAt(`${c.subpath}/${c.prefix}record.schema.json`), record), `${c.subpath} record after ${type}`).toEqual([]);
      expect(validateJson(schemaAt('core/record.schema.json'), record)).toEqual([]);
      expect(validateJson(schemaAt(`${c.subpath}/${c.prefix}audit-entry.schema.json`), result.audit), `${c.subpath} audit of ${type}`).toEqual([]);
      expect(validateJson(schemaAt('core/audit-entry.schema.json'), result.audit)).toEqual([]);
      for (const e of result.effects) {
        expect(validateJson(schemaAt(`${c.subpath}/${c.prefix}effect.schema.json`), e), `${c.subpath} effect ${String(e['topic'])}`).toEqual([]);
        expect(validateJson(schemaAt('core/effect.schema.json'), e)).toEqual([]);
      }
      const broken = { ...record, snapshot: { ...(record.snapshot as Json), value: 'no-such-state' } };
      expect(validateJson(schemaAt(`${c.subpath}/${c.prefix}record.schema.json`), broken)).not.toEqual([]);
    }
    expect(accepted().flatMap((c) => (c.result.ok ? c.result.effects : [])).length).toBeGreaterThan(3);
  });

  it('ORG-4: refusals validate against the error schema; an error with an unknown code does not', () => {
    const errors = calls.flatMap((c) => (c.result.ok ? [] : [c.result.error]));
    expect(errors.length).toBeGreaterThan(0);
    for (const e of errors) {
      expect(validateJson(schemaAt('core/error.schema.json'), JSON.parse(JSON.stringify(e))), e.code).toEqual([]);
      expect(validateJson(schemaAt('core/error.schema.json'), { ...e, code: 'teapot' })).not.toEqual([]);
    }
  });

  it('SUP-3: the default policy validates against the policy schema and each section against its own', () => {
    const policy = JSON.parse(JSON.stringify(defaultPolicy)) as Json;
    expect(validateJson(schemaAt('policy/policy.schema.json'), policy)).toEqual([]);
    const sections: Record<string, string> = { org: 'org', content: 'content', kpi: 'kpi', budget: 'budget', compliance: 'compliance', risk: 'risk', discipline: 'discipline', revision: 'policy' };
    for (const [key, subpath] of Object.entries(sections)) expect(validateJson(schemaAt(`${subpath}/policy-section.schema.json`), policy[key]), key).toEqual([]);
    expect(validateJson(schemaAt('policy/policy.schema.json'), { ...policy, version: '' })).not.toEqual([]);
  });
});
