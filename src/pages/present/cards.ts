// A step as a card: plain DOM, every string from the data as text. Everything the audience must read
// is on the card itself (no tooltips, nothing on hover).
import { html } from '../shared/dom.ts';
import type { Step } from './sequence.ts';

export function renderCard(card: HTMLElement, step: Step): void {
  card.dataset.kind = step.kind;
  if (step.kind === 'winner') {
    card.dataset.code = step.regionCode;
    card.dataset.rank = String(step.rank);
  } else {
    delete card.dataset.code;
    delete card.dataset.rank;
  }
  const parts: Node[] = [html('p', { class: 'eyebrow' }, step.eyebrow), html('h1', { class: 'heading' }, step.heading)];
  if (step.lines.length > 0) parts.push(html('ul', { class: 'lines' }, ...step.lines.map((line) => html('li', {}, line))));
  card.replaceChildren(...parts);
}
