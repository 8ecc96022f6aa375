import axe from 'axe-core';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import './year-slider.ts';
import type { ParitranaYearSlider } from './year-slider.component.ts';

// The test page says lang="en", and the elements follow the page: start from a page without a language.
document.documentElement.removeAttribute('lang');

const YEARS = '2021 2022 2023 2024 2025';
// The years judged and the editions that judged them; a bare 2021 (an edition whose year judged is unknown) names none.
const EDITIONS = '2021 2023:2023 2024:2025';

async function mount(attrs = `years="${YEARS}" editions="${EDITIONS}" value="2023"`): Promise<ParitranaYearSlider> {
  document.body.innerHTML = `<paritrana-year-slider ${attrs}></paritrana-year-slider>`;
  const el = document.querySelector('paritrana-year-slider')!;
  await el.updateComplete;
  return el;
}

function record(el: HTMLElement): number[] {
  const seen: number[] = [];
  el.addEventListener('paritrana-year-change', (e) => seen.push(e.detail.year));
  return seen;
}

const q = <T extends Element = HTMLElement>(el: ParitranaYearSlider, selector: string) => el.shadowRoot!.querySelector<T & HTMLElement>(selector)!;
const slider = (el: ParitranaYearSlider) => q(el, '[role="slider"]');
const tick = (el: ParitranaYearSlider, year: number) => q(el, `[part~="tick"][data-year="${year}"]`);
const playButton = (el: ParitranaYearSlider) => q<HTMLButtonElement>(el, '[part~="play-button"]');

afterEach(() => {
  vi.useRealTimers();
  document.body.innerHTML = '';
});

