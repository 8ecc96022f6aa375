// What the site's pages (the app, the desk, the ceremony, the iframe route) do alike: find their
// elements, speak the language the address asks for, hand the reader's choices to the elements, and
// write their own address through the one writer (src/model/url.ts). Everything a page does on its own
// stays in its folder. Markup is written with lit's html`` and render(), which put every string from a
// data file in as text, never as markup.
import type { Dataset } from '../../data/index.ts';
import { PAGE_PROVINCE_ID } from '../../data/files.ts';
import type { ProvinceInfo } from '../../data/province.ts';
import { INDONESIA, NATIONAL_AREA } from '../../data/area.ts';
import { DEFAULT_LANG, toLang, type Lang } from '../../i18n/lang.ts';
import { fill } from '../../i18n/messages.ts';
import type { AppData } from '../../model/load.ts';
import type { MapMetric } from '../../model/metrics.ts';
import { pageAddress, readAddress, type PageAddress } from '../../model/url.ts';
import { sliderYears } from '../../model/years.ts';

/** An element the page's HTML must contain: a missing one is a bug in the page, said plainly. */
export function element<T extends Element>(selector: string, root: ParentNode = document): T {
  const found = root.querySelector<T>(selector);
  if (!found) throw new Error(`${location.pathname.split('/').pop() || 'the page'} has no ${selector}`);
  return found;
}

/** A province as a page names it: its Kemendagri code and its names in both languages. */
export type PageProvince = Pick<ProvinceInfo, 'code' | 'name'>;

/**
 * The deployment's province, as the page's HTML says it (the build writes it from provinces/<code>.json):
 * what the page is titled and keeps its imports under before the data arrive. Once they have, the
 * data's own data/province.json says which province is shown (a data/ folder replaced without a rebuild).
 */
export function siteProvince(): PageProvince {
  return JSON.parse(element<HTMLScriptElement>(`#${PAGE_PROVINCE_ID}`).textContent ?? '') as PageProvince;
}

/**
 * The area a page names: its data's own name (province.json) once they have come; else the deployment's
 * province (the page's HTML) for its own code, Indonesia for the national map, and for another province
 * the regions table's name of it (empty before its data come: the page hides the words until then).
 */
export function areaShown(area: string, home: PageProvince, data?: { province?: ProvinceInfo | null; dataset: AppData['dataset'] } | null): PageProvince {
  if (data?.province) return data.province;
  if (area === home.code) return home;
  const name = area === NATIONAL_AREA ? INDONESIA.name : (data?.dataset.regions.province?.shortName ?? '');
  return { code: area, name: { id: name, en: name } };
}

/**
 * The page's words with the area's name in place of {province}, and `more` in place of theirs (a page with
 * a map: what its areas are called, {units} and the like, src/i18n/unit-words.ts).
 */
export function provinceWords<K extends string>(words: Readonly<Record<K, string>>, province: PageProvince, lang: Lang, more: Readonly<Record<string, string>> = {}): Record<K, string> {
  const name = { ...more, province: province.name[lang] };
  return Object.fromEntries(Object.entries<string>(words).map(([key, text]) => [key, fill(text, name)])) as Record<K, string>;
}

/** The language the address asks for (?lang=en), else Bahasa Indonesia: the province's public first. */
export function addressLang(search: string = location.search): Lang {
  return readAddress(search).lang ?? DEFAULT_LANG;
}

const languageButtons = () => document.querySelectorAll<HTMLButtonElement>('.lang-toggle button[data-lang]');

/**
 * The page's own words in the language: <html lang> (which every element without a lang of its own
 * follows), the title, the text, names and placeholders of the nodes that name a message (data-i18n,
 * data-i18n-label, data-i18n-placeholder), the blocks written in one language (data-lang-block), and
 * which language button is pressed.
 */
export function showLanguage<K extends string>(lang: Lang, words: Readonly<Record<K, string>>, title: string): void {
  document.documentElement.lang = lang;
  document.title = title;
  for (const node of document.querySelectorAll<HTMLElement>('[data-i18n]')) node.textContent = words[node.dataset.i18n as K];
  for (const node of document.querySelectorAll<HTMLElement>('[data-i18n-label]')) node.setAttribute('aria-label', words[node.dataset.i18nLabel as K]);
  for (const node of document.querySelectorAll<HTMLInputElement>('[data-i18n-placeholder]')) node.placeholder = words[node.dataset.i18nPlaceholder as K];
  for (const block of document.querySelectorAll<HTMLElement>('[data-lang-block]')) block.hidden = block.dataset.langBlock !== lang;
  for (const button of languageButtons()) button.setAttribute('aria-pressed', String(button.dataset.lang === lang));
}

