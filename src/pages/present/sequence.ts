// The ceremony, step by step, from the award data alone: nobody edits slides. Pure (no DOM), so the
// order of the reveal and every word on the cards are tested in Node; present.ts only shows a step.
//
// The order follows how a ceremony announces: the edition, the province's map for the year the jury
// judged, then per category the third place before the second before the first, so the room waits
// for the winner. Winners whose rank was never published come after the ranked ones; a category
// known only by its nominees is one step listing them.
import { provinceName } from '../../model/province-name.ts';
import type { Award, AwardRank, Dataset } from '../../data/index.ts';
import { formatDate, formatPeriod } from '../../i18n/format.ts';
import type { Lang } from '../../i18n/lang.ts';
import { fill, RANK_LABELS } from '../../i18n/messages.ts';
import { yearFigures, type FigureText } from '../../model/year-figures.ts';
import { metricDefinition } from '../../model/metrics.ts';
import { awardEdition } from '../../model/years.ts';
import { compareReveal } from '../../model/award-order.ts';
import { PRESENT_MESSAGES } from './present.messages.ts';

/** A published figure as the card shows it, worded as the map and table word it: "68,02%", "tahun 2024", "ketapangmedia.com". */
type FigureLine = FigureText;

interface StepBase {
  /** Small line above the heading ("Kategori", "Juara 3"). */
  eyebrow: string;
  /** The big words. */
  heading: string;
  /** Lines under the heading, in order. */
  lines: string[];
  /** The year the map shows: the assessment year. */
  mapYear: number;
  /** The regency the map flies to and highlights; null for the whole province. */
  regionCode: string | null;
  /**
   * The regencies the map keeps in full colour, every other one dimmed: the winner on its card, the
   * nominees on theirs, the ranked winners on the closing card; null for none (the whole map).
   */
  focusCodes: string[] | null;
  /**
   * For the presenter's eyes only (the presenter view): a winner's presenter_note from the data; on
   * the other steps, what comes next ("Berikutnya: Pemerintah Kabupaten/Kota"); "" for none.
   */
  note: string;
}

interface TitleStep extends StepBase { kind: 'title' }
interface ProvinceStep extends StepBase { kind: 'province'; figure: FigureLine | null }
interface CategoryStep extends StepBase { kind: 'category'; category: string }
interface NomineesStep extends StepBase { kind: 'nominees'; category: string; nominees: { winnerName: string; regionCode: string }[] }
export interface WinnerStep extends StepBase {
  kind: 'winner';
  category: string;
  regionCode: string;
  winnerName: string;
  rank: AwardRank;
  /** "Kabupaten Ketapang" */
  regionName: string;
  /** The regency's coverage in the assessment year; null where none was published. */
  coverage: FigureLine | null;
  /** Without coverage: the regency's other published figures of the year ("Peserta aktif 12.345 (tahun 2024)"). */
  otherFacts: string[];
  /** The rise from the previous year, "+12,33 poin"; null unless both years have a figure. */
  change: string | null;
  sourceUrl: string;
}
interface ClosingStep extends StepBase { kind: 'closing' }

export type Step = TitleStep | ProvinceStep | CategoryStep | NomineesStep | WinnerStep | ClosingStep;

/** The year the ceremony's map shows: the year the edition goes with (src/model/years.ts, the app's rule too). */
export function assessmentYear(awards: readonly Award[], edition: number): number {
  return awardEdition(awards, edition)?.year ?? edition;
}

/** Lowest rank first, first place last; winners without a published rank after the ranked ones. */
function revealOrder(a: Award, b: Award): number {
  return compareReveal(a.rank, b.rank) || a.line - b.line;
}