describe('<paritrana-year-slider>', () => {
  test('is accessible, in both languages and while playing', async () => {
    for (const extra of ['', ' lang="en" playing speed="2"']) {
      const el = await mount(`years="${YEARS}" editions="${EDITIONS}" value="2023"${extra}`);
      const result = await axe.run(el);
      expect(result.violations).toEqual([]);
      el.playing = false;
    }
  });

  test('is a slider over the years, announcing award editions, with a label for every year', async () => {
    const el = await mount();
    const s = slider(el);
    expect(s.getAttribute('aria-label')).toBe('Tahun');
    expect(s.getAttribute('aria-valuemin')).toBe('2021');
    expect(s.getAttribute('aria-valuemax')).toBe('2025');
    expect(s.getAttribute('aria-valuenow')).toBe('2023');
    expect(s.getAttribute('aria-valuetext')).toBe('2023, dinilai pada Paritrana Award 2023');
    el.value = 2024;
    await el.updateComplete;
    expect(s.getAttribute('aria-valuetext')).toBe('2024, dinilai pada Paritrana Award 2025');
    el.value = 2025;
    await el.updateComplete;
    expect(s.getAttribute('aria-valuetext')).toBe('2025');
    const ticks = [...el.shadowRoot!.querySelectorAll('[part~="tick"]')];
    expect(ticks.map((t) => t.textContent!.replace(/,.*/, '').trim())).toEqual(['2021', '2022', '2023', '2024', '2025']);
    expect(ticks.filter((t) => t.querySelector('.trophy')).map((t) => t.getAttribute('data-year'))).toEqual(['2023', '2024']);
  });

  test('a trophy says which edition judged its year, in its title and to a screen reader, in both languages', async () => {
    const el = await mount();
    expect(tick(el, 2024).getAttribute('title')).toBe('dinilai pada Paritrana Award 2025');
    expect(tick(el, 2024).textContent).toContain('dinilai pada Paritrana Award 2025');
    // No trophy where no edition's judged year is published: it would claim 2021 was judged.
    expect(tick(el, 2021).hasAttribute('title')).toBe(false);
    expect(tick(el, 2021).querySelector('.trophy')).toBeNull();
    expect(tick(el, 2025).hasAttribute('title')).toBe(false);
    el.lang = 'en';
    await el.updateComplete;
    expect(tick(el, 2024).getAttribute('title')).toBe('judged in the Paritrana Award 2025');
    // Marks set from code, as the page passes sliderYears(dataset).marks.
    el.editions = [{ year: 2022, edition: 2023 }];
    await el.updateComplete;
    expect(tick(el, 2022).getAttribute('title')).toBe('judged in the Paritrana Award 2023');
    expect(tick(el, 2024).querySelector('.trophy')).toBeNull();
  });

  test('defaults: the last year when no value is given, paused, 1 s per year, Putar', async () => {
    const el = await mount(`years="${YEARS}"`);
    expect(slider(el).getAttribute('aria-valuenow')).toBe('2025');
    expect(el.playing).toBe(false);
    expect(q<HTMLSelectElement>(el, 'select').value).toBe('1');
    expect(playButton(el).textContent!.trim()).toBe('Putar');
    el.lang = 'en';
    await el.updateComplete;
    expect(playButton(el).textContent!.trim()).toBe('Play');
    expect(q(el, 'label').textContent).toContain('Speed');
  });

  test('the thumb sits over the selected year', async () => {
    const el = await mount();
    const thumb = q(el, '[part~="thumb"]').getBoundingClientRect();
    const label = tick(el, 2023).getBoundingClientRect();
    expect(Math.abs(thumb.left + thumb.width / 2 - (label.left + label.width / 2))).toBeLessThan(1.5);
  });

  test('keys: arrows, Page keys, Home and End move the year and emit each change', async () => {
    const el = await mount();
    const seen = record(el);
    slider(el).focus();
    await userEvent.keyboard('{ArrowRight}');
    await userEvent.keyboard('{ArrowUp}');
    await userEvent.keyboard('{ArrowUp}'); // already at the end: no change, no event
    await userEvent.keyboard('{ArrowLeft}');
    await userEvent.keyboard('{PageDown}');
    await userEvent.keyboard('{ArrowDown}');
    await userEvent.keyboard('{End}');
    await userEvent.keyboard('{Home}');
    await userEvent.keyboard('{PageUp}');
    expect(seen).toEqual([2024, 2025, 2024, 2023, 2022, 2025, 2021, 2022]);
    await el.updateComplete;
    expect(slider(el).getAttribute('aria-valuenow')).toBe('2022');
  });

  test('clicking a year label selects it; dragging the thumb selects the year it is dropped on', async () => {
    const el = await mount();
    const seen = record(el);
    await userEvent.click(tick(el, 2025));
    expect(seen).toEqual([2025]);
    await el.updateComplete;
    expect(tick(el, 2025).classList.contains('selected')).toBe(true);
    await userEvent.dragAndDrop(q(el, '[part~="thumb"]'), tick(el, 2022));
    expect(seen.at(-1)).toBe(2022);
    expect(el.value).toBe(2022);
    expect(el.shadowRoot!.activeElement).toBe(slider(el));
  });

  test('play steps one year per speed, emits each step, and stops at the last year', async () => {
    const el = await mount();
    const seen = record(el);
    vi.useFakeTimers();
    q<HTMLSelectElement>(el, 'select').value = '0.5';
    q<HTMLSelectElement>(el, 'select').dispatchEvent(new Event('change'));
    playButton(el).click();
    await el.updateComplete;
    expect(playButton(el).textContent!.trim()).toBe('Jeda');
    vi.advanceTimersByTime(499);
    expect(seen).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(seen).toEqual([2024]);
    vi.advanceTimersByTime(500);
    expect(seen).toEqual([2024, 2025]);
    await el.updateComplete;
    expect(el.playing).toBe(false);
    expect(playButton(el).textContent!.trim()).toBe('Putar');
    vi.advanceTimersByTime(5000);
    expect(seen).toEqual([2024, 2025]);
  });

  test('Space on the slider or the button toggles play; pause stops the steps; play at the end starts from the first year', async () => {
    const el = await mount(`years="${YEARS}" value="2025"`);
    const seen = record(el);
    slider(el).focus();
    vi.useFakeTimers();
    await userEvent.keyboard(' ');
    expect(el.playing).toBe(true);
    expect(seen).toEqual([2021]);
    vi.advanceTimersByTime(1000);
    expect(seen).toEqual([2021, 2022]);
    playButton(el).focus();
    await userEvent.keyboard(' ');
    expect(el.playing).toBe(false);
    vi.advanceTimersByTime(3000);
    expect(seen).toEqual([2021, 2022]);
  });

  test('touch targets are at least 44 px and the control fits 375 px', async () => {
    const el = await mount();
    el.style.width = '343px';
    await el.updateComplete;
    for (const part of ['track', 'play-button', 'speed']) {
      expect(q(el, `[part~="${part}"]`).getBoundingClientRect().height).toBeGreaterThanOrEqual(44);
    }
    const box = el.getBoundingClientRect();
    for (const node of el.shadowRoot!.querySelectorAll('[part~="tick"], button, select')) {
      const r = node.getBoundingClientRect();
      expect(r.left).toBeGreaterThanOrEqual(box.left - 0.5);
      expect(r.right).toBeLessThanOrEqual(box.right + 0.5);
    }
  });

  test('does not emit when value, years, lang or speed are set from code', async () => {
    const el = await mount();
    const seen = record(el);
    el.value = 2021;
    el.years = [2020, 2021, 2022];
    el.lang = 'en';
    el.speed = 2;
    await el.updateComplete;
    expect(seen).toEqual([]);
    expect(slider(el).getAttribute('aria-valuenow')).toBe('2021');
  });
});
