// Real exports that must load as they are: a byte-order mark, CRLF line ends, quoted fields with
// delimiters and line breaks inside, blank trailing lines, id-ID semicolon files with decimal commas,
// tab-separated files, trailing empty columns, and regions named instead of coded.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem, parseAwards, parseCoverage, parseRegions, validateFile } from '../../src/data/index.ts';
import { fixturesDir, shippedRegions } from './helpers.ts';

const regions = shippedRegions();
const read = (name: string) => readFileSync(path.join(fixturesDir, 'accepted', name), 'utf8');

function coverage(name: string, text = read(name)) {
  const result = parseCoverage(text, `test/fixtures/accepted/${name}`, regions);
  return { ...result, lines: result.problems.map(formatProblem) };
}

describe('accepted input files', () => {
  it('a header alone is a complete coverage file (a province with no figure published yet): no rows, no problem', () => {
    const { figures, lines } = coverage('coverage-header-only.csv');
    expect(figures).toEqual([]);
    expect(lines).toEqual([]);
    // A regions file is never complete without a region: that still warns.
    expect(parseRegions('kemendagri_code,bps_code,name,short_name,type\n', 'regions.csv').problems.map(formatProblem)).toEqual([
      'regions.csv: warning: expected a regions file: at least one row after the header; the file has none',
    ]);
  });

  it('a BOM, CRLF, quoted commas and line breaks, doubled quotes and blank trailing lines all load', () => {
    const { figures, lines } = coverage('coverage-bom-crlf-quoted.csv');
    expect(lines).toEqual([]);
    expect(figures.map((f) => [f.regionCode, f.metric, f.value])).toEqual([
      ['61.12', 'coverage_pct', 39.21],
      ['61.08', 'participants_active', 69590],
      ['61.72', 'coverage_pct', 22.77],
    ]);
    expect(figures[0]!.note).toBe('110,013 active participants, of 280,000');
    expect(figures[1]!.note).toBe('Out of 130,245;\nthe source does not say what that denominator counts');
    expect(figures[2]!.note).toBe('He said "about 23"');
  });

  it('line numbers count the line break inside a quoted field', () => {
    const { figures } = coverage('coverage-bom-crlf-quoted.csv');
    expect(figures.map((f) => f.line)).toEqual([2, 3, 5]);
    // The same file with its last row broken: the problem is on line 5, not 4.
    const broken = read('coverage-bom-crlf-quoted.csv').replace(',22.77,', ',n/a,');
    const { lines, figures: loaded } = coverage('coverage-bom-crlf-quoted.csv', broken);
    expect(lines).toEqual([
      'test/fixtures/accepted/coverage-bom-crlf-quoted.csv:5: error: value: found "n/a"; expected a number such as 68.02 or 110013',
    ]);
    expect(loaded).toHaveLength(2);
  });

  it('a semicolon-separated id-ID export reads decimal commas and thousands dots', () => {
    const { figures, lines } = coverage('coverage-semicolon-id.csv');
    expect(lines).toEqual([]);
    expect(figures.map((f) => [f.regionCode, f.metric, f.value])).toEqual([
      ['61.04', 'coverage_pct', 68.02],
      ['61', 'worker_base_bpjs', 1800000],
      ['61.01', 'employed_bps', 282918],
      ['61.72', 'coverage_pct', 27.5],
    ]);
    // Commas in text are text, not numbers.
    expect(figures[0]!.note).toBe('Naik 12,33 poin');
  });

  it('regions given by name resolve to their Kemendagri codes, former names included', () => {
    const { figures, lines } = coverage('coverage-names.csv');
    expect(lines).toEqual([]);
    expect(figures.map((f) => f.regionCode)).toEqual(['61.04', '61.04', '61.01', '61.02', '61.72']);
  });

  it('a tab-separated file loads, with commas in its text', () => {
    const { figures, lines } = coverage('coverage-tab.tsv');
    expect(lines).toEqual([]);
    expect(figures.map((f) => [f.regionCode, f.value, f.note])).toEqual([
      ['61.71', 40.86, 'A note, with a comma'],
      ['61.12', 110013, ''],
    ]);
  });

  it('trailing empty columns and an all-empty row from a spreadsheet are ignored', () => {
    const { figures, lines } = coverage('coverage-trailing-empty-columns.csv');
    expect(lines).toEqual([]);
    expect(figures.map((f) => [f.regionCode, f.value])).toEqual([
      ['61.04', 68.02],
      ['61.71', 40.86],
    ]);
  });

  it('an awards file with semicolons and CRLF keeps empty periods empty and resolves a named region', () => {
    const name = 'awards-semicolon-crlf.csv';
    const { awards, problems } = parseAwards(read(name), name, regions);
    expect(problems.map(formatProblem)).toEqual([]);
    expect(awards).toHaveLength(2);
    const [first, second] = awards;
    expect([first!.edition, first!.assessmentPeriod, first!.ceremonyDate?.text, first!.rank, first!.regionCode]).toEqual([2021, null, '2022-01-28', 1, '61.04']);
    expect(first!.note).toBe('Handed over on 28 January 2022; the assessment period is not stated');
    expect([second!.edition, second!.assessmentPeriod?.text, second!.ceremonyDate, second!.rank, second!.regionCode]).toEqual([2023, '2023', null, 'nominee', '61.72']);
  });

  it('an optional presenter_note column is read as text, empty where absent; markup in it is refused as in note', () => {
    const head = 'edition,assessment_period,ceremony_date,level,category,category_label_id,category_label_en,rank,winner_name,winner_type,region_code,source_url,confidence,note,presenter_note\n';
    const row = (presenterNote: string) => `2025,2024,2025-09-24,provinsi,pemerintah-kabupaten-kota,Pemerintah Kabupaten/Kota,Regency and city governments,1,Pemerintah Kabupaten Ketapang,pemerintah-kabupaten,61.04,https://example.com/a,high,,${presenterNote}`;
    const good = parseAwards(head + row('"Ketapang: cakupan naik dari 55,69% (2023) ke 68,02% (2024)"'), 'awards.csv', regions);
    expect(good.problems).toEqual([]);
    expect(good.awards[0]!.presenterNote).toBe('Ketapang: cakupan naik dari 55,69% (2023) ke 68,02% (2024)');
    const without = parseAwards(read('awards-semicolon-crlf.csv'), 'awards-semicolon-crlf.csv', regions);
    expect(without.awards.map((a) => a.presenterNote)).toEqual(['', '']);
    const bad = parseAwards(head + row('<script>alert(1)</script>'), 'awards.csv', regions);
    expect(bad.awards).toEqual([]);
    expect(bad.problems.map(formatProblem)).toEqual(['awards.csv:2: error: presenter_note: found "<script>alert(1)</script>"; expected plain text without HTML markup or script']);
  });

  it('every accepted file is recognised by its content and validates with no problem at all', () => {
    const names = [
      'coverage-bom-crlf-quoted.csv',
      'coverage-semicolon-id.csv',
      'coverage-names.csv',
      'coverage-tab.tsv',
      'coverage-trailing-empty-columns.csv',
      'awards-semicolon-crlf.csv',
    ];
    for (const name of names) {
      const report = validateFile(read(name), name, regions);
      expect(report.kind, name).toBe(name.startsWith('awards') ? 'awards' : 'coverage');
      expect(report.problems.map(formatProblem), name).toEqual([]);
      expect(report.loaded, name).toBeGreaterThan(0);
    }
  });

  it('a confidence in any case, a quoted decimal comma and a decimal comma in a tab file are read as meant', () => {
    const capitalised = coverage('coverage-confidence-capitalised.csv');
    expect(capitalised.lines).toEqual([]);
    expect(capitalised.figures.map((f) => f.confidence)).toEqual(['high', 'high']);
    for (const name of ['coverage-quoted-decimal-comma.csv', 'coverage-tab-decimal-comma.tsv']) {
      const { figures, lines } = coverage(name);
      expect(lines, name).toEqual([]);
      expect(figures.map((f) => f.value), name).toEqual([68.02, 40.86]);
    }
  });
});
