// @vitest-environment happy-dom
// Shared live queries: the read starts in the first render, a known result shows at once, every
// change to what was read shows up, and a query nobody shows ends after its grace period.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import { Component, type ReactNode } from 'react';
import { db } from '../../../../src/renderer/src/db/database';
import { forgetSharedQueries, useSharedQuery, warmQuery } from '../../../../src/renderer/src/db/sharedQuery';
import { resetDatabase } from './resetDb';

beforeEach(resetDatabase);
afterEach(() => {
  cleanup();
  forgetSharedQueries();
  vi.useRealTimers();
});

const reads = { count: 0 };
const localValue = async (key: string) => {
  reads.count += 1;
  return (await db.local.get(key))?.value ?? 'none';
};

/** Shows one local value: as a live query, or (`watched`) as a query that watches its table. */
function Show({ name, watched = false }: { name: string | null; watched?: boolean }) {
  const key = name === null ? null : `${watched ? 'watched' : 'local'}:${name}`;
  const value = useSharedQuery(key, () => localValue(name ?? ''), 2000, watched ? [db.local] : undefined);
  return <p>{value === undefined ? 'loading' : `value ${String(value)}`}</p>;
}

class Boundary extends Component<{ children: ReactNode }, { message: string | null }> {
  override state = { message: null };
  static getDerivedStateFromError(error: Error) {
    return { message: error.message };
  }
  override render() {
    return this.state.message ? <p>failed: {this.state.message}</p> : this.props.children;
  }
}

describe('useSharedQuery', () => {
  it('shows the result, then every change to what it read', async () => {
    await db.local.put({ key: 'a', value: 'first' });
    render(<Show name="a" />);
    expect(screen.getByText('loading')).toBeTruthy();
    await screen.findByText('value first');
    await act(() => db.local.put({ key: 'a', value: 'second' }));
    await screen.findByText('value second');
  });

  it('shows a result already known in the very first render, without reading again', async () => {
    await db.local.put({ key: 'b', value: 'warm' });
    reads.count = 0;
    warmQuery('local:b', () => localValue('b'));
    await waitFor(() => expect(reads.count).toBe(1));
    await new Promise((resolve) => setTimeout(resolve, 20));
    render(<Show name="b" />);
    expect(screen.getByText('value warm')).toBeTruthy();
    expect(reads.count).toBe(1);
  });

  it('shares one query between two screens showing the same name', async () => {
    await db.local.put({ key: 'c', value: 'shared' });
    reads.count = 0;
    render(
      <>
        <Show name="c" />
        <Show name="c" />
      </>,
    );
    expect(await screen.findAllByText('value shared')).toHaveLength(2);
    expect(reads.count).toBe(1);
  });

  it('reads nothing while the name is null', async () => {
    reads.count = 0;
    render(<Show name={null} />);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(screen.getByText('loading')).toBeTruthy();
    expect(reads.count).toBe(0);
  });

  it('ends a query as soon as its last screen is left, so a change no longer re-reads it', async () => {
    await db.local.put({ key: 'd', value: 'old' });
    reads.count = 0;
    const { unmount } = render(<Show name="d" />);
    await screen.findByText('value old');
    unmount();
    await new Promise((resolve) => setTimeout(resolve, 20));
    const before = reads.count;
    await db.local.put({ key: 'd', value: 'new' });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(reads.count).toBe(before);
    render(<Show name="d" />);
    expect(screen.getByText('loading')).toBeTruthy();
    await screen.findByText('value new');
    expect(reads.count).toBe(before + 1);
  });

  it('ends a query started ahead that no screen shows once its grace period is over', async () => {
    await db.local.put({ key: 'e', value: 'ahead' });
    reads.count = 0;
    warmQuery('local:e', () => localValue('e'), 30);
    await waitFor(() => expect(reads.count).toBe(1));
    await new Promise((resolve) => setTimeout(resolve, 60));
    await db.local.put({ key: 'e', value: 'changed' });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(reads.count).toBe(1);
  });

  it('throws a failed read to the screen, as useLiveQuery does', async () => {
    function Failing() {
      useSharedQuery('failing', () => Promise.reject(new Error('The disk could not be read')));
      return <p>never</p>;
    }
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    render(
      <Boundary>
        <Failing />
      </Boundary>,
    );
    await screen.findByText('failed: The disk could not be read');
  });
});

describe('a shared query that watches its tables', () => {
  it('starts its read at once, not on a timer', async () => {
    await db.local.put({ key: 'f', value: 'now' });
    reads.count = 0;
    vi.useFakeTimers();
    void warmQuery('watched:f', () => localValue('f'), 2000, [db.local]);
    expect(reads.count).toBe(1);
    vi.useRealTimers();
  });

  it('shows the result, then the result after each change to its tables, even to rows it did not read', async () => {
    await db.local.put({ key: 'g', value: 'first' });
    reads.count = 0;
    render(<Show name="g" watched />);
    await screen.findByText('value first');
    await act(() => db.local.put({ key: 'g', value: 'second' }));
    await screen.findByText('value second');
    const before = reads.count;
    await act(() => db.local.put({ key: 'other', value: 'x' }));
    await waitFor(() => expect(reads.count).toBe(before + 1));
    await screen.findByText('value second');
  });

  it('leaves changes to other tables alone', async () => {
    await db.local.put({ key: 'h', value: 'kept' });
    reads.count = 0;
    render(<Show name="h" watched />);
    await screen.findByText('value kept');
    // Any row will do: nothing reads it back.
    await act(() => db.affiliates.put({ id: 'affiliate-1', name: 'North' } as never));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(reads.count).toBe(1);
  });

  it('shows only the newest read when a change comes while a read is under way', async () => {
    await db.local.put({ key: 'i', value: 'one' });
    let release: (() => void) | undefined;
    const slowFirst = async () => {
      const value = (await db.local.get('i'))?.value ?? 'none';
      if (release === undefined) await new Promise<void>((resolve) => (release = resolve));
      return value;
    };
    function ShowSlow() {
      const value = useSharedQuery('watched:slow', slowFirst, 2000, [db.local]);
      return <p>{value === undefined ? 'loading' : `value ${String(value)}`}</p>;
    }
    render(<ShowSlow />);
    await waitFor(() => expect(release).toBeDefined());
    await act(() => db.local.put({ key: 'i', value: 'two' }));
    await screen.findByText('value two');
    release?.();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(screen.getByText('value two')).toBeTruthy();
  });

  it('stops watching once its last screen is left', async () => {
    await db.local.put({ key: 'j', value: 'old' });
    reads.count = 0;
    const { unmount } = render(<Show name="j" watched />);
    await screen.findByText('value old');
    unmount();
    await new Promise((resolve) => setTimeout(resolve, 20));
    await db.local.put({ key: 'j', value: 'new' });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(reads.count).toBe(1);
  });
});
