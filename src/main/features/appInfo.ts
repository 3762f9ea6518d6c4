import type { Register } from '../ipc';

export function setupAppInfo(register: Register, info: { version: string; dataFolder: string }): void {
  register('appInfo', () => ({ ...info, runtime: 'electron' as const }));
}