/** Calls `choose` with the language of the toggle's button the reader presses. */
export function onLanguageChoice(choose: (lang: Lang) => void): void {
  for (const button of languageButtons()) button.addEventListener('click', () => choose(toLang(button.dataset.lang)));
}

/**
 * The page's own address for `address`: the page's path as the reader opened it (index.html or the
 * folder, or the ceremony's one file under its own name), its query and part from the one writer.
 */
export function ownAddress(address: PageAddress): string {
  const written = new URL(pageAddress(address, location.search), location.href);
  return `${location.pathname}${written.search}${written.hash}`;
}

/** The page's own address, written in place (no new history entry for each choice). */
export function showAddress(address: PageAddress): void {
  history.replaceState(history.state, '', ownAddress(address));
}

/** The elements a page hands the reader's choices to; a page leaves out those it has not. */
export interface ShownElements {
  map?: HTMLElementTagNameMap['paritrana-map'];
  legend?: HTMLElementTagNameMap['paritrana-legend'];
  slider?: HTMLElementTagNameMap['paritrana-year-slider'];
  winners?: HTMLElementTagNameMap['paritrana-winners'];
  details?: HTMLElementTagNameMap['paritrana-region-details'];
}

/** What the elements show: the dataset with its boundaries, and the slider's years (the dataset's unless the page says). */
export interface ShownData extends Pick<AppData, 'dataset' | 'regencyTopology' | 'contextTopology' | 'province'> {
  /** Asked only when the dataset changes. */
  years?: () => ReturnType<typeof sliderYears>;
}

/** The reader's choices. */
export interface ShownChoices {
  year: number;
  /** Kemendagri code of the selected region, or null. */
  selected: string | null;
  lang: Lang;
  metric: MapMetric;
  carryForward: boolean;
}

/** The dataset each element was last handed: a map handed its data again would draw its geometry again. */
const handed = new WeakMap<HTMLElement, Dataset>();

const isNew = (target: HTMLElement | undefined, dataset: Dataset): target is HTMLElement => {
  if (!target || handed.get(target) === dataset) return false;
  handed.set(target, dataset);
  return true;
};

/** Sets the properties on the element, when the page has it. */
const give = <T extends HTMLElement>(target: T | undefined, properties: Partial<T>) => target && Object.assign(target, properties);

/** Hands each element the data (when it is new to it) and the reader's choices. */
export function showChoices({ map, legend, slider, winners, details }: ShownElements, data: ShownData, choices: ShownChoices): void {
  const { dataset } = data;
  const { year, selected, lang, metric, carryForward } = choices;
  if (isNew(map, dataset)) map.data = { dataset, regencyTopology: data.regencyTopology, contextTopology: data.contextTopology, province: data.province };
  if (isNew(slider, dataset)) {
    const { years, marks } = data.years?.() ?? sliderYears(dataset);
    give(slider, { years, editions: marks });
  }
  if (isNew(winners, dataset)) give(winners, { awards: dataset.awards, regions: dataset.regions });
  if (isNew(details, dataset)) details.data = dataset;
  give(map, { lang, year, selected, metric, carryForward });
  give(legend, { lang, metric, carryForward });
  give(slider, { lang, value: year });
  give(winners, { lang, year, selected });
  give(details, { lang, code: selected, year });
}

/**
 * Keeps the site's pages working with no network after this visit (./offline.ts). The worker
 * registers once the page has loaded, has shown what it shows first (`shown`: the page's data drawn)
 * and the browser is idle: its install downloads the whole site (some megabytes), which must not
 * compete with the first screen's data on a slow connection, nor its work with the first drawing.
 */
export function keepOffline(shown: Promise<unknown> = Promise.resolve()): void {
  const register = () => void import('./offline.ts').then(({ registerOfflineWorker }) => registerOfflineWorker());
  const whenIdle = () => ('requestIdleCallback' in window ? requestIdleCallback(register, { timeout: 5_000 }) : setTimeout(register, 1_000));
  const loaded = new Promise<void>((resolve) => (document.readyState === 'complete' ? resolve() : addEventListener('load', () => resolve(), { once: true })));
  // A page whose data failed still gets its offline copy: the failure is said on the page.
  void Promise.all([loaded, shown.catch(() => undefined)]).then(whenIdle);
}
