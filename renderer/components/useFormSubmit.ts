import type { FormInstance } from 'antd';
import { App, Form } from 'antd';
import { useCallback, useState } from 'react';
import { ui } from '../i18n/ui';
import { showOnForm, type FormFailure } from './errors';
import { markSettled, whileSaving } from './formGuard';

/** Saving a form: a busy flag, the failure to show, and a runner that says "Đã lưu" on success. */
export interface FormSubmit {
  submitting: boolean;
  failure: FormFailure | null;
  /** Runs the save; on failure puts the server's issues on the fields and returns false. */
  run(save: () => Promise<void>, successText?: string | null): Promise<boolean>;
  clear(): void;
}

/**
 * Shared save behaviour for every form (messages, field issues, busy state; a saved form is no longer
 * dirty). `labels` name the fields of issues the form cannot show under a field (a record form passes
 * its definition's).
 */
export function useFormSubmit(form: FormInstance, labels?: Readonly<Record<string, string>>): FormSubmit {
  const { message } = App.useApp();
  const [submitting, setSubmitting] = useState(false);
  const [failure, setFailure] = useState<FormFailure | null>(null);
  const run = useCallback(
    async (save: () => Promise<void>, successText: string | null = ui.common.saved) => {
      setSubmitting(true);
      setFailure(null);
      try {
        // The navigation a save makes (to the saved record) is not leaving unsaved work; the form
        // is settled (its draft removed) even when that navigation already closed it.
        await whileSaving(async () => {
          await save();
          markSettled(form);
        });
        if (successText) void message.success(successText);
        return true;
      } catch (e) {
        setFailure(showOnForm(form, e, labels));
        return false;
      } finally {
        setSubmitting(false);
      }
    },
    [form, message, labels],
  );
  const clear = useCallback(() => setFailure(null), []);
  return { submitting, failure, run, clear };
}

/** The props of a record's add or edit form (in a modal): the record edited, null for a new one. */
export interface RecordFormProps<T> {
  current: T | null;
  onClose: () => void;
  onSaved: () => void;
}

/** A record form's instance and its save, issues named by the record's definition. */
export function useRecordForm<V>(def: { labels: object }): { form: FormInstance<V>; submit: FormSubmit } {
  const [form] = Form.useForm<V>();
  const submit = useFormSubmit(form, def.labels as Readonly<Record<string, string>>);
  return { form, submit };
}
