import type { ReactNode } from 'react';

/** Says what an area is for and offers the first action. */
export function EmptyState({ title, children, action }: { title: string; children: ReactNode; action?: ReactNode }) {
  return (
    <section className="empty-state" aria-label={title}>
      <h2>{title}</h2>
      {children}
      {action && <div className="button-row">{action}</div>}
    </section>
  );
}
