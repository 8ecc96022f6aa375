// The built site's embedding pages in a real Chromium: the iframe route (embed.html), the embed
// dialog of the page, and the partners' gallery. Every request stays on the site's origin.
import { describe, expect, inject, test } from 'vitest';
import { PAGE_MESSAGES } from '../../src/pages/app/page.messages.ts';
import type { ParitranaMap } from '../../src/elements/map/map.component.ts';
import { openPage, REGENCY_CODES, regencyClasses, waitForRegencies, WEBGL_TIMEOUT, useBrowser } from './browser.ts';
import { screenshots } from './partner-server.ts';

const baseUrl = inject('baseUrl');

const session = useBrowser(baseUrl);

describe('the iframe route', () => {
  test('with no year in the address, the app, the iframe and a map alone open on the same year (one default-year rule)', async () => {
    const yearOf = async (url: string, selector: string) => {
      const { page } = await openPage(session.browser, url, { viewport: { width: 900, height: 700 } });
      await page.waitForFunction((s) => document.querySelector<ParitranaMap>(s)?.year !== undefined, selector);
      return page.evaluate((s) => document.querySelector<ParitranaMap>(s)!.year, selector);
    };
    const app = await yearOf(baseUrl, '#map');
    expect(app).toBe(2024);
    expect(await yearOf(`${baseUrl}embed.html?view=map`, 'paritrana-map')).toBe(app);
    expect(await yearOf(`${baseUrl}embed.html?view=all`, 'paritrana-map')).toBe(app);
  });

  test('embed.html?view=map draws the map in the address\'s year, language and selection, filling the frame, with a credit to the full map', async () => {
    const { page } = await openPage(session.browser, `${baseUrl}embed.html?view=map&year=2023&region=61.04&lang=en`, { viewport: { width: 640, height: 420 } });
    const state = await page.evaluate(() => {
      const map = document.querySelector<ParitranaMap>('paritrana-map')!;
      return { year: map.year, lang: map.lang, selected: map.selected, htmlLang: document.documentElement.lang, managed: map.hasAttribute('data-managed') };
    });
    expect(state).toEqual({ year: 2023, lang: 'en', selected: '61.04', htmlLang: 'en', managed: false });
    expect(Object.keys(await regencyClasses(page, 'paritrana-map')).sort()).toEqual(REGENCY_CODES);
    expect(await page.locator('paritrana-map').boundingBox()).toEqual({ x: 0, y: 0, width: 640, height: 420 });
    // No scrollbars: the frame shows the map and nothing more.
    expect(await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.scrollHeight])).toEqual([640, 420]);
    expect(await page.evaluate(() => getComputedStyle(document.body).margin)).toBe('0px');

    const credit = page.locator('a.credit');
    expect(await credit.getAttribute('target')).toBe('_blank');
    expect(await credit.getAttribute('rel')).toContain('noopener');
    expect(await credit.evaluate((a: HTMLAnchorElement) => a.href)).toBe(`${baseUrl}?year=2023&region=61.04&lang=en`);
    expect(await credit.isVisible()).toBe(true);
  });

  test('view=winners shows only the winners panel of the edition that judged the year, in the language asked for', async () => {
    const { page } = await openPage(session.browser, `${baseUrl}embed.html?view=winners&year=2024&lang=en`, { waitForMap: false });
    const first = page.locator('paritrana-winners li[part~="winner"]').first();
    await expect.poll(() => first.innerText()).toMatch(/^1st place\s+Pemerintah Kabupaten Ketapang\b/);
    expect(await page.locator('paritrana-map').count()).toBe(0);
  });

  test('view=all links every element to one map: the slider moves it, and the credit follows', { timeout: 30_000 }, async () => {
    const { page } = await openPage(session.browser, `${baseUrl}embed.html?view=all&year=2024`, { viewport: { width: 900, height: 600 } });
    const track = page.locator('paritrana-year-slider [role="slider"]');
    await expect.poll(() => track.getAttribute('aria-valuenow')).toBe('2024');
    await track.focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.evaluate(() => document.querySelector<ParitranaMap>('paritrana-map')!.year)).toBe(2025);
    // No edition has judged 2025 yet: the panel says so rather than show 2024's winners.
    await expect.poll(() => page.locator('paritrana-winners h2').first().textContent()).toBe('Paritrana Award');
    await expect.poll(() => page.locator('a.credit').evaluate((a: HTMLAnchorElement) => a.href)).toBe(`${baseUrl}?year=2025`);
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => page.locator('paritrana-winners h2').first().textContent()).toBe('Paritrana Award 2025');
  });
});

