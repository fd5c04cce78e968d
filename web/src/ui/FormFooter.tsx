import { FormError } from './Field';

/** The end of every form: its form-level error, the submit button (disabled while in flight), Cancel. */
export function FormFooter({
  error,
  pending,
  label,
  pendingLabel,
  tone,
  onCancel,
}: {
  error: string | null;
  pending: boolean;
  label: string;
  pendingLabel: string;
  /** Extra button class, e.g. `danger` for declaring or `success` for resolving. */
  tone?: string;
  /** Omitted for forms that are always open. */
  onCancel?: () => void;
}) {
  return (
    <>
      <FormError message={error} />
      <div className="actions">
        <button type="submit" className={tone ? `btn ${tone}` : 'btn'} disabled={pending}>
          {pending ? pendingLabel : label}
        </button>
        {onCancel && (
          <button type="button" className="btn ghost" onClick={onCancel}>
            Cancel
          </button>
        )}
      </div>
    </>
  );
}
