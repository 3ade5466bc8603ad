import { aggregateKit, type Aggregate, type CommandTable, type CreateSpec, type CommandOf, type CreateCommandOf, type StepContext, type StepResult } from '../core/aggregate.js';
import { periodKeyOf } from '../core/period.js';
import type { Locale } from '../core/labels.js';
import { riskLevel, type RiskLevel } from '../core/risk-level.js';
import type { StoredRecord } from '../core/record.js';
import { wallClock } from '../core/zone.js';
import { conflict, fail, forbidden, invalidInput, issue, notAllowed, ok, words, type Result } from '../core/result.js';
import { holdsGrant, orgAccess, type OrgScope, type Requirement } from '../org/authorize.js';
import type { DecisionRight } from '../org/policy.js';
import type { CompliancePolicy } from '../compliance/index.js';
import { contentHash, selectChain } from './chain.js';
import { acceptedClause, assessItem, belowComputed, complianceNotes, effectiveRisk, findingNote, higherRisk } from './compliance.js';
import { contentMachine, type ContentMachine, type PlanNote } from './machine.js';
import type { contentPayloads } from './model.js';
import { contentPayloads as P, type ChainStage, type ContentCompliance, type ContentContext, type FindingAcceptance, type ReviewedContent } from './model.js';
import type { ContentPolicy } from './policy.js';
import { contentRecordType } from './record.js';

/**
 * What the content workflow reads of a policy: its version and time zone, the organisation, the content
 * section, and the compliance section (company rules, allow-list, levels) every submission is assessed
 * with (CMP-4). The whole `Policy` fits.
 *
 * @example
 * const scope: ContentScope = defaultPolicy;
 */
export interface ContentScope extends OrgScope {
  readonly version: string;
  readonly timeZone: string;
  readonly content: ContentPolicy;
  readonly compliance: CompliancePolicy;
}

const kit = aggregateKit<ContentMachine, ContentScope, Requirement>();
const rank = (level: string) => riskLevel.values.length - riskLevel.values.indexOf(level as never);

function currentStage(context: ContentContext): ChainStage | undefined {
  return context.chain?.stages[context.stageIndex];
}

// The stage's signers, as a decision right: who may sign (or reject at) the stage under review. Checked
// by the same organisation check as every other right (CW-3).
function stageRight(context: ContentContext): DecisionRight {
  const stage = currentStage(context);
  const id = stage?.id ?? '(none)';
  const labels = stage?.labels ?? { 'zh-CN': `「${id}」审核`, 'zh-TW': `「${id}」審核`, en: `Review stage "${id}"` };
  return {
    action: `content.review.${id}`,
    rule: 'CW-3',
    scope: stage?.sameDepartment ? 'own-department' : 'any',
    labels: { 'zh-CN': `签署${labels['zh-CN']}`, 'zh-TW': `簽署${labels['zh-TW']}`, en: `sign ${labels.en}` },
    grants: (stage?.signers ?? []).map((g) => ({ ...(g.department === undefined ? {} : { department: g.department }), ...(g.positions === undefined ? {} : { positions: [...g.positions] }) })) as DecisionRight['grants'],
  };
}

// A risk level lower than the one an item was submitted with.
function lowersRisk(context: ContentContext, command: { readonly riskLevel?: string | undefined }): boolean {
  return context.chain !== undefined && command.riskLevel !== undefined && rank(command.riskLevel) < rank(context.riskLevel);
}

// The reviewer's view was of another stage than the one under review now.
function otherStage(quoted: string, current: ChainStage) {
  return quoted === current.id
    ? undefined
    : conflict(
        words(
          `The item is at stage "${current.id}", not "${quoted}": it moved on since you looked; review the current stage`,
          `该内容已进入「${current.id}」环节，而非您审核的「${quoted}」，请按当前环节重新审核`,
          `該內容已進入「${current.id}」環節，而非您審核的「${quoted}」，請按目前環節重新審核`,
        ),
        { rule: 'CW-3' },
      );
}

