// The page: data -> parse and validate (src/data) -> the year's picture (src/model/year-figures.ts, src/scale/year-view.ts)
// -> render (the elements) -> DOM. This file only wires them together: it owns the one store of the
// reader's choices, mirrors it in the address, hands each element what it shows, and turns the
// elements' events into changes of the store.
import '../shared/base.css';
import './styles.css';
// The pre-rendered first screen's map colours and lines (scripts/lib/first-screen/vite-plugin.ts).
import 'virtual:paritrana/first-screen.css';
import '../../elements/map/map.ts';
import '../../elements/legend/legend.ts';
import '../../elements/year-slider/year-slider.ts';
import { html, nothing, render } from 'lit';
import { ProblemLog, type Dataset, type Problem } from '../../data/index.ts';
import { DEFAULT_METRIC, mainChoiceMetrics, mapMetrics, metricCoverage, metricDefinition, type MapMetric } from '../../model/metrics.ts';
import type { AppData } from '../../model/load.ts';
import { defaultDataBase, loadSharedData } from '../../model/data-source.ts';
import { Store, type AppState } from './state.ts';
import { pageAddress, readAddress, readUrlState, refusedInAddress, URL_PARAMS } from '../../model/url.ts';
import { byValueDescending, displayName } from './view.ts';
import { summaryText } from './summary.ts';
import { defaultYear, editionForYear, sliderYears } from '../../model/years.ts';
import { yearView, type RegionPicture, type YearView } from '../../scale/year-view.ts';
import { PAGE_MESSAGES, type PageKey } from './page.messages.ts';
import type { RegionSearch } from './region-search.ts';
import type { Region } from '../../data/index.ts';
import { COMMON, fill } from '../../i18n/messages.ts';
import { MAP_UNIT_WORDS, wholeLabel } from '../../i18n/unit-words.ts';
import { areaFolder, INDONESIA, mapUnits, NATIONAL_AREA, type MapUnits } from '../../data/area.ts';
import { DEFAULT_LANG, type Lang } from '../../i18n/lang.ts';
import { sourceHost } from '../../i18n/format.ts';
import { safeHref } from '../../render/safe-url.ts';
import { addressLang, areaShown, element, keepOffline, onLanguageChoice, provinceWords, showAddress, showChoices, showLanguage, siteProvince, type PageProvince } from '../shared/page-shell.ts';
import { styleProperties } from '../../elements/shared/style-properties.ts';
import { sourceLink } from '../../elements/shared/source-link.ts';

// The ceremony at the app's own address (`/?present=1&edition=2025`) is present.html: a link written either way works.
const presentParams = new URLSearchParams(location.search);
if (presentParams.get('present') === '1') location.replace(`./present.html?${(presentParams.delete('present'), presentParams)}${location.hash}`);

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
  sources: element<HTMLUListElement>('#source-list'),
  detailsPanel: element<HTMLElement>('#details-panel'),
  selectionStatus: element<HTMLElement>('#selection-status'),
  searchInput: element<HTMLInputElement>('#region-search-input'),
  searchList: element<HTMLUListElement>('#region-search-list'),
  searchStatus: element<HTMLElement>('#region-search-status'),
  downloadCsv: element<HTMLButtonElement>('#download-csv'),
  downloadXlsx: element<HTMLButtonElement>('#download-xlsx'),
  savePng: element<HTMLButtonElement>('#save-png'),
  copyLink: element<HTMLButtonElement>('#copy-link'),
  embedOpen: element<HTMLButtonElement>('#embed-open'),
  embedDialog: element<HTMLDialogElement>('#embed-dialog'),
  presentLink: element<HTMLAnchorElement>('#present-link'),
  deskLink: element<HTMLAnchorElement>('#desk-link'),
  actionStatus: element<HTMLElement>('#action-status'),
  areaNavList: element<HTMLOListElement>('#area-nav ol'),
  addressNotice: element<HTMLElement>('#address-notice'),
};

