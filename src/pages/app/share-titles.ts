// The titles of what leaves the page (a poster, a frame, a partner's heading): read away from the
// map, they name BPJS Ketenagakerjaan, what is measured, the province and the year in full.
import { fill } from '../../i18n/messages.ts';
import type { Lang } from '../../i18n/lang.ts';
import { metricDefinition, type MapMetric } from '../../model/metrics.ts';
import { SHARE_MESSAGES } from './share.messages.ts';

/** "Cakupan kepesertaan BPJS Ketenagakerjaan per kabupaten/kota, {province}": a heading, without the year. */
export function figureTitle(metric: MapMetric, lang: Lang, province: string): string {
  const title = fill(SHARE_MESSAGES[lang].figureTitle, { subject: metricDefinition(metric).subject[lang], province });
  return title.charAt(0).toUpperCase() + title.slice(1);
}

/** "Peta cakupan kepesertaan BPJS Ketenagakerjaan per kabupaten/kota, {province}, 2024": a frame's name. */
export function frameTitle(metric: MapMetric, lang: Lang, province: string, year: number | null): string {
  const title = fill(SHARE_MESSAGES[lang].frameTitle, { subject: metricDefinition(metric).subject[lang], province, year: year ?? '' });
  return year === null ? title.replace(/, $/, '') : title;
}
