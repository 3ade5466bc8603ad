import { describe, expect, it } from 'vitest';
import type { StoredRecord } from '../../src/core/index.js';
import { contentReport, contentStep, dueForPublishing, publishingCalendar, reviewDeadlines, staleApprovals } from '../../src/content/index.js';
import { approvedItem, context, ctx, newItem, run, staff } from './helpers.js';

const at = (iso: string) => ({ ...ctx, now: new Date(iso) });

function step(record: StoredRecord, command: Record<string, unknown>, when: string): StoredRecord {
  const r = contentStep(record, { id: `q-${Math.random()}`, ...command }, at(when));
  if (!r.ok) throw new Error(r.error.message);
  return r.record;
}

describe('CW-3/CW-7: deadlines and due work, asked with `now`', () => {
  it('CW-3: a review stage is on time, due soon, then overdue by its deadline hours', () => {
    const item = step(run(newItem(), { type: 'start-creation', actor: staff.author }), { type: 'submit', actor: staff.author }, '2026-03-02T01:00:00Z');
    // The editor stage has 24 hours; the policy warns 4 hours ahead.
    expect(reviewDeadlines([item], new Date('2026-03-02T10:00:00Z'), ctx.policy)[0]).toMatchObject({ stage: 'editor', status: 'on-time', dueAt: '2026-03-03T01:00:00.000Z' });
    expect(reviewDeadlines([item], new Date('2026-03-02T22:00:00Z'), ctx.policy)[0]?.status).toBe('due-soon');
    expect(reviewDeadlines([item], new Date('2026-03-03T06:30:00Z'), ctx.policy)[0]).toMatchObject({ status: 'overdue', hoursLate: 5 });
    const advanced = step(item, { type: 'approve', actor: staff.editor, hash: context(item).hash }, '2026-03-03T06:30:00Z');
    expect(reviewDeadlines([advanced], new Date('2026-03-03T07:00:00Z'), ctx.policy)[0]).toMatchObject({ stage: 'department-head', status: 'on-time' });
  });

  it('CW-7: scheduled items come due at their time; approvals whose planned time has passed are reported stale', () => {
    const scheduled = run(approvedItem(), { type: 'schedule', actor: staff.editor, publishAt: '2026-03-04T02:00:00Z' });
    expect(dueForPublishing([scheduled], new Date('2026-03-04T01:59:59Z'))).toEqual([]);
    expect(dueForPublishing([scheduled], new Date('2026-03-04T02:00:00Z'))).toEqual([{ recordId: 'post-1', publishAt: '2026-03-04T02:00:00.000Z', channel: 'weibo' }]);
    expect(staleApprovals([scheduled], new Date('2026-03-05T02:00:00Z'))).toEqual([{ recordId: 'post-1', state: 'scheduled', plannedAt: '2026-03-04T02:00:00.000Z', hoursPast: 24 }]);
    const planned = newItem({ plan: { theme: 't', form: 'f', audience: 'a', expectedEffect: 'e', plannedAt: '2026-03-03T00:00:00Z' } }, 'p2');
    const inReview = run(planned, { type: 'start-creation', actor: staff.author }, { type: 'submit', actor: staff.author });
    expect(staleApprovals([inReview], new Date('2026-03-03T12:00:00Z'))[0]).toMatchObject({ recordId: 'p2', state: 'review', hoursPast: 12 });
  });
});

