// The whole 2025 ceremony (built site) with the categories the published data do not hold yet appended
// to data/awards.csv as the committee released them: a company of each size, a desa, an administration
// winner. Every winner is shown on a card of its own, a company never with its regency's coverage as
// its own, the closing card names every category's first place, and Escape never ends the show. A desa
// known by its code is drawn on its card where its regency's desa boundaries are deployed.
import { describe, expect, inject, test } from 'vitest';
import type { Page } from 'playwright';
import type { ParitranaMap } from '../../src/elements/map/map.component.ts';
import { mapSelected, openPage, screenshotPath, urlParam, useBrowser } from './browser.ts';

const baseUrl = inject('baseUrl');
const session = useBrowser(baseUrl);
const FULL_HD = { width: 1920, height: 1080 };

/** A loaded 2-core machine draws the map in software: wait for states, never for a fixed time. */
const IN_STEP = { timeout: 20_000, interval: 100 };

const ROW = '2025,2024,2025-09-24,provinsi';
const SOURCE = 'https://example.org/paritrana-2025,medium,,,';
/** The four categories missing from the published data, one or two winners each. */
const APPENDED = [
  `${ROW},badan-usaha-besar-menengah,Badan Usaha Besar dan Menengah,Large and medium enterprises,2,PT Mempawah Agro Lestari,badan-usaha-besar-menengah,61.02,${SOURCE}`,
  `${ROW},badan-usaha-besar-menengah,Badan Usaha Besar dan Menengah,Large and medium enterprises,1,PT Sawit Ketapang Sejahtera,badan-usaha-besar-menengah,61.04,${SOURCE}`,
  `${ROW},badan-usaha-kecil-mikro,Badan Usaha Kecil dan Mikro,Small and micro enterprises,1,CV Tenun Songket Sambas,badan-usaha-kecil-mikro,61.01,${SOURCE}`,
  // A desa of Ketapang, by its Kemendagri code.
  `${ROW},pemerintah-desa-kelurahan,Pemerintah Desa/Kelurahan,Village governments,1,Pemerintah Desa Sungai Awan Kiri,pemerintah-desa,61.04.17.2002,${SOURCE}`,
  `${ROW},tertib-administrasi-kepesertaan,Tertib Administrasi Kepesertaan,Orderly membership administration,1,Pemerintah Kabupaten Sanggau,pemerintah-kabupaten,61.03,${SOURCE}`,
].join('\n');

/** Every winner of the 2025 edition, published and appended, with its regency. */
const WINNERS: Record<string, string> = {
  'Pemerintah Kabupaten Sekadau': '61.09',
  'Pemerintah Kabupaten Mempawah': '61.02',
  'Pemerintah Kabupaten Ketapang': '61.04',
  'PT Mempawah Agro Lestari': '61.02',
  'PT Sawit Ketapang Sejahtera': '61.04',
  'CV Tenun Songket Sambas': '61.01',
  'Pemerintah Desa Sungai Awan Kiri': '61.04',
  'Pemerintah Kabupaten Bengkayang': '61.07',
  'Pemerintah Kabupaten Sanggau': '61.03',
  'Pemerintah Kota Pontianak': '61.71',
};

/** Each category's first place, as the closing card names them, in the committee's order. */
const FIRSTS = [
  ['Pemerintah Kabupaten/Kota', 'Pemerintah Kabupaten Ketapang'],
  ['Badan Usaha Besar dan Menengah', 'PT Sawit Ketapang Sejahtera'],
  ['Badan Usaha Kecil dan Mikro', 'CV Tenun Songket Sambas'],
  ['Pemerintah Desa/Kelurahan', 'Pemerintah Desa Sungai Awan Kiri'],
  ['Inovasi Perlindungan Pekerja Rentan Desa Tahun 2024', 'Pemerintah Kabupaten Bengkayang'],
  ['Tertib Administrasi Kepesertaan', 'Pemerintah Kabupaten Sanggau'],
  ['Kategori tidak disebutkan', 'Pemerintah Kota Pontianak'],
];

interface Shown {
  step: string | undefined;
  kind: string | undefined;
  picture: string | undefined;
  code: string | undefined;
  heading: string;
  text: string;
  legend: boolean;
  /** Texts of the card whose separator "·" starts a line. */
  separatorStartsLine: string[];
}

