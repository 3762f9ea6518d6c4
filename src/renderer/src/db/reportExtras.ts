// Reads for the summary's side sections: the facilitator pipeline and what needs attention now.
// Facilitators, bookings and schedules are small tables (hundreds of rows at state scale).
import type { Facilitator, Group } from '@shared/model';
import { attentionFor, pipelineChanges, type Attention, type PipelineChanges } from '../domain/reportExtras';
import type { Occurrence } from '../domain/occurrences';
import { firstDayOf, lastDayOf } from '../domain/reportMonths';
import { db } from './database';
import { isLive } from './records';

export interface ReportExtras {
  pipeline: PipelineChanges;
  attention: Attention;
}

export async function loadReportExtras(request: {
  from: string;
  to: string;
  affiliateId: string | null;
  today: string;
  groups: Group[];
  occurrences: Occurrence[];
}): Promise<ReportExtras> {
  const { affiliateId, groups } = request;
  const [people, bookings, schedules] = await Promise.all([
    affiliateId === null
      ? db.facilitators.toArray()
      : db.facilitators.where('affiliateId').equals(affiliateId).toArray(),
    // Read whole with getAll and filtered here: a filtered collection walks a slower cursor.
    db.bookings.toArray().then((all) => all.filter(isLive)),
    db.schedules.toArray().then((all) => all.filter(isLive)),
  ]);
  // A group's facilitators may belong to another affiliate; their status still counts for the group.
  const known = new Map<string, Pick<Facilitator, 'id' | 'status'>>(people.filter(isLive).map((p) => [p.id, p]));
  const missing = [...new Set(groups.flatMap((group) => group.facilitatorIds))].filter((id) => !known.has(id));
  for (const person of await db.facilitators.bulkGet(missing)) if (isLive(person)) known.set(person.id, person);

  return {
    pipeline: pipelineChanges(people, firstDayOf(request.from), lastDayOf(request.to)),
    attention: attentionFor({
      groups,
      facilitators: [...known.values()],
      bookings,
      schedules: new Map(schedules.map((s) => [s.id, s])),
      occurrences: request.occurrences,
      today: request.today,
    }),
  };
}
