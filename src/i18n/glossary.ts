// The domain's words, each in the one form the site writes it: Bahasa Indonesia as Badan Pusat
// Statistik writes it (its releases: "kabupaten/kota", "persen poin", "Data tidak tersedia"), and its
// English. Every page's words (the *.messages.ts files, src/i18n/messages.ts, the HTML pages) use these
// forms; `avoid` lists the translated or stray forms they replaced, which test/i18n/glossary.test.ts
// refuses anywhere a reader could meet them. A new domain word starts here.

export interface GlossaryTerm {
  /** The Indonesian form, as BPS writes it. */
  readonly id: string;
  /** The English form. */
  readonly en: string;
  /** What it means, for the person writing messages or data notes. */
  readonly meaning: string;
  /** Forms that read translated, or name the same thing another way: never written. */
  readonly avoid?: { readonly id?: readonly string[]; readonly en?: readonly string[] };
  /** False for a term of the data notes and sources that no page word uses yet. */
  readonly onPages?: false;
}

export const GLOSSARY: readonly GlossaryTerm[] = [
  { id: 'kabupaten/kota', en: 'regencies and cities', meaning: 'the second-level regions of a province (Kemendagri codes 61.01 to 61.72)', avoid: { id: ['kab/kota'] } },
  { id: 'cakupan kepesertaan', en: 'coverage', meaning: 'active participants over the workers who could be participants (BPJS Ketenagakerjaan\'s UCJ)', avoid: { id: ['cakupan keanggotaan', 'liputan'] } },
  { id: 'peserta aktif', en: 'active participants', meaning: 'workers whose contributions are paid up', avoid: { id: ['anggota aktif'] } },
  { id: 'penerima upah (PU)', en: 'wage-earner', meaning: 'workers paid a wage by an employer (pekerja penerima upah)' },
  { id: 'bukan penerima upah (BPU)', en: 'non-wage-earner', meaning: 'self-employed and informal workers (pekerja bukan penerima upah)' },
  { id: 'pekerja rentan', en: 'vulnerable workers', meaning: 'informal workers on low incomes whose contributions a government may pay' },
  { id: 'potensi pekerja', en: 'potential workers', meaning: 'the workers BPJS Ketenagakerjaan counts as could-be participants: the denominator of coverage' },
  { id: 'penduduk bekerja', en: 'employed population', meaning: 'BPS\'s employed population (Sakernas): another denominator' },
  { id: 'angka sementara', en: 'provisional figure', meaning: 'a figure its publisher may still revise', onPages: false },
  { id: 'sumber', en: 'source', meaning: 'where a figure was published' },
  { id: 'periode', en: 'period', meaning: 'the year, month or day a figure describes' },
  { id: 'persen poin', en: 'percentage points', meaning: 'the unit of a change between two percentages ("+0,42 persen poin sejak Des 2023")', avoid: { id: ['poin persentase', 'poin persen', 'persentase poin'], en: ['points on', 'on as of'] } },
  { id: 'Data tidak tersedia', en: 'Data not available', meaning: 'a regency-year with no published figure: the one name in the legend, table, tooltip, CSV and poster', avoid: { id: ['belum ada angka', 'belum ada angka yang dipublikasikan'], en: ['no published figure', 'no figure has been published'] } },
  { id: 'target', en: 'target', meaning: 'a goal a government set: never an achievement ("target 2025: 34.400")' },
  { id: 'capaian', en: 'achievement', meaning: 'what was reached, as against a target' },
  { id: 'penilaian', en: 'assessment', meaning: 'the judging of an edition of the award, of one year\'s work ("penilaian tahun 2024")', avoid: { id: ['dinilai atas'], en: ['judged on'] } },
  { id: 'penganugerahan', en: 'ceremony', meaning: 'the evening the awards are given; the presentation mode shows it ("Tayangkan penganugerahan")', avoid: { id: ['putar upacara', 'upacara'] } },
  { id: 'penyerahan', en: 'presented', meaning: 'the day the awards were handed over' },
  { id: 'pengelolaan data', en: 'data desk', meaning: 'the page where files are checked and prepared for publishing (desk.html)', avoid: { id: ['meja data'] } },
  { id: 'kesalahan', en: 'error', meaning: 'a problem that stops a row from loading', avoid: { id: ['galat'] } },
  { id: 'peringatan', en: 'warning', meaning: 'a problem that lets the row load, to be checked' },
  { id: 'tingkat keyakinan', en: 'confidence', meaning: 'how plainly the source states the figure: tinggi, sedang, rendah' },
  { id: 'peringkat', en: 'rank', meaning: 'a place in the award, or among the regencies with a figure' },
  { id: 'nominasi', en: 'nominee', meaning: 'named for an award without winning a rank' },
];
