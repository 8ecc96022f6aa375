// Rehearsal with two windows (built site): the hall's screen and the presenter view of the same edition
// as two pages of one browser context, where a BroadcastChannel reaches both. The clicker may talk to
// either; the other follows. The presenter view shows the next card and the notes from the data.
import { describe, expect, inject, test } from 'vitest';
import type { BrowserContext, Page } from 'playwright';
import { mapSelected, openPage, urlParam, useBrowser, screenshotPath } from './browser.ts';

const baseUrl = inject('baseUrl');
const LAPTOP = { width: 1280, height: 720 };

const session = useBrowser(baseUrl);

/**
 * How long a window may take to follow the other. Both pages share a small machine's cores with
 * MapLibre drawing in software (SwiftShader) and whatever else runs there: a step crosses in
 * milliseconds when idle, seconds when loaded. Tests wait for the state, never for a fixed time.
 */
const IN_STEP = { timeout: 25_000, interval: 100 };
const poll = <T,>(read: () => Promise<T> | T) => expect.poll(read, IN_STEP);

/** The audience's card: its kind and the regency it names. */
function audienceCard(page: Page): Promise<{ kind?: string; code?: string; heading?: string | null }> {
  return page.evaluate(() => {
    const card = document.querySelector<HTMLElement>('#card')!;
    return { kind: card.dataset.kind, code: card.dataset.code, heading: card.querySelector('h1')?.textContent };
  });
}

/** What the presenter view shows: the counter, the current and the next card's headings, the note. */
function presenterShows(page: Page): Promise<{ counter?: string | null; now?: string | null; next?: string | null; note?: string | null }> {
  return page.evaluate(() => ({
    counter: document.querySelector('#pv-counter')?.textContent,
    now: document.querySelector('#pv-current h1')?.textContent,
    next: document.querySelector('#pv-next h1')?.textContent ?? document.querySelector('#pv-next')?.textContent,
    note: document.querySelector('#pv-note')?.textContent,
  }));
}

/**
 * The presenter view as a second page of the audience page's context, its errors recorded. The
 * context's requests are already watched by openPage, the second page's included.
 */
async function openPresenter(audience: Page, url: string): Promise<{ page: Page; errors: string[] }> {
  const page = await audience.context().newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(url);
  await page.waitForSelector('#pv-counter:not(:empty)', IN_STEP);
  return { page, errors };
}

/** The counter of the hall's window ("3" for step 3), once the page has started. */
const audienceStep = (page: Page) => page.evaluate(() => document.body.dataset.step);

/**
 * Lets a test make a window deaf to the other (`deaf(page, true)`) until `deaf(page, false)`: the channel's messages reach it and are
 * dropped, as they are for a page frozen in the background or one still loading.
 */
async function installDeafness(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const Native = window.BroadcastChannel;
    window.BroadcastChannel = class extends Native {
      constructor(name: string) {
        super(name);
        // Registered before the page's own listener, so it runs first and can stop it.
        this.addEventListener('message', (event) => {
          if ((window as { deaf?: boolean }).deaf) event.stopImmediatePropagation();
        });
      }
    };
  });
}
const deaf = (page: Page, value: boolean) => page.evaluate((v) => void ((window as { deaf?: boolean }).deaf = v), value);

