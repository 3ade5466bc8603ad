import { fail, forbidden, ok, words, type Result } from './result.js';

/**
 * A signature already given in a round of approvals: who signed which stage.
 *
 * @example
 * const s: Signature = { actorId: 'u-2', stage: 'department-head' };
 */
export interface Signature {
  readonly actorId: string;
  readonly stage: string;
}

/**
 * Separation of duties, one rule for every workflow: nobody who created, edited, compiled, submitted or
 * changed the risk level of a record (its `contributors`) signs it, and one person signs at most one
 * stage of a round (never the same stage twice). `rule` is the rule the workflow cites (CW-4 for
 * content, SUP-3 for policy revisions, BUD-1 for budgets).
 *
 * @example
 * separationOfDuties({ actorId: 'u-1', stage: 'legal', signatures: [], contributors: ['u-1'], rule: 'CW-4' }).ok //=> false
 * separationOfDuties({ actorId: 'u-2', stage: 'legal', signatures: [{ actorId: 'u-2', stage: 'editor' }], contributors: ['u-1'], rule: 'CW-4' }).ok //=> false
 */
export function separationOfDuties(input: {
  readonly actorId: string;
  readonly stage: string;
  readonly signatures: readonly Signature[];
  readonly contributors: readonly string[];
  readonly rule: string;
}): Result<void> {
  const { actorId, stage, rule } = input;
  if (input.contributors.includes(actorId)) {
    return fail(
      forbidden(
        rule,
        words(
          `${actorId} created, edited or submitted this record and may not approve it`,
          `${actorId} 创建、修改或提交了该记录，不得审批`,
          `${actorId} 建立、修改或提交了該記錄，不得審批`,
        ),
      ),
    );
  }
  const earlier = input.signatures.find((s) => s.actorId === actorId);
  if (earlier) {
    return fail(
      forbidden(
        rule,
        earlier.stage === stage
          ? words(`${actorId} has already signed stage "${stage}"`, `${actorId} 已签署「${stage}」`, `${actorId} 已簽署「${stage}」`)
          : words(
              `${actorId} signed stage "${earlier.stage}" and may not also sign "${stage}"`,
              `${actorId} 已签署「${earlier.stage}」，一人只能签署一个环节，不得再签署「${stage}」`,
              `${actorId} 已簽署「${earlier.stage}」，一人只能簽署一個環節，不得再簽署「${stage}」`,
            ),
      ),
    );
  }
  return ok(undefined);
}
