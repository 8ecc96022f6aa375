// The data desk against files built to hurt and a browser storage that fails, in the built site
// (its Content-Security-Policy, its worker): workbooks that unpack to gigabytes or read two ways are
// refused within seconds while the page keeps answering; a kept import that cannot be read is set
// aside so a reload always brings the desk back; a storage that never answers or is full is said to
// be, exactly; and two tabs see each other's imports.
import { describe, expect, inject, test } from 'vitest';
import type { Page } from 'playwright';
import { denseSheets, deflateBomb, duplicateSheetName, secondDirectoryInComment } from '../fixtures/hostile-workbooks.ts';
import { openPage, REGENCY_CODES, useBrowser, waitForSvgMap } from './browser.ts';
import { largeCoverageCsv } from '../../scripts/lib/large-coverage.ts';

const baseUrl = inject('baseUrl');
const session = useBrowser(baseUrl);

const HEADER = 'region_code,period,metric,value,unit,source_url,confidence,note,note_id';
const coverage = (code: string) => `${HEADER}\n${code},2024,coverage_pct,41.2,percent,https://example.org/rekap,high,,\n`;
const csvFile = (name: string, text: string) => ({ name, mimeType: 'text/csv', buffer: Buffer.from(text) });
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Chooses files and waits until the desk says it read them (its performance mark). */
async function choose(page: Page, files: Parameters<Page['setInputFiles']>[1]): Promise<void> {
  const before = await page.evaluate(() => performance.getEntriesByName('paritrana-desk-preview').length);
  await page.locator('#file-input').setInputFiles(files);
  await page.waitForFunction((n) => performance.getEntriesByName('paritrana-desk-preview').length > n, before, { timeout: 60_000 });
}

/** Writes a record straight into the desk's IndexedDB store, as a damaged or older version would have left it. */
async function putRecord(page: Page, value: unknown): Promise<void> {
  await page.evaluate((record) => new Promise<void>((resolve, reject) => {
    const open = indexedDB.open('peta-paritrana');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const transaction = open.result.transaction('data-desk', 'readwrite');
      transaction.objectStore('data-desk').put(record, 'imported-files-61');
      transaction.oncomplete = () => {
        open.result.close();
        resolve();
      };
      transaction.onerror = () => reject(transaction.error);
    };
  }), value);
}

const status = (page: Page) => page.locator('#status').textContent();

describe('the data desk against hostile workbooks', () => {
  test('each is refused within seconds with one clear problem, and the page answers throughout', { timeout: 120_000 }, async () => {
    const { page } = await openPage(session.browser, `${baseUrl}desk.html?lang=en`);
    const cases = [
      { name: 'komentar.xlsx', bytes: secondDirectoryInComment(), says: /can be read in more than one way/ },
      { name: 'kembar.xlsx', bytes: duplicateSheetName(), says: /holds two parts named xl\/worksheets\/sheet1\.xml/ },
      { name: 'padat.xlsx', bytes: denseSheets(), says: /unpacks to at most 100 times its size/ },
      { name: 'bom.xlsx', bytes: deflateBomb(), says: /unpacks to more than its declared 150000000 bytes/ },
    ];
    for (const { name, bytes, says } of cases) {
      // Long tasks of the page from the moment the file is chosen (not the test's own delivery of it).
      await page.evaluate(() => {
        const w = window as unknown as { longest: number };
        w.longest = 0;
        let chosenAt = Infinity;
        document.querySelector('#file-input')!.addEventListener('change', () => (chosenAt = performance.now()), { capture: true, once: true });
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) if (entry.startTime >= chosenAt) w.longest = Math.max(w.longest, entry.duration);
        }).observe({ type: 'longtask' });
      });
      const started = Date.now();
      await choose(page, [{ name, mimeType: XLSX, buffer: Buffer.from(bytes) }]);
      expect(Date.now() - started, name).toBeLessThan(20_000);
      const report = (await page.locator(`.file-report:has(h3:text("${name}"))`).textContent())!;
      expect(report).toMatch(says);
      expect(await page.locator(`.file-report:has(h3:text("${name}")) .problem--error`).count()).toBe(1);
      // The unpacking ran in the worker: the page never froze (the old reader held it 12 to 39 s). The
      // desk's own drawing of the report is a task too, which a loaded two-core machine stretches past
      // a second: 3 s still tells a worker from a frozen page by a factor of four at least.
      expect(await page.evaluate(() => (window as unknown as { longest: number }).longest), name).toBeLessThan(3_000);
    }
  });
});

describe('the largest file the desk takes', () => {
  test('a 149,055-row CSV of 19.5 MB loads whole and is drawn, and a reload brings it back', { timeout: 180_000 }, async () => {
    const { page } = await openPage(session.browser, `${baseUrl}desk.html?lang=en`);
    const text = largeCoverageCsv(149_055, REGENCY_CODES, 'https://example.org/rekap-kepesertaan-bpjs-ketenagakerjaan-kalbar/2015-2026/v2.1');
    expect(text.length).toBeGreaterThan(19_400_000);
    await choose(page, [csvFile('cakupan-harian.csv', text)]);
    expect(await status(page)).toMatch(/1 file read and checked/);
    expect(await page.locator('.table-report').textContent()).toMatch(/149,055 rows loaded/);
    // The map's keyboard list says every regency's figures over the 30 years: all of them reached.
    await expect.poll(() => page.locator('#map [role="option"]').count()).toBe(REGENCY_CODES.length);
    await page.reload();
    await waitForSvgMap(page);
    await expect.poll(() => page.locator('.table-report').textContent(), { timeout: 60_000 }).toMatch(/149,055 rows loaded/);
  });
});

