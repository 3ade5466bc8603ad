// JSON Schemas of every model a host exchanges with the library: the commands and create commands of each
// aggregate, its stored record, audit entries and effects, the error, and every policy section. Written to
// docs/schemas/ by `npm run docs:generate`; test/contracts.test.ts regenerates them and fails on a stale file.
//
// Descriptions: `description` is English, `x-description-zh-CN` and `x-description-zh-TW` carry the same
// text in Chinese. Standard tools (code generators, editors) read `description` as one language and show it
// as is; extension keywords are annotations every JSON Schema validator ignores, and a locale per keyword
// lets a tool pick one instead of splitting a mixed "English / 中文" string.
//
// Schemas are built from the wire side (`io: 'input'`): what a client writes, dates as ISO strings.
import * as z from 'zod';
import { budgetAggregate, BudgetPolicySchema } from '../src/budget/index.js';
import { ComplianceRuleSchema, CompliancePolicySchema, RuleSetSchema } from '../src/compliance/index.js';
import { contentAggregate, ContentPolicySchema } from '../src/content/index.js';
import { errorCodeLabels, ruleCatalogue, ruleIds, type ContextShape, type Labels, type RecordType, type RuleId } from '../src/core/index.js';
import { disciplineAggregate, DisciplinePolicySchema } from '../src/discipline/index.js';
import { KpiPolicySchema, MetricDefinitionSchema } from '../src/kpi/index.js';
import { DirectoryEntrySchema, OrgPolicySchema } from '../src/org/index.js';
import { policyEvaluationAggregate, PolicySchema, policyRevisionAggregate, RevisionPolicySchema } from '../src/policy/index.js';
import { riskAggregate, RiskMatrixSchema, RiskPolicySchema } from '../src/risk/index.js';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** What a schema file is about. */
export type SchemaKind = 'command' | 'create-command' | 'record' | 'audit-entry' | 'effect' | 'error' | 'policy-section' | 'model';

export interface SchemaEntry {
  readonly subpath: string;
  readonly kind: SchemaKind;
  /** File name inside `docs/schemas/<subpath>/`. */
  readonly name: string;
  readonly schema: z.ZodType;
  readonly title: string;
  readonly description: Labels;
  /** Descriptions of rule-bearing fields, by property path (`plan.theme`). */
  readonly fields?: { readonly [path: string]: Labels };
}

const L = (en: string, zhCN: string, zhTW: string): Labels => ({ 'zh-CN': zhCN, 'zh-TW': zhTW, en });
const rule = (id: RuleId, locale: keyof Labels) => `${id}（${ruleCatalogue[id].titles[locale]}）`;
const ruleEn = (id: string) => (id in ruleCatalogue ? `${id} (${ruleCatalogue[id as RuleId].titles.en})` : id);
const ruleZh = (id: string, locale: 'zh-CN' | 'zh-TW') => (id in ruleCatalogue ? rule(id as RuleId, locale) : id);

// Plain JSON, for what the library keeps as data without a fixed shape (a machine context's lists, an
// effect's extra fields). Named, so it appears once under $defs.
const JsonValue: z.ZodType = z
  .lazy(() => z.union([z.string(), z.number(), z.boolean(), z.null(), z.array(JsonValue), z.record(z.string(), JsonValue)]))
  .meta({ id: 'JsonValue', description: 'Any plain JSON value.', 'x-description-zh-CN': '任意 JSON 值。', 'x-description-zh-TW': '任意 JSON 值。' });

const isoTime = z.iso.datetime({ offset: true });
const ruleIdSchema = z.enum(ruleIds as [RuleId, ...RuleId[]]);
const LabelsJson = z.strictObject({ 'zh-CN': z.string(), 'zh-TW': z.string(), en: z.string() });
const ActorRefJson = z.strictObject({ id: z.string(), department: z.string(), positions: z.array(z.string()), memberOf: z.array(z.string()).optional() });
const AudienceJson = z.strictObject({
  actorIds: z.array(z.string()).optional(),
  departments: z.array(z.string()).optional(),
  positions: z.array(z.string()).optional(),
  grants: z.array(z.strictObject({ department: z.string().optional(), positions: z.array(z.string()).optional() })).optional(),
  everyone: z.boolean().optional(),
});
const AuditNoteJson = z.strictObject({ ref: z.string(), messages: LabelsJson });

