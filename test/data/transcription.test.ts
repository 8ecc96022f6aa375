// The project's data files were written from the research tables in ../shared/research/. Every
// Kalbar figure and every award there must be in data/ with the same region, number and source, and
// since the third search every other province's and Indonesia's in data/national/, so a slip of the
// keyboard in a value, a code or an address fails here. A research row that is not transcribed is
// named below with the reason it was left out.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { csvParse } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import { METRIC_BY_ID, type Award, type CoverageFigure } from '../../src/data/index.ts';
import { nationalDataset, repoRoot, shippedDataset } from './helpers.ts';

const research = (name: string) => csvParse(readFileSync(path.resolve(repoRoot, '../shared/research', name), 'utf8'));
const dataset = shippedDataset();
const national = nationalDataset();

const isKalbar = (r: Record<string, string | undefined>) => r.region_code === '61' || r.region_code!.startsWith('61.');

type ResearchRow = Record<string, string | undefined>;

/**
 * Research rows filed under another metric and year because their own note says what they are: a target
 * is never an achievement. The research table files Ketapang's 34,400 as 2024's vulnerable workers paid
 * for, and its note calls 34,400 the 2025 target: data/ keeps the row as that target, for 2025.
 */
const RECLASSIFIED: readonly { regionCode: string; metric: string; value: string; as: { metric: string; year: number }; because: RegExp }[] = [
  { regionCode: '61.04', metric: 'vulnerable_workers_funded', value: '34400', as: { metric: 'vulnerable_workers_target', year: 2025 }, because: /34,400 the 2025 target/ },
];

/** The metric and year data/ files a research row under: its own, or the target its note says it is. */
function filedAs(row: ResearchRow, metric: string): { metric: string; year: number | null } {
  const moved = RECLASSIFIED.find((r) => r.regionCode === row.region_code && r.metric === metric && r.value === row.value);
  if (!moved) return { metric, year: null };
  expect(row.note, `${row.region_code} ${metric} ${row.value}`).toMatch(moved.because);
  return moved.as;
}

/** Every Kalbar row of a research table is in data/coverage.csv with the same region, metric, value and source. */
function expectEveryKalbarRow(rows: readonly ResearchRow[]): void {
  expectEveryRow(rows.filter(isKalbar), dataset.figures, 'data/coverage.csv');
}

/**
 * Every row is among the figures with the same region, metric, value, source, unit and confidence, its
 * year kept and its note given in both languages; each figure answers one row. Indonesia's rows (no
 * region code) are national metrics: "participants_active" is filed as "national_participants_active".
 * Returns the figures no row asked for.
 */
function expectEveryRow(rows: readonly ResearchRow[], figures: readonly CoverageFigure[], file: string): CoverageFigure[] {
  const unmatched = [...figures];
  for (const row of rows) {
    const filed = filedAs(row, row.region_code === '' ? `national_${row.metric}` : row.metric!);
    const metric = filed.metric;
    const label = `${row.region_code || row.region_name} ${metric} ${row.value} ${row.period}`;
    const index = unmatched.findIndex(
      (f) => f.regionCode === row.region_code && f.metric === metric && f.value === Number(row.value) && f.sourceUrl === row.source_url,
    );
    expect(index, `${label} is missing from ${file}`).toBeGreaterThanOrEqual(0);
    const figure: CoverageFigure = unmatched.splice(index, 1)[0]!;
    // The period keeps its year ("2025 (target)" becomes 2025; "2024-2025" is filed under 2025).
    if (filed.year === null) expect(row.period, label).toContain(String(figure.period.year));
    else expect(figure.period.year, label).toBe(filed.year);
    expect(figure.unit, label).toBe(row.unit);
    expect(figure.confidence, label).toBe(row.confidence);
    // Every figure carries its note in both languages.
    if (row.note) {
      expect(figure.note, label).not.toBe('');
      expect(figure.noteId, label).not.toBe('');
    }
  }
  return unmatched;
}

/** Rows with no region code (Kalimantan as a whole, Indonesia) are not Kalbar regions: none is in data/. */
function expectLeftOut(rows: readonly Record<string, string | undefined>[], names: string[]): void {
  const outside = rows.filter((r) => r.region_code === '');
  expect(outside.map((r) => r.region_name)).toEqual(names);
  for (const row of outside) {
    const found = dataset.figures.filter((f) => f.sourceUrl === row.source_url || (f.metric === row.metric && f.value === Number(row.value)));
    expect(found, row.region_name).toEqual([]);
  }
}

