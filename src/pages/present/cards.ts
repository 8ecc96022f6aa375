// A step as a card, every string from the data as text (lit escapes it). Everything the audience must
// read is on the card itself (no tooltips, nothing on hover).
import { html, nothing, render } from 'lit';
import type { Step } from './sequence.ts';

/**
 * The card's words: eyebrow, heading and the step's lines; the title's province and the closing's first
 * places; for a desa known by its code, the place its map is drawn in (desa-map.ts), hidden until drawn.
 */
function cardContent(step: Step) {
  return html`<p class="eyebrow">${step.eyebrow}</p>
    <h1 class="heading">${step.heading}</h1>
    ${step.kind === 'title' && step.province ? html`<p class="subheading">${step.province}</p>` : nothing}
    ${step.kind === 'closing' && step.firsts.length > 0
      ? html`<ul class="firsts">
          ${step.firsts.map((first) => html`<li data-category=${first.category}><span class="first-category">${first.label}</span> <span class="first-winner">${first.winnerName}</span></li>`)}
        </ul>`
      : nothing}
    ${step.lines.length > 0 ? html`<ul class="lines">${step.lines.map((line) => html`<li>${line}</li>`)}</ul>` : nothing}
    ${step.kind === 'winner' && step.desaCode ? html`<div class="desa-map" data-desa=${step.desaCode} hidden></div>` : nothing}`;
}

export function renderCard(card: HTMLElement, step: Step): void {
  card.dataset.kind = step.kind;
  if (step.kind === 'winner') {
    card.dataset.code = step.regionCode;
    card.dataset.rank = String(step.rank);
    card.dataset.picture = step.picture;
  } else {
    delete card.dataset.code;
    delete card.dataset.rank;
    delete card.dataset.picture;
  }
  render(cardContent(step), card);
}

/** A card with one heading only: no edition, or the data could not be loaded. */
export function renderMessageCard(card: HTMLElement, heading: string, detail?: string): void {
  render(html`<h1 class="heading">${heading}</h1>${detail ? html`<p class="message-detail">${detail}</p>` : nothing}`, card);
}
