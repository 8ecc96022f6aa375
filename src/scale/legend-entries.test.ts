import { describe, expect, test } from 'vitest';
import { metricScale, NO_EARLIER_STYLE } from './metric-scale.ts';
import { legendModel } from './legend-entries.ts';

describe('legendModel', () => {
  test('lists every class of the fixed coverage scale, lowest first, then the no-data hatch', () => {
    const model = legendModel('coverage_pct', 'ylgnbu', 'id', false);
    expect(model.title).toBe('Cakupan kepesertaan (%)');
    expect(model.entries.map((e) => e.label)).toEqual(['< 20%', '20–30%', '30–40%', '40–50%', '50–60%', '≥ 60%', 'Data tidak tersedia']);
    expect(model.entries.map((e) => e.key)).toEqual([0, 1, 2, 3, 4, 5, 'no-data']);
    expect(model.entries.slice(0, 6).map((e) => e.colour)).toEqual(metricScale('coverage_pct').classes.map((c) => c.colour));
    expect(model.entries[6]!.colour).toBeNull();
  });

  test('writes labels and title in English for lang en', () => {
    const model = legendModel('participants_active', 'blues', 'en', false);
    expect(model.title).toBe('Active participants');
    expect(model.entries[0]!.label).toBe('< 25,000');
    expect(model.entries.at(-1)!.label).toBe('Data not available');
  });

  test('uses the chosen scheme', () => {
    const blues = legendModel('coverage_pct', 'blues', 'id', false).entries[0]!.colour;
    const viridis = legendModel('coverage_pct', 'viridis', 'id', false).entries[0]!.colour;
    expect(blues).toBe(metricScale('coverage_pct', 'blues').classes[0]!.colour);
    expect(viridis).not.toBe(blues);
  });

  test('adds the carried-forward mark only when carrying forward, and it is not a highlightable class', () => {
    expect(legendModel('coverage_pct', 'ylgnbu', 'en', false).entries.some((e) => e.kind === 'carried-forward')).toBe(false);
    const last = legendModel('coverage_pct', 'ylgnbu', 'en', true).entries.at(-1)!;
    expect(last).toMatchObject({ key: 'carried-forward', highlightable: false, label: 'Earlier year’s figure (carried forward)' });
  });

  test('never shows the carried-forward mark for the change metric, which is never carried', () => {
    const entries = legendModel('coverage_change_pp', 'ylgnbu', 'id', true).entries;
    expect(entries.map((e) => e.kind)).not.toContain('carried-forward');
    // Five classes, "no figure", and "no earlier figure to compare".
    expect(entries).toHaveLength(7);
  });

  test('the change lists "no earlier figure to compare" apart from "no figure", in the map\'s grey; other metrics do not', () => {
    const entries = legendModel('coverage_change_pp', 'ylgnbu', 'id', false).entries;
    expect(entries.slice(-2).map((e) => [e.kind, e.label])).toEqual([
      ['no-data', 'Data tidak tersedia'],
      ['no-earlier', 'Tidak ada angka tahun sebelumnya untuk dibandingkan'],
    ]);
    expect(entries.at(-1)!.colour).toBe(NO_EARLIER_STYLE.fill);
    expect(legendModel('coverage_change_pp', 'ylgnbu', 'en', false).entries.at(-1)!.label).toBe('No earlier figure to compare');
    expect(legendModel('coverage_pct', 'ylgnbu', 'id', false).entries.map((e) => e.kind)).not.toContain('no-earlier');
  });

  test('the one-row legend: each class but the first gives its lower break as a tick, the unit apart where the title lacks it', () => {
    const change = legendModel('coverage_change_pp', 'ylgnbu', 'id', false);
    expect(change.entries.map((e) => e.short)).toEqual([null, '\u22125', '\u22121', '+1', '+5', 'Tidak tersedia', 'Tanpa pembanding']);
    expect(change.unit).toBe('persen poin');
    expect(change.entries.slice(0, 5).map((e) => e.shown)).toEqual(['< \u22125', '\u22125 s.d. \u22121', '\u22121 s.d. +1', '+1 s.d. +5', '≥ +5']);
    expect(change.entries[1]!.label).toBe('\u22125 s.d. \u22121 persen poin');
    const coverage = legendModel('coverage_pct', 'ylgnbu', 'en', true);
    expect(coverage.entries.map((e) => e.short)).toEqual([null, '20', '30', '40', '50', '60', 'Not available', 'Carried']);
    expect(coverage.unit).toBeNull();
    expect(legendModel('participants_active', 'ylgnbu', 'id', false).entries[1]!.short).toBe('25\u00a0rb');
  });
});
