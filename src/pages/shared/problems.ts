// The page's problems panel: the elements' one problems note (src/elements/shared/problems-note.ts)
// under a heading, hidden when there is nothing to say.
import { render } from 'lit';
import type { Problem } from '../../data/index.ts';
import type { Lang } from '../../i18n/lang.ts';
import { problemsNote } from '../../elements/shared/problems-note.ts';

export function renderProblems(panel: HTMLElement, problems: readonly Problem[], lang: Lang = 'id'): void {
  render(problemsNote(problems, lang, { heading: true }), panel);
  panel.hidden = problems.length === 0;
}
