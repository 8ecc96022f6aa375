// The tooltip's sparkline, in its own pixels: a regency's figures over the years, with no line across a
// year without one. Pure geometry, tested in Node; the map's tooltip draws it.
import type { SeriesYear } from '../model/year-figures.ts';

/** The sparkline's drawing: segments between consecutive years only, a dot a figure. */
export interface SparklineLayout {
  width: number;
  height: number;
  /** Polyline point lists, one per run of consecutive years with a figure (two or more years). */
  segments: string[];
  /** Every figure's dot; `isolated` where neither neighbouring year has one. */
  points: { x: number; y: number; year: number; isolated: boolean }[];
  /** The x of the year shown on the map. */
  markX: number;
}

export function sparklineLayout(series: readonly SeriesYear[], year: number, max: number, { width = 120, height = 32, pad = 3 } = {}): SparklineLayout {
  const first = series[0]?.year ?? year;
  const span = Math.max(1, (series.at(-1)?.year ?? year) - first);
  const x = (y: number) => pad + ((y - first) / span) * (width - 2 * pad);
  const y = (value: number) => height - pad - (Math.min(value, max) / (max || 1)) * (height - 2 * pad);
  const round = (n: number) => Math.round(n * 10) / 10;
  const segments: string[] = [];
  let run: string[] = [];
  const points: SparklineLayout['points'] = [];
  series.forEach((s, i) => {
    if (!s.figure) {
      if (run.length > 1) segments.push(run.join(' '));
      run = [];
      return;
    }
    const px = round(x(s.year));
    const py = round(y(s.figure.value));
    run.push(`${px},${py}`);
    const isolated = !series[i - 1]?.figure && !series[i + 1]?.figure;
    points.push({ x: px, y: py, year: s.year, isolated });
  });
  if (run.length > 1) segments.push(run.join(' '));
  return { width, height, segments, points, markX: round(x(year)) };
}
