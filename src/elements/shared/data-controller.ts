// Where an element's data comes from when the page hands it none: an element alone fetches the files
// beside the script (or those its attributes name); an element linked to a map (`for="ID"`) takes the
// map's data, or makes the map's own request, so one fetch serves the map and all its followers.
// `data-managed` says the page hands the data by property: nothing is fetched.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Problem } from '../../data/index.ts';
import { defaultDataBase, loadSharedData, type DataRequest } from '../../model/data-source.ts';
import type { AppData, DataOverrides, FileKey } from '../../model/load.ts';
import type { MapData } from '../map/map-data.ts';
import { safeHref } from '../../render/safe-url.ts';

type Host = ReactiveControllerHost & HTMLElement;

/** The attributes that point one file elsewhere, relative to the page: `coverage-src="/kami/cakupan.csv"`. */
export const DATA_ATTRIBUTES: Readonly<Record<FileKey, string>> = {
  regions: 'regions-src',
  coverage: 'coverage-src',
  awards: 'awards-src',
  regencyTopology: 'boundaries-src',
  contextTopology: 'context-src',
  province: 'province-src',
};

/** The attributes that name a place to fetch from: `data-base` and the file attributes. */
const ADDRESS_ATTRIBUTES: readonly string[] = ['data-base', ...Object.values(DATA_ATTRIBUTES)];

/**
 * What is wrong with the element's address attributes: each must be an http(s) address or a path,
 * relative to the page as any src attribute is ("javascript:..." or "http://[" is neither). Nothing
 * is fetched while one is wrong: the element would otherwise show another deployment's data as if
 * it were the partner's.
 */
function addressProblems(host: Element): Problem[] {
  const problems: Problem[] = [];
  for (const attribute of ADDRESS_ATTRIBUTES) {
    const value = host.getAttribute(attribute);
    if (value && safeHref(value, document.baseURI) === null) {
      problems.push({
        severity: 'error',
        file: `<${host.localName}>`,
        line: null,
        field: attribute,
        found: value,
        expected: 'an http or https address or a path relative to the page',
      });
    }
  }
  return problems;
}

/** What an element asks for, from its attributes (`data-base` names another deployment's root); call addressProblems first. */
export function dataRequest(host: Element, parts: DataRequest['parts'] = 'all'): DataRequest {
  const root = host.getAttribute('data-base');
  const base = root ? new URL(root, document.baseURI) : defaultDataBase(document.baseURI);
  const overrides: DataOverrides = {};
  for (const [key, attribute] of Object.entries(DATA_ATTRIBUTES) as [FileKey, string][]) {
    const value = host.getAttribute(attribute);
    // Relative to the page that wrote the attribute, as any src attribute is.
    if (value) overrides[key] = new URL(value, document.baseURI).href;
  }
  // The area shown (`province="63"`, `province="indonesia"`): another province's regencies, or the national
  // map. Checked where it is resolved (src/model/load-area.ts), whose code loads only for an element that names one.
  const area = host.getAttribute('province');
  // The page's origin and the browser's connection explain a failed request (CORS, offline).
  return { base, overrides, parts, page: { origin: location.origin, online: () => navigator.onLine }, ...(area === null ? {} : { area }) };
}

/** Data as an element receives it: what was loaded, with its problems. */
export interface LoadedData extends MapData {
  problems: readonly Problem[];
}

/**
 * A map's data as a follower receives it. A page may hand a map data without a `problems` list (it
 * shows its own problems): the follower then has none to show.
 */
function fromMapData(data: MapData | AppData): LoadedData {
  const { dataset, regencyTopology, contextTopology, province = null } = data;
  return { dataset, regencyTopology, contextTopology, province, problems: 'problems' in data ? data.problems : [] };
}

export interface DataOptions {
  /** What the element needs when alone: 'tables' (the CSV files, the default) or 'all' (boundaries too). */
  parts?: 'tables' | 'all';
  /** The element's link to a map (its MapLinkController): when it has `for`, the data comes from that map. */
  link?: { readonly linked: Promise<(Element & { readonly data: MapData | null }) | null> };
  /** True when the element has its data already (handed by the page): then nothing is fetched. */
  hasData(): boolean;
  /** The data, once loaded (the element's own, or its map's). */
  onData(data: LoadedData): void;
}

/** How long the data may take before the element says it is late (it keeps waiting). */
const LATE_AFTER_MS = 10_000;

