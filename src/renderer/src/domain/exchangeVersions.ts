// How two versions of a record compare when coordinators exchange files: which one is newer (a total
// order, so every copy picks the same winner whatever order files arrive in), whether they say the
// same thing, and how a version the coordinator chose over a newer one is stamped as a fresh change.

/** The fields every record carries that a merge reasons about. */
export interface Versioned {
  id: string;
  createdAt: string;
  updatedAt: string;
  deletedAt: string | null;
  changedBy: string;
}

/** JSON with object keys sorted, so equal records give equal text whatever order their keys were written in. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

const order = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

const timeOf = (instant: string): number => {
  const time = Date.parse(instant);
  return Number.isNaN(time) ? Number.NEGATIVE_INFINITY : time;
};

/**
 * Orders ISO instants by the moment they name (a file may write "+02:00" where this app writes "Z"),
 * then by their text; '' (never) comes before every instant.
 */
export function compareInstants(a: string, b: string): number {
  const left = timeOf(a);
  const right = timeOf(b);
  return left < right ? -1 : left > right ? 1 : order(a, b);
}

export const laterOf = (a: string, b: string): string => (compareInstants(a, b) >= 0 ? a : b);

/**
 * Positive when `a` wins over `b`: the later change, then (same instant) the larger device id, then
 * (only for hand-made or damaged data) the larger canonical text, so the order is total.
 */
export function compareVersions(a: Versioned, b: Versioned): number {
  return (
    compareInstants(a.updatedAt, b.updatedAt) ||
    order(a.changedBy, b.changedBy) ||
    // A duplicate set aside (absorbed) keeps its stamp and must still win over its live self.
    Number(a.deletedAt !== null) - Number(b.deletedAt !== null) ||
    order(canonicalJson(a), canonicalJson(b))
  );
}

export const newerOf = <R extends Versioned>(a: R, b: R): R => (compareVersions(a, b) >= 0 ? a : b);

/** Whether two versions are identical (the stamps are compared first: a whole state has 90,000 records). */
export const sameVersion = (a: Versioned, b: Versioned): boolean =>
  a.updatedAt === b.updatedAt &&
  a.changedBy === b.changedBy &&
  a.deletedAt === b.deletedAt &&
  canonicalJson(a) === canonicalJson(b);

const BOOKKEEPING = new Set(['id', 'createdAt', 'updatedAt', 'deletedAt', 'changedBy']);

/** What a record says, without who changed it when: two copies that made the same change agree. */
export function contentOf(record: Versioned): Record<string, unknown> {
  const content: Record<string, unknown> = { deleted: record.deletedAt !== null };
  for (const [key, value] of Object.entries(record)) if (!BOOKKEEPING.has(key)) content[key] = value;
  return content;
}

export const sameContent = (a: Versioned, b: Versioned): boolean =>
  canonicalJson(contentOf(a)) === canonicalJson(contentOf(b));

/** The fields whose values differ between two versions (bookkeeping fields left out). */
export function changedFields(a: Versioned, b: Versioned): string[] {
  const left = contentOf(a);
  const right = contentOf(b);
  const keys = [...new Set([...Object.keys(left), ...Object.keys(right)])];
  return keys.filter((key) => canonicalJson(left[key]) !== canonicalJson(right[key]));
}

/** One millisecond after an ISO instant. */
export function instantAfter(instant: string): string {
  const time = timeOf(instant);
  return Number.isFinite(time) ? new Date(time + 1).toISOString() : instant;
}

/** `stamp`, or just after the latest of `others` when the computer's clock is behind them. */
export function stampAfter(stamp: string, others: readonly string[]): string {
  const latest = others.reduce(laterOf, '');
  return compareInstants(stamp, latest) > 0 ? stamp : instantAfter(latest);
}

/**
 * A duplicate set aside: the same version, deleted at the instant it was last changed. It depends on
 * nothing but the record, so every copy that sets it aside makes the very same version.
 */
export function absorbed<R extends Versioned>(record: R): R {
  return record.deletedAt === null ? { ...record, deletedAt: record.updatedAt } : record;
}

/**
 * A version the coordinator picked over a newer one, made into a change of this copy at `stamp`, so
 * that it also wins on every other copy it reaches (a deletion stays a deletion).
 */
export function restamp<R extends Versioned>(record: R, stamp: string, deviceId: string): R {
  return { ...record, updatedAt: stamp, changedBy: deviceId, deletedAt: record.deletedAt === null ? null : stamp };
}
