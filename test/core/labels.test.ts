import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tsFiles } from '../support/files.js';
import * as lib from '../../src/index.js';
import domains from '../../domains.json' with { type: 'json' };
import { LOCALES, labelOf, labelledEnum } from '../../src/core/index.js';

type LabelRecord = Record<string, Record<string, unknown>>;

function labelRecords(): Array<[string, LabelRecord]> {
  const out: Array<[string, LabelRecord]> = [];
  for (const [name, value] of Object.entries(lib)) {
    if (value && typeof value === 'object' && 'labels' in value && 'values' in value) out.push([name, (value as { labels: LabelRecord }).labels]);
    else if (name.endsWith('Labels') && value && typeof value === 'object') out.push([name, value as LabelRecord]);
  }
  return out;
}


describe('labels', () => {
  it('every exported enumeration labels every value in zh-CN, zh-TW and en, none blank', () => {
    const records = labelRecords();
    expect(records.length).toBeGreaterThanOrEqual(8);
    expect(records.map(([n]) => n)).toEqual(expect.arrayContaining(['errorCodeLabels', 'revisionState', 'rightScope']));
    for (const [name, labels] of records) {
      for (const [value, l] of Object.entries(labels)) {
        for (const locale of LOCALES) {
          const text = l[locale];
          expect(typeof text === 'string' && text.trim().length > 0, `${name}.${value}.${locale}`).toBe(true);
        }
      }
    }
  });

  it('every enumeration exported as codes is labelled in zh-CN, zh-TW and en by its domain’s locale modules, none blank', async () => {
    const byDomain = await Promise.all(
      domains.subpaths.map(async (s) => {
        const codes = (s as { locales?: string[] }).locales ?? [];
        const files = codes.map((code) => join(process.cwd(), 'src', s.name, 'locale', `${code}.ts`));
        const modules = await Promise.all(files.map((file) => import(/* @vite-ignore */ file) as Promise<Record<string, unknown>>));
        return modules.map((m) => Object.values(m)[0] as { code: string } & Record<string, unknown>);
      }),
    );
    for (const locales of byDomain.filter((l) => l.length > 0)) expect(locales.map((l) => l.code).sort()).toEqual([...LOCALES].sort());
    const codeEnums = (Object.entries(lib) as Array<[string, unknown]>).filter(([, v]) => v && typeof v === 'object' && 'values' in v && 'is' in v && !('labels' in v)) as Array<[string, { name: string; values: string[] }]>;
    expect(codeEnums.map(([n]) => n)).toEqual(expect.arrayContaining(['metricUnit', 'appraisalCycle']));
    for (const [name, e] of codeEnums) {
      const locales = byDomain.find((l) => l.length > 0 && l.every((m) => Object.hasOwn(m, e.name)));
      expect(locales, `locale modules labelling ${name}`).toBeDefined();
      for (const locale of locales!) {
        const labels = locale[e.name] as Record<string, unknown>;
        for (const v of e.values) expect(typeof labels[v] === 'string' && (labels[v] as string).trim().length > 0, `${locale.code} ${name}.${v}`).toBe(true);
      }
    }
  });

  it('enumerations in zod schemas are built from labelled values, never from bare literal lists', () => {
    for (const file of tsFiles('src')) {
      const text = readFileSync(file, 'utf8');
      expect(text.match(/z\.enum\(\s*\[/g), file).toBeNull();
    }
  });

  it('a labelled enum knows its values and falls back to the key for host-added values', () => {
    const level = labelledEnum('level', { high: { 'zh-CN': '高', 'zh-TW': '高', en: 'High' } });
    expect(level.values).toEqual(['high']);
    expect(level.is('high') && !level.is('low')).toBe(true);
    expect(level.label('high', 'zh-TW')).toBe('高');
    expect(labelOf(level.labels, 'custom-platform', 'zh-CN')).toBe('custom-platform');
  });
});