describe('data/coverage.csv against the research table', () => {
  const rows = research('coverage-figures.csv');

  it('the research table has the 40 Kalbar rows this test checks', () => {
    expect(rows.filter(isKalbar)).toHaveLength(40);
  });

  it('every Kalbar row is in data/coverage.csv with the same region, metric, value and source', () => {
    expectEveryKalbarRow(rows);
  });

  it('figures for Kalimantan as a whole and for Indonesia are left out', () => {
    expectLeftOut(rows, ['Kalimantan (region)', 'Indonesia']);
  });

  it("Indonesia's figure (April 2025) is in data/national/coverage.csv as a national metric; Kalimantan as a whole is in neither", () => {
    const indonesia = rows.filter((r) => r.region_name === 'Indonesia');
    expect(expectEveryRow(indonesia, national.figures.filter((f) => f.regionCode === ''), 'data/national/coverage.csv')).toHaveLength(national.figures.filter((f) => f.regionCode === '').length - indonesia.length);
    const kalimantan = rows.filter((r) => r.region_name === 'Kalimantan (region)');
    expect(national.figures.filter((f) => kalimantan.some((r) => r.source_url === f.sourceUrl))).toEqual([]);
  });
});

describe('data/coverage.csv against the second search', () => {
  const rows = research('coverage-figures-second-search.csv');

  it('the second table has the 11 Kalbar rows this test checks', () => {
    expect(rows.filter(isKalbar)).toHaveLength(11);
  });

  it('every Kalbar row is in data/coverage.csv with the same region, metric, value and source', () => {
    expectEveryKalbarRow(rows);
  });

  it('the figure for Kalimantan as a whole (February 2026) is left out', () => {
    expectLeftOut(rows, ['Kalimantan (region)']);
  });

  it('the two targets for 2026 are both kept, each saying they disagree', () => {
    const targets = dataset.figures.filter((f) => f.regionCode === '61' && f.metric === 'coverage_target_pct' && f.period.year === 2026);
    expect(targets.map((f) => f.value).sort()).toEqual([60.8, 72]);
    expect(targets.find((f) => f.value === 72)!.note).toMatch(/December 2022.*60\.80%/);
    expect(targets.find((f) => f.value === 60.8)!.note).toMatch(/72%/);
  });

  it('the low-confidence 36% is kept with its note; the 37.4% computed from the same report is not a figure', () => {
    const province = dataset.figures.filter((f) => f.regionCode === '61' && f.metric === 'coverage_pct');
    const low = province.find((f) => f.value === 36)!;
    expect(low.confidence).toBe('low');
    expect(low.note).toMatch(/informal/);
    expect(province.map((f) => f.value)).not.toContain(37.4);
  });

  it('programme parts are never coverage: plantation workers are a programme metric', () => {
    const plantation = dataset.figures.filter((f) => f.metric === 'plantation_workers_covered');
    expect(plantation.map((f) => f.value)).toEqual([90000]);
    expect(METRIC_BY_ID.get('plantation_workers_covered')?.kind).toBe('programme');
  });
});

/** Letters and digits only, for comparing a category's label with the research table's wording. */
const normalise = (label: string) => label.toLowerCase().replace(/[^a-z0-9]/g, '');

/** A category the sources do not name ("unknown ...", "... (category not stated)") is filed as such, never guessed. */
function expectCategory(award: Award, category: string, label: string): void {
  if (/^unknown|category not stated/.test(category)) expect(award.category, label).toMatch(/tidak-disebutkan$/);
  else expect(normalise(award.categoryLabel.id), label).toBe(normalise(category));
}

const isKalbarAward = (r: ResearchRow) => r.region_scope === 'Kalimantan Barat';

