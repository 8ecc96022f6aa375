// What an element that fetches its own data says about it, inside its own box: that the data is on its
// way (at once, and again when it is late), or what went wrong with it (the problems note). A partner
// whose file failed sees why where the element would have been, not a blank frame. The problems note
// comes with the problems (DataController loads it then), so a page whose data is sound never fetches it.
import { html, nothing } from 'lit';
import type { Lang } from '../../i18n/lang.ts';
import type { DataStatus } from './data-controller.ts';
import { DATA_NOTICE_MESSAGES } from './data-notice.messages.ts';

export function dataNotice(status: DataStatus, lang: Lang) {
  if (status.phase === 'loading') {
    const words = DATA_NOTICE_MESSAGES[lang];
    return html`<p class="data-loading ${status.late ? 'late' : ''}" part="loading" role="status">${status.late ? words.late : words.loading}</p>`;
  }
  return status.note ? status.note(status.problems, lang) : nothing;
}
