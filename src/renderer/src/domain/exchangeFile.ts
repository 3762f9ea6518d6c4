// The file coordinators pass each other (docs/exchange-format.md): a small header saying who shared
// it, what it covers and what the sender had already received from others, then the records as a
// backup document (domain/backupDocument), checked by the same validation as a restore. Reading
// touches nothing; a refusal says in plain words what is wrong and that nothing was changed.
import { z } from 'zod';
import { BACKUP_FORMAT, EXCHANGE_FORMAT, MAX_BACKUP_BYTES } from '@shared/backupFiles';
import { RECORD_TABLES, id, timestamp, type RecordOf, type RecordTable } from '@shared/model';
import { BackupRefusal, validateBackup, type ValidateOptions } from './backupValidate';
import { laterOf } from './exchangeVersions';

export { EXCHANGE_FORMAT };
/** Raise this when the header's shape changes; the records inside follow the backup format's versions. */
export const EXCHANGE_FORMAT_VERSION = 1;
/** What the coordinator's file picker offers: plain files and passphrase-protected ones. */
export const EXCHANGE_EXTENSIONS = { plain: 'json', locked: 'ccshare' } as const;

const RECORDS_KEY = ',"records":';

export const deviceIdSchema = z.string().regex(/^[A-Za-z0-9-]{1,64}$/, 'not a device id');
export const DEVICE_NAME_MAX = 100;

export const exchangeScopeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('all') }).strict(),
  z.object({ kind: z.literal('affiliate'), affiliateId: id, affiliateName: z.string().max(200) }).strict(),
]);
export type ExchangeScope = z.infer<typeof exchangeScopeSchema>;

export const exchangeHeaderSchema = z
  .object({
    format: z.literal(EXCHANGE_FORMAT),
    formatVersion: z.number().int().min(1).max(1000),
    from: z.object({ deviceId: deviceIdSchema, name: z.string().max(DEVICE_NAME_MAX) }).strict(),
    createdAt: timestamp,
    scope: exchangeScopeSchema,
    /** the newest change the file can hold: the receiver has seen the sender's records up to here */
    mark: timestamp,
    /** per device, the newest change of theirs the sender had merged before sharing (in this scope) */
    seen: z.record(deviceIdSchema, timestamp),
  })
  .strict();
export type ExchangeHeader = z.infer<typeof exchangeHeaderSchema>;

/** The shared records, table by table (the organisation's own details never travel). */
export type ExchangeTables = { [T in RecordTable]: RecordOf<T>[] };

export interface ExchangeFile {
  header: ExchangeHeader;
  tables: ExchangeTables;
}

/** The key marks are kept under: what was received for everything, or for one affiliate. */
export const scopeKey = (scope: ExchangeScope): string =>
  scope.kind === 'all' ? 'all' : `affiliate:${scope.affiliateId}`;

/** What this copy has seen of a device's records in a scope: everything it shared, or that affiliate's part. */
export function markFor(received: Readonly<Record<string, string>>, key: string): string {
  return laterOf(received['all'] ?? '', received[key] ?? '');
}

export type ExchangeRefusalKind =
  'too-large' | 'foreign' | 'backup' | 'damaged' | 'newer' | 'unsupported' | 'invalid' | 'own';

const MESSAGES: Record<ExchangeRefusalKind, string> = {
  'too-large':
    "Couldn't read this file: it is larger than any file Connection Coordinator makes (300 MB). Nothing was changed.",
  foreign: "Couldn't read this file: it isn't a file shared from Connection Coordinator. Nothing was changed.",
  backup:
    'This file is a backup, not a file shared by another coordinator. To bring back a backup, use Restore on the Backup page. Nothing was changed.',
  damaged:
    "Couldn't read this file: it was shared from Connection Coordinator, but it is incomplete or damaged. Ask for a new copy. Nothing was changed.",
  newer:
    "Couldn't read this file: it was made by a newer version of Connection Coordinator. Update the app on this computer, then try again. Nothing was changed.",
  unsupported:
    "Couldn't read this file: it was made by a version of Connection Coordinator this one cannot read. Nothing was changed.",
  invalid:
    "Couldn't read this file: some of its records are not valid, so combining it could damage your records. Nothing was changed.",
  own: 'This file was shared from this computer, so there is nothing to combine. Nothing was changed.',
};

