// The audience window and the presenter view of one edition follow each other through a
// BroadcastChannel. Pure (no channel, no DOM): what a window sends, and what it does with what it
// receives, are tested in Node; present.ts only posts and listens.
//
// A message can be missed: one sent before the other window has loaded (its channel does not exist
// yet), or while a window was frozen in the background. So a window never relies on having seen
// every message: each state carries a version (a Lamport clock: one more than the highest version
// seen, at each action of the presenter), and a window that opens, comes back into view or gets the
// focus says "hello" with its own state. Whichever of the two is behind catches up from the other:
// the newer state wins, so a window that missed steps can never drag the show back.
//
// Two messages. "state" says where a window is; it is sent when the presenter acts in that window,
// and in answer to a hello. A window that receives a newer one moves there and sends nothing back, so
// two windows never bounce a step between them. "hello" is a window's state and a request for the
// others': a window behind it moves there, the others answer.

/** One channel per edition: two ceremonies rehearsed side by side never steer each other. */
export function channelName(edition: number, area: string | null = null): string {
  // Another area's ceremony of the same edition (?province=63) is another show: its windows talk apart.
  return area === null ? `paritrana-present-${edition}` : `paritrana-present-${area}-${edition}`;
}

interface SyncState {
  /** Index of the step shown, from 0. */
  step: number;
  /** The audience screen is black (B). */
  black: boolean;
}

/** Which action a state comes from, to tell the newer of two states. */
export interface SyncVersion {
  /** 0 for a window that has neither acted nor followed another; else one more than the last version it saw, at each action. */
  version: number;
  /** The window whose action it was ("" before any): breaks the tie of two actions at once in two windows. */
  origin: string;
}

export type VersionedState = SyncState & SyncVersion;

export interface HelloMessage extends VersionedState {
  type: 'hello';
  edition: number;
  /** The sending window's id, so it can tell its own messages from others'. */
  from: string;
}

export interface StateMessage extends VersionedState {
  type: 'state';
  edition: number;
  from: string;
}

export type SyncMessage = HelloMessage | StateMessage;

export function helloMessage(edition: number, from: string, { step, black, version, origin }: VersionedState): HelloMessage {
  return { type: 'hello', edition, from, step, black, version, origin };
}

export function stateMessage(edition: number, from: string, { step, black, version, origin }: VersionedState): StateMessage {
  return { type: 'state', edition, from, step, black, version, origin };
}

const isCount = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 0;

/** A message as sent by stateMessage or helloMessage; null for anything else on the channel. */
export function readSyncMessage(data: unknown): SyncMessage | null {
  if (typeof data !== 'object' || data === null) return null;
  const message = data as Record<string, unknown>;
  if (!Number.isInteger(message.edition) || typeof message.from !== 'string' || message.from === '') return null;
  if (!isCount(message.step) || typeof message.black !== 'boolean' || !isCount(message.version) || typeof message.origin !== 'string') return null;
  const state: VersionedState = { step: message.step, black: message.black, version: message.version, origin: message.origin };
  const edition = message.edition as number;
  if (message.type === 'hello') return helloMessage(edition, message.from, state);
  if (message.type === 'state') return stateMessage(edition, message.from, state);
  return null;
}

export interface SyncWindow extends VersionedState {
  edition: number;
  /** This window's id. */
  id: string;
  /** The number of steps: a step from a window built from other data is clamped into range. */
  total: number;
}

/** What a window does with a message: move to a step, turn black on or off, take a version, answer. All optional. */
export interface SyncEffect {
  step?: number;
  black?: boolean;
  /** The version (and its origin) this window now holds: set whenever it follows another. */
  version?: SyncVersion;
  reply?: StateMessage;
}

/** Whether state `a` comes from a later action than state `b`. */
export function isNewer(a: SyncVersion, b: SyncVersion): boolean {
  return a.version > b.version || (a.version === b.version && a.origin > b.origin);
}

/** The version of this window's next action: after everything it has seen, and its own. */
export function nextVersion(local: SyncVersion, id: string): SyncVersion {
  return { version: local.version + 1, origin: id };
}

export function receive(data: unknown, local: SyncWindow): SyncEffect {
  const message = readSyncMessage(data);
  if (!message || message.edition !== local.edition || message.from === local.id) return {};
  // A window that has not moved yet joins the show where an answer says it is.
  const joins = message.type === 'state' && local.version === 0;
  if (!isNewer(message, local) && !joins) {
    return message.type === 'hello' ? { reply: stateMessage(local.edition, local.id, local) } : {};
  }
  const effect: SyncEffect = { version: { version: message.version, origin: message.origin } };
  const step = Math.min(message.step, Math.max(local.total - 1, 0));
  if (step !== local.step) effect.step = step;
  if (message.black !== local.black) effect.black = message.black;
  return effect;
}

/** A window's id: random enough that two windows opened in the same millisecond differ. */
export function windowId(random: () => number = Math.random): string {
  return random().toString(36).slice(2, 12) || '0';
}
