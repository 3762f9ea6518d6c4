// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useState } from 'react';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { ReportControls } from '../../../../../src/renderer/src/features/reports/ReportControls';
import type { ReportChoice } from '../../../../../src/renderer/src/features/reports/reportParams';

afterEach(cleanup);

/** The controls as the report screen holds them: every choice goes into the address at once. */
function Harness({ start, seen }: { start: ReportChoice; seen: (choice: ReportChoice) => void }) {
  const [choice, setChoice] = useState(start);
  return (
    <ReportControls
      choice={choice}
      affiliates={[]}
      organisation="NAMI Riverbend"
      onChange={(next) => {
        seen(next);
        setChoice(next);
      }}
    />
  );
}

const start: ReportChoice = { from: '2026-08', to: '2026-08', affiliate: '' };
const field = (label: string) => screen.getByLabelText(label) as HTMLInputElement;

/** What the browser reports as each digit of a year goes into a month field. */
function typeYear(input: HTMLInputElement, month: string, year: string) {
  for (let digits = 1; digits <= year.length; digits += 1) {
    fireEvent.change(input, { target: { value: `${year.slice(0, digits).padStart(4, '0')}-${month}` } });
  }
}

describe('the report controls', () => {
  it('take a year typed into "First month" once it is whole, and leave the last month alone', () => {
    const seen = vi.fn();
    render(<Harness start={start} seen={seen} />);
    typeYear(field('First month'), '08', '2025');
    expect(seen.mock.calls).toEqual([[{ from: '2025-08', to: '2026-08', affiliate: '' }]]);
    expect(field('First month').value).toBe('2025-08');
    expect(field('Last month').value).toBe('2026-08');
  });

  it('move the first month to a typed last month before it only when the coordinator leaves the field', () => {
    const seen = vi.fn();
    render(<Harness start={start} seen={seen} />);
    const last = field('Last month');
    typeYear(last, '08', '2025');
    expect(seen.mock.calls).toEqual([[{ from: '2026-08', to: '2025-08', affiliate: '' }]]);
    expect(field('First month').value).toBe('2026-08');
    fireEvent.blur(last);
    expect(seen).toHaveBeenLastCalledWith({ from: '2025-08', to: '2025-08', affiliate: '' });
    expect(field('First month').value).toBe('2025-08');
  });

  it('put a half-typed year back to the chosen month on leaving, having chosen nothing', () => {
    const seen = vi.fn();
    render(<Harness start={start} seen={seen} />);
    const first = field('First month');
    typeYear(first, '08', '20');
    expect(first.value).toBe('0020-08');
    fireEvent.blur(first);
    expect(seen).not.toHaveBeenCalled();
    expect(first.value).toBe('2026-08');
  });

  it('step the whole range back by its length', () => {
    const seen = vi.fn();
    render(<Harness start={{ from: '2026-07', to: '2026-08', affiliate: 'a1' }} seen={seen} />);
    fireEvent.click(screen.getByRole('button', { name: 'Previous 2 months' }));
    expect(seen).toHaveBeenLastCalledWith({ from: '2026-05', to: '2026-06', affiliate: 'a1' });
    expect(field('First month').value).toBe('2026-05');
  });
});
