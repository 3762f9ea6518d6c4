// Home's to-do list is made of sections; each area of the app supplies its own.
export interface TodoItem {
  key: string;
  text: string;
  action: string;
  /** the accessible name of the action, when the visible word alone is ambiguous */
  actionLabel?: string;
  to: string;
}

export interface TodoSection {
  key: string;
  title: string;
  items: TodoItem[];
}

/** Reads what it needs (through indexes, never whole large tables) and returns its section. */
export type TodoProvider = (today: string) => Promise<TodoSection>;
