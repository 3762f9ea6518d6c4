// This copy's identity: a stable random id and a name the coordinator gives it.
import { db } from './database';

export interface Device {
  id: string;
  name: string;
}

let cached: Device | undefined;

export async function getDevice(): Promise<Device> {
  if (cached) return cached;
  const stored = await db.local.get('device');
  if (stored) {
    cached = stored.value as Device;
    return cached;
  }
  const device: Device = { id: crypto.randomUUID(), name: 'This computer' };
  // Two tabs may race here: whoever adds first wins and both read the winner back.
  await db.local.add({ key: 'device', value: device }).catch(() => undefined);
  cached = (await db.local.get('device'))!.value as Device;
  return cached;
}

export async function renameDevice(name: string): Promise<Device> {
  const device = { ...(await getDevice()), name: name.trim() || 'This computer' };
  await db.local.put({ key: 'device', value: device });
  cached = device;
  return device;
}

/** For tests and restores that replace the local table. */
export function forgetCachedDevice(): void {
  cached = undefined;
}
