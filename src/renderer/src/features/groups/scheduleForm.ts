// What the schedule form accepts: a rule, a day, a time and length, a place, and the dates it runs.
import { z } from 'zod';
import { clockTime, isoDate, RECURRENCE_RULES, type NewRecord, type Schedule } from '@shared/model';
import { isTimeZone } from '../settings/settingsForm';

export const scheduleFormSchema = z
  .object({
    rule: z.enum(RECURRENCE_RULES),
    weekday: z.coerce.number().int().min(0).max(6),
    nth: z.coerce.number().int(),
    startTime: clockTime,
    durationMinutes: z.coerce
      .number({ error: 'Enter the length in minutes' })
      .int('Use whole minutes')
      .min(15, 'A meeting is at least 15 minutes')
      .max(480, 'A meeting is at most 8 hours'),
    timeZone: z.string().refine(isTimeZone, 'Choose a time zone from the list'),
    venueId: z.string(),
    // null until a room is chosen at a venue that lists rooms: no room is chosen for the coordinator.
    room: z
      .string()
      .trim()
      .max(100, 'Keep the room under 100 characters')
      .nullable()
      .transform((room, ctx) => {
        if (room !== null) return room;
        ctx.addIssue({ code: 'custom', message: 'Choose the room the group meets in, or the whole venue' });
        return z.NEVER;
      }),
    startsOn: isoDate,
    endsOn: z.union([z.literal(''), isoDate]),
  })
  .refine((form) => form.endsOn === '' || form.endsOn >= form.startsOn, {
    path: ['endsOn'],
    message: 'The last date cannot be before the first',
  })
  .refine((form) => form.rule !== 'monthly' || [1, 2, 3, 4, -1].includes(form.nth), {
    path: ['nth'],
    message: 'Choose which week of the month',
  });

export type ScheduleFormValues = z.input<typeof scheduleFormSchema>;
export type ScheduleFormOutput = z.output<typeof scheduleFormSchema>;

export function scheduleToForm(schedule: Schedule): ScheduleFormValues {
  return {
    ...schedule,
    nth: schedule.nth ?? 1,
    venueId: schedule.venueId ?? '',
    endsOn: schedule.endsOn ?? '',
  };
}

export function formToSchedule(groupId: string, form: ScheduleFormOutput): NewRecord<Schedule> {
  return {
    groupId,
    rule: form.rule,
    weekday: form.weekday,
    nth: form.rule === 'monthly' ? (form.nth as 1 | 2 | 3 | 4 | -1) : null,
    startTime: form.startTime,
    durationMinutes: form.durationMinutes,
    timeZone: form.timeZone,
    venueId: form.venueId || null,
    room: form.room,
    startsOn: form.startsOn,
    endsOn: form.endsOn || null,
  };
}
