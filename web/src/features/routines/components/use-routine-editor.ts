import { useState } from 'react';

/**
 * Which record a routine page's form edits ('new' for a new one), and one idempotency key per opened form: a
 * double click or a retry after a lost answer records it once.
 */
export function useRoutineEditor<T>(keyPrefix: string) {
  const [editing, setEditing] = useState<T | 'new'>();
  const [key, setKey] = useState('');
  const open = (what: T | 'new') => {
    setKey(`${keyPrefix}-${crypto.randomUUID()}`);
    setEditing(what);
  };
  return {
    /** Whether the form is open. */
    isOpen: editing !== undefined,
    isNew: editing === 'new',
    /** The record being edited; undefined for a new one (or none). */
    record: editing === 'new' ? undefined : editing,
    key,
    open,
    close: () => setEditing(undefined),
  };
}