function shown(page: Page): Promise<Shown> {
  return page.evaluate(() => {
    const card = document.querySelector<HTMLElement>('#card')!;
    const startsLine: string[] = [];
    const walker = document.createTreeWalker(card, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? '';
      for (const match of text.matchAll(/·/g)) {
        // The separator starts a line when the last glyph before it sits on a line above it.
        const before = text.slice(0, match.index).trimEnd().length;
        if (before === 0) {
          startsLine.push(text);
          continue;
        }
        const rect = (from: number) => {
          const range = document.createRange();
          range.setStart(node!, from);
          range.setEnd(node!, from + 1);
          return range.getBoundingClientRect();
        };
        if (rect(match.index).top > rect(before - 1).bottom - 2) startsLine.push(text);
      }
    }
    return {
      step: document.body.dataset.step,
      kind: card.dataset.kind,
      picture: card.dataset.picture,
      code: card.dataset.code,
      heading: card.querySelector('h1')?.textContent ?? '',
      text: card.textContent ?? '',
      legend: getComputedStyle(document.querySelector('#legend')!).visibility !== 'hidden',
      separatorStartsLine: startsLine,
    };
  });
}

/** Whether the map draws a regency with the "no data" hatch, on whichever renderer draws it now. */
function hatched(page: Page, code: string): Promise<boolean> {
  return page.evaluate((code) => {
    const map = document.querySelector<ParitranaMap>('#map')!;
    if (map.renderer === 'webgl') return map.map!.getFeatureState({ source: 'regencies', id: code }).noData === true;
    const shape = map.shadowRoot!.querySelector(`.regency[data-code="${code}"]`)!;
    return shape.getAttribute('fill')!.startsWith('url(');
  }, code);
}

describe('the 2025 ceremony with every category', () => {
  test('at 1920×1080 every winner has its card, companies without their regency\'s coverage, the closing card names every first place; two Escapes leave the show running', { timeout: 180_000 }, async () => {
    const { page } = await openPage(session.browser, `${baseUrl}present.html?edition=2025`, {
      viewport: FULL_HD,
      before: (p) =>
        p.route('**/data/awards.csv', async (route) => {
          const original = await route.fetch();
          await route.fulfill({ response: original, body: `${(await original.text()).trimEnd()}\n${APPENDED}\n` });
        }),
    });
    await expect.poll(async () => (await shown(page)).kind, IN_STEP).toBe('title');
    const total = await page.evaluate(() => Number(document.querySelector('#counter')!.textContent!.split('/')[1]));
    const seen: Shown[] = [await shown(page)];
    for (let step = 2; step <= total; step++) {
      await page.keyboard.press('PageDown');
      await expect.poll(async () => (await shown(page)).step, IN_STEP).toBe(String(step));
      const card = await shown(page);
      seen.push(card);
      expect(card.separatorStartsLine, `step ${step}`).toEqual([]);
      if (card.kind !== 'winner') continue;
      // The map marks the winner's regency, every card.
      expect(await mapSelected(page), card.heading).toBe(card.code);
      if (card.picture === 'company' || card.picture === 'desa') {
        // Named with its regency; no coverage, rise or source of the regency worded as its own, and no key to colours that are not its.
        expect(card.text, card.heading).not.toMatch(/%|poin|Cakupan|Sumber/);
        expect(card.legend, card.heading).toBe(false);
      }
      if (card.heading === 'PT Sawit Ketapang Sejahtera') await page.screenshot({ path: screenshotPath('present-company-1080.png') });
      if (card.heading === 'Pemerintah Kabupaten Sekadau') {
        // No figure for 2024: singled out without the hatch, and no hatched key projected beside it.
        expect(card.legend, 'no key beside a winner without a figure').toBe(false);
        await expect.poll(() => hatched(page, '61.09'), IN_STEP).toBe(false);
        await page.screenshot({ path: screenshotPath('present-no-figure-1080.png') });
      }
    }

    // Every winner on a card of its own, named as in the data, on its regency.
    const winnerCards = seen.filter((card) => card.kind === 'winner');
    expect(Object.fromEntries(winnerCards.map((card) => [card.heading, card.code]))).toEqual(WINNERS);
    expect(winnerCards.find((card) => card.heading === 'Pemerintah Desa Sungai Awan Kiri')!.picture).toBe('desa');
    expect(winnerCards.filter((card) => card.picture === 'company').map((card) => card.heading)).toEqual(['PT Mempawah Agro Lestari', 'PT Sawit Ketapang Sejahtera', 'CV Tenun Songket Sambas']);
    // Categories in the committee's order, each opened by its card.
    expect(seen.filter((card) => card.kind === 'category').map((card) => card.heading)).toEqual(FIRSTS.map(([category]) => category));

    // The closing card, last: every category's first place, and every winning regency in colour.
    const closing = seen.at(-1)!;
    expect(closing.kind).toBe('closing');
    const firsts = await page.locator('#card .firsts li').evaluateAll((items) =>
      items.map((item) => [item.querySelector('.first-category')!.textContent, item.querySelector('.first-winner')!.textContent]),
    );
    expect(firsts).toEqual(FIRSTS);
    const focus = await page.evaluate(() => document.querySelector<ParitranaMap>('#map')!.focusRegions);
    expect([...(focus ?? [])].sort()).toEqual([...new Set(Object.values(WINNERS))].sort());
    await page.screenshot({ path: screenshotPath('present-closing-1080.png') });
    // PageDown on the closing card changes nothing.
    await page.keyboard.press('PageDown');
    expect(await shown(page)).toMatchObject({ step: String(total), kind: 'closing' });

    // Two reflexive Escapes: the show is still there, and still answers the clicker.
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await page.keyboard.press('PageUp');
    await expect.poll(async () => (await shown(page)).step, IN_STEP).toBe(String(total - 1));
    expect(new URL(page.url()).pathname).toMatch(/present\.html$/);
    expect(urlParam(page, 'step')).toBe(String(total - 1));
  });
});

