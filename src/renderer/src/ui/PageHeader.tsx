import type { ReactNode } from 'react';

export function PageHeader({ title, action, children }: { title: string; action?: ReactNode; children?: ReactNode }) {
  return (
    <>
      <header className="page-header">
        <h1 tabIndex={-1}>{title}</h1>
        {action}
      </header>
      {children && <div className="page-intro">{children}</div>}
    </>
  );
}