function edited(context: ContentContext, command: { readonly [K in keyof ReviewedContent]?: ReviewedContent[K] | undefined }): ReviewedContent {
  const media = command.media ?? context.media;
  const sources = command.sources ?? context.sources;
  return {
    title: command.title ?? context.title,
    body: command.body ?? context.body,
    format: command.format ?? context.format,
    channel: command.channel ?? context.channel,
    tags: command.tags ?? context.tags,
    keywords: command.keywords ?? context.keywords,
    advertising: command.advertising ?? context.advertising,
    riskLevel: command.riskLevel ?? context.riskLevel,
    ...(media === undefined ? {} : { media }),
    ...(sources === undefined ? {} : { sources }),
    ...adFacts(command, context),
  };
}

// The advertising facts (CMP-2), kept once true, so an item that never had one stores and hashes as before.
// An edit that clears one stores false: the machine merges an edit into the context, and an omitted key
// would leave the old true standing.
type AdFacts = { readonly paidRanking?: boolean | undefined; readonly review?: boolean | undefined; readonly purchaseLink?: boolean | undefined };
function adFacts(command: AdFacts, context?: AdFacts): { paidRanking?: boolean; review?: boolean; purchaseLink?: boolean } {
  const out: { paidRanking?: boolean; review?: boolean; purchaseLink?: boolean } = {};
  for (const k of ['paidRanking', 'review', 'purchaseLink'] as const) {
    const v = command[k] ?? context?.[k];
    if (v === true || (v === false && context?.[k] !== undefined)) out[k] = v;
  }
  return out;
}

// CW-7: the week of this change, and for an item stored before plan histories were kept, its earlier date
// as set when it was created (the best the record knows). A clock or a creation date outside the years
// period keys spell is refused at `now` rather than recorded under a wrong week.
function planNote(info: { readonly now: Date; readonly policy: ContentScope; readonly context: ContentContext; readonly record: { readonly createdAt: string } }): Result<PlanNote> {
  const { now, policy, context, record } = info;
  const target = context.publishAt ?? context.plan.plannedAt;
  const planWeek = periodKeyOf(now, 'week', policy.timeZone);
  if (!planWeek.ok) return fail(invalidInput([issue(['now'], planWeek.error.messages, 'CW-7')], 'CW-7'));
  if (context.planHistory !== undefined || target === undefined) return ok({ planWeek: planWeek.value });
  const week = periodKeyOf(new Date(record.createdAt), 'week', policy.timeZone);
  if (!week.ok) return fail(invalidInput([issue(['now'], week.error.messages, 'CW-7')], 'CW-7'));
  return ok({ planWeek: planWeek.value, planSince: { at: record.createdAt, week: week.value, target } });
}

// An instant as the policy's wall clock, for messages: `2026-03-09 10:00 (Asia/Shanghai)`.
function local(iso: string, timeZone: string): string {
  const t = wallClock(new Date(iso), timeZone);
  const p2 = (n: number) => String(n).padStart(2, '0');
  return `${t.year}-${p2(t.month)}-${p2(t.day)} ${p2(t.hour)}:${p2(t.minute)} (${timeZone})`;
}

function planOf(plan: { readonly [K in 'theme' | 'form' | 'audience' | 'expectedEffect']?: string | undefined } & { readonly plannedAt?: Date | undefined }): ContentContext['plan'] {
  const out: { -readonly [K in keyof ContentContext['plan']]: string } = {};
  for (const k of ['theme', 'form', 'audience', 'expectedEffect'] as const) {
    const v = plan[k];
    if (v !== undefined) out[k] = v;
  }
  if (plan.plannedAt) out.plannedAt = plan.plannedAt.toISOString();
  return out;
}

const emergencyTakedownRefused = (state: string, accepts: readonly string[]) =>
  notAllowed(
    state,
    accepts,
    words(
      'Before publication an item can only be taken down in an emergency, and only where the policy allows it',
      '发布前仅可在紧急情况下下架，且须制度允许',
      '發布前僅可在緊急情況下下架，且須制度允許',
    ),
    'CW-9',
  );

