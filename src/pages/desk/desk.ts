// desk.html: the data desk. A person drops CSV files or Excel workbooks; each is read (importFile),
// checked against the published data and shown at once: the report (file by file, sheet by sheet,
// each problem at its row and field), the map and its panels on the published data with the import
// laid over it, and the whole resulting table of each kind, every row marked added, changed (old and
// new value) or removed. An import adds and changes; a published row goes only when the person
// removes it here, row by row, or replaces a whole table after being told how many rows go. A file
// that brings no readable row is reported and left out, so the map stays as it was. The import and
// the edits are kept in this browser (src/pages/shared/imported-data.ts), where the ceremony finds
// them too, and leave it only as the files the person downloads. Nothing is sent anywhere.
//
// At an address naming another area than the deployment's own province (desk.html?province=63,
// ?province=indonesia), the tables are the national ones (data/national/): the import is checked
// against them, kept apart from the home province's, and written back as the complete national files;
// the preview draws the area named, from the resulting tables (areaDataset). The home province's rows
// are refused there, with where to import them: each row has one place.
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
import { DATA_FILE_NAMES, MAX_INPUT_BYTES, NATIONAL_TABLES_FOLDER } from '../../data/files.ts';
import { TEMPLATE_FILES, TEMPLATES_DIR } from '../../data/templates.ts';
import { formatNumber } from '../../i18n/format.ts';
import { fill } from '../../i18n/messages.ts';
import type { Lang } from '../../i18n/lang.ts';
import { changedProvinces, datasetChanges, type Counts, type DatasetChanges, type RowChange, type RowStatus } from '../../model/dataset-diff.ts';
import { dataFiles, dataTables, excelCsv, excelCsvName } from '../../model/data-files.ts';
import { applyImport, NO_EDITS, type FileResult, type ImportEdits, type ImportOptions, type ImportResult, type TableKind } from '../../model/imported-data.ts';
import { DEFAULT_METRIC, metricDefinition } from '../../model/metrics.ts';
import { METRIC_BY_ID } from '../../data/metrics.ts';
import { formatPeriod } from '../../i18n/format.ts';
import { RANK_LABELS } from '../../i18n/messages.ts';
import type { CoverageFigure } from '../../data/coverage.ts';
import type { Award } from '../../data/awards.ts';
import type { Region } from '../../data/regions.ts';
import { areaFolder, INDONESIA, NATIONAL_AREA } from '../../data/area.ts';
import { areaDataset } from '../../data/area-dataset.ts';
import { indexRegions } from '../../data/region-index.ts';
import { problemSentence } from '../../data/problem-text.ts';
import { defaultDataBase, loadSharedData } from '../../model/data-source.ts';
import type { AppData } from '../../model/load.ts';
import { provinceName } from '../../model/province-name.ts';
import { defaultYear, sliderYears } from '../../model/years.ts';
import { problemsNote } from '../../elements/shared/problems-note.ts';
import { addressLang, element, keepOffline, onLanguageChoice, provinceWords, showAddress, showChoices, showLanguage, siteProvince, type PageProvince } from '../shared/page-shell.ts';
import { pageAddress, readAddress } from '../../model/url.ts';
import { downloadBlob } from '../shared/download.ts';
import { clearKeptImport, keepImport, readKept, setAsideKeptImport, watchKeptImport, type KeepOutcome, type KeptState, type TableSet } from '../shared/imported-data.ts';
import { checkImportInWorker, readFileInWorker, type CheckedImport } from './read-in-worker.ts';
import { DESK_MESSAGES, type DeskKey } from './desk.messages.ts';
import { applyRememberedMatches, columnStep, pendingMatches, type ColumnStepActions, type PendingMatch } from './column-step.ts';

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
  previewTitle: element<HTMLElement>('#preview-title'),
  excelDownloads: element<HTMLElement>('#excel-downloads'),
  legend: element<HTMLElementTagNameMap['paritrana-legend']>('#legend'),
  map: element<HTMLElementTagNameMap['paritrana-map']>('#map'),
  slider: element<HTMLElementTagNameMap['paritrana-year-slider']>('#year-slider'),
  details: element<HTMLElementTagNameMap['paritrana-region-details']>('#details'),
  winners: element<HTMLElementTagNameMap['paritrana-winners']>('#winners'),
  keptStatus: element<HTMLElement>('#kept-status'),
  clear: element<HTMLButtonElement>('#clear'),
  presentLink: element<HTMLAnchorElement>('#present-link'),
  mapLink: element<HTMLAnchorElement>('#map-link'),
  homeDesk: element<HTMLElement>('#home-desk'),
  downloads: [...document.querySelectorAll<HTMLButtonElement>('#downloads button[data-file]')],
};

