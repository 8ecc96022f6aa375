// A large coverage file for measuring the data desk: one valid figure a row, each regency a day at a
// time from 2015 on, so no row repeats another (a repeat would be a warning to list, not a figure).
const HEADER = 'region_code,period,metric,value,unit,source_url,confidence,note,note_id';

export function largeCoverageCsv(rows: number, regencyCodes: readonly string[], source = 'https://example.org/cakupan'): string {
  const lines = [HEADER];
  for (let i = 0; i < rows; i++) {
    const day = new Date(Date.UTC(2015, 0, 1 + Math.floor(i / regencyCodes.length))).toISOString().slice(0, 10);
    lines.push(`${regencyCodes[i % regencyCodes.length]},${day},coverage_pct,${20 + (i % 600) / 10},percent,${source},high,,`);
  }
  return `${lines.join('\n')}\n`;
}
