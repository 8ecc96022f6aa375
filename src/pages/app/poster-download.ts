// "Save the map as PNG", loaded when first asked for: the poster is what the screen shows (the map's
// colours, classes and marks, the page's summary line and the legend's entries, from the same year's
// picture), with what a shared image needs to stand alone: the full title, each coloured regency's
// value as the screen writes it, the source and the page's address for the year and metric.
import type { AppData } from '../../model/load.ts';
import type { YearView } from '../../scale/year-view.ts';
import type { Lang } from '../../i18n/lang.ts';
import { fill } from '../../i18n/messages.ts';
import { csvFileName } from '../../model/export-csv.ts';
import type { MapMetric } from '../../model/metrics.ts';
import { pageAddress } from '../../model/url.ts';
import { mapGeometry } from '../../render/map-geometry.ts';
import { posterLabel, posterSvg } from '../../render/poster.ts';
import { downloadBlob } from '../shared/download.ts';
import { svgToPng } from './download.ts';
import { SHARE_MESSAGES } from './share.messages.ts';
import { figureTitle } from './share-titles.ts';

export interface PosterRequest {
  /** The year's picture the map shows now. */
  view: YearView;
  metric: MapMetric;
  lang: Lang;
  carryForward: boolean;
  /** The page's summary line, word for word. */
  summary: string;
  province: string;
  /** The page's own address, for the poster's link back. */
  baseUri: string;
}

/** The poster's SVG for what the screen shows (pure: tested in Node). */
export function posterFor({ dataset, regencyTopology, contextTopology, province: place }: Pick<AppData, 'dataset' | 'regencyTopology' | 'contextTopology' | 'province'>, request: PosterRequest) {
  if (!regencyTopology) return null;
  const { view, metric, lang, carryForward, summary, province, baseUri } = request;
  const words = SHARE_MESSAGES[lang];
  const geometry = mapGeometry(regencyTopology, contextTopology, {
    width: 1200,
    maxHeight: 1000,
    labelText: (code) => {
      const name = dataset.regions.byCode.get(code)?.shortName;
      return name === undefined ? undefined : posterLabel(name, view.byCode.get(code));
    },
    contextLabels: place?.contextLabels,
  });
  const address = new URL(pageAddress({ page: 'app', year: view.year, metric, region: null, lang, carryForward }), baseUri).href;
  return posterSvg({
    geometry,
    view,
    title: `${figureTitle(metric, lang, province)}, ${view.year}`,
    subtitle: summary,
    source: fill(words.posterSource, { source: words.source, address }),
    credit: words.boundaries,
  });
}

export async function savePoster(data: AppData, request: PosterRequest): Promise<boolean> {
  const poster = posterFor(data, request);
  if (!poster) return false;
  const blob = await svgToPng(poster.svg, poster.width, poster.height);
  downloadBlob(blob, csvFileName(request.view.year, request.metric, request.lang).replace(/\.csv$/, '.png'));
  return true;
}