function auditEntrySchema(kind?: string, commands?: readonly string[]) {
  return z.strictObject({
    id: z.string(),
    kind: kind === undefined ? z.string() : z.literal(kind),
    recordId: z.string(),
    revision: z.int().min(1),
    commandId: z.string(),
    command: commands === undefined ? z.string() : z.enum(commands as [string, ...string[]]),
    actor: ActorRefJson,
    at: isoTime,
    claimedAt: isoTime.optional(),
    from: z.string(),
    to: z.string(),
    reason: z.string().optional(),
    cause: z.strictObject({ kind: z.string(), id: z.string() }).optional(),
    notes: z.array(AuditNoteJson).max(12).optional(),
    policyVersion: z.string(),
    rules: z.array(ruleIdSchema).min(1),
  });
}

function effectSchema(topics?: readonly string[]) {
  return z
    .object({
      id: z.string(),
      type: z.enum(['notify', 'schedule', 'escalate']),
      topic: topics === undefined ? z.string() : z.enum(topics as [string, ...string[]]),
      to: AudienceJson.optional(),
      at: isoTime.optional(),
    })
    .catchall(JsonValue);
}

const errorRule = ruleIdSchema.meta({
  description: 'The rule the refusal enforces, for example ORG-4 or CW-4.',
  'x-description-zh-CN': '拒绝所执行的规则，例如 ORG-4 或 CW-4。',
  'x-description-zh-TW': '拒絕所執行的規則，例如 ORG-4 或 CW-4。',
});
const ErrorBase = { message: z.string(), messages: LabelsJson, rule: errorRule.optional() };
const IssueJson = z.strictObject({ path: z.array(z.union([z.string(), z.number()])), message: z.string(), messages: LabelsJson, rule: ruleIdSchema.optional() });
const ErrorJson = z.discriminatedUnion('code', [
  z.strictObject({ ...ErrorBase, code: z.literal('invalid-input'), issues: z.array(IssueJson) }),
  z.strictObject({ ...ErrorBase, code: z.literal('forbidden'), rule: errorRule }),
  z.strictObject({ ...ErrorBase, code: z.literal('not-allowed'), state: z.string(), accepts: z.array(z.string()) }),
  z.strictObject({ ...ErrorBase, code: z.literal('conflict'), expectedRevision: z.int().optional(), actualRevision: z.int().optional(), commandId: z.string().optional() }),
  z.strictObject({ ...ErrorBase, code: z.literal('version-mismatch') }),
  z.strictObject({ ...ErrorBase, code: z.literal('policy-invalid'), issues: z.array(IssueJson) }),
  z.strictObject({ ...ErrorBase, code: z.literal('not-found') }),
]);

const ProcessedCommandJson = z.strictObject({
  commandId: z.string(),
  type: z.string().optional(),
  actorId: z.string().optional(),
  fingerprint: z.string(),
  revision: z.int().min(1),
  outcome: z
    .strictObject({
      effects: z.array(z.object({ type: z.string() }).catchall(JsonValue)),
      audit: auditEntrySchema().omit({ id: true, kind: true, recordId: true, revision: true, commandId: true, command: true }),
    })
    .optional(),
});

const fieldKind = {
  string: z.string(),
  count: z.int().min(0),
  boolean: z.boolean(),
  array: z.array(JsonValue),
  object: z.record(z.string(), JsonValue),
} as const;

function contextSchema(shape: ContextShape) {
  const fields: Record<string, z.ZodType> = {};
  for (const [field, kind] of Object.entries(shape)) {
    const base = fieldKind[kind.replace('?', '') as keyof typeof fieldKind];
    fields[field] = kind.endsWith('?') ? base.optional() : base;
  }
  return z.object(fields);
}

function recordSchema(type?: RecordType) {
  const states = type ? z.enum(type.states as [string, ...string[]]) : z.string();
  return z.strictObject({
    kind: type ? z.literal(type.kind) : z.string(),
    id: z.string(),
    schemaVersion: type ? z.literal(type.schemaVersion) : z.int().min(1),
    revision: z.int().min(1),
    snapshot: z.object({
      status: z.string(),
      // A top-level state, or for a nested state an object keyed by its top-level state.
      value: z.union([states, z.record(states, JsonValue)]),
      context: type ? contextSchema(type.context) : z.record(z.string(), JsonValue),
    }),
    policyVersion: z.string(),
    createdAt: isoTime,
    updatedAt: isoTime,
    createdBy: z.string(),
    contributors: z.array(z.string()),
    processedCommands: z.array(ProcessedCommandJson),
  });
}

