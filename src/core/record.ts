import type { ActorRef } from './actor.js';
import type { Labels } from './labels.js';

/**
 * Something the host should do after saving a record: send a notification, schedule a dated command,
 * escalate to someone. Effects are data; the library performs none. `id` is stable for a given record
 * revision, so a host that retries after a crash can skip effects it already performed.
 *
 * @example
 * const e: Effect = { id: 'policy-revision/p-1/3#0', type: 'notify', to: { departments: ['management'] }, topic: 'policy-revision.approved' };
 */
export interface Effect {
  /** `<kind>/<recordId>/<revision>#<index>`: unique and stable. */
  readonly id: string;
  /** What to do, for example `notify`, `schedule`, `escalate`. */
  readonly type: string;
  /** Any further data the effect carries (recipient, topic, due date…), plain JSON. */
  readonly [key: string]: unknown;
}

/**
 * One way to be addressed by an {@link Audience}: membership of `department`, holding one of `positions`,
 * or both together when both are given (the shape of a decision right's grant).
 *
 * @example
 * const legalHead: AudienceGrant = { department: 'legal', positions: ['head'] };
 */
export interface AudienceGrant {
  readonly department?: string;
  readonly positions?: readonly string[];
}

/**
 * Who a notification is for: specific people, and/or holders of `positions` in `departments`
 * (either list alone narrows by that alone), and/or whoever matches one of `grants` (each grant pairs its
 * own department with its own positions, as a review stage's signers are granted), or everyone.
 *
 * @example
 * const heads: Audience = { departments: ['market', 'legal'], positions: ['head'] };
 * const signers: Audience = { grants: [{ department: 'legal', positions: ['head'] }, { department: 'market', positions: ['deputy-head'] }] };
 */
export interface Audience {
  readonly actorIds?: readonly string[];
  readonly departments?: readonly string[];
  readonly positions?: readonly string[];
  readonly grants?: readonly AudienceGrant[];
  readonly everyone?: boolean;
}

/**
 * The most common effect: tell people something. `topic` is a stable key a host maps to a template.
 *
 * @example
 * const n: NotifyEffect = { id: 'policy-revision/p-1/2#0', type: 'notify', to: { everyone: true }, topic: 'policy-revision.announced' };
 */
export interface NotifyEffect extends Effect {
  readonly type: 'notify';
  readonly to: Audience;
  readonly topic: string;
}

/**
 * The trail left by one accepted command: who did what, when, from which state to which, why, under which
 * policy version and which rules. `actor` is the person the host authenticated, with the department and
 * positions the organisation gave them at that moment; `at` is the host's clock. A time the client
 * claimed is kept apart as `claimedAt` and decides nothing.
 *
 * @example
 * const entry: AuditEntry = {
 *   id: 'policy-revision/p-1/2', kind: 'policy-revision', recordId: 'p-1', revision: 2, commandId: 'c-2',
 *   command: 'submit', actor: { id: 'u-1', department: 'market', positions: ['staff'] },
 *   at: '2026-01-05T02:00:00.000Z', from: 'draft', to: 'departmentReview', policyVersion: '2026.1', rules: ['SUP-3'],
 * };
 */
export interface AuditEntry {
  readonly id: string;
  readonly kind: string;
  readonly recordId: string;
  /** The record revision this command produced. */
  readonly revision: number;
  readonly commandId: string;
  /** The command's `type`. */
  readonly command: string;
  readonly actor: ActorRef;
  /** ISO-8601 time of the command, from the host's clock. */
  readonly at: string;
  /** The time the client claimed for the command, recorded as claimed, never used for decisions. */
  readonly claimedAt?: string;
  /** State before (dotted for nested states; `(new)` for a creation). */
  readonly from: string;
  /** State after. */
  readonly to: string;
  /** The reason given with the command, when it carries one. */
  readonly reason?: string;
  /**
   * What the command named as its cause, when it names one: another record by kind and id (a takedown's
   * platform notice, violation case or opinion item, CW-9). Kept so an auditor sees why from the trail alone.
   */
  readonly cause?: { readonly kind: string; readonly id: string };
  /**
   * What the decision rested on, when the command's domain explains it: one line per point in three
   * languages, `ref` naming what the line is about (a compliance finding's key, or the rule the summary
   * serves). At most {@link MAX_AUDIT_NOTES}; the last says how many more the record itself holds.
   */
  readonly notes?: readonly AuditNote[];
  /** Version of the policy the decision was made under (SUP-3). */
  readonly policyVersion: string;
  /** The rules this command served: the command's own rule first, then any its transition applied (`CW-5` when an edit voided approvals). */
  readonly rules: readonly string[];
}

/**
 * One explained point of an audit entry (see {@link AuditEntry.notes}).
 *
 * @example
 * const n: AuditNote = { ref: 'CMP-4', messages: { 'zh-CN': '风险等级：高', 'zh-TW': '風險等級：高', en: 'Risk level: high' } };
 */
export interface AuditNote {
  readonly ref: string;
  readonly messages: Labels;
}

/**
 * The most notes one audit entry carries: an audit trail explains, the record holds the full detail.
 *
 * @example
 * MAX_AUDIT_NOTES //=> 12
 */
export const MAX_AUDIT_NOTES = 12;

/** The longest note line kept, in characters. @example MAX_AUDIT_NOTE_LENGTH //=> 400 */
export const MAX_AUDIT_NOTE_LENGTH = 400;

