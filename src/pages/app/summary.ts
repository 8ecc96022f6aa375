// The year's summary line, as the page, the poster and the first screen in the HTML say it.
import { fill } from '../../i18n/messages.ts';
import { MAP_UNIT_WORDS } from '../../i18n/unit-words.ts';
import type { Lang } from '../../i18n/lang.ts';
import { metricDefinition, type MapMetric } from '../../model/metrics.ts';
import type { YearSummary } from '../../model/year-figures.ts';
import { PAGE_MESSAGES } from './page.messages.ts';

/** Carried figures are counted apart from the year's own; a change says how many could be computed. */
export function summaryText({ published, carried, total, year, units, everPublished }: YearSummary, lang: Lang, metric: MapMetric): string {
  const words = PAGE_MESSAGES[lang];
  const unitWords = MAP_UNIT_WORDS[lang][units];
  // A map with no figure in any year is all hatched: said in so many words, so it is not taken for a broken one.
  if (!everPublished) return fill(words.neverPublished, { ...unitWords, count: published, total, year });
  // A change is computed from two published figures, not published itself: say how many could be computed.
  if (metricDefinition(metric).derive === 'change') return fill(words.changeSummary, { ...unitWords, count: published, total, year, previous: year - 1 });
  return [fill(words.yearSummary, { ...unitWords, count: published, total, year }), carried > 0 ? fill(words.carriedSummary, { count: carried }) : ''].join(' ').trim();
}
