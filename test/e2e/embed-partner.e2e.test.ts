// The partner script on a partner's page, on another origin than the built site, as a partner
// writes it: one <script type="module" src="http://SITE/embed/paritrana.js">, then elements linked
// by for=. Pages are written here and served by a second server (partner-server.ts); every request
// of every page must stay on the two origins.
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Page } from 'playwright';
import { mapSelected, openPage, REGENCY_CODES, regencyClasses, screenshotPath, waitForRegencies, WEBGL_TIMEOUT, useBrowser } from './browser.ts';
import { iframeSnippet, resizeScript, scriptSnippet } from '../../src/pages/app/embed-snippet.ts';
import { SHARE_MESSAGES } from '../../src/pages/app/share.messages.ts';
import { figureTitle } from '../../src/pages/app/share-titles.ts';
import { screenshots, startPartnerSite, type PartnerSite } from './partner-server.ts';
import type { ParitranaMap } from '../../src/elements/map/map.component.ts';

const baseUrl = inject('baseUrl');
const scriptUrl = new URL('embed/paritrana.js', baseUrl).href;

/** Global CSS of a page that never expected our elements: a reset gone wild and a framework's tables. */
export const HOSTILE_CSS = `
  * { all: revert; font-size: 40px; box-sizing: content-box; }
  html, body { margin: 0; padding: 0; font-family: "Comic Sans MS", fantasy; color: #f0f; line-height: 3; }
  div, section, figure { padding: 30px; margin: 20px; border: 3px dashed orange; }
  table, th, td { border: 5px solid red; padding: 20px; }
  button { display: none; }
  svg { width: 12px; height: 12px; }
  ul, ol { list-style: square inside; padding: 50px; }
  h2, h3 { text-transform: uppercase; font-size: 60px; }
  a { color: lime; }
`;

const THE_FIVE = `
  <paritrana-map id="peta" year="2024" lang="id"></paritrana-map>
  <paritrana-year-slider for="peta"></paritrana-year-slider>
  <paritrana-legend for="peta"></paritrana-legend>
  <paritrana-winners for="peta"></paritrana-winners>
  <paritrana-region-details for="peta"></paritrana-region-details>`;

function partnerPage({ css = '', head = '', body }: { css?: string; head?: string; body: string }): string {
  return `<!doctype html><html lang="id"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Berita Kalbar</title><link rel="icon" href="data:,"><style>${css}</style>${head}</head><body><h1>Berita Kalbar</h1><div class="artikel">${body}</div></body></html>`;
}

const scriptTag = `<script type="module" src="${scriptUrl}"></script>`;

let partner: PartnerSite;
/** A third site, whose server sends no Access-Control-Allow-Origin: the partner's page may not read its files. */
let elsewhere: PartnerSite;
beforeAll(async () => {
  partner = await startPartnerSite();
  elsewhere = await startPartnerSite();
});
afterAll(async () => {
  await partner?.close();
  await elsewhere?.close();
});
const session = useBrowser(baseUrl, { otherOrigins: () => [partner.origin, elsewhere.origin] });

function open(path: string, html: string, options: Parameters<typeof openPage>[2] = {}) {
  return openPage(session.browser, partner.put(path, html), { waitForMap: false, ...options });
}

const mapYear = (page: Page, selector = '#peta') => page.evaluate((s) => document.querySelector<ParitranaMap>(s)?.year, selector);
const winnersHeading = (page: Page, selector = 'paritrana-winners') => page.locator(`${selector} h2`).first().textContent();

