// Prints the current view through the system dialog, or saves it as a PDF the coordinator places.
import type { WebContents } from 'electron';
import type { Register } from '../ipc';
import { MainError } from '../errors';
import { saveWithDialog, type FilesDeps } from './files';

export function printContents(contents: Pick<WebContents, 'print'>): Promise<{ printed: boolean }> {
  return new Promise((resolve, reject) => {
    contents.print({ silent: false, printBackground: true }, (success, failureReason) => {
      if (success) resolve({ printed: true });
      else if (failureReason === 'Print job canceled' || failureReason === 'cancelled') resolve({ printed: false });
      else reject(new MainError('PRINT_FAILED', `The page could not be printed: ${failureReason}.`));
    });
  });
}

export function setupPrint(register: Register, deps: FilesDeps): void {
  register('printView', (event) => printContents(event.sender));
  register('savePdf', async (event, request) => {
    const pdf = await event.sender.printToPDF({
      pageSize: request.pageSize,
      landscape: request.landscape,
      printBackground: true,
      preferCSSPageSize: true,
      generateDocumentOutline: true,
    });
    return saveWithDialog(
      deps,
      { ...request, filters: [{ name: 'PDF document', extensions: ['pdf'] }] },
      new Uint8Array(pdf),
    );
  });
}
