// KPI-3: actual against target, by each attainment method, at the points where the method's formula
// changes (written from the method's definition, not read off the code).
import { describe, expect, it } from 'vitest';
import { attainment, ratingFor, type IndicatorSpec } from '../../src/kpi/index.js';

const spec = (over: Partial<IndicatorSpec>): IndicatorSpec => ({ metric: 'm', weightBp: 10000, target: 100, method: 'ratio', floor: 0, cap: 1.5, ...over }) as IndicatorSpec;

describe('KPI-3: attainment methods', () => {
  it('KPI-3: band — inside the band is full attainment; outside, attainment falls by the distance over the tolerance, on either side', () => {
    const band = spec({ method: 'band', band: { low: 40, high: 60, tolerance: 20 } });
    expect(attainment(band, 50)).toBe(1);
    expect(attainment(band, 40)).toBe(1);
    expect(attainment(band, 60)).toBe(1);
    expect(attainment(band, 30)).toBeCloseTo(0.5, 12); // 10 below low
    expect(attainment(band, 75)).toBeCloseTo(0.25, 12); // 15 above high
    expect(attainment(band, 0)).toBe(0); // 40 below: past the tolerance, held at the floor
  });

  it('KPI-3: band without a band — the target itself, with its own size as the tolerance', () => {
    const point = spec({ method: 'band', target: 80 });
    expect(attainment(point, 80)).toBe(1);
    expect(attainment(point, 60)).toBeCloseTo(0.75, 12);
    expect(attainment(point, 100)).toBeCloseTo(0.75, 12);
  });

  it('KPI-3: piecewise on a rising scale — floor below the threshold, threshold attainment to 1 up to the target, 1 to the cap up to the stretch', () => {
    const p = spec({ method: 'piecewise', target: 100, cap: 1.5, piecewise: { threshold: 60, stretch: 140, thresholdAttainment: 0.6 } });
    expect(attainment(p, 59)).toBe(0);
    expect(attainment(p, 60)).toBeCloseTo(0.6, 12);
    expect(attainment(p, 80)).toBeCloseTo(0.8, 12); // halfway from threshold to target
    expect(attainment(p, 100)).toBe(1);
    expect(attainment(p, 120)).toBeCloseTo(1.25, 12); // halfway from target to stretch
    expect(attainment(p, 140)).toBe(1.5);
    expect(attainment(p, 1e6)).toBe(1.5);
  });

  it('KPI-3: piecewise on a falling scale (a cost) — the same shape, mirrored', () => {
    const p = spec({ method: 'piecewise', target: 100, cap: 1.5, piecewise: { threshold: 140, stretch: 60, thresholdAttainment: 0.6 } });
    expect(attainment(p, 141)).toBe(0);
    expect(attainment(p, 140)).toBeCloseTo(0.6, 12);
    expect(attainment(p, 120)).toBeCloseTo(0.8, 12);
    expect(attainment(p, 100)).toBe(1);
    expect(attainment(p, 80)).toBeCloseTo(1.25, 12);
    expect(attainment(p, 60)).toBe(1.5);
  });

  it('KPI-3: inverse — lower is better, zero cost earns the cap', () => {
    const inv = spec({ method: 'inverse', target: 50 });
    expect(attainment(inv, 100)).toBe(0.5);
    expect(attainment(inv, 50)).toBe(1);
    expect(attainment(inv, 0)).toBe(1.5);
  });

  it('KPI-4: ratings read bands best first whatever order the policy lists them in', () => {
    const bands = [
      { rating: 'C', min: 0, labels: { 'zh-CN': 'C', 'zh-TW': 'C', en: 'C' } },
      { rating: 'B', min: 60, labels: { 'zh-CN': 'B', 'zh-TW': 'B', en: 'B' } },
      { rating: 'A', min: 85, labels: { 'zh-CN': 'A', 'zh-TW': 'A', en: 'A' } },
    ] as never;
    expect(ratingFor(90, bands)?.rating).toBe('A');
    expect(ratingFor(85, bands)?.rating).toBe('A');
    expect(ratingFor(84.99, bands)?.rating).toBe('B');
    expect(ratingFor(10, bands)?.rating).toBe('C');
  });
});
