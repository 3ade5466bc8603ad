// Checks that a discipline section and the rules built on it have the parts the sanction rules read, so
// a hand-built one is `invalid-input` instead of a crash. Internal to the discipline domain.
import { issue, words, type Issue } from '../core/result.js';

/**
 * Whether `v` is a plain object (not null, not a list).
 *
 * @example
 * isObject({}) //=> true
 * isObject([]) //=> false
 */
export const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const listOfObjects = (v: unknown) => Array.isArray(v) && v.every((x) => isObject(x) && typeof x['id'] === 'string' && isObject(x['labels']));

/**
 * Where `d` is not a discipline section as `parsePolicy` returns it, in the parts the sanction rules
 * read (a host passing a hand-built section gets `invalid-input`, not a crash). Internal to the domain.
 *
 * @example
 * disciplineIssues(null, ['discipline'])[0]?.path //=> ['discipline']
 */
export function disciplineIssues(d: unknown, path: ReadonlyArray<string | number>): Issue[] {
  const caps = isObject(d) ? d['legalCaps'] : undefined;
  const ok =
    isObject(d) &&
    listOfObjects(d['violationTypes']) &&
    (d['violationTypes'] as Array<Record<string, unknown>>).every((t) => Array.isArray(t['related']) && ['minor', 'serious', 'gross'].includes(t['severity'] as string)) &&
    listOfObjects(d['ladder']) &&
    isObject(d['severityFloors']) &&
    typeof d['repeatWindowMonths'] === 'number' &&
    Array.isArray(d['conversions']) &&
    (d['conversions'] as unknown[]).every(isObject) &&
    Array.isArray(d['kpiVetoes']) &&
    (d['kpiVetoes'] as unknown[]).every(isObject) &&
    isObject(caps) &&
    ['fines', 'kpiAloneNoDismissal', 'unionNotice', 'wageDeduction'].every((k) => isObject(caps[k]));
  // The rungs the rules start from and climb to must be on the ladder.
  const rungs = ok ? new Set((d['ladder'] as Array<Record<string, unknown>>).map((r) => r['id'])) : new Set();
  const named = ok
    ? [
        ...(d['violationTypes'] as Array<Record<string, unknown>>).map((t) => t['defaultRung']),
        ...Object.values(d['severityFloors'] as Record<string, unknown>),
        ...(d['conversions'] as Array<Record<string, unknown>>).flatMap((c) => [c['from'], c['to']]),
      ]
    : [];
  return ok && rungs.size > 0 && named.every((r) => rungs.has(r)) ? [] : [issue(path, words('must be a discipline section as parsePolicy returns it', '须为经 parsePolicy 解析的纪律制度', '須為經 parsePolicy 解析的紀律制度'), 'DSC-6')];
}

/**
 * Where `rules` is not `{ timeZone, discipline }` as the sanction rules read them. Internal to the domain.
 *
 * @example
 * rulesIssues({ timeZone: 'Asia/Shanghai' })[0]?.path //=> ['rules', 'discipline']
 */
export function rulesIssues(rules: unknown): Issue[] {
  if (!isObject(rules)) return [issue(['rules'], words('must be { timeZone, discipline }', '须为 { timeZone, discipline }', '須為 { timeZone, discipline }'), 'DSC-6')];
  const out = disciplineIssues(rules['discipline'], ['rules', 'discipline']);
  if (typeof rules['timeZone'] !== 'string') out.push(issue(['rules', 'timeZone'], words('must be an IANA time zone', '须为 IANA 时区', '須為 IANA 時區'), 'DSC-6'));
  return out;
}

