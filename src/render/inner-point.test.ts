import { describe, expect, test } from 'vitest';
import { innerPoint } from './inner-point.ts';

describe('innerPoint', () => {
  test('a bent region (a U, whose centroid lies in the gap) gets a point inside one of its arms, not in the gap', () => {
    // A U 3 wide and 3 high with a 1 by 2 gap in the middle of its top: the centroid is near (1.5, 1.36), in the gap.
    const u = [[[0, 0], [3, 0], [3, 3], [2, 3], [2, 1], [1, 1], [1, 3], [0, 3], [0, 0]]];
    const [x, y] = innerPoint(u, 1e-3);
    const inGap = x > 1 && x < 2 && y > 1;
    expect(inGap).toBe(false);
    expect(x > 0 && x < 3 && y > 0 && y < 3).toBe(true);
  });

  test('a square: its middle', () => {
    const [x, y] = innerPoint([[[0, 0], [2, 0], [2, 2], [0, 2], [0, 0]]], 1e-3);
    expect(x).toBeCloseTo(1, 2);
    expect(y).toBeCloseTo(1, 2);
  });

  test('keeps out of a hole', () => {
    const ring = [[0, 0], [4, 0], [4, 4], [0, 4], [0, 0]];
    const hole = [[1, 1], [3, 1], [3, 3], [1, 3], [1, 1]];
    const [x, y] = innerPoint([ring, hole], 1e-3);
    expect(x > 1 && x < 3 && y > 1 && y < 3).toBe(false);
  });
});
