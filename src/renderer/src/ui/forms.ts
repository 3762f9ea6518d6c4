// Turns a zod failure into one message per field, for the field and the summary.
import type { z } from 'zod';

export type FieldErrors = Record<string, string>;

export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join('.') || 'form';
    errors[key] ??= issue.message;
  }
  return errors;
}

export const looksLikeEmail = (value: string): boolean => value === '' || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value);
export const looksLikeWebsite = (value: string): boolean => {
  if (value === '') return true;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
};

/** What went wrong, in the words of what was thrown (an Error's message, the platform's too). */
export const reasonOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/**
 * A failure message that ends "Nothing was changed." exactly once, with one full stop before it, whatever
 * the reason's own ending ("The venue could not be saved: Oak Room is booked. Nothing was changed.").
 * A reason that already says nothing was saved or changed is not told twice.
 */
export function nothingChanged(text: string): string {
  const said = text.trim();
  const sentence = /[.!?]$/.test(said) ? said : `${said}.`;
  return /nothing was (changed|saved)\.?$/i.test(said) ? sentence : `${sentence} Nothing was changed.`;
}
