// The built site in a real Chromium: the PNG poster says what the screen says. With carry-forward on at
// 2025 the page counts the year's own figures and the carried ones apart, and marks the carried
// regencies on the map and in the legend; the poster must do the same, word for word. The poster's SVG
// is caught where the page hands it to the browser to rasterise (URL.createObjectURL), so nothing is
// added to the page for the test.
import { copyFile } from 'node:fs/promises';
import { describe, expect, inject, test } from 'vitest';
import type { Page } from 'playwright';
import { openPage, useBrowser, screenshotPath } from './browser.ts';

const baseUrl = inject('baseUrl');

const session = useBrowser(baseUrl);

/** Keeps every SVG blob the page turns into an object URL (the poster before it becomes a PNG). */
async function catchSvgBlobs(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const caught: Blob[] = [];
    (window as unknown as { __posterSvgs: Blob[] }).__posterSvgs = caught;
    const create = URL.createObjectURL.bind(URL);
    URL.createObjectURL = (object: Blob | MediaSource) => {
      if (object instanceof Blob && object.type === 'image/svg+xml') caught.push(object);
      return create(object);
    };
  });
}

/** Saves the poster; returns its summary line, legend labels and carried regencies, and the PNG. */
async function savePoster(page: Page, button: string) {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button, exact: true }).click()]);
  const png = await download.path();
  const poster = await page.evaluate(async () => {
    const blobs = (window as unknown as { __posterSvgs: Blob[] }).__posterSvgs;
    const svg = new DOMParser().parseFromString(await blobs.at(-1)!.text(), 'image/svg+xml');
    return {
      summary: svg.querySelector('text.summary')?.textContent ?? null,
      legend: [...svg.querySelectorAll('text.legend-label')].map((t) => t.textContent),
      carried: [...svg.querySelectorAll('path.carried')].map((p) => p.getAttribute('data-code')).sort(),
    };
  });
  return { ...poster, png };
}

/** What the page shows: its summary line, the legend element's labels, the table's carried rows. */
async function onScreen(page: Page) {
  return page.evaluate(() => ({
    summary: document.querySelector('#year-summary')!.textContent!.trim(),
    legend: [...document.querySelector('#legend')!.shadowRoot!.querySelectorAll('[part="label"]')].map((l) => l.textContent),
    carried: [...document.querySelectorAll<HTMLElement>('#figures tbody tr.carried-forward')].map((r) => r.dataset.code).sort(),
  }));
}

describe('the PNG poster is what the screen shows', () => {
  test('2025 with carry-forward on: the same summary (carried counted apart), the same legend with the carried mark, the same carried regencies', async () => {
    const { page } = await openPage(session.browser, `${baseUrl}?year=2025&carry=1`, { before: catchSvgBlobs });
    const screen = await onScreen(page);
    // The page counts the year's own figures apart from the carried ones, and its legend has the mark.
    expect(screen.summary).toMatch(/^4 \D+14\D+2025\D+5\D+$/);
    expect(await page.locator('#legend').evaluate((l) => l.shadowRoot!.querySelectorAll('[part="swatch"].carried-forward').length)).toBe(1);
    expect(screen.carried).toHaveLength(5);

    const poster = await savePoster(page, 'Simpan peta (PNG)');
    expect(poster.summary).toBe(screen.summary);
    expect(poster.legend).toEqual(screen.legend);
    expect(poster.carried).toEqual(screen.carried);
    // For a person to look at (not committed).
    if (poster.png) await copyFile(poster.png, screenshotPath('editions-poster-2025-carry.png'));
  });

  test('in English, and with carry-forward off: no carried mark on either', async () => {
    const { page } = await openPage(session.browser, `${baseUrl}?year=2025&carry=1&lang=en`, { before: catchSvgBlobs });
    const english = await savePoster(page, 'Save map (PNG)');
    const screenEn = await onScreen(page);
    expect(english.summary).toBe(screenEn.summary);
    expect(english.legend).toEqual(screenEn.legend);
    const carriedLabel = english.legend.at(-1);

    await page.locator('#carry-forward').uncheck();
    await expect.poll(() => page.locator('#figures tbody tr.carried-forward').count()).toBe(0);
    const off = await savePoster(page, 'Save map (PNG)');
    const screenOff = await onScreen(page);
    expect(off.summary).toBe(screenOff.summary);
    expect(off.legend).toEqual(screenOff.legend);
    expect(off.legend).toEqual(english.legend.slice(0, -1));
    expect(off.legend).not.toContain(carriedLabel);
    expect(off.carried).toEqual([]);
  });
});