/** The deployment's own province, as the page's HTML says it: served from data/, and the map at an address naming no area. */
const home: PageProvince = siteProvince();
/**
 * The area the address asks for (?province=indonesia, ?province=63), else the deployment's province.
 * Another area's files are under data/areas/<area>/ (src/data/area.ts), loaded only when it is opened.
 */
const area = readAddress(location.search).area ?? home.code;
/** The area as the address writes it: none for the deployment's own province, whose addresses stay as they were. */
const areaInAddress = area === home.code ? null : area;

/** The area the page names: the deployment's province, or the area asked for once its data say its name (province.json). */
let province: PageProvince = areaShown(area, home);
/** What the map's areas are: the national map's provinces, or a province's regencies (the data say, mapUnits). */
let units: MapUnits = area === NATIONAL_AREA ? 'provinces' : 'regencies';

const t = (lang: Lang, key: PageKey, values: Record<string, string | number> = {}) =>
  fill(PAGE_MESSAGES[lang][key], { ...MAP_UNIT_WORDS[lang][units], province: province.name[lang], ...values });

/** The static words of index.html, in the chosen language. */
const translateStatic = (lang: Lang) => {
  const words = provinceWords(PAGE_MESSAGES[lang], province, lang, MAP_UNIT_WORDS[lang][units]);
  showLanguage(lang, words, words.documentTitle);
};

/** The app's address for another area, with the reader's year, measure and language: a link in the trail, or a province opened from the national map. */
const areaAddress = (target: string, { year, metric, lang, carryForward }: AppState) =>
  pageAddress({ page: 'app', area: target === home.code ? null : target, year, metric, lang, carryForward }, location.search);

/**
 * The trail above the title: Indonesia, then the province shown. Each but the last is a link that keeps
 * the reader's choices; the back button walks back through them, as through any page.
 */
let writtenAreaNav = true;

function drawAreaNav(state: AppState): void {
  // The HTML's own trail (the deployment's province) gives way to the page's: Lit adds to what is there.
  if (writtenAreaNav) {
    writtenAreaNav = false;
    page.areaNavList.replaceChildren();
  }
  const trail = [{ code: NATIONAL_AREA, name: INDONESIA.name }, ...(area === NATIONAL_AREA ? [] : [{ code: area, name: province.name[state.lang] }])];
  render(
    trail.map((step, i) =>
      i === trail.length - 1 ? html`<li aria-current="page">${step.name}</li>` : html`<li><a href=${areaAddress(step.code, state)}>${step.name}</a></li>`,
    ),
    page.areaNavList,
  );
}

/**
 * The data's problems over the page, in the reader's language. Their words and template load only when
 * there are some: most readers meet none, and their first screen does without them.
 */
function showProblems(problems: readonly Problem[], lang: Lang): void {
  if (problems.length === 0 && page.problems.hidden) return;
  void import('../shared/problems.ts').then(({ renderProblems }) => renderProblems(page.problems, problems, lang));
}

/** Selects a regency from the table; set by start() once the store exists. */
let selectFromTable: (code: string) => void = () => {};

