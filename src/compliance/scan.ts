// The scanner (CMP-1, CMP-5): a rule set's terms and allow phrases compiled once into an Aho–Corasick
// automaton over UTF-16 code units, stored as a double-array trie in typed arrays. Folding (traditional
// to simplified, full-width to half-width, case) and the characters skipped between a term's characters
// are one lookup table from code unit to symbol class, so the scan reads each code unit once.
import { fail, invalidInput, issue, ok, words, type Result } from '../core/result.js';
import { ruleSetProblems, TEXT_DETECTORS } from './check.js';
import { detect } from './detectors.js';
import { foldTable, foldTerm, foldText, isZeroWidth, SKIP } from './fold.js';
import type { ComplianceDetector, FindingField } from './labels.js';
import type { ComplianceRule, Finding, RuleSet } from './model.js';

// The finding fields as a plain record (typed against the enum), so that a scan loads no labels.
const FIELDS: Readonly<Record<FindingField, true>> = { title: true, body: true, tags: true, keywords: true, media: true, item: true };

// 。！？；, their half-width forms and line breaks.
const SENTENCE_ENDS = [0x3002, 0xff01, 0xff1f, 0xff1b, 0x21, 0x3f, 0x3b, 0x0a, 0x0d, 0x2028, 0x2029];

// Whether a code unit folds to a Latin letter or a digit.
const isAlnum = (fold: Uint16Array, u: number): boolean => {
  const f = fold[u]!;
  return (f >= 0x30 && f <= 0x39) || (f >= 0x61 && f <= 0x7a);
};

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * A rule set compiled for scanning: the automaton's tables and the rules they report. Build it once with
 * {@link compileRuleSet} and reuse it for every text; it is never changed by a scan.
 *
 * @example
 * const compiled: CompiledRuleSet = compileRuleSetOrThrow(defaultRuleSet);
 */
export interface CompiledRuleSet {
  /** The rule set's id, reported in every finding. */
  readonly id: string;
  /** The rules, in the set's order (disabled ones left out). */
  readonly rules: readonly ComplianceRule[];
  /** How many term and allow patterns the automaton holds. */
  readonly patterns: number;
  /** How many states the automaton has. */
  readonly states: number;
  /** Code unit → symbol class (0: in no pattern; 0xffff: skipped between a term's characters). */
  readonly classes: Uint16Array;
  /**
   * The automaton as a double-array trie, four numbers per state `s` (one cache line holds a state):
   * `nodes[4s]` base, `nodes[4s+1]` check, `nodes[4s+2]` failure link, `nodes[4s+3]` where the state's
   * patterns start in `outputs` (0: none). The child of `s` on class `c` is `t = base + c` when
   * `nodes[4t+1] === s`.
   */
  readonly nodes: Int32Array;
  /** The root's children by class (0: none), the one row read most. */
  readonly rootRow: Int32Array;
  /** Pattern lists, each ending with -1: a state's own patterns, then its suffixes'. Index 0 is unused. */
  readonly outputs: Int32Array;
  /** Folded length of each pattern. */
  readonly lengths: Int32Array;
  /** Rule index of each pattern, or `-1 - i` for allow entry `i`. */
  readonly owners: Int32Array;
  /** The listed term of each pattern (the allow phrase for allow patterns). */
  readonly terms: readonly string[];
  /** The suggested rewrite of each pattern, if any. */
  readonly suggestions: ReadonlyArray<string | undefined>;
  /** Allow entries: the rules each excuses (null: every rule). */
  readonly allowRules: ReadonlyArray<ReadonlySet<number> | null>;
  /** Rules run by a text detector, with their index. */
  readonly detectors: ReadonlyArray<readonly [number, ComplianceDetector]>;
  /** The longest folded pattern. */
  readonly longest: number;
}

