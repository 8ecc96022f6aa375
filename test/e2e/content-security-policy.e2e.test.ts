// Every page of the built site under the site's Content-Security-Policy (serve-dist.ts sends it, from
// scripts/offline/content-security-policy.mjs): nothing is blocked, in any frame or window, and what
// the policy would take away if the elements wrote style attributes is where it belongs: the map's
// labels spread over the map (not piled in its top-left corner), the legend's swatches in their
// colours, the year slider's ticks along the track with the thumb on the year shown.
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { BrowserContext, Frame, Page } from 'playwright';
import { CONTENT_SECURITY_POLICY } from '../../scripts/offline/content-security-policy.mjs';
import { openPage, REGENCY_CODES, useBrowser, waitForRegencies, waitForWebglMap, WEBGL_TIMEOUT, type OpenOptions } from './browser.ts';
import { startPartnerSite, type PartnerSite } from './partner-server.ts';
import { workbook } from '../fixtures/workbook.ts';

const baseUrl = inject('baseUrl');
const siteOrigin = new URL(baseUrl).origin;

let partner: PartnerSite | undefined;
beforeAll(async () => {
  partner = await startPartnerSite();
});
afterAll(async () => {
  await partner?.close();
});
const session = useBrowser(baseUrl, { otherOrigins: () => (partner ? [partner.origin] : []) });

/**
 * What a partner's page needs to allow for the partner script, over a policy as strict as the site's:
 * the site's origin for the script and its chunks, MapLibre's worker, and the data. No inline style.
 */
const PARTNER_POLICY = [
  "default-src 'self'",
  `script-src 'self' ${siteOrigin}`,
  "style-src 'self'",
  "img-src 'self' data: blob:",
  `worker-src 'self' blob: ${siteOrigin}`,
  `connect-src 'self' ${siteOrigin}`,
].join('; ');

declare global {
  interface Window {
    /** What the page's policy blocked, as the browser reported it (securitypolicyviolation). */
    policyViolations?: string[];
  }
}

/** What the policy blocked in a browser context: its events in every frame and window, and the console's words. */
interface PolicyWatch {
  console: string[];
  /** The securitypolicyviolation events of every frame of every page of the context. */
  events(): Promise<string[]>;
}

