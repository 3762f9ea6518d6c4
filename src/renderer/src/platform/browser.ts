// The browser mode's stand-in for main: downloads for saves, window.print for printing.
import type { Api, ApiResult } from '@shared/api';

// The requests are checked against main's own schemas, and backups kept by backupStore.ts; both load at
// their first call, so neither they nor zod are parsed at start.
const requestSchemas = () => import('@shared/api');
const backupStore = () => import('../db/backupStore');

declare const __APP_VERSION__: string;

const ok = <T>(value: T): ApiResult<T> => ({ ok: true, value });
const bad = (message: string): ApiResult<never> => ({
  ok: false,
  error: { code: 'BAD_ARGUMENTS', message },
});

export function downloadBytes(name: string, data: string | Uint8Array, type: string): void {
  const blob = new Blob([data as BlobPart], { type });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // Give the download a moment to start before the address is freed.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function mimeFor(name: string): string {
  if (name.endsWith('.csv')) return 'text/csv;charset=utf-8';
  if (name.endsWith('.json')) return 'application/json';
  if (name.endsWith('.pdf')) return 'application/pdf';
  return 'application/octet-stream';
}

export function createBrowserApi(win: Window = window): Api {
  return {
    appInfo: async () =>
      ok({
        version: __APP_VERSION__,
        dataFolder: `This browser's own storage for ${win.location.origin} (its profile folder)`,
        runtime: 'browser',
      }),
    saveFile: async (request) => {
      const { saveFileRequestSchema } = await requestSchemas();
      const parsed = saveFileRequestSchema.safeParse(request);
      if (!parsed.success) return bad(parsed.error.issues[0]?.message ?? 'invalid request');
      downloadBytes(parsed.data.suggestedName, parsed.data.data, mimeFor(parsed.data.suggestedName));
      return ok({ saved: true, fileName: parsed.data.suggestedName });
    },
    printView: async () => {
      win.print();
      return ok({ printed: true });
    },
    savePdf: async (request) => {
      const { savePdfRequestSchema } = await requestSchemas();
      const parsed = savePdfRequestSchema.safeParse(request);
      if (!parsed.success) return bad(parsed.error.issues[0]?.message ?? 'invalid request');
      // A browser cannot write a PDF by itself: its print dialog offers "Save as PDF".
      win.print();
      return ok({ saved: false });
    },
    openExternal: async (url) => {
      const { externalUrlSchema } = await requestSchemas();
      const parsed = externalUrlSchema.safeParse(url);
      if (!parsed.success) return bad(parsed.error.issues[0]?.message ?? 'invalid address');
      win.open(parsed.data, '_blank', 'noopener,noreferrer');
      return ok({ opened: true });
    },
    // Backups live in their own IndexedDB database, rotated like main's folder.
    writeBackup: async (request) => {
      const { writeBackupRequestSchema } = await requestSchemas();
      const parsed = writeBackupRequestSchema.safeParse(request);
      if (!parsed.success) return bad(parsed.error.issues[0]?.message ?? 'invalid backup');
      const { storeBackup, NotABackupError } = await backupStore();
      try {
        return ok(await storeBackup(parsed.data.reason, parsed.data.data));
      } catch (error) {
        return backupStoreFailure(error, NotABackupError);
      }
    },
    listBackups: async () => {
      const { listStoredBackups, NotABackupError } = await backupStore();
      try {
        return ok({ backups: await listStoredBackups() });
      } catch (error) {
        return backupStoreFailure(error, NotABackupError);
      }
    },
    readBackup: async (request) => {
      const { readBackupRequestSchema } = await requestSchemas();
      const parsed = readBackupRequestSchema.safeParse(request);
      if (!parsed.success) return bad(parsed.error.issues[0]?.message ?? 'invalid name');
      const { readStoredBackup, NotABackupError } = await backupStore();
      try {
        const data = await readStoredBackup(parsed.data.fileName);
        if (!data) {
          return {
            ok: false,
            error: {
              code: 'NOT_FOUND',
              message: 'That backup is no longer kept in this browser. Nothing was changed.',
            },
          };
        }
        return ok({ fileName: parsed.data.fileName, data });
      } catch (error) {
        return backupStoreFailure(error, NotABackupError);
      }
    },
    // Only Electron's main asks for a final backup as the window closes; a browser tab cannot wait.
    nextBackupRequest: () => new Promise(() => undefined),
  };
}

/** Storage errors of the browser's backup store, in the same words main uses for a full disk. */
function backupStoreFailure(error: unknown, NotABackupError: new (...args: never[]) => Error): ApiResult<never> {
  if (error instanceof NotABackupError) return bad(error.message);
  const names = [error, (error as { inner?: unknown } | null)?.inner].map((value) =>
    value instanceof Error || value instanceof DOMException ? value.name : '',
  );
  if (names.includes('QuotaExceededError')) {
    return {
      ok: false,
      error: {
        code: 'DISK_FULL',
        message:
          'This browser has no room left to keep the backup. Anything already saved is unchanged. Save a backup elsewhere, such as a USB stick, and free some space.',
      },
    };
  }
  return {
    ok: false,
    error: {
      code: 'INTERNAL',
      message: `The backup could not be kept in this browser (${error instanceof Error ? error.message : String(error)}). Nothing was changed.`,
    },
  };
}
