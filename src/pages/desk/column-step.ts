// The desk's column-matching step, after Datawrapper's and Flourish's: a sheet in an office's own
// layout ("No, Kabupaten/Kota, Cakupan (%), Posisi", no period, no source) gets a form that says what
// each column was taken to hold, lets the person change it, and asks once for what the sheet does not
// hold (the period of every row, what the figures measure, the source, how sure). The table it makes
// (applyColumnMatch) is read like any other, its lines still pointing at the rows of the person's file.
// The match is remembered in this browser by the sheet's layout (layoutKey), so the next month's file
// of the same layout is read at once.
import { html, nothing } from 'lit';
import { applyColumnMatch, chosenMatch, guessColumns, layoutKey, tableHeadings, tableSample, type ColumnMatch, type MatchConstants } from '../../data/column-match.ts';
import { FIELD_LABELS, fieldsOf } from '../../data/column-names.ts';
import type { ImportedFile, ImportedTable } from '../../data/import-file.ts';
import { METRICS } from '../../data/metrics.ts';
import type { Lang } from '../../i18n/lang.ts';
import { fill } from '../../i18n/messages.ts';

const WORDS = {
  id: {
    heading: 'Pasangkan kolom: {place}',
    hint: 'Tidak semua kolom lembar ini dikenali. Pilih isi setiap kolom, lalu isi yang tidak ada di lembar; isian itu berlaku untuk semua baris.',
    column: 'Kolom di berkas',
    sample: 'Contoh isi',
    holds: 'Berisi',
    notRead: '(tidak dibaca)',
    constants: 'Yang tidak ada di lembar, untuk semua baris',
    periodHint: 'tahun (2025), atau tahun-bulan (2025-12)',
    sourceHint: 'alamat web diawali https://',
    choose: '(pilih)',
    remember: 'Ingat pasangan ini untuk berkas lain dengan kolom yang sama, di peramban ini',
    read: 'Baca lembar ini',
    missing: 'Masih perlu: {fields}.',
    remembered: 'Dibaca dengan pasangan kolom yang Anda simpan untuk tata letak ini.',
    high: 'tinggi (sumber resmi)',
    medium: 'sedang (dikutip media)',
    low: 'rendah (perlu diperiksa)',
  },
  en: {
    heading: 'Match the columns: {place}',
    hint: 'Not every column of this sheet was recognised. Choose what each column holds, then give what the sheet does not hold; it applies to every row.',
    column: 'Column in the file',
    sample: 'Example',
    holds: 'Holds',
    notRead: '(not read)',
    constants: 'What the sheet does not hold, for every row',
    periodHint: 'a year (2025), or year and month (2025-12)',
    sourceHint: 'a web address starting with https://',
    choose: '(choose)',
    remember: 'Remember this match for other files with the same columns, in this browser',
    read: 'Read this sheet',
    missing: 'Still needed: {fields}.',
    remembered: 'Read with the column match you saved for this layout.',
    high: 'high (an official source)',
    medium: 'medium (quoted by the press)',
    low: 'low (to be checked)',
  },
} as const;

/** A table that needs the step: some required field is neither a column nor implied by a heading. */
export interface PendingMatch {
  file: string;
  sheet: string | null;
  guess: ColumnMatch;
  /** The first rows under the headings, shown beside each column. */
  sample: string[][];
}

/** The fields a constant is asked for, in the order the form asks them. */
const CONSTANT_FIELDS = ['period', 'metric', 'source_url', 'confidence'] as const;

const STORE_KEY = 'paritrana-column-matches';

interface RememberedMatch {
  fields: (string | null)[];
  constants: MatchConstants;
}

function remembered(): Record<string, RememberedMatch> {
  try {
    const value: unknown = JSON.parse(localStorage.getItem(STORE_KEY) ?? '{}');
    return typeof value === 'object' && value !== null ? (value as Record<string, RememberedMatch>) : {};
  } catch {
    // No storage (a private window), or a value another version wrote: nothing remembered.
    return {};
  }
}

function remember(key: string, match: RememberedMatch): void {
  try {
    localStorage.setItem(STORE_KEY, JSON.stringify({ ...remembered(), [key]: match }));
  } catch {
    // Not remembered where the browser keeps nothing; the sheet is still read now.
  }
}

/** Whether a table needs its columns matched, and the desk's guess at them. */
function needsMatching(table: ImportedTable): ColumnMatch | null {
  const headings = tableHeadings(table);
  if (headings.length === 0) return null;
  const guess = guessColumns(headings);
  // A table of ours lacking nothing, or a sheet with nothing we recognise (no table at all), is not asked about.
  if (guess.unplaced.length === 0 || guess.columns.every((column) => column === null)) return null;
  return guess;
}

export function pendingMatches(files: readonly ImportedFile[]): PendingMatch[] {
  return files.flatMap((file) => file.tables.flatMap((table) => {
    const guess = needsMatching(table);
    return guess ? [{ file: file.file, sheet: table.sheet, guess, sample: tableSample(table) }] : [];
  }));
}

/** Replaces one table of a file by the table a match makes of it; the file as it was when the match fails. */
function withMatchedTable(file: ImportedFile, sheet: string | null, match: ColumnMatch, constants: MatchConstants, note?: { id: string; en: string }): ImportedFile {
  return {
    ...file,
    tables: file.tables.map((table) => {
      if (table.sheet !== sheet) return table;
      const applied = applyColumnMatch(table, match, constants);
      if (!applied.table) return table;
      if (!note) return applied.table;
      return { ...applied.table, problems: [...applied.table.problems, { severity: 'warning', file: table.file, ...(sheet === null ? {} : { sheet }), line: null, field: null, found: null, expected: note.en, expectedId: note.id }] };
    }),
  };
}

