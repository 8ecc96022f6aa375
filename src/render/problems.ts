// The problems panel: every problem with the data files, in the form `npm run validate` prints, so a
// reader can report it and a maintainer can find the line.
import { countBySeverity, formatProblem, type Problem } from '../data/index.ts';
import { html } from './dom.ts';

export function renderProblems(panel: HTMLElement, problems: readonly Problem[]): void {
  if (problems.length === 0) {
    panel.hidden = true;
    panel.replaceChildren();
    return;
  }
  const { error, warning } = countBySeverity(problems);
  const counts = [error > 0 ? `${error} galat` : '', warning > 0 ? `${warning} peringatan` : ''].filter(Boolean).join(' dan ');
  const summary =
    error > 0
      ? `Ada ${counts} pada berkas data. Baris yang bermasalah tidak ditampilkan; baris lain tetap dimuat.`
      : `Ada ${counts} pada berkas data. Semua baris tetap ditampilkan.`;
  const details = html(
    'details',
    { open: error > 0 ? '' : null },
    html('summary', {}, 'Rincian (dalam bahasa Inggris, seperti keluaran npm run validate)'),
    html('ul', { class: 'problem-list', lang: 'en' }, ...problems.map((p) => html('li', { class: `problem problem--${p.severity}` }, html('code', {}, formatProblem(p))))),
  );
  panel.replaceChildren(html('h2', { id: 'problems-heading' }, 'Masalah pada data'), html('p', {}, summary), details);
  panel.hidden = false;
}
