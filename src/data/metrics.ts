// What each published number measures. Targets are not achievements, and BPJS's worker base is not
// BPS's employed population: keeping the kind on every metric stops them being compared or mapped
// as if they were coverage.

export type Unit = 'percent' | 'persons';
export const UNITS: readonly Unit[] = ['percent', 'persons'];

export type MetricKind =
  /** Coverage achieved: active participants over BPJS's potential workers. */
  | 'coverage'
  /** A number of participants actually covered. */
  | 'participants'
  /** A goal set by a government: never drawn as an achievement. */
  | 'target'
  /** A denominator: whose workers are being counted. */
  | 'denominator'
  /** Workers covered through one local programme: a part, never a total. */
  | 'programme';

export interface MetricDefinition {
  id: string;
  unit: Unit;
  kind: MetricKind;
  label: { id: string; en: string };
}

const metric = (id: string, unit: Unit, kind: MetricKind, labelId: string, labelEn: string): MetricDefinition => ({
  id,
  unit,
  kind,
  label: { id: labelId, en: labelEn },
});

export const METRICS: readonly MetricDefinition[] = [
  metric('coverage_pct', 'percent', 'coverage', 'Cakupan kepesertaan (UCJ)', 'Coverage (UCJ)'),
  metric('participants_active', 'persons', 'participants', 'Peserta aktif', 'Active participants'),
  metric('participants_pu', 'persons', 'participants', 'Peserta penerima upah (PU)', 'Wage-earner participants (PU)'),
  metric('participants_bpu', 'persons', 'participants', 'Peserta bukan penerima upah (BPU)', 'Non-wage-earner participants (BPU)'),
  metric('coverage_target_pct', 'percent', 'target', 'Target cakupan', 'Coverage target'),
  metric('worker_base_bpjs', 'persons', 'denominator', 'Potensi pekerja (BPJS)', 'Potential workers (BPJS)'),
  metric('employed_bps', 'persons', 'denominator', 'Penduduk bekerja (BPS)', 'Employed population (BPS)'),
  metric('vulnerable_workers_funded', 'persons', 'programme', 'Pekerja rentan yang iurannya dibiayai', 'Vulnerable workers with contributions paid'),
  metric('palm_oil_workers_funded', 'persons', 'programme', 'Pekerja sawit yang iurannya dibiayai', 'Palm-oil workers with contributions paid'),
  metric('construction_workers_active', 'persons', 'programme', 'Pekerja konstruksi terlindungi', 'Construction workers covered'),
  metric('plantation_workers_covered', 'persons', 'programme', 'Pekerja perkebunan terlindungi', 'Plantation workers covered'),
];

export const METRIC_BY_ID: ReadonlyMap<string, MetricDefinition> = new Map(METRICS.map((m) => [m.id, m]));