/**
 * An effect as a record keeps it for replays: without its `id`, which is rebuilt from the record.
 *
 * @example
 * const e: StoredEffect = { type: 'notify', topic: 'content.approved', to: { actorIds: ['u-1'] } };
 */
export interface StoredEffect {
  readonly type: string;
  readonly [key: string]: unknown;
}

/**
 * An audit entry as a record keeps it for replays: without the fields the record and the processed
 * command already hold (id, kind, record id, revision, command id and type), which are rebuilt.
 *
 * @example
 * const a: StoredAudit = { actor, at: '2026-01-05T02:00:00.000Z', from: 'draft', to: 'departmentReview', policyVersion: '2026.1', rules: ['SUP-3'] };
 */
export type StoredAudit = Omit<AuditEntry, 'id' | 'kind' | 'recordId' | 'revision' | 'commandId' | 'command'>;

/**
 * A command the record has already applied, kept so that a retried command (same id, same
 * fingerprint) returns its earlier outcome instead of applying twice. The newest commands keep their
 * full `outcome`; older ones keep only the id and fingerprint, enough to recognise a retry.
 *
 * @example
 * const p: ProcessedCommand = { commandId: 'c-2', type: 'submit', actorId: 'u-1', fingerprint: '9f2c…', revision: 2, outcome: { effects: [], audit: storedAudit } };
 */
export interface ProcessedCommand {
  readonly commandId: string;
  /** The command's type, kept with the outcome. */
  readonly type?: string;
  /** Who gave the command, kept with the outcome (compared exactly: an outcome never answers someone else). */
  readonly actorId?: string;
  /** `fingerprint` of the canonical JSON of type, payload and actor; `legacy` for commands recorded before fingerprints. */
  readonly fingerprint: string;
  readonly revision: number;
  /** The effects and audit entry the command produced, while it is among the newest kept in full. */
  readonly outcome?: { readonly effects: readonly StoredEffect[]; readonly audit: StoredAudit };
}

/**
 * A stored record: plain JSON the host saves as it is. `revision` gives optimistic concurrency: save with
 * `expectedRevision` and a racing writer gets `conflict`. `schemaVersion` lets the library migrate old
 * records. `snapshot` is the machine's persisted snapshot. `createdBy` and `contributors` (everyone who
 * created, edited, submitted or changed the risk of the record) are what separation of duties checks.
 *
 * @example
 * const rec: StoredRecord = {
 *   kind: 'policy-revision', id: 'p-1', schemaVersion: 2, revision: 1, snapshot: { value: 'draft', context: {} },
 *   policyVersion: '2026.1', createdAt: '2026-01-05T02:00:00.000Z', updatedAt: '2026-01-05T02:00:00.000Z',
 *   createdBy: 'u-1', contributors: ['u-1'], processedCommands: [],
 * };
 */
export interface StoredRecord<S = unknown> {
  readonly kind: string;
  readonly id: string;
  readonly schemaVersion: number;
  /** 1 after creation, +1 for every accepted command. */
  readonly revision: number;
  readonly snapshot: S;
  /** The policy version of the latest accepted command. */
  readonly policyVersion: string;
  readonly createdAt: string;
  readonly updatedAt: string;
  /** Who created the record. */
  readonly createdBy: string;
  /** Everyone who created, edited, compiled, submitted or changed the risk level of the record: none of them approves it. */
  readonly contributors: readonly string[];
  /** The most recent accepted commands, newest last (see {@link ProcessedCommand}). */
  readonly processedCommands: readonly ProcessedCommand[];
}

// Plain JSON copied, so a record never shares objects with what its caller holds.
function copy<T>(value: T): T {
  if (Array.isArray(value)) return value.map(copy) as T;
  if (typeof value === 'object' && value !== null) {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(value)) out[k] = copy((value as Record<string, unknown>)[k]);
    return out as T;
  }
  return value;
}

/**
 * What a record keeps of a command's outcome for replays: the effects without their ids and the audit
 * entry without what the record already says, as copies.
 *
 * @example
 * storedOutcome(effects, audit).audit.from //=> 'draft'
 */
export function storedOutcome(effects: readonly Effect[], audit: AuditEntry): NonNullable<ProcessedCommand['outcome']> {
  const { id: _id, kind: _kind, recordId: _recordId, revision: _revision, commandId: _commandId, command: _command, ...kept } = audit;
  return { effects: effects.map(({ id: _e, ...rest }) => copy(rest)), audit: copy(kept) };
}

/**
 * The outcome of a command a record has applied, rebuilt in full (fresh objects) from what the record
 * keeps; `undefined` once the command is past the outcome window.
 *
 * @example
 * outcomeOf(record, record.processedCommands.at(-1)!)?.audit.revision //=> record.revision
 */
export function outcomeOf(record: Pick<StoredRecord, 'kind' | 'id'>, p: ProcessedCommand): { effects: Effect[]; audit: AuditEntry } | undefined {
  if (!p.outcome) return undefined;
  const prefix = `${record.kind}/${record.id}/${p.revision}`;
  return {
    effects: p.outcome.effects.map((e, i) => ({ ...copy(e), id: `${prefix}#${i}` })),
    audit: { id: prefix, kind: record.kind, recordId: record.id, revision: p.revision, commandId: p.commandId, command: p.type ?? '', ...copy(p.outcome.audit) },
  };
}
