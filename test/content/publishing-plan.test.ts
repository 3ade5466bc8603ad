import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { StoredRecord } from '../../src/core/index.js';
import { periodKeyOf } from '../../src/core/index.js';
import { ContentPolicySchema, contentPolicyProblems, contentStep, createContentItem, notePlanChange, planSlip, publishingCalendar, weeklyReview, type ContentCommand } from '../../src/content/index.js';
import { defaultOrg } from '../../src/org/index.js';
import { defaultPolicy, parsePolicy, type Policy } from '../../src/policy/index.js';
import { as, type Person } from '../support/people.js';
import { apply, approvedItem, context, now, people, plan, refuse, view } from './helpers.js';

// A week key of an instant the test built itself: always there.
const keyOf = (r: ReturnType<typeof periodKeyOf>): string => {
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};

const policyWith = (content: Partial<Policy['content']>): Policy => {
  const r = parsePolicy({ ...defaultPolicy, version: '2026.1-test', content: { ...defaultPolicy.content, ...content } });
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};

function create(id: string, when: string, overrides: Record<string, unknown> = {}): StoredRecord {
  const r = createContentItem(
    id,
    { id: `${id}-create`, type: 'create', format: 'text', channel: 'weibo', riskLevel: 'low', title: `标题 ${id}`, body: '正文', plan, ...overrides } as never,
    as(people.author, new Date(when)),
  );
  if (!r.ok) throw new Error(r.error.message);
  return r.record;
}
const step = (record: StoredRecord, by: Person, command: Record<string, unknown>, when: string) => apply(record, by, command, defaultPolicy, new Date(when));

/** Created at `created` with a plan date, reviewed and approved the same moment (Weibo: editor → head → legal). */
function approved(id: string, created: string, plannedAt?: string): StoredRecord {
  let item = create(id, created, { plan: { ...plan, ...(plannedAt ? { plannedAt } : {}) } });
  item = step(step(item, people.author, { type: 'start-creation' }, created), people.author, { type: 'submit' }, created);
  for (const by of [people.editor, people.marketingHead, people.legal]) item = step(item, by, { type: 'approve', stage: view(item).stage!, hash: context(item).hash }, created);
  return item;
}

describe('CW-6: publishing waits for its scheduled time', () => {
  it('CW-6: a scheduled item is not published before its publishAt by the host clock; the refusal names the rule and the field, and a claimed time changes nothing', () => {
    // S2 内容发布.2 按照预定的发布计划进行内容推送
    const scheduled = apply(approvedItem(), people.editor, { type: 'schedule', publishAt: '2026-03-03T01:00:00Z' });
    const e = refuse(scheduled, people.editor, { type: 'publish', externalId: 'wb-1' });
    expect(e).toMatchObject({ code: 'invalid-input', rule: 'CW-6' });
    expect(e.code === 'invalid-input' && e.issues.map((i) => [i.path.join('.'), i.rule])).toEqual([['publishAt', 'CW-6']]);
    // The time is shown on the policy's wall clock: 01:00 UTC is 09:00 in Shanghai.
    expect(e.messages['zh-CN']).toContain('2026-03-03 09:00 (Asia/Shanghai)');
    // The client's claimed time is recorded, never used to decide.
    expect(refuse(scheduled, people.editor, { type: 'publish', externalId: 'wb-1', at: '2026-03-04T00:00:00Z' }).rule).toBe('CW-6');
    const oneMsEarly = contentStep(scheduled, { id: 'early', type: 'publish', externalId: 'wb-1' } as ContentCommand, as(people.editor, new Date('2026-03-03T00:59:59.999Z')));
    expect(!oneMsEarly.ok && oneMsEarly.error.rule).toBe('CW-6');
    const onTime = apply(scheduled, people.editor, { type: 'publish', externalId: 'wb-1' }, defaultPolicy, new Date('2026-03-03T01:00:00Z'));
    expect(view(onTime).state).toBe('published');
    expect(context(onTime).publication?.at).toBe('2026-03-03T01:00:00.000Z');
  });

  it('CW-6: early publication is a policy flag, off by default; an approved item with no schedule publishes when it is published', () => {
    // S2 内容发布.2 按照预定的发布计划进行内容推送
    expect(defaultPolicy.content.earlyPublication).toBe(false);
    const { earlyPublication: _omitted, ...older } = defaultPolicy.content;
    expect(ContentPolicySchema.parse(older).earlyPublication).toBe(false);
    const early = policyWith({ earlyPublication: true });
    const scheduled = apply(approvedItem(), people.editor, { type: 'schedule', publishAt: '2026-03-03T01:00:00Z' }, early);
    expect(view(apply(scheduled, people.editor, { type: 'publish', externalId: 'wb-1' }, early)).state).toBe('published');
    expect(view(apply(approvedItem(), people.editor, { type: 'publish', externalId: 'wb-2' })).state).toBe('published');
  });
});

