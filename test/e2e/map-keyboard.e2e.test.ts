// The map walked by keyboard and heard as a screen reader hears it: what each stop says is read from
// the accessibility tree (Playwright's ariaSnapshot of the option the list's aria-activedescendant
// names, the option a screen reader announces). Tab lands on a regency (the selected one); the arrows
// go to the regency lying that way, judged by the regencies' centres on the boundaries the page draws;
// the edge stays; Home, End and a typed name; every stop is ringed on the map and says its figure,
// period, source, legend class and rank, or that it has none and the nearest figure; Enter opens its
// details; Escape leaves the map with the selection kept. In both renderers (the SVG map, in a Chromium
// without WebGL; MapLibre), in the app, the iframe route and a partner's page with the script.
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Page } from 'playwright';
import type { Topology } from 'topojson-specification';
import { regencyCentres } from '../../src/render/map-neighbours.ts';
import type { ParitranaMap } from '../../src/elements/map/map.component.ts';
import { mapRenderer, mapSelected, NO_WEBGL_ARGS, openPage, urlParam, useBrowser, waitForRegencies, waitForWebglMap, WEBGL_TIMEOUT } from './browser.ts';
import { startPartnerSite, type PartnerSite } from './partner-server.ts';

const baseUrl = inject('baseUrl');
const PONTIANAK = '61.71';

/** Each regency's centre (longitude, latitude), from the boundaries the built site draws. */
let centres: Map<string, [number, number]>;
beforeAll(async () => {
  const topology = (await (await fetch(new URL('data/regencies.topo.json', baseUrl))).json()) as Topology;
  centres = new Map(regencyCentres(topology).map(({ code, at }) => [code, at]));
});

const longitude = (code: string) => centres.get(code)![0];

/** Presses Tab, as a reader does from the top of the page, until the keyboard is on the map's regencies. */
async function tabIntoMap(page: Page, selector: string): Promise<void> {
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press('Tab');
    const role = await page.evaluate((s) => document.querySelector(s)?.shadowRoot?.activeElement?.getAttribute('role'), selector);
    if (role === 'listbox') return;
  }
  throw new Error(`Tab never reached the regencies of ${selector}`);
}

/** The regency the keyboard is on: the option the list's aria-activedescendant names. */
async function activeCode(page: Page, selector: string): Promise<string | null> {
  const id = await page.locator(`${selector} [role="listbox"]`).getAttribute('aria-activedescendant');
  return id ? page.locator(`${selector} [id="${id}"]`).getAttribute('data-code') : null;
}

/** What a screen reader announces at the stop: the active option in the accessibility tree ("- option "…" [selected]"). */
async function announced(page: Page, selector: string): Promise<string> {
  const id = await page.locator(`${selector} [role="listbox"]`).getAttribute('aria-activedescendant');
  return page.locator(`${selector} [id="${id}"]`).ariaSnapshot();
}

/** The regencies ringed on the map as the keyboard's stop, in whichever renderer draws it. */
function ringed(page: Page, selector: string): Promise<string[]> {
  return page.evaluate((s) => {
    const map = document.querySelector<ParitranaMap>(s)!;
    const codes = [...map.shadowRoot!.querySelectorAll<HTMLElement>('[role="option"][data-code]')].map((o) => o.dataset.code!);
    if (map.renderer === 'webgl') return codes.filter((id) => map.map!.getFeatureState({ source: 'regencies', id }).focus === true);
    return [...map.shadowRoot!.querySelectorAll('svg .focus-ring')].map((path) => path.getAttribute('data-code')!);
  }, selector);
}

/** The element focused inside the map: 'listbox' on the regencies, 'svg' or 'canvas' on the picture. */
function focusInMap(page: Page, selector: string): Promise<string | null> {
  return page.evaluate((s) => {
    const active = document.querySelector(s)?.shadowRoot?.activeElement;
    return active ? (active.getAttribute('role') === 'listbox' ? 'listbox' : active.localName) : null;
  }, selector);
}