/**
 * Compile a rule set once (CMP-5): every term and allow phrase is folded and put into one automaton;
 * text detectors are listed to run beside it. A set with a duplicate rule id, a rule with both or neither
 * of terms and detector, an unknown detector, a term or phrase of nothing but spaces and punctuation, or
 * an allow entry naming an unknown rule is refused as `invalid-input` naming the field.
 *
 * @example
 * const r = compileRuleSet(defaultRuleSet);
 * r.ok && r.value.patterns > 100 //=> true
 * compileRuleSet({ ...defaultRuleSet, allow: [{ phrase: '  ' }] }).ok //=> false
 */
export function compileRuleSet(set: RuleSet): Result<CompiledRuleSet> {
  if (typeof set !== 'object' || set === null || !Array.isArray(set.rules as unknown) || !Array.isArray(set.allow as unknown)) {
    return fail(invalidInput([issue([], words('a rule set has rules and an allow list', '规则集须有 rules 与 allow 列表', '規則集須有 rules 與 allow 列表'), 'CMP-5')], 'CMP-5'));
  }
  const found = ruleSetProblems(set);
  if (found.length > 0) return fail(invalidInput(found, 'CMP-5'));

  const fold = foldTable();
  // Patterns: every term of every term rule, then every allow phrase.
  const folded: string[] = [];
  const owners: number[] = [];
  const terms: string[] = [];
  const suggestions: Array<string | undefined> = [];
  const detectors: Array<readonly [number, ComplianceDetector]> = [];
  set.rules.forEach((rule, r) => {
    if (rule.detector !== undefined) {
      if (TEXT_DETECTORS.has(rule.detector)) detectors.push([r, rule.detector]);
      return;
    }
    const rewrites = new Map((rule.rewrites ?? []).map((w) => [foldTerm(w.term), w.replacement]));
    // Two spellings of one term (`TOP1`, `Top 1`) are one pattern: one finding per place.
    const once = new Set<string>();
    for (const term of rule.terms ?? []) {
      const f = foldTerm(term);
      if (once.has(f)) continue;
      once.add(f);
      folded.push(f);
      owners.push(r);
      terms.push(term);
      suggestions.push(rewrites.get(f));
    }
  });
  const allowRules = set.allow.map((entry, i) => {
    folded.push(foldTerm(entry.phrase));
    owners.push(-1 - i);
    terms.push(entry.phrase);
    suggestions.push(undefined);
    return entry.rules ? new Set(entry.rules.map((id) => set.rules.findIndex((x) => x.id === id))) : null;
  });

  // Symbol classes: 1.. for the folded code units the patterns use, in order of first use.
  const classOf = new Map<number, number>();
  for (const f of folded) for (let i = 0; i < f.length; i++) if (!classOf.has(f.charCodeAt(i))) classOf.set(f.charCodeAt(i), classOf.size + 1);
  const classes = new Uint16Array(65536);
  for (let u = 0; u < 65536; u++) {
    const f = fold[u]!;
    classes[u] = f === SKIP ? SKIP : (classOf.get(f) ?? 0);
  }
  // A sentence end is no gap between a term's characters (拒绝。对方 holds no 绝对): it breaks every match.
  for (const u of SENTENCE_ENDS) classes[u] = 0;

  // The trie, with maps while building.
  const children: Array<Map<number, number>> = [new Map()];
  const own: number[][] = [[]];
  let longest = 0;
  folded.forEach((f, p) => {
    let s = 0;
    for (let i = 0; i < f.length; i++) {
      const c = classOf.get(f.charCodeAt(i))!;
      let next = children[s]!.get(c);
      if (next === undefined) {
        next = children.length;
        children.push(new Map());
        own.push([]);
        children[s]!.set(c, next);
      }
      s = next;
    }
    own[s]!.push(p);
    longest = Math.max(longest, f.length);
  });

  // Failure links and merged outputs, breadth first.
  const n = children.length;
  const failNode = new Int32Array(n);
  const outs: number[][] = own.map((o) => [...o]);
  const order: number[] = [0];
  for (let q = 0; q < order.length; q++) {
    const u = order[q]!;
    for (const [c, v] of children[u]!) {
      let f = failNode[u]!;
      if (u === 0) f = 0;
      else {
        while (f !== 0 && !children[f]!.has(c)) f = failNode[f]!;
        f = children[f]!.get(c) ?? 0;
      }
      failNode[v] = f;
      outs[v] = [...own[v]!, ...outs[f]!];
      order.push(v);
    }
  }

  // Pattern lists, shared by both forms of the automaton.
  const flat: number[] = [-1];
  const listOf = new Int32Array(n);
  for (let u = 0; u < n; u++) {
    if (outs[u]!.length === 0) continue;
    listOf[u] = flat.length;
    // One by one: spreading a list of many patterns into push would overflow the call stack.
    for (const p of outs[u]!) flat.push(p);
    flat.push(-1);
  }
  // Double array: place each node's children at base + class, first fit. Candidate bases come from
  // the free slots only (`nextFree` skips runs of used slots, with path compression), so placing stays
  // fast when tens of thousands of slots are taken.
  const slotOf = new Int32Array(n);
  const baseOf = new Int32Array(n);
  const next: number[] = [1]; // next[i] is set once slot i is used: a slot at or after which to look
  const freeFrom = (from: number): number => {
    let r = from;
    while (next[r] !== undefined) r = next[r]!;
    for (let i = from; next[i] !== undefined && next[i] !== r; ) {
      const j = next[i]!;
      next[i] = r;
      i = j;
    }
    return r;
  };
  let top = 0;
  for (const u of order) {
    const cs = [...children[u]!.keys()].sort((x, y) => x - y);
    if (cs.length === 0) continue;
    const first = cs[0]!;
    let f = freeFrom(first);
    while (!cs.every((c) => next[f - first + c] === undefined)) f = freeFrom(f + 1);
    const b = f - first;
    baseOf[u] = b;
    for (const c of cs) {
      next[b + c] = b + c + 1;
      slotOf[children[u]!.get(c)!] = b + c;
      top = Math.max(top, b + c);
    }
  }
  const size = top + classOf.size + 2;
  const rootRow = new Int32Array(classOf.size + 1);
  for (const [c, v] of children[0]!) rootRow[c] = slotOf[v]!;
  const nodes = new Int32Array(size * 4);
  for (let t = 0; t < size; t++) nodes[4 * t + 1] = -1;
  for (const u of order) {
    const s = slotOf[u]!;
    nodes[4 * s] = baseOf[u]!;
    nodes[4 * s + 2] = slotOf[failNode[u]!]!;
    nodes[4 * s + 3] = listOf[u]!;
    for (const v of children[u]!.values()) nodes[4 * slotOf[v]! + 1] = s;
  }
  return ok({
    id: set.id,
    rules: set.rules,
    patterns: folded.length,
    states: n,
    classes,
    nodes,
    rootRow,
    outputs: Int32Array.from(flat),
    lengths: Int32Array.from(folded, (f) => f.length),
    owners: Int32Array.from(owners),
    terms,
    suggestions,
    allowRules,
    detectors,
    longest,
  });
}

