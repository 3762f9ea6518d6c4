import type { ReactNode } from 'react';

const ICONS = { warning: '⚠', problem: '✖', success: '✓', info: 'ℹ' } as const;
const WORDS = { warning: 'Warning:', problem: 'Problem:', success: 'Done:', info: 'Note:' } as const;

/** A message with an icon and a word, so colour never carries the meaning alone. */
export function Notice({
  kind,
  children,
  role,
}: {
  kind: keyof typeof ICONS;
  children: ReactNode;
  role?: 'alert' | 'status';
}) {
  return (
    <div className={`notice ${kind}`} role={role}>
      <span className="notice-icon" aria-hidden="true">
        {ICONS[kind]}
      </span>
      <div>
        <span className="visually-hidden">{WORDS[kind]} </span>
        {children}
      </div>
    </div>
  );
}
