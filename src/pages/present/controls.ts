// What the presenter's keys and address mean (the one writer of addresses, pageAddress in
// src/model/url.ts, writes it). Pure, so a clicker's keys (most send PageDown and PageUp, some arrows
// or B for black) are tested in Node; present.ts only listens and acts.
import { toLang, type Lang } from '../../i18n/lang.ts';

export type PresentAction = 'next' | 'previous' | 'first' | 'last' | 'black' | 'fullscreen' | 'leave' | 'presenter';

const KEYS: Readonly<Record<string, PresentAction>> = {
  PageDown: 'next',
  ArrowRight: 'next',
  ArrowDown: 'next',
  ' ': 'next',
  PageUp: 'previous',
  ArrowLeft: 'previous',
  ArrowUp: 'previous',
  Backspace: 'previous',
  Home: 'first',
  End: 'last',
  b: 'black',
  B: 'black',
  '.': 'black',
  f: 'fullscreen',
  F: 'fullscreen',
  Escape: 'leave',
  p: 'presenter',
  P: 'presenter',
};

/** The action of a key (KeyboardEvent.key); null for keys the presenter leaves alone. */
export function keyAction(key: string, modifiers: { ctrl?: boolean; alt?: boolean; meta?: boolean } = {}): PresentAction | null {
  // Ctrl+F, Alt+Left and the like belong to the browser.
  if (modifiers.ctrl || modifiers.alt || modifiers.meta) return null;
  return KEYS[key] ?? null;
}

export interface PresentParams {
  edition: number;
  /**
   * The address asks for an edition this browser does not hold (a new edition imported at another
   * browser's desk, say): the show says so and plays nothing else, rather than another edition's winners.
   */
  missing?: boolean;
  lang: Lang;
  /** Index of the step shown, from 0; the address counts from 1, as the counter does. */
  step: number;
}

/**
 * present.html?edition=2025&lang=en&step=3. Without an edition (or with one that is no number) the
 * latest edition plays; an edition asked for that the data lacks is `missing`, never swapped for another:
 * the hall must not watch last year's winners under this year's name. A step out of range is clamped,
 * so a reload after the data changed still opens on a card.
 */
export function readPresentParams(search: string, editions: readonly number[], stepCount: (edition: number) => number): PresentParams {
  const params = new URLSearchParams(search);
  const editionText = params.get('edition') ?? '';
  const asked = /^\d{4}$/.test(editionText) ? Number(editionText) : null;
  if (asked !== null && !editions.includes(asked)) return { edition: asked, lang: toLang(params.get('lang')), step: 0, missing: true };
  const edition = asked ?? editions.at(-1) ?? 0;
  const total = Math.max(1, stepCount(edition));
  const stepText = params.get('step');
  const step = stepText !== null && /^\d+$/.test(stepText) ? Math.min(Math.max(Number(stepText), 1), total) - 1 : 0;
  return { edition, lang: toLang(params.get('lang')), step };
}

/** Which window this is: the hall's screen, or the presenter's own (?view=presenter). */
export type PresentView = 'audience' | 'presenter';

export function readPresentView(search: string): PresentView {
  return new URLSearchParams(search).get('view') === 'presenter' ? 'presenter' : 'audience';
}

/** A rehearsal timer as a presenter reads it: "4:05", "1:02:09"; never negative. */
export function formatElapsed(ms: number): string {
  const seconds = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = String(seconds % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}
