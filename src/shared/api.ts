// The one contract between the renderer and main: every bridge call, its arguments and its result.
import { z } from 'zod';
import {
  BACKUP_REASONS,
  MAX_BACKUP_BYTES,
  backupFileNameSchema,
  type BackupEntry,
  type BackupReason,
} from './backupFiles';
import type { ApiName } from './apiNames';

export { API_NAMES, channelOf, type ApiName } from './apiNames';

/** The largest file the renderer may hand main in one call (a whole state's backup fits easily). */
export const MAX_FILE_BYTES = 512 * 1024 * 1024;

const fileName = z
  .string()
  .min(1)
  .max(200)
  .refine((name) => !/[\\/]/.test(name) && name !== '.' && name !== '..', {
    message: 'A suggested file name cannot contain a folder',
  });

export const fileFilterSchema = z.object({
  name: z.string().min(1).max(80),
  extensions: z
    .array(z.string().regex(/^[a-z0-9]{1,10}$/i))
    .min(1)
    .max(10),
});

export const saveFileRequestSchema = z.object({
  title: z.string().min(1).max(120),
  suggestedName: fileName,
  filters: z.array(fileFilterSchema).max(5),
  data: z.union([
    z.string().max(MAX_FILE_BYTES),
    z.instanceof(Uint8Array).refine((bytes) => bytes.byteLength <= MAX_FILE_BYTES, {
      message: 'The file is too large to save',
    }),
  ]),
});

export const pageSizeSchema = z.enum(['Letter', 'A4']);

export const printRequestSchema = z.object({
  title: z.string().min(1).max(120),
});

export const savePdfRequestSchema = z.object({
  title: z.string().min(1).max(120),
  suggestedName: fileName.refine((name) => name.toLowerCase().endsWith('.pdf'), {
    message: 'A PDF file name ends in .pdf',
  }),
  pageSize: pageSizeSchema,
  landscape: z.boolean().default(false),
});

export const externalUrlSchema = z
  .string()
  .max(2000)
  .refine(
    (value) => {
      try {
        const url = new URL(value);
        return url.protocol === 'https:' || url.protocol === 'http:';
      } catch {
        return false;
      }
    },
    { message: 'Only web addresses (http or https) can be opened' },
  );

/** A backup the renderer made, for main to keep in the backups folder under a name main chooses. */
export const writeBackupRequestSchema = z.object({
  reason: z.enum(BACKUP_REASONS),
  data: z.instanceof(Uint8Array).refine((bytes) => bytes.byteLength > 0 && bytes.byteLength <= MAX_BACKUP_BYTES, {
    message: 'A backup must hold something and be smaller than 300 MB',
  }),
});

/** A backup from the list, by its listed name only: never a path. */
export const readBackupRequestSchema = z.object({ fileName: backupFileNameSchema });

/** Arguments of every call, as zod tuples: main validates with these, the types come from them. */
export const apiArgs = {
  appInfo: z.tuple([]),
  saveFile: z.tuple([saveFileRequestSchema]),
  printView: z.tuple([printRequestSchema]),
  savePdf: z.tuple([savePdfRequestSchema]),
  openExternal: z.tuple([externalUrlSchema]),
  writeBackup: z.tuple([writeBackupRequestSchema]),
  listBackups: z.tuple([]),
  readBackup: z.tuple([readBackupRequestSchema]),
  nextBackupRequest: z.tuple([]),
} as const satisfies Record<ApiName, z.ZodTuple>;

export interface AppInfo {
  version: string;
  /** Where the coordinator's data lives, in words they can find it by. */
  dataFolder: string;
  runtime: 'electron' | 'browser';
}

export interface SaveResult {
  /** false when the coordinator closed the dialog without choosing a place */
  saved: boolean;
  /** the file's name (never a path the renderer could reuse) */
  fileName?: string;
}

export interface PrintResult {
  printed: boolean;
}

export interface BackupList {
  /** newest first */
  backups: BackupEntry[];
}

export interface BackupFile {
  fileName: string;
  data: Uint8Array;
}

/**
 * What main asks of the renderer. The renderer keeps one nextBackupRequest call waiting; main answers
 * it when the window is closing ('quit': write a final backup, then call again to say it is done), or
 * with 'replaced' when a newer call (a reloaded page) takes its place. The browser mode never answers.
 */
export interface BackupRequest {
  reason: Extract<BackupReason, 'quit'> | 'replaced';
}

export interface ApiResults {
  appInfo: AppInfo;
  saveFile: SaveResult;
  printView: PrintResult;
  savePdf: SaveResult;
  openExternal: { opened: boolean };
  writeBackup: BackupEntry;
  listBackups: BackupList;
  readBackup: BackupFile;
  nextBackupRequest: BackupRequest;
}

export type ApiErrorCode =
  'BAD_ARGUMENTS' | 'FORBIDDEN' | 'DISK_FULL' | 'WRITE_FAILED' | 'PRINT_FAILED' | 'NOT_FOUND' | 'INTERNAL';

export interface ApiErrorInfo {
  code: ApiErrorCode;
  message: string;
}

export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiErrorInfo };

export type ApiArgs<K extends ApiName> = z.input<(typeof apiArgs)[K]>;

/** What window.api offers: one function per call, resolving to a result or an error. */
export type Api = {
  [K in ApiName]: (...args: ApiArgs<K>) => Promise<ApiResult<ApiResults[K]>>;
};
