// Brings a backup written by an older version of the app up to the current format, one version at a
// time. Each step takes the parsed document of version n and returns one of version n + 1.
//
// Format 1 is the first shipped format, so there are no steps yet. When the format changes: raise
// BACKUP_FORMAT_VERSION, add the step from the old version here, and keep a fixture of the old shape
// under tests/fixtures/ so the step is tested for as long as the app reads that version.

export type BackupDocumentObject = Record<string, unknown>;
export type BackupMigration = (document: BackupDocumentObject) => BackupDocumentObject;

/** Steps by the version they start from. */
export const BACKUP_MIGRATIONS: Readonly<Record<number, BackupMigration>> = {};

export class UnsupportedBackupVersionError extends Error {
  constructor(readonly version: number) {
    super(`Backup format ${version} cannot be read by this version of the app.`);
    this.name = 'UnsupportedBackupVersionError';
  }
}

export function migrateForward(
  document: BackupDocumentObject,
  fromVersion: number,
  toVersion: number,
  migrations: Readonly<Record<number, BackupMigration>> = BACKUP_MIGRATIONS,
): BackupDocumentObject {
  let current = document;
  for (let version = fromVersion; version < toVersion; version += 1) {
    const step = Object.hasOwn(migrations, version) ? migrations[version] : undefined;
    if (!step) throw new UnsupportedBackupVersionError(fromVersion);
    current = { ...step(current), formatVersion: version + 1 };
  }
  return current;
}
