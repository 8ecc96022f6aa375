// The presenter's own window (present.html?view=presenter): the card the hall sees, small; the next
// card; the notes; the counter, the clock and a rehearsal timer. Plain DOM, every string from the data
// as text. It only shows: present.ts owns the step and the channel.
import { html } from '../shared/dom.ts';
import type { Lang } from '../../i18n/lang.ts';
import { fill } from '../../i18n/messages.ts';
import { renderCard } from './cards.ts';
import { formatElapsed } from './controls.ts';
import { PRESENT_MESSAGES } from './present.messages.ts';
import type { Step } from './sequence.ts';

export interface PresenterView {
  /** Show step `index` of `steps`, and whether the hall's screen is black. */
  show(steps: readonly Step[], index: number, black: boolean): void;
}

export interface PresenterViewOptions {
  lang: Lang;
  /** The presenter's buttons: the same actions as the keys. */
  onPrevious: () => void;
  onNext: () => void;
}

export function mountPresenterView(root: HTMLElement, { lang, onPrevious, onNext }: PresenterViewOptions): PresenterView {
  const words = PRESENT_MESSAGES[lang];
  const counter = html('span', { id: 'pv-counter', class: 'pv-counter' });
  const black = html('span', { id: 'pv-black', class: 'pv-black' }, words.blackOn);
  const clock = html('time', { id: 'pv-clock', class: 'pv-figure' });
  const elapsed = html('span', { id: 'pv-elapsed', class: 'pv-figure' });
  const reset = html('button', { type: 'button', class: 'pv-reset', title: words.elapsedReset, 'aria-label': words.elapsedReset }, '↺');
  const current = html('div', { id: 'pv-current', class: 'card mini' });
  const next = html('div', { id: 'pv-next', class: 'card mini' });
  const note = html('p', { id: 'pv-note', class: 'pv-note' });
  const previousButton = html('button', { type: 'button', id: 'pv-previous', class: 'pv-button' }, words.previousButton);
  const nextButton = html('button', { type: 'button', id: 'pv-next-button', class: 'pv-button' }, words.nextButton);
  previousButton.addEventListener('click', onPrevious);
  nextButton.addEventListener('click', onNext);

  root.replaceChildren(
    html('header', { class: 'pv-bar' },
      counter,
      black,
      html('span', { class: 'pv-time pv-clock' }, html('span', { class: 'pv-label' }, words.clockLabel), clock),
      html('span', { class: 'pv-time' }, html('span', { class: 'pv-label' }, words.elapsedLabel), elapsed, reset),
    ),
    html('section', { class: 'pv-now', 'aria-label': words.nowLabel }, html('h2', { class: 'pv-label' }, words.nowLabel), current),
    html('section', { class: 'pv-next', 'aria-label': words.nextLabel }, html('h2', { class: 'pv-label' }, words.nextLabel), next),
    html('section', { class: 'pv-notes', 'aria-label': words.notesLabel, 'aria-live': 'polite' }, html('h2', { class: 'pv-label' }, words.notesLabel), note),
    html('nav', { class: 'pv-nav' }, previousButton, nextButton),
  );
  root.hidden = false;

  // The timer counts from the window's opening; ↺ restarts it for the next run-through.
  let startedAt = performance.now();
  const clockFormat = new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'id-ID', { hour: '2-digit', minute: '2-digit' });
  const tick = () => {
    clock.textContent = clockFormat.format(new Date());
    elapsed.textContent = formatElapsed(performance.now() - startedAt);
  };
  reset.addEventListener('click', () => {
    startedAt = performance.now();
    tick();
  });
  tick();
  setInterval(tick, 1000);

  return {
    show(steps, index, isBlack) {
      const step = steps[index]!;
      renderCard(current, step);
      const following = steps[index + 1];
      if (following) renderCard(next, following);
      else {
        next.dataset.kind = 'end';
        next.replaceChildren(html('p', { class: 'eyebrow' }, words.endOfShow));
      }
      note.textContent = step.note || words.noNote;
      note.classList.toggle('empty', !step.note);
      counter.textContent = fill(words.counter, { step: index + 1, total: steps.length });
      black.hidden = !isBlack;
      previousButton.disabled = index === 0;
      nextButton.disabled = index === steps.length - 1;
    },
  };
}