const commands = {
  'update-plan': kit.command({
    schema: P['update-plan'],
    rule: 'CW-1',
    right: 'content.plan',
    decide: (info) => {
      const note = planNote(info);
      return note.ok ? ok({ plan: planOf(info.command.plan), ...note.value }) : note;
    },
  }),
  'start-creation': kit.command({
    schema: P['start-creation'],
    rule: 'CW-1',
    right: 'content.plan',
    decide: ({ context }) => {
      const missing = (['theme', 'form', 'audience', 'expectedEffect'] as const).filter((k) => !context.plan[k]);
      if (missing.length === 0) return ok({});
      return fail(
        invalidInput(
          missing.map((k) => issue(['plan', k], words('the plan needs this before creation starts', '开始创作前须先在策划中填写此项', '開始創作前須先在策劃中填寫此項'), 'CW-1')),
          'CW-1',
        ),
      );
    },
  }),
  edit: kit.command({
    schema: P.edit,
    rule: 'CW-1',
    // CW-3: once an item has been submitted, its risk level (which picks the chain) is lowered only by
    // legal, as a change of its own; any other edit is its department's.
    right: ({ command, context }) => (lowersRisk(context, command) ? 'content.lower-risk' : 'content.plan'),
    contributes: true,
    decide: (info) => {
      const { command, context, policy, state } = info;
      const next = edited(context, command);
      const hash = contentHash(next);
      if (hash === context.hash) {
        return fail(invalidInput([issue([], words('the edit changes nothing that reviewers see', '此次修改未改变审核人所见的任何内容', '此次修改未改變審核人所見的任何內容'), 'CW-5')], 'CW-5'));
      }
      if (lowersRisk(context, command) && contentHash({ ...next, riskLevel: context.riskLevel }) !== context.hash) {
        return fail(
          invalidInput(
            [issue(['riskLevel'], words('lowering the risk level is a change of its own: send it without other changes', '降低风险等级须单独提交，不得与其他修改合并', '降低風險等級須單獨提交，不得與其他修改合併'), 'CW-3')],
            'CW-3',
          ),
        );
      }
      // CMP-4: an edit that restarts review is assessed as a submission is, and raises the item's level to
      // the computed one; a level set by the edit may never be below it (whoever sets it).
      const restarts = state !== 'creation';
      let changes = next;
      let compliance: ContentCompliance | undefined;
      if (restarts || command.riskLevel !== undefined) {
        const assessed = assessItem(next, context.compliance?.accepted ?? [], policy, info.now);
        if (!assessed.ok) return assessed;
        if (command.riskLevel !== undefined && higherRisk(assessed.value.level, command.riskLevel)) return fail(belowComputed(command.riskLevel, assessed.value, policy.compliance));
        compliance = assessed.value;
        if (restarts) changes = { ...next, riskLevel: effectiveRisk(next.riskLevel, assessed.value.level) };
      }
      const chain = selectChain(policy, changes.channel, changes.riskLevel);
      if (!chain.ok) return chain;
      const note = planNote(info);
      if (!note.ok) return note;
      return ok({
        changes,
        hash: changes === next ? hash : contentHash(changes),
        ...(restarts ? { chain: chain.value } : {}),
        ...(compliance ? { compliance } : {}),
        ...(command.reason ? { reason: command.reason } : {}),
        ...note.value,
      });
    },
    rules: ({ context, command }) => [...(context.signatures.length > 0 ? ['CW-5'] : []), ...(lowersRisk(context, command) ? ['CW-3'] : [])],
    // An edit that was assessed says what the assessment found; the previous one is in the earlier entry.
    notes: ({ context, next }) => (next.context.compliance && next.context.compliance !== context.compliance ? complianceNotes(next.context.compliance) : []),
  }),
  submit: kit.command({
    schema: P.submit,
    rule: 'CW-1',
    right: 'content.plan',
    contributes: true,
    decide: ({ context, policy, now }) => {
      const missing = [
        ...(context.title.trim() ? [] : [issue(['title'], words('a title is required before review', '提交审核前须填写标题', '提交審核前須填寫標題'), 'CW-1')]),
        ...(context.body.trim() ? [] : [issue(['body'], words('a body is required before review', '提交审核前须填写正文', '提交審核前須填寫正文'), 'CW-1')]),
      ];
      if (missing.length > 0) return fail(invalidInput(missing, 'CW-1'));
      // CMP-4: the assessment at the host's clock; the higher of the author's and the computed level picks
      // the chain (CW-3). Raising the level changes what reviewers see, so the hash follows it.
      const assessed = assessItem(context, context.compliance?.accepted ?? [], policy, now);
      if (!assessed.ok) return assessed;
      const riskLevel = effectiveRisk(context.riskLevel, assessed.value.level);
      const chain = selectChain(policy, context.channel, riskLevel);
      if (!chain.ok) return chain;
      const hash = riskLevel === context.riskLevel ? context.hash : contentHash({ ...edited(context, {}), riskLevel });
      return ok({ chain: chain.value, compliance: assessed.value, riskLevel, hash });
    },
    rules: () => ['CMP-4'],
    notes: ({ next }) => (next.context.compliance ? complianceNotes(next.context.compliance) : []),
  }),
  'accept-finding': kit.command({
    schema: P['accept-finding'],
    rule: 'CMP-4',
    right: 'content.accept-finding',
    decide: ({ command, context, actor, record, policy, now, at }) => {
      // CW-4: whoever wrote or edited the item does not excuse its findings; the reviewer does.
      if (record.contributors.includes(actor.id)) {
        return fail(
          forbidden(
            'CW-4',
            words(
              'Who wrote or edited an item may not accept its compliance findings',
              '内容的作者或修改人不得接受其合规审查发现',
              '內容的作者或修改人不得接受其合規審查發現',
            ),
          ),
        );
      }
      if (command.hash !== context.hash) {
        return fail(conflict(words('The content changed after you viewed it: review the current version (its hash differs)', '内容在您查看后已被修改，请审核最新版本', '內容在您查看後已被修改，請審核最新版本'), { rule: 'CW-5' }));
      }
      const finding = context.compliance?.findings.find((f) => f.key === command.finding);
      const already = context.compliance?.accepted.some((x) => x.key === command.finding);
      if (!finding || already) {
        const why = already
          ? words('this finding is already accepted', '该发现已被接受', '該發現已被接受')
          : words(`"${command.finding}" is not a finding of the item's assessment (see reviewSheet)`, `「${command.finding}」不是该内容审查结果中的发现`, `「${command.finding}」不是該內容審查結果中的發現`);
        return fail(invalidInput([issue(['finding'], why, 'CMP-4')], 'CMP-4'));
      }
      const acceptance: FindingAcceptance = { key: finding.key, rule: finding.rule, text: finding.text, reason: command.reason, actorId: actor.id, at, hash: context.hash, clause: acceptedClause(context, finding) };
      // The computed level is recomputed without the accepted finding; the item's level and hash stay.
      const assessed = assessItem(context, [...context.compliance!.accepted, acceptance], policy, now);
      if (!assessed.ok) return assessed;
      // The policy may have changed since the item was assessed (its rules, its levels). An acceptance the
      // assessment under it does not keep would be audited but not applied; a level it computes above the
      // item's would leave the item on a chain below its computed level. Either needs a new assessment,
      // which an edit or a resubmission makes.
      const was = context.compliance!.policyVersion;
      if (!assessed.value.accepted.some((x) => x.key === finding.key)) {
        return fail(
          conflict(
            words(
              `Under policy ${policy.version} the assessment no longer makes finding "${finding.key}" (the item was assessed under ${was}): return the item to creation so that it is assessed again`,
              `按制度 ${policy.version} 审查已不再得出发现「${finding.key}」（该内容按 ${was} 审查）：请退回修改后重新提交审查`,
              `按制度 ${policy.version} 審查已不再得出發現「${finding.key}」（該內容按 ${was} 審查）：請退回修改後重新提交審查`,
            ),
            { rule: 'CMP-4' },
          ),
        );
      }
      if (higherRisk(assessed.value.level, context.riskLevel)) {
        const l = (x: RiskLevel, locale: Locale) => riskLevel.label(x, locale);
        return fail(
          conflict(
            words(
              `Under policy ${policy.version} the findings set the risk level to ${l(assessed.value.level, 'en')}, above the item's ${l(context.riskLevel, 'en')} (assessed under ${was}): return the item to creation so that it is assessed again and reviewed on the right chain`,
              `按制度 ${policy.version} 审查，风险等级应为「${l(assessed.value.level, 'zh-CN')}」，高于该内容的「${l(context.riskLevel, 'zh-CN')}」（按 ${was} 审查）：请退回修改后重新提交，按相应审核链审核`,
              `按制度 ${policy.version} 審查，風險等級應為「${l(assessed.value.level, 'zh-TW')}」，高於該內容的「${l(context.riskLevel, 'zh-TW')}」（按 ${was} 審查）：請退回修改後重新提交，按相應審核鏈審核`,
            ),
            { rule: 'CMP-4' },
          ),
        );
      }
      const explanation = findingNote(finding).messages;
      return ok({ compliance: assessed.value, finding: finding.key, explanation, reason: command.reason });
    },
    // The accepted finding, then the level without it.
    notes: ({ command, context, next }) => {
      const f = context.compliance?.findings.find((x) => x.key === command.finding);
      return [...(f ? [findingNote(f)] : []), ...(next.context.compliance ? complianceNotes(next.context.compliance).slice(0, 1) : [])];
    },
  }),
  approve: kit.command({
    schema: P.approve,
    rule: 'CW-3',
    right: ({ context }) => stageRight(context),
    signs: ({ context }) => ({ stage: currentStage(context)?.id ?? '', signatures: context.signatures }),
    decide: ({ command, context, actor }): Result<Record<string, unknown>> => {
      const stage = currentStage(context);
      if (!stage) return fail(invalidInput([issue([], words('the item has no stage under review', '该内容没有待审环节', '該內容沒有待審環節'), 'CW-3')], 'CW-3'));
      const moved = otherStage(command.stage, stage);
      if (moved) return fail(moved);
      if (command.hash !== context.hash) {
        return fail(
          conflict(
            words(
              'The content changed after you viewed it: review the current version (its hash differs)',
              '内容在您查看后已被修改，请审核最新版本',
              '內容在您查看後已被修改，請審核最新版本',
            ),
            { rule: 'CW-5' },
          ),
        );
      }
      if (stage.quorum.kind !== 'any' && stage.quorum.actorIds && !stage.quorum.actorIds.includes(actor.id)) {
        return fail(
          forbidden(
            'CW-3',
            words(`Stage "${stage.id}" is signed only by ${stage.quorum.actorIds.join(', ')}`, `「${stage.id}」仅限指定人员签署`, `「${stage.id}」僅限指定人員簽署`),
          ),
        );
      }
      return ok({ stage: stage.id, hash: command.hash, ...(command.comment ? { comment: command.comment } : {}) });
    },
    rules: () => ['CW-4'],
  }),
  reject: kit.command({
    schema: P.reject,
    rule: 'CW-5',
    right: ({ context }) => stageRight(context),
    decide: ({ command, context }) => {
      const stage = currentStage(context);
      const moved = stage && otherStage(command.stage, stage);
      return moved ? fail(moved) : ok({ stage: stage?.id ?? '', reason: command.reason });
    },
  }),
  schedule: kit.command({
    schema: P.schedule,
    rule: 'CW-7',
    right: 'content.publish',
    decide: (info) => {
      if (info.command.publishAt.getTime() < info.now.getTime()) return fail(invalidInput([issue(['publishAt'], words('must not be in the past', '排期时间不能早于当前时间', '排期時間不能早於當前時間'), 'CW-7')], 'CW-7'));
      const note = planNote(info);
      return note.ok ? ok({ publishAt: info.command.publishAt.toISOString(), ...note.value }) : note;
    },
  }),
  unschedule: kit.command({ schema: P.unschedule, rule: 'CW-7', right: 'content.publish', decide: (info) => {
    const note = planNote(info);
    return note.ok ? ok({ ...note.value }) : note;
  } }),
  publish: kit.command({
    schema: P.publish,
    rule: 'CW-2',
    right: 'content.publish',
    decide: ({ command, context, now, policy }) => {
      // CW-6: a scheduled item goes out at its time, by the host's clock, unless the policy allows earlier.
      if (context.publishAt !== undefined && now.getTime() < Date.parse(context.publishAt) && !policy.content.earlyPublication) {
        const when = local(context.publishAt, policy.timeZone);
        return fail(
          invalidInput(
            [
              issue(
                ['publishAt'],
                words(
                  `the item is scheduled for ${when}; the policy does not allow publishing it earlier (reschedule it first)`,
                  `该内容排期于 ${when} 发布，制度不允许提前发布（如需提前请先调整排期）`,
                  `該內容排期於 ${when} 發布，制度不允許提前發布（如需提前請先調整排期）`,
                ),
                'CW-6',
              ),
            ],
            'CW-6',
          ),
        );
      }
      return ok({ externalId: command.externalId, policyVersion: policy.version, ...(command.url ? { url: command.url } : {}) });
    },
    refused: () =>
      forbidden('CW-2', words('Not every review stage has approved the current content', '当前版本尚未通过全部审核环节，不得发布', '當前版本尚未通過全部審核環節，不得發布')),
    rules: () => ['CW-6'],
  }),
  'record-metrics': kit.command({
    schema: P['record-metrics'],
    rule: 'CW-1',
    right: 'content.monitor',
    decide: ({ command, context, now, policy }) => {
      const observed = command.observedAt ?? now;
      const published = context.publication ? Date.parse(context.publication.at) : Number.POSITIVE_INFINITY;
      const latest = context.metrics[context.metrics.length - 1];
      const bad = (en: string, zhCN: string, zhTW: string) => fail(invalidInput([issue(['observedAt'], words(en, zhCN, zhTW), 'CW-1')], 'CW-1'));
      if (observed.getTime() > now.getTime()) return bad('metrics cannot be observed in the future', '监测时间不能晚于当前时间', '監測時間不能晚於當前時間');
      if (observed.getTime() < published) return bad('metrics cannot be observed before publication', '监测时间不能早于发布时间', '監測時間不能早於發布時間');
      if (latest && observed.getTime() < Date.parse(latest.at)) return bad('metrics cannot be older than the latest snapshot', '监测时间不能早于上一次监测', '監測時間不能早於上一次監測');
      const week = periodKeyOf(observed, 'week', policy.timeZone);
      const month = periodKeyOf(observed, 'month', policy.timeZone);
      if (!week.ok || !month.ok) return bad('must fall in the years 0000–9999', '须在 0000–9999 年之间', '須在 0000–9999 年之間');
      return ok({ metrics: command.metrics, observedAt: observed.toISOString(), week: week.value, month: month.value });
    },
  }),
  archive: kit.command({ schema: P.archive, rule: 'CW-1', right: 'content.publish' }),
  withdraw: kit.command({
    schema: P.withdraw,
    rule: 'CW-9',
    right: ['content.withdraw-own', 'content.withdraw'],
    decide: ({ command }) => ok({ reason: command.reason }),
  }),
  takedown: kit.command({
    schema: P.takedown,
    rule: 'CW-9',
    right: 'content.takedown',
    decide: ({ command, policy }) =>
      ok({ reason: command.reason, emergency: command.emergency, emergencyAllowed: policy.content.emergencyTakedown, ...(command.cause ? { cause: command.cause } : {}) }),
    refused: ({ state, snapshot }) => emergencyTakedownRefused(state, snapshot.matches('planning') || snapshot.matches('creation') ? ['cancel'] : []),
  }),
  cancel: kit.command({
    schema: P.cancel,
    rule: 'CW-9',
    right: ['content.withdraw-own', 'content.withdraw'],
    decide: ({ command }) => ok({ reason: command.reason }),
  }),
};

