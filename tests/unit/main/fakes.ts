// Small stand-ins for Electron objects, so main's code is tested in Node without the runtime.
import type { IpcMainInvokeEvent } from 'electron';
import type { IpcMainLike } from '../../../src/main/ipc';

type Listener = (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown;

export class FakeIpcMain implements IpcMainLike {
  readonly handlers = new Map<string, Listener>();
  handle(channel: string, listener: Listener): void {
    if (this.handlers.has(channel)) throw new Error(`second handler for ${channel}`);
    this.handlers.set(channel, listener);
  }
  invoke(channel: string, event: unknown, ...args: unknown[]): Promise<unknown> {
    const handler = this.handlers.get(channel);
    if (!handler) throw new Error(`no handler for ${channel}`);
    return Promise.resolve(handler(event as IpcMainInvokeEvent, ...args));
  }
}

/** A window with one main frame showing the app, and events that claim to come from it or elsewhere. */
export function fakeWindow(url = 'app://app/index.html') {
  const mainFrame = { url };
  const webContents = { mainFrame };
  return {
    window: { webContents } as never,
    fromMainFrame: { sender: webContents, senderFrame: mainFrame },
    fromSubFrame: { sender: webContents, senderFrame: { url } },
    fromOtherContents: { sender: { mainFrame }, senderFrame: mainFrame },
  };
}
