// What each published number measures. Targets are not achievements, and BPJS's worker base is not
// BPS's employed population: keeping the kind on every metric stops them being compared or mapped
// as if they were coverage.

export type Unit = 'percent' | 'persons';
export const UNITS: readonly Unit[] = ['percent', 'persons'];

type MetricKind =
  /** Coverage achieved: active participants over BPJS's potential workers. */
  | 'coverage'
  /** A number of participants actually covered. */
  | 'participants'
  /** A goal set by a government: never drawn as an achievement. */
  | 'target'
  /** A denominator: whose workers are being counted. */
  | 'denominator'
  /** Workers covered through one local programme: a part, never a total. */
  | 'programme'
  /** Coverage within one segment of the workers (formal or informal): a part's share, never overall coverage. */
  | 'segment'
  /** Published only as "more than N%": a lower bound, never the coverage itself. */
  | 'lower-bound'
  /** Participants over BPS's employed population: another denominator, never compared with coverage. */
  | 'bps-base'
  /** Participants ever registered, the non-active with the active: a count of registrations, not of workers covered. */
  | 'registered'
  /** A share of a province's desa (their officials, their council): about desa, not about workers. */
  | 'desa';

/**
 * Where a figure belongs. 'region' figures are a province's or a regency's, keyed by Kemendagri code;
 * 'national' figures are Indonesia's as a whole, have no region code, and so can never be joined to
 * a province or painted on a map as if they were one's own.
 */
type MetricScope = 'region' | 'national';

export interface MetricDefinition {
  id: string;
  unit: Unit;
  kind: MetricKind;
  scope: MetricScope;
  label: { id: string; en: string };
}

const metric = (id: string, unit: Unit, kind: MetricKind, labelId: string, labelEn: string, scope: MetricScope = 'region'): MetricDefinition => ({
  id,
  unit,
  kind,
  scope,
  label: { id: labelId, en: labelEn },
});

const national = (id: string, unit: Unit, kind: MetricKind, labelId: string, labelEn: string): MetricDefinition =>
  metric(id, unit, kind, labelId, labelEn, 'national');

export const METRICS: readonly MetricDefinition[] = [
  metric('coverage_pct', 'percent', 'coverage', 'Cakupan kepesertaan (UCJ)', 'Coverage (UCJ)'),
  metric('participants_active', 'persons', 'participants', 'Peserta aktif', 'Active participants'),
  metric('participants_pu', 'persons', 'participants', 'Peserta penerima upah (PU)', 'Wage-earner participants (PU)'),
  metric('participants_bpu', 'persons', 'participants', 'Peserta bukan penerima upah (BPU)', 'Non-wage-earner participants (BPU)'),
  metric('coverage_target_pct', 'percent', 'target', 'Target cakupan', 'Coverage target'),
  metric('worker_base_bpjs', 'persons', 'denominator', 'Potensi pekerja (BPJS)', 'Potential workers (BPJS)'),
  metric('employed_bps', 'persons', 'denominator', 'Penduduk bekerja (BPS)', 'Employed population (BPS)'),
  metric('vulnerable_workers_funded', 'persons', 'programme', 'Pekerja rentan yang iurannya dibiayai', 'Vulnerable workers with contributions paid'),
  metric('vulnerable_workers_target', 'persons', 'target', 'Target pekerja rentan yang iurannya dibiayai', 'Target of vulnerable workers with contributions paid'),
  metric('palm_oil_workers_funded', 'persons', 'programme', 'Pekerja sawit yang iurannya dibiayai', 'Palm-oil workers with contributions paid'),
  metric('construction_workers_active', 'persons', 'programme', 'Pekerja konstruksi terlindungi', 'Construction workers covered'),
  metric('plantation_workers_covered', 'persons', 'programme', 'Pekerja perkebunan terlindungi', 'Plantation workers covered'),
  metric('coverage_pct_formal', 'percent', 'segment', 'Cakupan pekerja sektor formal', 'Coverage of formal-sector workers'),
  metric('coverage_pct_informal', 'percent', 'segment', 'Cakupan pekerja sektor informal', 'Coverage of informal-sector workers'),
  metric('coverage_pct_min', 'percent', 'lower-bound', 'Cakupan lebih dari (batas bawah)', 'Coverage above (a lower bound)'),
  metric('coverage_pct_bps_base', 'percent', 'bps-base', 'Peserta terhadap penduduk bekerja (BPS)', 'Participants over the employed population (BPS)'),
  metric('desa_aparat_registered_pct', 'percent', 'desa', 'Desa yang aparatnya terdaftar', 'Desa whose officials are registered'),
  metric('desa_bpd_registered_pct', 'percent', 'desa', 'Desa yang anggota BPD-nya terdaftar', 'Desa whose village council (BPD) members are registered'),
  national('national_coverage_pct', 'percent', 'coverage', 'Cakupan kepesertaan nasional (UCJ)', 'National coverage (UCJ)'),
  national('national_participants_active', 'persons', 'participants', 'Peserta aktif nasional', 'Active participants, Indonesia'),
  national('national_participants_registered', 'persons', 'registered', 'Peserta terdaftar nasional (aktif dan nonaktif)', 'Registered participants, Indonesia (active and non-active)'),
  national('national_participants_pu', 'persons', 'participants', 'Peserta penerima upah (PU) nasional', 'Wage-earner participants (PU), Indonesia'),
  national('national_worker_base_bpjs', 'persons', 'denominator', 'Potensi pekerja nasional (BPJS)', 'Potential workers, Indonesia (BPJS)'),
  national('national_coverage_target_pct', 'percent', 'target', 'Target cakupan nasional', 'National coverage target'),
];

/** A goal, never an achievement: shown, if at all, as "target 2025: 34.400", never as a year's figure. */
export const isTargetMetric = (id: string): boolean => METRIC_BY_ID.get(id)?.kind === 'target';

export const METRIC_BY_ID: ReadonlyMap<string, MetricDefinition> = new Map(METRICS.map((m) => [m.id, m]));
