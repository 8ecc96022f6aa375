// The page: data -> parse and validate (src/data) -> join (src/app/values, view) -> scale (src/scale)
// -> render (the elements) -> DOM. This file only wires them together: it owns the one store of the
// reader's choices, mirrors it in the address, hands each element what it shows, and turns the
// elements' events into changes of the store.
import '../shared/base.css';
import './styles.css';
import '../../elements/map/map.ts';
import '../../elements/legend/legend.ts';
import '../../elements/year-slider/year-slider.ts';
import '../../elements/winners/winners.ts';
import '../../elements/region-details/region-details.ts';
import { html, nothing, render } from 'lit';
import { ProblemLog } from '../../data/index.ts';
import { DEFAULT_METRIC, mapMetrics, metricDefinition, type MapMetric } from '../../model/metrics.ts';
import type { AppData } from '../../model/load.ts';
import { defaultDataBase, loadSharedData } from '../../model/data-source.ts';
import { Store, type AppState } from './state.ts';
import { readUrlState, writeUrlState } from '../../model/url.ts';
import { byValueDescending, displayName, pageView, type PageView, type RegionView } from './view.ts';
import { defaultYear, sliderYears } from '../../model/years.ts';
import { yearSummary, type YearSummary } from '../../model/values.ts';
import { figuresCsv, csvFileName } from '../../model/export-csv.ts';
import { downloadBlob, svgToPng } from './download.ts';
import { posterSvg } from '../../render/poster.ts';
import { PAGE_MESSAGES, type PageKey } from './page.messages.ts';
import { setUpEmbedDialog } from './embed-dialog.ts';
import { COMMON, fill } from '../../i18n/messages.ts';
import { DEFAULT_LANG, toLang, type Lang } from '../../i18n/lang.ts';
import { sourceHost } from '../../i18n/format.ts';
import { metricScale } from '../../scale/metric-scale.ts';
import { mapGeometry } from '../../render/map-geometry.ts';
import { requiredElement } from '../shared/dom.ts';
import { renderProblems } from '../shared/problems.ts';

const element = requiredElement;

const page = {
  status: element<HTMLElement>('#status'),
  problems: element<HTMLElement>('#problems'),
  metricChoice: element<HTMLFieldSetElement>('.metric-choice'),
  carryForward: element<HTMLInputElement>('#carry-forward'),
  slider: element<HTMLElementTagNameMap['paritrana-year-slider']>('#year-slider'),
  yearSummary: element<HTMLElement>('#year-summary'),
  mapHeading: element<HTMLElement>('#map-heading'),
  legend: element<HTMLElementTagNameMap['paritrana-legend']>('#legend'),
  map: element<HTMLElementTagNameMap['paritrana-map']>('#map'),
  details: element<HTMLElementTagNameMap['paritrana-region-details']>('#details'),
  winners: element<HTMLElementTagNameMap['paritrana-winners']>('#winners'),
  tableHeading: element<HTMLElement>('#table-heading'),
  tableBody: element<HTMLTableSectionElement>('#figures tbody'),
  tableFoot: element<HTMLTableSectionElement>('#figures tfoot'),
  sources: element<HTMLUListElement>('#sources'),
  downloadCsv: element<HTMLButtonElement>('#download-csv'),
  savePng: element<HTMLButtonElement>('#save-png'),
  copyLink: element<HTMLButtonElement>('#copy-link'),
  embedOpen: element<HTMLButtonElement>('#embed-open'),
  embedDialog: element<HTMLDialogElement>('#embed-dialog'),
  presentLink: element<HTMLAnchorElement>('#present-link'),
  actionStatus: element<HTMLElement>('#action-status'),
  langButtons: [...document.querySelectorAll<HTMLButtonElement>('.lang-toggle button')],
};

const t = (lang: Lang, key: PageKey, values: Record<string, string | number> = {}) => fill(PAGE_MESSAGES[lang][key], values);

/** The static words of index.html, in the chosen language. */
function translateStatic(lang: Lang): void {
  document.documentElement.lang = lang;
  document.title = t(lang, 'documentTitle');
  for (const node of document.querySelectorAll<HTMLElement>('[data-i18n]')) node.textContent = t(lang, node.dataset.i18n as PageKey);
  for (const node of document.querySelectorAll<HTMLElement>('[data-i18n-label]')) node.setAttribute('aria-label', t(lang, node.dataset.i18nLabel as PageKey));
  for (const block of document.querySelectorAll<HTMLElement>('[data-lang-block]')) block.hidden = block.dataset.langBlock !== lang;
  for (const button of page.langButtons) button.setAttribute('aria-pressed', String(button.dataset.lang === lang));
}

