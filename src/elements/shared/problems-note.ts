// Problems with data an element loaded itself (a partner's own coverage CSV, say), shown inside the
// element: the same lines `npm run validate` prints, under a short summary in the reader's language.
import { html, nothing } from 'lit';
import { countBySeverity, formatProblem, type Problem } from '../../data/index.ts';
import type { Lang } from '../../i18n/lang.ts';

const WORDS = {
  id: { errors: '{n} galat pada data: baris yang bermasalah tidak ditampilkan.', warnings: '{n} peringatan pada data.' },
  en: { errors: '{n} errors in the data: the rows concerned are not shown.', warnings: '{n} warnings about the data.' },
} as const;

export function problemsNote(problems: readonly Problem[], lang: Lang) {
  if (problems.length === 0) return nothing;
  const { error, warning } = countBySeverity(problems);
  const summary = error > 0 ? WORDS[lang].errors.replace('{n}', String(error)) : WORDS[lang].warnings.replace('{n}', String(warning));
  return html`<details class="data-problems" part="problems" ?open=${error > 0}>
    <summary role=${error > 0 ? 'alert' : nothing}>${summary}</summary>
    <ul lang="en">
      ${problems.map((p) => html`<li class=${p.severity}><code>${formatProblem(p)}</code></li>`)}
    </ul>
  </details>`;
}
