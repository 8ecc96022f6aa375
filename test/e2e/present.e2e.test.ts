// Presenter mode (present.html) in the built site: the award ceremony driven by the keys a clicker
// sends, the map following every winner, the black screen, reduced motion, a reload resuming, and
// Escape never ending the show.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, inject, test } from 'vitest';
import type { Page } from 'playwright';
import type { Topology } from 'topojson-specification';
import type { ParitranaMap } from '../../src/elements/map/map.component.ts';
import { stepBounds } from '../../src/render/bounds.ts';
import { mapSelected, openPage, urlParam, waitForSvgMap, WEBGL_TIMEOUT, useBrowser, screenshotPath } from './browser.ts';

const baseUrl = inject('baseUrl');
const topology = JSON.parse(readFileSync(fileURLToPath(new URL('../../dist/data/regencies.topo.json', import.meta.url)), 'utf8')) as Topology;
const FULL_HD = { width: 1920, height: 1080 };

const session = useBrowser(baseUrl);

interface Card {
  kind: string | undefined;
  heading: string | null | undefined;
  code: string | undefined;
}

function card(page: Page): Promise<Card> {
  return page.evaluate(() => {
    const node = document.querySelector<HTMLElement>('#card')!;
    return { kind: node.dataset.kind, heading: node.querySelector('h1')?.textContent, code: node.dataset.code };
  });
}

/** The 2025 ceremony, step by step: what the card shows and what the map selects. */
const CEREMONY: { kind: string; heading?: RegExp; selected: string | null }[] = [
  { kind: 'title', heading: /^Paritrana Award 2025$/, selected: null },
  { kind: 'province', selected: null },
  { kind: 'category', heading: /^Pemerintah Kabupaten\/Kota$/, selected: null },
  { kind: 'nominees', heading: /^Pemerintah Kabupaten\/Kota$/, selected: null },
  { kind: 'winner', heading: /Sekadau/, selected: '61.09' },
  { kind: 'winner', heading: /Mempawah/, selected: '61.02' },
  { kind: 'winner', heading: /Ketapang/, selected: '61.04' },
  { kind: 'category', heading: /Inovasi/, selected: null },
  { kind: 'winner', heading: /Bengkayang/, selected: '61.07' },
  { kind: 'category', heading: /^Kategori tidak disebutkan$/, selected: null },
  { kind: 'winner', heading: /Pontianak/, selected: '61.71' },
  { kind: 'closing', selected: null },
];

async function expectStep(page: Page, index: number): Promise<void> {
  const expected = CEREMONY[index]!;
  await expect.poll(async () => (await card(page)).kind).toBe(expected.kind);
  const shown = await card(page);
  if (expected.heading) expect(shown.heading).toMatch(expected.heading);
  expect(await mapSelected(page)).toBe(expected.selected);
  expect(urlParam(page, 'step')).toBe(String(index + 1));
}

/** The MapLibre camera's centre lies inside the regency's box. */
async function centreInside(page: Page, code: string): Promise<boolean> {
  const [[west, south], [east, north]] = stepBounds(topology, code)!;
  const centre = await page.evaluate(() => document.querySelector<ParitranaMap>('#map')!.map!.getCenter().toArray());
  return centre[0]! >= west && centre[0]! <= east && centre[1]! >= south && centre[1]! <= north;
}

async function blackoutVisible(page: Page): Promise<boolean> {
  return page.locator('#blackout').isVisible();
}

