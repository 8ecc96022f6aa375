// axe on every page of the built site, as a reader meets it: the app, the ceremony and its presenter
// view, the partners' gallery (its live examples and iframe included) and each view of the iframe
// route; then every page again on a dark system and under forced colours, in both languages. No violation of moderate impact or worse. axe goes in the way a test's own code does
// (evaluated, not a <script>), so the page keeps its Content-Security-Policy while it is checked.
import axe from 'axe-core';
import { describe, expect, inject, test } from 'vitest';
import type { Page } from 'playwright';
import { openPage, useBrowser, waitForRegencies, WEBGL_TIMEOUT } from './browser.ts';

const baseUrl = inject('baseUrl');
const session = useBrowser(baseUrl);

/** What a reader would be stopped or misled by: axe's serious and critical, and its moderate. */
const IMPACTS = ['moderate', 'serious', 'critical'];

interface Finding {
  rule: string;
  impact: string | null | undefined;
  targets: string[];
}

/** axe's findings of moderate impact or worse on the page, its iframes and its open shadow roots included. */
async function axeFindings(page: Page, rules: Record<string, { enabled: boolean }> = {}): Promise<Finding[]> {
  // In every frame, so axe looks inside the iframes too.
  for (const frame of page.frames()) await frame.evaluate(axe.source);
  // label-content-name-mismatch is experimental in axe, so off unless asked: a button named otherwise than
  // the words it shows cannot be pressed by a voice-control reader saying them.
  const asked = { 'label-content-name-mismatch': { enabled: true }, ...rules };
  const violations = await page.evaluate(async (rules) => (await window.axe.run(document, { resultTypes: ['violations'], rules })).violations, asked);
  return violations
    .filter((violation) => IMPACTS.includes(violation.impact ?? ''))
    .map((violation) => ({ rule: violation.id, impact: violation.impact, targets: violation.nodes.map((node) => JSON.stringify(node.target)) }));
}

declare global {
  interface Window {
    axe: typeof axe;
  }
}

describe('axe on every page: nothing of moderate impact or worse', () => {
  test('the app, a regency chosen, and its embed dialog open', { timeout: WEBGL_TIMEOUT + 30_000 }, async () => {
    const { page } = await openPage(session.browser, `${baseUrl}?year=2024&region=61.04`);
    expect(await axeFindings(page)).toEqual([]);
    await page.locator('#embed-open').click();
    await expect.poll(() => page.locator('#embed-dialog').isVisible()).toBe(true);
    // The dialog's live preview is a frame that starts loading when the dialog opens: axe goes into it
    // once its map is drawn (before that, its page is still navigating and has nothing to check).
    await expect.poll(() => page.frameLocator('#embed-preview').locator('paritrana-map').evaluate((map) => map.shadowRoot?.querySelectorAll('.label[data-code]').length ?? 0), { timeout: WEBGL_TIMEOUT }).toBe(14);
    expect(await axeFindings(page)).toEqual([]);
  });

  test('the ceremony, card by card: title, province, category, nominees, winner, closing', { timeout: WEBGL_TIMEOUT + 40_000 }, async () => {
    const { page } = await openPage(session.browser, `${baseUrl}present.html?edition=2025`, { viewport: { width: 1280, height: 720 } });
    const kinds: string[] = [];
    // Step 12 is the closing card: the 2025 ceremony has three categories and twelve cards.
    for (const step of [1, 2, 3, 4, 5, 12]) {
      while (Number(await page.evaluate(() => document.body.dataset.step)) < step) await page.keyboard.press('PageDown');
      await expect.poll(() => page.evaluate(() => document.body.dataset.step)).toBe(String(step));
      kinds.push((await page.locator('#card').getAttribute('data-kind'))!);
      expect(await axeFindings(page), `step ${step}`).toEqual([]);
    }
    expect(kinds).toEqual(['title', 'province', 'category', 'nominees', 'winner', 'closing']);
  });

  test('the presenter view', async () => {
    const { page } = await openPage(session.browser, `${baseUrl}present.html?edition=2025&view=presenter`, { viewport: { width: 1280, height: 720 }, waitForMap: false });
    await page.waitForSelector('#pv-counter:not(:empty)');
    expect(await axeFindings(page)).toEqual([]);
  });

  test('the data desk, in both languages, with a report of problems and the changes shown', async () => {
    const { page } = await openPage(session.browser, `${baseUrl}desk.html`);
    expect(await axeFindings(page)).toEqual([]);
    const text = 'region_code,period,metric,value,unit,source_url,confidence\n61.05,2024,coverage_pct,41.2,percent,https://example.org/a,high\n6104,2024,coverage_pct,40,percent,https://example.org/a,high\n';
    await page.locator('#file-input').setInputFiles([{ name: 'cakupan.csv', mimeType: 'text/csv', buffer: Buffer.from(text) }]);
    await page.locator('#coverage-changes').waitFor();
    expect(await axeFindings(page)).toEqual([]);
    await page.getByRole('button', { name: 'English' }).click();
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await axeFindings(page)).toEqual([]);
  });

  test('the ceremony on data imported at the desk: the hall\'s screen, and the presenter\'s window with its marker', { timeout: WEBGL_TIMEOUT + 20_000 }, async () => {
    const { page } = await openPage(session.browser, `${baseUrl}desk.html`);
    const awards = 'edition,assessment_period,ceremony_date,level,category,category_label_id,category_label_en,rank,winner_name,winner_type,region_code,source_url,confidence,note,presenter_note\n2026,2025,2026-09-20,provinsi,pemerintah-kabupaten-kota,Pemerintah Kabupaten/Kota,Regency and city governments,1,Pemerintah Kabupaten Sintang,pemerintah-kabupaten,61.05,https://example.org/a,high,,\n';
    await page.locator('#file-input').setInputFiles([{ name: 'penghargaan.csv', mimeType: 'text/csv', buffer: Buffer.from(awards) }]);
    await page.locator('#award-changes').waitFor();
    await page.goto(`${baseUrl}present.html?edition=2026`);
    await page.waitForFunction(() => performance.getEntriesByName('paritrana-ready-svg').length > 0);
    expect(await page.locator('#imported-marker').isVisible()).toBe(false);
    expect(await axeFindings(page)).toEqual([]);
    await page.goto(`${baseUrl}present.html?edition=2026&view=presenter`);
    await page.locator('#imported-marker').waitFor();
    expect(await axeFindings(page)).toEqual([]);
  });

  test('the gallery, its examples and its iframe drawn', { timeout: WEBGL_TIMEOUT + 30_000 }, async () => {
    const { page } = await openPage(session.browser, `${baseUrl}gallery.html`, { waitForMap: false });
    await waitForRegencies(page, '#peta');
    // The iframe loads lazily: brought into view, then its map drawn.
    await page.locator('#iframe iframe').scrollIntoViewIfNeeded();
    await expect.poll(() => page.frameLocator('#iframe iframe').locator('paritrana-map').evaluate((map) => map.shadowRoot!.querySelectorAll('.label[data-code]').length), { timeout: WEBGL_TIMEOUT }).toBe(14);
    expect(await axeFindings(page)).toEqual([]);
  });

  test.each(['map', 'legend', 'year-slider', 'winners', 'region-details', 'all'])('the iframe route, view=%s', async (view) => {
    const { page } = await openPage(session.browser, `${baseUrl}embed.html?view=${view}&year=2024&region=61.04`, { viewport: { width: 900, height: 700 }, waitForMap: false });
    await page.locator('a.credit').waitFor();
    if (view === 'map' || view === 'all') await waitForRegencies(page, 'paritrana-map');
    await page.waitForFunction(() => [...document.querySelectorAll('*')].filter((node) => node.localName.startsWith('paritrana-')).every((node) => node.shadowRoot?.childElementCount));
    expect(await axeFindings(page)).toEqual([]);
  });
});

