// Long lists keep only the items near the window's view in the DOM, while the page scrolls as a whole
// (no box with a scrollbar of its own inside the page). Three things a plain virtual list gets wrong
// are handled here: the item holding keyboard focus and its neighbours stay rendered, so Tab and
// Shift+Tab walk on through the list; printing renders every item; and the list's distance from the top
// of the page is kept up to date as the page above it changes.
import { useCallback, useEffect, useLayoutEffect, useRef, useState, type FocusEvent, type Key } from 'react';
import { flushSync } from 'react-dom';
import { defaultRangeExtractor, useWindowVirtualizer, type Range } from '@tanstack/react-virtual';

export type VirtualSlot = { kind: 'item'; index: number; key: Key } | { kind: 'gap'; key: string; size: number };

export interface VirtualWindow<E extends HTMLElement> {
  /** what to render in order: items, and gaps that stand for the items left out */
  slots: VirtualSlot[];
  /** the last index rendered (-1 for none), for lists that read more as the view nears their end */
  lastIndex: number;
  /** on the element that holds the items (a tbody or a ul) */
  listRef: React.RefObject<E | null>;
  /** on each item, which must also carry data-index={index} */
  measure: (node: Element | null) => void;
  /** on the list element, so the focused item stays rendered */
  onFocus: (event: FocusEvent<E>) => void;
  onBlur: (event: FocusEvent<E>) => void;
}

/** Items rendered beyond each edge of the view: enough to cover a fast wheel turn. */
const OVERSCAN = 10;

export function useVirtualWindow<E extends HTMLElement>({
  count,
  estimateSize,
  getKey,
}: {
  count: number;
  /** a typical item's height in pixels; items are measured once rendered */
  estimateSize: number;
  /** a stable key per index (keep the function itself stable, e.g. with useCallback) */
  getKey: (index: number) => Key;
}): VirtualWindow<E> {
  const listRef = useRef<E>(null);
  const [focused, setFocused] = useState<number | null>(null);
  const printing = usePrinting();
  const scrollMargin = useDocumentTop(listRef);

  // The focused item and the ones either side are always rendered: Tab moves to an item that is
  // already in the DOM, and the browser scrolls it into view, which brings the rest of its window.
  const rangeExtractor = useCallback(
    (range: Range) => {
      const indexes = defaultRangeExtractor(range);
      if (focused === null) return indexes;
      const extra = [focused - 1, focused, focused + 1].filter((i) => i >= 0 && i < range.count);
      return [...new Set([...indexes, ...extra])].sort((a, b) => a - b);
    },
    [focused],
  );
  const estimate = useCallback(() => estimateSize, [estimateSize]);
  const virtualizer = useWindowVirtualizer({
    count,
    estimateSize: estimate,
    getItemKey: getKey,
    overscan: OVERSCAN,
    scrollMargin,
    rangeExtractor,
  });

  const onFocus = useCallback((event: FocusEvent<E>) => {
    const item = (event.target as Element).closest('[data-index]');
    const index = Number(item?.getAttribute('data-index'));
    if (item && Number.isInteger(index)) setFocused(index);
  }, []);
  const onBlur = useCallback((event: FocusEvent<E>) => {
    // Focus leaving for somewhere else on the page lets the item go; the window losing focus does not.
    const next = event.relatedTarget;
    if (next instanceof Node && !event.currentTarget.contains(next)) setFocused(null);
  }, []);
  const noMeasure = useCallback(() => {}, []);

  if (printing) {
    const slots: VirtualSlot[] = Array.from({ length: count }, (_, index) => ({
      kind: 'item',
      index,
      key: getKey(index),
    }));
    return { slots, lastIndex: count - 1, listRef, measure: noMeasure, onFocus, onBlur };
  }

  const slots: VirtualSlot[] = [];
  const items = virtualizer.getVirtualItems();
  let cursor = scrollMargin;
  for (const item of items) {
    if (item.start > cursor) slots.push({ kind: 'gap', key: `gap-${item.index}`, size: item.start - cursor });
    slots.push({ kind: 'item', index: item.index, key: item.key });
    cursor = Math.max(cursor, item.end);
  }
  const end = scrollMargin + virtualizer.getTotalSize();
  if (end > cursor) slots.push({ kind: 'gap', key: 'gap-end', size: end - cursor });
  const lastIndex = items.at(-1)?.index ?? -1;
  return { slots, lastIndex, listRef, measure: virtualizer.measureElement, onFocus, onBlur };
}

/**
 * True from the browser's beforeprint to its afterprint. The render happens inside beforeprint
 * (flushSync), so the printout holds every item, not only those in view.
 */
function usePrinting(): boolean {
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    const before = () => flushSync(() => setPrinting(true));
    const after = () => setPrinting(false);
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, []);
  return printing;
}

/**
 * The element's distance from the top of the document (the virtualizer's scrollMargin). It moves when
 * anything above it changes height (a notice, filters wrapping, totals arriving), which also changes the
 * page's main area, so that area is watched along with the window's width.
 */
function useDocumentTop(ref: React.RefObject<HTMLElement | null>): number {
  const [top, setTop] = useState(0);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const update = () => setTop(Math.round(element.getBoundingClientRect().top + window.scrollY));
    const observer = new ResizeObserver(update);
    observer.observe(element.closest('main') ?? document.body);
    observer.observe(element);
    window.addEventListener('resize', update);
    return () => {
      observer.disconnect();
      window.removeEventListener('resize', update);
    };
  }, [ref]);
  return top;
}
