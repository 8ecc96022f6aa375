import { describe, expect, test } from 'vitest';
import { parseDataset } from '../../data/index.ts';
import { assessmentYear, buildSequence, type WinnerStep } from './sequence.ts';

const REGIONS = `kemendagri_code,bps_code,name,short_name,type,former_names
61,61,Provinsi Kalimantan Barat,Kalimantan Barat,provinsi,
61.02,6104,Kabupaten Mempawah,Mempawah,kabupaten,
61.04,6106,Kabupaten Ketapang,Ketapang,kabupaten,
61.07,6102,Kabupaten Bengkayang,Bengkayang,kabupaten,
61.09,6108,Kabupaten Sekadau,Sekadau,kabupaten,
61.12,6112,Kabupaten Kubu Raya,Kubu Raya,kabupaten,
`;

const COVERAGE = `region_code,period,metric,value,unit,source_url,confidence
61.04,2023,coverage_pct,55.69,percent,https://www.ketapangmedia.com/a,high
61.04,2024,coverage_pct,68.02,percent,https://www.ketapangmedia.com/a,high
61.02,2023-12,coverage_pct,38.12,percent,https://kumparan.com/b,high
61.02,2024-09,coverage_pct,38.54,percent,https://kumparan.com/b,high
61,2023,coverage_pct,35,percent,https://example.com/p,medium
`;

const HEAD = 'edition,assessment_period,ceremony_date,level,category,category_label_id,category_label_en,rank,winner_name,winner_type,region_code,source_url,confidence\n';
const GOV = 'provinsi,pemerintah-kabupaten-kota,Pemerintah Kabupaten/Kota,Regency and city governments';
const INNOV = 'provinsi,inovasi-pekerja-rentan-desa,Inovasi Perlindungan Pekerja Rentan Desa,Innovation in protecting vulnerable village workers';
// Ranks deliberately out of order in the file: the sequence must not depend on it.
const AWARDS = HEAD + [
  `2025,2024,2025-09-24,${GOV},1,Pemerintah Kabupaten Ketapang,pemerintah-kabupaten,61.04,https://kalbar.antaranews.com/x,high`,
  `2025,2024,2025-09-24,${GOV},3,Pemerintah Kabupaten Sekadau,pemerintah-kabupaten,61.09,https://kalbar.antaranews.com/x,high`,
  `2025,2024,2025-09-24,${GOV},2,Pemerintah Kabupaten Mempawah,pemerintah-kabupaten,61.02,https://kalbar.antaranews.com/x,high`,
  `2025,2024,2025-09-24,${INNOV},unknown,Pemerintah Kabupaten Bengkayang,pemerintah-kabupaten,61.07,https://apkasi.org/y,medium`,
  `2023,2023,,${GOV},nominee,Pemerintah Kabupaten Kubu Raya,pemerintah-kabupaten,61.12,https://wahananews.co/z,high`,
  `2023,2023,,${GOV},nominee,Pemerintah Kabupaten Ketapang,pemerintah-kabupaten,61.04,https://wahananews.co/z,high`,
  `2021,,2022-01-28,${GOV},1,Pemerintah Kabupaten Ketapang,pemerintah-kabupaten,61.04,https://portalkalbar.id/w,high`,
].join('\n');

const dataset = parseDataset({
  regions: { name: 'regions.csv', text: REGIONS },
  coverage: { name: 'coverage.csv', text: COVERAGE },
  awards: { name: 'awards.csv', text: AWARDS },
});