describe('data/awards.csv against the research tables', () => {
  const rows = [...research('awards.csv'), ...research('awards-second-search.csv'), ...research('awards-third-search.csv').filter(isKalbarAward)];

  // A nominee row lists its regions ("Kubu Raya; Sintang"); data/ has one row a region.
  const expected = rows.flatMap((row) => {
    const winners = row.winner!.split(';').map((w) => w.trim());
    const codes = row.winner_region_code!.split(';').map((c) => c.trim());
    expect(winners.length, row.winner).toBe(codes.length);
    return codes.map((code, i) => ({ row, winner: winners[i]!, code }));
  });

  it('the research rows expand to one award a region: 12, 2 more in the second search and 2 in the third, as many as data/ holds', () => {
    expect(expected).toHaveLength(16);
    expect(dataset.awards).toHaveLength(expected.length);
  });

  it('every research row (one a region) is in data/awards.csv with edition, rank, region, category and source', () => {
    const unmatched = [...dataset.awards];
    for (const { row, winner, code } of expected) {
      const edition = Number(/^\d{4}/.exec(row.edition!)?.[0]);
      const label = `${row.edition} ${row.rank} ${winner} (${code})`;
      const index = unmatched.findIndex(
        (a) => a.edition === edition && a.level === row.level && String(a.rank) === row.rank && a.regionCode === code && a.sourceUrl === row.source_url,
      );
      expect(index, `${label} is missing from data/awards.csv`).toBeGreaterThanOrEqual(0);
      const award: Award = unmatched.splice(index, 1)[0]!;
      expect(award.winnerName, label).toContain(winner);
      expectCategory(award, row.category!, label);
      expect(award.confidence, label).toBe(row.confidence);
      // A ceremony date stays the ceremony's; the day nominees were named is not a ceremony.
      const day = /^\d{4}-\d{2}-\d{2}/.exec(row.ceremony_date!)?.[0];
      if (day && !/nomination/.test(row.ceremony_date!)) expect(award.ceremonyDate?.text, label).toBe(day);
    }
    expect(unmatched).toEqual([]);
  });

  it('edition text such as "2023 (penilaian)" becomes the bare year', () => {
    expect(rows.map((r) => r.edition)).toContain('2023 (penilaian)');
    expect(dataset.awards.filter((a) => a.rank === 'nominee' && a.edition === 2023)).toHaveLength(7);
  });

  it('the 2025 edition has Kayong Utara as a nominee beside its three ranked winners', () => {
    const nominees = dataset.awards.filter((a) => a.edition === 2025 && a.rank === 'nominee');
    expect(nominees.map((a) => a.regionCode)).toEqual(['61.11']);
    expect(nominees[0]!.assessmentPeriod?.text).toBe('2024');
  });

  it("the third search's two Kalbar results: Kota Pontianak's 2025 award in a category the sources do not state, and Landak a finalist of 2020", () => {
    const third = research('awards-third-search.csv').filter(isKalbarAward);
    expect(third.map((r) => [r.edition, r.rank, r.winner_region_code])).toEqual([['2020', 'nominee', '61.08'], ['2025', 'unknown', '61.71']]);
    const [landakRow, pontianakRow] = third;

    const pontianak = dataset.awards.filter((a) => a.regionCode === '61.71');
    expect(pontianak).toHaveLength(1);
    // Filed under a category of its own, never guessed as one of the 2025 categories, and unranked.
    expect(pontianak[0]).toMatchObject({
      edition: 2025, level: 'provinsi', category: 'kategori-tidak-disebutkan', rank: 'unknown', winnerType: 'pemerintah-kota',
      regionCode: '61.71', desaCode: null, sourceUrl: pontianakRow!.source_url, confidence: pontianakRow!.confidence, categoryOrder: null,
    });
    expect(pontianak[0]!.categoryLabel.id).toMatch(/tidak disebutkan/);
    expect(pontianak[0]!.categoryLabel.en).toMatch(/not stated/);
    expect(pontianak[0]!.ceremonyDate?.text).toBe(pontianakRow!.ceremony_date);
    expect(pontianak[0]!.assessmentPeriod?.text).toBe('2024');
    // The second outlet the research names is kept in the note.
    expect(pontianak[0]!.note).toMatch(/berikabarnews/);
    expect(pontianak[0]!.winnerName).toContain('Kota Pontianak');

    const landak2020 = dataset.awards.filter((a) => a.edition === 2020);
    expect(landak2020).toHaveLength(1);
    // A finalist is a nominee; the source dates neither the ceremony nor the period judged.
    expect(landak2020[0]).toMatchObject({
      level: 'provinsi', category: 'pemerintah-kabupaten-kota', rank: 'nominee', winnerType: 'pemerintah-kabupaten',
      regionCode: '61.08', sourceUrl: landakRow!.source_url, confidence: landakRow!.confidence, ceremonyDate: null, assessmentPeriod: null,
    });
    expect(landak2020[0]!.winnerName).toContain(landakRow!.winner!);
    expect(landak2020[0]!.note).toMatch(/finalist/);
  });

  it("the 2022 edition holds Landak's certificate: rank not published, ceremony 2023-05-16, period judged unknown", () => {
    const edition = dataset.awards.filter((a) => a.edition === 2022);
    expect(edition.map((a) => [a.regionCode, a.rank, a.ceremonyDate?.text, a.assessmentPeriod])).toEqual([['61.08', 'unknown', '2023-05-16', null]]);
  });
});