/**
 * {@link compileRuleSet} for a rule set known to be valid (the default set, a set the policy schema
 * accepted): the compiled set, or a thrown `TypeError` with the first problem.
 *
 * @example
 * compileRuleSetOrThrow(defaultRuleSet).id //=> 'default'
 */
export function compileRuleSetOrThrow(set: RuleSet): CompiledRuleSet {
  const r = compileRuleSet(set);
  if (!r.ok) throw new TypeError(r.error.message + (r.error.code === 'invalid-input' ? `: ${r.error.issues[0]?.path.join('.')} ${r.error.issues[0]?.message}` : ''));
  return r.value;
}

/**
 * Where the automaton matched: for match `i`, the pattern `matches[3i]`, the start `matches[3i+1]`
 * and the end `matches[3i+2]` (UTF-16 offsets into the original text), every overlapping match.
 * Allow patterns are included; `scan` turns these into findings.
 *
 * @example
 * const m = matchAll('最佳', compileRuleSetOrThrow(defaultRuleSet));
 * [m.count > 0, m.matches[1], m.matches[2]] //=> [true, 0, 2]
 */
export function matchAll(text: string, compiled: CompiledRuleSet): { readonly count: number; readonly matches: Int32Array } {
  const { classes, nodes, outputs, lengths, rootRow } = compiled;
  let matches = new Int32Array(3 * 1024);
  let count = 0;
  let s = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = classes[text.charCodeAt(i)]!;
    if (c === SKIP) continue;
    if (c === 0) {
      s = 0;
      continue;
    }
    if (s === 0) s = rootRow[c]!;
    else
      for (;;) {
        const t = nodes[4 * s]! + c;
        if (nodes[4 * t + 1] === s) {
          s = t;
          break;
        }
        s = nodes[4 * s + 2]!;
        if (s === 0) {
          s = rootRow[c]!;
          break;
        }
      }
    let o = nodes[4 * s + 3]!;
    if (o === 0) continue;
    for (let p = outputs[o]!; p >= 0; p = outputs[++o]!) {
      if (3 * count + 3 > matches.length) {
        const bigger = new Int32Array(matches.length * 2);
        bigger.set(matches);
        matches = bigger;
      }
      // The start: back over the pattern's length in code units that are not skipped (a match never
      // holds a code unit outside the alphabet), cheaper than remembering every position.
      let start = i;
      for (let left = lengths[p]! - 1; left > 0; ) if (classes[text.charCodeAt(--start)] !== SKIP) left--;
      matches[3 * count] = p;
      matches[3 * count + 1] = start;
      matches[3 * count + 2] = i + 1;
      count++;
    }
  }
  return { count, matches };
}

