// The built site's embedding pages in a real Chromium: the iframe route (embed.html), the embed
// dialog of the page, and the partners' gallery. Every request stays on the site's origin.
import { describe, expect, inject, test } from 'vitest';
import { PAGE_MESSAGES } from '../../src/pages/app/page.messages.ts';
import { SHARE_MESSAGES } from '../../src/pages/app/share.messages.ts';
import type { ParitranaMap } from '../../src/elements/map/map.component.ts';
import type { Page } from 'playwright';
import { openPage, REGENCY_CODES, regencyClasses, screenshotPath, waitForRegencies, WEBGL_TIMEOUT, useBrowser } from './browser.ts';
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

  test('embed.html?view=map draws the map in the address\'s year, language and selection, filling the frame\'s width, with a credit to the full map', async () => {
    const { page } = await openPage(session.browser, `${baseUrl}embed.html?view=map&year=2023&region=61.04&lang=en`, { viewport: { width: 640, height: 420 } });
    const state = await page.evaluate(() => {
      const map = document.querySelector<ParitranaMap>('paritrana-map')!;
      return { year: map.year, lang: map.lang, selected: map.selected, htmlLang: document.documentElement.lang, managed: map.hasAttribute('data-managed') };
    });
    expect(state).toEqual({ year: 2023, lang: 'en', selected: '61.04', htmlLang: 'en', managed: false });
    expect(Object.keys(await regencyClasses(page, 'paritrana-map')).sort()).toEqual(REGENCY_CODES);
    // As tall as the frame leaves it, and centred, at most 1.9 times as wide (embed-page.css).
    const box = (await page.locator('paritrana-map').boundingBox())!;
    expect(box.height).toBeGreaterThanOrEqual(12 * 16);
    expect(box.width).toBeCloseTo(Math.min(640, 1.9 * box.height), 0);
    expect(Math.abs(box.x + box.width / 2 - 320)).toBeLessThanOrEqual(1);
    expect(await page.evaluate(() => getComputedStyle(document.body).margin)).toBe('0px');

    const credit = page.locator('a.credit');
    expect(await credit.getAttribute('target')).toBe('_blank');
    expect(await credit.getAttribute('rel')).toContain('noopener');
    expect(await credit.evaluate((a: HTMLAnchorElement) => a.href)).toBe(`${baseUrl}?year=2023&region=61.04&lang=en`);
    expect(await credit.isVisible()).toBe(true);
  });

  /** What the frame shows without scrolling: the title's text, and whether legend, map and credit are wholly inside. */
  async function inFrame(page: Page) {
    return page.evaluate(() => {
      const inside = (selector: string) => {
        const box = document.querySelector(selector)!.getBoundingClientRect();
        return box.height > 0 && box.top >= 0 && box.left >= 0 && box.bottom <= innerHeight + 0.5 && box.right <= innerWidth + 0.5;
      };
      return {
        title: document.querySelector('h1')?.textContent,
        legend: inside('paritrana-legend'),
        map: inside('paritrana-map'),
        credit: inside('a.credit'),
        scrollWidth: document.documentElement.scrollWidth,
      };
    });
  }

  for (const width of [320, 700, 1200]) {
    test(`view=map in a ${width} x 520 frame says what it shows: title with metric and year, legend, map and source credit, all inside the frame`, async () => {
      // No year in the address: the title shows the year the map opens on, once its data is in.
      const { page } = await openPage(session.browser, `${baseUrl}embed.html?view=map&carry=1`, { viewport: { width, height: 520 } });
      await expect.poll(() => inFrame(page)).toEqual({ title: 'Cakupan kepesertaan (%), 2024', legend: true, map: true, credit: true, scrollWidth: width });
      // With carry=1 the legend explains the dots.
      expect(await page.locator('paritrana-legend').getByText('Memakai angka tahun sebelumnya').isVisible()).toBe(true);
      expect(await page.locator('.embed-foot').innerText()).toMatch(/^Sumber: berita dan siaran resmi, dihimpun oleh Peta Paritrana/);
      await page.screenshot({ path: screenshotPath(`embed-map-${width}.png`) });
    });
  }

  test('view=map in a wide, short frame (1600 x 400) narrows the map, centred, so the neighbouring land never ends in a straight edge', async () => {
    const { page } = await openPage(session.browser, `${baseUrl}embed.html?view=map`, { viewport: { width: 1600, height: 400 } });
    await expect.poll(() => inFrame(page)).toEqual({ title: 'Cakupan kepesertaan (%), 2024', legend: true, map: true, credit: true, scrollWidth: 1600 });
    const box = (await page.locator('paritrana-map').boundingBox())!;
    // The context land is drawn about twice as wide as the map is tall (embed-page.css).
    expect(box.width / box.height).toBeLessThanOrEqual(1.91);
    expect(Math.abs(box.x + box.width / 2 - 800)).toBeLessThanOrEqual(1);
    await page.screenshot({ path: screenshotPath('embed-map-1600x400.png') });
  });

  test('view=map follows the map: the title and credit take the year the reader moves it to', async () => {
    const { page } = await openPage(session.browser, `${baseUrl}embed.html?view=map&year=2023&lang=en&metric=participants_active`, { viewport: { width: 700, height: 520 } });
    await expect.poll(() => page.locator('h1').textContent()).toBe('Active participants, 2023');
    await page.evaluate(() => {
      document.querySelector<ParitranaMap>('paritrana-map')!.year = 2024;
    });
    await expect.poll(() => page.locator('h1').textContent()).toBe('Active participants, 2024');
  });

  test('view=all in a fixed 520 px frame scrolls inside: nothing is cut, the credit is at the end', async () => {
    const { page } = await openPage(session.browser, `${baseUrl}embed.html?view=all&year=2024`, { viewport: { width: 700, height: 520 } });
    await expect.poll(() => page.locator('h1').textContent()).toBe('Cakupan kepesertaan (%), 2024');
    const sizes = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      scrollHeight: document.documentElement.scrollHeight,
      pageHeight: document.querySelector('.embed-foot')!.getBoundingClientRect().bottom + scrollY,
    }));
    expect(sizes.scrollWidth).toBe(700);
    expect(sizes.scrollHeight).toBeGreaterThan(520);
    // The document scrolls to all of the page: no part of it is clipped by the frame's height.
    expect(Math.abs(sizes.scrollHeight - sizes.pageHeight)).toBeLessThanOrEqual(1);
    await page.screenshot({ path: screenshotPath('embed-all-520.png') });
    await page.locator('a.credit').scrollIntoViewIfNeeded();
    expect(await page.locator('a.credit').isVisible()).toBe(true);
    await page.screenshot({ path: screenshotPath('embed-all-520-end.png') });
  });

  test('a legend or a year slider alone says what it is about: a title with the metric and year, and the credit', async () => {
    for (const [address, heading] of [
      ['embed.html?view=legend&year=2024', 'Cakupan kepesertaan (%), 2024'],
      ['embed.html?view=year-slider&year=2023&lang=en', 'Coverage (%), 2023'],
    ] as const) {
      const { page } = await openPage(session.browser, `${baseUrl}${address}`, { viewport: { width: 320, height: 400 }, waitForMap: false });
      await expect.poll(() => page.locator('h1.embed-title').textContent()).toBe(heading);
      expect(await page.locator('a.credit').isVisible()).toBe(true);
    }
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
  test('"Embed" opens the snippets for the state on screen; Copy copies; Escape closes and gives focus back', { timeout: 60_000 }, async () => {
    const { page } = await openPage(session.browser, `${baseUrl}?year=2023&lang=en`, {
      before: (p) => p.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseUrl).origin }),
    });
    const opener = page.getByRole('button', { name: PAGE_MESSAGES.en.embed, exact: true });
    await opener.click();
    const dialog = page.getByRole('dialog', { name: PAGE_MESSAGES.en.embedTitle });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    // The snippets are named for what they are, in the reader's language.
    expect(await dialog.getByRole('heading', { level: 3 }).allTextContents()).toEqual([SHARE_MESSAGES.en.embedIframe, SHARE_MESSAGES.en.embedScript, SHARE_MESSAGES.en.embedPreview]);

    const iframeCode = await page.locator('#embed-iframe-code').inputValue();
    // The frame, then the few lines that let it grow to its content (embed-partner.e2e.test.ts runs them).
    const [frameLine, resizeLine, ...rest] = iframeCode.split('\n');
    expect(rest).toEqual([]);
    expect(frameLine).toMatch(/^<iframe src="[^"]+" width="100%" height="520" style="border:0" title="[^"]+" loading="lazy"><\/iframe>$/);
    expect(frameLine).toContain('title="Map of BPJS Ketenagakerjaan coverage by regency and city, West Kalimantan, 2023"');
    expect(resizeLine).toMatch(/^<script>addEventListener\("message",.*<\/script>$/);
    expect(iframeCode).toContain(`src="${baseUrl}embed.html?view=map&amp;year=2023&amp;lang=en"`);
    const scriptCode = await page.locator('#embed-script-code').inputValue();
    expect(scriptCode.split('\n').map((line) => line.trim())).toEqual([
      `<script type="module" src="${baseUrl}embed/paritrana.js"></script>`,
      '<figure style="display:grid;gap:16px;margin:24px 0">',
      '<h2 style="margin:0">BPJS Ketenagakerjaan coverage by regency and city, West Kalimantan, <span data-paritrana-year="peta">2023</span></h2>',
      '<paritrana-legend for="peta"></paritrana-legend>',
      '<paritrana-map id="peta" year="2023" lang="en"></paritrana-map>',
      `<figcaption style="font-size:0.875em">${SHARE_MESSAGES.en.source} <a href="${baseUrl}?year=2023&amp;lang=en">Peta Paritrana</a></figcaption>`,
      '</figure>',
    ]);

    // The preview is the iframe's frame, at the height chosen.
    const preview = page.locator('#embed-preview');
    expect(await preview.getAttribute('src')).toBe(`${baseUrl}embed.html?view=map&year=2023&lang=en`);
    expect((await preview.boundingBox())!.height).toBeCloseTo(520, 0);
    await expect.poll(() => page.frameLocator('#embed-preview').locator('h1').textContent(), { timeout: 30_000 }).toBe('Coverage (%), 2023');

    // All the elements, 900 px tall: the preview, the frame and the script follow.
    await dialog.getByLabel(SHARE_MESSAGES.en.embedViewAll).check();
    await page.locator('#embed-height').fill('900');
    await page.locator('#embed-height').press('Tab');
    expect(await preview.getAttribute('src')).toBe(`${baseUrl}embed.html?view=all&year=2023&lang=en`);
    expect((await preview.boundingBox())!.height).toBeCloseTo(900, 0);
    expect(await page.locator('#embed-iframe-code').inputValue()).toContain('embed.html?view=all&amp;year=2023&amp;lang=en" width="100%" height="900"');
    const allScript = await page.locator('#embed-script-code').inputValue();
    expect(allScript).toContain('<paritrana-year-slider for="peta"></paritrana-year-slider>');
    expect(allScript).toContain('<paritrana-winners for="peta"></paritrana-winners>');

    await dialog.getByRole('button', { name: PAGE_MESSAGES.en.copy }).last().click();
    await expect.poll(() => page.locator('#embed-status').textContent()).toBe(PAGE_MESSAGES.en.copied);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(allScript);
    expect(await dialog.getByRole('link', { name: PAGE_MESSAGES.en.embedGalleryLong }).getAttribute('href')).toBe('./gallery.html');
    await page.screenshot({ path: screenshotPath('embed-dialog.png'), fullPage: true });

    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('embed-open');
  });

  test('in Bahasa Indonesia, for the change metric: the frame\'s name reads naturally', { timeout: 30_000 }, async () => {
    const { page } = await openPage(session.browser, `${baseUrl}?year=2024&metric=coverage_change_pp`);
    await page.getByRole('button', { name: PAGE_MESSAGES.id.embed, exact: true }).click();
    await expect.poll(() => page.locator('#embed-iframe-code').inputValue()).toContain(
      'title="Peta perubahan cakupan kepesertaan BPJS Ketenagakerjaan dari tahun sebelumnya per kabupaten/kota, Kalimantan Barat, 2024"',
    );
    expect(await page.getByRole('heading', { name: SHARE_MESSAGES.id.embedScript }).isVisible()).toBe(true);
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
