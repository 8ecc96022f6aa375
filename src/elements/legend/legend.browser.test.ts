import axe from 'axe-core';
import { afterEach, describe, expect, test } from 'vitest';
import { userEvent } from 'vitest/browser';
import './legend.ts';
import type { ParitranaLegend } from './legend.component.ts';

// The test page says lang="en", and the elements follow the page: start from a page without a language.
document.documentElement.removeAttribute('lang');

type Detail = { classIndex: number | 'no-data' | null };

async function mount(attrs = ''): Promise<ParitranaLegend> {
  document.body.innerHTML = `<paritrana-legend ${attrs}></paritrana-legend>`;
  const el = document.querySelector('paritrana-legend')!;
  await el.updateComplete;
  return el;
}

function record(el: HTMLElement): Detail[] {
  const seen: Detail[] = [];
  el.addEventListener('paritrana-class-highlight', (e) => seen.push(e.detail));
  return seen;
}

const entries = (el: ParitranaLegend) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="entry"]')];
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

afterEach(() => {
  document.body.innerHTML = '';
});

describe('<paritrana-legend>', () => {
  test('is accessible, with carried-forward shown and in English', async () => {
    for (const attrs of ['', 'carry-forward lang="en" metric="participants_active"', 'metric="coverage_change_pp"']) {
      const el = await mount(attrs);
      const result = await axe.run(el);
      expect(result.violations).toEqual([]);
    }
  });

  test('shows the coverage classes, the hatch and a title by default; one Tab stop', async () => {
    const el = await mount();
    expect(el.shadowRoot!.querySelector('[part="title"]')!.textContent!.trim()).toMatch(/^Cakupan kepesertaan \(%\)/);
    const labels = entries(el).map((e) => e.querySelector('[part="label"]')!.textContent);
    expect(labels).toEqual(['< 20%', '20–30%', '30–40%', '40–50%', '50–60%', '≥ 60%', 'Data tidak tersedia']);
    const swatches = entries(el).map((e) => getComputedStyle(e.querySelector('[part="swatch"]')!));
    expect(swatches[0]!.backgroundColor).toBe('rgb(255, 255, 204)');
    expect(swatches[6]!.backgroundImage).toContain('repeating-linear-gradient');
    expect(swatches[6]!.backgroundImage).toContain('rgb(138, 138, 138)');
    expect(entries(el).filter((e) => e.tabIndex === 0)).toHaveLength(1);
  });

  test('with carry-forward shows the map’s dots and dashed outline, as an entry that is not a button', async () => {
    const el = await mount('carry-forward');
    const last = entries(el).at(-1)!;
    expect(last.tagName).toBe('SPAN');
    expect(last.textContent).toContain('angka tahun sebelumnya');
    const swatch = getComputedStyle(last.querySelector('[part="swatch"]')!);
    expect(swatch.borderTopStyle).toBe('dashed');
    expect(swatch.backgroundImage).toContain('radial-gradient');
  });

  for (const [metric, count] of [['coverage_pct', 8], ['participants_active', 7], ['coverage_change_pp', 7]] as const) {
    test(`fits 320 px as one row (${metric}): a colour bar with its breaks as ticks, short names, nothing overflowing`, async () => {
      const el = await mount(`lang="en" carry-forward metric="${metric}"`);
      el.style.width = '320px';
      await settle();
      const box = el.getBoundingClientRect();
      expect(entries(el)).toHaveLength(count);
      // The classes are one colour bar (the last two entries are the marks beside it); the marks share its row where they fit.
      const classTops = new Set(entries(el).slice(0, count - 2).map((e) => Math.round(e.getBoundingClientRect().top)));
      expect(classTops.size).toBe(1);
      const tops = new Set(entries(el).map((e) => Math.round(e.getBoundingClientRect().top)));
      expect(tops.size).toBeLessThanOrEqual(2);
      const bar = entries(el).slice(0, count - 2).map((e) => e.querySelector('[part="swatch"]')!.getBoundingClientRect());
      for (const segment of bar) expect(segment.width).toBeGreaterThanOrEqual(36);
      const visible = [...el.shadowRoot!.querySelectorAll<HTMLElement>('.tick, .short, [part="title"]')].filter((n) => n.getBoundingClientRect().width > 1);
      for (const node of visible) {
        const { left, right } = node.getBoundingClientRect();
        expect(left, node.textContent!).toBeGreaterThanOrEqual(box.left - 0.5);
        expect(right, node.textContent!).toBeLessThanOrEqual(box.right + 0.5);
      }
      // The ticks do not overlap one another.
      const ticks = [...el.shadowRoot!.querySelectorAll<HTMLElement>('.tick')].map((n) => n.getBoundingClientRect());
      for (let i = 1; i < ticks.length; i++) expect(ticks[i]!.left).toBeGreaterThan(ticks[i - 1]!.right);
      // The title is the metric's short name, on one line, the unit beside it where the ticks leave it out.
      const title = el.shadowRoot!.querySelector<HTMLElement>('[part="title"]')!;
      const seen = [...title.querySelectorAll('span')].filter((n) => n.getBoundingClientRect().width > 1).map((n) => n.textContent).join('');
      expect(seen).toBe({ coverage_pct: 'Coverage (%)', participants_active: 'Active participants', coverage_change_pp: 'Change in coverage (percentage points)' }[metric]);
      expect(title.getBoundingClientRect().height).toBeLessThan(30);
      // Title and the bar's rows: a small block, not a column of entries.
      expect(box.height).toBeLessThanOrEqual(100);
      // A screen reader still hears each class in full.
      expect(entries(el)[1]!.textContent).toContain(metric === 'coverage_change_pp' ? '\u22125 to \u22121 percentage points' : metric === 'coverage_pct' ? '20–30%' : '25,000–50,000');
    });
  }

  test('a change shows its unit once, in the title, and its ranges with words between the signs', async () => {
    const el = await mount('metric="coverage_change_pp" style="width: 700px"');
    const title = el.shadowRoot!.querySelector<HTMLElement>('[part="title"]')!;
    expect(title.innerText.trim()).toBe('Perubahan cakupan dari tahun sebelumnya (persen poin)');
    const shown = entries(el).map((e) => e.querySelector('[part="label"]')!.textContent);
    expect(shown.slice(0, 5)).toEqual(['< \u22125', '\u22125 s.d. \u22121', '\u22121 s.d. +1', '+1 s.d. +5', '≥ +5']);
    const tops = new Set(entries(el).map((e) => Math.round(e.getBoundingClientRect().top)));
    expect(tops.size).toBeLessThanOrEqual(2);
  });

  test('emits the class on hover and null on leave, and marks the entry highlighted', async () => {
    const el = await mount();
    // Start with the pointer off the entries, wherever an earlier test left it.
    await userEvent.hover(el.shadowRoot!.querySelector('[part="title"]')!);
    const seen = record(el);
    const third = entries(el)[2]!;
    await userEvent.hover(third);
    expect(seen).toEqual([{ classIndex: 2 }]);
    await el.updateComplete;
    expect(third.part.contains('highlighted')).toBe(true);
    expect(getComputedStyle(third).backgroundColor).not.toBe('rgba(0, 0, 0, 0)');
    await userEvent.hover(el.shadowRoot!.querySelector('[part="title"]')!);
    expect(seen).toEqual([{ classIndex: 2 }, { classIndex: null }]);
    await el.updateComplete;
    expect(third.part.contains('highlighted')).toBe(false);
  });

  test('emits on keyboard focus, moves with arrow keys and End, and null on leaving', async () => {
    document.body.innerHTML = '<button>before</button><paritrana-legend></paritrana-legend><button>after</button>';
    const el = document.querySelector('paritrana-legend')!;
    await el.updateComplete;
    // The pointer rests on the page, not on an entry: a hovered entry would win over the focused one.
    await userEvent.hover(document.querySelector('button')!);
    const seen = record(el);
    document.querySelector('button')!.focus();
    await userEvent.tab();
    await settle();
    expect(seen).toEqual([{ classIndex: 0 }]);
    await userEvent.keyboard('{ArrowRight}');
    await settle();
    expect(seen.at(-1)).toEqual({ classIndex: 1 });
    expect(seen).toHaveLength(2); // no null between two entries
    await userEvent.keyboard('{End}');
    await settle();
    expect(seen.at(-1)).toEqual({ classIndex: 'no-data' });
    await el.updateComplete;
    expect(entries(el).at(-1)!.part.contains('highlighted')).toBe(true);
    await userEvent.tab();
    await settle();
    expect(document.activeElement!.textContent).toBe('after');
    expect(seen.at(-1)).toEqual({ classIndex: null });
    // Tab back in lands on the entry last used.
    await userEvent.tab({ shift: true });
    await settle();
    expect(seen.at(-1)).toEqual({ classIndex: 'no-data' });
  });

  test('does not emit when properties are set from code', async () => {
    const el = await mount();
    const seen = record(el);
    el.metric = 'participants_active';
    el.lang = 'en';
    el.carryForward = true;
    el.scheme = 'cividis';
    await el.updateComplete;
    await settle();
    expect(seen).toEqual([]);
    expect(entries(el)[0]!.textContent).toContain('< 25,000');
  });
});
