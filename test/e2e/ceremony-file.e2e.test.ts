// The ceremony as one file (npm run package:offline: upacara-paritrana.html), opened as a presenter
// opens it from a USB stick: file://, no server, and here no network either (every request that is not
// file:// is refused). Every card is the served present.html's, the map is MapLibre's and flies to the
// winners, the presenter's window follows, and the page asks nothing of anything but its own file.
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright';
import type { Topology } from 'topojson-specification';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { CARRIED_FILES_ID } from '../../src/data/files.ts';
import type { ParitranaMap } from '../../src/elements/map/map.component.ts';
import { stepBounds } from '../../src/render/bounds.ts';
import { CARRIED_PATHS, CEREMONY_FILE } from '../../scripts/lib/offline/ceremony-file.ts';
import { writeCeremonyFile } from '../../scripts/package-offline.ts';
import { openPage, screenshotPath, useBrowser, WEBGL_TIMEOUT, type OpenOptions } from './browser.ts';

const siteUrl = inject('baseUrl');
let work: string;
let filePath: string;
let fileUrl: string;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'paritrana-ceremony-file-'));
  filePath = await writeCeremonyFile({ outDir: work });
  fileUrl = pathToFileURL(filePath).href;
  // A Vite build of the ceremony: seconds alone, a minute or more on a loaded two-core machine.
}, 180_000);
afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

// The served site is opened too, to compare: its requests stay on its own origin.
const session = useBrowser(() => fileUrl, { otherOrigins: () => [new URL(siteUrl).origin] });

/** Only the file itself may be read: the network is refused, as in a hall without one. */
const noNetwork: OpenOptions['before'] = (page) => page.context().route('**', (route) => (route.request().url().startsWith('file:') ? route.continue() : route.abort()));

const FULL_HD = { width: 1920, height: 1080 };
const HD = { width: 1280, height: 720 };

/** Each card's kind and words, the presenter pressing PageDown until the last one. */
async function stepThrough(page: Page): Promise<{ kind: string | undefined; text: string }[]> {
  const cards: { kind: string | undefined; text: string }[] = [];
  for (let step = 1; ; step++) {
    await expect.poll(() => page.evaluate(() => document.body.dataset.step)).toBe(String(step));
    cards.push(await page.evaluate(() => {
      const card = document.querySelector<HTMLElement>('#card')!;
      return { kind: card.dataset.kind, text: card.innerText.replace(/\s+/g, ' ').trim() };
    }));
    if (cards.at(-1)!.kind === 'closing') return cards;
    await page.keyboard.press('PageDown');
  }
}

/** The MapLibre camera's centre lies inside the regency's box. */
async function centreInside(page: Page, topology: Topology, code: string): Promise<boolean> {
  const [[west, south], [east, north]] = stepBounds(topology, code)!;
  const [lng, lat] = await page.evaluate(() => document.querySelector<ParitranaMap>('#map')!.map!.getCenter().toArray());
  return lng! >= west && lng! <= east && lat! >= south && lat! <= north;
}

describe('the ceremony in one file', () => {
  test('is one HTML file carrying its script, styles and every data file the loader reads', () => {
    const html = readFileSync(filePath, 'utf8');
    expect(filePath.endsWith(CEREMONY_FILE)).toBe(true);
    expect(html).not.toMatch(/<script[^>]*\ssrc=/);
    expect(html).not.toMatch(/<link[^>]*rel="(stylesheet|modulepreload)"/);
    const block = new RegExp(`<script type="application/json" id="${CARRIED_FILES_ID}">([^<]*)</script>`).exec(html);
    const carried = JSON.parse(block![1]!) as Record<string, string>;
    expect(Object.keys(carried).sort()).toEqual([...CARRIED_PATHS].sort());
    // MapLibre and its worker make most of it; recorded in bench/sizes.md (npm run check:sizes).
    expect(statSync(filePath).size).toBeLessThan(4_000_000);
  });

  test('plays the 2025 ceremony from file:// with no network, card for card as the site does, the camera on each winner',
    { timeout: 3 * WEBGL_TIMEOUT + 60_000 }, async () => {
      const { page, requests } = await openPage(session.browser, fileUrl, { viewport: FULL_HD, before: noNetwork, webgl: true });
      // No ?edition=: the latest edition plays, as on present.html.
      const cards = await stepThrough(page);
      expect(cards[0]!.text).toMatch(/Paritrana Award 2025/);
      const ketapang = cards.findIndex((card) => card.kind === 'winner' && /Ketapang/.test(card.text));
      expect(ketapang).toBeGreaterThan(0);
      await page.screenshot({ path: screenshotPath('ceremony-file-closing-1920x1080.png') });

      // Back to Ketapang's card: MapLibre's camera goes there, as on the site.
      await page.keyboard.press('Home');
      for (let step = 0; step < ketapang; step++) await page.keyboard.press('PageDown');
      await expect.poll(() => page.evaluate(() => document.body.dataset.step)).toBe(String(ketapang + 1));
      const topology = JSON.parse(await page.evaluate((id) => (JSON.parse(document.getElementById(id)!.textContent!) as Record<string, string>)['data/regencies.topo.json']!, CARRIED_FILES_ID)) as Topology;
      await expect.poll(() => centreInside(page, topology, '61.04'), { timeout: WEBGL_TIMEOUT }).toBe(true);
      await page.screenshot({ path: screenshotPath('ceremony-file-ketapang-1920x1080.png') });
      expect(requests.filter((url) => !url.startsWith('file:') && !url.startsWith('data:'))).toEqual([]);

      // The same ceremony as present.html served, on the same map (the screenshots are for a person to compare).
      const site = await openPage(session.browser, `${siteUrl}present.html`, { viewport: FULL_HD, webgl: true });
      expect(await stepThrough(site.page)).toEqual(cards);
      await site.page.screenshot({ path: screenshotPath('ceremony-site-closing-1920x1080.png') });
    });

  test('?edition= chooses another edition of the data', async () => {
    const { page } = await openPage(session.browser, `${fileUrl}?edition=2023`, { viewport: HD, before: noNetwork });
    await expect.poll(() => page.evaluate(() => document.querySelector('#card h1')?.textContent)).toMatch(/Paritrana Award 2023/);
    await page.screenshot({ path: screenshotPath('ceremony-file-2023-1280x720.png') });
  });

  // Chromium gives file:// pages one storage origin, so the two windows hear each other.
  test('the presenter\'s window (P) opens the same file and the hall\'s screen follows it', { timeout: 90_000 }, async () => {
    const { page: hall } = await openPage(session.browser, fileUrl, { viewport: HD, before: noNetwork });
    const opening = hall.context().waitForEvent('page');
    await hall.keyboard.press('p');
    const presenter = await opening;
    await expect.poll(() => presenter.evaluate(() => document.body.dataset.view)).toBe('presenter');
    expect(new URL(presenter.url()).pathname).toBe(new URL(fileUrl).pathname);
    // No service worker to wait for: the file holds everything, and says so.
    await expect.poll(() => presenter.evaluate(() => document.querySelector<HTMLElement>('#pv-offline')?.dataset.ready)).toBe('true');
    await presenter.keyboard.press('PageDown');
    await presenter.keyboard.press('PageDown');
    await expect.poll(() => hall.evaluate(() => document.body.dataset.step)).toBe('3');
    await hall.screenshot({ path: screenshotPath('ceremony-file-step-3-1280x720.png') });
  });
});
