import { describe, expect, it } from 'vitest';
import type { StoredRecord } from '../../src/core/index.js';
import { contentReport, contentStep, dueForPublishing, publishingCalendar, reviewDeadlines, staleApprovals } from '../../src/content/index.js';
import { defaultPolicy, parsePolicy } from '../../src/policy/index.js';
import { as, type Person } from '../support/people.js';
import { apply, approvedItem, context, newItem, people, submitted, view } from './helpers.js';

const policy = defaultPolicy;

function at(record: StoredRecord, by: Person, command: Record<string, unknown>, when: string): StoredRecord {
  return apply(record, by, command, policy, new Date(when));
}

describe('CW-3/CW-7: deadlines and due work, asked with `now`', () => {
  it('CW-3: a review stage is on time, due soon, then overdue by its deadline hours', () => {
    const item = submitted();
    // The editor stage has 24 hours; the policy warns 4 hours ahead.
    expect(reviewDeadlines([item], new Date('2026-03-02T10:00:00Z'), policy)[0]).toMatchObject({ stage: 'editor', status: 'on-time', dueAt: '2026-03-03T01:00:00.000Z' });
    expect(reviewDeadlines([item], new Date('2026-03-02T22:00:00Z'), policy)[0]?.status).toBe('due-soon');
    expect(reviewDeadlines([item], new Date('2026-03-03T06:30:00Z'), policy)[0]).toMatchObject({ status: 'overdue', hoursLate: 5 });
    const advanced = at(item, people.editor, { type: 'approve', stage: view(item).stage!, hash: context(item).hash }, '2026-03-03T06:30:00Z');
    expect(reviewDeadlines([advanced], new Date('2026-03-03T07:00:00Z'), policy)[0]).toMatchObject({ stage: 'department-head', status: 'on-time' });
  });

  it('CW-7: scheduled items come due at their time; approvals whose planned time has passed are reported stale', () => {
    const scheduled = apply(approvedItem(), people.editor, { type: 'schedule', publishAt: '2026-03-04T02:00:00Z' });
    expect(dueForPublishing([scheduled], new Date('2026-03-04T01:59:59Z'))).toEqual([]);
    expect(dueForPublishing([scheduled], new Date('2026-03-04T02:00:00Z'))).toEqual([{ recordId: 'post-1', publishAt: '2026-03-04T02:00:00.000Z', channel: 'weibo' }]);
    expect(staleApprovals([scheduled], new Date('2026-03-05T02:00:00Z'))).toEqual([{ recordId: 'post-1', state: 'scheduled', plannedAt: '2026-03-04T02:00:00.000Z', hoursPast: 24 }]);
    const planned = newItem({ plan: { theme: 't', form: 'f', audience: 'a', expectedEffect: 'e', plannedAt: '2026-03-03T00:00:00Z' } }, 'p2');
    const inReview = apply(apply(planned, people.author, { type: 'start-creation' }), people.author, { type: 'submit' });
    expect(staleApprovals([inReview], new Date('2026-03-03T12:00:00Z'))[0]).toMatchObject({ recordId: 'p2', state: 'review', hoursPast: 12 });
  });
});

describe('CW-7: the publishing calendar', () => {
  function published(id: string, channel: string, when: string): StoredRecord {
    let item = apply(apply(newItem({ channel, title: `标题 ${id}` }, id), people.author, { type: 'start-creation' }), people.author, { type: 'submit' });
    const signers = channel === 'website' ? [people.supervisor, people.inspector] : [people.editor, people.marketingHead, people.legal];
    for (const s of signers) item = apply(item, s, { type: 'approve', stage: view(item).stage!, hash: context(item).hash });
    return at(item, channel === 'website' ? people.operator : people.editor, { type: 'publish', externalId: id }, when);
  }

  it('CW-7: items sit on their day and channel in the policy time zone; planned weekdays with nothing are gaps; too many per day is a clash', () => {
    const records = [
      published('a', 'wechat-official-account', '2026-03-02T01:00:00Z'), // Monday 09:00 Shanghai
      published('b', 'wechat-official-account', '2026-03-02T12:00:00Z'), // Monday 20:00: a second mass send
      published('c', 'weibo', '2026-03-03T16:30:00Z'), // Wednesday 00:30 in Shanghai, still Tuesday in UTC
      apply(approvedItem(), people.editor, { type: 'schedule', publishAt: '2026-03-06T02:00:00Z' }),
    ];
    const r = publishingCalendar(records, '2026-W10', policy);
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
    const r = publishingCalendar([], '2026-10', policy);
    expect(!r.ok && r.error.code === 'invalid-input' && r.error.issues[0]?.path).toEqual(['week']);
  });
});

