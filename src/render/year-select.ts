// The year control: a labelled native <select>, which keyboards, screen readers and phones all know.
import type { YearChoice } from '../app/years.ts';
import { html } from './dom.ts';

export function renderYearOptions(select: HTMLSelectElement, choices: readonly YearChoice[], selected: number, regencyTotal: number): void {
  const options = choices.map((c) => html('option', { value: c.year }, `${c.year} (${c.regencyCount} dari ${regencyTotal} wilayah berangka)`));
  if (!choices.some((c) => c.year === selected)) options.push(html('option', { value: selected }, `${selected} (tidak ada angka)`));
  select.replaceChildren(...options);
  select.value = String(selected);
}
