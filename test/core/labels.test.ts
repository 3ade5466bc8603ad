import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as lib from '../../src/index.js';
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

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? sources(p) : p.endsWith('.ts') ? [p] : [];
  });
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

  it('enumerations in zod schemas are built from labelled values, never from bare literal lists', () => {
    for (const file of sources('src')) {
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
