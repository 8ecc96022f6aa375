// A regency-year with no published figure has one name, in each language, wherever it is read: the
// legend, the table, the tooltip and the map's keyboard line, the CSV, the poster. It once had three
// ("Data tidak tersedia", "Belum ada angka untuk 2024", "belum ada angka yang dipublikasikan"), and a
// reader could not tell they meant the same. The year is added where the context needs it, after the
// same head words.
import { describe, expect, test } from 'vitest';
import { COMMON } from '../../src/i18n/messages.ts';
import { LANGS } from '../../src/i18n/lang.ts';
import { figuresRows } from '../../src/model/export-csv.ts';
import { posterSvg } from '../../src/render/poster.ts';
import { yearView } from '../../src/scale/year-view.ts';
import { makeDataset } from '../fixtures/dataset.ts';

const dataset = makeDataset();
const HEAD = { id: 'Data tidak tersedia', en: 'Data not available' } as const;

describe.each(LANGS)('"no figure" in %s', (lang) => {
  const view = yearView(dataset, { year: 2024, metric: 'coverage_pct', lang });
  const missing = view.regencies.filter((r) => r.state === 'no-figure');

  test('is the BPS phrase, and the year form starts with it', () => {
    expect(COMMON[lang].noFigure).toBe(HEAD[lang]);
    expect(COMMON[lang].noFigureFor.startsWith(HEAD[lang])).toBe(true);
    expect(missing.length).toBeGreaterThan(0);
  });

  test('the legend, the tooltip, the description, the CSV and the poster all say it', () => {
    expect(view.legend.entries.find((e) => e.kind === 'no-data')!.label).toBe(HEAD[lang]);
    const rows = new Map(figuresRows(dataset, { year: 2024, metric: 'coverage_pct', lang }).map((r) => [r.kemendagri_code, r]));
    for (const region of missing) {
      expect(region.tooltip.value, region.code).toBe(`${HEAD[lang]} ${lang === 'id' ? 'untuk' : 'for'} 2024`);
      expect(region.description, region.code).toBe(`${region.name}: ${region.tooltip.value}`);
      expect(region.tooltipLine, region.code).toContain(region.tooltip.value);
      expect(rows.get(region.code)!.status, region.code).toBe(HEAD[lang]);
    }
    const poster = posterSvg({
      geometry: { width: 10, height: 10, regencies: [], regencyBorders: '', provinceOutline: '', context: [], labels: [] },
      view,
      title: 't',
      subtitle: 's',
      credit: 'c',
    });
    expect(poster.svg).toContain(`>${HEAD[lang]}</text>`);
  });

  test('no other name for it is left in the words a reader meets', () => {
    const said = [
      view.legend.entries.map((e) => e.label),
      view.regencies.flatMap((r) => [r.description, r.tooltipLine, r.tooltip.value, r.tooltip.seriesText, ...r.tooltip.nearby]),
      figuresRows(dataset, { year: 2024, metric: 'coverage_pct', lang }).map((r) => r.status),
    ].flat().join('\n');
    expect(said).not.toMatch(/belum ada angka|no published figure|tidak ada data|no data\b|: tidak ada\b|: none\b/i);
  });
});