describe('presenter mode', () => {
  test('reveals the 2025 ceremony in order by PageDown, the map flying to each winner; PageUp, Home, End, B and a reload', { timeout: WEBGL_TIMEOUT + 45_000 }, async () => {
    const { page } = await openPage(session.browser, `${baseUrl}present.html?edition=2025`, { viewport: FULL_HD, webgl: true });
    await expectStep(page, 0);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('id');
    expect(await page.locator('#card').textContent()).toMatch(/24\sSeptember\s2025/);
    expect(await page.locator('#card .subheading').textContent()).toBe('Kalimantan Barat');
    expect(await page.evaluate(() => document.querySelector<ParitranaMap>('#map')!.year)).toBe(2024);
    // Readable from the back of the hall: the heading at least 48 px at 1080 p.
    expect(await page.evaluate(() => parseFloat(getComputedStyle(document.querySelector('#card h1')!).fontSize))).toBeGreaterThanOrEqual(48);
    await page.screenshot({ path: screenshotPath('present-title-1080.png') });

    for (let index = 1; index < CEREMONY.length; index++) {
      await page.keyboard.press('PageDown');
      await expectStep(page, index);
      const code = CEREMONY[index]!.selected;
      if (code) await expect.poll(() => centreInside(page, code), { timeout: 10_000 }).toBe(true);
      if (index === 2) await page.screenshot({ path: screenshotPath('present-category-1080.png') });
      if (index === 6) {
        await page.waitForFunction(() => !document.querySelector<ParitranaMap>('#map')!.map!.isMoving());
        const text = await page.locator('#card').textContent();
        expect(text).toContain('68,02%');
        expect(text).toContain('naik 12,33 persen poin sejak 2023');
        await page.screenshot({ path: screenshotPath('present-winner-1080.png') });
      }
    }
    // Past the end stays on the closing card.
    await page.keyboard.press('PageDown');
    await expectStep(page, CEREMONY.length - 1);

    await page.keyboard.press('PageUp');
    await expectStep(page, CEREMONY.length - 2);
    await page.keyboard.press('ArrowLeft');
    await expectStep(page, CEREMONY.length - 3);
    await page.keyboard.press('Home');
    await expectStep(page, 0);
    await page.keyboard.press('End');
    await expectStep(page, CEREMONY.length - 1);
    await page.keyboard.press('Home');
    await page.keyboard.press('Space');
    await expectStep(page, 1);
    // A click is "next", as a mouse used as a clicker.
    await page.mouse.click(1800, 500);
    await expectStep(page, 2);

    expect(await blackoutVisible(page)).toBe(false);
    await page.keyboard.press('b');
    expect(await blackoutVisible(page)).toBe(true);
    await page.keyboard.press('b');
    expect(await blackoutVisible(page)).toBe(false);
    await page.keyboard.press('.');
    expect(await blackoutVisible(page)).toBe(true);
    await page.keyboard.press('.');
    expect(await blackoutVisible(page)).toBe(false);

    // A reload resumes where the address says.
    await page.keyboard.press('End');
    await page.keyboard.press('PageUp');
    await page.keyboard.press('PageUp');
    await page.keyboard.press('PageUp');
    await expectStep(page, CEREMONY.length - 4);
    await page.reload();
    await waitForSvgMap(page);
    await expectStep(page, CEREMONY.length - 4);

    // Esc outside full screen does not end the show, not even pressed twice by reflex: the keys after
    // it still move the cards, on this page.
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await page.keyboard.press('PageDown');
    await expectStep(page, CEREMONY.length - 3);
    expect(new URL(page.url()).pathname).toMatch(/present\.html$/);
    // The hall's screen shows no control of its own (the map's zoom buttons are hidden by present.css).
    expect(await page.evaluate(() => document.querySelectorAll('button').length)).toBe(0);
  });

  test('with reduced motion the map jumps, without flying, to each winner', { timeout: WEBGL_TIMEOUT + 30_000 }, async () => {
    const { page } = await openPage(session.browser, `${baseUrl}present.html?edition=2025&step=3`, {
      viewport: { width: 1280, height: 720 },
      webgl: true,
      before: (p) => p.emulateMedia({ reducedMotion: 'reduce' }),
    });
    await expectStep(page, 2);
    for (let index = 3; index < CEREMONY.length; index++) {
      await page.keyboard.press('PageDown');
      await expectStep(page, index);
      const code = CEREMONY[index]!.selected;
      if (!code) continue;
      // No flight: the camera is already there, and still.
      expect(await page.evaluate(() => document.querySelector<ParitranaMap>('#map')!.map!.isMoving())).toBe(false);
      expect(await centreInside(page, code)).toBe(true);
    }
    await page.screenshot({ path: screenshotPath('present-closing-720.png') });
  });

  test("the app's own address with present=1 opens the same ceremony (a link written either way works)", async () => {
    const { page } = await openPage(session.browser, `${baseUrl}?present=1&edition=2025&lang=en&step=5`, { viewport: FULL_HD });
    await expect.poll(() => new URL(page.url()).pathname).toMatch(/\/present\.html$/);
    expect(new URL(page.url()).searchParams.get('present')).toBeNull();
    expect(urlParam(page, 'edition')).toBe('2025');
    await expect.poll(async () => (await card(page)).heading).toBe('Pemerintah Kabupaten Sekadau');
  });

  test('speaks English when the address asks', async () => {
    const { page } = await openPage(session.browser, `${baseUrl}present.html?edition=2025&lang=en&step=7`, { viewport: { width: 1280, height: 720 } });
    await expect.poll(async () => (await card(page)).heading).toBe('Pemerintah Kabupaten Ketapang');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    const text = await page.locator('#card').textContent();
    expect(text).toContain('1st place');
    expect(text).toContain('68.02%');
    await page.screenshot({ path: screenshotPath('present-winner-en-720.png') });
  });

  test('the app links to presenter mode at the edition and language it shows (year 2024: the 2025 edition, which judged it)', async () => {
    const { page } = await openPage(session.browser, `${baseUrl}?year=2024&lang=en`);
    const link = page.locator('#present-link');
    await expect.poll(() => link.textContent()).toBe('Presenter mode');
    expect(await link.getAttribute('href')).toBe('./present.html?edition=2025&lang=en');
    await link.click();
    await page.waitForURL(/present\.html\?edition=2025&lang=en/);
    await expect.poll(async () => (await card(page)).heading).toBe('Paritrana Award 2025');
    expect(await page.locator('#card .subheading').textContent()).toBe('West Kalimantan');
  });
});
