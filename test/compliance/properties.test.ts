// Invariants of the scanner, over texts made of listed terms in every form, allowed phrases, personal
// data, emoji, punctuation and filler.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldTable, isZeroWidth, SKIP } from '../../src/compliance/fold.js';
import { compileRuleSetOrThrow, defaultRuleSet, foldTerm, scan, type Finding } from '../../src/compliance/index.js';

const compiled = compileRuleSetOrThrow(defaultRuleSet);
const run = (text: string): Finding[] => {
  const r = scan(text, compiled);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};
const terms = defaultRuleSet.rules.flatMap((r) => r.terms ?? []);
const pieces = fc.oneof(
  fc.constantFrom(...terms),
  fc.constantFrom('國家級', '頂級', '最 佳', '最.佳', 'ＴＯＰ１', '藥到病除', '無風險', '穩賺', '第一季度', '第一次'),
  fc.constantFrom('13800138000', '11010519491231002X', '4111 1111 1111 1111', 'pr@example.com', '85%', '调查显示', '（来源：国家统计局）'),
  fc.constantFrom('😀', '👍🏻', '𠀀', '，', '。', ' ', '\n', '·', '-'),
  fc.constantFrom('产品', '春天', '新品', '用户', '欢迎', 'abc', '123', '的'),
  fc.string({ maxLength: 3 }),
);
const texts = fc.array(pieces, { maxLength: 24 }).map((p) => p.join(''));
const isLow = (u: number) => u >= 0xdc00 && u <= 0xdfff;
const isHigh = (u: number) => u >= 0xd800 && u <= 0xdbff;
const id = (f: Finding) => `${f.rule}@${f.start}-${f.end}`;

// A neutral sentence, ended on both sides, none of whose characters any term or allowed phrase uses:
// two texts joined by it are apart, so no term, allowed phrase, number or quoted-data sentence reaches
// across.
const NEUTRAL = '。甲乙丙丁。';

// The same matches found the slow way: every folded term searched in the folded text with the skipped
// characters taken out and sentence ends kept as breaks, then mapped back to the original offsets; a
// term beginning or ending with a letter or digit only where no letter or digit adjoins it; allowed
// phrases likewise, but only where written literally (nothing but zero-width characters skipped).
const BREAKS = new Set([...'。！？；!?;\n\r\u2028\u2029'].map((c) => c.charCodeAt(0)));
function naive(text: string): string[] {
  const t = foldTable();
  let folded = '';
  const at: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const f = BREAKS.has(text.charCodeAt(i)) ? 0 : t[text.charCodeAt(i)]!;
    if (f === SKIP) continue;
    folded += String.fromCharCode(f);
    at.push(i);
  }
  const alnum = (i: number) => i >= 0 && i < text.length && /[0-9a-z]/.test(String.fromCharCode(t[text.charCodeAt(i)]!));
  const spans = (phrase: string) => {
    const p = foldTerm(phrase);
    const out: Array<[number, number]> = [];
    for (let k = folded.indexOf(p); k >= 0; k = folded.indexOf(p, k + 1)) out.push([at[k]!, at[k + p.length - 1]! + 1]);
    return out;
  };
  const literal = ([s, e]: [number, number]) => [...text.slice(s, e)].every((c) => t[c.charCodeAt(0)] !== SKIP || isZeroWidth(c.charCodeAt(0)));
  const allowed = defaultRuleSet.allow.map((a) => ({ rules: a.rules, spans: spans(a.phrase).filter(literal) }));
  const found = new Set<string>();
  for (const rule of defaultRuleSet.rules) {
    for (const term of rule.terms ?? []) {
      for (const [start, end] of spans(term)) {
        if ((alnum(start) && alnum(start - 1)) || (alnum(end - 1) && alnum(end))) continue;
        if (allowed.some((a) => (!a.rules || a.rules.includes(rule.id)) && a.spans.some(([s, e]) => s <= start && end <= e))) continue;
        found.add(`${rule.id}@${start}-${end}`);
      }
    }
  }
  return [...found].sort();
}