function tableRow(region: RegionView, lang: Lang, name = displayName(region)) {
  const swatch = html`<span
    class=${region.scaleClass ? 'swatch' : 'swatch swatch--no-data'}
    style=${region.scaleClass ? `background-color: ${region.scaleClass.colour}` : nothing}
    aria-hidden="true"
  ></span>`;
  const heading = html`<th scope="row">${swatch}${name}</th>`;
  if (!region.text) {
    return html`<tr data-code=${region.code} class="no-figure">${heading}<td colspan="2" class="missing">${COMMON[lang].noFigure.toLowerCase()}</td></tr>`;
  }
  const { value, period, sourceUrl, sourceHost: host } = region.text;
  // The period sits under its figure: a figure without its date cannot be compared.
  return html`<tr data-code=${region.code} class=${region.value.carriedForward ? 'carried-forward' : nothing}>
    ${heading}
    <td class="value">
      <span class="figure">${value}</span><span class="period">${period}</span>${region.otherFigures.map(
        (other) => html`<span class="other-figure">${t(lang, 'also')} ${other.value} ${other.period}</span>`,
      )}
    </td>
    <td class="source"><a href=${sourceUrl} rel="external noopener noreferrer">${breakable(host)}</a></td>
  </tr>`;
}

/** A host name that may wrap after its dots ("pontianak.tribunnews.com"), never inside a word. */
function breakable(host: string) {
  return host.split('.').map((part, i) => (i === 0 ? part : html`.<wbr />${part}`));
}

/** One radio per metric the registry offers, in its order; the store's metric is the checked one. */
function drawMetricChoice(metric: MapMetric, lang: Lang, choose: (metric: MapMetric) => void): void {
  render(
    mapMetrics()
      .filter((m) => m.offered || m.id === metric)
      .map(
        (m) => html`<label
          ><input type="radio" name="metric" value=${m.id} .checked=${m.id === metric} @change=${() => choose(m.id)} />
          <span>${m.choice[lang]}</span></label
        >`,
      ),
    page.metricChoice,
  );
}

function start(data: AppData): void {
  const { dataset } = data;
  const { years, editions } = sliderYears(dataset);
  const fromUrl = readUrlState(location.search, { years, regionCodes: dataset.regions.regions.map((r) => r.code) });
  const store = new Store<AppState>({
    year: fromUrl.year ?? defaultYear(dataset),
    metric: fromUrl.metric ?? DEFAULT_METRIC,
    selected: fromUrl.region ?? null,
    // Bahasa Indonesia unless the address asks for English: the page speaks to the province's public first.
    lang: fromUrl.lang ?? DEFAULT_LANG,
    carryForward: fromUrl.carryForward ?? false,
  });

  page.map.data = { dataset, regencyTopology: data.regencyTopology, contextTopology: data.contextTopology };
  page.slider.years = years;
  page.slider.editions = editions;
  page.winners.awards = dataset.awards;
  page.winners.regions = dataset.regions;
  page.details.data = dataset;
  render(sourceItems(data), page.sources);

  // The elements' events become changes of the one store; the store then updates every element.
  page.slider.addEventListener('paritrana-year-change', (e) => store.set({ year: e.detail.year }));
  page.map.addEventListener('paritrana-region-select', (e) => store.set({ selected: e.detail.code }));
  // Marks for the benchmark (scripts/bench-browser.ts): navigation to each renderer's first picture.
  page.map.addEventListener('paritrana-ready', (e) => performance.mark(`paritrana-ready-${e.detail.renderer}`));
  page.winners.addEventListener('paritrana-region-select', (e) => store.set({ selected: e.detail.code }));
  page.legend.addEventListener('paritrana-class-highlight', (e) => {
    page.map.highlightClass = e.detail.classIndex;
  });
  page.carryForward.addEventListener('change', () => store.set({ carryForward: page.carryForward.checked }));
  for (const button of page.langButtons) button.addEventListener('click', () => store.set({ lang: toLang(button.dataset.lang) }));
  page.downloadCsv.addEventListener('click', () => downloadCsv(store.state, data));
  page.savePng.addEventListener('click', () => void savePng(store.state, data));
  page.copyLink.addEventListener('click', () => void copyLink(store.state.lang));
  setUpEmbedDialog({
    opener: page.embedOpen,
    dialog: page.embedDialog,
    state: () => {
      const { year, metric, selected, lang, carryForward } = store.state;
      return { year, metric, region: selected, lang, carryForward };
    },
    frameTitle: () => t(store.state.lang, 'embedFrameTitle', { metric: metricDefinition(store.state.metric).label[store.state.lang].toLowerCase(), year: store.state.year }),
    words: () => ({ copied: t(store.state.lang, 'copied'), notCopied: t(store.state.lang, 'notCopied') }),
  });

  let shownLang: Lang | null = null;
  const draw = (state: AppState) => {
    const { year, metric, selected, lang, carryForward } = state;
    if (lang !== shownLang) {
      // Words change only with the language: not redrawn on every year, so an opened panel stays open.
      shownLang = lang;
      translateStatic(lang);
      renderProblems(page.problems, data.problems, lang);
    }
    for (const target of [page.map, page.legend, page.slider, page.winners, page.details]) target.lang = lang;
    page.map.year = year;
    page.map.metric = metric;
    page.map.selected = selected;
    page.map.carryForward = carryForward;
    page.legend.metric = metric;
    page.legend.carryForward = carryForward;
    page.slider.value = year;
    page.winners.edition = year;
    page.winners.selected = selected;
    page.details.code = selected;
    page.details.year = year;
    drawMetricChoice(metric, lang, (chosen) => store.set({ metric: chosen }));
    page.carryForward.checked = carryForward;
    page.presentLink.href = `./present.html?edition=${year}&lang=${lang}`;

    const view = pageView(dataset, { year, lang, scale: metricScale(metric), carryForward });
    drawTable(view, lang);
    page.mapHeading.textContent = t(lang, 'mapHeading', { metric: metricDefinition(metric).label[lang], year });
    page.yearSummary.textContent = summaryText(yearSummary(dataset, { year, metric, carryForward }), lang);
  };

  store.subscribe((state) => {
    history.replaceState(history.state, '', writeUrlState(location.search, { ...state, region: state.selected }));
    draw(state);
  });
  history.replaceState(history.state, '', writeUrlState(location.search, { ...store.state, region: store.state.selected }));
  draw(store.state);
  page.status.hidden = true;
}

