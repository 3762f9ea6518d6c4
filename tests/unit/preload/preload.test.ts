import { describe, expect, it, vi } from 'vitest';
import { API_NAMES, channelOf } from '@shared/api';

const bridge = vi.hoisted(() => ({
  exposed: new Map<string, unknown>(),
  invoked: [] as unknown[][],
}));

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, value: unknown) => bridge.exposed.set(key, value) },
  ipcRenderer: {
    invoke: (...args: unknown[]) => {
      bridge.invoked.push(args);
      return Promise.resolve({ ok: true, value: null });
    },
  },
}));

describe('preload', () => {
  it('exposes only window.api, offering exactly the calls the Api lists', async () => {
    await import('../../../src/preload/index');
    expect([...bridge.exposed.keys()]).toEqual(['api']);
    const api = bridge.exposed.get('api') as Record<string, (...args: unknown[]) => Promise<unknown>>;
    expect(Object.keys(api).sort()).toEqual([...API_NAMES].sort());
    for (const name of API_NAMES) {
      bridge.invoked.length = 0;
      await api[name]!({ probe: name });
      expect(bridge.invoked[0]![0]).toBe(channelOf(name));
    }
  });
});
