// The page: data -> parse and validate (src/data) -> join (src/app/view) -> scale (src/scale) ->
// render (src/render) -> DOM. This file only wires them together and owns the page's elements.
import './styles.css';
import { ProblemLog } from './data/index.ts';
import { loadAppData, type AppData } from './app/load.ts';
import { Store, type AppState } from './app/state.ts';
import { searchWithYear, yearFromSearch } from './app/url.ts';
import { byCoverageDescending, coverageView, type CoverageView } from './app/view.ts';
import { defaultYear, yearChoices } from './app/years.ts';
import { coverageScale } from './scale/coverage-scale.ts';
import { renderChoropleth } from './render/choropleth.ts';
import { html } from './render/dom.ts';
import { renderLegend } from './render/legend.ts';
import { mapGeometry, type MapGeometry } from './render/map-geometry.ts';
import { renderProblems } from './render/problems.ts';
import { renderTable, tableRow } from './render/table.ts';
import { renderYearOptions } from './render/year-select.ts';

const METRIC = 'coverage_pct';

function element<T extends HTMLElement>(selector: string): T {
  const found = document.querySelector<T>(selector);
  if (!found) throw new Error(`index.html has no ${selector}`);
  return found;
}

const page = {
  status: element<HTMLElement>('#status'),
  problems: element<HTMLElement>('#problems'),
  year: element<HTMLSelectElement>('#year'),
  yearSummary: element<HTMLElement>('#year-summary'),
  mapHeading: element<HTMLElement>('#map-heading'),
  map: element<HTMLElement>('#map'),
  legend: element<HTMLElement>('#legend'),
  tableHeading: element<HTMLElement>('#table-heading'),
  tableBody: element<HTMLTableSectionElement>('#figures tbody'),
  tableFoot: element<HTMLTableSectionElement>('#figures tfoot'),
};

function start(data: AppData): void {
  const { dataset, regencyTopology, contextTopology } = data;
  const regencyCodes = dataset.regions.regencies.map((r) => r.code);
  const choices = yearChoices(dataset.figures, regencyCodes, METRIC);
  const initialYear = yearFromSearch(location.search, choices.map((c) => c.year)) ?? defaultYear(choices);
  const store = new Store<AppState>({ year: initialYear, metric: METRIC });
  const scale = coverageScale();

  renderProblems(page.problems, data.problems);
  renderLegend(page.legend, scale.classes);
  renderYearOptions(page.year, choices, store.state.year, regencyCodes.length);
  page.year.disabled = false;
  page.year.addEventListener('change', () => store.set({ year: Number(page.year.value) }));

  let view: CoverageView = coverageView(dataset, store.state.year, scale, store.state.metric);
  // The geometry depends only on the size, so it is kept across changes of year.
  let geometry: MapGeometry | null = null;

  const drawMap = () => {
    if (!regencyTopology) {
      page.map.replaceChildren(html('p', { class: 'map-missing' }, 'Peta tidak dapat digambar: berkas batas wilayah tidak termuat (lihat Masalah pada data).'));
      return;
    }
    const width = Math.floor(page.map.clientWidth);
    if (width === 0) return;
    if (geometry?.width !== width) {
      // Tall enough for the whole province on a phone, short enough to leave the legend in view on a laptop.
      const maxHeight = Math.max(360, window.innerHeight - 180);
      geometry = mapGeometry(regencyTopology, contextTopology, { width, maxHeight, labelText: (code) => dataset.regions.byCode.get(code)?.shortName });
    }
    renderChoropleth(page.map, geometry, view);
  };

  const draw = () => {
    view = coverageView(dataset, store.state.year, scale, store.state.metric);
    const withFigure = view.regencies.length - view.missingCount;
    page.mapHeading.textContent = `Peta cakupan tahun ${view.year}`;
    page.tableHeading.textContent = `Angka per kabupaten/kota, ${view.year}`;
    page.yearSummary.textContent = `${withFigure} dari ${view.regencies.length} kabupaten/kota punya angka terbit untuk ${view.year}.`;
    renderTable(page.tableBody, [...view.regencies].sort(byCoverageDescending));
    page.tableFoot.replaceChildren(...(view.province ? [tableRow({ ...view.province, name: `${view.province.shortName} (seluruh provinsi)` })] : []));
    drawMap();
  };

  store.subscribe((state) => {
    history.replaceState(history.state, '', searchWithYear(location.search, state.year));
    draw();
  });
  let frame = 0;
  new ResizeObserver(() => {
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(() => {
      if (geometry?.width !== Math.floor(page.map.clientWidth)) drawMap();
    });
  }).observe(page.map);
  draw();
  page.status.hidden = true;
}

loadAppData(document.baseURI)
  .then(start)
  .catch((error: unknown) => {
    // A bug, not bad data (that arrives as problems): still say so on the page, not only in the console.
    const log = new ProblemLog('halaman');
    log.error(null, null, error instanceof Error ? error.message : String(error), 'the page to start; please report this');
    renderProblems(page.problems, log.problems);
    page.status.textContent = 'Halaman gagal dimuat.';
    throw error;
  });
