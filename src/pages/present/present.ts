// present.html: the Paritrana Award on a big screen, driven by a clicker. Thin: the steps come from
// sequence.ts, the keys from controls.ts, the address from src/model/url.ts, the camera's boxes from
// bounds.ts, the messages between windows from sync.ts; this file shows the current step, moves the map and listens.
// With ?view=presenter the same page is the presenter's own window (presenter-view.ts): both windows
// of an edition follow each other over a BroadcastChannel, whichever one the clicker talks to.
import '../shared/base.css';
import './present.css';
import '../../elements/map/map.ts';
import '../../elements/legend/legend.ts';
import type { AppData } from '../../model/load.ts';
import { fill } from '../../i18n/messages.ts';
import type { Lang } from '../../i18n/lang.ts';
import { pageAddress, readAddress } from '../../model/url.ts';
import { areaFolder } from '../../data/area.ts';
import { addressLang, areaShown, element, keepOffline, ownAddress, showAddress, showChoices, showLanguage, siteProvince } from '../shared/page-shell.ts';
import { renderCard, renderMessageCard } from './cards.ts';
import { keyAction, readPresentParams, readPresentView, type PresentAction, type PresentParams } from './controls.ts';
import { stepBounds } from '../../render/bounds.ts';
import { prepareMapGeometry } from '../../render/map-geometry.ts';
import { assessmentYear, buildSequence, type Step } from './sequence.ts';
import { editions as editionsOf } from '../../model/years.ts';
import { PRESENT_MESSAGES } from './present.messages.ts';
import type { mountPresenterView } from './presenter-view.ts';
import { fillDesaMaps } from './desa-map.ts';
import { withKeptImport } from '../shared/imported-data.ts';
import { carriesItsFiles, loadPageData } from '../shared/carried-files.ts';
import { defaultDataBase } from '../../model/data-source.ts';
import { channelName, helloMessage, nextVersion, receive, stateMessage, windowId, type SyncVersion, type VersionedState } from './sync.ts';

/** A flight short enough that the map has settled about a second after the clicker (issue 10). */
const FLIGHT_MS = 700;
/** The longest piece of work done at once while the map first draws (inSmallPieces). */
const PIECE_MS = 8;

const page = {
  map: element<HTMLElementTagNameMap['paritrana-map']>('#map'),
  legend: element<HTMLElement>('#legend'),
  card: element<HTMLElement>('#card'),
  counter: element<HTMLElement>('#counter'),
  blackout: element<HTMLElement>('#blackout'),
  stage: element<HTMLElement>('#stage'),
  presenter: element<HTMLElement>('#presenter'),
  importedMarker: element<HTMLElement>('#imported-marker'),
  importedText: element<HTMLElement>('#imported-text'),
  importedBack: element<HTMLAnchorElement>('#imported-back'),
};

const reducedMotion = () => window.matchMedia('(prefers-reduced-motion: reduce)').matches;

/** Where the deployment's data/ folder is. */
const dataBase = defaultDataBase(document.baseURI);

/** The deployment's own province (the page's HTML), and the area the address names (?province=63), else that province. */
const home = siteProvince();
const area = readAddress(location.search).area ?? home.code;
/** The area as every address of the ceremony writes it: none for the deployment's own province. */
const areaInAddress = area === home.code ? null : area;

/**
 * The show runs on the data desk's import when this browser keeps one (a new edition's winners entered
 * there): the presenter's window says so, with the way back to the desk. The hall's screen never does:
 * it is projected for the whole show, and the link would leave it.
 */
function markImported(lang: Lang): void {
  const words = PRESENT_MESSAGES[lang];
  page.importedText.textContent = words.importedMarker;
  page.importedBack.textContent = words.importedBack;
  page.importedBack.href = pageAddress({ page: 'desk', area: areaInAddress, lang, part: 'publish' });
  // The hall's screen turns a click into the next step; this link is the one click that is not.
  page.importedBack.addEventListener('click', (event) => event.stopPropagation());
  page.importedMarker.hidden = false;
  document.body.dataset.imported = 'true';
}

/** The presenter's own window, whose code only that window fetches (with the data). */
type PresenterViewModule = { mountPresenterView: typeof mountPresenterView };

