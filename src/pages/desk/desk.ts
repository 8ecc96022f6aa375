// desk.html: the data desk. A person drops CSV files or Excel workbooks; each is read (importFile),
// checked against the published data and shown at once: the report (file by file, sheet by sheet,
// each problem at its row and field), the map and its panels on the imported data, and what changed.
// The import is kept in this browser (src/pages/shared/imported-data.ts), where the ceremony finds it
// too, and leaves it only as the data files the person downloads. Nothing is sent anywhere.
import '../shared/base.css';
import './desk.css';
import '../../elements/map/map.ts';
import '../../elements/legend/legend.ts';
import '../../elements/year-slider/year-slider.ts';
import '../../elements/winners/winners.ts';
import '../../elements/region-details/region-details.ts';
import { html, nothing, render } from 'lit';
import type { Dataset } from '../../data/dataset.ts';
import type { ImportedFile } from '../../data/import-file.ts';
import { MAX_INPUT_BYTES } from '../../data/files.ts';
import { TEMPLATE_FILES, TEMPLATES_DIR } from '../../data/templates.ts';
import { formatNumber } from '../../i18n/format.ts';
import { fill } from '../../i18n/messages.ts';
import { toLang, type Lang } from '../../i18n/lang.ts';
import { datasetChanges, type Counts, type DatasetChanges } from '../../model/dataset-diff.ts';
import { dataFiles } from '../../model/data-files.ts';
import { applyImport, type ImportResult, type TableKind } from '../../model/imported-data.ts';
import { defaultDataBase, loadSharedData } from '../../model/data-source.ts';
import type { AppData } from '../../model/load.ts';
import { defaultYear, editions, sliderYears } from '../../model/years.ts';
import { problemsNote } from '../../elements/shared/problems-note.ts';
import { requiredElement } from '../shared/dom.ts';
import { downloadBlob } from '../shared/download.ts';
import { clearKeptImport, keepImport, readKept, setAsideKeptImport, watchKeptImport, type KeepOutcome, type KeptState } from '../shared/imported-data.ts';
import { DESK_MESSAGES, type DeskKey } from './desk.messages.ts';
import { checkImportInWorker, readFileInWorker, type CheckedImport } from './read-in-worker.ts';

const element = requiredElement;
const page = {
  dropZone: element<HTMLElement>('#drop-zone'),
  fileInput: element<HTMLInputElement>('#file-input'),
  limit: element<HTMLElement>('#limit'),
  status: element<HTMLElement>('#status'),
  templates: element<HTMLUListElement>('#template-links'),
  report: element<HTMLElement>('#report'),
  reportBody: element<HTMLElement>('#report-body'),
  showing: element<HTMLElement>('#showing'),
  compare: element<HTMLInputElement>('#compare'),
  changes: element<HTMLElement>('#changes'),
  legend: element<HTMLElementTagNameMap['paritrana-legend']>('#legend'),
  map: element<HTMLElementTagNameMap['paritrana-map']>('#map'),
  slider: element<HTMLElementTagNameMap['paritrana-year-slider']>('#year-slider'),
  details: element<HTMLElementTagNameMap['paritrana-region-details']>('#details'),
  winners: element<HTMLElementTagNameMap['paritrana-winners']>('#winners'),
  keptStatus: element<HTMLElement>('#kept-status'),
  clear: element<HTMLButtonElement>('#clear'),
  presentLink: element<HTMLAnchorElement>('#present-link'),
  mapLink: element<HTMLAnchorElement>('#map-link'),
  downloads: [...document.querySelectorAll<HTMLButtonElement>('#downloads button[data-file]')],
  langButtons: [...document.querySelectorAll<HTMLButtonElement>('.lang-toggle button')],
};

interface DeskState {
  lang: Lang;
  /** The files brought in, as kept: the source of everything else. */
  files: ImportedFile[];
  keptAt: string | null;
  /** When this import could not be kept: when the import the browser still holds instead was kept. */
  earlierKeptAt: string | null;
  result: ImportResult | null;
  /** What the import changes in the published data; null without an import. */
  changes: DatasetChanges | null;
  /** Show the published data instead of the imported data. */
  comparing: boolean;
  year: number;
  selected: string | null;
}

