// Reading a monthly summary file another copy made: every check a hand-edited or damaged file could
// fail, each with a reason a coordinator can act on. A file that fails any of them is refused whole.
import {
  addSummaryCounts,
  COUNT_FIELDS,
  emptySummaryCounts,
  MAX_SUMMARY_BYTES,
  SUMMARY_KIND,
  SUMMARY_VERSION,
  summaryFileSchema,
  type SummaryCounts,
  type SummaryFile,
} from './summaryFile';

export type SummaryRead = { ok: true; file: SummaryFile } | { ok: false; reason: string };

const NOT_A_SUMMARY = "it isn't a monthly summary file from Connection Coordinator.";
const DAMAGED = 'the file is damaged or was changed by hand';

const refuse = (reason: string): SummaryRead => ({ ok: false, reason });

function sameCounts(a: SummaryCounts, b: SummaryCounts): boolean {
  return COUNT_FIELDS.every((field) => a[field] === b[field]);
}

/** The numbers must agree with each other, or the file was changed after it was made. */
function inconsistency(file: SummaryFile): string | null {
  if (file.fromMonth > file.toMonth) return `${DAMAGED}: its first month comes after its last.`;
  let previous = '';
  for (const { month, groups, totals } of file.months) {
    if (month <= previous) return `${DAMAGED}: the months are repeated or out of order.`;
    if (month < file.fromMonth || month > file.toMonth) {
      return `${DAMAGED}: ${month} is outside the months it says it covers.`;
    }
    previous = month;
    const sum = groups.reduce((total, group) => addSummaryCounts(total, group.counts), emptySummaryCounts());
    if (!sameCounts(sum, totals)) return `${DAMAGED}: the totals for ${month} don't equal the sum of its groups.`;
    for (const { group, counts } of [...groups, { group: 'the totals', counts: totals }]) {
      if (counts.meetingsHeld + counts.meetingsCancelled + counts.meetingsUnrecorded > counts.meetingsScheduled) {
        return `${DAMAGED}: ${group} in ${month} has more meetings held, cancelled and unrecorded than scheduled.`;
      }
      if (counts.firstTimeTotal > counts.attendanceTotal) {
        return `${DAMAGED}: ${group} in ${month} has more first-time attendees than attendees.`;
      }
    }
  }
  return null;
}

function describeIssue(issue: { path: PropertyKey[]; message: string }): string {
  const where = issue.path.map(String).join('.');
  return where ? `${where}: ${issue.message}` : issue.message;
}

/** Reads the text of a summary file, or says in words why it can't be used. */
export function readSummaryFile(text: string): SummaryRead {
  if (new TextEncoder().encode(text).byteLength > MAX_SUMMARY_BYTES) {
    return refuse(`it is larger than any monthly summary (over ${MAX_SUMMARY_BYTES / 1024 / 1024} MB).`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return refuse(NOT_A_SUMMARY);
  }
  if (typeof data !== 'object' || data === null || (data as { kind?: unknown }).kind !== SUMMARY_KIND) {
    return refuse(NOT_A_SUMMARY);
  }
  const version = (data as { version?: unknown }).version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return refuse(`${DAMAGED}: it has no format version this app knows.`);
  }
  if (version > SUMMARY_VERSION) {
    return refuse(
      `it was made by a newer Connection Coordinator (summary format version ${version}; this copy reads version ${SUMMARY_VERSION}). Update this copy, or ask for the summary again from the same version.`,
    );
  }
  if (version !== SUMMARY_VERSION) return refuse(`its summary format version ${version} is unknown to this app.`);
  const parsed = summaryFileSchema.safeParse(data);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    return refuse(`${DAMAGED} (${first ? describeIssue(first) : 'unexpected contents'}).`);
  }
  const problem = inconsistency(parsed.data);
  return problem ? refuse(problem) : { ok: true, file: parsed.data };
}