describe('the third search: Kalbar in data/, other provinces and Indonesia in data/national/', () => {
  const rows = research('coverage-figures-third-search.csv');
  const kalbar = rows.filter(isKalbar);
  const indonesia = rows.filter((r) => r.region_code === '' && r.region_name === 'Indonesia');
  // A regional office's area is no region of either table: its figures mix provinces.
  const offices = rows.filter((r) => r.region_code === '' && r.region_name !== 'Indonesia');
  const provinces = rows.filter((r) => r.region_code !== '' && !isKalbar(r));
  /** Research rows deliberately not transcribed, each with the reason. */
  const LEFT_OUT = [
    {
      row: { region_code: '61', metric: 'coverage_pct', value: '37', source_url: 'https://jurnalis.co.id/2025/12/24/gubernur-ria-norsan-perkuat-sinergi-dengan-bpjs-ketenagakerjaan-target-kepesertaan-naik-61-persen' },
      why: "the first search's 37% for December 2025 (borneoreview), one statement reported twice: that row's note names this outlet",
    },
  ];
  const leftOut = (r: ResearchRow) => LEFT_OUT.some(({ row }) => row.region_code === r.region_code && row.metric === r.metric && row.value === r.value && row.source_url === r.source_url);

  it('has 175 rows: 10 for Kalbar, 145 for other provinces, 18 for Indonesia and 2 for regional offices', () => {
    expect([rows.length, kalbar.length, provinces.length, indonesia.length, offices.length]).toEqual([175, 10, 145, 18, 2]);
    expect(offices.map((r) => r.region_name)).toEqual(['Jawa Tengah + DI Yogyakarta (BPJS Kanwil)', 'Sulawesi-Maluku (BPJS Kanwil, 8 provinces)']);
  });

  it('every Kalbar row but the one left out is in data/coverage.csv with the same region, metric, value and source', () => {
    expect(kalbar.filter(leftOut)).toHaveLength(LEFT_OUT.length);
    expectEveryKalbarRow(kalbar.filter((r) => !leftOut(r)));
  });

  it('the repeated 37% is left out, and the figure it repeats names its outlet', () => {
    for (const { row, why } of LEFT_OUT) {
      expect(dataset.figures.filter((f) => f.sourceUrl === row.source_url), why).toEqual([]);
    }
    const december = dataset.figures.filter((f) => f.regionCode === '61' && f.metric === 'coverage_pct' && f.period.text === '2025-12');
    expect(december.map((f) => f.value)).toEqual([37]);
    expect(december[0]!.note).toContain('jurnalis.co.id');
    expect(december[0]!.noteId).toContain('jurnalis.co.id');
  });

  it('every other province and every Indonesia row is in data/national/coverage.csv, and nothing else is there but the first search\'s April 2025', () => {
    const rest = expectEveryRow([...provinces, ...indonesia], national.figures, 'data/national/coverage.csv');
    expect(rest.map((f) => [f.regionCode, f.metric, f.value, f.period.text])).toEqual([['', 'national_coverage_pct', 35.68, '2025-04']]);
  });

  it("the regional offices' figures are in neither file", () => {
    for (const row of offices) {
      const found = [...dataset.figures, ...national.figures].filter((f) => f.sourceUrl === row.source_url && f.value === Number(row.value) && f.metric.endsWith(row.metric!));
      expect(found, row.region_name).toEqual([]);
    }
  });

  it('no other province is in data/coverage.csv, and no Kalbar figure is in data/national/coverage.csv', () => {
    expect(dataset.figures.filter((f) => f.regionCode !== '61' && !f.regionCode.startsWith('61.'))).toEqual([]);
    expect(national.figures.filter((f) => f.regionCode === '61' || f.regionCode.startsWith('61.'))).toEqual([]);
  });

  it("Indonesia's figures are national metrics with no region; a province's never are", () => {
    for (const f of national.figures) {
      const scope = METRIC_BY_ID.get(f.metric)!.scope;
      expect(scope, `${f.regionCode || 'Indonesia'} ${f.metric}`).toBe(f.regionCode === '' ? 'national' : 'region');
    }
    // The national targets (RPJMN, RKP, Kemendagri) are targets, never coverage.
    const targets = national.figures.filter((f) => f.regionCode === '' && f.metric === 'national_coverage_target_pct');
    expect(targets.map((f) => [f.period.text, f.value])).toEqual([['2025', 52.15], ['2025', 32.15], ['2026', 34.99], ['2029', 43.92]]);
    expect(METRIC_BY_ID.get('national_coverage_target_pct')?.kind).toBe('target');
  });

  it('shares of a segment, lower bounds, BPS-based shares and desa shares are their own metrics, never coverage_pct', () => {
    const kinds = new Map([
      ['coverage_pct_formal', 'segment'],
      ['coverage_pct_informal', 'segment'],
      ['coverage_pct_min', 'lower-bound'],
      ['coverage_pct_bps_base', 'bps-base'],
      ['desa_aparat_registered_pct', 'desa'],
      ['desa_bpd_registered_pct', 'desa'],
      ['national_participants_registered', 'registered'],
    ]);
    for (const [metric, kind] of kinds) expect(METRIC_BY_ID.get(metric)?.kind, metric).toBe(kind);
    const special = rows.filter((r) => kinds.has(r.metric!) || kinds.has(`national_${r.metric}`));
    expect(special).toHaveLength(10);
    for (const row of special) {
      const found = [...dataset.figures, ...national.figures].filter((f) => f.sourceUrl === row.source_url && f.value === Number(row.value) && f.regionCode === row.region_code);
      expect(found.map((f) => f.metric), `${row.region_name} ${row.metric}`).not.toContain('coverage_pct');
    }
    expect(dataset.figures.filter((f) => f.regionCode === '61.08' && f.metric.startsWith('coverage_pct_')).map((f) => [f.metric, f.value])).toEqual([
      ['coverage_pct_formal', 80.4],
      ['coverage_pct_informal', 16.9],
    ]);
  });
});

