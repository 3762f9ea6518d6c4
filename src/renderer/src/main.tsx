// Boots the renderer: fonts and styles, persistent storage, then the app.
import '@fontsource/atkinson-hyperlegible/latin-400.css';
import '@fontsource/atkinson-hyperlegible/latin-700.css';
import './styles/app.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from './ui/router';
import { router } from './routes';
import { requestPersistentStorage } from './db/database';
import { startDatabaseHousekeeping } from './db/databaseSwitch';
import { watchRestores } from './db/restoreBarrier';
import { startAutomaticBackups } from './features/backup/automaticBackups';
import './features/bench/benchHooks';

performance.mark('app-script');

void requestPersistentStorage().catch((error: unknown) => {
  // The app still works without it; the Backup screen shows whether it was granted.
  console.warn('Persistent storage was not granted', error);
});

// A backup at start, hourly while there are changes, and (in Electron) on quit.
startAutomaticBackups();

// In the background once the app is up: delete the databases a restore left behind.
startDatabaseHousekeeping();

// Hear of restores in other windows (writes are refused meanwhile), and clear a crashed one's mark.
watchRestores();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <RouterProvider router={router} />
  </StrictMode>,
);
