// The presenter's own window (present.html?view=presenter): the card the hall sees, small, with its map;
// the next card and its map; the notes; the counter, the clock and a rehearsal timer; the keys; the way
// out of the show. Plain DOM, every string from the data as text. It only shows: present.ts owns the
// step, the channel and the data the small maps draw.
import { html, render } from 'lit';
import '../../elements/map/map.ts';
import { element } from '../shared/page-shell.ts';
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
  /** The presenter ends the show in this window (a button: Escape never does). */
  onLeave: () => void;
  /** Gives a small map the step's year, regency and focus, as the hall's map has them. */
  drawMap: (map: HTMLElementTagNameMap['paritrana-map'], step: Step) => void;
}

export function mountPresenterView(root: HTMLElement, { lang, onPrevious, onNext, onLeave, drawMap }: PresenterViewOptions): PresenterView {
  const words = PRESENT_MESSAGES[lang];
  render(
    html`<header class="pv-bar">
        <span id="pv-counter" class="pv-counter"></span>
        <span id="pv-black" class="pv-black">${words.blackOn}</span>
        <span id="pv-offline" class="pv-offline" role="status"></span>
        <span class="pv-time pv-clock"><span class="pv-label">${words.clockLabel}</span><time id="pv-clock" class="pv-figure"></time></span>
        <span class="pv-time"
          ><span class="pv-label">${words.elapsedLabel}</span><span id="pv-elapsed" class="pv-figure"></span
          ><button type="button" class="pv-reset" title=${words.elapsedReset} aria-label=${words.elapsedReset}>↺</button></span
        >
      </header>
      <section class="pv-now" aria-label=${words.nowLabel}>
        <h2 class="pv-label">${words.nowLabel}</h2>
        <div class="pv-stage"><paritrana-map id="pv-current-map" class="pv-map" data-managed></paritrana-map><div id="pv-current" class="card mini"></div></div>
      </section>
      <section class="pv-next" aria-label=${words.nextLabel}>
        <h2 class="pv-label">${words.nextLabel}</h2>
        <div class="pv-stage"><paritrana-map id="pv-next-map" class="pv-map" data-managed></paritrana-map><div id="pv-next" class="card mini"></div></div>
      </section>
      <section class="pv-notes" aria-label=${words.notesLabel} aria-live="polite">
        <h2 class="pv-label">${words.notesLabel}</h2>
        <p id="pv-note" class="pv-note"></p>
      </section>
      <nav class="pv-nav">
        <button type="button" id="pv-previous" class="pv-button" @click=${onPrevious}>${words.previousButton}</button>
        <p class="pv-help">${words.help}</p>
        <button type="button" id="pv-leave" class="pv-leave" @click=${onLeave}>${words.leaveButton}</button>
        <button type="button" id="pv-next-button" class="pv-button" @click=${onNext}>${words.nextButton}</button>
      </nav>`,
    root,
  );
  const part = <T extends Element>(selector: string) => element<T>(selector, root);
  const counter = part<HTMLElement>('#pv-counter');
  const black = part<HTMLElement>('#pv-black');
  const clock = part<HTMLTimeElement>('#pv-clock');
  const elapsed = part<HTMLElement>('#pv-elapsed');
  const reset = part<HTMLButtonElement>('.pv-reset');
  const current = part<HTMLElement>('#pv-current');
  const next = part<HTMLElement>('#pv-next');
  const currentMap = part<HTMLElementTagNameMap['paritrana-map']>('#pv-current-map');
  const nextMap = part<HTMLElementTagNameMap['paritrana-map']>('#pv-next-map');
  const note = part<HTMLElement>('#pv-note');
  const previousButton = part<HTMLButtonElement>('#pv-previous');
  const nextButton = part<HTMLButtonElement>('#pv-next-button');
  const offline = part<HTMLElement>('#pv-offline');
  root.hidden = false;

  // Whether the show would run if the hall's network went now: the site's service worker holds the
  // pages, the code and the data (src/pages/shared/offline.ts). Loaded after the cards are up.
  const showOffline = (ready: boolean) => {
    offline.dataset.ready = String(ready);
    offline.textContent = ready ? words.offlineReady : words.offlineNotReady;
    offline.title = ready ? words.offlineReadyHint : words.offlineNotReadyHint;
  };
  showOffline(false);
  void import('../shared/offline.ts').then(({ watchOfflineReadiness }) => watchOfflineReadiness(showOffline));

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
      drawMap(currentMap, step);
      const following = steps[index + 1];
      nextMap.hidden = !following;
      if (following) {
        renderCard(next, following);
        drawMap(nextMap, following);
      } else {
        next.dataset.kind = 'end';
        render(html`<p class="eyebrow">${words.endOfShow}</p>`, next);
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
