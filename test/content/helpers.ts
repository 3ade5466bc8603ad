import { expect } from 'vitest';
import type { GovernanceError, StoredRecord } from '../../src/core/index.js';
import { contentStep, createContentItem, readContentItem, type ContentCommand, type ContentContext, type ContentView } from '../../src/content/index.js';
import { defaultPolicy, type Policy } from '../../src/policy/index.js';
import { as, people, type Person } from '../support/people.js';

export { people } from '../support/people.js';
export const now = new Date('2026-03-02T01:00:00.000Z');
export const plan = { theme: '春季新品', form: '图文', audience: '25-35 岁城市女性', expectedEffect: '阅读 1 万，转化 200' };

export function newItem(overrides: Record<string, unknown> = {}, id = 'post-1', by: Person = people.author, policy: Policy = defaultPolicy): StoredRecord {
  const r = createContentItem(
    id,
    { id: `${id}-create`, type: 'create', format: 'text', channel: 'weibo', riskLevel: 'low', title: '春季新品上市', body: '新品介绍……', plan, ...overrides } as never,
    as(by, now, policy),
  );
  if (!r.ok) throw new Error(r.error.message);
  return r.record;
}

export function view(record: StoredRecord): ContentView {
  const r = readContentItem(record);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}
export const context = (record: StoredRecord): ContentContext => view(record).context;
/** `review:legal` while in review, the state otherwise. */
export const where = (record: StoredRecord): string => {
  const v = view(record);
  return v.stage ? `review:${v.stage}` : v.state;
};

let counter = 0;
/** Apply one command as `by`; throws with the refusal if refused. */
export function apply(record: StoredRecord, by: Person, command: Record<string, unknown>, policy: Policy = defaultPolicy, at: Date = now): StoredRecord {
  const r = contentStep(record, { id: `cmd-${++counter}`, ...command } as ContentCommand, as(by, at, policy));
  if (!r.ok) throw new Error(`${String(command['type'])} by ${by.id}: ${r.error.code} ${r.error.message}`);
  return r.record;
}

/** Expect `by` giving `command` to be refused, the record unchanged; return the error. */
export function refuse(record: StoredRecord, by: Person, command: Record<string, unknown>, policy: Policy = defaultPolicy): GovernanceError {
  const before = structuredClone(record);
  const r = contentStep(record, { id: `refused-${++counter}`, ...command } as ContentCommand, as(by, now, policy));
  expect(record).toEqual(before);
  if (r.ok) throw new Error(`expected ${String(command['type'])} by ${by.id} to be refused`);
  expect(r.record).toBe(record);
  return r.error;
}

export const submitted = (overrides: Record<string, unknown> = {}, policy: Policy = defaultPolicy): StoredRecord =>
  apply(apply(newItem(overrides, 'post-1', people.author, policy), people.author, { type: 'start-creation' }, policy), people.author, { type: 'submit' }, policy);

/** A low-risk Weibo post through plan → create → the three review stages. */
export function approvedItem(): StoredRecord {
  let rec = submitted();
  for (const by of [people.editor, people.marketingHead, people.legal]) rec = apply(rec, by, { type: 'approve', stage: view(rec).stage!, hash: context(rec).hash });
  return rec;
}
