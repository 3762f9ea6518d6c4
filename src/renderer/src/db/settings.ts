// The organisation's details: one record, with sensible defaults before the coordinator fills it in.
import type { NewRecord, Settings } from '@shared/model';
import { DEFAULT_MEETING_MINUTES } from '../domain/monthlyStats';
import { db } from './database';
import { getDevice } from './device';
import { loadModel } from './schemas';
import { nowStamp } from './records';

export { DEFAULT_MEETING_MINUTES };

export function localTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'America/Chicago';
}

export function defaultSettings(): Settings {
  return {
    id: 'organisation',
    name: '',
    address: '',
    phone: '',
    email: '',
    website: '',
    stateOfficePhone: '',
    timeZone: localTimeZone(),
    language: 'en',
    defaultMeetingMinutes: DEFAULT_MEETING_MINUTES,
    letterSignature: '',
    createdAt: '1970-01-01T00:00:00.000Z',
    updatedAt: '1970-01-01T00:00:00.000Z',
    deletedAt: null,
    changedBy: '',
  };
}

export async function getSettings(): Promise<Settings> {
  return (await db.settings.get('organisation')) ?? defaultSettings();
}

export type SettingsFields = Omit<NewRecord<Settings>, 'id'>;

export async function saveSettings(fields: SettingsFields): Promise<Settings> {
  const [{ id: deviceId }, { settingsSchema }] = await Promise.all([getDevice(), loadModel()]);
  return db.transaction('rw', db.settings, async () => {
    const existing = await db.settings.get('organisation');
    const stamp = nowStamp();
    const record = settingsSchema.parse({
      ...fields,
      id: 'organisation',
      createdAt: existing?.createdAt ?? stamp,
      updatedAt: stamp,
      deletedAt: null,
      changedBy: deviceId,
    });
    await db.settings.put(record);
    return record;
  });
}
