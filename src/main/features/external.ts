import type { Register } from '../ipc';
import { isSafeExternalUrl } from '../security';

export function setupExternal(register: Register, openExternal: (url: string) => Promise<void>): void {
  register('openExternal', async (_event, url) => {
    // The schema already allows only http and https; checked again because this opens another program.
    if (!isSafeExternalUrl(url)) return { opened: false };
    await openExternal(url);
    return { opened: true };
  });
}