/** `provinceTitle`: the province's name in `lang`, for the title card (provinceName, src/model/province-name.ts). */
export function buildSequence(dataset: Dataset, edition: number, lang: Lang, provinceTitle = provinceName(null, dataset.regions, lang)): Step[] {
  const words = PRESENT_MESSAGES[lang];
  const awards = dataset.awards.filter((a) => a.edition === edition);
  const year = assessmentYear(dataset.awards, edition);
  const regionName = (code: string) => dataset.regions.byCode.get(code)?.name ?? code;
  // The year's figures as the map beside the cards shows them (never carried: the hall sees what was published).
  const coverage = yearFigures(dataset, { year, metric: 'coverage_pct', lang });
  const change = yearFigures(dataset, { year, metric: 'coverage_change_pp', lang });
  const participants = yearFigures(dataset, { year, metric: 'participants_active', lang });
  const figureLine = (code: string): FigureLine | null => coverage.byCode.get(code)?.text ?? null;
  const figureText = (figure: FigureLine) => fill(words.coverageLine, { value: figure.value, period: figure.period });
  const sourceText = (figure: FigureLine) => fill(words.sourceLine, { host: figure.sourceHost });
  // The hall hears what is known and nothing about what is not: without coverage, the regency's other
  // published figure of the year, with its period and source; without that, nothing.
  const otherFacts = (code: string): string[] => {
    const figure = participants.byCode.get(code)?.text;
    if (!figure) return [];
    const label = metricDefinition('participants_active').label[lang];
    return [fill(words.factLine, { label, value: figure.value, period: figure.period }), fill(words.sourceLine, { host: figure.sourceHost })];
  };

  const dates = awardEdition(dataset.awards, edition);
  const steps: Step[] = [];
  steps.push({
    kind: 'title',
    eyebrow: words.titleEyebrow,
    heading: fill(words.title, { edition, province: provinceTitle }),
    lines: [
      dates?.ceremonyDate ? fill(words.ceremony, { date: formatDate(dates.ceremonyDate, lang) }) : null,
      dates?.assessmentPeriod ? fill(words.assessment, { period: formatPeriod(dates.assessmentPeriod, lang) }) : null,
    ].filter((line): line is string => line !== null),
    mapYear: year,
    regionCode: null,
    focusCodes: null,
    note: '',
  });

  const province = dataset.regions.province;
  const provinceFigure = province ? figureLine(province.code) : null;
  const summary = coverage.summary;
  steps.push({
    kind: 'province',
    eyebrow: fill(words.mapEyebrow, { year }),
    heading: words.provinceHeading,
    lines: [
      // The same count the page and the poster state: how much of the map the hall sees is published.
      fill(words.yearSummary, { count: summary.published, total: summary.total, year }),
      ...(provinceFigure ? [figureText(provinceFigure), sourceText(provinceFigure)] : []),
    ],
    mapYear: year,
    regionCode: null,
    focusCodes: null,
    note: '',
    figure: provinceFigure,
  });

  // Categories in the order the data first names them: the file lists them as the ceremony did.
  const categories = [...new Set(awards.map((a) => a.category))];
  for (const category of categories) {
    const inCategory = awards.filter((a) => a.category === category);
    const label = inCategory[0]!.categoryLabel[lang];
    const winners = inCategory.filter((a) => a.rank !== 'nominee').sort(revealOrder);
    const nominees = inCategory.filter((a) => a.rank === 'nominee');
    if (winners.length === 0 && nominees.length === 0) continue;
    steps.push({ kind: 'category', category, eyebrow: words.category, heading: label, lines: [], mapYear: year, regionCode: null, focusCodes: null, note: '' });
    if (nominees.length > 0) {
      steps.push({
        kind: 'nominees',
        category,
        eyebrow: RANK_LABELS[lang].nominee,
        heading: label,
        lines: nominees.map((n) => n.winnerName),
        mapYear: year,
        regionCode: null,
        focusCodes: nominees.map((n) => n.regionCode),
        note: '',
        nominees: nominees.map((n) => ({ winnerName: n.winnerName, regionCode: n.regionCode })),
      });
    }
    for (const award of winners) {
      const figure = figureLine(award.regionCode);
      const rise = change.byCode.get(award.regionCode);
      const changeText = rise?.text?.value ?? null;
      const previous = rise?.previousText;
      const facts = figure ? [] : otherFacts(award.regionCode);
      steps.push({
        kind: 'winner',
        category,
        // A rank never published is not announced as such: the hall hears "Pemenang", as the note asks.
        eyebrow: `${award.rank === 'unknown' ? words.winner : RANK_LABELS[lang][`${award.rank}`]} · ${label}`,
        heading: award.winnerName,
        // The heading names the winner ("Pemerintah Kabupaten Mempawah"): the regency is not named again.
        lines: [
          figure ? figureText(figure) : null,
          figure && changeText && previous ? fill(words.changeLine, { change: changeText, from: previous.period }) : null,
          figure ? sourceText(figure) : null,
          ...facts,
        ].filter((line): line is string => line !== null),
        mapYear: year,
        regionCode: award.regionCode,
        focusCodes: [award.regionCode],
        note: award.presenterNote,
        winnerName: award.winnerName,
        rank: award.rank,
        regionName: regionName(award.regionCode),
        coverage: figure,
        otherFacts: facts,
        change: changeText,
        sourceUrl: award.sourceUrl,
      });
    }
  }

  // The end shows the ranked winners together (every category's places 1 to 3); none ranked: the whole map.
  const ranked = [...new Set(awards.filter((a) => typeof a.rank === 'number').map((a) => a.regionCode))];
  steps.push({
    kind: 'closing',
    eyebrow: fill(words.title, { edition, province: provinceTitle }),
    heading: words.closing,
    lines: [words.closingLine],
    mapYear: year,
    regionCode: null,
    focusCodes: ranked.length > 0 ? ranked : null,
    note: '',
  });
  // The steps between winners have no note of their own: tell the presenter what the next card says.
  steps.forEach((step, index) => {
    const next = steps[index + 1];
    if (step.kind !== 'winner' && step.kind !== 'closing' && next) step.note = fill(words.nextNote, { heading: next.heading });
  });
  return steps;
}