describe('the embed dialog', () => {
  test('"Embed" opens the snippets for the state on screen; Copy copies; Escape closes and gives focus back', async () => {
    const { page } = await openPage(session.browser, `${baseUrl}?year=2023&lang=en`, {
      before: (p) => p.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseUrl).origin }),
    });
    const opener = page.getByRole('button', { name: PAGE_MESSAGES.en.embed, exact: true });
    await opener.click();
    const dialog = page.getByRole('dialog', { name: PAGE_MESSAGES.en.embedTitle });
    expect(await dialog.isVisible()).toBe(true);

    const iframeCode = await page.locator('#embed-iframe-code').inputValue();
    expect(iframeCode).toMatch(/^<iframe src="[^"]+" width="100%" height="520" style="border:0" title="[^"]+" loading="lazy"><\/iframe>$/);
    expect(iframeCode).toContain(`src="${baseUrl}embed.html?view=map&amp;year=2023&amp;lang=en"`);
    const scriptCode = await page.locator('#embed-script-code').inputValue();
    expect(scriptCode.split('\n')).toEqual([
      `<script type="module" src="${baseUrl}embed/paritrana.js"></script>`,
      '<paritrana-map id="peta" year="2023" lang="en"></paritrana-map>',
      '<paritrana-year-slider for="peta"></paritrana-year-slider>',
      '<paritrana-legend for="peta"></paritrana-legend>',
      '<paritrana-winners for="peta"></paritrana-winners>',
    ]);

    await dialog.getByRole('button', { name: PAGE_MESSAGES.en.copy }).last().click();
    await expect.poll(() => page.locator('#embed-status').textContent()).toBe(PAGE_MESSAGES.en.copied);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(scriptCode);
    expect(await dialog.getByRole('link', { name: PAGE_MESSAGES.en.embedGalleryLong }).getAttribute('href')).toBe('./gallery.html');

    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('embed-open');
  });
});

describe('the partners\' gallery', () => {
  test('loads the partner script as a partner does; every example runs, with its markup and this site\'s absolute script URL beside it', { timeout: WEBGL_TIMEOUT + 30_000 }, async () => {
    const { page, requests } = await openPage(session.browser, `${baseUrl}gallery.html`, { waitForMap: false });
    expect(requests).toContain(`${baseUrl}embed/paritrana.js`);
    for (const id of ['peta', 'peta-koran', 'peta-2023', 'peta-2025']) await waitForRegencies(page, `#${id}`);
    expect(await page.locator('code[data-snippet="script"]').textContent()).toBe(`<script type="module" src="${baseUrl}embed/paritrana.js"></script>`);
    expect(await page.locator('#alone pre code').first().textContent()).toBe('<paritrana-winners edition="2025"></paritrana-winners>');
    const first = page.locator('#alone paritrana-winners li[part~="winner"]').first();
    await expect.poll(() => first.innerText()).toMatch(/^Juara 1\s+Pemerintah Kabupaten Ketapang\b/);
    // The themed map draws in viridis, and its legend follows it.
    expect(await page.locator('#peta-koran').getAttribute('scheme')).toBe('viridis');
    await expect.poll(() => page.locator('#themed paritrana-legend').getAttribute('scheme')).toBe('viridis');
    // The iframe (lazy) loads its map once scrolled to.
    await page.locator('#iframe iframe').scrollIntoViewIfNeeded();
    const frame = page.frameLocator('#iframe iframe');
    await expect.poll(() => frame.locator('paritrana-map').getAttribute('year'), { timeout: 10_000 }).toBe('2024');
    expect(await page.locator('#iframe pre code').textContent()).toContain(`src="${baseUrl}embed.html?view=map&amp;year=2024`);
    await screenshots(page, 'gallery');
  });
});