interface DeskState {
  lang: Lang;
  /** The files brought in, as kept: the source of everything else. */
  files: ImportedFile[];
  /** The published rows the person removed, the tables replaced whole: kept with the files. */
  edits: ImportEdits;
  /** Files read that brought no readable row: reported, never applied (and kept here to match their columns). */
  rejected: { file: ImportedFile; result: FileResult }[];
  /** The table whose replacement is being asked about, until the person answers. */
  confirming: TableKind | null;
  /** Show only the rows added, changed or removed in the resulting tables. */
  onlyChanges: boolean;
  /** How many rows of each resulting table are shown (a 50,000-row import is not one page of rows). */
  shownRows: Record<TableKind, number>;
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

/** The deployment's own province, as the page's HTML says it: its tables are data/'s. */
const home = siteProvince();
/** The area the address names (?province=63, ?province=indonesia), else the deployment's own province. */
const area = readAddress(location.search).area ?? home.code;
/** Whose tables the import is laid over: the home province's (data/), or the national ones (data/national/) for any other area. */
const tables: TableSet = area === home.code ? 'home' : 'national';
/** The area as addresses write it: none for the deployment's own province, whose addresses stay as they were. */
const areaInAddress = tables === 'home' ? null : area;

/** The area the desk names: the deployment's until the published data say theirs (province.json), another area's by its code until then. */
let province: PageProvince = tables === 'home' ? home : { code: area, name: area === NATIONAL_AREA ? { id: INDONESIA.name, en: INDONESIA.name } : { id: area, en: area } };

const t = (lang: Lang, key: DeskKey, values: Record<string, string | number> = {}) =>
  fill(DESK_MESSAGES[lang][key], { province: province.name[lang], home: home.name[lang], ...values });

/**
 * How the import is checked: on the national tables, the home province's rows are refused, each saying
 * to import it at the home desk (its own tables hold it).
 */
const importOptions: ImportOptions = tables === 'home' ? {} : {
  heldElsewhere: {
    province: home.code,
    expected: {
      id: fill(DESK_MESSAGES.id.homeRowElsewhere, { home: home.name.id, code: home.code }),
      en: fill(DESK_MESSAGES.en.homeRowElsewhere, { home: home.name.en, code: home.code }),
    },
  },
};

/** "20 MB", "25,3 MB": sizes as the limit is stated (KB and MB of 1,000). */
const megabytes = (bytes: number, lang: Lang) => `${formatNumber(Math.round(bytes / 100_000) / 10, lang)} MB`;

function translateStatic(lang: Lang): void {
  const words = provinceWords(DESK_MESSAGES[lang], province, lang);
  if (tables === 'national') {
    // The desk names the area, and says the tables are the national ones.
    words.title = t(lang, 'areaTitle');
    words.lede = t(lang, 'areaLede');
    words.downloadHint = t(lang, 'downloadHintNational');
  }
  showLanguage(lang, words, t(lang, tables === 'national' ? 'areaDocumentTitle' : 'documentTitle'));
  page.limit.textContent = t(lang, 'limit', { limit: megabytes(MAX_INPUT_BYTES, lang) });
  page.mapLink.href = pageAddress({ page: 'app', area: areaInAddress, lang });
  page.homeDesk.hidden = tables === 'home';
  if (tables === 'national') {
    render(html`${t(lang, 'homeDeskLink')} <a href=${pageAddress({ page: 'desk', lang })}>${fill(DESK_MESSAGES[lang].areaTitle, { province: home.name[lang] })}</a>.`, page.homeDesk);
  }
  for (const button of page.downloads) button.textContent = `${tables === 'national' ? NATIONAL_TABLES_FOLDER : ''}${DATA_FILE_NAMES[button.dataset.file as TableKind]}`;
  const template = (file: string) => `./data/${TEMPLATES_DIR}/${file}`;
  render(
    html`${(['coverage', 'awards', 'regions'] as const).map(
      (kind) => html`<li><a href=${template(TEMPLATE_FILES[kind])} download>${t(lang, 'templateCsv', { table: t(lang, `table${kind}`) })}</a></li>`,
    )}<li><a href=${template(TEMPLATE_FILES.workbook)} download>${t(lang, 'templateWorkbook')}</a></li>`,
    page.templates,
  );
}

const kindName = (lang: Lang, kind: string | null) => t(lang, kind === 'coverage' || kind === 'awards' || kind === 'regions' ? `kind${kind}` : 'kindunknown');

const TABLE_KINDS: readonly TableKind[] = ['coverage', 'awards', 'regions'];
const ROWS_A_PAGE = 100;

function fileReport(file: FileResult, lang: Lang) {
  return html`<section class="file-report">
    <h3>${t(lang, 'fileHeading', { file: file.file })}</h3>
    ${problemsNote(file.problems, lang)}
    ${file.tables.map(
      (table) => html`<div class="table-report" data-file=${file.file} data-sheet=${table.sheet ?? nothing}>
        <h4>${table.sheet === null ? t(lang, 'csvTable') : t(lang, 'sheetHeading', { sheet: table.sheet })}</h4>
        <p>${t(lang, 'loaded', { kind: kindName(lang, table.kind), count: formatNumber(table.loaded, lang) })}</p>
        ${table.problems.length === 0 ? html`<p class="no-problems">${t(lang, 'noProblems')}</p>` : problemsNote(table.problems, lang)}
      </div>`,
    )}
  </section>`;
}

/**
 * The tables waiting for their columns to be matched, found once per change of the files: the desk
 * redraws on every slider step, and a file's tables may hold tens of thousands of rows.
 */
let pendingOf: { files: readonly ImportedFile[]; rejected: DeskState['rejected']; pending: PendingMatch[] } | null = null;
function pendingFor(state: DeskState): PendingMatch[] {
  if (pendingOf?.files !== state.files || pendingOf.rejected !== state.rejected) {
    pendingOf = { files: state.files, rejected: state.rejected, pending: pendingMatches([...state.rejected.map((entry) => entry.file), ...state.files]) };
  }
  return pendingOf.pending;
}

/** The report: a section a file, a part a table (a sheet), each with the one problems note of the site. */
function renderReport(state: DeskState, columnActions: ColumnStepActions): void {
  const { result, rejected, lang } = state;
  // The step stays in its place, so the steps read 1, 2, 3, 4 before any file comes.
  if (!result && rejected.length === 0) {
    render(html`<p class="hint">${t(lang, 'noReportYet')}</p>`, page.reportBody);
    return;
  }
  // Sheets in an office's own layout first: matching their columns is what brings their rows in.
  render(
    html`${pendingFor(state).map((match) => columnStep(match, lang, columnActions))}
    ${rejected.length > 0
      ? html`<div class="rejected" id="rejected" role="alert">
          <h3>${t(lang, 'rejectedHeading')}</h3>
          <p>${t(lang, 'rejectedHint')}</p>
          ${rejected.map((entry) => fileReport(entry.result, lang))}
        </div>`
      : nothing}
    ${result?.files.map((file) => fileReport(file, lang)) ?? nothing}`,
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

/** How a row of each table is shown: its cells, what names it in a sentence, and what else changed. */
interface RowView<T> {
  heads: (lang: Lang) => string[];
  cells: (row: RowChange<T>, lang: Lang) => unknown[];
  name: (row: T, lang: Lang) => string;
}

/** A value beside the value it replaces: "38,54 → 40,1". */
function beforeAfter<T>(row: RowChange<T>, show: (value: T) => string) {
  const after = row.after ? show(row.after) : '';
  const before = row.before ? show(row.before) : '';
  if (row.status === 'changed' && before !== after) return html`<del>${before}</del> <span aria-hidden="true">→</span> <ins>${after}</ins>`;
  return row.status === 'removed' ? html`<del>${before}</del>` : after;
}

function otherChanges<T>(row: RowChange<T>, lang: Lang, fields: readonly [keyof T, string][]) {
  if (row.status !== 'changed' || !row.before || !row.after) return nothing;
  // A set: the note in two languages is one note to the reader.
  const names = [...new Set(fields.filter(([field]) => JSON.stringify(row.before![field]) !== JSON.stringify(row.after![field])).map(([, key]) => t(lang, key as DeskKey)))];
  return names.length > 0 ? html`<br /><small>${t(lang, 'otherFieldsChanged', { fields: names.join(', ') })}</small>` : nothing;
}

function figureValue(figure: CoverageFigure, lang: Lang): string {
  return figure.unit === 'percent' ? `${formatNumber(figure.value, lang)}%` : formatNumber(figure.value, lang);
}

function viewsFor(regionName: (code: string) => string) {
  const coverage: RowView<CoverageFigure> = {
    heads: (lang) => [t(lang, tables === 'national' ? 'colRegionNational' : 'colRegion'), t(lang, 'colPeriod'), t(lang, 'colMetric'), t(lang, 'colValue')],
    cells: (row, lang) => {
      const f = (row.after ?? row.before)!;
      return [
        regionName(f.regionCode),
        formatPeriod(f.period, lang),
        METRIC_BY_ID.get(f.metric)?.label[lang] ?? f.metric,
        html`${beforeAfter(row, (x) => figureValue(x, lang))}${otherChanges(row, lang, [['sourceUrl', 'fieldsource'], ['confidence', 'fieldconfidence'], ['note', 'fieldnote'], ['noteId', 'fieldnote'], ['unit', 'fieldunit']])}`,
      ];
    },
    name: (f, lang) => `${regionName(f.regionCode)} ${formatPeriod(f.period, lang)}`,
  };
  const awards: RowView<Award> = {
    heads: (lang) => [t(lang, 'colEdition'), t(lang, 'colCategory'), t(lang, 'colRank'), t(lang, 'colWinner')],
    cells: (row, lang) => {
      const a = (row.after ?? row.before)!;
      return [
        String(a.edition),
        a.categoryLabel[lang],
        RANK_LABELS[lang][a.rank],
        html`${a.winnerName}${otherChanges(row, lang, [['sourceUrl', 'fieldsource'], ['confidence', 'fieldconfidence'], ['note', 'fieldnote'], ['regionCode', 'fieldother'], ['ceremonyDate', 'fieldother'], ['assessmentPeriod', 'fieldother']])}`,
      ];
    },
    name: (a, lang) => `${a.edition} ${a.categoryLabel[lang]} ${RANK_LABELS[lang][a.rank]}`,
  };
  const regions: RowView<Region> = {
    heads: (lang) => [t(lang, 'colCode'), t(lang, 'colName')],
    cells: (row) => [(row.after ?? row.before)!.code, beforeAfter(row, (r) => r.name)],
    name: (r) => `${r.code} ${r.name}`,
  };
  return { coverage, awards, regions };
}

interface TableActions {
  remove: (kind: TableKind, key: string) => void;
  restore: (kind: TableKind, key: string) => void;
  more: (kind: TableKind) => void;
  askReplace: (kind: TableKind) => void;
  answerReplace: (yes: boolean) => void;
  undoReplace: (kind: TableKind) => void;
  onlyChanges: (value: boolean) => void;
}

/** Published rows of a table that replacing it whole would remove: those no imported row takes the place of. */
function rowsLostByReplacing(published: Dataset, files: readonly ImportedFile[], edits: ImportEdits, kind: TableKind): number {
  const replaced = applyImport(published, files, { ...edits, replaced: [...edits.replaced, kind] }, importOptions);
  return datasetChanges(published, replaced.dataset)[kind].removed;
}

function resultTable<T>(kind: TableKind, rows: readonly RowChange<T>[], view: RowView<T>, state: DeskState, published: Dataset, actions: TableActions) {
  const { lang, edits } = state;
  const replaced = edits.replaced.includes(kind);
  const removedByPerson = new Map<string, number>();
  for (const key of edits.removed[kind]) removedByPerson.set(key, (removedByPerson.get(key) ?? 0) + 1);
  const listed = state.onlyChanges ? rows.filter((row) => row.status !== 'unchanged') : rows;
  const shown = listed.slice(0, state.shownRows[kind]);
  const table = t(lang, `table${kind}`);
  const action = (row: RowChange<T>) => {
    const subject = view.name((row.after ?? row.before)!, lang);
    if (row.status === 'removed') {
      if (!removedByPerson.get(row.key)) return replaced ? html`<small>${t(lang, 'removedByReplace')}</small>` : nothing;
      removedByPerson.set(row.key, removedByPerson.get(row.key)! - 1);
      return html`<button type="button" class="row-action" aria-label=${t(lang, 'restoreRowLabel', { row: subject })} @click=${() => actions.restore(kind, row.key)}>${t(lang, 'restoreRow')}</button>`;
    }
    // Only a published row can be removed here; a new row is left out by correcting the file.
    return row.before ? html`<button type="button" class="row-action" aria-label=${t(lang, 'removeRowLabel', { row: subject })} @click=${() => actions.remove(kind, row.key)}>${t(lang, 'removeRow')}</button>` : nothing;
  };
  const captionId = `${kind}-result-caption`;
  return html`<section class="result" data-kind=${kind}>
    <h3 id=${captionId}>${t(lang, 'resultHeading', { table: table.toLowerCase() })}</h3>
    <div class="table-scroll" tabindex="0" role="region" aria-labelledby=${captionId}>
      <table class="result-table" id=${`${kind}-result`}>
        <thead><tr><th scope="col">${t(lang, 'colStatus')}</th>${view.heads(lang).map((head) => html`<th scope="col">${head}</th>`)}<th scope="col">${t(lang, 'colAction')}</th></tr></thead>
        <tbody>${shown.map(
          (row) => html`<tr class=${`row--${row.status}`} data-status=${row.status} data-key=${row.key}>
            <td><span class=${`status status--${row.status}`}>${t(lang, `status${row.status}` as `status${RowStatus}`)}</span></td>
            ${view.cells(row, lang).map((cell) => html`<td>${cell}</td>`)}
            <td>${action(row)}</td>
          </tr>`,
        )}</tbody>
      </table>
    </div>
    <p class="rows-shown">${t(lang, 'rowsShown', { shown: formatNumber(shown.length, lang), total: formatNumber(listed.length, lang) })}
      ${listed.length > shown.length
        ? html`<button type="button" @click=${() => actions.more(kind)}>${t(lang, 'showMore', { count: formatNumber(Math.min(ROWS_A_PAGE, listed.length - shown.length), lang) })}</button>`
        : nothing}</p>
    ${replaceControl(kind, state, published, actions)}
  </section>`;
}

/** Replacing a whole table: asked first, with the count of published rows that would go, and undone in one click. */
function replaceControl(kind: TableKind, state: DeskState, published: Dataset, actions: TableActions) {
  const { lang } = state;
  const table = t(lang, `table${kind}`).toLowerCase();
  if (!state.result?.imported.has(kind)) return nothing;
  if (state.edits.replaced.includes(kind)) {
    // The changes are computed once per edit (state.changes); a redraw only reads them.
    const gone = state.changes?.[kind].removed ?? 0;
    return html`<p class="replaced">${t(lang, 'replaced', { table, count: formatNumber(gone, lang) })}
      <button type="button" @click=${() => actions.undoReplace(kind)}>${t(lang, 'replaceUndo', { table })}</button></p>`;
  }
  if (state.confirming === kind) {
    const count = formatNumber(rowsLostByReplacing(published, state.files, state.edits, kind), lang);
    return html`<div class="confirm" role="alertdialog" aria-labelledby="replace-question" aria-modal="false">
      <p id="replace-question">${t(lang, 'replaceQuestion', { table, count })}</p>
      <div class="actions">
        <button type="button" class="danger" id="replace-confirm" @click=${() => actions.answerReplace(true)}>${t(lang, 'replaceConfirm', { count })}</button>
        <button type="button" id="replace-cancel" @click=${() => actions.answerReplace(false)}>${t(lang, 'replaceCancel')}</button>
      </div>
    </div>`;
  }
  return html`<p><button type="button" class="replace-table" @click=${() => actions.askReplace(kind)}>${t(lang, 'replaceTable', { table })}</button></p>`;
}

function renderChanges(published: Dataset, state: DeskState, actions: TableActions): void {
  const { result, changes, lang } = state;
  if (!result || !changes) {
    render(html`<p class="hint">${t(lang, 'noChangesYet')}</p>`, page.changes);
    return;
  }
  const edited = (kind: TableKind) => result.imported.has(kind) || state.edits.removed[kind].length > 0;
  const kinds = TABLE_KINDS.filter(edited);
  const none = kinds.every((kind) => changes[kind].added + changes[kind].changed + changes[kind].removed === 0);
  // Indonesia as a whole has no code, and no row in the regions table.
  const name = (code: string) => (code === '' ? INDONESIA.name : (result.dataset.regions.byCode.get(code)?.name ?? published.regions.byCode.get(code)?.name ?? code));
  const views = viewsFor(name);
  const cells = (c: Counts) => html`<td>${formatNumber(c.added, lang)}</td><td>${formatNumber(c.changed, lang)}</td><td>${formatNumber(c.removed, lang)}</td>`;
  const heads = html`<th scope="col">${t(lang, 'colAdded')}</th><th scope="col">${t(lang, 'colChanged')}</th><th scope="col">${t(lang, 'colRemoved')}</th>`;
  render(
    html`${none ? html`<p>${t(lang, 'changesNone')}</p>` : html`<ul class="changes-lines">${kinds.map((kind) => html`<li data-kind=${kind}>${countsLine(lang, kind, changes[kind])}</li>`)}</ul>`}
      ${tables === 'national' ? provincesOfChanges(published, changes, lang) : nothing}
      ${changes.byRegencyYear.length > 0 && edited('coverage')
        ? html`<div class="table-scroll" tabindex="0" role="region" aria-labelledby="coverage-changes-caption"><table class="changes-table" id="coverage-changes">
            <caption id="coverage-changes-caption">${t(lang, 'tablecoverage')}</caption>
            <thead><tr><th scope="col">${t(lang, tables === 'national' ? 'colRegionNational' : 'colRegion')}</th><th scope="col">${t(lang, 'colYear')}</th>${heads}</tr></thead>
            <tbody>${changes.byRegencyYear.map((row) => html`<tr data-code=${row.regionCode} data-year=${row.year}><th scope="row">${name(row.regionCode)}</th><td>${row.year}</td>${cells(row)}</tr>`)}</tbody>
          </table></div>`
        : nothing}
      ${changes.byEdition.length > 0 && edited('awards')
        ? html`<div class="table-scroll" tabindex="0" role="region" aria-labelledby="award-changes-caption"><table class="changes-table" id="award-changes">
            <caption id="award-changes-caption">${t(lang, 'tableawards')}</caption>
            <thead><tr><th scope="col">${t(lang, 'colEdition')}</th>${heads}</tr></thead>
            <tbody>${changes.byEdition.map((row) => html`<tr data-edition=${row.edition}><th scope="row">${row.edition}</th>${cells(row)}</tr>`)}</tbody>
          </table></div>`
        : nothing}
      <div class="compare">
        <input type="checkbox" id="only-changes" .checked=${state.onlyChanges} @change=${(event: Event) => actions.onlyChanges((event.target as HTMLInputElement).checked)} />
        <label for="only-changes">${t(lang, 'onlyChanges')}</label>
      </div>
      ${kinds.map((kind) =>
        kind === 'coverage' ? resultTable(kind, changes.rows.coverage, views.coverage, state, published, actions)
          : kind === 'awards' ? resultTable(kind, changes.rows.awards, views.awards, state, published, actions)
            : resultTable(kind, changes.rows.regions, views.regions, state, published, actions))}`,
    page.changes,
  );
}

/**
 * On the national tables: which provinces the changes are for, each linked to its own desk but the
 * area shown, so rows of another province are never a surprise in the national files.
 */
function provincesOfChanges(published: Dataset, changes: DatasetChanges, lang: Lang) {
  const provinces = changedProvinces(changes);
  if (provinces.length === 0) return nothing;
  const item = ({ province: code, rows }: { province: string; rows: number }) => {
    const target = code === '' ? NATIONAL_AREA : code;
    const label = code === '' ? INDONESIA.name : `${published.regions.byCode.get(code)?.shortName ?? code} (${code})`;
    const text = t(lang, 'provincesItem', { name: label, count: formatNumber(rows, lang) });
    return html`<li data-province=${target}>${target === area ? text : html`<a href=${pageAddress({ page: 'desk', area: target, lang })}>${text}</a>`}</li>`;
  };
  // The national map shows every province (its regencies are on the province's own desk): no row is elsewhere there.
  const elsewhere = area !== NATIONAL_AREA && provinces.some(({ province: code }) => (code === '' ? NATIONAL_AREA : code) !== area);
  return html`<div class="changed-provinces" id="changed-provinces">
    <h3>${t(lang, 'provincesHeading')}</h3>
    <ul>${provinces.map(item)}</ul>
    ${elsewhere ? html`<p class="hint">${t(lang, 'provincesHint')}</p>` : nothing}
  </div>`;
}

/** The year the preview opens on: the latest year the import adds to or changes, else the site's default. */
function yearOfChanges(changes: DatasetChanges | null): number | null {
  let latest: number | null = null;
  // A loop, not Math.max(...years): an import of 150,000 rows would overflow the call stack.
  for (const row of changes?.byRegencyYear ?? []) if (row.added + row.changed > 0 && (latest === null || row.year > latest)) latest = row.year;
  return latest;
}

/** The slider's years: those of the published data and of the import together, so comparing keeps the year. */
function yearsOfBoth(published: Dataset, imported: Dataset | null) {
  const a = sliderYears(published);
  if (!imported) return a;
  const b = sliderYears(imported);
  const marks = new Map([...a.marks, ...b.marks].map((mark) => [mark.year, mark]));
  return { years: [...new Set([...a.years, ...b.years])].sort((x, y) => x - y), marks: [...marks.values()].sort((x, y) => x.year - y.year) };
}

/** The latest edition whose awards the import adds or changes: the one the ceremony link plays. */
function editionOfChanges(changes: DatasetChanges | null): number | undefined {
  let latest: number | undefined;
  for (const row of changes?.byEdition ?? []) if (row.added + row.changed > 0 && (latest === undefined || row.edition > latest)) latest = row.edition;
  return latest;
}

const noRows = (file: FileResult) => file.tables.every((table) => table.loaded === 0);

/** What the desk works on. */
interface DeskData {
  /** The tables an import is laid over and written back: data/'s, or data/national/'s. */
  published: Dataset;
  /** The map's boundaries and the area's names (its province.json). */
  map: AppData;
  /** What the preview draws of a set of tables: all of it at home; the area's part of the national tables. The same object for the same tables. */
  view: (tables: Dataset) => Dataset;
  /** What the desk must say before anything else: the national tables that did not load, an area they do not know. */
  trouble: ((lang: Lang) => string) | null;
}

const NO_DATASET: Dataset = { regions: indexRegions([]), figures: [], awards: [], problems: [] };

async function loadDesk(): Promise<DeskData> {
  const base = defaultDataBase(document.baseURI);
  if (tables === 'home') {
    const map = await loadSharedData({ base, overrides: {} });
    province = map.province ?? province;
    return { published: map.dataset, map, view: (dataset) => dataset, trouble: null };
  }
  // The area's boundaries and names, the home tables (Indonesia's map holds the home province's
  // figures too), and the national tables themselves, as served: only on this desk, never at home.
  const [map, homeData, national] = await Promise.all([
    loadSharedData({ base, overrides: {}, folder: areaFolder(area, home.code) }),
    loadSharedData({ base, overrides: {}, parts: 'tables' }),
    import('../../model/load-national.ts').then(({ loadNationalTables }) => loadNationalTables(base)),
  ]);
  const published = national.dataset;
  const views = new WeakMap<Dataset, Dataset>();
  const view = (dataset: Dataset) => {
    let shown = views.get(dataset);
    if (!shown) views.set(dataset, (shown = areaDataset(area, { home: homeData.dataset, national: dataset }) ?? NO_DATASET));
    return shown;
  };
  // The area's names: its province.json, else (a file that did not come) the national regions table's.
  const name = (lang: Lang) => provinceName(map.province, view(published).regions, lang) || area;
  province = { code: area, name: { id: name('id'), en: name('en') } };
  const errors = national.problems.filter((problem) => problem.severity === 'error');
  const trouble = errors.length > 0
    ? (lang: Lang) => t(lang, 'nationalTablesFailed', { problems: errors.slice(0, 3).map((problem) => problemSentence(problem, lang)).join(' ') })
    : area !== NATIONAL_AREA && !published.regions.byCode.has(area) ? (lang: Lang) => t(lang, 'areaUnknown', { area }) : null;
  return { published, map, view, trouble };
}

function start({ published, map: data, view, trouble }: DeskData, kept: KeptState): void {
  const state: DeskState = {
    lang: addressLang(),
    files: [],
    edits: NO_EDITS,
    rejected: [],
    confirming: null,
    onlyChanges: false,
    shownRows: { coverage: ROWS_A_PAGE, awards: ROWS_A_PAGE, regions: ROWS_A_PAGE },
    keptAt: null,
    earlierKeptAt: null,
    result: null,
    changes: null,
    comparing: false,
    year: defaultYear(view(published)),
    selected: null,
  };

  const shown = () => view(state.result && !state.comparing ? state.result.dataset : published);

  const focusRow = (kind: TableKind, key: string) => {
    for (const row of page.changes.querySelectorAll<HTMLTableRowElement>(`#${kind}-result tr[data-key]`)) {
      if (row.dataset.key === key) {
        row.querySelector<HTMLButtonElement>('.row-action')?.focus();
        return;
      }
    }
  };

  const actions: TableActions = {
    // The button pressed is redrawn as its opposite: the keyboard's focus follows it there.
    remove: (kind, key) => void edit({ ...state.edits, removed: { ...state.edits.removed, [kind]: [...state.edits.removed[kind], key] } }).then(() => focusRow(kind, key)),
    restore: (kind, key) => {
      const list = [...state.edits.removed[kind]];
      list.splice(list.indexOf(key), 1);
      void edit({ ...state.edits, removed: { ...state.edits.removed, [kind]: list } }).then(() => focusRow(kind, key));
    },
    more: (kind) => {
      state.shownRows = { ...state.shownRows, [kind]: state.shownRows[kind] + ROWS_A_PAGE };
      draw();
    },
    askReplace: (kind) => {
      state.confirming = kind;
      draw();
      page.changes.querySelector<HTMLButtonElement>('#replace-cancel')?.focus();
    },
    answerReplace: (yes) => {
      const kind = state.confirming;
      state.confirming = null;
      const back = () => page.changes.querySelector<HTMLButtonElement>(`section[data-kind="${kind}"] .replaced button, section[data-kind="${kind}"] .replace-table`)?.focus();
      if (yes && kind) void edit({ ...state.edits, replaced: [...state.edits.replaced, kind] }).then(back);
      else {
        draw();
        back();
      }
    },
    undoReplace: (kind) => void edit({ ...state.edits, replaced: state.edits.replaced.filter((k) => k !== kind) }).then(() => page.changes.querySelector<HTMLButtonElement>(`section[data-kind="${kind}"] .replace-table`)?.focus()),
    onlyChanges: (value) => {
      state.onlyChanges = value;
      draw();
    },
  };

  const draw = () => {
    const { lang } = state;
    translateStatic(lang);
    renderReport(state, columnActions);
    renderChanges(published, state, actions);
    // The slider's years are those of both, so comparing keeps the year.
    const years = () => yearsOfBoth(view(published), state.result ? view(state.result.dataset) : null);
    showChoices(page, { ...data, dataset: shown(), years }, { ...state, metric: DEFAULT_METRIC, carryForward: false });
    page.compare.disabled = !state.result;
    page.compare.checked = state.comparing;
    page.previewTitle.textContent = t(lang, 'previewTitle', {
      metric: metricDefinition(page.map.metric ?? DEFAULT_METRIC).label[lang],
      year: state.year,
      data: t(lang, state.result && !state.comparing ? 'dataImported' : 'dataPublished'),
    });
    page.showing.textContent = t(lang, !state.result ? 'showingNothing' : state.comparing ? 'showingPublished' : 'showingImported');
    page.keptStatus.textContent = state.keptAt
      ? t(lang, 'keptAt', { time: timeText(state.keptAt, lang) })
      : state.earlierKeptAt ? t(lang, 'earlierKept', { time: timeText(state.earlierKeptAt, lang) }) : t(lang, 'notKept');
    page.clear.disabled = state.files.length === 0;
    // The ceremony of the latest edition the import brings or changes, else of the latest edition published.
    const edition = editionOfChanges(state.changes);
    page.presentLink.href = pageAddress({ page: 'present', area: areaInAddress, edition, lang });
    page.presentLink.textContent = edition === undefined ? t(lang, 'presentLink') : t(lang, 'presentEdition', { edition });
    render(
      html`<button type="button" data-excel="workbook" @click=${() => void downloadWorkbook()}>${t(lang, 'excelWorkbook')}</button>
        ${TABLE_KINDS.map((kind) => html`<button type="button" data-excel=${kind} @click=${() => downloadExcelCsv(kind)}>${t(lang, 'excelCsv', { table: t(lang, `table${kind}`) })}</button>`)}`,
      page.excelDownloads,
    );
    // The part of the desk the address opens at (#publish, the ceremony's way back) stays.
    showAddress({ page: 'desk', area: areaInAddress, lang, part: location.hash.slice(1) });
  };

  /** `checked`: the import already checked (in the worker); without it, it is checked here. */
  const apply = (files: ImportedFile[], edits: ImportEdits, keptAt: string | null, checked: CheckedImport | null = null) => {
    state.files = files;
    state.edits = files.length > 0 ? edits : NO_EDITS;
    state.keptAt = keptAt;
    state.earlierKeptAt = null;
    state.result = files.length === 0 ? null : checked ? checked.result : applyImport(published, files, state.edits, importOptions);
    state.changes = !state.result ? null : checked ? checked.changes : datasetChanges(published, state.result.dataset);
  };

  /** The import checked in the worker, or here when the worker could not. */
  const check = async (files: readonly ImportedFile[], edits: ImportEdits): Promise<CheckedImport> => {
    const checked = await checkImportInWorker(published, files, edits, importOptions);
    if (checked) return checked;
    const result = applyImport(published, files, edits, importOptions);
    return { result, changes: datasetChanges(published, result.dataset) };
  };

  /** What the person is told when the import could not be kept: exactly what the browser holds instead. */
  const notKept = (outcome: Extract<KeepOutcome, { kept: false }>, lang: Lang) => {
    if (!outcome.known) return t(lang, 'keptUnknown');
    state.earlierKeptAt = outcome.stillKept?.keptAt ?? null;
    return outcome.stillKept
      ? t(lang, 'keptFailedEarlier', { time: timeText(outcome.stillKept.keptAt, lang), files: outcome.stillKept.files.map((file) => file.file).join(', ') })
      : t(lang, 'keptFailed');
  };

  const say = (text: string) => {
    page.status.textContent = text;
  };

  /** The person's edits: applied, kept with the files, and drawn; the year stays where it is. */
  const edit = async (edits: ImportEdits) => {
    const checked = await check(state.files, edits);
    apply(state.files, edits, null, checked);
    const outcome = await keepImport(state.files, edits, new Date(), tables);
    if (outcome.kept) state.keptAt = outcome.keptAt;
    draw();
    if (!outcome.kept) say(notKept(outcome, state.lang));
  };

  /**
   * Files read, brought in: a file brought in again under the same name replaces its earlier version;
   * a file that brings no readable row is reported and left out, so the map and the kept import stay as
   * they were. The import is read once: again only when a file had to be left out.
   */
  const take = async (read: readonly ImportedFile[], started: number, refused: string[]) => {
    const { lang } = state;
    const names = new Set(read.map((file) => file.file));
    let files = [...state.files.filter((file) => !names.has(file.file)), ...read];
    // Checked before it is kept, in the worker: an import that cannot be shown is never kept to break
    // the next load, and tens of thousands of rows are checked while the page stays answering.
    let checked = await check(files, state.edits);
    const rejected = checked.result.files.filter((file) => names.has(file.file) && noRows(file));
    const rejectedNames = new Set(rejected.map((file) => file.file));
    state.rejected = [
      ...state.rejected.filter((entry) => !names.has(entry.file.file)),
      ...rejected.map((entry) => ({ file: read.find((file) => file.file === entry.file)!, result: entry })),
    ];
    if (rejected.length > 0) {
      files = [...state.files.filter((file) => !names.has(file.file) || !rejectedNames.has(file.file)), ...read.filter((file) => !rejectedNames.has(file.file))];
      checked = await check(files, state.edits);
    }
    if (rejected.length < read.length) {
      await nextTask();
      apply(files, state.edits, null, files.length > 0 ? checked : null);
      state.comparing = false;
      state.year = yearOfChanges(state.changes) ?? state.year;
      const outcome = await keepImport(files, state.edits, new Date(), tables);
      if (outcome.kept) state.keptAt = outcome.keptAt;
      else refused.push(notKept(outcome, lang));
    }
    await nextTask();
    draw();
    // The time measured is the person's wait: until the map has drawn the import.
    await page.map.updateComplete;
    const seconds = (performance.now() - started) / 1000;
    performance.mark('paritrana-desk-preview', { detail: { seconds } });
    say([read.length > 0 ? t(lang, 'read', { files: read.length, seconds: formatNumber(Math.round(seconds * 100) / 100, lang) }) : '', ...refused].filter(Boolean).join(' '));
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
        // Read in a worker; a sheet in a layout this browser has matched before is read with that match at once.
        read.push(applyRememberedMatches(await readFileInWorker(new Uint8Array(await file.arrayBuffer()), file.name)));
      }
      await take(read, started, refused);
    } catch (error) {
      // Whatever went wrong, the person is told, and the desk stays as it was drawn.
      console.error(error);
      say(t(lang, 'readFailed'));
    }
  };

  const columnActions: ColumnStepActions = {
    matched: (fileName, change) => {
      const file = state.rejected.find((entry) => entry.file.file === fileName)?.file ?? state.files.find((f) => f.file === fileName);
      if (file) void take([change(file)], performance.now(), []);
    },
  };

  const downloadWorkbook = async () => {
    const { dataWorkbook, WORKBOOK_FILE } = await import('../../model/data-workbook.ts');
    const bytes = await dataWorkbook(state.result?.dataset ?? published);
    downloadBlob(new Blob([bytes], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }), WORKBOOK_FILE);
    say(t(state.lang, 'downloaded', { file: WORKBOOK_FILE }));
  };

