// The audience window and the presenter view of one edition follow each other through a
// BroadcastChannel. Pure (no channel, no DOM): what a window sends, and what it does with what it
// receives, are tested in Node; present.ts only posts and listens.
//
// Two messages. "state" says where a window is (step and black screen) and is sent only when the
// presenter acts in that window; a window that receives one moves there and sends nothing back, so
// two windows can never bounce a step between them. "hello" is sent by a window that has just opened;
// the others answer with their state, so the late window joins the show where it is.

/** One channel per edition: two ceremonies rehearsed side by side never steer each other. */
export function channelName(edition: number): string {
  return `paritrana-present-${edition}`;
}

export interface SyncState {
  /** Index of the step shown, from 0. */
  step: number;
  /** The audience screen is black (B). */
  black: boolean;
}

export interface HelloMessage {
  type: 'hello';
  edition: number;
  /** The sending window's id, so it can tell its own messages from others'. */
  from: string;
}

export interface StateMessage extends SyncState {
  type: 'state';
  edition: number;
  from: string;
}

export type SyncMessage = HelloMessage | StateMessage;

export function helloMessage(edition: number, from: string): HelloMessage {
  return { type: 'hello', edition, from };
}

export function stateMessage(edition: number, from: string, { step, black }: SyncState): StateMessage {
  return { type: 'state', edition, from, step, black };
}

/** A message as sent by stateMessage or helloMessage; null for anything else on the channel. */
export function readSyncMessage(data: unknown): SyncMessage | null {
  if (typeof data !== 'object' || data === null) return null;
  const message = data as Record<string, unknown>;
  if (!Number.isInteger(message.edition) || typeof message.from !== 'string' || message.from === '') return null;
  const edition = message.edition as number;
  if (message.type === 'hello') return helloMessage(edition, message.from);
  if (message.type === 'state' && Number.isInteger(message.step) && (message.step as number) >= 0 && typeof message.black === 'boolean') {
    return stateMessage(edition, message.from, { step: message.step as number, black: message.black });
  }
  return null;
}

export interface SyncWindow extends SyncState {
  edition: number;
  /** This window's id. */
  id: string;
  /** The number of steps: a step from a window built from other data is clamped into range. */
  total: number;
}

/** What a window does with a message: move to a step, turn black on or off, answer. All optional. */
export interface SyncEffect {
  step?: number;
  black?: boolean;
  reply?: StateMessage;
}

export function receive(data: unknown, local: SyncWindow): SyncEffect {
  const message = readSyncMessage(data);
  if (!message || message.edition !== local.edition || message.from === local.id) return {};
  if (message.type === 'hello') return { reply: stateMessage(local.edition, local.id, local) };
  const effect: SyncEffect = {};
  const step = Math.min(message.step, Math.max(local.total - 1, 0));
  if (step !== local.step) effect.step = step;
  if (message.black !== local.black) effect.black = message.black;
  return effect;
}

/** A window's id: random enough that two windows opened in the same millisecond differ. */
export function windowId(random: () => number = Math.random): string {
  return random().toString(36).slice(2, 12) || '0';
}
