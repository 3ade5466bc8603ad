// The built-in text detectors (personal data, unsourced statistics). Each reads the folded text (same
// offsets as the original, full-width digits made half-width, letters lower-cased) and returns spans.
import type { ComplianceDetector } from './labels.js';

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = '10x98765432';

/**
 * Whether an 18-character mainland resident ID number is well formed: a plausible birth date and the
 * right check digit (GB 11643, ISO 7064 MOD 11-2). `X` may be either case.
 *
 * @example
 * isResidentId('11010519491231002X') //=> true
 * isResidentId('110105194912310021') //=> false
 */
export function isResidentId(id: string): boolean {
  // The region code's first digit is 1–8 (GB/T 2260: 11 北京 … 82 澳门); no province begins with 9.
  if (!/^[1-8][0-9]{16}[0-9xX]$/.test(id)) return false;
  const year = Number(id.slice(6, 10));
  const month = Number(id.slice(10, 12));
  const day = Number(id.slice(12, 14));
  const date = new Date(Date.UTC(year, month - 1, day));
  if (year < 1900 || date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += (id.charCodeAt(i) - 48) * ID_WEIGHTS[i]!;
  return ID_CHECK[sum % 11] === id[17]!.toLowerCase();
}

/**
 * Whether a string of digits passes the Luhn check that bank card numbers carry.
 *
 * @example
 * luhnValid('6222020200112233445') //=> false
 * luhnValid('4111111111111111') //=> true
 */
export function luhnValid(digits: string): boolean {
  if (!/^[0-9]+$/.test(digits)) return false;
  let sum = 0;
  for (let i = digits.length - 1, double = false; i >= 0; i--, double = !double) {
    let d = digits.charCodeAt(i) - 48;
    if (double) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return sum % 10 === 0;
}

// Groups of a number may be set apart by a hyphen, a space, an ideographic space, a dot or a zero-width
// character (the last two for mobile numbers only).
const MOBILE = /(?<![0-9])(?:\+?86[- ]?)?1[3-9][0-9](?:[- .\u3000\u200b-\u200d\u2060\ufeff]?[0-9]{4}){2}(?![0-9])/g;
// 18 characters, plain or grouped 6-8-4.
const RESIDENT_ID = /(?<![0-9a-z])[1-8][0-9]{5}[- \u3000]?[0-9]{8}[- \u3000]?[0-9]{3}[0-9x](?![0-9a-z])/g;
// 16–19 digits, plain or grouped 4-4-4-4(-1..3) or 4-4-4-(4..7); never the first 17 characters of an ID
// ending in X.
const BANK_CARD = /(?<![0-9])[1-9][0-9]{3}(?:[- \u3000]?[0-9]{4}){2}(?:[- \u3000]?[0-9]{4}[- \u3000]?[0-9]{1,3}|[- \u3000]?[0-9]{4,7})(?![0-9x])/g;
const GAPS = /[- .\u3000\u200b-\u200d\u2060\ufeff]/g;
const EMAIL = /(?<![a-z0-9._%+-])[a-z0-9][a-z0-9._%+-]*@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}(?![a-z0-9])/g;
// Quoted data: a percentage, share or multiple, or a phrase reporting a survey or statistics. A number
// starts only where no digit or point precedes it and holds at most 15 digits a side, so a long run of
// digits is tried once, not from each of its digits (linear time).
const STATISTIC = /(?<![0-9.])[0-9]{1,15}(?:\.[0-9]{1,15})?\s*(?:%|‰|成(?![本功为员])|倍)|(?:调查|统计|数据|研究|报告|实验|测试)(?:显示|表明|证明|发现)|据(?:统计|调查)/g;
// A source named in the same sentence excuses it (a heuristic: a reviewer checks the source itself).
// 来自 names a source only with what it comes from (数据来自…, 来自…调查): 来自全国用户的信赖 names none.
const SOURCE = /来源|出处|引自|援引|(?:数据|信息|资料|结果)来自|来自[^。！？!?\n]{1,20}(?:统计|调查|报告|研究|数据|年鉴)|据[^。！？!?\n]{1,30}(?:报道|发布|公布)|source/;
const SENTENCE_END = /[。！？!?\n;；]/;

function spans(re: RegExp, text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push([m.index, m.index + m[0].length]);
  return out;
}

// The quoted-data spans whose sentence names no source. Sentence ends are found once and each sentence
// is tested for a source once, so a text with many statistics in one long sentence stays linear.
function unsourced(text: string): Array<[number, number]> {
  const found = spans(STATISTIC, text);
  if (found.length === 0) return found;
  const ends: number[] = [];
  for (let i = 0; i < text.length; i++) if (SENTENCE_END.test(text[i]!)) ends.push(i);
  // The first sentence end at or after `at` (ends.length when none).
  const firstEndFrom = (at: number): number => {
    let lo = 0;
    let hi = ends.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (ends[mid]! < at) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const named = new Map<string, boolean>();
  return found.filter(([s, e]) => {
    const before = firstEndFrom(s) - 1;
    const a = before >= 0 ? ends[before]! + 1 : 0;
    const after = firstEndFrom(e);
    const b = after < ends.length ? ends[after]! : text.length;
    const key = `${a}-${b}`;
    let has = named.get(key);
    if (has === undefined) named.set(key, (has = SOURCE.test(text.slice(a, b))));
    return !has;
  });
}

/**
 * Run a text detector over a folded text (see `foldText`), returning the spans it finds as
 * `[start, end]` UTF-16 offsets. Mobile numbers may be written with spaces or hyphens between groups
 * and a +86 prefix; resident IDs must carry the right check digit; bank card numbers (16–19 digits,
 * grouped or not) must pass Luhn and are not reported where the digits are a resident ID. Detectors that
 * read the item rather than its text return no spans.
 *
 * @example
 * detect('mobile-number', '电话 138 0013 8000') //=> [[3, 16]]
 * detect('resident-id', '11010519491231002x') //=> [[0, 18]]
 */
export function detect(detector: ComplianceDetector, folded: string): Array<[number, number]> {
  switch (detector) {
    case 'mobile-number':
      return spans(MOBILE, folded);
    case 'resident-id':
      return spans(RESIDENT_ID, folded).filter(([s, e]) => isResidentId(folded.slice(s, e).replace(GAPS, '')));
    case 'bank-card':
      return spans(BANK_CARD, folded).filter(([s, e]) => {
        const digits = folded.slice(s, e).replace(GAPS, '');
        return luhnValid(digits) && !(digits.length === 18 && isResidentId(digits));
      });
    case 'email':
      return spans(EMAIL, folded);
    case 'unsourced-data':
      return unsourced(folded);
    default:
      return [];
  }
}