function tableRow(region: RegionPicture, lang: Lang, selected: string | null, name = displayName(region)) {
  // The map's colour: a class, the "no earlier figure" grey, or (none) the hatch of "no figure".
  const swatch = html`<span
    class=${region.colour ? 'swatch' : 'swatch swatch--no-data'}
    ${styleProperties({ 'background-color': region.colour ?? undefined })}
    aria-hidden="true"
  ></span>`;
  // The name is a button: a row selects its regency, as the map and the search do. Its accessible name
  // starts with the words it shows, so a reader who says what they see (voice control) can press it.
  const isSelected = region.code === selected;
  const heading = html`<th scope="row">${swatch}<button
      type="button"
      class="select-region"
      aria-pressed=${String(isSelected)}
      aria-label=${t(lang, units === 'provinces' ? 'openArea' : 'selectRegion', { name })}
      @click=${() => selectFromTable(region.code)}
    >${name}</button></th>`;
  const rowClass = [region.text ? '' : 'no-figure', region.origin === 'carried' ? 'carried-forward' : '', isSelected ? 'selected' : ''].filter(Boolean).join(' ');
  if (!region.text) {
    // A change with this year's figure but none the year before is not "no figure": say which.
    // "Data tidak tersedia" as the legend, tooltip, CSV and poster write it.
    const missing = region.state === 'no-earlier' ? COMMON[lang].noEarlier.toLowerCase() : COMMON[lang].noFigure;
    return html`<tr data-code=${region.code} class=${rowClass}>${heading}<td colspan="2" class="missing">${missing}</td></tr>`;
  }
  const { value, period, sourceUrl } = region.text;
  // The period sits under its figure: a figure without its date cannot be compared.
  return html`<tr data-code=${region.code} class=${rowClass || nothing}>
    ${heading}
    <td class="value">
      <span class="figure">${value}</span><span class="period">${period}</span>${region.otherFigures.map(
        (other) => html`<span class="other-figure">${t(lang, 'also')} ${other.value} ${other.period}</span>`,
      )}
    </td>
    <td class="source">${sourceLink(sourceUrl, lang)}</td>
  </tr>`;
}


/**
 * One radio per main-choice metric (the registry's rule, mainChoiceMetrics), in registry order, plus the
 * shown metric when it was reached otherwise; each says how many regencies it covers in the shown year.
 */
function drawMetricChoice(dataset: Dataset, metric: MapMetric, year: number, lang: Lang, choose: (metric: MapMetric) => void): void {
  const main = new Set(mainChoiceMetrics(dataset).map((m) => m.id));
  const covered = metricCoverage(dataset, year);
  const total = dataset.regions.regencies.length;
  render(
    mapMetrics()
      .filter((m) => main.has(m.id) || m.id === metric)
      .map(
        (m) => html`<label
          ><input type="radio" name="metric" value=${m.id} .checked=${m.id === metric} @change=${() => choose(m.id)} />
          <span>${m.choice[lang]}</span>
          <span class="metric-count">${t(lang, 'metricCount', { count: covered.get(m.id) ?? 0, total })}<span class="visually-hidden"
              >${t(lang, 'metricCountUnit')}</span
            ></span
          ></label
        >`,
      ),
    page.metricChoice,
  );
}

