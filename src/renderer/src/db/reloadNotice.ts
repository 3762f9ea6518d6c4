// After a switch to a new database the app reloads (the `db` singleton names one database for the life
// of the page). What the screen should say once it is back travels in sessionStorage: this tab only,
// gone when the tab closes.

export type ReloadNotice = { kind: 'restored' } | { kind: 'combine-undone' } | { kind: 'demo-dataset'; text: string };

const NOTICE_KEY = 'connection-coordinator.afterReload';

/** Starts the app again on the database the pointer now names, with a word for the screen. */
export function reloadOnNewDatabase(notice: ReloadNotice): void {
  try {
    sessionStorage.setItem(NOTICE_KEY, JSON.stringify(notice));
  } catch {
    // Without sessionStorage the screen simply says nothing special after the reload.
  }
  window.location.reload();
}

/** The notice left for this kind of screen before the reload, if any. */
export function peekReloadNotice<K extends ReloadNotice['kind']>(kind: K): Extract<ReloadNotice, { kind: K }> | null {
  try {
    const stored = JSON.parse(sessionStorage.getItem(NOTICE_KEY) ?? 'null') as ReloadNotice | null;
    return stored?.kind === kind ? (stored as Extract<ReloadNotice, { kind: K }>) : null;
  } catch {
    return null;
  }
}

/** Called once the screen has shown its notice, so a later reload does not show it again. */
export function forgetReloadNotice(kind: ReloadNotice['kind']): void {
  try {
    if (peekReloadNotice(kind)) sessionStorage.removeItem(NOTICE_KEY);
  } catch {
    // Nothing to forget.
  }
}
