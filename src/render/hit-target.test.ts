import { describe, expect, test } from 'vitest';
import { isCity, pickRegency } from './hit-target.ts';

describe('pickRegency', () => {
  test('a tap beside Kota Pontianak, on Kubu Raya, means Pontianak', () => {
    expect(pickRegency('61.12', ['61.12', '61.71'])).toBe('61.71');
  });

  test('a tap on a regency with no city near means that regency', () => {
    expect(pickRegency('61.04', ['61.04', '61.11'])).toBe('61.04');
  });

  test('the city under the point wins over another city in the box, and nothing under the point is null', () => {
    expect(pickRegency('61.72', ['61.71', '61.72'])).toBe('61.72');
    expect(pickRegency(null, [])).toBeNull();
    expect(pickRegency(null, ['61.71'])).toBe('61.71');
  });

  test('cities are the codes 71 and up', () => {
    expect([isCity('61.71'), isCity('61.72'), isCity('61.12'), isCity('61.01')]).toEqual([true, true, false, false]);
  });
});