// An allowed phrase excuses only where it is written as listed: the automaton skips spaces and
// punctuation inside every pattern, so an allow match across them (第一！汽车) is no allowed phrase.
// Zero-width characters carry no visible separation and stay skipped.
function literal(text: string, classes: Uint16Array, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const u = text.charCodeAt(i);
    if (classes[u] === SKIP && !isZeroWidth(u)) return false;
  }
  return true;
}

function isCompiled(x: unknown): x is CompiledRuleSet {
  return typeof x === 'object' && x !== null && (x as CompiledRuleSet).classes instanceof Uint16Array && (x as CompiledRuleSet).nodes instanceof Int32Array;
}

/**
 * Scan a text with a compiled rule set (CMP-1, CMP-3, CMP-5): every listed term found in simplified or
 * traditional form, full- or half-width, with spaces or punctuation inserted (`最 佳`, `最.佳`), unless
 * it lies inside an allowed phrase; and every span a text detector finds (personal data, quoted data
 * without a source). Each finding carries the rule, the UTF-16 offsets into the original text (a match
 * never starts or ends inside a surrogate pair), the text matched, the severity, the legal basis and the
 * suggested rewrite. Term findings come in the order they end; detector findings follow. Pure: the same
 * text and rule set always give the same findings. A text that is not a string is `invalid-input`.
 *
 * @example
 * const compiled = compileRuleSetOrThrow(defaultRuleSet);
 * const r = scan('國家級 最.佳 產品', compiled);
 * r.ok && r.value.map((f) => [f.rule, f.text, f.start, f.end])
 * //=> [['ad-law.absolute', '國家級', 0, 3], ['ad-law.absolute', '最.佳', 4, 7]]
 */
