// Why a file was refused, in plain words. Apart from backupValidate.ts (which checks files against the
// schemas) so that describing a failure does not load them.

export type RefusalKind = 'too-large' | 'foreign' | 'shared' | 'damaged' | 'newer' | 'unsupported' | 'invalid';

const NOT_OURS = "Couldn't read this file: it isn't a backup from Connection Coordinator. Nothing was changed.";
const MESSAGES: Record<RefusalKind, string> = {
  'too-large':
    "Couldn't read this file: it is larger than any backup Connection Coordinator makes (300 MB). Nothing was changed.",
  foreign: NOT_OURS,
  // The screen and button names of the way there (features/exchange/ExchangeLinkPanel.tsx).
  shared:
    'This file holds records shared by another coordinator, not a backup. To combine it, use Backup → Share with other coordinators → Share or combine records. Nothing was changed.',
  damaged:
    "Couldn't read this file: it is a Connection Coordinator backup, but it is incomplete or damaged. Nothing was changed.",
  newer:
    "Couldn't read this file: it was made by a newer version of Connection Coordinator. Update the app on this computer, then try again. Nothing was changed.",
  unsupported:
    "Couldn't read this file: it was made by a version of Connection Coordinator this one cannot read. Nothing was changed.",
  invalid:
    "Couldn't read this file: some of its records are not valid, so restoring it could damage your records. Nothing was changed.",
};

export class BackupRefusal extends Error {
  constructor(
    readonly kind: RefusalKind,
    /** the first few specific problems, for the "details" a helper might ask for */
    readonly details: string[] = [],
  ) {
    super(MESSAGES[kind]);
    this.name = 'BackupRefusal';
  }
}
