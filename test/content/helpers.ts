import type { StoredRecord } from '../../src/core/index.js';
import { contentStep, createContentItem, type ContentContext } from '../../src/content/index.js';
import { defaultPolicy, type Policy } from '../../src/policy/index.js';

export const now = new Date('2026-03-02T01:00:00.000Z');
export const ctx: { policy: Policy; now: Date } = { policy: defaultPolicy, now };

export const staff = {
  author: { id: 'u-author', department: 'marketing', positions: ['staff'] },
  editor: { id: 'u-editor', department: 'marketing', positions: ['content-editor'] },
  editor2: { id: 'u-editor-2', department: 'marketing', positions: ['content-editor'] },
  head: { id: 'u-mkt-head', department: 'marketing', positions: ['head'] },
  prHead: { id: 'u-pr-head', department: 'pr', positions: ['head'] },
  legal: { id: 'u-legal', department: 'legal', positions: ['legal-counsel'] },
  legal2: { id: 'u-legal-2', department: 'legal', positions: ['legal-counsel'] },
  leader: { id: 'u-leader', department: 'product', positions: ['head'], memberOf: ['leadership-group'] },
  supervisor: { id: 'u-sup', department: 'network-operations', positions: ['supervisor'] },
  inspector: { id: 'u-qc', department: 'network-operations', positions: ['quality-inspector'] },
  operator: { id: 'u-op', department: 'network-operations', positions: ['network-operator'] },
  analyst: { id: 'u-data', department: 'data-analysis', positions: ['staff'] },
  outsider: { id: 'u-fin', department: 'finance', positions: ['staff'] },
};

export const plan = { theme: '春季新品', form: '图文', audience: '25-35 岁城市女性', expectedEffect: '阅读 1 万，转化 200' };

export function newItem(overrides: Record<string, unknown> = {}, id = 'post-1'): StoredRecord {
  const r = createContentItem(
    id,
    { id: `${id}-create`, type: 'create', actor: staff.author, format: 'text', channel: 'weibo', riskLevel: 'low', title: '春季新品上市', body: '新品介绍……', plan, ...overrides },
    ctx,
  );
  if (!r.ok) throw new Error(r.error.message);
  return r.record;
}

export function context(record: StoredRecord): ContentContext {
  return (record.snapshot as { context: ContentContext }).context;
}

export function state(record: StoredRecord): string {
  const v = (record.snapshot as { value: unknown }).value;
  return typeof v === 'string' ? v : Object.entries(v as Record<string, string>).map(([k, s]) => `${k}.${s}`).join(',');
}

let counter = 0;
/** Apply commands in order; throws with the refusal if any is refused. */
export function run(record: StoredRecord, ...commands: Array<Record<string, unknown>>): StoredRecord {
  let rec = record;
  for (const command of commands) {
    const r = contentStep(rec, { id: `cmd-${++counter}`, ...command }, ctx);
    if (!r.ok) throw new Error(`${String(command['type'])}: ${r.error.code} ${r.error.message}`);
    rec = r.record;
  }
  return rec;
}

/** Walk a low-risk Weibo post through plan → create → the three review stages. */
export function approvedItem(): StoredRecord {
  let rec = run(newItem(), { type: 'start-creation', actor: staff.author }, { type: 'submit', actor: staff.author });
  for (const actor of [staff.editor, staff.head, staff.legal]) rec = run(rec, { type: 'approve', actor, hash: context(rec).hash });
  return rec;
}
