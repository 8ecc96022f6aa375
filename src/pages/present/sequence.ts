// The ceremony, step by step, from the award data alone: nobody edits slides. Pure (no DOM), so the
// order of the reveal and every word on the cards are tested in Node; present.ts only shows a step.
//
// The order follows how a ceremony announces: the edition, the province's map for the year the jury
// judged, then each category in the committee's order (categoryOrder), opened by its card: the
// nominees, then the third place before the second before the first, so the room waits for the
// winner. Winners whose rank was never published come after the ranked ones, together on one card
// when there are several. The closing card names every category's first place.
import { provinceName } from '../../model/province-name.ts';
import type { Award, AwardRank, Dataset, Period } from '../../data/index.ts';
import { formatDate, formatNumber, formatPeriod } from '../../i18n/format.ts';
import type { Lang } from '../../i18n/lang.ts';
import { fill, RANK_LABELS } from '../../i18n/messages.ts';
import { yearFigures, type FigureText } from '../../model/year-figures.ts';
import { metricDefinition } from '../../model/metrics.ts';
import { awardEdition } from '../../model/years.ts';
import { categoryOrder, compareReveal } from '../../model/award-order.ts';
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
   * nominees on theirs, every winner on the closing card; null for none (the whole map).
   */
  focusCodes: string[] | null;
  /**
   * Whether the map's colours are what the card speaks of, so the hall sees their key (the legend).
   * Not on a company's or a desa's card (the colour is the regency's, not the winner's), nor on a
   * winner's whose regency has no published figure: the hall would read a hatched "no data" as news.
   */
  legend: boolean;
  /**
   * For the presenter's eyes only (the presenter view): a winner's presenter_note from the data; on
   * the other steps, what comes next ("Berikutnya: Pemerintah Kabupaten/Kota"); "" for none.
   */
  note: string;
}

interface TitleStep extends StepBase { kind: 'title'; /** The province, on a line of its own under the edition. */ province: string }
interface ProvinceStep extends StepBase { kind: 'province'; figure: FigureLine | null }
interface CategoryStep extends StepBase { kind: 'category'; category: string }
interface NomineesStep extends StepBase { kind: 'nominees'; category: string; nominees: { winnerName: string; regionCode: string }[] }
/** Several winners of a category whose ranks were not published: announced together, none above another. */
interface WinnersStep extends StepBase { kind: 'winners'; category: string; winners: { winnerName: string; regionCode: string }[] }

/**
 * What a winner's card pictures. A regency or city government: its regency and its figures. A company
 * (a badan usaha): its name and size class, its regency marked, and no figure (the regency's coverage is
 * not the company's). A desa government: its name, its regency marked (and, with the regency's desa
 * boundaries, the desa itself). Anyone else: the name, the regency marked.
 */
type WinnerPicture = 'regency' | 'company' | 'desa' | 'other';

export interface WinnerStep extends StepBase {
  kind: 'winner';
  category: string;
  /** The regency: the first five characters of a desa's code ("61.04" of "61.04.02.2020"). */
  regionCode: string;
  /** A desa winner's own code when the data give one ("61.04.02.2020"); null otherwise. */
  desaCode: string | null;
  picture: WinnerPicture;
  winnerName: string;
  rank: AwardRank;
  /** "Kabupaten Ketapang" */
  regionName: string;
  /** The regency's coverage in the assessment year, on a government's card only; null where none was published. */
  coverage: FigureLine | null;
  /** Without coverage: the regency's other published figures of the year ("Peserta aktif 12.345 (tahun 2024)"). */
  otherFacts: string[];
  /** The rise from the previous year, "+12,33 persen poin"; null unless both years have a figure. */
  change: string | null;
  sourceUrl: string;
}

/** A category's first place on the closing card: rank 1, or each winner whose rank was not published. */
interface FirstPlace {
  category: string;
  /** The category's label ("Pemerintah Kabupaten/Kota"). */
  label: string;
  winnerName: string;
  regionCode: string;
}

interface ClosingStep extends StepBase { kind: 'closing'; firsts: FirstPlace[] }

