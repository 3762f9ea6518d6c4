// @vitest-environment happy-dom
// A long table renders a window of rows, tells assistive technology where they sit, and prints whole.
import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, render, screen, within } from '@testing-library/react';
import { VirtualTable } from '../../../../../src/renderer/src/ui/VirtualTable';

afterEach(cleanup);

const COUNT = 1000;
const getKey = (index: number) => `row-${index}`;

function LongTable() {
  return (
    <VirtualTable
      caption="Numbers"
      widths={['50%', '50%']}
      count={COUNT}
      getKey={getKey}
      renderCells={(index) => (
        <>
          <td>
            <a href={`#/numbers/${index}`}>Number {index + 1}</a>
          </td>
          <td>{(index + 1) * 2}</td>
        </>
      )}
      head={
        <>
          <th scope="col">Number</th>
          <th scope="col">Twice</th>
        </>
      }
    />
  );
}

const bodyRows = () =>
  within(screen.getByRole('table', { name: 'Numbers' }))
    .getAllByRole('row')
    .slice(1);

// happy-dom lays nothing out (every row measures 0 px), so which rows are in view is left to the
// end-to-end tests in Chromium (tests/e2e/longLists.spec.ts); these check what holds whatever the window.
describe('VirtualTable', () => {
  it('tells assistive technology how many rows there are and where each rendered one sits', () => {
    render(<LongTable />);
    const table = screen.getByRole('table', { name: 'Numbers' });
    expect(table.getAttribute('aria-rowcount')).toBe(String(COUNT + 1));
    expect(within(table).getAllByRole('row')[0]!.getAttribute('aria-rowindex')).toBe('1');
    const rows = bodyRows();
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      const number = within(row).getByRole('link').textContent?.replace('Number ', '');
      expect(row.getAttribute('aria-rowindex')).toBe(String(Number(number) + 1));
    }
  });

  it('renders every row while printing', () => {
    render(<LongTable />);
    act(() => void window.dispatchEvent(new Event('beforeprint')));
    expect(bodyRows()).toHaveLength(COUNT);
    expect(bodyRows().at(-1)!.getAttribute('aria-rowindex')).toBe(String(COUNT + 1));
    expect(screen.getByRole('table', { name: 'Numbers' }).querySelectorAll('tr[aria-hidden="true"]')).toHaveLength(0);
  });
});
