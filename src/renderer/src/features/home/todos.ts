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

/** Several sections from one read, for an area whose sections share the records they need. */
export type TodoSectionsProvider = (today: string) => Promise<TodoSection[]>;

/** Home stays a short list: past `limit` items, the rest are summed up in one item that leads to them. */
export function capItems(items: TodoItem[], limit: number, more: (count: number) => TodoItem): TodoItem[] {
  if (items.length <= limit) return items;
  return [...items.slice(0, limit - 1), more(items.length - limit + 1)];
}