describe('scanner properties', () => {
  it('CMP-1: the automaton finds exactly the matches a naive search of every folded term finds', () => {
    // S2 内容发布.1 严格审核
    fc.assert(
      fc.property(texts, (text) => {
        expect([...new Set(run(text).filter((f) => f.term !== undefined).map(id))].sort()).toEqual(naive(text));
      }),
      { numRuns: 300 },
    );
  }, 30_000);

  it('CMP-1: scanning is deterministic: the same text gives the same findings, every time', () => {
    // S2 内容发布.1 严格审核: the same text always gets the same review
    fc.assert(
      fc.property(texts, (text) => {
        expect(run(text)).toEqual(run(text));
      }),
      { numRuns: 300 },
    );
  }, 30_000);

  it('CMP-1: offsets always slice back to the matched text, which folds to the listed term, and never split a surrogate pair', () => {
    // S1 ch.4.1 真实、准确
    fc.assert(
      fc.property(texts, (text) => {
        for (const f of run(text)) {
          expect(text.slice(f.start, f.end)).toBe(f.text);
          expect(f.start).toBeLessThan(f.end);
          if (f.term !== undefined) expect(foldTerm(f.text)).toBe(foldTerm(f.term));
          expect(isLow(text.charCodeAt(f.start))).toBe(false);
          expect(isHigh(text.charCodeAt(f.end - 1))).toBe(false);
        }
      }),
      { numRuns: 300 },
    );
  }, 30_000);

  it('CMP-1: scanning a concatenation finds the union of both parts’ findings, away from the boundary', () => {
    // S2 内容发布.1
    for (const ch of '甲乙丙丁') {
      expect(terms.some((t) => t.includes(ch)) || defaultRuleSet.allow.some((a) => a.phrase.includes(ch))).toBe(false);
    }
    fc.assert(
      fc.property(texts, texts, (a, b) => {
        const joined = run(a + NEUTRAL + b).map(id).sort();
        const shift = a.length + NEUTRAL.length;
        const parts = [...run(a).map(id), ...run(b).map((f) => id({ ...f, start: f.start + shift, end: f.end + shift }))].sort();
        expect(joined).toEqual(parts);
      }),
      { numRuns: 200 },
    );
  }, 30_000);

  it('CMP-5: inserting spaces or punctuation between the characters of a listed term never hides it', () => {
    // S2 平台规则风险.1; evasion by inserted punctuation is still 虚假宣传 (S2 基本原则.2)
    fc.assert(
      fc.property(fc.constantFrom(...terms.filter((t) => /^[\u4e00-\u9fff]+$/.test(t))), fc.array(fc.constantFrom(' ', '.', '·', '、', '*', '　', '😀'), { minLength: 1, maxLength: 4 }), (term, gaps) => {
        const chars = [...term];
        const text = chars.map((c, i) => (i < chars.length - 1 ? c + gaps[i % gaps.length] : c)).join('');
        expect(run(text).some((f) => f.start === 0 && f.end === text.length && foldTerm(f.term ?? '') === foldTerm(term))).toBe(true);
      }),
      { numRuns: 300 },
    );
  }, 30_000);
});

describe('a large rule set', () => {
  it('CMP-5: 2,000 overlapping terms over a small alphabet: every match, overlapping ones included, at the right offsets', () => {
    // S2 法律风险.1 (a company's lists may be long)
    // Many shared prefixes and suffixes, so that failure links are taken often.
    const alphabet = '最佳第一顶级国家保本';
    const terms = fc.sample(fc.array(fc.constantFrom(...alphabet), { minLength: 1, maxLength: 6 }).map((a) => a.join('')), { numRuns: 4000, seed: 9 });
    const unique = [...new Set(terms)].slice(0, 2000);
    const set = compileRuleSetOrThrow({ id: 'big', labels: defaultRuleSet.labels, allow: [], rules: [{ ...defaultRuleSet.rules[0]!, rewrites: [], terms: unique }] });
    const text = fc.sample(fc.array(fc.constantFrom(...alphabet, ' ', '國', '😀'), { minLength: 3000, maxLength: 3000 }), { numRuns: 1, seed: 3 })[0]!.join('');
    const r = scan(text, set);
    expect(r.ok).toBe(true);
    const got = r.ok ? r.value.map((f) => `${foldTerm(f.term!)}@${f.start}-${f.end}`).sort() : [];
    const t = foldTable();
    let folded = '';
    const at: number[] = [];
    for (let i = 0; i < text.length; i++) {
      const f = t[text.charCodeAt(i)]!;
      if (f !== SKIP) (folded += String.fromCharCode(f), at.push(i));
    }
    const want: string[] = [];
    for (const term of unique) for (let k = folded.indexOf(term); k >= 0; k = folded.indexOf(term, k + 1)) want.push(`${term}@${at[k]}-${at[k + term.length - 1]! + 1}`);
    expect(got.length).toBeGreaterThan(1000);
    expect(got).toEqual(want.sort());
  }, 30_000);
});