function start(data: AppData, imported: boolean, presenterViewModule: PresenterViewModule | null): void {
  const { dataset } = data;
  const editions = editionsOf(dataset);
  const lang = addressLang();
  // The province the data say they are (data/province.json), else the one this deployment's page names.
  const province = areaShown(area, home, data).name[lang];
  const sequences = new Map<number, Step[]>();
  const sequence = (edition: number) => {
    let steps = sequences.get(edition);
    if (!steps) sequences.set(edition, (steps = buildSequence(dataset, edition, lang, province)));
    return steps;
  };
  const state: PresentParams = readPresentParams(location.search, editions, (e) => sequence(e).length);
  const words = PRESENT_MESSAGES[lang];
  const view = readPresentView(location.search);
  showLanguage(lang, words, fill(view === 'presenter' ? words.presenterTitle : words.documentTitle, { edition: state.edition }));
  document.body.dataset.view = view;
  if (imported && view === 'presenter') markImported(lang);
  if (state.missing) {
    // Said in the hall's language, with the way to bring the edition; the address stays as it was asked.
    document.body.dataset.missingEdition = String(state.edition);
    renderMessageCard(page.card, fill(words.editionMissing, { edition: state.edition }), fill(words.editionMissingHow, { edition: state.edition }));
    return;
  }
  if (editions.length === 0) {
    renderMessageCard(page.card, words.noEdition);
    return;
  }
  const steps = sequence(state.edition);
  let black = false;
  // The presenter's deliberate way out (a button, never a key): this window goes to the map of the judged year.
  const leave = () => location.assign(pageAddress({ page: 'app', area: areaInAddress, year: assessmentYear(dataset.awards, state.edition), lang: state.lang }));

  // The presenter's window shows the cards with small maps of their own (drawn in SVG, never flown), and the notes.
  const presenterView = presenterViewModule
    ? presenterViewModule.mountPresenterView(page.presenter, {
        lang,
        onPrevious: () => act('previous'),
        onNext: () => act('next'),
        onLeave: leave,
        drawMap: (map, step) => {
          showChoices({ map }, data, { year: step.mapYear, selected: step.regionCode, lang, metric: 'coverage_pct', carryForward: false });
          map.focusRegions = step.focusCodes;
          map.focusPlain = !step.legend;
        },
      })
    : null;
  if (presenterView) page.stage.remove();
  // The camera flies to each winner: MapLibre (its code, and WebGL set up) is needed once the show is
  // under way, not on the title card, which the SVG map draws at once (issue 21: MapLibre on the first
  // screen kept the projector's laptop busy for seconds). It starts when the presenter first acts (the
  // clicker, a key, a click) or the show is past its title card (a step in the address, or sent by the
  // presenter's window); by the first winner, four presses on, it has drawn, and at its first picture
  // the camera is put where the card wants it ('paritrana-ready' below). The presenter's window flies no camera.
  const wantCamera = () => {
    if (!presenterView) page.map.loading = 'eager';
  };

  // The map is handed its data once the card is on the screen and the size-free part of its drawing
  // is done in small pieces (drawWhenReady below): the hall reads the title while the map comes.
  let mapGiven = false;
  const moveMap = (step: Step, instant: boolean) => {
    // The key only where the colours are what the card speaks of (sequence.ts): never a hatched "no
    // data" beside a winner, nor a regency's colour keyed beside a company's name. Hidden, not removed,
    // so the map keeps its size and the camera its frame.
    page.legend.classList.toggle('off', !step.legend);
    if (!mapGiven) return;
    showChoices({ map: page.map }, data, { year: step.mapYear, selected: step.regionCode, lang, metric: 'coverage_pct', carryForward: false });
    // The winner stands out: every other regency dims (the nominees, or every winner at the end).
    page.map.focusRegions = step.focusCodes;
    // ...and without the key, a winner without a figure is not hatched either: outlined, in the plain ground.
    page.map.focusPlain = !step.legend;
    const maplibre = page.map.map;
    const box = data.regencyTopology ? stepBounds(data.regencyTopology, step.regionCode) : null;
    if (!maplibre || !box) return;
    // A step pressed during a flight jumps straight there: the hall never waits for two flights.
    const duration = instant || reducedMotion() || maplibre.isMoving() ? 0 : FLIGHT_MS;
    // A regency fills the frame but never more than the shape's own box: the neighbours stay in sight.
    maplibre.fitBounds(box, { padding: 48, maxZoom: 9, duration, linear: false, essential: true });
  };

  const show = (index: number, instant = false) => {
    state.step = Math.min(Math.max(index, 0), steps.length - 1);
    const step = steps[state.step]!;
    if (state.step > 0) wantCamera();
    if (presenterView) presenterView.show(steps, state.step, black);
    else {
      renderCard(page.card, step);
      page.counter.textContent = fill(words.counter, { step: state.step + 1, total: steps.length });
      moveMap(step, instant);
    }
    // A desa winner's card (here, or the presenter's two) draws its desa when its regency's boundaries
    // are deployed; the ceremony in one file carries no desa files, and its card keeps the regency marked.
    if (!carriesItsFiles()) fillDesaMaps(document, dataBase, dataset.regions);
    document.body.dataset.step = String(state.step + 1);
    showAddress({ page: 'present', area: areaInAddress, edition: state.edition, lang: state.lang, step: state.step, view });
  };

  const setBlack = (value: boolean) => {
    black = value;
    // Only the hall's screen goes black: the presenter still reads the notes, and is told.
    if (presenterView) presenterView.show(steps, state.step, black);
    else page.blackout.hidden = !black;
  };

  // Where this window is goes to the other windows of the edition only when the presenter acts here;
  // a step received from them is shown and not sent on (sync.ts), so no two windows echo each other.
  const id = windowId();
  let version: SyncVersion = { version: 0, origin: '' };
  const here = (): VersionedState => ({ step: state.step, black, ...version });
  const channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(channelName(state.edition, areaInAddress)) : null;
  const announce = () => {
    version = nextVersion(version, id);
    channel?.postMessage(stateMessage(state.edition, id, here()));
  };
  channel?.addEventListener('message', (event: MessageEvent<unknown>) => {
    const effect = receive(event.data, { edition: state.edition, id, total: steps.length, ...here() });
    if (effect.version) version = effect.version;
    if (effect.step !== undefined) show(effect.step);
    if (effect.black !== undefined) setBlack(effect.black);
    if (effect.reply) channel.postMessage(effect.reply);
  });
  // A window that opens, or comes back after its page was hidden or frozen, may have missed steps:
  // it says where it is, and whichever window is behind catches up (sync.ts).
  const hello = () => channel?.postMessage(helloMessage(state.edition, id, here()));
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') hello();
  });
  window.addEventListener('focus', hello);
  window.addEventListener('pageshow', (event) => {
    if (event.persisted) hello();
  });

  const openPresenter = () => {
    const { edition, lang, step } = state;
    window.open(ownAddress({ page: 'present', area: areaInAddress, edition, lang, step, view: 'presenter' }), `paritrana-presenter-${edition}`);
  };

  const act = (action: PresentAction) => {
    wantCamera();
    switch (action) {
      case 'next': show(state.step + 1); return announce();
      case 'previous': show(state.step - 1); return announce();
      case 'first': show(0); return announce();
      case 'last': show(steps.length - 1); return announce();
      case 'black': setBlack(!black); return announce();
      case 'presenter':
        if (!presenterView) openPresenter();
        return;
      case 'fullscreen':
        // Refused without a user gesture or in a frame: the slides still work in a window.
        if (document.fullscreenElement) void document.exitFullscreen().catch(() => {});
        else void document.documentElement.requestFullscreen?.().catch(() => {});
        return;
      case 'leave':
        // Escape only ever leaves full screen: a reflexive second press must not end the ceremony in
        // front of the hall. Leaving the show is the presenter view's button.
        if (document.fullscreenElement) void document.exitFullscreen().catch(() => {});
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
  // A mouse used as a clicker on the hall's screen; the presenter's window has buttons instead. The
  // hall's screen shows no control: the presenter view opens with P.
  if (!presenterView) {
    window.addEventListener('click', (event) => {
      if (event.button === 0) act('next');
    });
  }
  // MapLibre comes after the SVG map: put its camera where the current step wants it, at once.
  page.map.addEventListener('paritrana-ready', (event) => {
    performance.mark(`paritrana-ready-${event.detail.renderer}`);
    if (event.detail.renderer === 'webgl') moveMap(steps[state.step]!, true);
  });

  show(state.step, true);
  // A window opened late asks where the show is; an open window answers (none answers: it leads).
  hello();
  if (!presenterView) {
    void inSmallPieces(data.regencyTopology ? prepareMapGeometry(data.regencyTopology, data.contextTopology) : [])
      // Boundaries the map cannot draw are the map's to say, as on every page.
      .catch(() => undefined)
      .then(() => {
        mapGiven = true;
        moveMap(steps[state.step]!, true);
      });
  }
}

/**
 * Runs the steps, letting the browser paint and answer a key between pieces of at most a few
 * milliseconds: no long task on the ceremony's first screen (issue 21), whose slowest laptop is
 * the one at the projector.
 */
async function inSmallPieces(steps: Iterable<void>): Promise<void> {
  let since = performance.now();
  for (const piece = steps[Symbol.iterator](); !piece.next().done; ) {
    if (performance.now() - since < PIECE_MS) continue;
    await new Promise((resolve) => setTimeout(resolve, 0));
    since = performance.now();
  }
}

const presenterViewModule = readPresentView(location.search) === 'presenter' ? import('./presenter-view.ts') : null;
// Another area's edition (present.html?province=63&edition=2025): its code loads only then (area-data.ts).
const loaded = area === home.code ? loadPageData().then(withKeptImport) : import('./area-data.ts').then(({ loadArea }) => loadArea(area, areaFolder(area, home.code), dataBase));
const started = Promise.all([loaded, presenterViewModule])
  .then(([{ data, kept }, presenter]) => start(data, kept !== null, presenter), (error: unknown) => {
    renderMessageCard(page.card, PRESENT_MESSAGES[addressLang()].loadFailed);
    console.error(error);
  });
keepOffline(started);