describe('a hostile host page', () => {
  test('the five elements linked with for= still draw and work: 14 regencies, slider by keyboard, winners, legend dims', { timeout: WEBGL_TIMEOUT + 30_000 }, async () => {
    const { page } = await open('/hostile.html', partnerPage({ css: HOSTILE_CSS, head: scriptTag, body: THE_FIVE }));
    await waitForRegencies(page, '#peta');
    expect(Object.keys(await regencyClasses(page, '#peta')).sort()).toEqual(REGENCY_CODES);
    // The map keeps its size: the page's reset does not collapse it.
    const box = await page.locator('#peta').boundingBox();
    expect(box!.width).toBeGreaterThan(300);
    expect(box!.height).toBeGreaterThan(250);

    // The slider moves the map by keyboard, and the winners panel follows the map's year.
    const track = page.locator('paritrana-year-slider [role="slider"]');
    await expect.poll(() => track.getAttribute('aria-valuenow')).toBe('2024');
    // 2024 was judged by the 2025 edition; no edition has judged 2025 yet.
    await expect.poll(() => winnersHeading(page)).toBe('Paritrana Award 2025');
    await track.focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => mapYear(page)).toBe(2025);
    expect(await track.getAttribute('aria-valuenow')).toBe('2025');
    await expect.poll(() => winnersHeading(page)).toBe('Paritrana Award');
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => winnersHeading(page)).toBe('Paritrana Award 2025');

    // Choosing a winner selects its regency on the map (and the details follow).
    await page.locator('paritrana-winners li[part~="winner"]', { hasText: 'Mempawah' }).first().locator('button').click();
    await expect.poll(() => mapSelected(page, '#peta')).toBe('61.02');
    await expect.poll(() => page.locator('paritrana-region-details [part="heading"]').textContent()).toBe('Kabupaten Mempawah');

    // Pointing at a legend class dims the map's other regencies.
    await page.locator('paritrana-legend button[part~="entry"]').first().hover();
    await expect.poll(() => page.evaluate(() => document.querySelector<ParitranaMap>('#peta')!.highlightClass)).toBe(0);
    await page.mouse.move(0, 0);
    await expect.poll(() => page.evaluate(() => document.querySelector<ParitranaMap>('#peta')!.highlightClass)).toBeNull();

    // On a phone the map keeps to its column, even with the page's 40 px rem under its min-height.
    await page.setViewportSize({ width: 375, height: 800 });
    await expect.poll(async () => {
      const map = (await page.locator('#peta').boundingBox())!;
      return map.x + map.width;
    }).toBeLessThanOrEqual(375);
    await screenshots(page, 'hostile');
  });

  test('at 320 px wide the elements fit the page: nothing wider than the viewport', { timeout: WEBGL_TIMEOUT + 15_000 }, async () => {
    const css = 'body { margin: 0; padding: 8px; } * { box-sizing: content-box; }';
    const { page } = await open('/narrow.html', partnerPage({ css, head: scriptTag, body: THE_FIVE }), { viewport: { width: 320, height: 640 } });
    await waitForRegencies(page, '#peta');
    await expect.poll(() => winnersHeading(page)).toBe('Paritrana Award 2025');
    for (const tag of ['paritrana-map', 'paritrana-year-slider', 'paritrana-legend', 'paritrana-winners', 'paritrana-region-details']) {
      const box = await page.locator(tag).boundingBox();
      expect(box!.x + box!.width, tag).toBeLessThanOrEqual(320);
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  });
});

describe('the embed dialog\'s script snippet on a partner\'s page', () => {
  const snippet = (view: 'map' | 'all') =>
    scriptSnippet({
      scriptUrl,
      state: { year: 2024, lang: 'id' },
      view,
      title: figureTitle('coverage_pct', 'id', 'Kalimantan Barat'),
      source: SHARE_MESSAGES.id.source,
      credit: SHARE_MESSAGES.id.credit,
      creditUrl: new URL('?year=2024', baseUrl),
    });

  for (const width of [320, 700, 1200]) {
    test(`at ${width} px: a title with BPJS Ketenagakerjaan and the year, the source and the credit link, and no two parts touching`, { timeout: WEBGL_TIMEOUT + 30_000 }, async () => {
      const { page } = await open(`/snippet-${width}.html`, partnerPage({ css: 'body { margin: 0; padding: 8px; }', body: snippet('all') }), { viewport: { width, height: 900 } });
      await waitForRegencies(page, '#peta');
      const figure = page.locator('figure');
      expect(await figure.locator(':scope > h2').textContent()).toBe('Cakupan kepesertaan BPJS Ketenagakerjaan per kabupaten/kota, Kalimantan Barat, 2024');
      const caption = figure.locator(':scope > figcaption');
      expect(await caption.textContent()).toBe(`${SHARE_MESSAGES.id.source} Peta Paritrana`);
      expect(await caption.getByRole('link', { name: 'Peta Paritrana' }).getAttribute('href')).toBe(`${baseUrl}?year=2024`);
      // Each part clear of the next: at least 12 px between one's bottom and the next one's top.
      const boxes = await figure.evaluate((f) => [...f.children].filter((c) => c.localName !== 'script').map((c) => ({ tag: c.localName, ...c.getBoundingClientRect().toJSON() as DOMRect })));
      expect(boxes.map((b) => b.tag)).toEqual(['h2', 'paritrana-legend', 'paritrana-map', 'paritrana-year-slider', 'paritrana-region-details', 'paritrana-winners', 'figcaption']);
      for (let i = 1; i < boxes.length; i++) expect(boxes[i]!.top - boxes[i - 1]!.bottom, `${boxes[i - 1]!.tag} to ${boxes[i]!.tag}`).toBeGreaterThanOrEqual(12);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      await page.screenshot({ path: screenshotPath(`partner-snippet-${width}.png`), fullPage: true });
    });
  }

  test('the title\'s year follows the map as the reader moves the slider', { timeout: WEBGL_TIMEOUT + 30_000 }, async () => {
    const { page } = await open('/snippet-year.html', partnerPage({ body: snippet('all') }));
    await waitForRegencies(page, '#peta');
    const track = page.locator('paritrana-year-slider [role="slider"]');
    await expect.poll(() => track.getAttribute('aria-valuenow')).toBe('2024');
    await track.focus();
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => mapYear(page)).toBe(2023);
    await expect.poll(() => page.locator('figure > h2').textContent()).toBe('Cakupan kepesertaan BPJS Ketenagakerjaan per kabupaten/kota, Kalimantan Barat, 2023');
  });
});