// The envelope every command carries besides its payload.
const envelopeFields = (type: string) => ({ id: z.string(), type: z.literal(type), at: isoTime.optional() });
const envelopeDescriptions: { readonly [path: string]: Labels } = {
  id: L(
    'The command id the host chooses (its idempotency key): a retry with the same id and content returns the earlier outcome.',
    '宿主选定的命令 ID（幂等键）：相同 ID 与内容的重试返回先前的结果。',
    '宿主選定的命令 ID（冪等鍵）：相同 ID 與內容的重試返回先前的結果。',
  ),
  at: L(
    'The time the client claims: recorded in the audit entry as claimedAt, never used to decide.',
    '客户端声称的时间：作为 claimedAt 记入审计条目，从不用于决策。',
    '客戶端聲稱的時間：作為 claimedAt 記入審計條目，從不用於決策。',
  ),
};

interface AggregateLike {
  readonly kind: string;
  readonly definition: {
    readonly type: RecordType;
    readonly commands: { readonly [type: string]: { readonly schema: z.ZodType; readonly rule: string; readonly right: unknown } };
    readonly create: { readonly schema: z.ZodType; readonly rule: string; readonly right: unknown };
  };
}

// Rule-bearing payload fields, by command ('create' for the create command) and property path.
type FieldNotes = { readonly [command: string]: { readonly [path: string]: Labels } };

interface AggregateSpec {
  readonly subpath: string;
  /** File-name prefix when a subpath has two aggregates. */
  readonly prefix: string;
  readonly aggregate: AggregateLike;
  readonly noun: Labels;
  /** The source folder whose machine emits the effects. */
  readonly source: string;
  readonly topicPrefix: string;
  readonly fields: FieldNotes;
}

