// The one-tag script as an autoloader (src/pages/script/paritrana.ts): on a partner's page on another
// origin, it defines the paritrana-* elements it finds and those added later, fetching each element's
// code only when its tag appears, and never the map's code or MapLibre on a page without a map.
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Page } from 'playwright';
import { openPage, waitForRegencies, useBrowser } from './browser.ts';
import { startPartnerSite, type PartnerSite } from './partner-server.ts';

const baseUrl = inject('baseUrl');
const scriptUrl = new URL('embed/paritrana.js', baseUrl).href;
const scriptTag = `<script type="module" src="${scriptUrl}"></script>`;

/** The map element's chunk (embed/chunks/map-HASH.js), MapLibre and its worker. */
const MAP_CODE = /\/embed\/chunks\/(map-[\w-]+\.js|maplibre)/;
const THREE = '<paritrana-legend></paritrana-legend><paritrana-year-slider></paritrana-year-slider><paritrana-winners edition="2025"></paritrana-winners>';

function page(head: string, body: string): string {
  return `<!doctype html><html lang="id"><head><meta charset="utf-8"><title>Berita Kalbar</title><link rel="icon" href="data:,">${head}</head><body>${body}</body></html>`;
}

let partner: PartnerSite;
beforeAll(async () => {
  partner = await startPartnerSite();
});
afterAll(async () => {
  await partner?.close();
});
const session = useBrowser(baseUrl, { otherOrigins: () => [partner.origin] });

const defined = (p: Page, tag: string) => p.evaluate((t) => customElements.get(t) !== undefined, tag);
const winnerRows = (p: Page) => p.locator('paritrana-winners li[part~="winner"]').count();

async function waitForTheThree(p: Page): Promise<void> {
  await expect.poll(() => winnerRows(p), { timeout: 15_000 }).toBeGreaterThan(0);
  await expect.poll(() => p.locator('paritrana-year-slider [role="slider"]').getAttribute('aria-valuenow')).toMatch(/^\d{4}$/);
  await expect.poll(() => p.locator('paritrana-legend [part~="entry"]').count()).toBeGreaterThan(0);
}

describe('embed/paritrana.js, the autoloader', () => {
  test('a page with legend, year slider and winners defines the three and never requests the map chunk or MapLibre', async () => {
    const { page: p, requests } = await openPage(session.browser, partner.put('/three.html', page(scriptTag, THREE)), { waitForMap: false });
    await waitForTheThree(p);
    await p.waitForLoadState('networkidle');
    for (const tag of ['paritrana-legend', 'paritrana-year-slider', 'paritrana-winners']) expect(await defined(p, tag), tag).toBe(true);
    expect(await defined(p, 'paritrana-map')).toBe(false);
    expect(await defined(p, 'paritrana-region-details')).toBe(false);
    expect(requests.filter((url) => MAP_CODE.test(url))).toEqual([]);
    // The data came from the site's data/ folder, beside embed/.
    expect(requests).toContain(new URL('data/dataset.json', baseUrl).href);
  });

  test('elements added after load are defined: a map appended by a script, a winners panel written with innerHTML', { timeout: 40_000 }, async () => {
    const { page: p, requests } = await openPage(session.browser, partner.put('/later.html', page(scriptTag, '<div id="slot"></div>')), { waitForMap: false });
    // No element on the page yet: no element's code, no shared code, no data is fetched.
    await p.waitForLoadState('networkidle');
    expect(requests.filter((url) => /\/embed\/chunks\/(?!import-)|\/data\//.test(url))).toEqual([]);

    await p.evaluate(() => {
      const map = document.createElement('paritrana-map');
      map.id = 'peta';
      map.setAttribute('year', '2024');
      document.body.append(map);
    });
    await expect.poll(() => defined(p, 'paritrana-map'), { timeout: 15_000 }).toBe(true);
    await waitForRegencies(p, '#peta');

    await p.evaluate(() => {
      document.querySelector('#slot')!.innerHTML = '<section><paritrana-winners for="peta"></paritrana-winners></section>';
    });
    await expect.poll(() => defined(p, 'paritrana-winners')).toBe(true);
    // The map shows 2024: the panel shows the 2025 edition, which judged it.
    await expect.poll(() => p.locator('paritrana-winners h2').first().textContent()).toBe('Paritrana Award 2025');
  });

  test('loaded twice (two tags, the second under another URL): each element defined once, no error; an unknown tag warned about once', async () => {
    const twice = `${scriptTag}<script type="module" src="${scriptUrl}?again=1"></script>`;
    const warnings: string[] = [];
    const { page: p, errors, requests } = await openPage(session.browser, partner.put('/twice.html', page(twice, `${THREE}<paritrana-peta></paritrana-peta><paritrana-peta></paritrana-peta>`)), {
      waitForMap: false,
      before: async (pg) => pg.on('console', (message) => {
        if (message.type() === 'warning') warnings.push(message.text());
      }),
    });
    await waitForTheThree(p);
    await p.evaluate(() => document.body.append(document.createElement('paritrana-peta')));
    await p.waitForLoadState('networkidle');
    expect(errors).toEqual([]);
    expect(warnings.filter((text) => text.includes('<paritrana-peta>'))).toHaveLength(1);
    // Each element's chunk was fetched once, by one of the two copies.
    const chunks = requests.filter((url) => /\/embed\/chunks\/(legend|year-slider|winners)-/.test(url));
    expect(chunks).toHaveLength(3);
    expect(await defined(p, 'paritrana-peta')).toBe(false);
  });
});