const create = kit.create({
  schema: P.create,
  rule: 'CW-1',
  right: 'content.plan',
  decide: ({ command, actor, policy, now }) => {
    // An item belongs to its author's home department, whose editor and head review it (CW-3). A right
    // held only through another body (memberOf) would create an item no one in its department may review.
    const plan = policy.org.rights.find((r) => r.action === 'content.plan');
    const home = { id: actor.id, department: actor.department, positions: actor.positions };
    if (plan && !plan.grants.some((g) => holdsGrant(home, g))) {
      return fail(
        forbidden(
          'CW-1',
          words(
            `${actor.id} plans content only through another body; items belong to the author's own department (${actor.department}), which may not create content`,
            `${actor.id} 仅通过兼任机构享有内容策划权限；内容归属作者本部门（${actor.department}），该部门不能创建内容`,
            `${actor.id} 僅通過兼任機構享有內容策劃權限；內容歸屬作者本部門（${actor.department}），該部門不能建立內容`,
          ),
        ),
      );
    }
    const chain = selectChain(policy, command.channel, command.riskLevel);
    if (!chain.ok) return chain;
    const content: ReviewedContent = {
      title: command.title,
      body: command.body,
      format: command.format,
      channel: command.channel,
      tags: command.tags,
      keywords: command.keywords,
      advertising: command.advertising,
      riskLevel: command.riskLevel,
      ...(command.media === undefined ? {} : { media: command.media }),
      ...(command.sources === undefined ? {} : { sources: command.sources }),
      ...adFacts(command),
    };
    const planned = planOf(command.plan);
    const week = periodKeyOf(now, 'week', policy.timeZone);
    if (!week.ok) return fail(invalidInput([issue(['now'], week.error.messages, 'CW-7')], 'CW-7'));
    const planHistory = planned.plannedAt ? [{ at: now.toISOString(), week: week.value, target: planned.plannedAt }] : [];
    return ok({ ...content, authorId: actor.id, department: actor.department, plan: planned, hash: contentHash(content), planHistory });
  },
});