describe('the kept import when the browser storage fails', () => {
  test('a damaged record, or one that throws when checked, is set aside with a message, and a reload brings the desk back', { timeout: 90_000 }, async () => {
    const { page } = await openPage(session.browser, `${baseUrl}desk.html?lang=en`);
    await putRecord(page, { files: 'not a list', keptAt: 42 });
    await page.reload();
    await waitForSvgMap(page);
    await expect.poll(() => status(page)).toMatch(/cannot be read by this version of the site .*and was set aside/);
    expect(await page.locator('#kept-status').textContent()).toMatch(/No imported data is kept/);

    // Of the right shape, but its problems are not problems: checking it throws.
    const table = { file: 'rusak.csv', sheet: null, text: coverage('61.05'), rowOfLine: null, problems: [null, null] };
    await putRecord(page, { files: [{ file: 'rusak.csv', tables: [table], problems: [] }], keptAt: '2026-09-01T08:00:00.000Z' });
    await page.reload();
    await waitForSvgMap(page);
    await expect.poll(() => status(page)).toMatch(/was set aside/);
    await page.reload();
    await waitForSvgMap(page);
    expect(await status(page)).not.toMatch(/set aside/);
    expect(await page.locator('#kept-status').textContent()).toMatch(/No imported data is kept/);
  });

  test('a storage that never answers: the desk draws on the published data and says so within seconds', { timeout: 90_000 }, async () => {
    const { page } = await openPage(session.browser, `${baseUrl}desk.html?lang=en`, {
      // A database that never opens: no success, no error, ever.
      before: (p) => p.addInitScript(() => {
        IDBFactory.prototype.open = function open() {
          return {} as IDBOpenDBRequest;
        };
      }),
    });
    await expect.poll(() => status(page), { timeout: 8_000 }).toMatch(/storage did not answer/);
    await choose(page, [csvFile('cakupan.csv', coverage('61.05'))]);
    expect(await status(page)).toMatch(/whether this import is kept is not known/);
    expect(await page.locator('.table-report').textContent()).toMatch(/1 row loaded/);
  });

  test('a full storage: the new import is shown, and the desk says the earlier one is what is still kept', { timeout: 90_000 }, async () => {
    const { page } = await openPage(session.browser, `${baseUrl}desk.html?lang=en`);
    await choose(page, [csvFile('cakupan-lama.csv', coverage('61.05'))]);
    await page.evaluate(() => {
      IDBObjectStore.prototype.put = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    await choose(page, [csvFile('cakupan-baru.csv', coverage('61.10'))]);
    expect(await status(page)).toMatch(/could not be kept in this browser \(storage full\?\)\. The earlier import is still kept \([^)]*cakupan-lama\.csv\)/);
    expect(await page.locator('#kept-status').textContent()).toMatch(/The import shown is not kept\. This browser still keeps the earlier import/);
    expect(await page.locator('#report-body').textContent()).toMatch(/cakupan-baru\.csv/);
    // And a reload shows exactly that earlier import.
    await page.reload();
    await waitForSvgMap(page);
    await expect.poll(() => page.locator('#report-body').textContent()).toMatch(/cakupan-lama\.csv/);
    expect(await page.locator('#report-body').textContent()).not.toMatch(/cakupan-baru\.csv/);
  });

  test('two tabs: each shows and says the import the other keeps or clears', { timeout: 90_000 }, async () => {
    const { page: first } = await openPage(session.browser, `${baseUrl}desk.html?lang=en`);
    const second = await first.context().newPage();
    await second.goto(`${baseUrl}desk.html?lang=en`);
    await waitForSvgMap(second);

    await choose(first, [csvFile('dari-tab-pertama.csv', coverage('61.05'))]);
    await expect.poll(() => status(second)).toMatch(/Another tab kept a new import .*this tab now shows it/);
    expect(await second.locator('#report-body').textContent()).toMatch(/dari-tab-pertama\.csv/);
    expect(await second.locator('#kept-status').textContent()).toMatch(/is kept in this browser/);

    // The second tab adds its own file to what it now shows; the first tab follows.
    await choose(second, [csvFile('dari-tab-kedua.csv', coverage('61.10'))]);
    await expect.poll(() => first.locator('#report-body').textContent()).toMatch(/dari-tab-kedua\.csv/);
    expect(await first.locator('#report-body').textContent()).toMatch(/dari-tab-pertama\.csv/);

    await second.locator('#clear').click();
    await expect.poll(() => status(first)).toMatch(/Another tab cleared the imported data/);
    expect(await first.locator('#report-body').textContent()).toMatch(/No file checked yet/);
    expect(await first.locator('#kept-status').textContent()).toMatch(/No imported data is kept/);
  });
});
