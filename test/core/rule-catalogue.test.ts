// The rule catalogue: every rule ID the code and the tests cite is in it, with titles in three languages
// and the seed clauses it rests on; docs/rules.md is drawn from it.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { tsFiles } from '../support/files.js';
import { describeRule, isRuleId, LOCALES, ruleCatalogue, ruleIds, ruleSections, seedDocuments } from '../../src/core/index.js';

const RULE_ID = /\b(?:ORG|CW|CMP|RSK|OPN|ACC|DSC|KPI|BUD|CMPN|SUP)-\d+\b/g;


describe('rule catalogue', () => {
  it('holds the 55 rules of the policy digest, section by section', () => {
    const counts = Object.fromEntries(Object.keys(ruleSections).map((s) => [s, ruleIds.filter((id) => ruleCatalogue[id].section === s).length]));
    expect(counts).toEqual({ ORG: 4, CW: 9, CMP: 5, RSK: 6, OPN: 4, ACC: 4, DSC: 7, KPI: 4, BUD: 4, CMPN: 4, SUP: 4 });
    expect(ruleIds).toHaveLength(55);
    expect(new Set(ruleIds).size).toBe(55);
    for (const id of ruleIds) expect(id.startsWith(`${ruleCatalogue[id].section}-`), id).toBe(true);
  });

  it('every entry has three non-empty titles and at least one citation of a seed clause', () => {
    for (const id of ruleIds) {
      const r = ruleCatalogue[id];
      expect(r.id).toBe(id);
      for (const l of LOCALES) expect(r.titles[l].trim().length, `${id} ${l}`).toBeGreaterThan(1);
      expect(r.titles.en).toMatch(/^[A-Z][^\u4e00-\u9fff]+$/);
      expect(r.titles['zh-CN']).toMatch(/[\u4e00-\u9fff]/);
      expect(r.citations.length, id).toBeGreaterThan(0);
      for (const c of r.citations) {
        expect(Object.keys(seedDocuments), id).toContain(c.seed);
        expect(c.clause.trim().length, id).toBeGreaterThan(0);
      }
    }
  });

  it('every rule ID cited in the source and in the tests is in the catalogue', () => {
    const cited = new Map<string, string>();
    for (const file of [...tsFiles('src'), ...tsFiles('test')]) {
      if (file.endsWith('rule-catalogue.ts') || file.endsWith('rule-catalogue.test.ts')) continue;
      for (const m of readFileSync(file, 'utf8').matchAll(RULE_ID)) cited.set(m[0], file);
    }
    expect(cited.size).toBeGreaterThan(40);
    expect([...cited].filter(([id]) => !isRuleId(id))).toEqual([]);
  });

  it('every rule named in a test title is in the catalogue', () => {
    const titles = tsFiles('test').flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/\b(?:it|describe|test)\(\s*(['"`])(.*?)\1/g)].map((m) => m[2]!));
    const ids = titles.flatMap((t) => t.match(RULE_ID) ?? []);
    expect(ids.length).toBeGreaterThan(100);
    expect(ids.filter((id) => !isRuleId(id))).toEqual([]);
  });

  it('describeRule names a rule in each language; an unknown ID is invalid-input naming the id', () => {
    expect(describeRule('CW-4', 'zh-CN')).toEqual({ ok: true, value: 'CW-4 职责分离：作者不审批本人内容' });
    expect(describeRule('BUD-3')).toEqual({ ok: true, value: 'BUD-3 A budget change is applied for and approved first' });
    const r = describeRule('CW-10', 'zh-TW');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('invalid-input');
      expect(r.error.code === 'invalid-input' && r.error.issues[0]!.path).toEqual(['id']);
    }
    expect(isRuleId('constructor')).toBe(false);
  });

  it('an ID or locale from outside that is not a string is refused with the field named, never quoted', () => {
    // An object whose toString is not a function throws when quoted in a template string.
    const hostile = { toString: 'x', valueOf: 'y' } as unknown as string;
    const r = describeRule(hostile);
    expect(!r.ok && r.error.code === 'invalid-input' && r.error.issues[0]!.path).toEqual(['id']);
    expect(isRuleId(hostile)).toBe(false);
    const l = describeRule('CW-4', 'fr' as never);
    expect(!l.ok && l.error.code === 'invalid-input' && l.error.issues[0]!.path).toEqual(['locale']);
  });

  it('docs/rules.md is the page the catalogue draws, with an anchor per rule (run `npm run docs:generate`)', async () => {
    const { rulesMarkdown } = await import('../../scripts/generate-docs.js');
    const page = readFileSync('docs/rules.md', 'utf8');
    expect(page).toBe(rulesMarkdown());
    for (const id of ruleIds) expect(page).toContain(`\n### ${id}\n`);
  });
});