  const downloadExcelCsv = (kind: TableKind) => {
    const name = excelCsvName(kind);
    downloadBlob(new Blob([excelCsv(dataTables(state.result?.dataset ?? published)[kind], state.lang)], { type: 'text/csv;charset=utf-8' }), name);
    say(t(state.lang, 'downloaded', { file: name }));
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
    // The same year, the other data: the slider's years are those of both.
    state.comparing = page.compare.checked;
    draw();
  });
  page.clear.addEventListener('click', () => {
    void clearKeptImport(tables).then((cleared) => {
      if (!cleared) {
        say(t(state.lang, 'clearFailed'));
        return;
      }
      apply([], NO_EDITS, null);
      state.rejected = [];
      state.comparing = false;
      draw();
      say(t(state.lang, 'cleared'));
    });
  });
  for (const button of page.downloads) {
    button.addEventListener('click', () => {
      // The import's result even while the published data is shown for comparison: that is what is published.
      const file = dataFiles(state.result?.dataset ?? published)[button.dataset.file as TableKind];
      downloadBlob(new Blob([file.text], { type: 'text/csv;charset=utf-8' }), file.name);
      say(t(state.lang, tables === 'national' ? 'downloadedNational' : 'downloaded', { file: file.name }));
    });
  }
  onLanguageChoice((lang) => {
    state.lang = lang;
    draw();
  });
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
        apply(read.kept.files, read.kept.edits, read.kept.keptAt, checked);
        state.year = yearOfChanges(state.changes) ?? state.year;
        return null;
      } catch (error) {
        console.warn('the kept import could not be read; it is set aside', error);
        apply([], NO_EDITS, null);
        void setAsideKeptImport(tables);
        return 'keptSetAside';
      }
    }
    apply([], NO_EDITS, null);
    return read.state === 'set-aside' ? 'keptSetAside' : read.state === 'unavailable' ? 'storageUnavailable' : null;
  };
  const startMessage = showKept(kept);
  draw();
  const said = [trouble?.(state.lang), startMessage ? t(state.lang, startMessage) : undefined].filter(Boolean);
  if (said.length > 0) say(said.join(' '));

  // Another tab kept or cleared an import: this tab shows what the browser now holds, and says so.
  watchKeptImport((change) => {
    void (async () => {
      const read = await readKept(tables);
      const checked = read.state === 'kept' ? await checkImportInWorker(published, read.kept.files, read.kept.edits, importOptions) : null;
      const problem = showKept(read, checked);
      draw();
      const { lang } = state;
      say(problem ? t(lang, problem) : change.kind === 'kept' && read.state === 'kept'
        ? t(lang, 'otherTabKept', { time: timeText(read.kept.keptAt, lang) })
        : t(lang, 'otherTabCleared'));
    })();
  }, tables);
}

/** One turn of the page's event loop: what comes after runs as a task of its own, and the page answers between. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

const timeText = (iso: string, lang: Lang) => new Date(iso).toLocaleString(lang === 'en' ? 'en-GB' : 'id-ID');

const started = Promise.all([loadDesk(), readKept(tables)]).then(([data, kept]) => start(data, kept), (error: unknown) => {
  page.status.textContent = String(error);
  console.error(error);
});
keepOffline(started);
