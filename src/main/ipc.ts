// The one way main answers the renderer: sender checked, arguments validated, errors as { code, message }.
import type { IpcMainInvokeEvent } from 'electron';
import { apiArgs, channelOf, type ApiArgs, type ApiName, type ApiResult, type ApiResults } from '@shared/api';
import { toErrorInfo } from './errors';

export interface IpcMainLike {
  handle(channel: string, listener: (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown): void;
}

/** Decides whether a message comes from our window's main frame and nowhere else. */
export type SenderCheck = (event: IpcMainInvokeEvent) => boolean;

export type Handler<K extends ApiName> = (
  event: IpcMainInvokeEvent,
  ...args: ApiArgs<K>
) => Promise<ApiResults[K]> | ApiResults[K];

export function makeRegistrar(ipcMain: IpcMainLike, isTrusted: SenderCheck) {
  return function register<K extends ApiName>(name: K, handler: Handler<K>): void {
    ipcMain.handle(channelOf(name), async (event, ...raw): Promise<ApiResult<ApiResults[K]>> => {
      if (!isTrusted(event)) {
        return {
          ok: false,
          error: { code: 'FORBIDDEN', message: 'This request did not come from the app window.' },
        };
      }
      const parsed = apiArgs[name].safeParse(raw);
      if (!parsed.success) {
        return {
          ok: false,
          error: {
            code: 'BAD_ARGUMENTS',
            message: `The app sent a request main could not accept: ${parsed.error.issues[0]?.message ?? 'invalid'}.`,
          },
        };
      }
      try {
        const value = await handler(event, ...(parsed.data as ApiArgs<K>));
        return { ok: true, value };
      } catch (error) {
        return { ok: false, error: toErrorInfo(error) };
      }
    });
  };
}

export type Register = ReturnType<typeof makeRegistrar>;
