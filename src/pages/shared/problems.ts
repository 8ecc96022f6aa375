// The problems panel: every problem with the data files, in the form `npm run validate` prints, so a
// reader can report it and a maintainer can find the line.
import { countBySeverity, formatProblem, type Problem } from '../../data/index.ts';
import type { Lang } from '../../i18n/lang.ts';
import { html } from './dom.ts';

const WORDS = {
  id: {
    heading: 'Masalah pada data',
    error: 'galat',
    warning: 'peringatan',
    and: ' dan ',
    withErrors: 'Ada {counts} pada berkas data. Baris yang bermasalah tidak ditampilkan; baris lain tetap dimuat.',
    warningsOnly: 'Ada {counts} pada berkas data. Semua baris tetap ditampilkan.',
    details: 'Rincian (dalam bahasa Inggris, seperti keluaran npm run validate)',
  },
  en: {
    heading: 'Problems with the data',
    error: 'errors',
    warning: 'warnings',
    and: ' and ',
    withErrors: 'The data files have {counts}. Rows with problems are not shown; the other rows still load.',
    warningsOnly: 'The data files have {counts}. Every row is still shown.',
    details: 'Details (as npm run validate prints them)',
  },
} as const;

export function renderProblems(panel: HTMLElement, problems: readonly Problem[], lang: Lang = 'id'): void {
  if (problems.length === 0) {
    panel.hidden = true;
    panel.replaceChildren();
    return;
  }
  const words = WORDS[lang];
  const { error, warning } = countBySeverity(problems);
  const counts = [error > 0 ? `${error} ${words.error}` : '', warning > 0 ? `${warning} ${words.warning}` : ''].filter(Boolean).join(words.and);
  const summary = (error > 0 ? words.withErrors : words.warningsOnly).replace('{counts}', counts);
  const details = html(
    'details',
    { open: error > 0 ? '' : null },
    html('summary', {}, words.details),
    html('ul', { class: 'problem-list', lang: 'en' }, ...problems.map((p) => html('li', { class: `problem problem--${p.severity}` }, html('code', {}, formatProblem(p))))),
  );
  panel.replaceChildren(html('h2', { id: 'problems-heading' }, words.heading), html('p', {}, summary), details);
  panel.hidden = false;
}
