// The embed dialog of the page, loaded the first time "Embed" is pressed (the first screen does without
// it): a modal <dialog> (Escape closes it, focus returns to the button that opened it) where the reader
// chooses a view (the map, or all the elements) and a height, sees the frame as a partner's page will
// show it, and copies either snippet: the iframe with its resize script, or the script with the web
// components. The snippets themselves come from embed-snippet.ts; this module only shows them.
import { EMBED_SCRIPT, embedPageUrl, iframeSnippet, resizeScript, scriptSnippet } from './embed-snippet.ts';
import type { EmbedParams } from '../../model/embed-params.ts';
import { pageAddress } from '../../model/url.ts';
import type { Lang } from '../../i18n/lang.ts';
import { SHARE_MESSAGES, type ShareKey } from './share.messages.ts';
import { figureTitle, frameTitle } from './share-titles.ts';

type EmbedState = Omit<EmbedParams, 'view' | 'scheme'>;
type DialogView = 'map' | 'all';

export interface EmbedDialogOptions {
  opener: HTMLButtonElement;
  dialog: HTMLDialogElement;
  /** The reader's state now, as the snippets carry it. */
  state(): EmbedState;
  /** The province's name in a language, for the titles. */
  province(lang: Lang): string;
  /** The dialog's words in the reader's language. */
  words(): { copied: string; notCopied: string };
}

/** The frame's height each view opens with: the map and its legend, or everything in one column on a phone. */
const DEFAULT_HEIGHTS: Readonly<Record<DialogView, number>> = { map: 520, all: 1200 };
const HEIGHT_RANGE = { min: 240, max: 3000 } as const;

function part<T extends Element>(dialog: HTMLDialogElement, selector: string): T {
  const found = dialog.querySelector<T>(selector);
  if (!found) throw new Error(`the embed dialog has no ${selector}`);
  return found;
}

let open: (() => void) | null = null;

/** Shows the dialog for the state on screen now; wires it the first time. */
export function openEmbedDialog(options: EmbedDialogOptions): void {
  open ??= setUp(options);
  open();
}

function setUp({ opener, dialog, state, province, words }: EmbedDialogOptions): () => void {
  const iframeCode = part<HTMLTextAreaElement>(dialog, '#embed-iframe-code');
  const scriptCode = part<HTMLTextAreaElement>(dialog, '#embed-script-code');
  const status = part<HTMLElement>(dialog, '#embed-status');
  const preview = part<HTMLIFrameElement>(dialog, '#embed-preview');
  const heightInput = part<HTMLInputElement>(dialog, '#embed-height');
  const viewInputs = [...dialog.querySelectorAll<HTMLInputElement>('input[name="embed-view"]')];
  const view = (): DialogView => (viewInputs.find((input) => input.checked)?.value === 'all' ? 'all' : 'map');
  const height = (): number => {
    const chosen = Math.round(heightInput.valueAsNumber);
    return Number.isFinite(chosen) ? Math.min(HEIGHT_RANGE.max, Math.max(HEIGHT_RANGE.min, chosen)) : DEFAULT_HEIGHTS[view()];
  };

  /** The snippets and the preview for the state, view and height now. */
  const show = () => {
    const now = { ...state(), view: view() };
    const lang = now.lang;
    const place = province(lang);
    const title = frameTitle(now.metric, lang, place, now.year);
    const words = SHARE_MESSAGES[lang];
    // The frame, then the few lines that let it grow to its content (a frame without them scrolls).
    iframeCode.value = `${iframeSnippet({ pageUrl: location.href, state: now, title, height: height() })}\n${resizeScript(location.href)}`;
    scriptCode.value = scriptSnippet({
      scriptUrl: new URL(EMBED_SCRIPT, document.baseURI),
      state: now,
      view: now.view,
      title: figureTitle(now.metric, lang, place),
      source: words.source,
      credit: words.credit,
      creditUrl: new URL(pageAddress({ page: 'app', year: now.year, metric: now.metric, region: now.region, lang, carryForward: now.carryForward }), document.baseURI),
    });
    // The preview is the iframe snippet's frame, at the height chosen (without the resize script: what
    // a page shows that leaves it out, and what the frame shows before the script runs).
    const src = embedPageUrl(location.href, now);
    if (preview.src !== src) preview.src = src;
    preview.title = title;
    preview.style.height = `${height()}px`;
  };

  for (const input of viewInputs) {
    input.addEventListener('change', () => {
      heightInput.value = String(DEFAULT_HEIGHTS[view()]);
      show();
    });
  }
  heightInput.min = String(HEIGHT_RANGE.min);
  heightInput.max = String(HEIGHT_RANGE.max);
  heightInput.addEventListener('change', () => {
    heightInput.value = String(height());
    show();
  });
  part<HTMLButtonElement>(dialog, '#embed-close').addEventListener('click', () => dialog.close());
  // Browsers return focus to the opener on close, but not all of them yet: say so explicitly.
  dialog.addEventListener('close', () => opener.focus());
  // A click on the backdrop (outside the dialog's box) closes it, as Escape does.
  dialog.addEventListener('click', (event) => {
    if (event.target !== dialog) return;
    const box = dialog.getBoundingClientRect();
    const inside = event.clientX >= box.left && event.clientX <= box.right && event.clientY >= box.top && event.clientY <= box.bottom;
    if (!inside) dialog.close();
  });
  for (const button of dialog.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
    const code = part<HTMLTextAreaElement>(dialog, `#${button.dataset.copy}`);
    button.addEventListener('click', () => void copy(code, status, words()));
  }
  if (!heightInput.value) heightInput.value = String(DEFAULT_HEIGHTS.map);

  return () => {
    // The dialog's own words, in the language on screen now (the page's static words are translated
    // with the page; these come with this module).
    const lang = state().lang;
    for (const element of dialog.querySelectorAll<HTMLElement>('[data-share-i18n]')) {
      element.textContent = SHARE_MESSAGES[lang][element.dataset.shareI18n as ShareKey];
    }
    status.textContent = '';
    show();
    if (!dialog.open) dialog.showModal();
  };
}

async function copy(code: HTMLTextAreaElement, status: HTMLElement, words: { copied: string; notCopied: string }): Promise<void> {
  try {
    await navigator.clipboard.writeText(code.value);
    status.textContent = words.copied;
  } catch {
    // No clipboard (an insecure origin, a denied permission): select the text for the reader to copy.
    code.focus();
    code.select();
    status.textContent = words.notCopied;
  }
}