function start(data: AppData): void {
  const { dataset } = data;
  province = areaShown(area, home, data);
  units = mapUnits(dataset.regions);
  const { years } = sliderYears(dataset);
  const choices = { years, regionCodes: dataset.regions.regions.map((r) => r.code) };
  const fromUrl = readUrlState(location.search, choices);
  const refused = refusedInAddress(location.search, choices);
  const store = new Store<AppState>({
    year: fromUrl.year ?? defaultYear(dataset),
    metric: fromUrl.metric ?? DEFAULT_METRIC,
    selected: fromUrl.region ?? null,
    // Bahasa Indonesia unless the address asks for English: the page speaks to the province's public first.
    lang: fromUrl.lang ?? DEFAULT_LANG,
    carryForward: fromUrl.carryForward ?? false,
  });

  render(sourceItems(data), page.sources);

  // The elements' events become changes of the one store; the store then updates every element.
  page.slider.addEventListener('paritrana-year-change', (e) => store.set({ year: e.detail.year }));
  // A reader's choice of a regency, from the map, the table, the search or the winners: on a phone the
  // details sit under the map, so they are brought into view and the move is said.
  const select = (code: string | null) => {
    // On the national map a province is opened, not selected: its own map of regencies comes up, and
    // the back button returns here.
    if (units === 'provinces' && code !== null && dataset.regions.byCode.get(code)?.type === 'provinsi') {
      location.assign(areaAddress(code, store.state));
      return;
    }
    store.set({ selected: code });
    if (code !== null) revealDetails(code, store.state.lang, dataset);
  };
  selectFromTable = select;
  // The regency search: its code comes after the first screen is drawn, or at once when the reader
  // reaches the field first. Keys pressed in the field meanwhile are kept and handled, in order, once it
  // has come (what was typed is in the field and is searched then).
  let shownInSearch: Region | null = null;
  let search: RegionSearch | null = null;
  const showInSearch = (region: Region | null) => {
    shownInSearch = region;
    if (search) search.show(region);
    else if (document.activeElement !== page.searchInput) page.searchInput.value = region?.name ?? '';
  };
  const earlyKeys: KeyboardEvent[] = [];
  const keepKey = (event: KeyboardEvent) => {
    if (['ArrowDown', 'ArrowUp', 'Enter', 'Escape', 'Home', 'End'].includes(event.key)) {
      event.preventDefault();
      earlyKeys.push(new KeyboardEvent('keydown', event));
    }
  };
  page.searchInput.addEventListener('keydown', keepKey);
  let searchLoading: Promise<void> | null = null;
  const loadSearch = () =>
    (searchLoading ??= import('./region-search.ts').then(({ setUpRegionSearch }) => {
      page.searchInput.removeEventListener('keydown', keepKey);
      search = setUpRegionSearch({
        input: page.searchInput,
        list: page.searchList,
        status: page.searchStatus,
        regions: () => dataset.regions.regencies,
        words: () => {
          const { lang } = store.state;
          return {
            formerName: (name, until) => t(lang, 'searchFormerName', { name, until }),
            count: (count) => t(lang, 'searchCount', { count }),
            none: t(lang, 'searchNone'),
          };
        },
        choose: select,
      });
      if (document.activeElement !== page.searchInput) return;
      if (page.searchInput.value !== (shownInSearch?.name ?? '')) page.searchInput.dispatchEvent(new Event('input'));
      else page.searchInput.select();
      for (const key of earlyKeys.splice(0)) page.searchInput.dispatchEvent(key);
    }));
  page.searchInput.addEventListener('focus', () => void loadSearch(), { once: true });
  page.map.addEventListener('paritrana-region-select', (e) => select(e.detail.code));
  // Marks for the benchmark (scripts/bench-browser.ts): navigation to each renderer's first picture.
  page.map.addEventListener('paritrana-ready', (e) => performance.mark(`paritrana-ready-${e.detail.renderer}`));
  page.winners.addEventListener('paritrana-region-select', (e) => select(e.detail.code));
  page.legend.addEventListener('paritrana-class-highlight', (e) => {
    page.map.highlightClass = e.detail.classIndex;
  });
  page.carryForward.addEventListener('change', () => store.set({ carryForward: page.carryForward.checked }));
  onLanguageChoice((lang) => store.set({ lang }));
  page.downloadCsv.addEventListener('click', () => void downloadCsv(store.state, data));
  page.downloadXlsx.addEventListener('click', () => void downloadXlsx(store.state, data));
  page.savePng.addEventListener('click', () => void savePng(store.state, data));
  page.copyLink.addEventListener('click', () => void copyLink(store.state.lang));
  // The dialog's code and words are loaded the first time it is asked for: the first screen does without them.
  page.embedOpen.addEventListener('click', () =>
    void import('./embed-dialog.ts').then(({ openEmbedDialog }) =>
      openEmbedDialog({
        opener: page.embedOpen,
        dialog: page.embedDialog,
        state: () => {
          const { year, metric, selected, lang, carryForward } = store.state;
          return { year, metric, region: selected, lang, carryForward, area: areaInAddress };
        },
        province: (lang) => province.name[lang],
        words: () => ({ copied: t(store.state.lang, 'copied'), notCopied: t(store.state.lang, 'notCopied') }),
      }),
    ),
  );

  let shownLang: Lang | null = null;
  const draw = (state: AppState) => {
    const { year, metric, selected, lang, carryForward } = state;
    if (lang !== shownLang) {
      // Words change only with the language: not redrawn on every year, so an opened panel stays open.
      shownLang = lang;
      translateStatic(lang);
      showProblems(data.problems, lang);
    }
    showChoices(page, data, state);
    drawMetricChoice(dataset, metric, year, lang, (chosen) => store.set({ metric: chosen }));
    showInSearch(selected === null ? null : (dataset.regions.byCode.get(selected) ?? null));
    page.carryForward.checked = carryForward;
    page.presentLink.href = pageAddress({ page: 'present', area: areaInAddress, edition: editionForYear(dataset.awards, year)?.edition ?? year, lang });
    page.deskLink.href = pageAddress({ page: 'desk', area: areaInAddress, lang });
    drawAreaNav(state);

    // The year's picture, the same object the map drew from: its table and summary are the map's figures.
    const view = yearView(dataset, { year, metric, carryForward, lang, scheme: page.map.scheme });
    drawTable(view, lang, selected);
    page.mapHeading.textContent = t(lang, 'mapHeading', { metric: metricDefinition(metric).label[lang], year });
    page.yearSummary.textContent = summaryText(view.summary, lang, metric);
  };

  const address = ({ selected, ...state }: AppState) => showAddress({ page: 'app', area: areaInAddress, ...state, region: selected });
  store.subscribe((state) => {
    address(state);
    draw(state);
  });
  address(store.state);
  draw(store.state);
  // The area's own title and headings are in place: those of the written first screen (another area's) were hidden until now.
  document.documentElement.dataset.areaDrawn = '';
  page.status.hidden = true;
  // The details (with their chart's d3 scales and shapes) come after the first screen: until a regency is
  // chosen they show one line, which the panel's reserved height holds. Lit keeps the properties set before.
  // The winners too: beside the map on a laptop, under it on a phone, past the first look either way.
  void import('../../elements/region-details/region-details.ts');
  void import('../../elements/winners/winners.ts');
  void loadSearch();
  // An address naming what the page cannot show: it opened on the default (the address now says so) and tells the reader.
  if (refused.length > 0) {
    const { lang, metric, year } = store.state;
    void import('./address-notice.ts').then(({ showAddressNotice }) =>
      showAddressNotice(
        page.addressNotice,
        refused,
        {
          metrics: mapMetrics().map((m) => ({ id: m.id, name: m.label[lang] })),
          shownMetric: metricDefinition(metric).label[lang],
          shownYear: year,
          years,
          exampleRegion: dataset.regions.regencies[0]?.code ?? '',
        },
        lang,
      ),
    );
  }
}

