import type { Labels } from './labels.js';

/**
 * Why a command or a calculation was refused. Every refusal carries one of these codes so a host can
 * map it to a reply ({@link httpStatusOf}) without parsing messages.
 *
 * - `invalid-input`: the input does not match its schema; `issues` lists every problem with its path.
 * - `forbidden`: the actor may not do this; `rule` names the policy rule (for example `CW-4`).
 * - `not-allowed`: the record's state cannot take this command; `state` and `accepts` say what it can take.
 * - `conflict`: the record changed since it was loaded, a record with that id exists, or a command id
 *   was reused for a different command.
 * - `version-mismatch`: the stored record is of another kind, newer than this code, or damaged.
 * - `policy-invalid`: the policy object failed validation; `issues` lists every problem.
 * - `not-found`: the record a command names does not exist in the store.
 *
 * @example
 * const code: ErrorCode = 'forbidden';
 */
export type ErrorCode = GovernanceError['code'];

/** Labels for each {@link ErrorCode}, in zh-CN, zh-TW and en, for hosts that show refusals to people.
 * @example errorCodeLabels.forbidden['zh-CN'] //=> '无权操作' */
export const errorCodeLabels = {
  'invalid-input': { 'zh-CN': '输入无效', 'zh-TW': '輸入無效', en: 'Invalid input' },
  forbidden: { 'zh-CN': '无权操作', 'zh-TW': '無權操作', en: 'Forbidden' },
  'not-allowed': { 'zh-CN': '当前状态不允许', 'zh-TW': '當前狀態不允許', en: 'Not allowed in this state' },
  conflict: { 'zh-CN': '冲突', 'zh-TW': '衝突', en: 'Conflict' },
  'version-mismatch': { 'zh-CN': '记录版本不符或已损坏', 'zh-TW': '記錄版本不符或已損壞', en: 'Record version mismatch or damage' },
  'policy-invalid': { 'zh-CN': '制度配置无效', 'zh-TW': '制度配置無效', en: 'Invalid policy' },
  'not-found': { 'zh-CN': '记录不存在', 'zh-TW': '記錄不存在', en: 'Not found' },
} as const satisfies Record<ErrorCode, Labels>;

/**
 * One problem found while validating input or a policy: where (`path`) and what, in every locale.
 *
 * @example
 * const issue: Issue = {
 *   path: ['title'], message: 'must be at most 300 characters',
 *   messages: { 'zh-CN': '最多 300 个字符', 'zh-TW': '最多 300 個字元', en: 'must be at most 300 characters' },
 * };
 */
export interface Issue {
  /** Path to the offending field, outermost first. Empty for a problem with the whole value. */
  readonly path: ReadonlyArray<string | number>;
  /** What is wrong, in English. */
  readonly message: string;
  /** What is wrong, in every locale. */
  readonly messages: Labels;
  /** The rule the field serves, when one applies (for example `CW-7`). */
  readonly rule?: string;
}

/**
 * What every refusal carries: the English message (for logs), the message in every locale (for people),
 * and the rule it enforces when there is one.
 *
 * @example
 * const base: ErrorBase = { message: 'Stale', messages: { 'zh-CN': '已过期', 'zh-TW': '已過期', en: 'Stale' } };
 */
export interface ErrorBase {
  /** English explanation, one sentence, fit to show a user. */
  readonly message: string;
  /** The explanation in zh-CN, zh-TW and en: what was refused and why. */
  readonly messages: Labels;
  /** The DOMAIN rule the refusal enforces (for example `ORG-4`, `CW-4`). */
  readonly rule?: string;
}

/**
 * The one error type of the library: a union keyed on `code`, each member carrying the fields that apply
 * to it. Plain JSON (no class, no stack), so a serverless host can return it as a response body.
 *
 * @example
 * const error: GovernanceError = {
 *   code: 'forbidden', rule: 'CW-4',
 *   message: 'The author of an item never approves it.',
 *   messages: { 'zh-CN': '作者不得审批自己的内容。', 'zh-TW': '作者不得審批自己的內容。', en: 'The author of an item never approves it.' },
 * };
 */