describe('CW-7: the publishing calendar', () => {
  function published(id: string, channel: string, when: string): StoredRecord {
    let item = run(newItem({ channel, title: `标题 ${id}` }, id), { type: 'start-creation', actor: staff.author }, { type: 'submit', actor: staff.author });
    const signers = channel === 'website' ? [staff.supervisor, staff.inspector] : [staff.editor, staff.head, staff.legal];
    for (const s of signers) item = run(item, { type: 'approve', actor: s, hash: context(item).hash });
    return step(item, { type: 'publish', actor: channel === 'website' ? staff.operator : staff.editor, externalId: id }, when);
  }

  it('CW-7: items sit on their day and channel in the policy time zone; planned weekdays with nothing are gaps; too many per day is a clash', () => {
    const records = [
      published('a', 'wechat-official-account', '2026-03-02T01:00:00Z'), // Monday 09:00 Shanghai
      published('b', 'wechat-official-account', '2026-03-02T12:00:00Z'), // Monday 20:00: a second mass send
      published('c', 'weibo', '2026-03-03T16:30:00Z'), // Wednesday 00:30 in Shanghai, still Tuesday in UTC
      run(approvedItem(), { type: 'schedule', actor: staff.editor, publishAt: '2026-03-06T02:00:00Z' }),
    ];
    const r = publishingCalendar(records, '2026-W10', ctx.policy);
    if (!r.ok) throw new Error(r.error.message);
    const week = r.value;
    expect(week.days.map((d) => d.date)).toEqual(['2026-03-02', '2026-03-03', '2026-03-04', '2026-03-05', '2026-03-06', '2026-03-07', '2026-03-08']);
    expect(week.days[2]!.entries.map((e) => e.recordId)).toEqual(['c']);
    expect(week.days[4]!.entries).toEqual([expect.objectContaining({ recordId: 'post-1', kind: 'scheduled', channel: 'weibo' })]);
    expect(week.clashes).toEqual([{ date: '2026-03-02', channel: 'wechat-official-account', count: 2, max: 1, recordIds: ['a', 'b'] }]);
    // WeChat is planned Mon/Wed/Fri; Weibo every weekday; the app on Mondays.
    expect(week.gaps).toEqual(
      expect.arrayContaining([
        { date: '2026-03-04', channel: 'wechat-official-account' },
        { date: '2026-03-06', channel: 'wechat-official-account' },
        { date: '2026-03-02', channel: 'weibo' },
        { date: '2026-03-02', channel: 'app' },
      ]),
    );
    expect(week.gaps).not.toContainEqual({ date: '2026-03-04', channel: 'weibo' });
    expect(week.gaps).not.toContainEqual({ date: '2026-03-06', channel: 'weibo' });
  });

  it('CW-7: a bad week key is refused with the field', () => {
    const r = publishingCalendar([], '2026-10', ctx.policy);
    expect(!r.ok && r.error.issues?.[0]?.path).toEqual(['week']);
  });
});

describe('CW-1: monitoring and the periodic report', () => {
  it('CW-1: metric snapshots are appended after publication and the report totals the latest per item by state and channel', () => {
    let a = run(approvedItem(), { type: 'publish', actor: staff.editor, externalId: 'wb-1' });
    a = step(a, { type: 'record-metrics', actor: staff.analyst, metrics: { reads: 100, likes: 5 } }, '2026-03-03T00:00:00Z');
    a = step(a, { type: 'record-metrics', actor: staff.analyst, metrics: { reads: 900, likes: 40, shares: 7 } }, '2026-03-10T00:00:00Z');
    a = step(a, { type: 'record-metrics', actor: staff.analyst, metrics: { reads: 5000 } }, '2026-04-02T00:00:00Z');
    expect(context(a).metrics).toHaveLength(3);
    const before = structuredClone(a);
    const early = contentStep(a, { id: 'm0', type: 'record-metrics', actor: staff.analyst, metrics: { reads: 1 }, observedAt: '2026-03-01T00:00:00Z' }, ctx);
    expect(!early.ok && early.error.issues?.[0]?.path).toEqual(['observedAt']);
    expect(a).toEqual(before);
    const outsider = contentStep(a, { id: 'm1', type: 'record-metrics', actor: staff.outsider, metrics: { reads: 1 } }, ctx);
    expect(!outsider.ok && outsider.error.code).toBe('forbidden');
    const draft = newItem({ channel: 'douyin' }, 'd1');
    const r = contentReport([a, draft], '2026-03', ctx.policy);
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.items).toBe(2);
    expect(r.value.byState).toEqual({ monitoring: 1, planning: 1 });
    expect(r.value.byChannel['weibo']).toMatchObject({ items: 1, published: 1, metrics: expect.objectContaining({ reads: 900, likes: 40, shares: 7 }) });
    expect(r.value.byChannel['douyin']).toMatchObject({ items: 1, published: 0 });
    expect(r.value.totals).toEqual({ reads: 900, likes: 40, shares: 7, comments: 0, newFollowers: 0, clicks: 0, conversions: 0 });
    const april = contentReport([a], '2026-04', ctx.policy);
    expect(april.ok && april.value.items).toBe(0);
  });
});