/** The table's rows written into the HTML (first-screen.ts) give way to the page's own at its first drawing: Lit adds to what is there. */
let preRenderedRows = true;

function drawTable(view: YearView, lang: Lang, selected: string | null): void {
  if (preRenderedRows) {
    preRenderedRows = false;
    page.tableBody.replaceChildren();
    page.tableFoot.replaceChildren();
  }
  page.tableHeading.textContent = t(lang, 'tableHeading', { year: view.year });
  render([...view.regencies].sort(byValueDescending).map((r) => tableRow(r, lang, selected)), page.tableBody);
  render(view.province ? tableRow(view.province, lang, selected, wholeLabel(view.summary.units, province.name[lang], lang)) : nothing, page.tableFoot);
}

/** Every source address behind a figure or an award, once, with its host as the link text. */
function sourceItems({ dataset }: AppData) {
  const urls = [...new Set([...dataset.figures.map((f) => f.sourceUrl), ...dataset.awards.map((a) => a.sourceUrl)])];
  urls.sort((a, b) => sourceHost(a).localeCompare(sourceHost(b)) || a.localeCompare(b));
  return urls.map((url) => {
    const href = safeHref(url);
    if (href === null) return html`<li><span class="unsafe">${url}</span></li>`;
    return html`<li><a href=${href} rel="external noopener noreferrer">${sourceHost(href)}</a><span class="source-path"> ${new URL(href).pathname}</span></li>`;
  });
}

/**
 * Brings the region details into view when they are out of it (under the map on a phone; beside it
 * on a laptop, where nothing moves), smoothly unless the reader asked for reduced motion.
 */