describe('CW-1: monitoring and the periodic report', () => {
  it('CW-1: metric snapshots are kept, the latest of each week and month, after publication, and the report totals the latest per item by state and channel', () => {
    let a = apply(approvedItem(), people.editor, { type: 'publish', externalId: 'wb-1' });
    a = at(a, people.analyst, { type: 'record-metrics', metrics: { reads: 100, likes: 5 } }, '2026-03-03T00:00:00Z');
    a = at(a, people.analyst, { type: 'record-metrics', metrics: { reads: 120, likes: 6 } }, '2026-03-03T05:00:00Z');
    a = at(a, people.analyst, { type: 'record-metrics', metrics: { reads: 900, likes: 40, shares: 7 } }, '2026-03-10T00:00:00Z');
    a = at(a, people.analyst, { type: 'record-metrics', metrics: { reads: 5000 } }, '2026-04-02T00:00:00Z');
    expect(context(a).metrics.map((m) => `${m.week} ${m.month}`)).toEqual(['2026-W10 2026-03', '2026-W11 2026-03', '2026-W14 2026-04']);
    expect(context(a).metrics[0]).toMatchObject({ reads: 120, likes: 6 });
    const late = new Date('2026-04-03T00:00:00Z');
    for (const [observedAt, why] of [['2026-03-01T00:00:00Z', 'before publication'], ['2026-03-20T00:00:00Z', 'older than the latest'], ['2026-05-01T00:00:00Z', 'in the future']]) {
      const before = structuredClone(a);
      const r = contentStep(a, { id: `m-${why}`, type: 'record-metrics', metrics: { reads: 1 }, observedAt }, as(people.analyst, late));
      expect(!r.ok && r.error.code === 'invalid-input' && r.error.issues[0]?.path, why).toEqual(['observedAt']);
      expect(a).toEqual(before);
    }
    const outsider = contentStep(a, { id: 'm1', type: 'record-metrics', metrics: { reads: 1 } }, as(people.financeStaff, late));
    expect(!outsider.ok && outsider.error.code).toBe('forbidden');
    const draft = newItem({ channel: 'douyin' }, 'd1');
    const r = contentReport([a, draft], '2026-03', policy);
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.items).toBe(2);
    expect({ ...r.value.byState }).toEqual({ monitoring: 1, planning: 1 });
    expect(r.value.byChannel['weibo']).toMatchObject({ items: 1, published: 1, metrics: expect.objectContaining({ reads: 900, likes: 40, shares: 7 }) });
    expect(r.value.byChannel['douyin']).toMatchObject({ items: 1, published: 0 });
    expect(r.value.totals).toEqual({ reads: 900, likes: 40, shares: 7, comments: 0, newFollowers: 0, clicks: 0, conversions: 0 });
    const april = contentReport([a], '2026-04', policy);
    expect(april.ok && april.value.items).toBe(0);
  });

  it('CW-1: channel ids such as constructor and __proto__ are ordinary ids in reports', () => {
    const odd = parsePolicy({
      ...defaultPolicy,
      version: '2026.1-odd',
      content: {
        ...defaultPolicy.content,
        channels: [...defaultPolicy.content.channels, { id: 'constructor', group: 'social', labels: { 'zh-CN': '甲', 'zh-TW': '甲', en: 'A' } }, { id: '__proto__', group: 'social', labels: { 'zh-CN': '乙', 'zh-TW': '乙', en: 'B' } }],
      },
    });
    if (!odd.ok) throw new Error(odd.error.message);
    const items = ['constructor', '__proto__'].map((channel, i) => newItem({ channel }, `odd-${i}`, people.author, odd.value));
    const r = contentReport(items, '2026-03', odd.value);
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.byChannel['constructor']).toMatchObject({ items: 1 });
    expect(Object.keys(r.value.byChannel).sort()).toEqual(['__proto__', 'constructor']);
    expect(Object.getPrototypeOf({})).toBe(Object.prototype);
    expect(typeof ({} as Record<string, unknown>)['constructor']).toBe('function');
  });

  it('CW-1: queries never crash on damaged rows: a broken chain, times that are not times, metrics that are not counts', () => {
    const inReview = submitted();
    const ctxOf = (r: StoredRecord) => (r.snapshot as { context: Record<string, unknown> }).context;
    const damaged = (id: string, patch: Record<string, unknown>, base = inReview) => ({ ...base, id, snapshot: { ...(base.snapshot as object), context: { ...ctxOf(base), ...patch } } }) as StoredRecord;
    const published = apply(approvedItem(), people.editor, { type: 'publish', externalId: 'wb-9' });
    const rows = [
      damaged('chain-empty', { chain: {} }),
      damaged('chain-null-stage', { chain: { ...(ctxOf(inReview)['chain'] as object), stages: [null] } }),
      damaged('bad-start', { stageStartedAt: 'yesterday' }),
      damaged('bad-plan', { plan: { plannedAt: 'soon' } }),
      damaged('metrics-null', { metrics: [null] }, published),
      damaged('metrics-string', { metrics: [{ at: '2026-03-03T00:00:00.000Z', week: '2026-W10', month: '2026-03', reads: '5' }] }, published),
    ];
    const at = new Date('2026-03-05T00:00:00Z');
    expect(() => reviewDeadlines(rows, at, policy)).not.toThrow();
    expect(() => publishingCalendar(rows, '2026-W10', policy)).not.toThrow();
    expect(() => staleApprovals(rows, at)).not.toThrow();
    const report = contentReport(rows, '2026-03', policy);
    expect(report.ok && [...report.value.unreadable].sort()).toEqual(rows.map((r) => r.id).sort());
    expect(report.ok && report.value.totals.reads).toBe(0);
  });

  it('CW-1: the report lists records it cannot read instead of failing or counting them', () => {
    const damaged = { ...newItem(), id: 'broken', revision: -1 } as StoredRecord;
    const r = contentReport([damaged, newItem({}, 'fine')], '2026-03', policy);
    expect(r.ok && r.value).toMatchObject({ items: 1, unreadable: ['broken'] });
  });
});