describe('CW-7: publishing windows and the weekly plan', () => {
  it('CW-7: the calendar flags items scheduled or planned outside the channel windows, on the policy wall clock, and shows the advertising flag', () => {
    // S2 内容发布.2 选择用户活跃度较高的时间段发布
    const outside = apply(approvedItem(), people.editor, { type: 'schedule', publishAt: '2026-03-04T02:00:00Z' }); // Wed 10:00 Shanghai: Weibo's 08:00–10:00 window has ended
    const inside = create('ad', '2026-03-02T01:00:00Z', { advertising: true, plan: { ...plan, plannedAt: '2026-03-04T00:30:00Z' } }); // Wed 08:30 in Shanghai, 00:30 in UTC
    const unwindowed = create('dy', '2026-03-02T01:00:00Z', { channel: 'douyin', plan: { ...plan, plannedAt: '2026-03-05T00:00:00Z' } }); // Thu 08:00: Douyin starts at 12:00
    const r = publishingCalendar([outside, inside, unwindowed], '2026-W10', defaultPolicy);
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.outsideWindows).toEqual([
      { date: '2026-03-04', channel: 'weibo', recordId: 'post-1', at: '2026-03-04T02:00:00.000Z', kind: 'scheduled' },
      { date: '2026-03-05', channel: 'douyin', recordId: 'dy', at: '2026-03-05T00:00:00.000Z', kind: 'planned' },
    ]);
    expect(r.value.days[2]!.entries.map((e) => [e.recordId, e.advertising])).toEqual([['ad', true], ['post-1', false]]);
    // The same instants on a UTC wall clock: 00:30 is before Weibo's first window.
    const utc = publishingCalendar([outside, inside, unwindowed], '2026-W10', { ...defaultPolicy, timeZone: 'UTC' });
    expect(utc.ok && utc.value.outsideWindows.map((o) => o.recordId)).toEqual(['ad', 'post-1', 'dy']);
    // A channel without windows accepts every hour.
    const open = policyWith({ channels: defaultPolicy.content.channels.map(({ publishingWindows: _w, ...c }) => c) });
    const none = publishingCalendar([outside, inside, unwindowed], '2026-W10', open);
    expect(none.ok && none.value.outsideWindows).toEqual([]);
  });

  it('CW-7: windows are policy data; a window that ends before it starts is refused, overlapping windows and repeated weekdays are policy problems', () => {
    // S2 内容发布.2 选择用户活跃度较高的时间段发布
    const weibo = defaultPolicy.content.channels.find((c) => c.id === 'weibo')!;
    const backwards = ContentPolicySchema.safeParse({ ...defaultPolicy.content, channels: [{ ...weibo, publishingWindows: [{ from: '22:00', to: '08:00' }] }] });
    expect(backwards.success).toBe(false);
    expect(backwards.error?.issues[0]?.path).toEqual(['channels', 0, 'publishingWindows', 0, 'to']);
    expect(ContentPolicySchema.safeParse({ ...defaultPolicy.content, channels: [{ ...weibo, publishingWindows: [{ from: '25:00', to: '26:00' }] }] }).success).toBe(false);
    const overlapping = { ...defaultPolicy.content, channels: [{ ...weibo, publishingWindows: [{ from: '20:00', to: '23:00' }, { from: '08:00', to: '10:00' }, { from: '22:00', to: '24:00' }], plannedWeekdays: [1, 1] }] };
    expect(contentPolicyProblems(ContentPolicySchema.parse(overlapping), defaultOrg).filter((p) => p.message.startsWith('CW-7'))).toEqual([
      { path: ['channels', 0, 'publishingWindows', 2], message: 'CW-7: window 22:00–24:00 overlaps 20:00–23:00' },
      { path: ['channels', 0, 'plannedWeekdays'], message: 'CW-7: a weekday appears twice' },
    ]);
    expect(contentPolicyProblems(defaultPolicy.content, defaultOrg)).toEqual([]);
  });

  it('CW-7: the weekly review lists per channel what was planned before the week began, what was published, what slipped and what was added unplanned', () => {
    // S4 §3.3 微信公众号、APP的内容更新需提前编制周计划，查找工作存在的问题，以便在新一周的工作中有所改进
    // Week 2026-W11 runs Monday 2026-03-09 00:00 to Sunday 24:00 in Shanghai (from 2026-03-08T16:00Z).
    const onPlan = step(step(approved('on-plan', '2026-03-02T01:00:00Z', '2026-03-10T02:00:00Z'), people.editor, { type: 'schedule', publishAt: '2026-03-10T02:00:00Z' }, '2026-03-05T01:00:00Z'), people.editor, { type: 'publish', externalId: 'a' }, '2026-03-10T02:00:00Z');
    const missed = create('missed', '2026-03-02T01:00:00Z', { plan: { ...plan, plannedAt: '2026-03-11T02:00:00Z' } });
    const late = step(step(approved('late', '2026-03-02T01:00:00Z', '2026-03-12T02:00:00Z'), people.editor, { type: 'schedule', publishAt: '2026-03-12T02:00:00Z' }, '2026-03-06T01:00:00Z'), people.editor, { type: 'publish', externalId: 'c' }, '2026-03-13T02:00:00Z');
    const added = create('added', '2026-03-10T01:00:00Z', { advertising: true, plan: { ...plan, plannedAt: '2026-03-11T12:00:00Z' } });
    // Planned for the next week, then pulled into this one after it began: an unplanned addition.
    const pulled = step(step(approved('pulled', '2026-03-02T01:00:00Z', '2026-03-17T02:00:00Z'), people.editor, { type: 'schedule', publishAt: '2026-03-12T04:00:00Z' }, '2026-03-10T01:00:00Z'), people.editor, { type: 'publish', externalId: 'e' }, '2026-03-12T04:00:00Z');
    // Planned into the week, moved out of it before it began: neither planned nor published in it.
    const movedOut = step(create('moved-out', '2026-03-02T01:00:00Z', { plan: { ...plan, plannedAt: '2026-03-11T02:00:00Z' } }), people.author, { type: 'update-plan', plan: { plannedAt: '2026-03-18T02:00:00Z' } }, '2026-03-06T01:00:00Z');
    const app = create('app-1', '2026-03-02T01:00:00Z', { channel: 'app', plan: { ...plan, plannedAt: '2026-03-09T01:00:00Z' } });
    const r = weeklyReview([onPlan, missed, late, added, pulled, movedOut, app, { ...onPlan, id: 'broken', revision: -1 }], '2026-W11', defaultPolicy);
    if (!r.ok) throw new Error(r.error.message);
    const weibo = r.value.channels.find((c) => c.channel === 'weibo')!;
    const ids = (l: ReadonlyArray<{ recordId: string }>) => l.map((i) => i.recordId);
    expect(weibo.weeklyPlan).toBe(false);
    expect(ids(weibo.planned)).toEqual(['on-plan', 'missed', 'late']);
    expect(ids(weibo.published)).toEqual(['on-plan', 'pulled', 'late']);
    expect(weibo.slipped.map((s) => [s.recordId, s.slip])).toEqual([['missed', 'not-published'], ['late', 'published-late']]);
    expect(ids(weibo.unplanned)).toEqual(['added', 'pulled']);
    expect(weibo.unplanned[0]).toEqual({ recordId: 'added', title: '标题 added', state: 'planning', advertising: true, dueAt: '2026-03-11T12:00:00.000Z' });
    expect(weibo.planned[2]).toMatchObject({ plannedAt: '2026-03-12T02:00:00.000Z', publishedAt: '2026-03-13T02:00:00.000Z' });
    const appWeek = r.value.channels.find((c) => c.channel === 'app')!;
    expect(appWeek).toMatchObject({ weeklyPlan: true, published: [], unplanned: [] });
    expect(appWeek.slipped.map((s) => [s.recordId, s.slip])).toEqual([['app-1', 'not-published']]);
    expect(r.value.channels.map((c) => c.channel)).toEqual(defaultPolicy.content.channels.map((c) => c.id));
    expect(r.value.unreadable).toEqual(['broken']);
    expect(planSlip.label('published-late', 'zh-TW')).toBe('延遲發布');
    // The week before, the plan for W11 was not yet due: nothing of it shows in W10.
    const w10 = weeklyReview([onPlan, missed, late], '2026-W10', defaultPolicy);
    expect(w10.ok && w10.value.channels.every((c) => c.planned.length === 0 && c.slipped.length === 0)).toBe(true);
    const bad = weeklyReview([], '2026-11', defaultPolicy);
    expect(!bad.ok && bad.error.code === 'invalid-input' && bad.error.issues[0]).toMatchObject({ path: ['week'], rule: 'CW-7' });
  });

  it('CW-7: the plan history keeps one change per week, in time order, bounded, ending at the current date', () => {
    // S4 §3.3 需提前编制周计划
    const day = 86_400_000;
    const base = Date.parse('2026-01-05T00:00:00Z');
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 6 }), fc.option(fc.integer({ min: 0, max: 400 }), { nil: undefined })), { maxLength: 60 }), (changes) => {
        let history: ReturnType<typeof notePlanChange> = [];
        let t = base;
        let target: string | undefined;
        for (const [gap, days] of changes) {
          t += gap * day + 1000;
          target = days === undefined ? undefined : new Date(base + days * day).toISOString();
          const at = new Date(t);
          history = notePlanChange({ plan: target ? { plannedAt: target } : {}, planHistory: history }, { at: at.toISOString(), planWeek: keyOf(periodKeyOf(at, 'week', 'Asia/Shanghai')) });
        }
        const weeks = history.map((h) => h.week);
        expect(new Set(weeks).size).toBe(weeks.length);
        expect(history.every((h, i) => i === 0 || Date.parse(h.at) > Date.parse(history[i - 1]!.at))).toBe(true);
        expect(history.length).toBeLessThanOrEqual(104);
        expect(history[history.length - 1]?.target).toBe(history.length === 0 ? undefined : target);
      }),
      { numRuns: 60 },
    );
  }, 30_000);
});
