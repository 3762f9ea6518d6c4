// How the donation import compares text and donors' names. Apart from importCells.ts (which checks
// cells against the schemas) so the donor reads Home uses do not load them.

/** Text as the import compares it: any case, and any run of spaces (a non-breaking one too) as one. */
export const normal = (text: string): string => text.trim().toLowerCase().replace(/\s+/g, ' ');

/** A donor's name as the import compares it, with the names in the app and with the file's other rows. */
export const donorKeyOf = (name: string): string => normal(name);