export type GovernanceError =
  | (ErrorBase & { readonly code: 'invalid-input'; readonly issues: readonly Issue[] })
  | (ErrorBase & { readonly code: 'forbidden'; readonly rule: string })
  | (ErrorBase & {
      readonly code: 'not-allowed';
      /** The state the record is in (dotted for nested states). */
      readonly state: string;
      /** The command types that state can take. */
      readonly accepts: readonly string[];
    })
  | (ErrorBase & {
      readonly code: 'conflict';
      /** For a stale save: the revision the caller expected. */
      readonly expectedRevision?: number;
      /** For a stale save or an existing record: the revision actually stored. */
      readonly actualRevision?: number;
      /** For a reused command id: the id. */
      readonly commandId?: string;
    })
  | (ErrorBase & { readonly code: 'version-mismatch' })
  | (ErrorBase & { readonly code: 'policy-invalid'; readonly issues: readonly Issue[] })
  | (ErrorBase & { readonly code: 'not-found' });

/**
 * The error of one code: `ErrorOf<'conflict'>` has `expectedRevision`, `ErrorOf<'not-allowed'>` has `accepts`.
 *
 * @example
 * const e: ErrorOf<'not-allowed'> = { code: 'not-allowed', state: 'draft', accepts: ['submit'], message, messages };
 */
export type ErrorOf<C extends ErrorCode> = Extract<GovernanceError, { readonly code: C }>;

/**
 * The HTTP status a host should answer a refusal with: `invalid-input` 422, `forbidden` 403,
 * `not-found` 404, `conflict` and `not-allowed` 409, and 500 for `version-mismatch` and
 * `policy-invalid` (the host's stored data or configuration is at fault, not the caller).
 *
 * @example
 * httpStatusOf({ code: 'forbidden', rule: 'CW-4', message, messages }) //=> 403
 */
export function httpStatusOf(error: Pick<GovernanceError, 'code'>): 403 | 404 | 409 | 422 | 500 {
  switch (error.code) {
    case 'invalid-input':
      return 422;
    case 'forbidden':
      return 403;
    case 'not-found':
      return 404;
    case 'conflict':
    case 'not-allowed':
      return 409;
    default:
      return 500;
  }
}

/**
 * Success or a typed refusal. Functions at the library's boundary return this instead of throwing.
 *
 * @example
 * function half(n: number): Result<number> {
 *   return Number.isInteger(n / 2) ? ok(n / 2) : fail(invalidInput([issue(['n'], words('must be even', '须为偶数', '須為偶數'))]));
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
 * fail(notFound('content-item', 'p-1')) //=> { ok: false, error: { code: 'not-found', … } }
 */
export function fail<E = GovernanceError>(error: E): { readonly ok: false; readonly error: E } {
  return { ok: false, error };
}

/**
 * One text in the three locales, English first, as error messages are written.
 *
 * @example
 * words('Stale', '已过期', '已過期') //=> { 'zh-CN': '已过期', 'zh-TW': '已過期', en: 'Stale' }
 */
export function words(en: string, zhCN: string, zhTW: string): Labels {
  return { 'zh-CN': zhCN, 'zh-TW': zhTW, en };
}

/**
 * An {@link Issue} at `path` with trilingual wording.
 *
 * @example
 * issue(['publishAt'], words('must not be in the past', '不能早于当前时间', '不能早於當前時間'), 'CW-7').message
 * //=> 'must not be in the past'
 */
export function issue(path: ReadonlyArray<string | number>, messages: Labels, rule?: string): Issue {
  return rule === undefined ? { path, message: messages.en, messages } : { path, message: messages.en, messages, rule };
}

/**
 * A `forbidden` refusal naming the rule.
 *
 * @example
 * forbidden('CW-4', words('Authors never approve their own items', '作者不得审批自己的内容', '作者不得審批自己的內容')).code //=> 'forbidden'
 */
