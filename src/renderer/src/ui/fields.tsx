// Form fields: a visible label above, help under, and the error next to the field it concerns.
import {
  useId,
  type InputHTMLAttributes,
  type ReactNode,
  type SelectHTMLAttributes,
  type TextareaHTMLAttributes,
} from 'react';

interface FieldFrame {
  label: string;
  help?: ReactNode;
  error?: string;
  wide?: boolean;
}

function useFieldIds(error?: string, help?: ReactNode) {
  const id = useId();
  const helpId = help ? `${id}-help` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [errorId, helpId].filter(Boolean).join(' ') || undefined;
  return { id, helpId, errorId, describedBy };
}

function Frame({
  frame,
  ids,
  children,
}: {
  frame: FieldFrame;
  ids: ReturnType<typeof useFieldIds>;
  children: ReactNode;
}) {
  return (
    <div className={frame.wide ? 'field wide' : 'field'}>
      <label htmlFor={ids.id}>{frame.label}</label>
      {children}
      {frame.error && (
        <span className="field-error" id={ids.errorId}>
          {frame.error}
        </span>
      )}
      {frame.help && (
        <span className="field-help" id={ids.helpId}>
          {frame.help}
        </span>
      )}
    </div>
  );
}

export function TextField({ label, help, error, wide, ...input }: FieldFrame & InputHTMLAttributes<HTMLInputElement>) {
  const ids = useFieldIds(error, help);
  return (
    <Frame frame={{ label, help, error, wide }} ids={ids}>
      <input id={ids.id} aria-invalid={error ? true : undefined} aria-describedby={ids.describedBy} {...input} />
    </Frame>
  );
}

export function TextArea({
  label,
  help,
  error,
  wide,
  ...input
}: FieldFrame & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  const ids = useFieldIds(error, help);
  return (
    <Frame frame={{ label, help, error, wide }} ids={ids}>
      <textarea id={ids.id} aria-invalid={error ? true : undefined} aria-describedby={ids.describedBy} {...input} />
    </Frame>
  );
}

export function SelectField({
  label,
  help,
  error,
  wide,
  options,
  ...select
}: FieldFrame & SelectHTMLAttributes<HTMLSelectElement> & { options: readonly { value: string; label: string }[] }) {
  const ids = useFieldIds(error, help);
  return (
    <Frame frame={{ label, help, error, wide }} ids={ids}>
      <select id={ids.id} aria-invalid={error ? true : undefined} aria-describedby={ids.describedBy} {...select}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </Frame>
  );
}

export function CheckboxField({ label, ...input }: { label: string } & InputHTMLAttributes<HTMLInputElement>) {
  const id = useId();
  return (
    <label className="checkbox" htmlFor={id}>
      <input id={id} type="checkbox" {...input} />
      {label}
    </label>
  );
}

/** The summary at the top of a form when saving fails. */
export function ErrorSummary({ errors }: { errors: Record<string, string> }) {
  const messages = Object.values(errors);
  if (messages.length === 0) return null;
  return (
    <div className="notice problem error-summary" role="alert">
      <span className="notice-icon" aria-hidden="true">
        ✖
      </span>
      <div>
        <p>
          <strong>Nothing was saved.</strong> Please fix {messages.length === 1 ? 'this' : 'these'} first:
        </p>
        <ul>
          {messages.map((message, index) => (
            <li key={index}>{message}</li>
          ))}
        </ul>
      </div>
    </div>
  );
}
