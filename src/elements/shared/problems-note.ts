// The one way problems with the data are shown, on the app page, on the data desk and inside any
// element that loaded data itself (a partner's own coverage CSV, say): a sentence counting errors and
// warnings in the reader's language, then one sentence a problem, also in the reader's language:
// where it is (file, sheet, line or row, the column as the file names it), what was found there and
// what to write instead. The command line (`npm run validate`) keeps its compiler-style lines. A file
// of 200,000 bad rows is one mistake repeated: the first few of each kind are listed (listProblems),
// the rest counted in full on one sentence per kind.
import { html, nothing } from 'lit';
import { expectedIn, listProblems, placeIn, problemSentence, showInvisible, type OmittedProblems, type Problem } from '../../data/index.ts';
import { formatNumber } from '../../i18n/format.ts';
import { fill } from '../../i18n/messages.ts';
import type { Lang } from '../../i18n/lang.ts';

const WORDS = {
  id: {
    heading: 'Masalah pada data',
    // Bahasa Indonesia counts without a plural: "1 kesalahan", "2 kesalahan".
    error: ['kesalahan', 'kesalahan'],
    warning: ['peringatan', 'peringatan'],
    and: ' dan ',
    withErrors: 'Ada {counts} pada data. Baris yang bermasalah tidak ditampilkan; baris lain tetap dimuat.',
    warningsOnly: 'Ada {counts} pada data. Semua baris tetap ditampilkan.',
    more: '… dan {count} lagi yang serupa di {place}, seperti {line}, tidak dirinci satu per satu: seharusnya {expected}',
    moreInFile: '… dan {count} lagi yang serupa di {place}, tidak dirinci satu per satu: seharusnya {expected}',
    line: 'baris',
    row: 'baris',
  },
  en: {
    heading: 'Problems with the data',
    error: ['error', 'errors'],
    warning: ['warning', 'warnings'],
    and: ' and ',
    withErrors: 'The data has {counts}. Rows with problems are not shown; the other rows still load.',
    warningsOnly: 'The data has {counts}. Every row is still shown.',
    more: '… and {count} more like these in {place}, such as {line}, not listed one by one: expected {expected}',
    moreInFile: '… and {count} more like these in {place}, not listed one by one: expected {expected}',
    line: 'line',
    row: 'row',
  },
} as const;

/** "1 warning", "2 errors", "1 kesalahan": the count and the word that agrees with it. */
function counted(count: number, [one, many]: readonly [string, string], lang: Lang): string {
  return `${formatNumber(count, lang)} ${count === 1 ? one : many}`;
}

/** One sentence for a kind of problem left out of the list: how many, where, and what to write. */
function omittedSentence({ example, count }: OmittedProblems, lang: Lang): string {
  const words = WORDS[lang];
  const line = example.line === null ? null : `${example.sheet ? words.row : words.line} ${example.line}`;
  const text = fill(line === null ? words.moreInFile : words.more, {
    count: formatNumber(count, lang),
    place: placeIn(example, lang, { line: false }),
    line: line ?? '',
    expected: showInvisible(expectedIn(example, lang)),
  });
  return /[.?!]$/.test(text) ? text : `${text}.`;
}

export interface ProblemsNoteOptions {
  /** A heading above the note (the page's panel); elements show the note alone. */
  heading?: boolean;
}

/** The note for a list of problems; nothing at all when there are none (or no list was given). */
export function problemsNote(problems: readonly Problem[] | null | undefined, lang: Lang, { heading = false }: ProblemsNoteOptions = {}) {
  if (!problems || problems.length === 0) return nothing;
  const words = WORDS[lang];
  const { listed, omitted, total } = listProblems(problems);
  const { error, warning } = total;
  const counts = [error > 0 ? counted(error, words.error, lang) : '', warning > 0 ? counted(warning, words.warning, lang) : '']
    .filter(Boolean)
    .join(words.and);
  // Open when rows were dropped: the reader must know the map is missing something. The alert is inside
  // the summary, not on it: an alert takes no name from its text, and the summary would have none.
  return html`${heading ? html`<h2 id="problems-heading">${words.heading}</h2>` : nothing}
    <details class="data-problems" part="problems" ?open=${error > 0}>
      <summary><span role=${error > 0 ? 'alert' : nothing}>${fill(error > 0 ? words.withErrors : words.warningsOnly, { counts })}</span></summary>
      <ul class="problem-list">
        ${listed.map((p) => html`<li class="problem problem--${p.severity} ${p.severity}">${problemSentence(p, lang)}</li>`)}
        ${omitted.map((kind) => html`<li class="problem problem--omitted problem--${kind.example.severity}">${omittedSentence(kind, lang)}</li>`)}
      </ul>
    </details>`;
}
