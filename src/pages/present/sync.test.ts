import { describe, expect, test } from 'vitest';
import { channelName, helloMessage, readSyncMessage, receive, stateMessage, type SyncWindow } from './sync.ts';

const audience: SyncWindow = { edition: 2025, id: 'audience', step: 3, black: false, total: 9 };
const presenter: SyncWindow = { edition: 2025, id: 'presenter', step: 0, black: false, total: 9 };

describe('presenter sync messages', () => {
  test('one channel per edition', () => {
    expect(channelName(2025)).toBe('paritrana-present-2025');
    expect(channelName(2023)).not.toBe(channelName(2025));
  });

  test('the message shapes, as they go over the channel', () => {
    expect(helloMessage(2025, 'a')).toEqual({ type: 'hello', edition: 2025, from: 'a' });
    expect(stateMessage(2025, 'a', { step: 4, black: true })).toEqual({ type: 'state', edition: 2025, from: 'a', step: 4, black: true });
    // A structured clone of either reads back the same.
    for (const message of [helloMessage(2025, 'a'), stateMessage(2025, 'a', { step: 0, black: false })]) {
      expect(readSyncMessage(structuredClone(message))).toEqual(message);
    }
  });

  test('anything else on the channel is not a message', () => {
    for (const data of [null, 'next', 3, {}, { type: 'state', edition: 2025, from: 'a', step: -1, black: false },
      { type: 'state', edition: 2025, from: 'a', step: 1.5, black: false }, { type: 'state', edition: 2025, from: 'a', step: 1 },
      { type: 'state', edition: '2025', from: 'a', step: 1, black: false }, { type: 'hello', edition: 2025 }, { type: 'hello', edition: 2025, from: '' },
      { type: 'goto', edition: 2025, from: 'a', step: 1 }]) {
      expect(readSyncMessage(data), JSON.stringify(data)).toBeNull();
      expect(receive(data, audience)).toEqual({});
    }
  });
});

describe('receiving', () => {
  test("a state from the other window moves this one to its step and black screen, and sends nothing back", () => {
    expect(receive(stateMessage(2025, 'presenter', { step: 4, black: false }), audience)).toEqual({ step: 4 });
    expect(receive(stateMessage(2025, 'presenter', { step: 3, black: true }), audience)).toEqual({ black: true });
  });

  test('no echo: a state this window already shows changes nothing, and its own messages are ignored', () => {
    expect(receive(stateMessage(2025, 'presenter', { step: 3, black: false }), audience)).toEqual({});
    expect(receive(stateMessage(2025, 'audience', { step: 7, black: true }), audience)).toEqual({});
    expect(receive(helloMessage(2025, 'audience'), audience)).toEqual({});
  });

  test('no loop: after applying a state, the receiver would answer that same state with nothing', () => {
    const sent = stateMessage(2025, 'presenter', { step: 5, black: true });
    const effect = receive(sent, audience);
    expect(effect.reply).toBeUndefined();
    const moved: SyncWindow = { ...audience, step: effect.step ?? audience.step, black: effect.black ?? audience.black };
    expect(receive(sent, moved)).toEqual({});
  });

  test('messages of another edition are ignored', () => {
    expect(receive(stateMessage(2023, 'presenter', { step: 1, black: true }), audience)).toEqual({});
    expect(receive(helloMessage(2023, 'presenter'), audience)).toEqual({});
  });

  test('a window that opens later says hello and is answered with the current step', () => {
    const effect = receive(helloMessage(2025, 'presenter'), audience);
    expect(effect).toEqual({ reply: stateMessage(2025, 'audience', { step: 3, black: false }) });
    expect(receive(effect.reply, presenter)).toEqual({ step: 3 });
  });

  test('a step past the end (another build of the data) is clamped to the last', () => {
    expect(receive(stateMessage(2025, 'presenter', { step: 40, black: false }), audience)).toEqual({ step: 8 });
  });
});