describe('a desa known by its code', () => {
  test("is drawn on its card from its regency's desa boundaries; without that file, the card stays as it is", { timeout: 90_000 }, async () => {
    const { page, requests } = await openPage(session.browser, `${baseUrl}present.html?edition=2025`, {
      viewport: FULL_HD,
      // Two desa winners appended to the published awards.csv as an officer writes them, by desa code.
      before: async (p) => {
        await p.route('**/data/awards.csv', async (route) => {
          const original = await route.fetch();
          const rows = [
            `${ROW},pemerintah-desa-kelurahan,Pemerintah Desa/Kelurahan,Village governments,1,Pemerintah Desa Sungai Awan Kiri,pemerintah-desa,61.04.17.2002,${SOURCE}`,
            `${ROW},pemerintah-desa-kelurahan,Pemerintah Desa/Kelurahan,Village governments,2,Pemerintah Desa Dalam Kaum,pemerintah-desa,61.01.01.2001,${SOURCE}`,
          ];
          await route.fulfill({ response: original, body: `${(await original.text()).trimEnd()}\n${rows.join('\n')}\n` });
        });
        // A deployment without Sambas' desa file (an older build): that card keeps the regency marked.
        await p.route('**/data/desa/61.01.topo.json', (route) => route.fulfill({ status: 404, body: 'not found' }));
      },
      // Sambas' desa boundaries are not deployed: the one request that finds nothing.
      expectedErrors: [/status of 404/],
    });
    const desaCard = async (name: string) => {
      await page.keyboard.press('Home');
      for (let step = 0; step < 30 && (await shown(page)).heading !== name; step++) {
        const before = (await shown(page)).step;
        await page.keyboard.press('PageDown');
        await expect.poll(async () => (await shown(page)).step, IN_STEP).not.toBe(before);
      }
      return shown(page);
    };
    const sambas = await desaCard('Pemerintah Desa Dalam Kaum');
    expect(sambas).toMatchObject({ kind: 'winner', picture: 'desa', code: '61.01' });
    expect(await mapSelected(page)).toBe('61.01');
    await page.keyboard.press('PageDown');
    await expect.poll(async () => (await shown(page)).heading, IN_STEP).toBe('Pemerintah Desa Sungai Awan Kiri');
    expect(await mapSelected(page)).toBe('61.04');
    await expect.poll(() => page.locator('#card .desa-map path.desa-own').count(), IN_STEP).toBe(1);
    expect(await page.locator('#card .desa-map').isVisible()).toBe(true);
    expect(await page.locator('#card .desa-map path.desa-kecamatan').getAttribute('d')).toMatch(/^M/);
    await page.screenshot({ path: screenshotPath('present-desa-1080.png') });
    // The page asked for the desa files of these two regencies alone, each when its card came.
    const desaFiles = new Set(requests.filter((url) => new URL(url).pathname.includes('/data/desa/')).map((url) => new URL(url).pathname.split('/').pop()));
    expect([...desaFiles].sort()).toEqual(['61.01.topo.json', '61.04.topo.json']);
    // Back on Sambas' desa: nothing drawn, nothing said about it.
    await page.keyboard.press('PageUp');
    await expect.poll(async () => (await shown(page)).heading, IN_STEP).toBe('Pemerintah Desa Dalam Kaum');
    await expect.poll(() => page.locator('#card .desa-map').isVisible(), IN_STEP).toBe(false);
    expect(await page.locator('#card .desa-map path').count()).toBe(0);
  });
});