const aggregates: readonly AggregateSpec[] = [
  {
    subpath: 'content',
    prefix: '',
    aggregate: contentAggregate as unknown as AggregateLike,
    noun: L('a content item', '内容条目', '內容條目'),
    source: 'src/content',
    topicPrefix: 'content.',
    fields: {
      create: {
        riskLevel: L('The risk level the author declares; compliance findings can only raise it, and only legal lowers it (CW-3, CMP-4).', '作者申报的风险等级；合规检查只会提高它，只有法务可以降低（CW-3、CMP-4）。', '作者申報的風險等級；合規檢查只會提高它，只有法務可以降低（CW-3、CMP-4）。'),
        advertising: L('Whether the item is advertising, which must then be marked as such (CMP-2).', '是否为广告；广告须标明（CMP-2）。', '是否為廣告；廣告須標明（CMP-2）。'),
        channel: L('The channel, which picks the review chain (CW-3).', '发布渠道，决定审核链（CW-3）。', '發布渠道，決定審核鏈（CW-3）。'),
        plan: L('Theme, form, audience and expected effect of the planning stage (CW-1).', '内容策划的主题、形式、目标受众与预期效果（CW-1）。', '內容策劃的主題、形式、目標受眾與預期效果（CW-1）。'),
        sources: L('Where the facts come from: content uses reliable sources (CW-8).', '信息来源：内容须来源可靠（CW-8）。', '信息來源：內容須來源可靠（CW-8）。'),
      },
      approve: {
        stage: L('The review stage the reviewer signs (CW-3).', '审核人签署的审核环节（CW-3）。', '審核人簽署的審核環節（CW-3）。'),
        hash: L('The content hash the reviewer saw: an approval of an older version is refused (CW-5).', '审核人所见内容的哈希：对旧版本的审批被拒绝（CW-5）。', '審核人所見內容的雜湊：對舊版本的審批被拒絕（CW-5）。'),
      },
      reject: { reason: L('Why: a rejection carries a reason and returns the item to creation (CW-5).', '驳回理由：驳回须说明理由并退回创作（CW-5）。', '駁回理由：駁回須說明理由並退回創作（CW-5）。') },
      'accept-finding': { finding: L('The key of the compliance finding a reviewer accepts (CMP-4).', '审核人接受的合规检查结果键（CMP-4）。', '審核人接受的合規檢查結果鍵（CMP-4）。') },
      schedule: { publishAt: L('When to publish, within the channel’s publishing windows (CW-7).', '发布时间，须在渠道发布时段内（CW-7）。', '發布時間，須在渠道發布時段內（CW-7）。') },
      publish: { emergency: L('Set by an "urgent" button: it never bypasses review (CW-2).', '“紧急”按钮设置：从不绕过审核（CW-2）。', '「緊急」按鈕設置：從不繞過審核（CW-2）。') },
      takedown: { cause: L('The violation case, platform notice or opinion item that caused the takedown (CW-9).', '导致下架的违规案件、平台通知或舆情条目（CW-9）。', '導致下架的違規案件、平臺通知或輿情條目（CW-9）。') },
    },
  },
  {
    subpath: 'budget',
    prefix: '',
    aggregate: budgetAggregate as unknown as AggregateLike,
    noun: L('a budget', '预算', '預算'),
    source: 'src/budget',
    topicPrefix: 'budget.',
    fields: {
      create: { lines: L('The annual budget’s lines (campaign, channel and staff costs), each split into months (BUD-1, BUD-2).', '年度预算各行（活动、渠道、人员费用），按月分解（BUD-1、BUD-2）。', '年度預算各行（活動、渠道、人員費用），按月分解（BUD-1、BUD-2）。') },
      'record-spend': { amount: L('Money spent, in fen: spending never exceeds the month’s budget (BUD-2).', '支出金额（分）：支出不超过当月预算（BUD-2）。', '支出金額（分）：支出不超過當月預算（BUD-2）。') },
      'request-adjustment': { reason: L('Why the budget changes: a change is applied for and approved before it takes effect (BUD-3).', '预算调整理由：调整须先申请并经审批（BUD-3）。', '預算調整理由：調整須先申請並經審批（BUD-3）。') },
    },
  },
  {
    subpath: 'risk',
    prefix: '',
    aggregate: riskAggregate as unknown as AggregateLike,
    noun: L('a risk', '风险', '風險'),
    source: 'src/risk',
    topicPrefix: 'risk.',
    fields: {
      create: { category: L('Market, technical, legal, reputation or platform rules (RSK-1).', '市场、技术、法律、声誉或平台规则风险（RSK-1）。', '市場、技術、法律、聲譽或平臺規則風險（RSK-1）。') },
      assess: {
        inherent: L('Likelihood and impact before treatment (RSK-2).', '应对前的可能性与影响程度（RSK-2）。', '應對前的可能性與影響程度（RSK-2）。'),
        current: L('Likelihood and impact now, graded by the matrix into high, medium or low (RSK-2, RSK-3).', '当前的可能性与影响程度，由矩阵分为高、中、低（RSK-2、RSK-3）。', '當前的可能性與影響程度，由矩陣分為高、中、低（RSK-2、RSK-3）。'),
      },
    },
  },
  {
    subpath: 'discipline',
    prefix: '',
    aggregate: disciplineAggregate as unknown as AggregateLike,
    noun: L('a discipline case', '违规案件', '違規案件'),
    source: 'src/discipline',
    topicPrefix: 'discipline.',
    fields: {
      create: { violation: L('The violation type, which sets the severity and the starting rung (DSC-1).', '违规类型，决定严重程度与起始处分（DSC-1）。', '違規類型，決定嚴重程度與起始處分（DSC-1）。') },
      decide: { rung: L('The sanction decided: never lighter than the floor for the severity, climbing on repeats (DSC-6).', '决定的处分：不低于严重程度下限，重复违规逐级加重（DSC-6）。', '決定的處分：不低於嚴重程度下限，重複違規逐級加重（DSC-6）。') },
    },
  },
  {
    subpath: 'policy',
    prefix: 'revision.',
    aggregate: policyRevisionAggregate as unknown as AggregateLike,
    noun: L('a policy revision', '制度修订', '制度修訂'),
    source: 'src/policy/revision.ts',
    topicPrefix: 'policy-revision.',
    fields: { announce: { effectiveFrom: L('When the revision takes effect, after formal notice (SUP-3).', '修订生效时间，须在正式通知之后（SUP-3）。', '修訂生效時間，須在正式通知之後（SUP-3）。') } },
  },
  {
    subpath: 'policy',
    prefix: 'evaluation.',
    aggregate: policyEvaluationAggregate as unknown as AggregateLike,
    noun: L('a policy evaluation', '制度评估', '制度評估'),
    source: 'src/policy/evaluation.ts',
    topicPrefix: 'policy-evaluation.',
    fields: {},
  },
];

