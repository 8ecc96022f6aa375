import { describe, expect, test } from 'vitest';
import { channelName, helloMessage, isNewer, nextVersion, readSyncMessage, receive, stateMessage, type SyncEffect, type SyncWindow } from './sync.ts';

// The hall moved on twice (version 2); the presenter view has just opened at its address's step.
const audience: SyncWindow = { edition: 2025, id: 'audience', step: 3, black: false, total: 9, version: 2, origin: 'audience' };
const presenter: SyncWindow = { edition: 2025, id: 'presenter', step: 0, black: false, total: 9, version: 0, origin: '' };

/** A window after it has done what an effect says. */
const after = (local: SyncWindow, effect: SyncEffect): SyncWindow => ({
  ...local,
  step: effect.step ?? local.step,
  black: effect.black ?? local.black,
  ...effect.version,
});

/** The presenter acting in a window: the state it sends, and the window after. */
function act(local: SyncWindow, step: number): [ReturnType<typeof stateMessage>, SyncWindow] {
  const moved = { ...local, step, ...nextVersion(local, local.id) };
  return [stateMessage(local.edition, local.id, moved), moved];
}

describe('presenter sync messages', () => {
  test('one channel per edition', () => {
    expect(channelName(2025)).toBe('paritrana-present-2025');
    expect(channelName(2023)).not.toBe(channelName(2025));
    // Kalimantan Selatan's 2025 show is not the deployment's 2025 show.
    expect(channelName(2025, '63')).not.toBe(channelName(2025));
    expect(channelName(2025, '63')).not.toBe(channelName(2025, 'indonesia'));
  });

  test('the message shapes, as they go over the channel', () => {
    const state = { step: 4, black: true, version: 3, origin: 'b' };
    expect(helloMessage(2025, 'a', state)).toEqual({ type: 'hello', edition: 2025, from: 'a', step: 4, black: true, version: 3, origin: 'b' });
    expect(stateMessage(2025, 'a', state)).toEqual({ type: 'state', edition: 2025, from: 'a', step: 4, black: true, version: 3, origin: 'b' });
    // A structured clone of either reads back the same.
    for (const message of [helloMessage(2025, 'a', state), stateMessage(2025, 'a', { step: 0, black: false, version: 0, origin: '' })]) {
      expect(readSyncMessage(structuredClone(message))).toEqual(message);
    }
  });

  test('anything else on the channel is not a message', () => {
    const valid = { type: 'state', edition: 2025, from: 'a', step: 1, black: false, version: 1, origin: 'a' };
    for (const data of [null, 'next', 3, {}, { ...valid, step: -1 }, { ...valid, step: 1.5 }, { ...valid, black: undefined },
      { ...valid, edition: '2025' }, { ...valid, from: '' }, { ...valid, version: -1 }, { ...valid, version: undefined }, { ...valid, origin: 7 },
      { type: 'hello', edition: 2025, from: 'a' }, { ...valid, type: 'goto' }]) {
      expect(readSyncMessage(data), JSON.stringify(data)).toBeNull();
      expect(receive(data, audience)).toEqual({});
    }
  });
});

describe('receiving', () => {
  test('a newer state from the other window moves this one to its step and black screen, and sends nothing back', () => {
    const [sent] = act(presenter, 4);
    expect(receive(sent, { ...audience, version: 0 })).toEqual({ step: 4, version: { version: 1, origin: 'presenter' } });
    expect(receive(stateMessage(2025, 'presenter', { step: 3, black: true, version: 3, origin: 'presenter' }), audience)).toEqual({ black: true, version: { version: 3, origin: 'presenter' } });
  });

  test('no echo: a state this window already holds changes nothing, and its own messages are ignored', () => {
    expect(receive(stateMessage(2025, 'presenter', audience), audience)).toEqual({});
    expect(receive(stateMessage(2025, 'audience', { step: 7, black: true, version: 9, origin: 'audience' }), audience)).toEqual({});
    expect(receive(helloMessage(2025, 'audience', audience), audience)).toEqual({});
  });

  test('no loop: after following a state, the receiver would answer that same state with nothing', () => {
    const sent = stateMessage(2025, 'presenter', { step: 5, black: true, version: 3, origin: 'presenter' });
    const effect = receive(sent, audience);
    expect(effect.reply).toBeUndefined();
    expect(receive(sent, after(audience, effect))).toEqual({});
  });

  test('messages of another edition are ignored', () => {
    expect(receive(stateMessage(2023, 'presenter', { step: 1, black: true, version: 9, origin: 'presenter' }), audience)).toEqual({});
    expect(receive(helloMessage(2023, 'presenter', presenter), audience)).toEqual({});
  });

  test('a window that opens later says hello and is answered with the current step, which it takes', () => {
    const effect = receive(helloMessage(2025, 'presenter', presenter), audience);
    expect(effect).toEqual({ reply: stateMessage(2025, 'audience', audience) });
    expect(receive(effect.reply, presenter)).toEqual({ step: 3, version: { version: 2, origin: 'audience' } });
  });

  test('two windows opened without a move: the later one joins the earlier one at its step', () => {
    const hall = { ...audience, step: 4, version: 0, origin: '' };
    const effect = receive(helloMessage(2025, 'presenter', presenter), hall);
    expect(effect.reply).toBeDefined();
    expect(receive(effect.reply, presenter)).toMatchObject({ step: 4 });
  });

  test('a step past the end (another build of the data) is clamped to the last', () => {
    expect(receive(stateMessage(2025, 'presenter', { step: 40, black: false, version: 5, origin: 'presenter' }), audience)).toMatchObject({ step: 8 });
  });
});

describe('catching up after a missed message', () => {
  test('a window that missed steps catches up from its own hello, sent when it comes back into view', () => {
    // The presenter view followed the hall to version 2, then missed two moves of the hall.
    const stale = { ...presenter, step: 3, version: 2, origin: 'audience' };
    const [, hall] = act(audience, 4);
    const [, hallLater] = act(hall, 5);
    const answer = receive(helloMessage(2025, 'presenter', stale), hallLater);
    expect(answer.reply).toMatchObject({ step: 5, version: 4 });
    expect(receive(answer.reply, stale)).toEqual({ step: 5, version: { version: 4, origin: 'audience' } });
  });

  test("a window that missed steps catches up from the other window's hello, and the newer window never goes back", () => {
    const stale = { ...presenter, step: 3, version: 2, origin: 'audience' };
    const [, hall] = act(audience, 6);
    // The hall comes back into view and says hello: the stale presenter view takes its state...
    expect(receive(helloMessage(2025, 'audience', hall), stale)).toEqual({ step: 6, version: { version: 3, origin: 'audience' } });
    // ...and the stale window's own hello or answer never moves the hall back.
    expect(receive(helloMessage(2025, 'presenter', stale), hall)).toEqual({ reply: stateMessage(2025, 'audience', hall) });
    expect(receive(stateMessage(2025, 'presenter', stale), hall)).toEqual({});
  });

  test('two actions at once in two windows: both windows end at the same step', () => {
    const shared = { version: 2, origin: 'audience' };
    const [fromHall, hall] = act({ ...audience, ...shared }, 4);
    const [fromPresenter, view] = act({ ...presenter, step: 3, ...shared }, 2);
    const hallAfter = after(hall, receive(fromPresenter, hall));
    const viewAfter = after(view, receive(fromHall, view));
    expect(hallAfter.step).toBe(viewAfter.step);
    expect(isNewer(fromPresenter, fromHall)).toBe(true); // "presenter" > "audience": its step wins
    expect(hallAfter.step).toBe(2);
  });
});