describe('linking by for=', () => {
  test('followers added first, the map with their id added after the script has loaded', { timeout: 30_000 }, async () => {
    // The script defines what it sees: the followers first (defined before their map exists), the map later.
    const late = `<script type="module">
      await import(${JSON.stringify(scriptUrl)});
      document.querySelector('.artikel').insertAdjacentHTML('beforeend', '<paritrana-year-slider for="peta"></paritrana-year-slider><paritrana-winners for="peta"></paritrana-winners>');
      await customElements.whenDefined('paritrana-winners');
      await new Promise((resolve) => setTimeout(resolve, 300));
      document.querySelector('.artikel').insertAdjacentHTML('afterbegin', '<paritrana-map id="peta" year="2023" lang="en"></paritrana-map>');
    </script>`;
    const { page } = await open('/late.html', partnerPage({ head: late, body: '' }));
    await waitForRegencies(page, '#peta');
    const track = page.locator('paritrana-year-slider [role="slider"]');
    await expect.poll(() => track.getAttribute('aria-valuenow')).toBe('2023');
    await expect.poll(() => winnersHeading(page)).toBe('Paritrana Award 2023');
    await track.focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => mapYear(page)).toBe(2024);
    await expect.poll(() => winnersHeading(page)).toBe('Paritrana Award 2025');
  });

  test('the map after its followers in the document', { timeout: 30_000 }, async () => {
    const body = `<paritrana-year-slider for="peta"></paritrana-year-slider><paritrana-legend for="peta"></paritrana-legend>
      <paritrana-winners for="peta"></paritrana-winners><paritrana-map id="peta" year="2024" lang="en"></paritrana-map>`;
    const { page } = await open('/after.html', partnerPage({ head: scriptTag, body }));
    await waitForRegencies(page, '#peta');
    const track = page.locator('paritrana-year-slider [role="slider"]');
    await expect.poll(() => track.getAttribute('aria-valuenow')).toBe('2024');
    // The followers speak the map's language.
    await expect.poll(() => page.locator('paritrana-winners .rank').first().textContent()).toBe('1st place');
    await track.focus();
    await page.keyboard.press('Home');
    await expect.poll(() => mapYear(page)).toBe(2018);
  });

  test('two maps on one page: each slider moves only its own map', { timeout: 30_000 }, async () => {
    const body = `<paritrana-map id="a" year="2023"></paritrana-map><paritrana-year-slider id="slider-a" for="a"></paritrana-year-slider>
      <paritrana-map id="b" year="2025"></paritrana-map><paritrana-year-slider id="slider-b" for="b"></paritrana-year-slider>`;
    const { page } = await open('/two.html', partnerPage({ head: scriptTag, body }));
    await waitForRegencies(page, '#a');
    await waitForRegencies(page, '#b');
    const sliderA = page.locator('#slider-a [role="slider"]');
    const sliderB = page.locator('#slider-b [role="slider"]');
    await expect.poll(() => sliderA.getAttribute('aria-valuenow')).toBe('2023');
    await expect.poll(() => sliderB.getAttribute('aria-valuenow')).toBe('2025');
    await sliderA.focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => mapYear(page, '#a')).toBe(2024);
    expect(await mapYear(page, '#b')).toBe(2025);
    expect(await sliderB.getAttribute('aria-valuenow')).toBe('2025');
    await sliderB.focus();
    await page.keyboard.press('Home');
    await expect.poll(() => mapYear(page, '#b')).toBe(2018);
    expect(await mapYear(page, '#a')).toBe(2024);
  });
});