describe('presenter view and the hall, in step', () => {
  test('the presenter view opened after the hall moved to step 3 shows step 3', { timeout: 90_000 }, async () => {
    const { page: audience } = await openPage(session.browser, `${baseUrl}present.html?edition=2025`, { viewport: LAPTOP });
    await audience.keyboard.press('PageDown');
    await audience.keyboard.press('PageDown');
    await poll(() => audienceStep(audience)).toBe('3');
    // Its address says step 1: the hall's step wins, without another key pressed anywhere.
    const { page: presenter, errors } = await openPresenter(audience, `${baseUrl}present.html?edition=2025&view=presenter&step=1`);
    await poll(async () => (await presenterShows(presenter)).counter).toBe('3 / 12');
    expect(urlParam(presenter, 'step')).toBe('3');
    expect(await audienceStep(audience)).toBe('3');
    expect(errors).toEqual([]);
  });

  test('a presenter view still loading when the hall moves joins at the step it missed', { timeout: 90_000 }, async () => {
    const { page: audience } = await openPage(session.browser, `${baseUrl}present.html?edition=2025`, { viewport: LAPTOP });
    const presenter = await audience.context().newPage();
    // The presenter view's data is held back: its channel does not exist yet when the hall moves.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await presenter.route('**/data/**', async (route) => {
      await held;
      await route.continue();
    });
    await presenter.goto(`${baseUrl}present.html?edition=2025&view=presenter`, { waitUntil: 'commit' });
    await audience.keyboard.press('PageDown');
    await audience.keyboard.press('PageDown');
    await poll(() => audienceStep(audience)).toBe('3');
    release();
    await poll(async () => (await presenterShows(presenter)).counter).toBe('3 / 12');
  });

  test('a window that missed steps catches up when it is shown or focused again, and never moves the other back', { timeout: 90_000 }, async () => {
    const { page: audience } = await openPage(session.browser, `${baseUrl}present.html?edition=2025`, {
      viewport: LAPTOP,
      before: (page) => installDeafness(page.context()),
    });
    const { page: presenter } = await openPresenter(audience, `${baseUrl}present.html?edition=2025&view=presenter`);
    await poll(async () => (await presenterShows(presenter)).counter).toBe('1 / 12');

    // The presenter view misses two steps of the hall...
    await deaf(presenter, true);
    await audience.keyboard.press('PageDown');
    await audience.keyboard.press('PageDown');
    await poll(() => audienceStep(audience)).toBe('3');
    await deaf(presenter, false);
    expect((await presenterShows(presenter)).counter).toBe('1 / 12');
    // ...and catches up when it comes back into view, without another key pressed.
    await presenter.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
    await poll(async () => (await presenterShows(presenter)).counter).toBe('3 / 12');

    // The hall misses a step of the presenter's; when the hall gets the focus, it catches up, and the
    // presenter view, ahead of it, stays where it is.
    await deaf(audience, true);
    await presenter.keyboard.press('PageDown');
    await poll(async () => (await presenterShows(presenter)).counter).toBe('4 / 12');
    expect(await audienceStep(audience)).toBe('3');
    await deaf(audience, false);
    await audience.evaluate(() => window.dispatchEvent(new Event('focus')));
    await poll(() => audienceStep(audience)).toBe('4');
    expect((await presenterShows(presenter)).counter).toBe('4 / 12');
  });

  test('PageDown in either window moves both; the late window joins at the current step; the presenter sees the next card and the note', { timeout: 180_000 }, async () => {
    const { page: audience } = await openPage(session.browser, `${baseUrl}present.html?edition=2025`, { viewport: LAPTOP });
    // The hall moves on before the presenter view is open: it must join at step 4 (the category's
    // nominees), not at its own address's.
    await audience.keyboard.press('PageDown');
    await audience.keyboard.press('PageDown');
    await audience.keyboard.press('PageDown');
    await poll(async () => (await audienceCard(audience)).kind).toBe('nominees');

    const { page: presenter, errors } = await openPresenter(audience, `${baseUrl}present.html?edition=2025&view=presenter`);
    await poll(() => presenterShows(presenter)).toMatchObject({ counter: '4 / 12', now: 'Pemerintah Kabupaten/Kota', next: 'Pemerintah Kabupaten Sekadau' });
    expect((await presenterShows(presenter)).note).toBe('Berikutnya: Pemerintah Kabupaten Sekadau');
    // The presenter's window shows the two cards' maps, small, and says what it is.
    expect(await presenter.locator('paritrana-map').count()).toBe(2);
    expect(await presenter.title()).toBe('Paritrana Award 2025 · Tampilan penyaji');

    // The clicker talks to the presenter's window: the hall follows, card and map.
    await presenter.keyboard.press('PageDown');
    await poll(() => audienceCard(audience)).toMatchObject({ kind: 'winner', code: '61.09' });
    expect(await mapSelected(audience)).toBe('61.09');
    // The presenter sees the map the hall sees: the winner selected, the next winner on the next card's map.
    await poll(() => mapSelected(presenter, '#pv-current-map')).toBe('61.09');
    expect(await mapSelected(presenter, '#pv-next-map')).toBe('61.02');
    expect(urlParam(audience, 'step')).toBe('5');
    await presenter.keyboard.press('PageDown');
    await presenter.keyboard.press('PageDown');
    await poll(() => audienceCard(audience)).toMatchObject({ kind: 'winner', code: '61.04' });
    expect(await mapSelected(audience)).toBe('61.04');
    await poll(() => presenterShows(presenter)).toMatchObject({
      counter: '7 / 12',
      now: 'Pemerintah Kabupaten Ketapang',
      next: 'Inovasi Perlindungan Pekerja Rentan Desa Tahun 2024',
      // The note from data/awards.csv's presenter_note.
      note: 'Ketapang: cakupan naik dari 55,69% (2023) ke 68,02% (2024), naik 12,33 poin',
    });
    expect(urlParam(presenter, 'step')).toBe('7');
    await presenter.screenshot({ path: screenshotPath('present-presenter-720.png') });

    // ...and the other way: the clicker talks to the hall's window.
    await audience.keyboard.press('PageDown');
    await poll(async () => (await presenterShows(presenter)).counter).toBe('8 / 12');
    await audience.keyboard.press('PageUp');
    await audience.keyboard.press('PageUp');
    await poll(async () => (await presenterShows(presenter)).now).toBe('Pemerintah Kabupaten Mempawah');
    expect((await audienceCard(audience)).code).toBe('61.02');

    // End and Home from the presenter; the presenter's own buttons do the same as the keys.
    await presenter.keyboard.press('End');
    await poll(async () => (await audienceCard(audience)).kind).toBe('closing');
    expect((await presenterShows(presenter)).next).toBe('Akhir presentasi');
    await presenter.keyboard.press('Home');
    await poll(async () => (await audienceCard(audience)).kind).toBe('title');
    await presenter.click('#pv-next-button');
    await poll(async () => (await audienceCard(audience)).kind).toBe('province');

    // B in the presenter's window blacks out the hall only; B in the hall's window lifts it for both.
    await presenter.keyboard.press('b');
    await poll(() => audience.locator('#blackout').isVisible()).toBe(true);
    expect(await presenter.locator('#pv-black').isVisible()).toBe(true);
    expect(await presenter.locator('#pv-note').isVisible()).toBe(true);
    await audience.keyboard.press('b');
    await poll(() => presenter.locator('#pv-black').isVisible()).toBe(false);
    expect(await audience.locator('#blackout').isVisible()).toBe(false);

    // The clock and the timer run.
    expect(await presenter.locator('#pv-clock').textContent()).toMatch(/^\d\d[.:]\d\d$/);
    expect(await presenter.locator('#pv-elapsed').textContent()).toMatch(/^\d+:\d\d$/);
    expect(errors).toEqual([]);
  });

  test("P on the hall's screen opens the presenter view at the same step, in the same language; its button ends the show there", { timeout: 90_000 }, async () => {
    const { page: audience } = await openPage(session.browser, `${baseUrl}present.html?edition=2025&lang=en&step=5`, { viewport: LAPTOP });
    // No button on the hall's screen: a key opens the presenter view.
    expect(await audience.evaluate(() => document.querySelectorAll('button').length)).toBe(0);
    const [popup] = await Promise.all([audience.context().waitForEvent('page'), audience.keyboard.press('p')]);
    const errors: string[] = [];
    popup.on('pageerror', (error) => errors.push(error.message));
    await popup.waitForSelector('#pv-counter:not(:empty)');
    expect(new URL(popup.url()).searchParams.get('view')).toBe('presenter');
    await poll(async () => (await presenterShows(popup)).counter).toBe('5 / 12');
    // presenter_note is written in Bahasa Indonesia only: the English view shows it as written.
    expect((await presenterShows(popup)).note).toMatch(/^Sekadau: /);
    // Opening it was not a click on the slides: the hall did not move on.
    expect(urlParam(audience, 'step')).toBe('5');
    await popup.keyboard.press('PageDown');
    await poll(async () => (await audienceCard(audience)).code).toBe('61.02');
    await popup.keyboard.press('End');
    await poll(async () => (await audienceCard(audience)).kind).toBe('closing');
    expect(await presenterShows(popup)).toMatchObject({ note: 'No note for this step.', next: 'End of the presentation' });
    expect(await popup.locator('.pv-help').textContent()).toContain('P');
    expect(errors).toEqual([]);

    // Leaving is the presenter's choice, a button: the presenter's window goes to the map of the year the
    // edition judged, whose winners panel shows the same edition; the hall stays on its card.
    await popup.click('#pv-leave');
    await popup.waitForURL((url) => !url.pathname.endsWith('present.html') && url.searchParams.get('year') === '2024');
    await poll(() => popup.locator('#winners h2').first().textContent()).toBe('Paritrana Award 2025');
    expect((await audienceCard(audience)).kind).toBe('closing');
  });
});
