import { describe, expect, test } from 'vitest';
import { coverageScale, COVERAGE_BREAKS, NO_DATA } from './coverage-scale.ts';

describe('coverageScale', () => {
  const scale = coverageScale();

  test('has one class more than breaks: below the first, between each pair, and from the last up', () => {
    expect(scale.classes).toHaveLength(COVERAGE_BREAKS.length + 1);
    expect(scale.classes.map((c) => c.label)).toEqual(['< 20%', '20–30%', '30–40%', '40–50%', '50–60%', '≥ 60%']);
  });

  test('a value on a break belongs to the class above it', () => {
    expect(scale.classify(19.99).index).toBe(0);
    expect(scale.classify(20).index).toBe(1);
    expect(scale.classify(59.99).index).toBe(4);
    expect(scale.classify(60).index).toBe(5);
  });

  test('classes the published figures as their ranges say (Kubu Raya 25,01%, Ketapang 68,02%)', () => {
    expect(scale.classify(25.01).label).toBe('20–30%');
    expect(scale.classify(68.02).label).toBe('≥ 60%');
  });

  test('puts values outside 0-100 in the end classes rather than failing', () => {
    expect(scale.classify(0).index).toBe(0);
    expect(scale.classify(104).index).toBe(5);
  });

  test('gives every class a different colour, darker as coverage rises', () => {
    const colours = scale.classes.map((c) => c.colour);
    expect(new Set(colours).size).toBe(colours.length);
    const lightness = colours.map(relativeLuminance);
    for (let i = 1; i < lightness.length; i++) expect(lightness[i]).toBeLessThan(lightness[i - 1]!);
  });

  test('no class uses the colours of "no figure"', () => {
    for (const c of scale.classes) {
      expect(c.colour).not.toBe(NO_DATA.background);
      expect(c.colour).not.toBe(NO_DATA.hatch);
    }
  });

  test('refuses breaks that do not rise', () => {
    expect(() => coverageScale([20, 20, 40])).toThrow(/must rise/);
  });

  test('refuses more classes than the colour scheme has', () => {
    expect(() => coverageScale([10, 20, 30, 40, 50, 60, 70, 80, 90])).toThrow(/no scheme of 10 colours/);
  });
});

function relativeLuminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