/** Each table of a file whose layout this browser remembers, read with the remembered match. */
export function applyRememberedMatches(file: ImportedFile): ImportedFile {
  const memory = remembered();
  let result = file;
  for (const table of file.tables) {
    const guess = needsMatching(table);
    const saved = guess ? memory[layoutKey(guess.headings)] : undefined;
    if (!guess || !saved || saved.fields.length !== guess.headings.length) continue;
    result = withMatchedTable(result, table.sheet, chosenMatch(guess, saved.fields), saved.constants, { id: WORDS.id.remembered, en: WORDS.en.remembered });
  }
  return result;
}

/** The form's answer: the file with its table matched, or the fields still missing. */
function readForm(form: HTMLFormElement, pending: PendingMatch): { match: ColumnMatch; constants: MatchConstants; remember: boolean } {
  const data = new FormData(form);
  const fields = pending.guess.headings.map((_, j) => {
    const value = String(data.get(`column-${j}`) ?? '');
    return value === '' ? null : value;
  });
  const constants: Record<string, string> = {};
  for (const field of CONSTANT_FIELDS) {
    const value = String(data.get(`constant-${field}`) ?? '').trim();
    if (value !== '') constants[field] = value;
  }
  // What the figures measure says their unit: a coverage in percent, a count in persons.
  const metric = METRICS.find((m) => m.id === constants.metric);
  if (metric) constants.unit = metric.unit;
  return { match: chosenMatch(pending.guess, fields), constants, remember: data.get('remember') !== null };
}

export interface ColumnStepActions {
  /** The person read a table with a match: its file, with the table replaced. */
  matched: (fileName: string, change: (file: ImportedFile) => ImportedFile) => void;
}

/** The form for one table; nothing when it needs no matching. */
export function columnStep(pending: PendingMatch, lang: Lang, actions: ColumnStepActions) {
  const words = WORDS[lang];
  const { guess } = pending;
  const fields = fieldsOf(guess.kind);
  const label = (field: string) => FIELD_LABELS[field]?.[lang] ?? field;
  const place = pending.sheet === null ? pending.file : `${pending.file} [${pending.sheet}]`;
  const id = `match-${pending.file}-${pending.sheet ?? ''}`.replace(/[^A-Za-z0-9_-]/g, '-');
  const figureMetrics = METRICS.filter((metric) => metric.scope !== 'national');
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const answer = readForm(form, pending);
    const status = form.querySelector<HTMLElement>('.match-missing')!;
    const missing = answer.match.unplaced.filter((field) => !(field in answer.constants));
    if (missing.length > 0) {
      status.textContent = fill(words.missing, { fields: missing.map(label).join(', ') });
      return;
    }
    status.textContent = '';
    if (answer.remember) remember(layoutKey(guess.headings), { fields: answer.match.columns.map((c) => c?.field ?? null), constants: answer.constants });
    actions.matched(pending.file, (file) => withMatchedTable(file, pending.sheet, answer.match, answer.constants));
  };
  const asked = new Set<string>(guess.unplaced);
  return html`<form class="column-match" data-file=${pending.file} data-sheet=${pending.sheet ?? nothing} aria-labelledby=${`${id}-heading`} @submit=${submit}>
    <h3 id=${`${id}-heading`}>${fill(words.heading, { place })}</h3>
    <p>${words.hint}</p>
    <div class="table-scroll" tabindex="0" role="region" aria-labelledby=${`${id}-heading`}>
      <table class="match-table">
        <thead><tr><th scope="col">${words.column}</th><th scope="col">${words.sample}</th><th scope="col">${words.holds}</th></tr></thead>
        <tbody>${guess.headings.map((heading, j) => html`<tr>
          <th scope="row"><label for=${`${id}-column-${j}`}>${heading || `#${j + 1}`}</label></th>
          <td>${pending.sample.map((row) => row[j] ?? '').filter(Boolean).slice(0, 2).join(' · ')}</td>
          <td><select id=${`${id}-column-${j}`} name=${`column-${j}`}>
            <option value="" ?selected=${guess.columns[j] === null}>${words.notRead}</option>
            ${fields.map((field) => html`<option value=${field} ?selected=${guess.columns[j]?.field === field}>${label(field)}</option>`)}
          </select></td>
        </tr>`)}</tbody>
      </table>
    </div>
    <fieldset>
      <legend>${words.constants}</legend>
      ${guess.kind === 'coverage'
        ? html`<p><label for=${`${id}-period`}>${label('period')}</label>
            <input id=${`${id}-period`} name="constant-period" inputmode="numeric" placeholder=${words.periodHint} ?required=${asked.has('period')} /></p>
          <p><label for=${`${id}-metric`}>${label('metric')}</label>
            <select id=${`${id}-metric`} name="constant-metric">
              <option value="">${words.choose}</option>
              ${figureMetrics.map((metric) => html`<option value=${metric.id}>${metric.label[lang]}</option>`)}
            </select></p>`
        : nothing}
      <p><label for=${`${id}-source`}>${label('source_url')}</label>
        <input id=${`${id}-source`} name="constant-source_url" type="url" placeholder=${words.sourceHint} /></p>
      <p><label for=${`${id}-confidence`}>${label('confidence')}</label>
        <select id=${`${id}-confidence`} name="constant-confidence">
          <option value="">${words.choose}</option>
          <option value="high">${words.high}</option>
          <option value="medium">${words.medium}</option>
          <option value="low">${words.low}</option>
        </select></p>
    </fieldset>
    <p><input type="checkbox" id=${`${id}-remember`} name="remember" checked /> <label for=${`${id}-remember`}>${words.remember}</label></p>
    <p class="match-missing" role="status"></p>
    <button type="submit">${words.read}</button>
  </form>`;
}