/** The year's summary line, as the page and the poster say it: carried figures counted apart from the year's own. */
function summaryText({ published, carried, total, year }: YearSummary, lang: Lang): string {
  return [t(lang, 'yearSummary', { count: published, total, year }), carried > 0 ? t(lang, 'carriedSummary', { count: carried }) : ''].join(' ').trim();
}

function drawTable(view: PageView, lang: Lang): void {
  page.tableHeading.textContent = t(lang, 'tableHeading', { year: view.year });
  render([...view.regencies].sort(byValueDescending).map((r) => tableRow(r, lang)), page.tableBody);
  render(view.province ? tableRow(view.province, lang, COMMON[lang].province) : nothing, page.tableFoot);
}

/** Every source address behind a figure or an award, once, with its host as the link text. */
function sourceItems({ dataset }: AppData) {
  const urls = [...new Set([...dataset.figures.map((f) => f.sourceUrl), ...dataset.awards.map((a) => a.sourceUrl)])];
  urls.sort((a, b) => sourceHost(a).localeCompare(sourceHost(b)) || a.localeCompare(b));
  return urls.map((url) => html`<li><a href=${url} rel="external noopener noreferrer">${sourceHost(url)}</a><span class="source-path"> ${new URL(url).pathname}</span></li>`);
}

function announce(text: string): void {
  page.actionStatus.textContent = text;
}

function downloadCsv(state: AppState, { dataset }: AppData): void {
  const text = figuresCsv(dataset, { year: state.year, metric: state.metric, lang: state.lang, carryForward: state.carryForward });
  downloadBlob(new Blob([text], { type: 'text/csv;charset=utf-8' }), csvFileName(state.year, state.metric, state.lang));
  announce(t(state.lang, 'csvSaved'));
}

async function savePng(state: AppState, { dataset, regencyTopology, contextTopology }: AppData): Promise<void> {
  if (!regencyTopology) return;
  const { year, metric, lang, carryForward } = state;
  const scale = metricScale(metric);
  const view = pageView(dataset, { year, lang, scale, carryForward });
  const geometry = mapGeometry(regencyTopology, contextTopology, { width: 1200, maxHeight: 1000, labelText: (code) => dataset.regions.byCode.get(code)?.shortName });
  const poster = posterSvg({
    geometry,
    fills: new Map(view.regencies.map((r) => [r.code, r.scaleClass?.colour ?? null])),
    title: t(lang, 'pngTitle', { metric: metricDefinition(metric).label[lang], year }),
    subtitle: summaryText(yearSummary(dataset, { year, metric, carryForward }), lang),
    legend: [...scale.classes.map((c) => ({ colour: c.colour, label: scale.label(c, lang) })), { colour: null, label: COMMON[lang].noFigure }],
    credit: t(lang, 'pngCredit'),
  });
  const blob = await svgToPng(poster.svg, poster.width, poster.height);
  downloadBlob(blob, csvFileName(year, metric, lang).replace(/\.csv$/, '.png'));
  announce(t(lang, 'pngSaved'));
}

async function copyLink(lang: Lang): Promise<void> {
  try {
    await navigator.clipboard.writeText(location.href);
    announce(t(lang, 'linkCopied'));
  } catch {
    announce(t(lang, 'linkNotCopied'));
  }
}

loadSharedData({ base: defaultDataBase(document.baseURI), overrides: {} })
  .then(start)
  .catch((error: unknown) => {
    // A bug, not bad data (that arrives as problems): still say so on the page, not only in the console.
    const log = new ProblemLog('halaman');
    log.error(null, null, error instanceof Error ? error.message : String(error), 'the page to start; please report this');
    renderProblems(page.problems, log.problems);
    page.status.textContent = `${PAGE_MESSAGES.id.loadFailed} / ${PAGE_MESSAGES.en.loadFailed}`;
    throw error;
  });