export function forbidden(rule: string, messages: Labels): ErrorOf<'forbidden'> {
  return { code: 'forbidden', rule, message: messages.en, messages };
}

/**
 * A `conflict` refusal; `extra` carries the revisions or the reused command id.
 *
 * @example
 * conflict(words('Reload and retry', '请重新加载后重试', '請重新載入後重試'), { expectedRevision: 3, actualRevision: 4 }).code //=> 'conflict'
 */
export function conflict(
  messages: Labels,
  extra: { readonly expectedRevision?: number; readonly actualRevision?: number; readonly commandId?: string; readonly rule?: string } = {},
): ErrorOf<'conflict'> {
  return { code: 'conflict', message: messages.en, messages, ...extra };
}

/**
 * A `version-mismatch` refusal: the stored record cannot be read by this code.
 *
 * @example
 * versionMismatch(words('Damaged record', '记录已损坏', '記錄已損壞')).code //=> 'version-mismatch'
 */
export function versionMismatch(messages: Labels): ErrorOf<'version-mismatch'> {
  return { code: 'version-mismatch', message: messages.en, messages };
}

/**
 * A `not-found` refusal for a record of `kind` with `id`.
 *
 * @example
 * notFound('content-item', 'p-1').messages['zh-CN'] //=> '找不到记录 content-item p-1'
 */
export function notFound(kind: string, id: string): ErrorOf<'not-found'> {
  return { code: 'not-found', ...said3(`No ${kind} with id ${id}`, `找不到记录 ${kind} ${id}`, `找不到記錄 ${kind} ${id}`) };
}

/**
 * A `not-allowed` refusal: the record's state cannot take the command.
 *
 * @example
 * notAllowed('draft', ['submit', 'edit'], words('A draft cannot be approved', '草稿不能审批', '草稿不能審批')).accepts //=> ['submit', 'edit']
 */
export function notAllowed(state: string, accepts: readonly string[], messages: Labels, rule?: string): ErrorOf<'not-allowed'> {
  return { code: 'not-allowed', state, accepts, message: messages.en, messages, ...(rule === undefined ? {} : { rule }) };
}

function said3(en: string, zhCN: string, zhTW: string): { message: string; messages: Labels } {
  return { message: en, messages: words(en, zhCN, zhTW) };
}

/** The shape of a zod issue as far as this module reads it (so this module does not load zod). */
interface ZodIssueLike {
  readonly code?: string;
  readonly path: ReadonlyArray<PropertyKey>;
  readonly message: string;
  readonly expected?: unknown;
  readonly origin?: unknown;
  readonly maximum?: unknown;
  readonly minimum?: unknown;
  readonly values?: readonly unknown[];
  readonly format?: unknown;
  readonly keys?: readonly string[];
  readonly params?: { readonly messages?: Labels; readonly rule?: string } | undefined;
}

const TYPE_NAMES: Readonly<Record<string, readonly [string, string]>> = {
  string: ['字符串', '字串'],
  number: ['数字', '數字'],
  boolean: ['布尔值', '布林值'],
  object: ['对象', '物件'],
  array: ['数组', '陣列'],
  date: ['日期', '日期'],
};

