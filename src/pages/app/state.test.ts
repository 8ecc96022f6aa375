import { describe, expect, test, vi } from 'vitest';
import { Store } from './state.ts';

interface AppState {
  year: number;
  metric: string;
}

describe('Store', () => {
  test('tells listeners the new and the previous state on a change', () => {
    const store = new Store<AppState>({ year: 2024, metric: 'coverage_pct' });
    const listener = vi.fn();
    store.subscribe(listener);
    store.set({ year: 2023 });
    expect(store.state.year).toBe(2023);
    expect(listener).toHaveBeenCalledWith({ year: 2023, metric: 'coverage_pct' }, { year: 2024, metric: 'coverage_pct' });
  });

  test('does not tell listeners when the value set is the one already held', () => {
    const store = new Store<AppState>({ year: 2024, metric: 'coverage_pct' });
    const listener = vi.fn();
    store.subscribe(listener);
    store.set({ year: 2024 });
    expect(listener).not.toHaveBeenCalled();
  });

  test('stops telling a listener once it unsubscribes', () => {
    const store = new Store<AppState>({ year: 2024, metric: 'coverage_pct' });
    const listener = vi.fn();
    const unsubscribe = store.subscribe(listener);
    unsubscribe();
    store.set({ year: 2022 });
    expect(listener).not.toHaveBeenCalled();
  });
});
