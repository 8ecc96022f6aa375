// The frame of each area the site reaches besides its own province (scripts/lib/boundaries/areas.ts):
// the camera's box around it, and how fine its shapes are drawn.
import { describe, expect, it } from 'vitest';
import { areaContextBox, simplifyIntervals, spanKm } from '../scripts/lib/boundaries/areas.ts';

describe('areaContextBox', () => {
  it('adds 15% of the area on each side, rounded outward to a hundredth of a degree', () => {
    expect(areaContextBox({ west: 110, south: -3, east: 113, north: -0.5 })).toEqual({ west: 109.55, south: -3.38, east: 113.45, north: -0.12 });
  });

  it('gives a long chain of islands more sea above and below: never wider than twice its height', () => {
    const box = areaContextBox({ west: 95, south: -11, east: 141, north: 6 });
    expect((box.east - box.west) / (box.north - box.south)).toBeCloseTo(2, 1);
    expect(box.south).toBeLessThan(-11 - 0.15 * 17);
    expect(box.north).toBeGreaterThan(6 + 0.15 * 17);
  });

  it('gives a tall area more room at the sides: never narrower than 0.8 of its height', () => {
    const box = areaContextBox({ west: 106.4, south: -6.4, east: 106.9, north: -5.2 });
    expect((box.east - box.west) / (box.north - box.south)).toBeCloseTo(0.8, 1);
  });
});

describe('simplifyIntervals', () => {
  it('starts at a quarter of a pixel of a 1,000-px view of the area, finest first', () => {
    // 600 km across: 150 m is a quarter of a 600-m pixel.
    expect(simplifyIntervals(600, 'regencies').slice(0, 3)).toEqual(['150m', '200m', '300m']);
    // The context needs half a pixel.
    expect(simplifyIntervals(600, 'context')[0]).toBe('300m');
    expect(simplifyIntervals(5000, 'regencies')[0]).toBe('1.5km');
  });

  it('always leaves the coarsest step to try', () => {
    expect(simplifyIntervals(1e6, 'regencies')).toEqual(['12km']);
  });

  it('measures an area by its larger side in km', () => {
    expect(spanKm({ west: 0, south: 0, east: 1, north: 2 })).toBeCloseTo(222.6, 0);
  });
});