/** Every page once, for the dark and forced-colours passes (the light pass is above, state by state). */
const PAGES: [name: string, path: string, options: { waitForMap?: boolean; viewport?: { width: number; height: number } }][] = [
  ['the app', '?year=2024&region=61.04', {}],
  ['the app in English', '?year=2024&region=61.04&lang=en', {}],
  ['the iframe route, view=all', 'embed.html?view=all&year=2024&region=61.04', { waitForMap: false, viewport: { width: 900, height: 700 } }],
  ['the iframe route in English', 'embed.html?view=all&year=2024&region=61.04&lang=en', { waitForMap: false, viewport: { width: 900, height: 700 } }],
  ['the data desk', 'desk.html', {}],
  ['the gallery', 'gallery.html', { waitForMap: false }],
  ['the ceremony', 'present.html?edition=2025', { viewport: { width: 1280, height: 720 } }],
  ['the presenter view', 'present.html?edition=2025&view=presenter', { waitForMap: false, viewport: { width: 1280, height: 720 } }],
];

const MODES = {
  dark: { colorScheme: 'dark' },
  'forced colours': { forcedColors: 'active' },
  'forced colours, dark': { colorScheme: 'dark', forcedColors: 'active' },
} as const;

describe.each(Object.keys(MODES) as (keyof typeof MODES)[])('axe, %s: nothing of moderate impact or worse', (mode) => {
  test.each(PAGES)('%s', { timeout: WEBGL_TIMEOUT + 30_000 }, async (_, path, options) => {
    const { page } = await openPage(session.browser, `${baseUrl}${path}`, { ...options, before: (p) => p.emulateMedia(MODES[mode]) });
    await page.waitForLoadState('load');
    // Every element of the page drawn (the gallery's and the iframe route's load as they come).
    await page.waitForFunction(() => [...document.querySelectorAll('*')].filter((node) => node.localName.startsWith('paritrana-')).every((node) => node.shadowRoot?.childElementCount));
    if (path.startsWith('embed.html')) await waitForRegencies(page, 'paritrana-map');
    if (path === 'gallery.html') {
      await waitForRegencies(page, '#peta');
      // The gallery's iframe loads lazily: brought into view and drawn, so axe has a page to look into.
      await page.locator('#iframe iframe').scrollIntoViewIfNeeded();
      await expect.poll(() => page.frameLocator('#iframe iframe').locator('paritrana-map').evaluate((map) => map.shadowRoot!.querySelectorAll('.label[data-code]').length), { timeout: WEBGL_TIMEOUT }).toBe(14);
    }
    if (path.includes('view=presenter')) await page.waitForSelector('#pv-counter:not(:empty)');
    // Under forced colours the browser draws the system's colours over the page's, and axe, which
    // reads the page's own, would measure colours no reader sees: contrast is left to the system there
    // (what must stay drawn is checked in colour-scheme.e2e.test.ts).
    const rules: Record<string, { enabled: boolean }> = mode === 'dark' ? {} : { 'color-contrast': { enabled: false } };
    expect(await axeFindings(page, rules)).toEqual([]);
  });
});