describe('data/national/awards.csv against the third search', () => {
  const rows = research('awards-third-search.csv').filter((r) => !isKalbarAward(r));
  // The research left regency codes to look up: they are read here from the boundary source itself.
  const regencies = new Map(
    (JSON.parse(readFileSync(path.resolve(repoRoot, '../shared/boundaries/indonesia-kabkota.geojson'), 'utf8')) as { features: { properties: { kode: string; nama: string } }[] }).features.map(
      (f) => [f.properties.nama, f.properties.kode],
    ),
  );
  /** A winner that is not a government sits in the province its note names. */
  const OTHER_WINNERS = new Map([['Kopi Joas (UKM)', { code: '81', name: 'Kopi Joas' }]]);
  const LEFT_OUT = [{ edition: 'unknown (received in 2023)', why: 'the edition is not known (probably 2022, where Jambi was a nominee): an award is never filed under a guessed edition' }];
  const transcribed = rows.filter((r) => !LEFT_OUT.some((l) => l.edition === r.edition));

  it('has 29 rows beyond Kalbar: 28 transcribed and one left out', () => {
    expect(rows).toHaveLength(29);
    expect(transcribed).toHaveLength(28);
    expect(national.awards).toHaveLength(transcribed.length);
  });

  it('every transcribed row is in data/national/awards.csv with edition, rank, region, category and source', () => {
    const unmatched = [...national.awards];
    for (const row of transcribed) {
      const other = OTHER_WINNERS.get(row.winner!);
      const code = row.winner_region_code || other?.code || regencies.get(row.winner!);
      const label = `${row.edition} ${row.rank} ${row.winner} (${code})`;
      expect(code, `${label}: no code`).toBeDefined();
      const index = unmatched.findIndex(
        (a) => a.edition === Number(row.edition) && a.level === row.level && String(a.rank) === row.rank && a.regionCode === code && a.sourceUrl === row.source_url,
      );
      expect(index, `${label} is missing from data/national/awards.csv`).toBeGreaterThanOrEqual(0);
      const award: Award = unmatched.splice(index, 1)[0]!;
      expect(award.winnerName, label).toContain(other?.name ?? row.winner!);
      expectCategory(award, row.category!, label);
      expect(award.confidence, label).toBe(row.confidence);
      // A ceremony's day is carried over; "interview 2023-03-31" or "unknown" is not a ceremony.
      const day = /^\d{4}-\d{2}-\d{2}$/.exec(row.ceremony_date!)?.[0];
      expect(award.ceremonyDate?.text ?? null, label).toBe(day ?? null);
    }
    expect(unmatched).toEqual([]);
  });

  it('the award of unknown edition is left out', () => {
    for (const { edition, why } of LEFT_OUT) {
      const row = rows.find((r) => r.edition === edition)!;
      expect(national.awards.filter((a) => a.sourceUrl === row.source_url && a.edition !== 2024), why).toEqual([]);
    }
  });

  it('Raja Ampat carries its code of today, in Papua Barat Daya, though it won while in Papua Barat', () => {
    const rajaAmpat = national.awards.filter((a) => a.winnerName.includes('Raja Ampat'));
    expect(rajaAmpat.map((a) => [a.edition, a.regionCode])).toEqual([[2020, '96.03'], [2021, '96.03'], [2022, '96.03']]);
    for (const award of rajaAmpat) expect(award.note).toMatch(/Papua Barat/);
  });
});