describe('the year slider on a partner\'s page', () => {
  test('answers the first arrow key pressed the moment it can be focused, while the data is still coming', { timeout: 45_000 }, async () => {
    // The data comes late, as on a slow connection: the slider is on the page long before its years.
    const late = (page: Page) => page.route('**/data/coverage.csv', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1500));
      await route.continue();
    });
    const body = '<paritrana-map id="peta" year="2024" lang="id"></paritrana-map><paritrana-year-slider for="peta"></paritrana-year-slider>';
    const { page } = await open('/slider-early.html', partnerPage({ head: scriptTag, body }), { before: late });
    // Focus it as soon as it takes focus (as a reader tabbing or clicking into it would), and press once.
    await expect
      .poll(() => page.evaluate(() => {
        const slider = document.querySelector('paritrana-year-slider');
        const track = slider?.shadowRoot?.querySelector<HTMLElement>('[role="slider"]');
        track?.focus();
        return track !== undefined && track !== null && slider!.shadowRoot!.activeElement === track;
      }), { timeout: 30_000, interval: 10 })
      .toBe(true);
    await page.keyboard.press('ArrowLeft');
    const track = page.locator('paritrana-year-slider [role="slider"]');
    await expect.poll(() => mapYear(page), { timeout: 30_000 }).toBe(2023);
    expect(await track.getAttribute('aria-valuenow')).toBe('2023');
  });
});

describe('the script', () => {
  test('loaded twice (two tags, one under another URL) defines nothing twice and logs no error', { timeout: 30_000 }, async () => {
    const twice = `${scriptTag}<script type="module" src="${scriptUrl}?again=1"></script>`;
    const { page, errors } = await open('/twice.html', partnerPage({ head: twice, body: THE_FIVE }));
    await waitForRegencies(page, '#peta');
    await expect.poll(() => winnersHeading(page)).toBe('Paritrana Award 2025');
    expect(errors).toEqual([]);
  });

  test('an element alone: <paritrana-winners edition="2025"> shows Ketapang first, with no map on the page', async () => {
    const { page } = await open('/winners.html', partnerPage({ head: scriptTag, body: '<paritrana-winners edition="2025"></paritrana-winners>' }));
    const first = page.locator('paritrana-winners li[part~="winner"]').first();
    await expect.poll(() => first.innerText(), { timeout: 10_000 }).toMatch(/^Juara 1\s+Pemerintah Kabupaten Ketapang\b/);
    expect(await page.locator('paritrana-map').count()).toBe(0);
  });

  test("a partner's own coverage CSV (coverage-src, on the partner's origin): its errors inside the map, its valid rows drawn", { timeout: 30_000 }, async () => {
    const csv = [
      'region_code,region_name,period,metric,value,unit,source_url,confidence,note',
      '61.04,Kabupaten Ketapang,2024,coverage_pct,68.02,percent,https://example.org/a,high,',
      '61.71,Kota Pontianak,2024,coverage_pct,lots,percent,https://example.org/b,high,',
      '99.99,Kabupaten Entah,2024,coverage_pct,40,percent,https://example.org/c,high,',
    ].join('\n');
    partner.put('/kami/cakupan.csv', csv);
    const body = '<paritrana-map id="peta" year="2024" lang="en" coverage-src="/kami/cakupan.csv"></paritrana-map>';
    const { page, requests } = await open('/own-data.html', partnerPage({ head: scriptTag, body }));
    await waitForRegencies(page, '#peta');
    expect(requests).toContain(`${partner.origin}/kami/cakupan.csv`);
    const note = page.locator('#peta .data-problems');
    await expect.poll(() => note.locator('summary').textContent()).toMatch(/^The data has \d+ errors\. Rows with problems are not shown; the other rows still load\.$/);
    const lines = await note.locator('li').allTextContents();
    expect(lines.some((line) => line.includes('cakupan.csv') && line.includes('3') && /value/.test(line))).toBe(true);
    expect(lines.some((line) => line.includes('99.99'))).toBe(true);
    const classes = await regencyClasses(page, '#peta');
    expect(classes['61.04']).not.toBe('no-data');
    expect(classes['61.71']).toBe('no-data');
  });
});