/** Where an element's own data stands: what its loading notice and problems note show. */
export interface DataStatus {
  /** 'idle': nothing asked (the page hands the data, or it has come); 'loading': on its way. */
  phase: 'idle' | 'loading';
  /** Still loading after the element's late threshold (`data-late-after`, else LATE_AFTER_MS). */
  late: boolean;
  /** The problems of the data loaded, or why nothing could be loaded. */
  problems: readonly Problem[];
  /** The template that shows them, loaded only once there are problems (most pages have none). */
  note: ProblemsNote | null;
}

type ProblemsNote = typeof import('./problems-note.ts').problemsNote;

export class DataController implements ReactiveController {
  /** Bumped on every connect and disconnect: a load started for an earlier connection is dropped. */
  #generation = 0;
  #status: Omit<DataStatus, 'note'> = { phase: 'idle', late: false, problems: [] };
  #note: ProblemsNote | null = null;
  #lateTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly host: Host,
    private readonly options: DataOptions,
  ) {
    host.addController(this);
  }

  /** The loading state and the problems, for the element's notice (dataNotice). */
  get status(): DataStatus {
    return { ...this.#status, note: this.#note };
  }

  hostConnected(): void {
    const generation = ++this.#generation;
    // After the current task: a page that sets `.data` right after creating the element wins.
    queueMicrotask(() => void this.#start(generation));
  }

  /** Data handed by the page while a load was on its way: the element has what it needs, so it is not loading. */
  hostUpdate(): void {
    if (this.#status.phase !== 'loading' || !this.options.hasData()) return;
    clearTimeout(this.#lateTimer);
    this.#status = { phase: 'idle', late: false, problems: [] };
    this.host.removeAttribute('aria-busy');
  }

  hostDisconnected(): void {
    this.#generation++;
    this.#setLoading(false);
  }

  async #start(generation: number): Promise<void> {
    if (this.host.hasAttribute('data-managed')) return;
    const { link } = this.options;
    if (link && this.host.hasAttribute('for')) {
      const map = await link.linked;
      if (!map || generation !== this.#generation || this.options.hasData()) return;
      // The map's own request, boundaries included: one fetch serves the map and all its followers.
      if (map.data) this.#deliver(Promise.resolve(fromMapData(map.data)), generation);
      else this.#request(map, 'all', generation);
      return;
    }
    if (!this.options.hasData()) this.#request(this.host, this.options.parts ?? 'tables', generation);
  }

  /** Fetches what `source`'s attributes name, unless one of them is no address at all: that is said instead. */
  #request(source: Element, parts: DataRequest['parts'], generation: number): void {
    const problems = addressProblems(source);
    if (problems.length > 0) {
      this.#update({ phase: 'idle', late: false, problems });
      return;
    }
    this.#deliver(loadSharedData(dataRequest(source, parts)), generation);
  }

  #deliver(pending: Promise<LoadedData>, generation: number): void {
    this.#setLoading(true);
    pending.then(
      (data) => {
        // Dropped when the element left the page, or when the page handed it data meanwhile.
        if (generation !== this.#generation || this.options.hasData()) return;
        this.#setLoading(false, data.problems);
        this.options.onData(data);
      },
      (error: unknown) => {
        if (generation !== this.#generation) return;
        console.error(`${this.host.localName}: the data could not be loaded`, error);
        const found = error instanceof Error ? error.message : String(error);
        this.#setLoading(false, [{ severity: 'error', file: `<${this.host.localName}>`, line: null, field: null, found, expected: 'the data files to load' }]);
      },
    );
  }

  #setLoading(loading: boolean, problems: readonly Problem[] = this.#status.problems): void {
    clearTimeout(this.#lateTimer);
    if (loading) {
      const asked = Number(this.host.getAttribute('data-late-after'));
      this.#lateTimer = setTimeout(() => this.#update({ ...this.#status, late: true }), asked >= 0 && this.host.hasAttribute('data-late-after') ? asked : LATE_AFTER_MS);
    }
    this.#update({ phase: loading ? 'loading' : 'idle', late: false, problems });
  }

  #update(status: Omit<DataStatus, 'note'>): void {
    this.#status = status;
    if (status.problems.length > 0 && !this.#note) {
      void import('./problems-note.ts').then(({ problemsNote }) => {
        this.#note = problemsNote;
        this.host.requestUpdate();
      });
    }
    // Assistive technology waits for the element to settle rather than reading a half-drawn one.
    if (status.phase === 'loading') this.host.setAttribute('aria-busy', 'true');
    else this.host.removeAttribute('aria-busy');
    this.host.requestUpdate();
  }
}
