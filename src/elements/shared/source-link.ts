// A figure's or an award's source, as the winners panel, the region details and the app's table show
// it: one template, so a source reads and behaves the same wherever a reader meets it.
import { html, type TemplateResult } from 'lit';
import { sourceHost } from '../../i18n/format.ts';
import type { Lang } from '../../i18n/lang.ts';
import { COMMON } from '../../i18n/messages.ts';
import { safeHref } from '../../render/safe-url.ts';

/**
 * A link named by the source's host ("pontianak.tribunnews.com"), which may wrap after a dot on a
 * phone, never inside a word; `prefix` ("Sumber: ") leads it. It opens in a new tab, and says so to a
 * screen reader: an element on a partner's page never takes the reader away from it. An address that is
 * not http(s) (safeHref) is shown as it is, as text that runs nothing. Either is the part "source".
 */
export function sourceLink(address: string, lang: Lang, prefix = ''): TemplateResult {
  const href = safeHref(address);
  return href === null
    ? html`<span part="source">${prefix}${address}</span>`
    : html`<a part="source" href=${href} target="_blank" rel="noopener">${prefix}${sourceHost(href)
      .split('.')
      .map((label, i) => (i ? html`.<wbr>${label}` : label))}<span class="visually-hidden"> ${COMMON[lang].newTab}</span></a>`;
}