// The topics a domain's effects use, read from the source that emits them: the schema lists exactly those.
export function topicsOf(source: string, prefix: string): string[] {
  const files = source.endsWith('.ts') ? [source] : readdirSync(source).filter((f) => f.endsWith('.ts')).map((f) => join(source, f));
  const found = new Set<string>();
  // Every such string on a line that sets a topic (a ternary may choose between two).
  const re = new RegExp(`'(${prefix.replace('.', '\\.')}[a-z0-9.-]+)'`, 'g');
  for (const f of files) {
    for (const line of readFileSync(f, 'utf8').split('\n')) if (/\btopic:/.test(line) && !/^\s*\*/.test(line)) for (const m of line.matchAll(re)) found.add(m[1]!);
  }
  return [...found].sort();
}

const rightText = (right: unknown) => (typeof right === 'string' ? right : null);

function commandEntries(a: AggregateSpec): SchemaEntry[] {
  const { commands, create, type } = a.aggregate.definition;
  const out: SchemaEntry[] = [];
  const describe = (name: string, spec: { rule: string; right: unknown }): Labels => {
    const right = rightText(spec.right);
    return L(
      `The "${name}" command on ${a.noun.en}. Serves ${ruleEn(spec.rule)}; ${right ? `needs the decision right ${right}` : 'the decision right it needs depends on the record'}.`,
      `${a.noun['zh-CN']}的「${name}」命令。落实 ${ruleZh(spec.rule, 'zh-CN')}；${right ? `所需决策权限 ${right}` : '所需决策权限视记录而定'}。`,
      `${a.noun['zh-TW']}的「${name}」命令。落實 ${ruleZh(spec.rule, 'zh-TW')}；${right ? `所需決策權限 ${right}` : '所需決策權限視記錄而定'}。`,
    );
  };
  const withEnvelope = (name: string, schema: z.ZodType) => (schema as z.ZodObject).safeExtend(envelopeFields(name));
  out.push({
    subpath: a.subpath,
    kind: 'create-command',
    name: `${a.prefix}create`,
    schema: withEnvelope('create', create.schema),
    title: `Create ${a.noun.en}`,
    description: describe('create', create),
    fields: { ...envelopeDescriptions, ...a.fields['create'] },
  });
  for (const [name, spec] of Object.entries(commands)) {
    out.push({
      subpath: a.subpath,
      kind: 'command',
      name: `${a.prefix}command.${name}`,
      schema: withEnvelope(name, spec.schema),
      title: `${name} (${a.aggregate.kind})`,
      description: describe(name, spec),
      fields: { ...envelopeDescriptions, ...a.fields[name] },
    });
  }
  const commandTypes = ['create', ...Object.keys(commands)];
  out.push({
    subpath: a.subpath,
    kind: 'record',
    name: `${a.prefix}record`,
    schema: recordSchema(type),
    title: `Stored ${a.aggregate.kind} record`,
    description: L(
      `${a.noun.en[0]!.toUpperCase()}${a.noun.en.slice(1)} as the host stores it (schema version ${type.schemaVersion}): plain JSON with the machine's state and context, the revision for optimistic concurrency, and the commands kept for idempotent retries. Older versions are migrated when read.`,
      `宿主存储的${a.noun['zh-CN']}记录（结构版本 ${type.schemaVersion}）：含状态机状态与上下文、用于乐观并发的修订号，以及为幂等重试保留的命令。旧版本在读取时迁移。`,
      `宿主儲存的${a.noun['zh-TW']}記錄（結構版本 ${type.schemaVersion}）：含狀態機狀態與上下文、用於樂觀並發的修訂號，以及為冪等重試保留的命令。舊版本在讀取時遷移。`,
    ),
    fields: {
      'snapshot.value': L('The state: one of the record type’s top-level states, an object for a nested state.', '状态：记录类型的顶层状态之一；嵌套状态为对象。', '狀態：記錄類型的頂層狀態之一；巢狀狀態為物件。'),
      contributors: L('Everyone who created, edited, submitted or changed the risk of the record: none of them approves it (separation of duties).', '创建、编辑、提交或更改风险等级的所有人：他们都不得审批该记录（职责分离）。', '建立、編輯、提交或更改風險等級的所有人：他們都不得審批該記錄（職責分離）。'),
    },
  });
  out.push({
    subpath: a.subpath,
    kind: 'audit-entry',
    name: `${a.prefix}audit-entry`,
    schema: auditEntrySchema(a.aggregate.kind, commandTypes),
    title: `Audit entry of ${a.noun.en}`,
    description: L(
      `The trail one accepted command on ${a.noun.en} leaves: who, when, from which state to which, under which policy version (SUP-3) and which rules.`,
      `${a.noun['zh-CN']}上一条被接受的命令留下的审计记录：谁、何时、从何状态到何状态、依据哪个制度版本（SUP-3）及哪些规则。`,
      `${a.noun['zh-TW']}上一條被接受的命令留下的審計記錄：誰、何時、從何狀態到何狀態、依據哪個制度版本（SUP-3）及哪些規則。`,
    ),
    fields: auditFields,
  });
  out.push({
    subpath: a.subpath,
    kind: 'effect',
    name: `${a.prefix}effect`,
    schema: effectSchema(topicsOf(a.source, a.topicPrefix)),
    title: `Effect of ${a.noun.en}`,
    description: L(
      `Something the host should do after saving ${a.noun.en}: notify, schedule a dated command, escalate. The library performs none.`,
      `保存${a.noun['zh-CN']}后宿主应执行的动作：通知、安排定时命令、上报。本库不执行任何动作。`,
      `儲存${a.noun['zh-TW']}後宿主應執行的動作：通知、安排定時命令、上報。本庫不執行任何動作。`,
    ),
    fields: { id: L('`<kind>/<recordId>/<revision>#<index>`: stable, so a host retrying after a crash can skip effects already performed.', '`<kind>/<recordId>/<revision>#<index>`：稳定不变，宿主崩溃后重试可跳过已执行的动作。', '`<kind>/<recordId>/<revision>#<index>`：穩定不變，宿主崩潰後重試可跳過已執行的動作。') },
  });
  return out;
}

