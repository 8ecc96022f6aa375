// The one way problems with the data are shown, on the app page and inside any element that loaded
// data itself (a partner's own coverage CSV, say): a sentence counting errors and warnings in the
// reader's language, then the very lines `npm run validate` prints (file, line, field, what was found
// and what was expected), so a reader can report them and a maintainer can find the line. A file of
// 200,000 bad rows is one mistake repeated: the first few of each kind are listed (listProblems), the
// rest counted in full on one line per kind.
import { html, nothing } from 'lit';
import { formatOmitted, formatProblem, listProblems, type Problem } from '../../data/index.ts';
import { formatNumber } from '../../i18n/format.ts';
import { fill } from '../../i18n/messages.ts';
import type { Lang } from '../../i18n/lang.ts';

const WORDS = {
  id: {
    heading: 'Masalah pada data',
    error: 'galat',
    warning: 'peringatan',
    and: ' dan ',
    withErrors: 'Ada {counts} pada data. Baris yang bermasalah tidak ditampilkan; baris lain tetap dimuat.',
    warningsOnly: 'Ada {counts} pada data. Semua baris tetap ditampilkan.',
    linesIn: 'Rincian berikut dalam bahasa Inggris, seperti keluaran npm run validate.',
    more: '… dan {count} lagi yang serupa, tidak dirinci satu per satu:',
  },
  en: {
    heading: 'Problems with the data',
    error: 'errors',
    warning: 'warnings',
    and: ' and ',
    withErrors: 'The data has {counts}. Rows with problems are not shown; the other rows still load.',
    warningsOnly: 'The data has {counts}. Every row is still shown.',
    linesIn: 'The details below are as npm run validate prints them.',
    more: '… and {count} more like these, not listed one by one:',
  },
} as const;

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
  const counts = [error > 0 ? `${formatNumber(error, lang)} ${words.error}` : '', warning > 0 ? `${formatNumber(warning, lang)} ${words.warning}` : '']
    .filter(Boolean)
    .join(words.and);
  // Open when rows were dropped: the reader must know the map is missing something. The alert is inside
  // the summary, not on it: an alert takes no name from its text, and the summary would have none.
  return html`${heading ? html`<h2 id="problems-heading">${words.heading}</h2>` : nothing}
    <details class="data-problems" part="problems" ?open=${error > 0}>
      <summary><span role=${error > 0 ? 'alert' : nothing}>${fill(error > 0 ? words.withErrors : words.warningsOnly, { counts })}</span></summary>
      ${lang === 'en' ? nothing : html`<p class="lines-in">${words.linesIn}</p>`}
      <ul class="problem-list" lang="en">
        ${listed.map((p) => html`<li class="problem problem--${p.severity} ${p.severity}"><code>${formatProblem(p)}</code></li>`)}
        ${omitted.map(
          (kind) =>
            html`<li class="problem problem--omitted problem--${kind.example.severity}">
              <span lang=${lang}>${fill(words.more, { count: formatNumber(kind.count, lang) })}</span> <code>${formatOmitted(kind)}</code>
            </li>`,
        )}
      </ul>
    </details>`;
}