export function scan(text: string, compiled: CompiledRuleSet, options: { readonly field?: FindingField } = {}): Result<Finding[]> {
  if (typeof text !== 'string') return fail(invalidInput([issue(['text'], words('must be a string', '须为字符串', '須為字串'), 'CMP-1')], 'CMP-1'));
  if (!isCompiled(compiled)) return fail(invalidInput([issue(['ruleSet'], words('must be a rule set compiled with compileRuleSet', '须为 compileRuleSet 编译的规则集', '須為 compileRuleSet 編譯的規則集'), 'CMP-5')], 'CMP-5'));
  if (typeof options !== 'object' || options === null) return fail(invalidInput([issue(['options'], words('must be an object', '须为对象', '須為物件'), 'CMP-1')], 'CMP-1'));
  // A key that is not a string is refused before `hasOwn` converts it (which may throw).
  if (options.field !== undefined && (typeof options.field !== 'string' || !Object.hasOwn(FIELDS, options.field))) return fail(invalidInput([issue(['options', 'field'], words('must be title, body, tags, keywords, media or item', '须为 title、body、tags、keywords、media 或 item', '須為 title、body、tags、keywords、media 或 item'), 'CMP-1')], 'CMP-1'));
  const field = options.field ?? 'body';
  const { count, matches } = matchAll(text, compiled);
  const { owners, rules, terms, suggestions, allowRules } = compiled;
  // Allowed spans first: a term inside one is a legitimate use. They come in order of their end, so
  // the spans that can contain a match are found by binary search and a short forward walk.
  const aEntry: number[] = [];
  const aStart: number[] = [];
  const aEnd: number[] = [];
  let widest = 0;
  for (let k = 0; k < count; k++) {
    const owner = owners[matches[3 * k]!]!;
    if (owner >= 0 || !literal(text, compiled.classes, matches[3 * k + 1]!, matches[3 * k + 2]!)) continue;
    aEntry.push(-1 - owner);
    aStart.push(matches[3 * k + 1]!);
    aEnd.push(matches[3 * k + 2]!);
    widest = Math.max(widest, matches[3 * k + 2]! - matches[3 * k + 1]!);
  }
  const excused = (r: number, start: number, end: number): boolean => {
    let lo = 0;
    let hi = aEnd.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (aEnd[mid]! < end) lo = mid + 1;
      else hi = mid;
    }
    for (let j = lo; j < aEnd.length && aEnd[j]! - widest <= start; j++) {
      const only = allowRules[aEntry[j]!];
      if (aStart[j]! <= start && (only === null || only!.has(r))) return true;
    }
    return false;
  };
  const out: Finding[] = [];
  const fold = foldTable();
  for (let k = 0; k < count; k++) {
    const p = matches[3 * k]!;
    const r = owners[p]!;
    if (r < 0) continue;
    const start = matches[3 * k + 1]!;
    const end = matches[3 * k + 2]!;
    // A term that begins or ends with a letter or digit is a word of its own: TOP1 is not in Desktop 1080p.
    if ((start > 0 && isAlnum(fold, text.charCodeAt(start)) && isAlnum(fold, text.charCodeAt(start - 1))) || (end < text.length && isAlnum(fold, text.charCodeAt(end - 1)) && isAlnum(fold, text.charCodeAt(end)))) continue;
    if (aEnd.length > 0 && excused(r, start, end)) continue;
    const rule = rules[r]!;
    const finding: Mutable<Finding> = {
      rule: rule.id,
      ruleSet: compiled.id,
      category: rule.category,
      severity: rule.severity,
      field,
      start,
      end,
      text: text.slice(start, end),
      term: terms[p]!,
      basis: rule.basis,
      labels: rule.labels,
    };
    if (rule.advice) finding.advice = rule.advice;
    const suggestion = suggestions[p];
    if (suggestion !== undefined) finding.suggestion = suggestion;
    out.push(finding);
  }
  if (compiled.detectors.length > 0) {
    const folded = foldText(text);
    for (const [r, detector] of compiled.detectors) {
      const rule = rules[r]!;
      for (const [start, end] of detect(detector, folded)) {
        const finding: Mutable<Finding> = { rule: rule.id, ruleSet: compiled.id, category: rule.category, severity: rule.severity, field, start, end, text: text.slice(start, end), detector, basis: rule.basis, labels: rule.labels };
        if (rule.advice) finding.advice = rule.advice;
        out.push(finding);
      }
    }
  }
  return ok(out);
}