// Zod's own English for the built-in checks, put into the three locales. Custom checks carry their
// wording in `params.messages` (see `said`).
function describe(i: ZodIssueLike): Labels {
  if (i.params?.messages) return i.params.messages;
  const size = i.origin === 'string' ? ['characters', '个字符', '個字元'] : i.origin === 'array' ? ['items', '项', '項'] : ['', '', ''];
  switch (i.code) {
    case 'invalid_type': {
      const t = String(i.expected);
      const [cn, tw] = TYPE_NAMES[t] ?? [t, t];
      return words(`expected ${t}`, `应为${cn}（缺失或类型不对）`, `應為${tw}（缺失或類型不對）`);
    }
    case 'too_big':
      return words(`must be at most ${String(i.maximum)} ${size[0]}`.trim(), `不能超过 ${String(i.maximum)}${size[1]}`, `不能超過 ${String(i.maximum)}${size[2]}`);
    case 'too_small':
      return words(`must be at least ${String(i.minimum)} ${size[0]}`.trim(), `不能少于 ${String(i.minimum)}${size[1]}`, `不能少於 ${String(i.minimum)}${size[2]}`);
    case 'invalid_value': {
      const options = (i.values ?? []).map((v) => JSON.stringify(v)).join(', ');
      return words(`must be one of ${options}`, `须为以下之一：${options}`, `須為以下之一：${options}`);
    }
    case 'invalid_format':
      return words(`${i.message}`, `格式不正确（${String(i.format)}）`, `格式不正確（${String(i.format)}）`);
    case 'unrecognized_keys':
      return words(i.message, `含有未知字段：${(i.keys ?? []).join(', ')}`, `含有未知欄位：${(i.keys ?? []).join(', ')}`);
    case 'invalid_union':
      return words(i.message, '不符合任何允许的形式', '不符合任何允許的形式');
    default:
      return words(i.message, `无效：${i.message}`, `無效：${i.message}`);
  }
}

/**
 * Turn zod's issues into the library's {@link Issue} list (paths as arrays of keys and indices), each
 * described in zh-CN, zh-TW and en. Accepts any object with zod's `issues` shape.
 *
 * @example
 * issuesFromZod(z.object({ n: z.number() }).safeParse({}).error!)[0].path //=> ['n']
 */
export function issuesFromZod(error: { readonly issues: readonly ZodIssueLike[] }): Issue[] {
  return error.issues.map((i) => {
    const messages = describe(i);
    const path = i.path.map((p) => (typeof p === 'number' ? p : String(p)));
    return i.params?.rule ? { path, message: messages.en, messages, rule: i.params.rule } : { path, message: messages.en, messages };
  });
}

/**
 * Build an `invalid-input` error from a list of issues; the message names the first offending field and
 * says what is wrong with it.
 *
 * @example
 * invalidInput([issue(['amount'], words('must be an integer', '须为整数', '須為整數'))]).messages['zh-CN']
 * //=> '输入无效：amount 须为整数'
 */
export function invalidInput(issues: readonly Issue[], rule?: string): ErrorOf<'invalid-input'> {
  const first = issues[0];
  const where = first && first.path.length > 0 ? first.path.join('.') : '(root)';
  const n = issues.length - 1;
  const messages = first
    ? words(
        `Invalid input at ${where}: ${first.messages.en}${n > 0 ? ` (and ${n} more)` : ''}`,
        `输入无效：${where} ${first.messages['zh-CN']}${n > 0 ? `（另有 ${n} 处问题）` : ''}`,
        `輸入無效：${where} ${first.messages['zh-TW']}${n > 0 ? `（另有 ${n} 處問題）` : ''}`,
      )
    : words('Invalid input', '输入无效', '輸入無效');
  return { code: 'invalid-input', message: messages.en, messages, issues, ...(rule === undefined ? {} : { rule }) };
}

/**
 * Run a zod-like `safeParse` so that every input, even one that makes the validator itself throw,
 * becomes a value or an `invalid-input` error.
 *
 * @example
 * validate(z.number(), 'x').ok //=> false
 */
export function validate<T>(
  schema: { safeParse(input: unknown): { success: true; data: T } | { success: false; error: { readonly issues: readonly ZodIssueLike[] } } },
  input: unknown,
  rule?: string,
): Result<T> {
  try {
    const parsed = schema.safeParse(input);
    return parsed.success ? ok(parsed.data) : fail(invalidInput(issuesFromZod(parsed.error), rule));
  } catch (e) {
    const messages = words(
      `could not be read (${e instanceof Error ? e.name : 'error'})`,
      '无法读取该值',
      '無法讀取該值',
    );
    return fail(invalidInput([issue([], messages, rule)], rule));
  }
}