const t = (lang: Lang, key: DeskKey, values: Record<string, string | number> = {}) => fill(DESK_MESSAGES[lang][key], values);

/** "20 MB", "25,3 MB": sizes as the limit is stated (KB and MB of 1,000). */
const megabytes = (bytes: number, lang: Lang) => `${formatNumber(Math.round(bytes / 100_000) / 10, lang)} MB`;

function translateStatic(lang: Lang): void {
  document.documentElement.lang = lang;
  document.title = t(lang, 'documentTitle');
  for (const node of document.querySelectorAll<HTMLElement>('[data-i18n]')) node.textContent = t(lang, node.dataset.i18n as DeskKey);
  for (const button of page.langButtons) button.setAttribute('aria-pressed', String(button.dataset.lang === lang));
  page.limit.textContent = t(lang, 'limit', { limit: megabytes(MAX_INPUT_BYTES, lang) });
  page.mapLink.href = lang === 'en' ? './index.html?lang=en' : './index.html';
  const template = (file: string) => `./data/${TEMPLATES_DIR}/${file}`;
  render(
    html`${(['coverage', 'awards', 'regions'] as const).map(
      (kind) => html`<li><a href=${template(TEMPLATE_FILES[kind])} download>${t(lang, 'templateCsv', { table: t(lang, `table${kind}`) })}</a></li>`,
    )}<li><a href=${template(TEMPLATE_FILES.workbook)} download>${t(lang, 'templateWorkbook')}</a></li>`,
    page.templates,
  );
}

const kindName = (lang: Lang, kind: string | null) => t(lang, kind === 'coverage' || kind === 'awards' || kind === 'regions' ? `kind${kind}` : 'kindunknown');

/** The report: a section a file, a part a table (a sheet), each with the one problems note of the site. */
function renderReport(result: ImportResult | null, lang: Lang): void {
  // The step stays in its place, so the steps read 1, 2, 3, 4 before any file comes.
  if (!result) {
    render(html`<p class="hint">${t(lang, 'noReportYet')}</p>`, page.reportBody);
    return;
  }
  render(
    result.files.map(
      (file) => html`<section class="file-report">
        <h3>${t(lang, 'fileHeading', { file: file.file })}</h3>
        ${problemsNote(file.problems, lang)}
        ${file.tables.map(
          (table) => html`<div class="table-report" data-file=${file.file} data-sheet=${table.sheet ?? nothing}>
            <h4>${table.sheet === null ? t(lang, 'csvTable') : t(lang, 'sheetHeading', { sheet: table.sheet })}</h4>
            <p>${t(lang, 'loaded', { kind: kindName(lang, table.kind), count: formatNumber(table.loaded, lang) })}</p>
            ${table.problems.length === 0 ? html`<p class="no-problems">${t(lang, 'noProblems')}</p>` : problemsNote(table.problems, lang)}
          </div>`,
        )}
      </section>`,
    ),
    page.reportBody,
  );
}

function countsLine(lang: Lang, table: TableKind, counts: Counts) {
  return t(lang, 'changesLine', {
    table: t(lang, `table${table}`),
    added: formatNumber(counts.added, lang),
    changed: formatNumber(counts.changed, lang),
    removed: formatNumber(counts.removed, lang),
  });
}

