import { describe, expect, test } from 'vitest';
import { shippedDataset } from '../../../test/data/helpers.ts';
import { makeDataset } from '../../../test/fixtures/dataset.ts';
import type { Dataset } from '../../data/index.ts';
import { metricScale, NO_EARLIER_STYLE, type SchemeName } from '../../scale/metric-scale.ts';
import { yearView } from '../../scale/year-view.ts';
import { featureState, paintRegencies as paintView, type PaintOptions } from './map-paint.ts';

const dataset = shippedDataset();
const byCode = (paints: ReturnType<typeof paintView>) => new Map(paints.map((p) => [p.code, p]));

/** The map's paint of a year's picture, as the element asks for it. */
function paintRegencies(
  from: Dataset,
  { year, metric, scheme, carryForward, ...paint }: PaintOptions & { year: number; metric: string; scheme?: SchemeName; carryForward?: boolean },
) {
  return paintView(yearView(from, { year, metric, scheme, carryForward, lang: 'id' }), paint);
}

describe('paintRegencies', () => {
  test('every regency gets its class colour, and one without a figure gets none (not the lowest class)', () => {
    const paints = byCode(paintRegencies(dataset, { year: 2024, metric: 'coverage_pct' }));
    expect(paints.size).toBe(14);
    const ketapang = paints.get('61.04')!;
    expect(ketapang).toMatchObject({ shortName: 'Ketapang', value: 68.02, classIndex: 5, colour: metricScale('coverage_pct').classify(68.02).colour, carriedForward: false });
    const kubuRaya = paints.get('61.12')!;
    expect(kubuRaya).toMatchObject({ value: null, classIndex: null, colour: null, carriedForward: false });
  });

  test('the scheme changes the colours but not the classes', () => {
    const blues = byCode(paintRegencies(dataset, { year: 2024, metric: 'coverage_pct', scheme: 'blues' })).get('61.04')!;
    expect(blues.classIndex).toBe(5);
    expect(blues.colour).toBe(metricScale('coverage_pct', 'blues').classes[5]!.colour);
    expect(blues.colour).not.toBe(metricScale('coverage_pct').classes[5]!.colour);
  });

  test('carry-forward fills a year without a figure from an earlier one, and marks it', () => {
    const kubuRaya = byCode(paintRegencies(dataset, { year: 2024, metric: 'coverage_pct', carryForward: true })).get('61.12')!;
    expect(kubuRaya.carriedForward).toBe(true);
    expect(kubuRaya.classIndex).not.toBeNull();
    expect(kubuRaya.figure?.period.text).toBe('2023-11');
  });

  test('a highlighted class dims every regency outside it; no-data highlights the hatched ones', () => {
    const top = paintRegencies(dataset, { year: 2024, metric: 'coverage_pct', highlightClass: 5 });
    expect(top.filter((p) => !p.dimmed).map((p) => p.code)).toEqual(['61.04']);
    const missing = paintRegencies(dataset, { year: 2024, metric: 'coverage_pct', highlightClass: 'no-data' });
    expect(missing.every((p) => p.dimmed === (p.classIndex !== null))).toBe(true);
    expect(missing.some((p) => !p.dimmed)).toBe(true);
    expect(paintRegencies(dataset, { year: 2024, metric: 'coverage_pct' }).some((p) => p.dimmed)).toBe(false);
  });

  test('regencies in focus keep their colour and every other one is dimmed, whatever its class or figure', () => {
    const fixture = makeDataset();
    const focused = paintRegencies(fixture, { year: 2024, metric: 'coverage_pct', focusRegions: ['61.02', '61.09'] });
    expect(focused.filter((p) => !p.dimmed).map((p) => p.code).sort()).toEqual(['61.02', '61.09']);
    // Colours stay as they are: only the dimming changes.
    const plain = paintRegencies(fixture, { year: 2024, metric: 'coverage_pct' });
    expect(focused.map((p) => p.colour)).toEqual(plain.map((p) => p.colour));
    expect(paintRegencies(fixture, { year: 2024, metric: 'coverage_pct', focusRegions: [] }).some((p) => p.dimmed)).toBe(false);
  });

  test('asked plain, a regency in focus without a figure loses its hatch; every other keeps it', () => {
    const noFigure = (paints: ReturnType<typeof paintView>) => paints.filter((p) => p.state === 'no-figure');
    const all = noFigure(paintRegencies(dataset, { year: 2024, metric: 'coverage_pct' }));
    const [winner, other] = all.map((p) => p.code);
    const plain = paintRegencies(dataset, { year: 2024, metric: 'coverage_pct', focusRegions: [winner!], focusPlain: true });
    const state = (code: string) => featureState(plain.find((p) => p.code === code)!, '#eee');
    expect(state(winner!)).toMatchObject({ noData: false, colour: '#eee', dimmed: false });
    expect(state(other!)).toMatchObject({ noData: true, dimmed: true });
    // Not asked: the winner keeps its hatch.
    const hatched = paintRegencies(dataset, { year: 2024, metric: 'coverage_pct', focusRegions: [winner!] });
    expect(featureState(hatched.find((p) => p.code === winner)!, '#eee').noData).toBe(true);
  });
});

describe('featureState', () => {
  test('holds the class, colour and flags the WebGL style reads; no figure is class -1 on the hatch background', () => {
    const paints = byCode(paintRegencies(dataset, { year: 2024, metric: 'coverage_pct' }));
    expect(featureState(paints.get('61.04')!, '#ffffff')).toEqual({ classIndex: 5, colour: paints.get('61.04')!.colour, noData: false, carried: false, dimmed: false });
    expect(featureState(paints.get('61.12')!, '#ffffff')).toEqual({ classIndex: -1, colour: '#ffffff', noData: true, carried: false, dimmed: false });
  });
});

describe('a change with no earlier figure', () => {
  test('is drawn in its own grey, apart from the hatch of "no figure", in both renderers and the legend\'s highlight', () => {
    const fixture = makeDataset();
    const paints = byCode(paintRegencies(fixture, { year: 2024, metric: 'coverage_change_pp' }));
    const landak = paints.get('61.08')!;
    const sambas = paints.get('61.01')!;
    expect([landak.state, sambas.state]).toEqual(['no-earlier', 'no-figure']);
    expect(landak.value).toBeNull();
    expect(landak.colour).toBe(NO_EARLIER_STYLE.fill);
    expect(sambas.colour).toBeNull();
    // MapLibre: the hatch only for "no figure"; "no earlier figure" is its plain grey.
    expect(featureState(landak, '#ffffff')).toMatchObject({ noData: false, colour: NO_EARLIER_STYLE.fill, classIndex: -1 });
    expect(featureState(sambas, '#ffffff')).toMatchObject({ noData: true });
    // Highlighting "no figure" in the legend brings forward Sambas, not Landak.
    const highlighted = paintRegencies(fixture, { year: 2024, metric: 'coverage_change_pp', highlightClass: 'no-data' });
    expect(highlighted.find((p) => p.code === '61.08')!.dimmed).toBe(true);
    expect(highlighted.find((p) => p.code === '61.01')!.dimmed).toBe(false);
  });
});
