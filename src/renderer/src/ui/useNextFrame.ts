// For long screens: draw what the coordinator sees first at once, and the rest a frame later.
import { useEffect, useState, type ReactNode } from 'react';

/**
 * False in the first frame a component is drawn, true from the next one on (at once when `waitFor` is
 * false). Everything is in the page a frame later, for search in page, Tab and screen readers.
 */
export function useNextFrame(waitFor = true): boolean {
  const [ready, setReady] = useState(!waitFor);
  useEffect(() => {
    if (ready) return;
    const frame = requestAnimationFrame(() => setReady(true));
    return () => cancelAnimationFrame(frame);
  }, [ready]);
  return ready;
}

/** Its children join the page one frame after it is first drawn. */
export function NextFrame({ children }: { children: ReactNode }): ReactNode {
  return useNextFrame() ? children : null;
}