function renderChanges(published: Dataset, result: ImportResult | null, changes: DatasetChanges | null, lang: Lang): void {
  if (!result || !changes) {
    render(nothing, page.changes);
    return;
  }
  const kinds = (['coverage', 'awards', 'regions'] as const).filter((kind) => result.imported.has(kind));
  const none = kinds.every((kind) => changes[kind].added + changes[kind].changed + changes[kind].removed === 0);
  const name = (code: string) => result.dataset.regions.byCode.get(code)?.name ?? published.regions.byCode.get(code)?.name ?? code;
  const cells = (c: Counts) => html`<td>${formatNumber(c.added, lang)}</td><td>${formatNumber(c.changed, lang)}</td><td>${formatNumber(c.removed, lang)}</td>`;
  const heads = html`<th scope="col">${t(lang, 'colAdded')}</th><th scope="col">${t(lang, 'colChanged')}</th><th scope="col">${t(lang, 'colRemoved')}</th>`;
  render(
    html`<h3>${t(lang, 'changesHeading')}</h3>
      ${none ? html`<p>${t(lang, 'changesNone')}</p>` : html`<ul>${kinds.map((kind) => html`<li>${countsLine(lang, kind, changes[kind])}</li>`)}</ul>`}
      ${changes.byRegencyYear.length > 0 && result.imported.has('coverage')
        ? html`<div class="table-scroll" tabindex="0" role="region" aria-labelledby="coverage-changes-caption"><table class="changes-table" id="coverage-changes">
            <caption id="coverage-changes-caption">${t(lang, 'tablecoverage')}</caption>
            <thead><tr><th scope="col">${t(lang, 'colRegion')}</th><th scope="col">${t(lang, 'colYear')}</th>${heads}</tr></thead>
            <tbody>${changes.byRegencyYear.map((row) => html`<tr data-code=${row.regionCode} data-year=${row.year}><th scope="row">${name(row.regionCode)}</th><td>${row.year}</td>${cells(row)}</tr>`)}</tbody>
          </table></div>`
        : nothing}
      ${changes.byEdition.length > 0 && result.imported.has('awards')
        ? html`<div class="table-scroll" tabindex="0" role="region" aria-labelledby="award-changes-caption"><table class="changes-table" id="award-changes">
            <caption id="award-changes-caption">${t(lang, 'tableawards')}</caption>
            <thead><tr><th scope="col">${t(lang, 'colEdition')}</th>${heads}</tr></thead>
            <tbody>${changes.byEdition.map((row) => html`<tr data-edition=${row.edition}><th scope="row">${row.edition}</th>${cells(row)}</tr>`)}</tbody>
          </table></div>`
        : nothing}`,
    page.changes,
  );
}

/** The year the preview opens on: the latest year the import adds to or changes, else the site's default. */
function yearOfChanges(changes: DatasetChanges | null): number | null {
  // A reduce, not Math.max(...years): the list grows with the import.
  return (changes?.byRegencyYear ?? []).reduce<number | null>((latest, row) => (row.added + row.changed > 0 && (latest === null || row.year > latest) ? row.year : latest), null);
}

