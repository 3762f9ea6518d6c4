// The schemas load on first use. A first use inside a caller's transaction (a group paused inside its
// update) must not let IndexedDB commit that transaction while the module loads.
import { describe, expect, it, vi } from 'vitest';

describe('loadModel', () => {
  it('loads the schemas inside a transaction, which stays open for the writes after it', async () => {
    vi.resetModules();
    const { db } = await import('../../../../src/renderer/src/db/database');
    const { loadModel } = await import('../../../../src/renderer/src/db/schemas');
    await db.transaction('rw', db.local, async () => {
      await db.local.put({ key: 'before', value: 1 });
      const { settingsSchema } = await loadModel();
      expect(settingsSchema.safeParse({}).success).toBe(false);
      await db.local.put({ key: 'after', value: 2 });
    });
    expect((await db.local.bulkGet(['before', 'after'])).map((entry) => entry?.value)).toEqual([1, 2]);
    // Loaded once: later calls give the same module.
    expect(await loadModel()).toBe(await loadModel());
  });
});