export type Step = TitleStep | ProvinceStep | CategoryStep | NomineesStep | WinnersStep | WinnerStep | ClosingStep;

/** The year the ceremony's map shows: the year the edition goes with (src/model/years.ts, the app's rule too). */
export function assessmentYear(awards: readonly Award[], edition: number): number {
  return awardEdition(awards, edition)?.year ?? edition;
}

/** The regency of a region code: a desa's code ("61.04.02.2020") starts with its regency's ("61.04"). */
export function regencyOf(code: string): string {
  return code.slice(0, 5);
}

/** Lowest rank first, first place last; winners without a published rank after the ranked ones. */
function revealOrder(a: Award, b: Award): number {
  return compareReveal(a.rank, b.rank) || a.line - b.line;
}

function pictureOf(award: Award): WinnerPicture {
  switch (award.winnerType) {
    case 'pemerintah-provinsi':
    case 'pemerintah-kabupaten':
    case 'pemerintah-kota':
      return 'regency';
    case 'badan-usaha-besar-menengah':
    case 'badan-usaha-kecil-mikro':
      return 'company';
    case 'pemerintah-desa':
      return 'desa';
    default:
      return 'other';
  }
}

/**
 * Two parts of a small line ("Juara 3 · Pemerintah Kabupaten/Kota"): the separator is bound to the
 * words before it, so a wrapped line never starts with it.
 */