function start(data: AppData, kept: KeptState): void {
  const published = data.dataset;
  const params = new URLSearchParams(location.search);
  const state: DeskState = { lang: toLang(params.get('lang')), files: [], keptAt: null, earlierKeptAt: null, result: null, changes: null, comparing: false, year: defaultYear(published), selected: null };
  let shownDataset: Dataset | null = null;

  const shown = () => (state.result && !state.comparing ? state.result.dataset : published);

  const draw = () => {
    const { lang } = state;
    translateStatic(lang);
    renderReport(state.result, lang);
    renderChanges(published, state.result, state.changes, lang);
    const dataset = shown();
    if (dataset !== shownDataset) {
      shownDataset = dataset;
      page.map.data = { dataset, regencyTopology: data.regencyTopology, contextTopology: data.contextTopology };
      const { years, marks } = sliderYears(dataset);
      page.slider.years = years;
      page.slider.editions = marks;
      page.winners.awards = dataset.awards;
      page.winners.regions = dataset.regions;
      page.details.data = dataset;
    }
    for (const target of [page.map, page.legend, page.slider, page.winners, page.details]) target.lang = lang;
    page.map.year = state.year;
    page.map.selected = state.selected;
    page.slider.value = state.year;
    page.winners.year = state.year;
    page.winners.selected = state.selected;
    page.details.code = state.selected;
    page.details.year = state.year;
    page.compare.disabled = !state.result;
    page.compare.checked = state.comparing;
    page.showing.textContent = t(lang, !state.result ? 'showingNothing' : state.comparing ? 'showingPublished' : 'showingImported');
    page.keptStatus.textContent = state.keptAt
      ? t(lang, 'keptAt', { time: timeText(state.keptAt, lang) })
      : state.earlierKeptAt ? t(lang, 'earlierKept', { time: timeText(state.earlierKeptAt, lang) }) : t(lang, 'notKept');
    page.clear.disabled = state.files.length === 0;
    // The ceremony of the latest edition the import brings, else of the latest edition published.
    const edition = state.result?.imported.has('awards') ? editions(state.result.dataset).at(-1) : undefined;
    const search = new URLSearchParams();
    if (edition !== undefined) search.set('edition', String(edition));
    if (lang === 'en') search.set('lang', 'en');
    page.presentLink.href = `./present.html${search.size > 0 ? `?${search}` : ''}`;
    page.presentLink.textContent = edition === undefined ? t(lang, 'presentLink') : t(lang, 'presentEdition', { edition });
    const url = new URL(location.href);
    if (lang === 'en') url.searchParams.set('lang', 'en');
    else url.searchParams.delete('lang');
    history.replaceState(history.state, '', url);
  };

  /** `checked`: the import already checked (in the worker); without it, it is checked here. */
  const apply = (files: ImportedFile[], keptAt: string | null, checked: CheckedImport | null = null) => {
    state.files = files;
    state.keptAt = keptAt;
    state.earlierKeptAt = null;
    state.result = files.length === 0 ? null : checked ? checked.result : applyImport(published, files);
    state.changes = !state.result ? null : checked ? checked.changes : datasetChanges(published, state.result.dataset);
    state.comparing = false;
    state.year = yearOfChanges(state.changes) ?? defaultYear(state.result?.dataset ?? published);
  };

  const say = (text: string) => {
    page.status.textContent = text;
  };

  /** What the person is told when the import could not be kept: exactly what the browser holds instead. */
  const notKept = (outcome: Extract<KeepOutcome, { kept: false }>, lang: Lang) => {
    if (!outcome.known) return t(lang, 'keptUnknown');
    state.earlierKeptAt = outcome.stillKept?.keptAt ?? null;
    return outcome.stillKept
      ? t(lang, 'keptFailedEarlier', { time: timeText(outcome.stillKept.keptAt, lang), files: outcome.stillKept.files.map((file) => file.file).join(', ') })
      : t(lang, 'keptFailed');
  };

  const bring = async (list: readonly File[]) => {
    if (list.length === 0) return;
    const started = performance.now();
    const { lang } = state;
    say(t(lang, 'reading', { count: list.length }));
    const refused: string[] = [];
    const read: ImportedFile[] = [];
    try {
      for (const file of list) {
        // Refused before a byte is read: a wrong file dragged in never fills the memory.
        if (file.size > MAX_INPUT_BYTES) {
          refused.push(t(lang, 'tooLarge', { file: file.name, size: megabytes(file.size, lang), limit: megabytes(MAX_INPUT_BYTES, lang) }));
          continue;
        }
        read.push(await readFileInWorker(new Uint8Array(await file.arrayBuffer()), file.name));
      }
      if (read.length > 0) {
        // A file brought in again under the same name replaces its earlier version.
        const names = new Set(read.map((file) => file.file));
        const files = [...state.files.filter((file) => !names.has(file.file)), ...read];
        // Checked before it is kept: an import that cannot be shown is never kept to break the next load.
        const checked = await checkImportInWorker(published, files);
        await nextTask();
        apply(files, null, checked);
        const outcome = await keepImport(files);
        if (outcome.kept) state.keptAt = outcome.keptAt;
        else refused.push(notKept(outcome, lang));
        await nextTask();
        draw();
        // The time measured is the person's wait: until the map has drawn the import.
        await page.map.updateComplete;
      }
    } catch (error) {
      // Whatever went wrong, the person is told, and the desk stays as it was drawn.
      console.error(error);
      say(t(lang, 'readFailed'));
      return;
    }
    const seconds = (performance.now() - started) / 1000;
    performance.mark('paritrana-desk-preview', { detail: { seconds } });
    say([read.length > 0 ? t(lang, 'read', { files: read.length, seconds: formatNumber(Math.round(seconds * 100) / 100, lang) }) : '', ...refused].filter(Boolean).join(' '));
  };

  page.fileInput.addEventListener('change', () => {
    const files = [...(page.fileInput.files ?? [])];
    // Cleared, so choosing the same file again (corrected) reads it again.
    page.fileInput.value = '';
    void bring(files);
  });
  page.dropZone.addEventListener('dragover', (event) => {
    event.preventDefault();
    page.dropZone.classList.add('dragging');
  });
  page.dropZone.addEventListener('dragleave', () => page.dropZone.classList.remove('dragging'));
  page.dropZone.addEventListener('drop', (event) => {
    event.preventDefault();
    page.dropZone.classList.remove('dragging');
    void bring([...(event.dataTransfer?.files ?? [])]);
  });
  // A file dropped beside the zone would open in the tab, and the desk would be gone.
  window.addEventListener('dragover', (event) => event.preventDefault());
  window.addEventListener('drop', (event) => event.preventDefault());

  page.compare.addEventListener('change', () => {
    state.comparing = page.compare.checked;
    draw();
  });
  page.clear.addEventListener('click', () => {
    void clearKeptImport().then((cleared) => {
      if (!cleared) {
        say(t(state.lang, 'clearFailed'));
        return;
      }
      apply([], null);
      draw();
      say(t(state.lang, 'cleared'));
    });
  });
  for (const button of page.downloads) {
    button.addEventListener('click', () => {
      // The import's result even while the published data is shown for comparison: that is what is published.
      const file = dataFiles(state.result?.dataset ?? published)[button.dataset.file as TableKind];
      downloadBlob(new Blob([file.text], { type: 'text/csv;charset=utf-8' }), file.name);
      say(t(state.lang, 'downloaded', { file: file.name }));
    });
  }
  for (const button of page.langButtons) {
    button.addEventListener('click', () => {
      state.lang = toLang(button.dataset.lang);
      draw();
    });
  }
  page.slider.addEventListener('paritrana-year-change', (event) => {
    state.year = event.detail.year;
    draw();
  });
  const select = (code: string | null) => {
    state.selected = code;
    draw();
  };
  page.map.addEventListener('paritrana-region-select', (event) => select(event.detail.code));
  page.winners.addEventListener('paritrana-region-select', (event) => select(event.detail.code));
  page.legend.addEventListener('paritrana-class-highlight', (event) => {
    page.map.highlightClass = event.detail.classIndex;
  });
  page.map.addEventListener('paritrana-ready', (event) => performance.mark(`paritrana-ready-${event.detail.renderer}`));

  /** Shows what the browser holds; a kept import that throws when checked is set aside, and said to be. */
  const showKept = (read: KeptState, checked: CheckedImport | null = null): DeskKey | null => {
    if (read.state === 'kept') {
      try {
        apply(read.kept.files, read.kept.keptAt, checked);
        return null;
      } catch (error) {
        console.warn('the kept import could not be read; it is set aside', error);
        apply([], null);
        void setAsideKeptImport();
        return 'keptSetAside';
      }
    }
    apply([], null);
    return read.state === 'set-aside' ? 'keptSetAside' : read.state === 'unavailable' ? 'storageUnavailable' : null;
  };
  const startMessage = showKept(kept);
  draw();
  if (startMessage) say(t(state.lang, startMessage));

  // Another tab kept or cleared an import: this tab shows what the browser now holds, and says so.
  watchKeptImport((change) => {
    void (async () => {
      const read = await readKept();
      const checked = read.state === 'kept' ? await checkImportInWorker(published, read.kept.files) : null;
      const problem = showKept(read, checked);
      draw();
      const { lang } = state;
      say(problem ? t(lang, problem) : change.kind === 'kept' && read.state === 'kept'
        ? t(lang, 'otherTabKept', { time: timeText(read.kept.keptAt, lang) })
        : t(lang, 'otherTabCleared'));
    })();
  });
}

/** One turn of the page's event loop: what comes after runs as a task of its own, and the page answers between. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

const timeText = (iso: string, lang: Lang) => new Date(iso).toLocaleString(lang === 'en' ? 'en-GB' : 'id-ID');

Promise.all([loadSharedData({ base: defaultDataBase(document.baseURI), overrides: {} }), readKept()]).then(([data, kept]) => start(data, kept), (error: unknown) => {
  page.status.textContent = String(error);
  console.error(error);
});