const auditFields: { readonly [path: string]: Labels } = {
  policyVersion: L('The policy version the decision was made under (SUP-3).', '决策所依据的制度版本（SUP-3）。', '決策所依據的制度版本（SUP-3）。'),
  rules: L('The rules the command served: its own rule first, then any its transition applied.', '命令落实的规则：先是命令本身的规则，再是其转换所适用的规则。', '命令落實的規則：先是命令本身的規則，再是其轉換所適用的規則。'),
  claimedAt: L('The time the client claimed, never used for decisions.', '客户端声称的时间，从不用于决策。', '客戶端聲稱的時間，從不用於決策。'),
};

const section = (subpath: string, name: string, schema: z.ZodType, title: string, description: Labels, fields?: SchemaEntry['fields']): SchemaEntry => ({
  subpath,
  kind: 'policy-section',
  name,
  schema,
  title,
  description,
  ...(fields ? { fields } : {}),
});
const model = (subpath: string, name: string, schema: z.ZodType, title: string, description: Labels): SchemaEntry => ({ subpath, kind: 'model', name, schema, title, description });

/** Every schema the docs publish, in a stable order. */
export function schemaEntries(): SchemaEntry[] {
  return [
    {
      subpath: 'core',
      kind: 'error',
      name: 'error',
      schema: ErrorJson,
      title: 'Governance error',
      description: L(
        `The one error type of the library, keyed on code (${Object.keys(errorCodeLabels).join(', ')}), naming the rule it enforces. Plain JSON a host can return as a response body.`,
        `本库唯一的错误类型，按 code 区分（${Object.values(errorCodeLabels).map((l) => l['zh-CN']).join('、')}），并注明所执行的规则。可直接作为响应体返回的 JSON。`,
        `本庫唯一的錯誤類型，按 code 區分（${Object.values(errorCodeLabels).map((l) => l['zh-TW']).join('、')}），並註明所執行的規則。可直接作為回應內容返回的 JSON。`,
      ),
    },
    {
      subpath: 'core',
      kind: 'audit-entry',
      name: 'audit-entry',
      schema: auditEntrySchema(),
      title: 'Audit entry',
      description: L('The trail one accepted command leaves, for any kind of record.', '任意记录上一条被接受的命令留下的审计记录。', '任意記錄上一條被接受的命令留下的審計記錄。'),
      fields: auditFields,
    },
    {
      subpath: 'core',
      kind: 'effect',
      name: 'effect',
      schema: effectSchema(),
      title: 'Effect',
      description: L('Something the host should do after saving a record, for any kind of record.', '保存任意记录后宿主应执行的动作。', '儲存任意記錄後宿主應執行的動作。'),
    },
    {
      subpath: 'core',
      kind: 'record',
      name: 'record',
      schema: recordSchema(),
      title: 'Stored record',
      description: L('Any stored record: plain JSON the host saves as it is.', '任意存储记录：宿主原样保存的 JSON。', '任意儲存記錄：宿主原樣儲存的 JSON。'),
    },
    section('org', 'policy-section', OrgPolicySchema, 'Organisation policy section', L('Departments, positions and decision rights (ORG-1 to ORG-4).', '部门、岗位与决策权限（ORG-1 至 ORG-4）。', '部門、崗位與決策權限（ORG-1 至 ORG-4）。')),
    model('org', 'directory-entry', DirectoryEntrySchema, 'Directory entry', L('A person as the host’s staff directory knows them: department, positions, bodies (ORG-4). Other fields a staff record carries are kept and ignored.', '宿主员工目录中的人员：部门、岗位、所属机构（ORG-4）。员工记录的其他字段保留但不读取。', '宿主員工目錄中的人員：部門、崗位、所屬機構（ORG-4）。員工記錄的其他欄位保留但不讀取。')),
    ...commandEntries(aggregates[0]!),
    section('content', 'policy-section', ContentPolicySchema, 'Content policy section', L('Channels, review chains and publishing windows (CW-3, CW-7).', '渠道、审核链与发布时段（CW-3、CW-7）。', '渠道、審核鏈與發布時段（CW-3、CW-7）。')),
    section('kpi', 'policy-section', KpiPolicySchema, 'KPI policy section', L('Metrics, scorecards, weights, cycles and rating bands (KPI-1 to KPI-4).', '指标、考核表、权重、周期与评级（KPI-1 至 KPI-4）。', '指標、考核表、權重、週期與評級（KPI-1 至 KPI-4）。')),
    model('kpi', 'metric-definition', MetricDefinitionSchema, 'Metric definition', L('One indicator: its formula over named inputs, unit, direction and aggregation (KPI-1).', '单个指标：基于命名输入的公式、单位、方向与汇总方式（KPI-1）。', '單個指標：基於命名輸入的公式、單位、方向與匯總方式（KPI-1）。')),
    ...commandEntries(aggregates[1]!),
    section('budget', 'policy-section', BudgetPolicySchema, 'Budget policy section', L('Compilation window, categories and the rights to approve budgets and changes (BUD-1 to BUD-4).', '编制时间窗、费用类别以及审批预算与调整的权限（BUD-1 至 BUD-4）。', '編制時間窗、費用類別以及審批預算與調整的權限（BUD-1 至 BUD-4）。')),
    section('compliance', 'policy-section', CompliancePolicySchema, 'Compliance policy section', L('Company rules, allow-list and the levels findings grade (CMP-1 to CMP-5).', '公司规则、白名单及检查结果评定的等级（CMP-1 至 CMP-5）。', '公司規則、白名單及檢查結果評定的等級（CMP-1 至 CMP-5）。')),
    model('compliance', 'rule-set', RuleSetSchema, 'Compliance rule set', L('Term lists and detectors with their legal basis, as data a host extends or replaces (CMP-5).', '带法律依据的词表与检测器，宿主可扩展或替换的数据（CMP-5）。', '帶法律依據的詞表與檢測器，宿主可擴展或替換的數據（CMP-5）。')),
    model('compliance', 'rule', ComplianceRuleSchema, 'Compliance rule', L('One rule of a rule set: terms or a detector, category, severity and legal basis (CMP-1 to CMP-3).', '规则集中的一条规则：词表或检测器、类别、严重程度与法律依据（CMP-1 至 CMP-3）。', '規則集中的一條規則：詞表或檢測器、類別、嚴重程度與法律依據（CMP-1 至 CMP-3）。')),
    ...commandEntries(aggregates[2]!),
    section('risk', 'policy-section', RiskPolicySchema, 'Risk policy section', L('The grading matrix and the response per level (RSK-2 to RSK-4).', '评级矩阵及各等级的应对（RSK-2 至 RSK-4）。', '評級矩陣及各等級的應對（RSK-2 至 RSK-4）。')),
    model('risk', 'matrix', RiskMatrixSchema, 'Risk matrix', L('Likelihood and impact scales and the grade of each cell (RSK-2, RSK-3).', '可能性与影响程度刻度及每格的等级（RSK-2、RSK-3）。', '可能性與影響程度刻度及每格的等級（RSK-2、RSK-3）。')),
    ...commandEntries(aggregates[3]!),
    section('discipline', 'policy-section', DisciplinePolicySchema, 'Discipline policy section', L('The sanction ladder, violation types, escalation windows and legal caps (DSC-1 to DSC-7).', '处分阶梯、违规类型、升级窗口与法定上限（DSC-1 至 DSC-7）。', '處分階梯、違規類型、升級窗口與法定上限（DSC-1 至 DSC-7）。')),
    ...commandEntries(aggregates[4]!),
    ...commandEntries(aggregates[5]!),
    section('policy', 'policy-section', RevisionPolicySchema, 'Revision policy section', L('Who reviews a revision and how often the policy is evaluated (SUP-3).', '修订的审核部门及制度评估周期（SUP-3）。', '修訂的審核部門及制度評估週期（SUP-3）。')),
    section('policy', 'policy', PolicySchema, 'Policy', L('The whole policy a company runs by: version, organisation and one section per domain.', '公司据以运行的完整制度：版本、组织以及每个业务域的一节。', '公司據以運行的完整制度：版本、組織以及每個業務域的一節。'), {
      version: L('The version every decision records (SUP-3), for example 2026.1.', '每项决策记录的版本（SUP-3），例如 2026.1。', '每項決策記錄的版本（SUP-3），例如 2026.1。'),
    }),
  ];
}

