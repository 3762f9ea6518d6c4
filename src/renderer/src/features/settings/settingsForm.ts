// What the settings form accepts, in words a coordinator understands.
import { z } from 'zod';
import { LANGUAGES } from '@shared/model';
import { looksLikeEmail, looksLikeWebsite } from '../../ui/forms';

export function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

export const settingsFormSchema = z.object({
  name: z.string().trim().min(1, "Enter your organisation's name").max(200),
  address: z.string().trim().max(500),
  phone: z.string().trim().max(40),
  email: z.string().trim().max(200).refine(looksLikeEmail, 'Enter an email address like name@example.org'),
  website: z.string().trim().max(300).refine(looksLikeWebsite, 'Enter a web address starting with https://'),
  stateOfficePhone: z.string().trim().max(40),
  timeZone: z.string().refine(isTimeZone, 'Choose a time zone from the list'),
  language: z.enum(LANGUAGES),
  defaultMeetingMinutes: z.coerce
    .number({ error: 'Enter the length in minutes' })
    .int('Use whole minutes')
    .min(15, 'A meeting is at least 15 minutes')
    .max(480, 'A meeting is at most 8 hours'),
  letterSignature: z.string().trim().max(500),
});

export type SettingsForm = z.input<typeof settingsFormSchema>;

/** US zones first (most coordinators are there), then every other zone the system knows. */
export const US_TIME_ZONES = [
  'America/New_York',
  'America/Chicago',
  'America/Denver',
  'America/Phoenix',
  'America/Los_Angeles',
  'America/Anchorage',
  'Pacific/Honolulu',
  'America/Puerto_Rico',
];

export function timeZoneOptions(current: string): { value: string; label: string }[] {
  const all = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  const zones = [...new Set([...US_TIME_ZONES, current, ...all])];
  return zones.map((zone) => ({ value: zone, label: zone.replace(/_/g, ' ') }));
}
