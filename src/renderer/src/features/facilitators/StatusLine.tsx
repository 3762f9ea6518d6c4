import { Notice } from '../../ui/Notice';
import type { ActionStatus } from './useAction';

/** A live region that is always present, so screen readers hear each new message. */
export function StatusLine({ status }: { status: ActionStatus | null }) {
  return (
    <div className="status-line" role="status">
      {status && <Notice kind={status.kind}>{status.text}</Notice>}
    </div>
  );
}