/**
 * The type of {@link contentAggregate}: the record kind's machine, scope and decision rights, with its command
 * table typed from `contentPayloads`. Named, so that signatures and the docs refer to it instead of spelling it out.
 *
 * @example
 * const a: ContentAggregate = contentAggregate;
 * contentAggregate.kind //=> 'content-item'
 */
export type ContentAggregate = Aggregate<ContentMachine, ContentScope, Requirement, CommandTable<ContentMachine, ContentScope, Requirement, Omit<typeof contentPayloads, 'create'>>, CreateSpec<ContentMachine, ContentScope, Requirement, (typeof contentPayloads)['create']>>;

/**
 * The content-item aggregate (CW-1..CW-9): one table entry per command, on the domain kit.
 *
 * @example
 * contentAggregate.kind //=> 'content-item'
 */
export const contentAggregate: ContentAggregate = kit.define({
  type: contentRecordType,
  machine: contentMachine,
  access: orgAccess,
  commands,
  create,
  owner: (context) => context.department,
  // Audit entries and refusals name the stage under review: `review:legal`.
  stateName: (state, context) => (state === 'review' ? `review:${currentStage(context)?.id ?? '?'}` : state),
  separationRule: 'CW-4',
});

/**
 * Every command a content item takes, as a union keyed on `type`, for hosts writing commands in
 * TypeScript. Who acts is never part of it: it comes from the step's context.
 *
 * @example
 * const c: ContentCommand = { id: 'req-9', type: 'approve', stage: item.stage, hash: item.hash };
 */