/** A stop with a figure: "Name: 40,86%, tahun 2024, dipublikasikan, sumber host, kelas 40–50%, peringkat 3 dari 5." */
const WITH_FIGURE = (name: string) => new RegExp(`^- '?option "${name}: \\d+(,\\d+)?%, (tahun 2024|per \\w+ 2024), dipublikasikan, sumber [\\w.-]+, kelas [^,]+, peringkat \\d+ dari \\d+\\. `);
/** A stop without one: "Name: Data tidak tersedia untuk 2024. Angka terdekat sebelumnya: 39,21% (Nov 2023)." */
const WITHOUT_FIGURE = (name: string) => new RegExp(`^- '?option "${name}: Data tidak tersedia untuk 2024\\. (Angka terdekat (sebelumnya|sesudahnya): \\d+(,\\d+)?% \\([^)]+\\)|Data tidak tersedia untuk tahun mana pun)`);

/**
 * The walk every page gives: from Kota Pontianak (selected by the page), ArrowRight to a regency east
 * of it, announced and ringed; Enter selects it; the westernmost regency's ArrowLeft stays; Home and
 * End; Escape leaves the list with the selection kept, and Shift+Tab comes back to the selected regency.
 * `onSelected` checks what the page shows of the regency Enter selected.
 */
async function walk(page: Page, selector: string, onSelected: (code: string, name: string) => Promise<void>): Promise<void> {
  await page.locator(selector).scrollIntoViewIfNeeded();
  const list = page.locator(`${selector} [role="listbox"]`);
  await tabIntoMap(page, selector);

  // The list in the accessibility tree: named with the year, every regency an option, the selected one marked.
  const tree = await list.ariaSnapshot();
  expect(tree).toMatch(/^- listbox "Kabupaten\/kota di peta, 2024":\n/);
  expect(tree.match(/^ {2}- '?option "/gm)).toHaveLength(14);
  const names = [...tree.matchAll(/^ {2}- '?option "([^:]+):/gm)].map((m) => m[1]!);

  // Tab lands on the selected regency, announced with its figure, period, source, class and rank.
  expect(await activeCode(page, selector)).toBe(PONTIANAK);
  const pontianak = await announced(page, selector);
  expect(pontianak).toMatch(WITH_FIGURE('Pontianak'));
  expect(pontianak).toMatch(/\[selected\]'?$/);
  await expect.poll(() => ringed(page, selector)).toEqual([PONTIANAK]);

  // ArrowRight: a regency lying east of Pontianak, announced (with its figure, or none and the nearest) and ringed.
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => activeCode(page, selector)).not.toBe(PONTIANAK);
  const east = (await activeCode(page, selector))!;
  expect(longitude(east)).toBeGreaterThan(longitude(PONTIANAK));
  const eastName = (await page.locator(`${selector} [role="option"][data-code="${east}"]`).textContent())!.trim().split(':')[0]!;
  const eastLine = await announced(page, selector);
  expect([WITH_FIGURE(eastName).test(eastLine) || WITHOUT_FIGURE(eastName).test(eastLine), eastLine]).toEqual([true, eastLine]);
  await expect.poll(() => ringed(page, selector)).toEqual([east]);

  // Enter opens it: selected on the map and in the tree, and the page shows its details.
  await page.keyboard.press('Enter');
  await expect.poll(() => mapSelected(page, selector)).toBe(east);
  expect(await announced(page, selector)).toMatch(/\[selected\]'?$/);
  await onSelected(east, eastName);

  // Kubu Raya has no 2024 figure: it says so, and its nearest earlier figure with its month.
  await page.waitForTimeout(800);
  await page.keyboard.type('kubu');
  await expect.poll(() => activeCode(page, selector)).toBe('61.12');
  expect(await announced(page, selector)).toMatch(/^- '?option "Kubu Raya: Data tidak tersedia untuk 2024\. Angka terdekat sebelumnya: \d+(,\d+)?% \(\w+ 2023\)\. /);

  // The westernmost regency: ArrowLeft stays on it; ArrowRight goes east.
  const westernmost = [...centres.keys()].sort((a, b) => longitude(a) - longitude(b))[0]!;
  const westName = (await page.locator(`${selector} [role="option"][data-code="${westernmost}"]`).textContent())!.trim().split(':')[0]!;
  await page.waitForTimeout(800);
  await page.keyboard.type(westName.toLowerCase());
  await expect.poll(() => activeCode(page, selector)).toBe(westernmost);
  await page.keyboard.press('ArrowLeft');
  await page.waitForTimeout(300);
  expect(await activeCode(page, selector)).toBe(westernmost);
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => activeCode(page, selector)).not.toBe(westernmost);
  expect(longitude((await activeCode(page, selector))!)).toBeGreaterThan(longitude(westernmost));

  // Home and End: the first and last names of the list.
  const stopName = async () => /^- '?option "([^:]+):/.exec(await announced(page, selector))?.[1];
  await page.keyboard.press('End');
  await expect.poll(stopName).toBe(names.at(-1));
  await page.keyboard.press('Home');
  await expect.poll(stopName).toBe(names[0]);

  // Escape: out of the list onto the map's picture; nothing ringed; the selection stays.
  await page.keyboard.press('Escape');
  await expect.poll(() => focusInMap(page, selector)).toMatch(/^(svg|canvas)$/);
  expect(await ringed(page, selector)).toEqual([]);
  expect(await mapSelected(page, selector)).toBe(east);
  // Back with Shift+Tab: on the selected regency again.
  await page.keyboard.press('Shift+Tab');
  await expect.poll(() => focusInMap(page, selector)).toBe('listbox');
  expect(await activeCode(page, selector)).toBe(east);
}

/** In the app, Enter's regency is in the address and the region details. */
const appDetails = (page: Page) => async (code: string) => {
  await expect.poll(() => urlParam(page, 'region')).toBe(code);
  const full = await page.evaluate((c) => document.querySelector<ParitranaMap>('#map')!.data!.dataset.regions.byCode.get(c)!.name, code);
  await expect.poll(() => page.locator('#details [part="heading"]').textContent()).toBe(full);
};

describe('the SVG map (a Chromium without WebGL)', () => {
  const session = useBrowser(baseUrl, { args: NO_WEBGL_ARGS });

  test('the app: Tab, arrows by the map, each stop heard and ringed, Enter opens its details, Escape keeps the selection', { timeout: 60_000 }, async () => {
    const { page } = await openPage(session.browser, `${baseUrl}?year=2024&region=${PONTIANAK}`);
    await walk(page, '#map', appDetails(page));
    expect(await mapRenderer(page)).toBe('svg');
    expect(urlParam(page, 'region')).not.toBeNull();
  });

  test('the iframe route, view=map: the same walk', { timeout: 60_000 }, async () => {
    const { page } = await openPage(session.browser, `${baseUrl}embed.html?view=map&year=2024&region=${PONTIANAK}`, { waitForMap: false });
    await waitForRegencies(page, 'paritrana-map');
    await walk(page, 'paritrana-map', async () => {});
    expect(await mapRenderer(page, 'paritrana-map')).toBe('svg');
  });
});

describe('the MapLibre map', () => {
  let partner: PartnerSite;
  beforeAll(async () => {
    partner = await startPartnerSite();
  });
  afterAll(async () => {
    await partner?.close();
  });
  const session = useBrowser(baseUrl, { otherOrigins: () => [partner.origin] });

  test('the app: the same walk, ringed by MapLibre', { timeout: WEBGL_TIMEOUT + 60_000 }, async () => {
    const { page } = await openPage(session.browser, `${baseUrl}?year=2024&region=${PONTIANAK}`, { webgl: true });
    await walk(page, '#map', appDetails(page));
    expect(await mapRenderer(page)).toBe('webgl');
  });

  test("a partner's page with the script: <paritrana-map> and its region details", { timeout: WEBGL_TIMEOUT + 60_000 }, async () => {
    const scriptUrl = new URL('embed/paritrana.js', baseUrl).href;
    const html = `<!doctype html><html lang="id"><head><meta charset="utf-8"><title>Berita Kalbar</title><link rel="icon" href="data:,">
      <script type="module" src="${scriptUrl}"></script></head><body><h1>Berita Kalbar</h1><p><a href="#">Sebelum peta</a></p>
      <paritrana-map id="peta" year="2024" selected="${PONTIANAK}" loading="eager"></paritrana-map>
      <paritrana-region-details for="peta"></paritrana-region-details></body></html>`;
    const { page } = await openPage(session.browser, partner.put('/peta.html', html), { waitForMap: false });
    await waitForRegencies(page, '#peta');
    await waitForWebglMap(page, '#peta');
    await walk(page, '#peta', async (_code, name) => {
      await expect.poll(() => page.locator('paritrana-region-details [part="heading"]').textContent()).toContain(name);
    });
    expect(await mapRenderer(page, '#peta')).toBe('webgl');
  });
});
