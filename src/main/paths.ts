// Where the coordinator's data lives: a fixed folder name that never follows the product name.
import { join } from 'node:path';

export const DATA_FOLDER_NAME = 'connection-coordinator';

export function dataFolderFor(appDataPath: string): string {
  return join(appDataPath, DATA_FOLDER_NAME);
}
