// A table for long lists: only the rows near the view are in the DOM, and the page scrolls as usual.
// It stays a real table for assistive technology: aria-rowcount says how many rows there are in all
// and aria-rowindex where each rendered row sits (the header row is row 1). The rows left out are
// stood in for by empty rows of the same height, hidden from assistive technology.
import { useEffect, type Key, type ReactNode } from 'react';
import { useVirtualWindow } from './useVirtualWindow';
import './virtual.css';

export function VirtualTable({
  caption,
  head,
  widths,
  count,
  getKey,
  renderCells,
  estimateRowHeight = 45,
  className = 'data',
  onLastIndex,
}: {
  /** read by screen readers (visually hidden) */
  caption: string;
  /** the header cells, <th scope="col"> each */
  head: ReactNode;
  /**
   * each column's share of the width: the columns keep their widths as rows come and go (with widths
   * taken from the rows in view, they would shift while scrolling)
   */
  widths: readonly string[];
  count: number;
  /** a stable key per row index (keep the function stable, e.g. with useCallback) */
  getKey: (index: number) => Key;
  /** the cells of the row at this index */
  renderCells: (index: number) => ReactNode;
  estimateRowHeight?: number;
  className?: string;
  /** told the last row index rendered, for lists that read more rows as the view nears their end */
  onLastIndex?: (index: number) => void;
}) {
  const { slots, lastIndex, listRef, measure, onFocus, onBlur } = useVirtualWindow<HTMLTableSectionElement>({
    count,
    estimateSize: estimateRowHeight,
    getKey,
  });
  useEffect(() => onLastIndex?.(lastIndex), [onLastIndex, lastIndex]);
  return (
    <div className="table-wrap">
      <table className={`${className} virtual-table`} aria-rowcount={count + 1}>
        <caption className="visually-hidden">{caption}</caption>
        <colgroup>
          {widths.map((width, column) => (
            <col key={column} style={{ width }} />
          ))}
        </colgroup>
        <thead>
          <tr aria-rowindex={1}>{head}</tr>
        </thead>
        <tbody ref={listRef} onFocus={onFocus} onBlur={onBlur}>
          {slots.map((slot) =>
            slot.kind === 'gap' ? (
              <tr key={slot.key} className="virtual-gap" aria-hidden="true">
                <td colSpan={widths.length} style={{ height: slot.size }} />
              </tr>
            ) : (
              <tr key={slot.key} ref={measure} data-index={slot.index} aria-rowindex={slot.index + 2}>
                {renderCells(slot.index)}
              </tr>
            ),
          )}
        </tbody>
      </table>
    </div>
  );
}
