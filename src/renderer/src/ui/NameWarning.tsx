// Warns, without blocking, when free text looks like it holds a person's name.
import { possibleNames } from '../domain/nameCheck';

export function NameWarning({ text }: { text: string }) {
  const names = possibleNames(text);
  if (names.length === 0) return null;
  return (
    <div className="notice warning field wide" role="status">
      <span className="notice-icon" aria-hidden="true">
        ⚠
      </span>
      <div>
        <span className="visually-hidden">Warning: </span>
        This looks like it may name a person ({names.map((name) => `“${name}”`).join(', ')}). Groups are confidential:
        please don't record who attended or what they shared.
      </div>
    </div>
  );
}