function revealDetails(code: string, lang: Lang, dataset: Dataset): void {
  const { top, bottom } = page.detailsPanel.getBoundingClientRect();
  if (top >= 0 && top < innerHeight && bottom > 0) return;
  const reduced = matchMedia('(prefers-reduced-motion: reduce)').matches;
  page.detailsPanel.scrollIntoView({ behavior: reduced ? 'auto' : 'smooth', block: 'start' });
  page.selectionStatus.textContent = t(lang, 'detailsShown', { name: dataset.regions.byCode.get(code)?.name ?? code });
}

function announce(text: string): void {
  page.actionStatus.textContent = text;
}

/** The year's figures as CSV; its code and the CSV writer load when it is asked for. */
async function downloadCsv(state: AppState, { dataset }: AppData): Promise<void> {
  const { figuresCsv, csvFileName } = await import('../../model/export-csv.ts');
  const text = figuresCsv(dataset, { year: state.year, metric: state.metric, lang: state.lang, carryForward: state.carryForward });
  const { downloadBlob } = await import('../shared/download.ts');
  downloadBlob(new Blob([text], { type: 'text/csv;charset=utf-8' }), csvFileName(state.year, state.metric, state.lang));
  announce(t(state.lang, 'csvSaved'));
}

/** The same figures as an Excel workbook; its code and SheetJS load when it is asked for. */
async function downloadXlsx(state: AppState, { dataset }: AppData): Promise<void> {
  const { figuresXlsx, xlsxFileName } = await import('../../model/export-xlsx.ts');
  const bytes = await figuresXlsx(dataset, { year: state.year, metric: state.metric, lang: state.lang, carryForward: state.carryForward });
  const { downloadBlob } = await import('../shared/download.ts');
  downloadBlob(new Blob([bytes], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }), xlsxFileName(state.year, state.metric, state.lang));
  announce(t(state.lang, 'xlsxSaved'));
}

/** The poster is what the screen shows: the map's year picture and the page's summary line (poster-download.ts, loaded when asked for). */
async function savePng(state: AppState, data: AppData): Promise<void> {
  const { year, metric, lang, carryForward } = state;
  const view = yearView(data.dataset, { year, metric, carryForward, lang, scheme: page.map.scheme });
  const { savePoster } = await import('./poster-download.ts');
  const saved = await savePoster(data, { view, metric, lang, carryForward, summary: summaryText(view.summary, lang, metric), province: province.name[lang], baseUri: document.baseURI });
  if (saved) announce(t(lang, 'pngSaved'));
}

async function copyLink(lang: Lang): Promise<void> {
  try {
    await navigator.clipboard.writeText(location.href);
    announce(t(lang, 'linkCopied'));
  } catch {
    announce(t(lang, 'linkNotCopied'));
  }
}

// The page's words in the address's language before the data arrive, so nothing reflows when they do.
translateStatic(addressLang());
// The metric the address asks for, before the data too: the legend draws its classes, and the heading
// its length, once (with the written first screen's year while the address names none), instead of
// the default's first and then the address's, moving the map under the reader's eyes.
showEarlyMetric();

function showEarlyMetric(): void {
  const { metric, year } = readAddress(location.search);
  if (!metric || metric === DEFAULT_METRIC) return;
  page.legend.metric = metric;
  page.map.metric = metric;
  const written = new URLSearchParams(document.documentElement.dataset.firstScreen ?? '').get(URL_PARAMS.year);
  const shownYear = year ?? (written ? Number(written) : null);
  const lang = addressLang();
  if (shownYear !== null) page.mapHeading.textContent = t(lang, 'mapHeading', { metric: metricDefinition(metric).label[lang], year: shownYear });
}

const started = loadSharedData({ base: defaultDataBase(document.baseURI), overrides: {}, folder: areaFolder(area, home.code) }).then(start);
keepOffline(started);
started
  .catch((error: unknown) => {
    // A bug, not bad data (that arrives as problems): still say so on the page, not only in the console.
    const log = new ProblemLog('halaman');
    log.error(null, null, error instanceof Error ? error.message : String(error), 'the page to start; please report this');
    showProblems(log.problems, 'id');
    page.status.textContent = `${PAGE_MESSAGES.id.loadFailed} / ${PAGE_MESSAGES.en.loadFailed}`;
    throw error;
  });
