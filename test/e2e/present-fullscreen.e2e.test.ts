// Presenter mode's full screen: F asks for it (a key press is the user gesture the browser wants), F
// again or Esc leaves it, and Esc in full screen leaves only the full screen, not the ceremony.
import { describe, expect, inject, test } from 'vitest';
import type { Page } from 'playwright';
import { openPage, urlParam, useBrowser } from './browser.ts';

const baseUrl = inject('baseUrl');

const session = useBrowser(baseUrl);

function fullscreenElement(page: Page): Promise<string | null> {
  return page.evaluate(() => document.fullscreenElement?.nodeName ?? null);
}

describe('presenter mode full screen', () => {
  test('F enters full screen and leaves it; Esc in full screen leaves it and stays on the card', async () => {
    const { page } = await openPage(session.browser, `${baseUrl}present.html?edition=2025&step=5`, { viewport: { width: 1280, height: 720 } });
    // A refusal (fullscreenerror) must not pass unnoticed. The changes themselves are read from
    // document.fullscreenElement: fullscreenchange fires a frame or more later, by when a quick
    // in-out may be over.
    await page.evaluate(() => {
      const refusals: string[] = ((window as unknown as { fullscreenRefusals: string[] }).fullscreenRefusals = []);
      document.addEventListener('fullscreenerror', () => refusals.push('fullscreenerror'));
    });
    const refusals = () => page.evaluate(() => (window as unknown as { fullscreenRefusals: string[] }).fullscreenRefusals);
    expect(await fullscreenElement(page)).toBeNull();

    await page.keyboard.press('f');
    await expect.poll(() => fullscreenElement(page), { timeout: 5_000 }).toBe('HTML');
    await page.keyboard.press('F');
    await expect.poll(() => fullscreenElement(page), { timeout: 5_000 }).toBeNull();

    await page.keyboard.press('F');
    await expect.poll(() => fullscreenElement(page), { timeout: 5_000 }).toBe('HTML');
    await page.keyboard.press('Escape');
    await expect.poll(() => fullscreenElement(page), { timeout: 5_000 }).toBeNull();
    expect(await refusals()).toEqual([]);

    // Still the ceremony, on the same step: Esc out of full screen is not Esc out of presenter mode.
    expect(new URL(page.url()).pathname).toMatch(/present\.html$/);
    expect(urlParam(page, 'step')).toBe('5');
    expect(await page.evaluate(() => document.querySelector<HTMLElement>('#card')!.dataset.kind)).toBe('winner');
  });
});