export type ContentCommand = CommandOf<typeof contentAggregate>;

/**
 * The command that creates a content item in planning (CW-1).
 *
 * @example
 * const c: CreateContentCommand = { id: 'req-1', type: 'create', format: 'text', channel: 'weibo', riskLevel: 'low', title: '新品' };
 */
export type CreateContentCommand = CreateCommandOf<typeof contentAggregate>;

/**
 * Apply one command to a stored content item (CW-1..CW-9): validate, identify the actor the host
 * authenticated, check the item's state can take it, authorise (decision rights, stage signers,
 * separation of duties), decide, transition, and return the new record with effects and an audit entry,
 * or a typed refusal naming the rule.
 *
 * @example
 * const r = contentStep(record, { id: 'req-9', type: 'approve', stage: 'legal', hash: item.hash }, { policy, actor: 'u-legal', directory, now });
 * r.ok && !r.replayed && r.audit.to //=> 'approved'
 * if (!r.ok) return reply(httpStatusOf(r.error), r.error);
 */
export function contentStep(record: StoredRecord, command: ContentCommand, ctx: StepContext<ContentScope>): StepResult<ContentContext> {
  return contentAggregate.step(record, command, ctx);
}

/**
 * Create a content item in planning (revision 1). The acting person becomes its author and their
 * department its owner.
 *
 * @example
 * const r = createContentItem('post-1', { id: 'req-1', type: 'create', format: 'text', channel: 'weibo', riskLevel: 'low', title: '新品' }, ctx);
 * r.ok && r.record.createdBy //=> ctx.actor
 */
export function createContentItem(recordId: string, command: CreateContentCommand, ctx: StepContext<ContentScope>): StepResult<ContentContext> {
  return contentAggregate.create(recordId, command, ctx);
}
