// Saves bytes the renderer made to a place the coordinator picks; main chooses the path, never the renderer.
import { basename } from 'node:path';
import type { Register } from '../ipc';
import { writeFileAtomic } from '../atomicWrite';

export interface SaveDialog {
  (options: {
    title: string;
    defaultPath: string;
    filters: { name: string; extensions: string[] }[];
  }): Promise<{ canceled: boolean; filePath?: string }>;
}

export interface FilesDeps {
  showSaveDialog: SaveDialog;
  defaultFolder: () => string;
  write?: typeof writeFileAtomic;
}

export async function saveWithDialog(
  deps: FilesDeps,
  request: { title: string; suggestedName: string; filters: { name: string; extensions: string[] }[] },
  data: string | Uint8Array,
): Promise<{ saved: boolean; fileName?: string }> {
  const choice = await deps.showSaveDialog({
    title: request.title,
    defaultPath: `${deps.defaultFolder()}/${request.suggestedName}`,
    filters: request.filters,
  });
  if (choice.canceled || !choice.filePath) return { saved: false };
  await (deps.write ?? writeFileAtomic)(choice.filePath, data);
  return { saved: true, fileName: basename(choice.filePath) };
}

export function setupFiles(register: Register, deps: FilesDeps): void {
  register('saveFile', (_event, request) => saveWithDialog(deps, request, request.data));
}
