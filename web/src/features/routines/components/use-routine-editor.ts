import { useState } from 'react';

/**
 * Which record a routine page's form edits ('new' for a new one), and one idempotency key per opened form: a
 * double click or a retry after a lost answer records it once.
 */
export function useRoutineEditor<T extends { id: string }>(keyPrefix: string) {
  const [editing, setEditing] = useState<T | 'new'>();
  const [key, setKey] = useState('');
  const open = (what: T | 'new') => {
    setKey(`${keyPrefix}-${crypto.randomUUID()}`);
    setEditing(what);
  };
  const record = editing === 'new' ? undefined : editing;
  const close = () => setEditing(undefined);
  return {
    /** Whether the form is open. */
    isOpen: editing !== undefined,
    isNew: editing === 'new',
    /** The record being edited; undefined for a new one (or none). */
    record,
    open,
    close,
    /** The form's onSubmit: saves the body (with the edited record's id, and the form's key), then closes the form. */
    submitWith:
      <B>(save: (request: { id?: string; body: B; key: string }) => Promise<unknown>) =>
      async (body: B) => {
        await save({ ...(record ? { id: record.id } : {}), body, key });
        close();
      },
  };
}