describe('buildSequence', () => {
  test('the data parses without problems (the fixture itself is sound)', () => {
    expect(dataset.problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  test('the province card states how many regencies have a figure for the judged year, as the page does', () => {
    const province = buildSequence(dataset, 2025, 'id').find((s) => s.kind === 'province')!;
    // Five regencies in the fixture; Ketapang and Mempawah published for 2024.
    expect(province.lines[0]).toBe('2 dari 5 kabupaten/kota memiliki angka yang dipublikasikan untuk 2024');
    expect(buildSequence(dataset, 2025, 'en').find((s) => s.kind === 'province')!.lines[0]).toBe('2 of 5 regencies and cities have a published figure for 2024');
  });

  test('orders the 2025 ceremony: title, province map, each category, third before second before first, unknown ranks after, closing', () => {
    const steps = buildSequence(dataset, 2025, 'id');
    expect(steps.map((s) => `${s.kind}${s.regionCode ? ` ${s.regionCode}` : ''}`)).toEqual([
      'title', 'province', 'category', 'winner 61.09', 'winner 61.02', 'winner 61.04', 'category', 'winner 61.07', 'closing',
    ]);
    expect(steps.filter((s): s is WinnerStep => s.kind === 'winner').map((s) => s.rank)).toEqual([3, 2, 1, 'unknown']);
    expect(steps[0]!.heading).toBe('Paritrana Award 2025 · Kalimantan Barat');
    expect(steps[0]!.lines).toEqual(['Penyerahan: 24 September 2025', 'Periode penilaian: tahun 2024']);
    expect(steps[2]!.heading).toBe('Pemerintah Kabupaten/Kota');
  });

  test('shows the map of the assessment year, not the edition year, on every step', () => {
    expect(assessmentYear(dataset.awards, 2025)).toBe(2024);
    expect(new Set(buildSequence(dataset, 2025, 'id').map((s) => s.mapYear))).toEqual(new Set([2024]));
    // 2021 states no assessment period: the edition year.
    expect(assessmentYear(dataset.awards, 2021)).toBe(2021);
    expect(buildSequence(dataset, 2021, 'id')[0]!.lines).toEqual(['Penyerahan: 28 Januari 2022']);
  });

  test("a winner carries its regency, the assessment year's coverage with period and source, and the rise in points", () => {
    const steps = buildSequence(dataset, 2025, 'id').filter((s): s is WinnerStep => s.kind === 'winner');
    const ketapang = steps.find((s) => s.regionCode === '61.04')!;
    expect(ketapang.regionName).toBe('Kabupaten Ketapang');
    expect(ketapang.winnerName).toBe('Pemerintah Kabupaten Ketapang');
    expect(ketapang.coverage).toMatchObject({ value: '68,02%', period: 'tahun 2024', sourceHost: 'ketapangmedia.com' });
    expect(ketapang.change).toBe('+12,33 poin persentase');
    expect(ketapang.eyebrow).toBe('Juara 1 · Pemerintah Kabupaten/Kota');
    // The heading names the winner; the lines do not name it again.
    expect(ketapang.heading).toBe('Pemerintah Kabupaten Ketapang');
    expect(ketapang.lines).toEqual(['Cakupan 68,02% (tahun 2024)', '+12,33 poin persentase dibanding tahun 2023', 'Sumber: ketapangmedia.com']);
    // Mempawah: monthly figures in both years.
    expect(steps.find((s) => s.regionCode === '61.02')!.change).toBe('+0,42 poin persentase');
    // Sekadau published no coverage: the card says nothing about it (nothing "not published" goes to the
    // hall), and no change is invented.
    const sekadau = steps.find((s) => s.regionCode === '61.09')!;
    expect(sekadau.coverage).toBeNull();
    expect(sekadau.change).toBeNull();
    expect(sekadau.lines).toEqual([]);
  });

  test('no card says a figure is missing, in either language', () => {
    for (const lang of ['id', 'en'] as const) {
      for (const edition of [2021, 2023, 2025, 2030]) {
        const words = buildSequence(dataset, edition, lang).flatMap((s) => [s.eyebrow, s.heading, ...s.lines]).join('\n');
        expect(words).not.toMatch(/belum dipublikasikan|tidak terbit|tidak tersedia|not published|no .*figure/i);
      }
    }
  });

  test("without coverage a winner's card shows the regency's other published figure of the year, with period and source", () => {
    const withParticipants = parseDataset({
      regions: { name: 'regions.csv', text: REGIONS },
      coverage: { name: 'coverage.csv', text: `${COVERAGE}61.09,2024,participants_active,12345,persons,https://sekadau.example/c,high\n` },
      awards: { name: 'awards.csv', text: AWARDS },
    });
    expect(withParticipants.problems.filter((p) => p.severity === 'error')).toEqual([]);
    const sekadau = buildSequence(withParticipants, 2025, 'id').find((s): s is WinnerStep => s.kind === 'winner' && s.regionCode === '61.09')!;
    expect(sekadau.lines[0]).toBe('Peserta aktif 12.345 (tahun 2024)');
    expect(sekadau.lines[1]).toBe('Sumber: sekadau.example');
  });

  test('the map keeps in colour the winner on its card, the nominees on theirs, the ranked winners at the end', () => {
    const steps = buildSequence(dataset, 2025, 'id');
    expect(steps.map((s) => s.focusCodes)).toEqual([null, null, null, ['61.09'], ['61.02'], ['61.04'], null, ['61.07'], ['61.04', '61.09', '61.02']]);
    const nominees = buildSequence(dataset, 2023, 'id');
    expect(nominees.find((s) => s.kind === 'nominees')!.focusCodes).toEqual(['61.12', '61.04']);
    expect(nominees.at(-1)!.focusCodes).toBeNull();
  });

  test('a category known only by its nominees is one nominees step, never winners', () => {
    const steps = buildSequence(dataset, 2023, 'en');
    expect(steps.map((s) => s.kind)).toEqual(['title', 'province', 'category', 'nominees', 'closing']);
    const nominees = steps[3]!;
    expect(nominees.kind === 'nominees' && nominees.nominees.map((n) => n.regionCode)).toEqual(['61.12', '61.04']);
    expect(nominees.eyebrow).toBe('Nominee');
  });

  test('speaks English: labels, numbers and dates', () => {
    const steps = buildSequence(dataset, 2025, 'en', 'West Kalimantan');
    expect(steps[0]!.heading).toBe('Paritrana Award 2025 · West Kalimantan');
    expect(steps[0]!.lines).toEqual(['Ceremony: 24 September 2025', 'Assessment period: year 2024']);
    expect(steps[2]!.heading).toBe('Regency and city governments');
    const ketapang = steps.find((s) => s.kind === 'winner' && s.regionCode === '61.04') as WinnerStep;
    expect(ketapang.lines).toContain('Coverage 68.02% (year 2024)');
    expect(ketapang.change).toBe('+12.33 percentage points');
    expect((steps.find((s) => s.regionCode === '61.07') as WinnerStep).eyebrow).toBe('Winner · Innovation in protecting vulnerable village workers');
    expect(steps.at(-1)!.heading).toBe('Congratulations to the winners');
  });

  test("the presenter's notes: a winner's presenter_note; the steps between say what comes next; the closing none", () => {
    const withNotes = parseDataset({
      regions: { name: 'regions.csv', text: REGIONS },
      coverage: { name: 'coverage.csv', text: COVERAGE },
      awards: {
        name: 'awards.csv',
        text: AWARDS.split('\n')
          .map((line, index) => (index === 0 ? `${line},presenter_note` : line.includes('Ketapang') && line.startsWith('2025') ? `${line},"Naik dari 55,69% ke 68,02%"` : `${line},`))
          .join('\n'),
      },
    });
    expect(withNotes.problems.filter((p) => p.severity === 'error')).toEqual([]);
    const steps = buildSequence(withNotes, 2025, 'id');
    expect(steps.map((s) => s.note)).toEqual([
      'Berikutnya: Cakupan BPJS Ketenagakerjaan per kabupaten/kota',
      'Berikutnya: Pemerintah Kabupaten/Kota',
      'Berikutnya: Pemerintah Kabupaten Sekadau',
      '',
      '',
      'Naik dari 55,69% ke 68,02%',
      'Berikutnya: Pemerintah Kabupaten Bengkayang',
      '',
      '',
    ]);
    expect(buildSequence(withNotes, 2025, 'en')[0]!.note).toBe('Next: BPJS Ketenagakerjaan coverage by regency and city');
    // Without the column the winners have no note: nothing is made up for them.
    expect(buildSequence(dataset, 2025, 'id').filter((s) => s.kind === 'winner').map((s) => s.note)).toEqual(['', '', '', '']);
  });

  test('an edition with no results still opens and closes', () => {
    expect(buildSequence(dataset, 2030, 'id').map((s) => s.kind)).toEqual(['title', 'province', 'closing']);
  });
  test('no card projects a placeholder: every {word} of the messages is filled, the province named on the first and last card', () => {
    for (const lang of ['id', 'en'] as const) {
      const steps = buildSequence(dataset, 2025, lang, 'Kalimantan Barat');
      for (const step of steps) {
        const texts = [step.eyebrow, step.heading, ...step.lines].filter((text): text is string => typeof text === 'string');
        for (const text of texts) expect(text, `${step.kind}: ${text}`).not.toMatch(/\{\w+/);
      }
      expect(steps[0]!.heading).toContain('Kalimantan Barat');
      expect(steps.at(-1)!.eyebrow).toContain('Kalimantan Barat');
    }
  });
});