function joined(first: string, second: string): string {
  return `${first}\u00a0· ${second}`;
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
  // Periods as a statistics office writes them in a sentence: "2024", "September 2024", never wrapped inside.
  const when = (period: Period) => formatDate(period, lang).replaceAll(' ', '\u00a0');
  const coverageText = (code: string): string | null => {
    const shown = coverage.byCode.get(code);
    return shown?.text && shown.figure ? fill(words.coverageLine, { value: shown.text.value, period: when(shown.figure.period) }) : null;
  };
  const changeText = (code: string): string | null => {
    const rise = change.byCode.get(code);
    if (rise?.value === null || rise?.value === undefined || !rise.previous) return null;
    const template = rise.value > 0 ? words.changeUp : rise.value < 0 ? words.changeDown : words.changeNone;
    return fill(template, { points: formatNumber(Math.abs(rise.value), lang), from: when(rise.previous.period) });
  };
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
    heading: fill(words.title, { edition }),
    province: provinceTitle,
    lines: [
      // A date is read whole: "24 September 2025" never wraps inside.
      dates?.ceremonyDate ? fill(words.ceremony, { date: formatDate(dates.ceremonyDate, lang).replaceAll(' ', '\u00a0') }) : null,
      dates?.assessmentPeriod ? fill(words.assessment, { period: formatPeriod(dates.assessmentPeriod, lang) }) : null,
    ].filter((line): line is string => line !== null),
    mapYear: year,
    regionCode: null,
    focusCodes: null,
    legend: true,
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
      ...(provinceFigure && province ? [coverageText(province.code)!, sourceText(provinceFigure)] : []),
    ],
    mapYear: year,
    regionCode: null,
    focusCodes: null,
    legend: true,
    note: '',
    figure: provinceFigure,
  });

  const firsts: FirstPlace[] = [];
  const allWinners: string[] = [];
  const published = (code: string) => figureLine(code) !== null;
  for (const category of categoryOrder(awards, edition)) {
    const inCategory = awards.filter((a) => a.category === category);
    const label = inCategory[0]!.categoryLabel[lang];
    const ranked = inCategory.filter((a) => typeof a.rank === 'number').sort(revealOrder);
    const unranked = inCategory.filter((a) => a.rank === 'unknown');
    const nominees = inCategory.filter((a) => a.rank === 'nominee');
    steps.push({ kind: 'category', category, eyebrow: words.category, heading: label, lines: [], mapYear: year, regionCode: null, focusCodes: null, legend: true, note: '' });
    if (nominees.length > 0) {
      const codes = nominees.map((n) => regencyOf(n.regionCode));
      steps.push({
        kind: 'nominees',
        category,
        eyebrow: RANK_LABELS[lang].nominee,
        heading: label,
        lines: nominees.map((n) => n.winnerName),
        mapYear: year,
        regionCode: null,
        focusCodes: codes,
        legend: true,
        note: '',
        nominees: nominees.map((n, index) => ({ winnerName: n.winnerName, regionCode: codes[index]! })),
      });
    }
    const winnerStep = (award: Award, eyebrow: string): WinnerStep => {
      const code = regencyOf(award.regionCode);
      const picture = pictureOf(award);
      // A figure is the winner's own only when the winner governs the regency it describes.
      const figure = picture === 'regency' ? figureLine(code) : null;
      const facts = picture === 'regency' && !figure ? otherFacts(code) : [];
      const rise = figure ? change.byCode.get(code)?.text?.value ?? null : null;
      // The size class, unless the category already says it ("Badan Usaha Besar dan Menengah").
      const size = picture === 'company' && award.winnerType !== category ? (award.winnerType === 'badan-usaha-besar-menengah' ? words.companyLarge : words.companySmall) : null;
      const lines = picture === 'regency'
        ? [figure ? coverageText(code) : null, figure ? changeText(code) : null, figure ? sourceText(figure) : null, ...facts]
        // The heading names the winner; the regency it sits in is said, the map marks it. Nothing is
        // said of the regency's coverage: it is not the winner's.
        : [size, regionName(code)];
      return {
        kind: 'winner',
        category,
        eyebrow,
        heading: award.winnerName,
        lines: lines.filter((line): line is string => line !== null),
        mapYear: year,
        regionCode: code,
        focusCodes: [code],
        legend: figure !== null,
        note: award.presenterNote,
        desaCode: award.desaCode,
        picture,
        winnerName: award.winnerName,
        rank: award.rank,
        regionName: regionName(code),
        coverage: figure,
        otherFacts: facts,
        change: rise,
        sourceUrl: award.sourceUrl,
      };
    };
    for (const award of ranked) steps.push(winnerStep(award, joined(RANK_LABELS[lang][`${award.rank}`], label)));
    if (unranked.length === 1) {
      // A rank never published is not announced as such: the hall hears "Pemenang", as the note asks.
      steps.push(winnerStep(unranked[0]!, joined(words.winner, label)));
    } else if (unranked.length > 1) {
      const codes = unranked.map((a) => regencyOf(a.regionCode));
      steps.push({
        kind: 'winners',
        category,
        eyebrow: words.winnersUnranked,
        heading: label,
        lines: unranked.map((a) => a.winnerName),
        mapYear: year,
        regionCode: null,
        focusCodes: [...new Set(codes)],
        legend: codes.every(published),
        note: unranked.map((a) => a.presenterNote).filter((n) => n !== '').join('\n'),
        winners: unranked.map((a, index) => ({ winnerName: a.winnerName, regionCode: codes[index]! })),
      });
    }
    const first = ranked.filter((a) => a.rank === 1);
    for (const award of first.length > 0 ? first : unranked) {
      firsts.push({ category, label, winnerName: award.winnerName, regionCode: regencyOf(award.regionCode) });
    }
    for (const award of [...ranked, ...unranked]) allWinners.push(regencyOf(award.regionCode));
  }

  // The end names every category's first place; the map keeps every regency that won something in colour.
  // No key: the card is about who won, and a winner without a figure is outlined, not hatched as "no data".
  const focus = [...new Set(allWinners)];
  steps.push({
    kind: 'closing',
    eyebrow: fill(words.title, { edition }),
    heading: words.closing,
    lines: [words.closingLine],
    mapYear: year,
    regionCode: null,
    focusCodes: focus.length > 0 ? focus : null,
    legend: false,
    note: '',
    firsts,
  });
  // The steps between winners have no note of their own: tell the presenter what the next card says.
  steps.forEach((step, index) => {
    const next = steps[index + 1];
    if (step.kind !== 'winner' && step.kind !== 'winners' && step.kind !== 'closing' && next) step.note = fill(words.nextNote, { heading: next.heading });
  });
  return steps;
}
