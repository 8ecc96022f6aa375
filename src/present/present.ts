// present.html: the Paritrana Award on a big screen, driven by a clicker. Thin: the steps come from
// sequence.ts, the keys and the address from controls.ts, the camera's boxes from bounds.ts; this file
// shows the current step, moves the map and listens.
import './present.css';
import '../elements/map/map.ts';
import '../elements/legend/legend.ts';
import type { AppData } from '../app/load.ts';
import { defaultDataBase, loadSharedData } from '../elements/shared/data-source.ts';
import { fill } from '../i18n/messages.ts';
import { toLang } from '../i18n/lang.ts';
import { html } from '../render/dom.ts';
import { renderCard } from './cards.ts';
import { appAddress, keyAction, readPresentParams, writePresentParams, type PresentAction, type PresentParams } from './controls.ts';
import { stepBounds } from './bounds.ts';
import { buildSequence, editionsOf, type Step } from './sequence.ts';
import { PRESENT_MESSAGES } from './present.messages.ts';

const FLIGHT_MS = 1600;

function element<T extends Element>(selector: string): T {
  const found = document.querySelector<T>(selector);
  if (!found) throw new Error(`present.html has no ${selector}`);
  return found;
}

const page = {
  map: element<HTMLElementTagNameMap['paritrana-map']>('#map'),
  card: element<HTMLElement>('#card'),
  counter: element<HTMLElement>('#counter'),
  blackout: element<HTMLElement>('#blackout'),
};

const reducedMotion = () => window.matchMedia('(prefers-reduced-motion: reduce)').matches;

function start(data: AppData): void {
  const { dataset } = data;
  const editions = editionsOf(dataset);
  const lang = toLang(new URLSearchParams(location.search).get('lang'));
  const sequences = new Map<number, Step[]>();
  const sequence = (edition: number) => {
    let steps = sequences.get(edition);
    if (!steps) sequences.set(edition, (steps = buildSequence(dataset, edition, lang)));
    return steps;
  };
  const state: PresentParams = readPresentParams(location.search, editions, (e) => sequence(e).length);
  const words = PRESENT_MESSAGES[lang];
  document.documentElement.lang = lang;
  document.title = fill(words.documentTitle, { edition: state.edition });
  if (editions.length === 0) {
    page.card.replaceChildren(html('h1', { class: 'heading' }, words.noEdition));
    return;
  }
  const steps = sequence(state.edition);

  page.map.lang = lang;
  page.map.metric = 'coverage_pct';
  page.map.data = { dataset, regencyTopology: data.regencyTopology, contextTopology: data.contextTopology };

  const moveMap = (step: Step, instant: boolean) => {
    page.map.year = step.mapYear;
    page.map.selected = step.regionCode;
    const maplibre = page.map.map;
    const box = data.regencyTopology ? stepBounds(data.regencyTopology, step.regionCode) : null;
    if (!maplibre || !box) return;
    const duration = instant || reducedMotion() ? 0 : FLIGHT_MS;
    // A regency fills the frame but never more than the shape's own box: the neighbours stay in sight.
    maplibre.fitBounds(box, { padding: 48, maxZoom: 9, duration, linear: false, essential: true });
  };

  const show = (index: number, instant = false) => {
    state.step = Math.min(Math.max(index, 0), steps.length - 1);
    const step = steps[state.step]!;
    renderCard(page.card, step);
    page.counter.textContent = fill(words.counter, { step: state.step + 1, total: steps.length });
    document.body.dataset.step = String(state.step + 1);
    moveMap(step, instant);
    history.replaceState(history.state, '', writePresentParams(location.search, state));
  };

  const setBlack = (black: boolean) => {
    page.blackout.hidden = !black;
  };

  const act = (action: PresentAction) => {
    switch (action) {
      case 'next': return show(state.step + 1);
      case 'previous': return show(state.step - 1);
      case 'first': return show(0);
      case 'last': return show(steps.length - 1);
      case 'black': return setBlack(page.blackout.hidden);
      case 'fullscreen':
        // Refused without a user gesture or in a frame: the slides still work in a window.
        if (document.fullscreenElement) void document.exitFullscreen().catch(() => {});
        else void document.documentElement.requestFullscreen?.().catch(() => {});
        return;
      case 'leave':
        if (document.fullscreenElement) void document.exitFullscreen().catch(() => {});
        else location.assign(appAddress(state));
        return;
    }
  };

  // Capture: the map and legend listen to Space and the arrows themselves; a clicker's key is the presenter's.
  window.addEventListener(
    'keydown',
    (event) => {
      const action = keyAction(event.key, { ctrl: event.ctrlKey, alt: event.altKey, meta: event.metaKey });
      if (!action) return;
      event.preventDefault();
      event.stopPropagation();
      act(action);
    },
    { capture: true },
  );
  window.addEventListener('click', (event) => {
    if (event.button === 0) act('next');
  });
  // MapLibre comes after the SVG map: put its camera where the current step wants it, at once.
  page.map.addEventListener('paritrana-ready', (event) => {
    performance.mark(`paritrana-ready-${event.detail.renderer}`);
    if (event.detail.renderer === 'webgl') moveMap(steps[state.step]!, true);
  });

  show(state.step, true);
}

loadSharedData({ base: defaultDataBase(), overrides: {} }).then(start, (error: unknown) => {
  const lang = toLang(new URLSearchParams(location.search).get('lang'));
  page.card.replaceChildren(html('h1', { class: 'heading' }, PRESENT_MESSAGES[lang].loadFailed));
  console.error(error);
});
