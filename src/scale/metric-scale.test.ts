import { describe, expect, test } from 'vitest';
import { rgb } from 'd3-color';
import { metricScale, NO_DATA_STYLE, SCHEME_NAMES } from './metric-scale.ts';
import { metricDefinition } from '../model/metrics.ts';

describe('metricScale: coverage', () => {
  const scale = metricScale('coverage_pct');

  test('has one class more than breaks, labelled as Indonesian and English readers write ranges', () => {
    expect(scale.classes).toHaveLength(metricDefinition('coverage_pct').breaks.length + 1);
    expect(scale.classes.map((c) => scale.label(c, 'id'))).toEqual(['< 20%', '20–30%', '30–40%', '40–50%', '50–60%', '≥ 60%']);
    expect(scale.label(scale.classes[0]!, 'en')).toBe('< 20%');
  });

  test('a value on a break belongs to the class above it', () => {
    expect(scale.classify(19.99).index).toBe(0);
    expect(scale.classify(20).index).toBe(1);
    expect(scale.classify(59.99).index).toBe(4);
    expect(scale.classify(60).index).toBe(5);
  });

  test('classes the published figures as their ranges say (Kubu Raya 25,01%, Ketapang 68,02%)', () => {
    expect(scale.label(scale.classify(25.01), 'id')).toBe('20–30%');
    expect(scale.label(scale.classify(68.02), 'id')).toBe('≥ 60%');
  });

  test('puts values outside 0-100 in the end classes rather than failing', () => {
    expect(scale.classify(0).index).toBe(0);
    expect(scale.classify(104).index).toBe(5);
  });

  test.each(SCHEME_NAMES)('scheme %s: every class a different colour, darker as coverage rises, none the no-data grey', (scheme) => {
    const colours = metricScale('coverage_pct', scheme).classes.map((c) => c.colour);
    expect(new Set(colours).size).toBe(colours.length);
    const lightness = colours.map(relativeLuminance);
    for (let i = 1; i < lightness.length; i++) expect(lightness[i]).toBeLessThan(lightness[i - 1]!);
    for (const colour of colours) expect([NO_DATA_STYLE.background, NO_DATA_STYLE.hatch]).not.toContain(colour);
  });
});

describe('metricScale: other metrics', () => {
  test('participants are counts: labels group thousands', () => {
    const scale = metricScale('participants_active');
    expect(scale.label(scale.classify(110013), 'id')).toBe('≥ 100.000');
    expect(scale.format(69590, 'en')).toBe('69,590');
  });

  test('the change diverges around "about unchanged", with signs and points', () => {
    const scale = metricScale('coverage_change_pp');
    expect(scale.classify(0.42).index).toBe(2);
    expect(scale.classify(12.33).index).toBe(4);
    expect(scale.classify(-0.86).index).toBe(2);
    expect(scale.format(12.33, 'id')).toBe('+12,33 persen poin');
    expect(scale.label(scale.classes[2]!, 'en')).toBe('\u22121 to +1 percentage points');
    expect(scale.label(scale.classes[1]!, 'id')).toBe('\u22125 s.d. \u22121 persen poin');
    expect(scale.label(scale.classes[0]!, 'id')).toBe('< \u22125 persen poin');
    expect(scale.tick(-5, 'id')).toBe('\u22125');
  });
});

function relativeLuminance(colour: string): number {
  const { r, g, b } = rgb(colour);
  const [lr, lg, lb] = [r, g, b].map((v) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * lr! + 0.7152 * lg! + 0.0722 * lb!;
}

describe('a scheme or metric named by a reader', () => {
  test.each(['toString', '__proto__', 'constructor', 'hasOwnProperty', 'nope'])('%j gets the default colours, never an object\'s prototype', (name) => {
    expect(metricScale('coverage_pct', name as never).classes.map((c) => c.colour)).toEqual(metricScale('coverage_pct', 'ylgnbu').classes.map((c) => c.colour));
    expect(metricScale(name).classes.map((c) => c.colour)).toEqual(metricScale('coverage_pct').classes.map((c) => c.colour));
  });
});
