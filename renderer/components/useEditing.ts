import { useState } from 'react';

/** The props a list page gives its add/edit form while it is open. */
export interface EditingFormProps<T> {
  /** The record edited, or null for a new one. */
  current: T | null;
  onClose: () => void;
  /** Closes the form and reloads the list. */
  onSaved: () => void;
}

/** A list page's add/edit form: which record it is open on, and the props to open it with. */
export interface Editing<T> {
  /** Opens the form on a record, or empty with 'new'. */
  open: (record: T | 'new') => void;
  /** The form's props while it is open, else null. */
  form: EditingFormProps<T> | null;
}

/**
 * The add/edit form of a list page: opened on a row or on 'new', closed by its Hủy or once saved,
 * and the list reloaded after a save (`saved`, e.g. `list.reload`).
 */
export function useEditing<T>(saved: () => void, initial: T | 'new' | null = null): Editing<T> {
  const [editing, setEditing] = useState<T | 'new' | null>(initial);
  const close = () => setEditing(null);
  return {
    open: setEditing,
    form:
      editing === null
        ? null
        : {
            current: editing === 'new' ? null : editing,
            onClose: close,
            onSaved: () => {
              close();
              saved();
            },
          },
  };
}
