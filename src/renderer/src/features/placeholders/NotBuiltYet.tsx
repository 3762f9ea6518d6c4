// An honest empty state for an area that is not built yet.
import { PageHeader } from '../../ui/PageHeader';
import { EmptyState } from '../../ui/EmptyState';

export function NotBuiltYet({ title, purpose }: { title: string; purpose: string }) {
  return (
    <>
      <PageHeader title={title} />
      <EmptyState title={`${title} is not ready yet`}>
        <p>{purpose}</p>
        <p className="muted">
          This part of Connection Coordinator is still being built. Nothing you enter elsewhere is affected.
        </p>
      </EmptyState>
    </>
  );
}
