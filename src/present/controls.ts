// What the presenter's keys and address mean. Pure, so a clicker's keys (most send PageDown and
// PageUp, some arrows or B for black) are tested in Node; present.ts only listens and acts.
import { toLang, type Lang } from '../i18n/lang.ts';

export type PresentAction = 'next' | 'previous' | 'first' | 'last' | 'black' | 'fullscreen' | 'leave';

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
};

/** The action of a key (KeyboardEvent.key); null for keys the presenter leaves alone. */
export function keyAction(key: string, modifiers: { ctrl?: boolean; alt?: boolean; meta?: boolean } = {}): PresentAction | null {
  // Ctrl+F, Alt+Left and the like belong to the browser.
  if (modifiers.ctrl || modifiers.alt || modifiers.meta) return null;
  return KEYS[key] ?? null;
}

export interface PresentParams {
  edition: number;
  lang: Lang;
  /** Index of the step shown, from 0; the address counts from 1, as the counter does. */
  step: number;
}

/**
 * present.html?edition=2025&lang=id&step=3. An edition the data lacks falls back to the latest; a
 * step out of range is clamped, so a reload after the data changed still opens on a card.
 */
export function readPresentParams(search: string, editions: readonly number[], stepCount: (edition: number) => number): PresentParams {
  const params = new URLSearchParams(search);
  const asked = Number(params.get('edition'));
  const edition = editions.includes(asked) ? asked : (editions.at(-1) ?? asked);
  const total = Math.max(1, stepCount(edition));
  const stepText = params.get('step');
  const step = stepText !== null && /^\d+$/.test(stepText) ? Math.min(Math.max(Number(stepText), 1), total) - 1 : 0;
  return { edition, lang: toLang(params.get('lang')), step };
}

/** The address for a step, other parameters kept. */
export function writePresentParams(search: string, { edition, lang, step }: PresentParams): string {
  const params = new URLSearchParams(search);
  params.set('edition', String(edition));
  params.set('lang', lang);
  params.set('step', String(step + 1));
  return `?${params.toString()}`;
}

/** The app at the edition the presenter showed: "./?year=2025" (and lang=en when it was English). */
export function appAddress({ edition, lang }: Pick<PresentParams, 'edition' | 'lang'>): string {
  return `./?year=${edition}${lang === 'en' ? '&lang=en' : ''}`;
}
