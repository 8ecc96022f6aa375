// The notice shown when the address names a choice the page cannot show (?metric=coverage_change, a year
// the data lack, an unknown region): the page opens on its default, says what it found and what exists,
// and the address is already corrected (main.ts writes the state it shows). Loaded only when needed.
import { html, render } from 'lit';
import { fill } from '../../i18n/messages.ts';
import type { Lang } from '../../i18n/lang.ts';
import type { AddressRefusal } from '../../model/url.ts';
import { ADDRESS_NOTICE_MESSAGES } from './address-notice.messages.ts';

export interface AddressNoticeContext {
  /** Every metric id and its name: what the address may write. */
  metrics: readonly { id: string; name: string }[];
  /** The metric and the year the map shows instead. */
  shownMetric: string;
  shownYear: number;
  years: readonly number[];
  /** A region code the address could have written. */
  exampleRegion: string;
}

/** The notice's sentences, one a refusal, then that the address was corrected. */
export function addressNoticeText(refused: readonly AddressRefusal[], context: AddressNoticeContext, lang: Lang): string[] {
  const words = ADDRESS_NOTICE_MESSAGES[lang];
  const sentences = refused.map(({ param, value }) => {
    if (param === 'metric') {
      const choices = context.metrics.map((m) => `${m.id} (${m.name})`).join(', ');
      return fill(words.metric, { value, shown: context.shownMetric, choices });
    }
    if (param === 'year') return fill(words.year, { value, shown: context.shownYear, choices: context.years.join(', ') });
    return fill(words.region, { value, example: context.exampleRegion });
  });
  return [...sentences, words.corrected];
}

/** Shows the notice in `container`, with a button that closes it. */
export function showAddressNotice(container: HTMLElement, refused: readonly AddressRefusal[], context: AddressNoticeContext, lang: Lang): void {
  const close = () => {
    container.hidden = true;
  };
  render(
    html`<p>${addressNoticeText(refused, context, lang).join(' ')}</p>
      <button type="button" class="address-notice-close" aria-label=${ADDRESS_NOTICE_MESSAGES[lang].close} @click=${close}>×</button>`,
    container,
  );
  container.hidden = false;
}
