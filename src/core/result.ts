/**
 * Why a command or a calculation was refused. Every refusal carries one of these codes so a host can
 * map it to a reply (for example `forbidden` → 403, `conflict` → 409) without parsing messages.
 *
 * - `invalid-input`: the input does not match its schema; `issues` lists every problem with its path.
 * - `forbidden`: the actor may not do this; `rule` names the policy rule (for example `CW-4`).
 * - `not-allowed`: the record's state cannot take this command; `state` and `accepts` say what it can take.
 * - `conflict`: the record changed since it was loaded (stale `revision`).
 * - `version-mismatch`: the record's `schemaVersion` or `kind` is not the one this code handles.
 * - `policy-invalid`: the policy object failed validation; `issues` lists every problem.
 * - `not-found`: the record a command names does not exist in the store.
 *
 * @example
 * const code: ErrorCode = 'forbidden';
 */
export type ErrorCode =
  | 'invalid-input'
  | 'forbidden'
  | 'not-allowed'
  | 'conflict'
  | 'version-mismatch'
  | 'policy-invalid'
  | 'not-found';

/** Labels for each {@link ErrorCode}, in zh-CN, zh-TW and en, for hosts that show refusals to people.
 * @example errorCodeLabels.forbidden['zh-CN'] //=> '无权操作' */
export const errorCodeLabels = {
  'invalid-input': { 'zh-CN': '输入无效', 'zh-TW': '輸入無效', en: 'Invalid input' },
  forbidden: { 'zh-CN': '无权操作', 'zh-TW': '無權操作', en: 'Forbidden' },
  'not-allowed': { 'zh-CN': '当前状态不允许', 'zh-TW': '當前狀態不允許', en: 'Not allowed in this state' },
  conflict: { 'zh-CN': '并发冲突', 'zh-TW': '並發衝突', en: 'Conflict' },
  'version-mismatch': { 'zh-CN': '版本不符', 'zh-TW': '版本不符', en: 'Version mismatch' },
  'policy-invalid': { 'zh-CN': '制度配置无效', 'zh-TW': '制度配置無效', en: 'Invalid policy' },
  'not-found': { 'zh-CN': '记录不存在', 'zh-TW': '記錄不存在', en: 'Not found' },
} as const satisfies Record<ErrorCode, Record<'zh-CN' | 'zh-TW' | 'en', string>>;

/**
 * One problem found while validating input or a policy: where (`path`, as zod reports it) and what.
 *
 * @example
 * const issue: Issue = { path: ['org', 'departments', 0, 'id'], message: 'Required' };
 */
export interface Issue {
  /** Path to the offending field, outermost first. Empty for a problem with the whole value. */
  readonly path: ReadonlyArray<string | number>;
  /** Human-readable description of the problem. */
  readonly message: string;
  /** The rule the field serves, when one applies (for example `ORG-3`). */
  readonly rule?: string;
}

/**
 * The one error type of the library. It is a plain, JSON-serialisable object (no class, no stack), so a
 * serverless host can return it as a response body or store it with a refused command.
 *
 * @example
 * const error: GovernanceError = {
 *   code: 'forbidden',
 *   rule: 'CW-4',
 *   message: 'The author of an item never approves it.',
 *   messageZh: '作者不得审批自己的内容。',
 * };
 */
export interface GovernanceError {
  /** Machine-readable reason; see {@link ErrorCode}. */
  readonly code: ErrorCode;
  /** English explanation, one sentence, fit to show a user. */
  readonly message: string;
  /** Simplified-Chinese explanation, when the library has one. */
  readonly messageZh?: string;
  /** The DOMAIN rule the refusal enforces (for example `ORG-4`, `CW-4`). */
  readonly rule?: string;
  /** Every validation problem, for `invalid-input` and `policy-invalid`. */
  readonly issues?: readonly Issue[];
  /** For `not-allowed`: the state the record is in (dotted for nested states). */
  readonly state?: string;
  /** For `not-allowed`: the command types that state can take. */
  readonly accepts?: readonly string[];
  /** For `conflict`: the revision the caller expected. */
  readonly expectedRevision?: number;
  /** For `conflict`: the revision actually stored. */
  readonly actualRevision?: number;
}

/**
 * Success or a typed refusal. Functions at the library's boundary return this instead of throwing.
 *
 * @example
 * function half(n: number): Result<number> {
 *   return Number.isInteger(n / 2)
 *     ? ok(n / 2)
 *     : fail({ code: 'invalid-input', message: 'n must be even', issues: [{ path: ['n'], message: 'odd' }] });
 * }
 */
export type Result<T, E = GovernanceError> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly error: E };

/**
 * Wrap a value as a successful {@link Result}.
 *
 * @example
 * ok(42) //=> { ok: true, value: 42 }
 */
export function ok<T>(value: T): { readonly ok: true; readonly value: T } {
  return { ok: true, value };
}

/**
 * Wrap an error as a failed {@link Result}.
 *
 * @example
 * fail({ code: 'conflict', message: 'stale' }) //=> { ok: false, error: { code: 'conflict', … } }
 */
export function fail<E = GovernanceError>(error: E): { readonly ok: false; readonly error: E } {
  return { ok: false, error };
}

/**
 * Turn zod's issues into the library's {@link Issue} list (paths as arrays of keys and indices).
 * Accepts any object with zod's `issues` shape so this module does not load zod itself.
 *
 * @example
 * const parsed = schema.safeParse(input);
 * if (!parsed.success) return fail(invalidInput(issuesFromZod(parsed.error)));
 */
export function issuesFromZod(error: {
  readonly issues: ReadonlyArray<{ readonly path: ReadonlyArray<PropertyKey>; readonly message: string }>;
}): Issue[] {
  return error.issues.map((i) => ({
    path: i.path.map((p) => (typeof p === 'number' ? p : String(p))),
    message: i.message,
  }));
}

/**
 * Build an `invalid-input` error from a list of issues; the message names the first offending field.
 *
 * @example
 * invalidInput([{ path: ['amount'], message: 'Expected integer' }]).message
 * //=> 'Invalid input at amount: Expected integer'
 */
export function invalidInput(issues: readonly Issue[], rule?: string): GovernanceError {
  const first = issues[0];
  const where = first && first.path.length > 0 ? first.path.join('.') : '(root)';
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : '';
  const message = first ? `Invalid input at ${where}: ${first.message}${more}` : 'Invalid input';
  return rule === undefined
    ? { code: 'invalid-input', message, messageZh: `输入无效：${where}`, issues }
    : { code: 'invalid-input', message, messageZh: `输入无效：${where}`, issues, rule };
}