async function watchPolicy(context: BrowserContext): Promise<PolicyWatch> {
  // Before any of the page's scripts, in every frame (the iframes') and window (the presenter's).
  await context.addInitScript(() => {
    window.policyViolations = [];
    window.addEventListener(
      'securitypolicyviolation',
      (event) => window.policyViolations!.push(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber}) ${event.sample}`),
      true,
    );
  });
  const console: string[] = [];
  context.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) console.push(message.text());
  });
  return {
    console,
    async events() {
      const frames: Frame[] = context.pages().flatMap((page) => page.frames());
      const lists = await Promise.all(frames.map((frame) => frame.evaluate(() => window.policyViolations ?? []).catch(() => [])));
      return lists.flat();
    },
  };
}

/** Opens a page of the site (or a full address: a partner's) with the policy watched from its first byte. */
async function openWatched(path: string, options: OpenOptions = {}): Promise<{ page: Page; policy: PolicyWatch }> {
  let policy: PolicyWatch | undefined;
  const { page } = await openPage(session.browser, /^https?:/.test(path) ? path : `${baseUrl}${path}`, {
    ...options,
    before: async (page) => {
      policy = await watchPolicy(page.context());
      await options.before?.(page);
    },
  });
  return { page, policy: policy! };
}

async function expectNothingBlocked(policy: PolicyWatch): Promise<void> {
  const events = await policy.events();
  expect(events, `${events.length} violations of the page's policy`).toEqual([]);
  expect(policy.console, `${policy.console.length} policy messages in the console`).toEqual([]);
}

type Box = { x: number; y: number; width: number; height: number };

/** The map's labels, where the reader sees them, relative to the map. */
function mapLabels(page: Page, selector = '#map'): Promise<{ code: string | null; left: number; top: number; fontSize: string }[]> {
  return page.evaluate((s) => {
    const map = document.querySelector(s)!;
    const at = map.getBoundingClientRect();
    return [...map.shadowRoot!.querySelectorAll<HTMLElement>('.label')].map((label) => {
      const box = label.getBoundingClientRect();
      return { code: label.dataset.code ?? null, left: box.left - at.left, top: box.top - at.top, fontSize: getComputedStyle(label).fontSize };
    });
  }, selector);
}

async function expectLabelsSpread(page: Page, selector = '#map'): Promise<void> {
  const labels = await mapLabels(page, selector);
  const box = (await page.locator(selector).boundingBox()) as Box;
  // Every regency named, each in its own place; together they span most of the map, as the regencies do.
  expect(labels.filter((label) => label.code).map((label) => label.code).sort()).toEqual(REGENCY_CODES);
  expect(new Set(labels.map((label) => `${Math.round(label.left)},${Math.round(label.top)}`)).size).toBe(labels.length);
  const lefts = labels.map((label) => label.left);
  const tops = labels.map((label) => label.top);
  expect(Math.max(...lefts) - Math.min(...lefts)).toBeGreaterThan(box.width / 3);
  expect(Math.max(...tops) - Math.min(...tops)).toBeGreaterThan(box.height / 3);
  // The size the map chose for its labels (set with them), not the browser's default of 16 px.
  expect(new Set(labels.map((label) => label.fontSize)).size).toBe(1);
  expect(labels[0]!.fontSize).not.toBe('16px');
}

/** The legend's swatches: each class's colour, and the hatch of "no figure". */
function legendSwatches(page: Page, selector = 'paritrana-legend'): Promise<{ kind: string; colour: string; image: string }[]> {
  return page.evaluate((s) => {
    const legend = document.querySelector(s)!;
    return [...legend.shadowRoot!.querySelectorAll<HTMLElement>('[part="swatch"]')].map((swatch) => ({
      kind: swatch.className,
      colour: getComputedStyle(swatch).backgroundColor,
      image: getComputedStyle(swatch).backgroundImage,
    }));
  }, selector);
}

async function expectLegendColoured(page: Page, selector = 'paritrana-legend'): Promise<void> {
  const swatches = await legendSwatches(page, selector);
  const classes = swatches.filter((swatch) => swatch.kind === 'class');
  expect(classes.length).toBeGreaterThanOrEqual(4);
  // One colour per class, none of them transparent: the colour is the legend's whole message.
  expect(new Set(classes.map((swatch) => swatch.colour)).size).toBe(classes.length);
  expect(classes.map((swatch) => swatch.colour)).not.toContain('rgba(0, 0, 0, 0)');
  expect(swatches.some((swatch) => swatch.image.includes('repeating-linear-gradient'))).toBe(true);
}

/** The slider's ticks, thumb and fill, relative to its track. */
function sliderGeometry(page: Page, selector = 'paritrana-year-slider') {
  return page.evaluate((s) => {
    const root = document.querySelector(s)!.shadowRoot!;
    const track = root.querySelector('[part="track"]')!.getBoundingClientRect();
    const centre = (node: Element) => {
      const box = node.getBoundingClientRect();
      return box.left + box.width / 2 - track.left;
    };
    const ticks = [...root.querySelectorAll<HTMLElement>('[data-year]')].map((tick) => ({ year: Number(tick.dataset.year), centre: centre(tick), selected: tick.classList.contains('selected') }));
    const fill = root.querySelector('.fill')!.getBoundingClientRect();
    return { trackWidth: track.width, ticks, thumb: centre(root.querySelector('[part="thumb"]')!), fillEnd: fill.right - track.left };
  }, selector);
}

async function expectSliderPlaced(page: Page, selector = 'paritrana-year-slider'): Promise<void> {
  const { trackWidth, ticks } = await sliderGeometry(page, selector);
  expect(ticks.length).toBeGreaterThanOrEqual(3);
  // Years in order along the track, from its start to its end.
  const centres = ticks.map((tick) => tick.centre);
  expect(centres).toEqual([...centres].sort((a, b) => a - b));
  expect(new Set(centres.map(Math.round)).size).toBe(ticks.length);
  expect(centres.at(-1)! - centres[0]!).toBeGreaterThan(trackWidth * 0.8);
  // The thumb sits on the year shown, and the fill reaches it (once their short slide is over).
  const offsets = async () => {
    const { ticks, thumb, fillEnd } = await sliderGeometry(page, selector);
    const selected = ticks.find((tick) => tick.selected)!;
    return Math.max(Math.abs(thumb - selected.centre), Math.abs(fillEnd - selected.centre));
  };
  await expect.poll(offsets).toBeLessThan(2);
}

describe('the site under its Content-Security-Policy', () => {
  test('the server sends the one policy with every page', async () => {
    for (const path of ['', 'present.html', 'gallery.html', 'embed.html?view=map', 'desk.html']) {
      const response = await fetch(`${baseUrl}${path}`);
      await response.arrayBuffer();
      expect(response.headers.get('content-security-policy'), path).toBe(CONTENT_SECURITY_POLICY);
    }
  });

  test('the app: nothing blocked; labels, legend, slider, table swatches, tooltip and MapLibre as drawn without it', { timeout: WEBGL_TIMEOUT + 40_000 }, async () => {
    const { page, policy } = await openWatched('?year=2024');
    await expectLabelsSpread(page);
    await expectLegendColoured(page);
    await expectSliderPlaced(page);
    // The table's swatches carry their regency's colour.
    const tableColours = await page.locator('#figures .swatch:not(.swatch--no-data)').evaluateAll((swatches) => swatches.map((swatch) => getComputedStyle(swatch).backgroundColor));
    expect(tableColours.length).toBeGreaterThan(0);
    expect(tableColours).not.toContain('rgba(0, 0, 0, 0)');

    // A year moved by the slider moves the thumb: the style follows an update, not only the first render.
    await page.locator('#year-slider [role="slider"]').focus();
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => page.locator('#year-slider [role="slider"]').getAttribute('aria-valuenow')).toBe('2023');
    await expectSliderPlaced(page, '#year-slider');

    // The tooltip stands beside the pointer.
    // Over Ketapang's own shape (the middle of its box lies inside it), not over its name, which may stand beside it.
    const shape = (await page.locator('#map .regency[data-code="61.04"]').boundingBox()) as Box;
    const pointer = { x: shape.x + shape.width / 2, y: shape.y + shape.height / 2 };
    await page.mouse.move(pointer.x, pointer.y);
    const tooltip = page.locator('#map [part="tooltip"]');
    await expect.poll(() => tooltip.isVisible()).toBe(true);
    const tip = (await tooltip.boundingBox()) as Box;
    expect(Math.min(Math.abs(tip.x - pointer.x), Math.abs(tip.x + tip.width - pointer.x))).toBeLessThan(40);

    // MapLibre: its stylesheet, canvas and worker.
    await waitForWebglMap(page);
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('#map')!.shadowRoot!.querySelector('.maplibregl-canvas')!).position)).toBe('absolute');

    // The embed dialog and the poster.
    await page.locator('#embed-open').click();
    await expect.poll(() => page.locator('#embed-dialog').isVisible()).toBe(true);
    await page.locator('#embed-close').click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#save-png').click()]);
    expect(download.suggestedFilename()).toMatch(/\.png$/);
    await expectNothingBlocked(policy);
  });

  test('the ceremony and its presenter view: nothing blocked in either window; the legend coloured; the presenter\'s keys move the show', { timeout: WEBGL_TIMEOUT + 40_000 }, async () => {
    const { page, policy } = await openWatched('present.html?edition=2025', { viewport: { width: 1280, height: 720 } });
    // MapLibre (its code, canvas and worker) comes with the clicker's first press.
    await page.keyboard.press('PageDown');
    await waitForWebglMap(page);
    await expectLegendColoured(page, '#legend');
    for (let step = 1; step < 4; step++) await page.keyboard.press('PageDown');
    await expect.poll(() => page.locator('#card').getAttribute('data-kind')).toBe('winner');

    const presenter = await page.context().newPage();
    await presenter.goto(`${baseUrl}present.html?edition=2025&view=presenter`);
    await presenter.waitForSelector('#pv-counter:not(:empty)');
    await presenter.keyboard.press('PageDown');
    await expect.poll(() => presenter.locator('#pv-counter').textContent()).toBe('6 / 12');
    await expectNothingBlocked(policy);
  });

  test('the data desk: nothing blocked while a workbook is read (its reader loaded on demand), the report, map, legend and slider drawn', { timeout: WEBGL_TIMEOUT + 30_000 }, async () => {
    const { page, policy } = await openWatched('desk.html');
    const header = ['region_code', 'period', 'metric', 'value', 'unit', 'source_url', 'confidence'];
    const bytes = workbook({ sheets: { Cakupan: [header, ['61.05', '2024', 'coverage_pct', 41.2, 'percent', 'https://example.org/a', 'high'], ['6104', '2024', 'coverage_pct', 40, 'percent', 'https://example.org/a', 'high']] } });
    await page.locator('#file-input').setInputFiles([{ name: 'cakupan.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: Buffer.from(bytes) }]);
    await expect.poll(() => page.locator('#report-body').textContent()).toMatch(/cakupan\.xlsx, lembar “Cakupan”, baris 3/);
    await expectLabelsSpread(page);
    await expectLegendColoured(page);
    await expectSliderPlaced(page);
    await expectNothingBlocked(policy);
  });

  test('the gallery: nothing blocked in the page or its iframe; every example drawn, the themed one in its own style', { timeout: WEBGL_TIMEOUT + 40_000 }, async () => {
    const { page, policy } = await openWatched('gallery.html', { waitForMap: false });
    await waitForRegencies(page, '#peta');
    await expectLabelsSpread(page, '#peta');
    await expectLegendColoured(page, '#linked paritrana-legend');
    await expectSliderPlaced(page, '#linked paritrana-year-slider');
    // The example's <style> applies: the newspaper's paper colour and its red rule.
    const koran = page.locator('.koran');
    await koran.scrollIntoViewIfNeeded();
    expect(await koran.evaluate((node) => [getComputedStyle(node).backgroundColor, getComputedStyle(node).borderTopColor])).toEqual(['rgb(251, 247, 239)', 'rgb(159, 29, 32)']);
    await waitForRegencies(page, '#peta-koran');
    await expectLabelsSpread(page, '#peta-koran');
    // The iframe example: borderless as its markup says, and its map drawn under the same policy.
    const iframe = page.locator('#iframe iframe');
    await iframe.scrollIntoViewIfNeeded();
    expect(await iframe.evaluate((node) => getComputedStyle(node).borderTopWidth)).toBe('0px');
    const frame = page.frameLocator('#iframe iframe');
    await expect.poll(() => frame.locator('paritrana-map').evaluate((map) => map.shadowRoot!.querySelectorAll('.label[data-code]').length), { timeout: WEBGL_TIMEOUT }).toBe(14);
    await expectNothingBlocked(policy);
  });

  test.each(['map', 'legend', 'year-slider', 'winners', 'region-details', 'all'])('the iframe route, view=%s: nothing blocked', { timeout: WEBGL_TIMEOUT + 30_000 }, async (view) => {
    const { page, policy } = await openWatched(`embed.html?view=${view}&year=2024&region=61.04`, { viewport: { width: 900, height: 700 }, waitForMap: false });
    if (view === 'map' || view === 'all') {
      await waitForRegencies(page, 'paritrana-map');
      await expectLabelsSpread(page, 'paritrana-map');
      await page.locator('paritrana-map').hover();
      await waitForWebglMap(page, 'paritrana-map');
    }
    if (view === 'legend' || view === 'all') await expect.poll(() => legendSwatches(page).then((swatches) => swatches.length)).toBeGreaterThan(0);
    if (view === 'legend' || view === 'all') await expectLegendColoured(page);
    if (view === 'year-slider' || view === 'all') {
      await expect.poll(() => page.locator('paritrana-year-slider [role="slider"]').getAttribute('aria-valuenow')).toBe('2024');
      await expectSliderPlaced(page);
    }
    if (view === 'winners') await expect.poll(() => page.locator('paritrana-winners h2').first().textContent()).toBeTruthy();
    if (view === 'region-details') await expect.poll(() => page.locator('paritrana-region-details h2, paritrana-region-details h3').count()).toBeGreaterThan(0);
    await expectNothingBlocked(policy);
  });

  test('a partner\'s page with a policy as strict, the site\'s origin added: the five elements and MapLibre, nothing blocked', { timeout: WEBGL_TIMEOUT + 40_000 }, async () => {
    const html = `<!doctype html><html lang="id"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${PARTNER_POLICY}">
<title>Berita Kalbar</title><link rel="icon" href="data:,">
<script type="module" src="${baseUrl}embed/paritrana.js"></script></head>
<body><h1>Berita Kalbar</h1>
<paritrana-legend for="peta"></paritrana-legend>
<paritrana-map id="peta" year="2024"></paritrana-map>
<paritrana-year-slider for="peta"></paritrana-year-slider>
<paritrana-winners for="peta"></paritrana-winners>
<paritrana-region-details for="peta"></paritrana-region-details>
</body></html>`;
    const { page, policy } = await openWatched(partner!.put('/berita-csp.html', html), { waitForMap: false });
    await waitForRegencies(page, '#peta');
    await expectLabelsSpread(page, '#peta');
    await expectLegendColoured(page);
    await expectSliderPlaced(page);
    await page.locator('#peta').hover();
    await waitForWebglMap(page, '#peta');
    await expectNothingBlocked(policy);
  });
});
