// A coverage file of 200,000 rows (an export gone wrong, or a hostile one) is validated in time that
// grows with its length: every problem is counted, nothing waits on a step that compares each row with
// every other.
import { describe, expect, it } from 'vitest';
import { FIXTURE_REGIONS } from '../../test/fixtures/dataset.ts';
import { parseCoverage } from './coverage.ts';
import { listProblems } from './problems.ts';
import { parseRegions } from './regions.ts';

const regions = parseRegions(FIXTURE_REGIONS, 'regions.csv').index;
const HEADER = 'region_code,period,metric,value,unit,source_url,confidence,note';

/**
 * Rows in a cycle of eight: four figures that load (one of them under a note with a zero-width space),
 * an exact repeat, a repeat with another value, a bad value and a BPS code. Each cycle has its own region
 * and day, so the repeats repeat only their own cycle.
 */
function coverageFile(rows: number): string {
  const lines = [HEADER];
  for (let i = 0; i < rows; i++) {
    const cycle = Math.floor(i / 8);
    // A region and a day of its own for each cycle: 12 regencies, and one day after another from 1980.
    const period = new Date(Date.UTC(1980, 0, 1 + Math.floor(cycle / 12))).toISOString().slice(0, 10);
    const source = `https://example.org/figures/${cycle}`;
    const code = `61.${String((cycle % 12) + 1).padStart(2, '0')}`;
    switch (i % 8) {
      case 0: lines.push(`${code},${period},coverage_pct,${cycle % 100}.5,percent,${source},high,`); break;
      case 1: lines.push(`${code},${period},participants_active,${cycle},persons,${source},high,`); break;
      case 2: lines.push(`${code},${period},worker_base_bpjs,${cycle + 7},persons,${source},high,`); break;
      case 3: lines.push(`${code},${period},employed_bps,${cycle + 9},persons,${source},medium,per\u200bhaps`); break;
      case 4: lines.push(`${code},${period},coverage_pct,${cycle % 100}.5,percent,${source},high,`); break;
      case 5: lines.push(`${code},${period},participants_active,${cycle + 1},persons,${source},high,`); break;
      case 6: lines.push(`${code},${period},coverage_target_pct,n/a,percent,${source},high,`); break;
      default: lines.push(`6104,${period},coverage_pct,12,percent,${source},high,`);
    }
  }
  return `${lines.join('\n')}\n`;
}

/**
 * Milliseconds of this process's processor time: unlike the clock, it does not count the time other
 * processes on a busy machine (tests run in parallel) keep it waiting.
 */
function timeParse(text: string): number {
  const start = process.cpuUsage();
  parseCoverage(text, 'coverage.csv', regions);
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

describe('a coverage file of 200,000 rows', () => {
  const big = coverageFile(200_000);

  it('loads every valid row and counts every problem, one per bad row', { timeout: 60_000 }, () => {
    const { figures, problems } = parseCoverage(big, 'coverage.csv', regions);
    // Per cycle of 8: 4 figures, the conflicting repeat (kept), the exact repeat (skipped), 2 refused.
    expect(figures).toHaveLength(125_000);
    const listing = listProblems(problems);
    // Per cycle: the note's warning, both repeats' warnings, the two errors.
    expect(listing.total).toEqual({ error: 50_000, warning: 75_000 });
    expect(problems.map((p) => p.line)).toEqual([...problems.map((p) => p.line)].sort((a, b) => a! - b!));
    // The listing a person reads is a few lines per kind of mistake, whatever the file's size.
    expect(listing.listed.length).toBeLessThanOrEqual(5 * 10);
  });

  it('takes time in proportion to its length: four times the rows, well under six times the time', { timeout: 120_000 }, () => {
    const small = coverageFile(50_000);
    timeParse(coverageFile(2_000)); // warm the engine up, so the first measure is not also compiling
    // The least of two runs of each, interleaved: what else runs in this process only ever adds time.
    const times = [timeParse(small), timeParse(big), timeParse(small), timeParse(big)];
    const smallTime = Math.min(times[0]!, times[2]!);
    const bigTime = Math.min(times[1]!, times[3]!);
    const ratio = bigTime / smallTime;
    console.info(`coverage rows: 50,000 in ${smallTime.toFixed(0)} ms, 200,000 in ${bigTime.toFixed(0)} ms (ratio ${ratio.toFixed(2)})`);
    expect(ratio).toBeLessThan(6);
  });
});

describe('two figures for one region, period and metric', () => {
  const read = (metric: string, unit: string, a: number, b: number) =>
    parseCoverage(`${HEADER}\n61.04,2026,${metric},${a},${unit},https://example.org/a,high,\n61.04,2026,${metric},${b},${unit},https://example.org/b,high,\n`, 'coverage.csv', regions);

  it('keeps disagreeing achievements both, with a warning naming the other line', () => {
    const { figures, problems } = read('coverage_pct', 'percent', 60.8, 72);
    expect(figures.map((f) => f.value)).toEqual([60.8, 72]);
    expect(problems.map((p) => p.severity)).toEqual(['warning']);
  });

  it('keeps two targets for one year both, with no warning: a revised target is no mistake', () => {
    const { figures, problems } = read('coverage_target_pct', 'percent', 60.8, 72);
    expect(figures.map((f) => f.value)).toEqual([60.8, 72]);
    expect(problems).toEqual([]);
  });
});

describe('a target filed as an achievement', () => {
  const HEADER_ID = `${HEADER},note_id`;
  const read = (metric: string, value: string, note: string, noteId: string) =>
    parseCoverage(`${HEADER_ID}\n61.04,2024,${metric},${value},persons,https://example.org/a,high,"${note}","${noteId}"\n`, 'coverage.csv', regions);

  it('is a warning on the metric when the note calls the row\'s own value a target, in either language', () => {
    const { figures, problems } = read('vulnerable_workers_funded', '34400', 'Paid from the budget; a report gives 34,400 as the 2025 target', 'Dibiayai APBD; berita menyebut 34.400 sebagai target tahun 2025');
    // The row is kept (data is never dropped), and the person is told what to file it as.
    expect(figures).toHaveLength(1);
    expect(problems).toMatchObject([{ severity: 'warning', line: 2, field: 'metric', found: 'vulnerable_workers_funded' }]);
    expect(problems[0]!.expected).toMatch(/vulnerable_workers_target/);
    expect(read('vulnerable_workers_funded', '34400', '', 'Menurut berita, 34.400 sebagai target').problems).toHaveLength(2); // and the missing English note
  });

  it('is no warning under a target metric, nor when the note names another number as the target', () => {
    expect(read('vulnerable_workers_target', '34400', 'a report gives 34,400 as the 2025 target', 'berita menyebut 34.400 sebagai target').problems).toEqual([]);
    expect(read('participants_active', '17000', "About 17,000 covered; the city's target for 2026 is 34,400", 'Sekitar 17.000 terlindungi; target kota 34.400').problems).toEqual([]);
  });
});
