// Turns what can go wrong in main into { code, message } in words a volunteer understands.
import type { ApiErrorCode, ApiErrorInfo } from '@shared/api';

export class MainError extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
  ) {
    super(message);
  }
}

function errnoOf(error: unknown): string | undefined {
  if (typeof error === 'object' && error !== null && 'code' in error) {
    const code = (error as { code: unknown }).code;
    return typeof code === 'string' ? code : undefined;
  }
  return undefined;
}

export function toErrorInfo(error: unknown): ApiErrorInfo {
  if (error instanceof MainError) return { code: error.code, message: error.message };
  switch (errnoOf(error)) {
    case 'ENOSPC':
    case 'EDQUOT':
      return {
        code: 'DISK_FULL',
        message:
          'The disk is full, so the file was not saved. Anything already there is unchanged. Free some space or choose another drive, such as a USB stick.',
      };
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return {
        code: 'WRITE_FAILED',
        message:
          "Couldn't save there: this computer doesn't allow writing to that folder. Nothing was changed. Choose another folder.",
      };
    default:
      return {
        code: 'INTERNAL',
        message: 'Something went wrong and the action did not finish. Nothing was changed.',
      };
  }
}
