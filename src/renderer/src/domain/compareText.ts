// Names in the order people read them ("apple" before "Zebra", "Group 2" before "Group 10" is not
// promised): one collator for the whole app. String.prototype.localeCompare looks a collator up on
// every call, and the first one a page makes loads the locale's collation data (about 10 ms).
let collator: Intl.Collator | undefined;

/** Compares two names as a person would sort them; for Array.prototype.sort. */
export const compareText = (a: string, b: string): number => (collator ??= new Intl.Collator()).compare(a, b);
