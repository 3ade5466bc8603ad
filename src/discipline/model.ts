import * as z from 'zod';
import { idString, isoDateTime, list, policyKey, reasonText, text } from '../core/schema.js';
import { LIMITS } from '../core/text.js';
import { appealOutcome, caseCauseKind, caseRole, violationSeverity, type AppealOutcome, type CaseCauseKind, type CaseRole, type ViolationSeverity } from './labels.js';

const fen = z.number().int('must be whole minor units (分)').min(0).max(Number.MAX_SAFE_INTEGER);

/**
 * Compensation deducted from wages (DSC-4), in integer minor units: the amount, and the month's wage and
 * the local minimum wage as the host's payroll supplies them. The caps are checked against both.
 *
 * @example
 * WageDeductionSchema.parse({ amount: 100_000, monthWage: 800_000, minimumWage: 248_000 });
 */
export const WageDeductionSchema = z.strictObject({ amount: fen.min(1, 'must be positive'), monthWage: fen, minimumWage: fen });

/**
 * An earlier sanction of the same person, as the host passes it to `propose` (read with
 * `sanctionHistory` from its stored cases).
 *
 * @example
 * PriorSanctionSchema.parse({ caseId: 'case-1', type: 'platform-rule-breach', rung: 'warning', decidedAt: '2026-01-10T02:00:00.000Z' });
 */
export const PriorSanctionSchema = z.strictObject({ caseId: idString, type: policyKey, rung: policyKey, decidedAt: isoDateTime });

/**
 * What opened a case (DSC-7): a takedown, a platform incident, an opinion item, an inspection, a KPI
 * rating or a report, by kind and the id the host gave it. A reference, never an import of the workflow.
 *
 * @example
 * CaseCauseSchema.parse({ kind: 'content-takedown', id: 'post-42' });
 */
export const CaseCauseSchema = z.strictObject({ kind: z.enum(caseCauseKind.values), id: idString });

/**
 * The payload of each case command, by type (DSC-1..DSC-7). The envelope (`id`, `type`, a claimed `at`)
 * is the kit's; who acts and when come from the host.
 *
 * @example
 * disciplinePayloads.decide.parse({ rung: 'warning', reason: '首次轻微违规' });
 */
export const disciplinePayloads = {
  create: z.strictObject({
    /** The person the case is against and their department. */
    subject: z.strictObject({ person: idString, department: policyKey }),
    /** A violation type of the policy (DSC-1). */
    violation: policyKey,
    /** When the violation occurred, as reported: checked not to lie after the host's clock. */
    occurredAt: isoDateTime,
    description: text(LIMITS.text),
    cause: CaseCauseSchema.optional(),
    /** Directly responsible (default), or the department head held accountable for another case (DSC-5). */
    role: z.enum(caseRole.values).optional(),
    /** The case this accountability case answers for (DSC-5, S2 责任追究.1–2). */
    accountableFor: idString.optional(),
  }),
  investigate: z.strictObject({}),
  propose: z.strictObject({
    findings: reasonText,
    /** The severity the investigation found (视情节轻重); the type's own when absent. */
    severity: z.enum(violationSeverity.values).optional(),
    /** The person's earlier decided sanctions, as the host reads them (`sanctionHistory`). */
    history: list(PriorSanctionSchema, 500).default([]),
  }),
  notify: z.strictObject({}),
  'notify-union': z.strictObject({ reference: text(LIMITS.name) }),
  'submit-statement': z.strictObject({ statement: reasonText }),
  'waive-statement': z.strictObject({}),
  decide: z.strictObject({ rung: policyKey, reason: reasonText, compensation: WageDeductionSchema.optional() }),
  appeal: z.strictObject({ reason: reasonText }),
  'waive-appeal': z.strictObject({}),
  'decide-appeal': z.strictObject({ outcome: z.enum(appealOutcome.values), rung: policyKey.optional(), reason: reasonText, compensation: WageDeductionSchema.optional() }),
  'submit-self-review': z.strictObject({ text: reasonText }),
  execute: z.strictObject({}),
  close: z.strictObject({}),
  withdraw: z.strictObject({ reason: reasonText }),
  'open-accountability': z.strictObject({ caseId: idString, head: idString }),
} as const;

/**
 * Who did something on a case and when (the host's clock).
 *
 * @example
 * const s: Signed = { actorId: 'u-hr-head', at: '2026-03-09T02:00:00.000Z' };
 */
export interface Signed {
  readonly actorId: string;
  readonly at: string;
}

/**
 * A sanction decided by a person (DSC-5): the rung, the reason, any deduction from wages, and the flags
 * the caps set.
 *
 * @example
 * const d: CaseDecision = { rung: 'warning', reason: '首次轻微违规', actorId: 'u-mkt-head', at, contractChange: false, fineWarning: false, selfReviewRequired: true };
 */
export interface CaseDecision extends Signed {
  /* `actorId` decided this sanction (the appeal's decider when an appeal varied it); `at` is when the
     sanction was first decided, from which its validity and its KPI period count. */
  readonly rung: string;
  readonly reason: string;
  readonly compensation?: { readonly amount: number; readonly monthWage: number; readonly minimumWage: number };
  readonly contractChange: boolean;
  readonly fineWarning: boolean;
  readonly selfReviewRequired: boolean;
}

/**
 * Everything a violation case remembers. Times are ISO strings; the proposal keeps its explanation.
 *
 * @example
 * const ctx: CaseContext = record.snapshot.context;
 */
export interface CaseContext {
  readonly subject: { readonly person: string; readonly department: string };
  readonly type: string;
  readonly severity: ViolationSeverity;
  readonly occurredAt: string;
  readonly description: string;
  readonly reportedBy: string;
  readonly role: CaseRole;
  readonly cause?: { readonly kind: CaseCauseKind; readonly id: string };
  readonly accountableFor?: string;
  readonly investigator?: Signed;
  readonly proposal?: Signed & {
    readonly rung: string;
    readonly findings: string;
    readonly history: ReadonlyArray<{ readonly caseId: string; readonly type: string; readonly rung: string; readonly decidedAt: string }>;
    readonly explanation: ReadonlyArray<{ readonly 'zh-CN': string; readonly 'zh-TW': string; readonly en: string }>;
  };
  readonly notified?: Signed & { readonly statementDueAt: string };
  readonly statements: ReadonlyArray<Signed & { readonly statement: string }>;
  readonly statementWaived?: Signed;
  readonly unionNotice?: Signed & { readonly reference: string };
  readonly decision?: CaseDecision & { readonly appealDueAt: string };
  readonly appealWaived?: Signed;
  readonly appeal?: Signed & {
    readonly reason: string;
    readonly outcome?: AppealOutcome;
    readonly decidedBy?: string;
    readonly decidedAt?: string;
    readonly decisionReason?: string;
  };
  /** The rung in force after any appeal; absent until decided, and after an overturn. */
  readonly sanction?: string | undefined;
  readonly selfReview?: Signed & { readonly text: string };
  readonly executed?: Signed;
  readonly withdrawn?: Signed & { readonly reason: string };
  /** The accountability case opened against the department head for this one (DSC-5). */
  readonly accountability?: Signed & { readonly caseId: string; readonly head: string };
}
