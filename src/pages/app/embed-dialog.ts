// The embed dialog of the page: a modal <dialog> (Escape closes it, focus returns to the button that
// opened it) with the two snippets for the state on screen when it opens, each with a Copy button.
// The snippets themselves come from embed-snippet.ts; this module only shows them.
import { EMBED_SCRIPT, iframeSnippet, resizeScript, scriptSnippet } from './embed-snippet.ts';
import type { EmbedParams } from '../../model/embed-params.ts';

export interface EmbedDialogOptions {
  opener: HTMLButtonElement;
  dialog: HTMLDialogElement;
  /** The reader's state now, as the snippets carry it. */
  state(): Omit<EmbedParams, 'view' | 'scheme'>;
  /** The frame's accessible name for that state, in the reader's language. */
  frameTitle(): string;
  /** The dialog's words in the reader's language. */
  words(): { copied: string; notCopied: string };
}

function part<T extends Element>(dialog: HTMLDialogElement, selector: string): T {
  const found = dialog.querySelector<T>(selector);
  if (!found) throw new Error(`the embed dialog has no ${selector}`);
  return found;
}

export function setUpEmbedDialog({ opener, dialog, state, frameTitle, words }: EmbedDialogOptions): void {
  const iframeCode = part<HTMLTextAreaElement>(dialog, '#embed-iframe-code');
  const scriptCode = part<HTMLTextAreaElement>(dialog, '#embed-script-code');
  const status = part<HTMLElement>(dialog, '#embed-status');

  opener.addEventListener('click', () => {
    const now = { view: 'map' as const, ...state() };
    // The frame, then the few lines that let it grow to its content (a frame without them scrolls).
    iframeCode.value = `${iframeSnippet({ pageUrl: location.href, state: now, title: frameTitle() })}\n${resizeScript(location.href)}`;
    scriptCode.value = scriptSnippet({ scriptUrl: new URL(EMBED_SCRIPT, document.baseURI), state: now });
    status.textContent = '';
    dialog.showModal();
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
