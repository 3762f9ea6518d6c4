// Only our window's main frame, showing our own pages, may call main.
import type { BrowserWindow, IpcMainInvokeEvent } from 'electron';
import { isAppUrl } from './security';

export function isTrustedSender(
  event: Pick<IpcMainInvokeEvent, 'sender' | 'senderFrame'>,
  window: Pick<BrowserWindow, 'webContents'> | null,
  devUrl?: string,
): boolean {
  if (!window) return false;
  const frame = event.senderFrame;
  if (!frame || event.sender !== window.webContents) return false;
  if (frame !== window.webContents.mainFrame) return false;
  return isAppUrl(frame.url, devUrl);
}
