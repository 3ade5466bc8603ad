import { readFileSync } from 'node:fs';
import { createDirectory, type ActorRef, type Directory, type StepResult, type StoredRecord } from '../../src/core/index.js';
import {
  createPolicyRevision,
  defaultPolicy,
  parsePolicy,
  policyRevisionStep,
  readPolicyRevision,
  type CreateRevisionCommand,
  type Policy,
  type PolicyInput,
  type RevisionContext,
} from '../../src/policy/index.js';
import { people, type Person } from '../support/people.js';
import { stepper, type Opts } from '../support/steps.js';

export { people } from '../support/people.js';

/** The v1 revision fixture was saved at this time. */
export const now = new Date('2026-01-05T02:00:00.000Z');
/** The revision the tests propose: the default policy under a new version. */
export const nextPolicy = { ...defaultPolicy, version: '2026.2' };

/**
 * People who hold two hats, so that separation of duties, not a missing right, is what stops them, and
 * twins with the same positions who did nothing to the revision.
 */
export const hats = {
  marketHeadTwin: { id: 'u-market-head-2', department: 'market', positions: ['head'] },
  // The legal head who also sits in company management as its head: may endorse for legal and approve.
  legalHeadManager: { id: 'u-legal-gm', department: 'legal', positions: ['head', 'management-head'], memberOf: ['management'] },
  managerTwin: { id: 'u-gm-2', department: 'management', positions: ['management-head'] },
  // A legal head who also sits in the market department: may draft (market drafts) and endorse for legal.
  legalHeadInMarket: { id: 'u-legal-market', department: 'legal', positions: ['head'], memberOf: ['market'] },
  legalHeadTwin: { id: 'u-legal-head-2', department: 'legal', positions: ['head'] },
} satisfies Record<string, ActorRef>;

export const twoHats: Directory = createDirectory([...Object.values(people), ...Object.values(hats)]);

export type { Opts } from '../support/steps.js';

/** Commands as the host-authenticated person, with fresh command ids (see `test/support/steps.ts`). */
export const { attempt, apply, refuse, ctxOf } = stepper(policyRevisionStep, now, 'r');

export function tryCreate(id: string, by: Person | ActorRef, fields: Record<string, unknown>, o: Opts = {}): StepResult<RevisionContext> {
  return createPolicyRevision(id, { id: `${id}-create`, type: 'create', title: '2026 第二版', summary: '新增小红书平台', policy: nextPolicy, ...fields } as CreateRevisionCommand, ctxOf(by, o));
}

export function create(by: Person | ActorRef = people.drafter, o: Opts = {}, id = 'rev-1', fields: Record<string, unknown> = {}): StoredRecord {
  const r = tryCreate(id, by, fields, o);
  if (!r.ok) throw new Error(r.error.message);
  return r.record;
}

export function context(record: StoredRecord): RevisionContext {
  const r = readPolicyRevision(record);
  if (!r.ok) throw new Error(r.error.message);
  return r.value.context;
}
export function state(record: StoredRecord): string {
  const r = readPolicyRevision(record);
  if (!r.ok) throw new Error(r.error.message);
  return r.value.state;
}

/** Submitted by the drafter (department review). */
export const submitted = (o: Opts = {}, record = create(people.drafter, o)) => apply(record, people.drafter, { type: 'submit' }, o);
/** Endorsed by the market and legal heads (management approval). */
export const reviewed = (o: Opts = {}, record = submitted(o)) => apply(apply(record, people.marketHead, { type: 'endorse' }, o), people.legalHead, { type: 'endorse' }, o);
/** Approved by the general manager (awaiting formal notice). */
export const approved = (o: Opts = {}, record = reviewed(o)) => apply(record, people.manager, { type: 'approve' }, o);

export function policyWith(changes: Partial<PolicyInput>, version: string): Policy {
  const r = parsePolicy({ ...defaultPolicy, ...changes, version });
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

/** A fresh copy of a stored fixture, as a host would load it from its database. */
export function fixture(name: string): StoredRecord {
  return JSON.parse(readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8')) as StoredRecord;
}