// Dates are ISO strings on the wire: were a `Date` left anywhere, it is written as one, not as a hole. An
// object that keeps fields it does not know (a directory entry from an HR system) says so with `true`.
function override(ctx: { zodSchema: z.core.$ZodTypes; jsonSchema: z.core.JSONSchema.BaseSchema }) {
  const def = ctx.zodSchema._zod.def;
  if (def.type === 'date') {
    ctx.jsonSchema.type = 'string';
    ctx.jsonSchema.format = 'date-time';
  }
  if (def.type === 'object' && def.catchall?._zod.def.type === 'unknown') ctx.jsonSchema.additionalProperties = true;
}

type Json = { [key: string]: unknown };

// Put a field's description on the property its path names (through nested objects; optional wrappers
// are already flattened by toJSONSchema).
function describeField(schema: Json, path: string, labels: Labels): void {
  let node: Json | undefined = schema;
  for (const key of path.split('.')) {
    const props = node?.['properties'] as Json | undefined;
    node = props?.[key] as Json | undefined;
  }
  if (!node) throw new Error(`no property ${path} to describe`);
  node['description'] = labels.en;
  node['x-description-zh-CN'] = labels['zh-CN'];
  node['x-description-zh-TW'] = labels['zh-TW'];
}

/** The JSON Schema of one entry. */
export function jsonSchemaOf(entry: SchemaEntry): Json {
  const schema = entry.schema.meta({
    title: entry.title,
    description: entry.description.en,
    'x-description-zh-CN': entry.description['zh-CN'],
    'x-description-zh-TW': entry.description['zh-TW'],
  });
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any', override }) as Json;
  for (const [path, labels] of Object.entries(entry.fields ?? {})) describeField(json, path, labels);
  return json;
}

export const fileOf = (entry: Pick<SchemaEntry, 'subpath' | 'name'>) => `${entry.subpath}/${entry.name}.schema.json`;

/** Every file under docs/schemas/ by path, the index included, as the text written. */
export function schemaFiles(): Record<string, string> {
  const entries = schemaEntries();
  const files: Record<string, string> = {};
  for (const e of entries) files[fileOf(e)] = `${JSON.stringify(jsonSchemaOf(e), null, 2)}\n`;
  const index = {
    $comment: 'Generated by `npm run docs:generate` from the zod schemas (scripts/schemas.ts); do not edit.',
    schemas: entries.map((e) => ({ subpath: e.subpath, kind: e.kind, name: e.name, file: fileOf(e), title: e.title })),
  };
  files['index.json'] = `${JSON.stringify(index, null, 2)}\n`;
  return files;
}