export class ExchangeRefusal extends Error {
  constructor(
    readonly kind: ExchangeRefusalKind,
    readonly details: string[] = [],
  ) {
    super(MESSAGES[kind]);
    this.name = 'ExchangeRefusal';
  }
}

/** The whole file: the header, then the records (a backup document's bytes) as its last member. */
export async function encodeExchangeFile(
  header: ExchangeHeader,
  records: Uint8Array<ArrayBuffer>,
): Promise<Uint8Array<ArrayBuffer>> {
  const { format, formatVersion, from, createdAt, scope, mark, seen } = header;
  // Key order is part of the format: readers find the header before the first ',"records":'.
  const headerText = JSON.stringify({ format, formatVersion, from, createdAt, scope, mark, seen });
  const blob = new Blob([headerText.slice(0, -1), RECORDS_KEY, records, '}']);
  return new Uint8Array(await blob.arrayBuffer());
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function readHeader(text: string): { header: ExchangeHeader; recordsText: string } {
  // Both formats write "format" first; a backup's own header is never parsed here.
  const format = /^\s*\{\s*"format"\s*:\s*"([^"\\]{0,80})"/.exec(text)?.[1];
  if (format === BACKUP_FORMAT) throw new ExchangeRefusal('backup');
  const ours = format === EXCHANGE_FORMAT;
  const end = text.indexOf(RECORDS_KEY);
  let parsed: unknown;
  try {
    parsed = end < 0 ? JSON.parse(text) : JSON.parse(`${text.slice(0, end)}}`);
  } catch {
    throw new ExchangeRefusal(ours ? 'damaged' : 'foreign', ['The file is cut short or changed.']);
  }
  if (!isPlainObject(parsed) || parsed['format'] !== EXCHANGE_FORMAT) {
    throw new ExchangeRefusal(isPlainObject(parsed) && parsed['format'] === BACKUP_FORMAT ? 'backup' : 'foreign');
  }
  const version = parsed['formatVersion'];
  if (typeof version === 'number' && Number.isInteger(version) && version > EXCHANGE_FORMAT_VERSION) {
    throw new ExchangeRefusal('newer');
  }
  if (end < 0) throw new ExchangeRefusal('damaged', ['The file has no records section.']);
  const header = exchangeHeaderSchema.safeParse(parsed);
  if (!header.success) {
    throw new ExchangeRefusal(
      'damaged',
      header.error.issues.slice(0, 5).map((issue) => `${issue.path.map(String).join('.')}: ${issue.message}`),
    );
  }
  const close = text.trimEnd();
  if (!close.endsWith('}')) throw new ExchangeRefusal('damaged', ['The file is cut short.']);
  return { header: header.data, recordsText: close.slice(end + RECORDS_KEY.length, -1) };
}

const BACKUP_TO_EXCHANGE: Record<BackupRefusal['kind'], ExchangeRefusalKind> = {
  'too-large': 'too-large',
  foreign: 'damaged',
  shared: 'damaged',
  damaged: 'damaged',
  newer: 'newer',
  unsupported: 'unsupported',
  invalid: 'invalid',
};

/** Checks everything a restore would check (format, checksum, every record, references); changes nothing. */
export async function readExchangeFile(
  bytes: Uint8Array,
  options: Omit<ValidateOptions, 'migrations'>,
): Promise<ExchangeFile> {
  if (bytes.byteLength > MAX_BACKUP_BYTES) throw new ExchangeRefusal('too-large');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ExchangeRefusal('foreign', ['The file is not readable text.']);
  }
  const { header, recordsText } = readHeader(text);
  let records;
  try {
    records = await validateBackup(new TextEncoder().encode(recordsText), options);
  } catch (error) {
    if (error instanceof BackupRefusal) throw new ExchangeRefusal(BACKUP_TO_EXCHANGE[error.kind], error.details);
    throw error;
  }
  if (records.header.deviceId !== header.from.deviceId) {
    throw new ExchangeRefusal('damaged', ['The records were not written by the computer the file names.']);
  }
  const tables = {} as Record<RecordTable, unknown[]>;
  for (const name of RECORD_TABLES) tables[name] = records.tables[name];
  return { header, tables: tables as ExchangeTables };
}
