// Home is a to-do list: what needs the coordinator's attention, each with the button that resolves it.
import { useEffect, useState } from 'react';
import { Link } from '../../ui/router';
import { firstScreenShown } from '../../screens';
import { PageHeader } from '../../ui/PageHeader';
import { EmptyState } from '../../ui/EmptyState';
import { Notice } from '../../ui/Notice';
import { db } from '../../db/database';
import { todayIso } from '../../domain/dates';
import { forgetOnChange, readHomeSnapshot, saveHomeSnapshot } from './homeSnapshot';
import { HOME_TABLES, useHomeTodos, type TodoSection } from './useHomeTodos';
import { reasonOf } from '../../ui/forms';

// Any change to what Home reads, in any window, forgets the list kept for the next start.
forgetOnChange(db.name, HOME_TABLES);

export function HomePage() {
  // The emptiness check and the sections in one read: at state scale that saves a round of reads at start.
  const home = useHomeTodos();
  // Until that read is done, the list as last read, when nothing it depends on has changed since.
  const [kept] = useState(() => readHomeSnapshot(db.name, todayIso()));
  useEffect(() => {
    if (home && !home.empty) saveHomeSnapshot(db.name, todayIso(), home.sections);
  }, [home]);
  if (home === undefined) return kept ? <TodoList todos={kept} /> : <PageHeader title="Home" />;
  return home.empty ? <Welcome /> : <TodoList todos={home.sections} live />;
}

function Welcome() {
  const [busy, setBusy] = useState(false);
  useEffect(firstScreenShown, []);
  const [problem, setProblem] = useState<string | null>(null);
  async function load() {
    setBusy(true);
    setProblem(null);
    try {
      // Loaded when asked for: the example organisation's code is not needed to draw Home.
      const { loadSampleData } = await import('../../db/sample');
      await loadSampleData();
    } catch (error) {
      setProblem(reasonOf(error));
      setBusy(false);
    }
  }
  return (
    <>
      <PageHeader title="Home" />
      <EmptyState
        title="Welcome to Connection Coordinator"
        action={
          <>
            <Link className="button primary" to="/settings">
              Enter your organisation's details
            </Link>
            <button className="button" type="button" onClick={load} disabled={busy}>
              {busy ? 'Loading sample data…' : 'Load sample data'}
            </button>
          </>
        }
      >
        <p>
          Keep your support groups, meeting schedules, venues, donations and facilitators in one place, on this
          computer, without the internet.
        </p>
        <p>
          Start with your organisation's details, or load a small example organisation to see the app at work. You can
          back up and start fresh at any time.
        </p>
      </EmptyState>
      {problem && (
        <Notice kind="problem" role="alert">
          {problem}
        </Notice>
      )}
    </>
  );
}

function TodoList({ todos, live = false }: { todos: TodoSection[]; live?: boolean }) {
  // For `npm run bench`: the moment Home's to-do list is on screen (kept or read), and read.
  useEffect(() => {
    performance.mark('home-painted');
    if (!live) return;
    performance.mark('home-live-painted');
    // The start-up work in the background waits for the read, so as not to slow it.
    firstScreenShown();
  }, [todos, live]);
  return (
    <>
      <PageHeader title="Home">
        <p>What needs your attention, most urgent first.</p>
      </PageHeader>
      {todos.length === 0 ? (
        <Notice kind="success">Nothing needs your attention right now.</Notice>
      ) : (
        todos.map((section) => (
          <section className="panel" key={section.title} aria-labelledby={`todo-${section.key}`}>
            <h2 id={`todo-${section.key}`}>{section.title}</h2>
            <ul className="todo-list">
              {section.items.map((item) => (
                <li key={item.key}>
                  <span>{item.text}</span>
                  <Link className="button" to={item.to} aria-label={item.actionLabel}>
                    {item.action}
                  </Link>
                </li>
              ))}
            </ul>
          </section>
        ))
      )}
    </>
  );
}