/**
 * The notice is where the reader looks: shown, in the viewport, and the topmost thing at its own
 * centre (not under the map's frame or canvas).
 */
async function expectNoticeShown(page: Page, selector: string, text: RegExp): Promise<void> {
  const notice = page.locator(selector).first();
  await expect.poll(() => notice.textContent(), { timeout: 15_000 }).toMatch(text);
  await notice.scrollIntoViewIfNeeded();
  expect(await notice.isVisible()).toBe(true);
  const onTop = await notice.evaluate((element) => {
    const box = element.getBoundingClientRect();
    const root = element.getRootNode() as Document | ShadowRoot;
    const hit = root.elementFromPoint(box.left + box.width / 2, box.top + Math.min(box.height / 2, 12));
    return hit !== null && (hit === element || element.contains(hit));
  });
  expect(onTop, `${selector} is covered`).toBe(true);
}

describe("a partner's file that fails: each element says so, readably, inside its own box", () => {
  const truncated = '{"type":"Topology","arcs":[[[0,0],[1,1]]],"objects":{"kabupaten":{"type":"GeometryCollection","geometries":[{"type":"Polygon","id":"61.04","arcs":[[0';
  const FAILURES = [
    { name: 'a file the server does not have (404)', path: '/kami/hilang.csv', found: /found "HTTP 404"; expected the file at .*the server has no file there \(HTTP 404\)/, errors: [/404/] },
    { name: 'a web page instead of the CSV file', path: '/kami/halaman.csv', put: ['<!doctype html><html><body>Halaman tidak ditemukan</body></html>', 'text/html; charset=utf-8'], found: /found "a web page \(text\/html[^"]*"; expected a CSV file at .*got a web page, not a CSV file/, errors: [] },
    { name: 'a cross-origin request the server refuses (no Access-Control-Allow-Origin)', path: 'ELSEWHERE/kami/cakupan.csv', found: /most likely because the server of http:\/\/127\.0\.0\.1:\d+ does not allow pages of http:\/\/127\.0\.0\.1:\d+ to read it \(CORS\): it must send the header Access-Control-Allow-Origin/, errors: [/CORS policy/, /ERR_FAILED/] },
  ] as const;

  for (const failure of FAILURES) {
    test(`${failure.name}: the map, the slider, the winners and the region details`, { timeout: 45_000 }, async () => {
      const address = failure.path.startsWith('ELSEWHERE') ? elsewhere.put(failure.path.slice('ELSEWHERE'.length), 'region_code\n') : failure.path;
      if ('put' in failure) partner.put(failure.path, failure.put[0], failure.put[1]);
      const body = `<paritrana-map id="peta" year="2024" lang="en" coverage-src="${address}"></paritrana-map>
        <paritrana-year-slider lang="en" coverage-src="${address}"></paritrana-year-slider>
        <paritrana-winners lang="en" edition="2025" coverage-src="${address}"></paritrana-winners>
        <paritrana-region-details lang="en" code="61.04" coverage-src="${address}"></paritrana-region-details>`;
      const { page } = await open(`/gagal-${FAILURES.indexOf(failure)}.html`, partnerPage({ head: scriptTag, body }), { expectedErrors: [...failure.errors] });
      for (const tag of ['paritrana-map', 'paritrana-year-slider', 'paritrana-winners', 'paritrana-region-details']) {
        await expectNoticeShown(page, `${tag} .data-problems summary`, /^The data has 1 error\./);
        await expectNoticeShown(page, `${tag} .data-problems li`, failure.found);
      }
    });
  }

  test('a truncated boundary file: the map says it cannot draw, and why, over its frame', { timeout: 45_000 }, async () => {
    partner.put('/kami/batas.topo.json', truncated, 'application/json');
    const body = '<paritrana-map id="peta" year="2024" lang="en" boundaries-src="/kami/batas.topo.json"></paritrana-map>';
    const { page } = await open('/batas-terpotong.html', partnerPage({ head: scriptTag, body }));
    await expectNoticeShown(page, 'paritrana-map .data-problems li', /Error in \S*\/kami\/batas\.topo\.json, line \d+: expected complete JSON; the file ends in the middle \(truncated download\?\)/);
    await expectNoticeShown(page, 'paritrana-map .missing', /./);
  });

  test('a server that answers late: a loading notice at once, "late" after data-late-after, the map once the data comes', { timeout: 45_000 }, async () => {
    const csv = ['region_code,region_name,period,metric,value,unit,source_url,confidence,note', '61.04,Kabupaten Ketapang,2024,coverage_pct,68.02,percent,https://example.org/a,high,'].join('\n');
    partner.put('/lambat/cakupan.csv', csv, 'text/csv', { delayMs: 4000 });
    const body = '<paritrana-map id="peta" year="2024" lang="id" data-late-after="1000" coverage-src="/lambat/cakupan.csv"></paritrana-map>';
    const { page } = await open('/lambat.html', partnerPage({ head: scriptTag, body }));
    await expectNoticeShown(page, 'paritrana-map [role="status"].data-loading', /^Memuat data…$/);
    expect(await page.locator('paritrana-map').getAttribute('aria-busy')).toBe('true');
    await expectNoticeShown(page, 'paritrana-map [role="status"].data-loading', /^Data belum tiba; masih menunggu…$/);
    await waitForRegencies(page, '#peta');
    expect(await page.locator('paritrana-map .data-loading').count()).toBe(0);
    expect(await page.locator('paritrana-map').getAttribute('aria-busy')).toBeNull();
    expect((await regencyClasses(page, '#peta'))['61.04']).not.toBe('no-data');
  });
});

