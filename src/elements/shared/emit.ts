// The one way elements fire events: bubbling and composed by default, so a listener on the page
// hears an event from inside any shadow root.
import type { ParitranaEventMap, ParitranaEventName } from './events.ts';

export function emit<K extends ParitranaEventName>(
  host: HTMLElement,
  name: K,
  detail: ParitranaEventMap[K],
  options: Omit<CustomEventInit, 'detail'> = {},
): CustomEvent<ParitranaEventMap[K]> {
  const event = new CustomEvent(name, { bubbles: true, composed: true, cancelable: false, ...options, detail });
  host.dispatchEvent(event);
  return event;
}