describe('the iframe on a partner\'s page', () => {
  const frameHeight = (page: Page, id: string) => page.locator(`#${id}`).evaluate((f) => f.getBoundingClientRect().height);
  const contentHeight = (page: Page, id: string) => page.frameLocator(`#${id}`).locator('.embed-foot').evaluate((e) => e.getBoundingClientRect().bottom + scrollY);
  const frame = (id: string, state: Parameters<typeof iframeSnippet>[0]['state']) =>
    iframeSnippet({ pageUrl: baseUrl, state, title: 'Peta Paritrana' }).replace('<iframe', `<iframe id="${id}"`);

  test('with the resize script of the embed dialog, each frame grows or shrinks to its own content', { timeout: 30_000 }, async () => {
    const body = `${frame('all', { view: 'all', year: 2024 })}\n${resizeScript(baseUrl)}\n<p>Teks berita.</p>\n${frame('winners', { view: 'winners', year: 2024 })}`;
    const { page } = await open('/iframe.html', partnerPage({ body }), { viewport: { width: 900, height: 800 } });
    await expect.poll(() => frameHeight(page, 'all'), { timeout: 15_000 }).toBeGreaterThan(600);
    await expect.poll(async () => Math.abs((await frameHeight(page, 'all')) - (await contentHeight(page, 'all')))).toBeLessThanOrEqual(1);
    // Grown to its content: nothing scrolls inside the frame.
    const inner = await page.frameLocator('#all').locator('html').evaluate((e) => e.scrollHeight - e.clientHeight);
    expect(inner).toBeLessThanOrEqual(1);
    // The winners' frame takes its own height, not the map's.
    await page.locator('#winners').scrollIntoViewIfNeeded();
    await expect.poll(async () => Math.abs((await frameHeight(page, 'winners')) - (await contentHeight(page, 'winners'))), { timeout: 15_000 }).toBeLessThanOrEqual(1);
    expect(await frameHeight(page, 'winners')).not.toBe(await frameHeight(page, 'all'));
    await page.screenshot({ path: screenshotPath('embed-all-resized.png'), fullPage: true });
  });

  test('without the script, the frame keeps its 520 px and its content scrolls inside it', { timeout: 30_000 }, async () => {
    const { page } = await open('/iframe-fixed.html', partnerPage({ body: frame('all', { view: 'all', year: 2024 }) }), { viewport: { width: 900, height: 800 } });
    await expect.poll(() => contentHeight(page, 'all'), { timeout: 15_000 }).toBeGreaterThan(600);
    expect(await frameHeight(page, 'all')).toBe(520);
  });
});
